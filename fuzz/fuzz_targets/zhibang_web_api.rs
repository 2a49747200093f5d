//! Zhibang family-B answers: the `{Code, Msg, Data}` decoder and the list-table and department normalizers.
//! The first byte of an input picks the web API endpoint; the rest is the answer body.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Some((&selector, rest)) = data.split_first() {
        aftersales::fuzzing::zhibang_web_api(selector, rest);
    }
});
