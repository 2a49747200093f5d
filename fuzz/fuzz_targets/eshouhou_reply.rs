//! eshouhou answers: the `{ResultCode, ErrorMsg, ResultValue}` decoder and the records and display-row normalizers.
//! The first byte of an input picks the GET endpoint; the rest is the answer body.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Some((&selector, rest)) = data.split_first() {
        aftersales::fuzzing::eshouhou_answer(selector, rest);
    }
});
