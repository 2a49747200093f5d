//! A caller's `params_json`: parsing and checking against the catalogue entry of an endpoint.
//! The first byte of an input picks the endpoint among those of both providers; the rest is the JSON text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Some((&selector, rest)) = data.split_first() {
        aftersales::fuzzing::params(selector, rest);
    }
});
