//! The TokenApi signature: upper-case hex MD5 of `appid + appSecret + timestamp` (reference §2.2).

use std::fmt::Write;

use md5::{Digest, Md5};

/// Signs a token request. `timestamp_ms` is Unix time in milliseconds, the same value sent as `timestamp`.
pub fn sign(app_id: &str, app_secret: &str, timestamp_ms: u64) -> String {
    let mut hasher = Md5::new();
    hasher.update(app_id.as_bytes());
    hasher.update(app_secret.as_bytes());
    hasher.update(timestamp_ms.to_string().as_bytes());
    hasher.finalize().iter().fold(String::with_capacity(32), |mut hex, byte| {
        let _ = write!(hex, "{byte:02X}");
        hex
    })
}

#[cfg(test)]
mod tests {
    use super::sign;

    /// The worked example of the vendor's TokenApi page (openapi/4).
    #[test]
    fn matches_the_vendor_example() {
        assert_eq!(
            sign("ysh54dd4f8arinfx", "45e1cc23a7144a28ab110804491e3135", 1_588_239_113_429),
            "70DC53194F29171C3B58C5158E9F6450"
        );
    }
}
