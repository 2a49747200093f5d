//! A caller's `config_json`: reading an eshouhou or Zhibang config and building the client.
//! The first byte of an input picks the provider (even: eshouhou, odd: Zhibang); the rest is the JSON text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Some((&selector, rest)) = data.split_first() {
        aftersales::fuzzing::config(selector, rest);
    }
});
