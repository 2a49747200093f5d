//! Zhibang family-A answers: the ZBDocument decoder, the session rules and the table, source, bill and message normalizers.
//! The first byte of an input picks the page (and so the payload it expects); the rest is the answer body.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Some((&selector, rest)) = data.split_first() {
        aftersales::fuzzing::zhibang_document(selector, rest);
    }
});
