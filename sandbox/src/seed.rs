//! Deterministic randomness for demo rows: every row draws from a generator seeded by its table and its
//! index, so row N is the same in every run and can be computed alone, without generating its neighbours.

use fastrand::Rng;

const SANDBOX_SEED: u64 = 0x5EED_AF7E_5A1E_2025;

/// The generator of row `index` of the table identified by `table`.
pub fn row_rng(table: u64, index: usize) -> Rng {
    Rng::with_seed(SANDBOX_SEED ^ table.rotate_left(32) ^ (index as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15))
}

/// A random version-4 GUID in the lower-case form the vendor uses.
pub fn guid(rng: &mut Rng) -> String {
    let hex = format!("{:032x}", rng.u128(..));
    let variant = ['8', '9', 'a', 'b'][rng.usize(..4)];
    format!("{}-{}-4{}-{variant}{}-{}", &hex[0..8], &hex[8..12], &hex[13..16], &hex[17..20], &hex[20..32])
}

/// One element of a non-empty table of small values.
pub fn pick<T: Copy>(rng: &mut Rng, items: &[T]) -> T {
    items[rng.usize(..items.len())]
}

/// A mainland mobile number.
pub fn mobile(rng: &mut Rng) -> String {
    let prefix = pick(rng, &["135", "136", "138", "139", "150", "152", "158", "159", "186", "187", "188", "189"]);
    format!("{prefix}{:08}", rng.u32(..100_000_000))
}
