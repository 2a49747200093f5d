//! The files `./scripts/codegen.sh` derives from the catalogue agree with the built library: the header
//! declares exactly the catalogue's endpoints plus the general exports, and the error-code enum maps
//! every code's name to its stable number.

use std::ffi::c_char;
use std::path::PathBuf;

use aftersales::ErrorCode;
use aftersales::catalogue;

use crate::common::{c_string, function};

type ErrorCodeFromString = unsafe extern "C" fn(*const c_char) -> u32;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every catalogue endpoint is a header function and every per-endpoint header function is in the
/// catalogue (the functions that are not endpoints are listed here).
#[test]
fn header_functions_and_catalogue_agree() {
    let header = std::fs::read_to_string(root().join("include/aftersales.h")).expect("header exists");
    let mut declared: Vec<String> = header
        .lines()
        .filter(|line| !line.trim_start().starts_with('*') && !line.trim_start().starts_with("/*"))
        .filter_map(|line| {
            let before_paren = &line[..line.find('(')?];
            let name_start =
                before_paren.rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).map_or(0, |i| i + 1);
            let name = &before_paren[name_start..];
            name.starts_with("aftersales_").then(|| name.to_owned())
        })
        .collect();
    declared.sort();
    declared.dedup();
    let general = [
        "aftersales_version",
        "aftersales_abi_version",
        "aftersales_string_free",
        "aftersales_endpoints",
        "aftersales_live_string_count",
        "aftersales_set_log_callback",
        "aftersales_cancel_token_new",
        "aftersales_cancel_token_cancel",
        "aftersales_cancel_token_free",
        "aftersales_credential_store_register",
        "aftersales_store_reply_set",
        "aftersales_error_code_from_string",
    ];
    let per_provider = [
        "client_new",
        "client_free",
        "client_stats",
        "client_describe",
        "call",
        "call_with",
        "call_async",
        "cursor_new",
        "cursor_new_with",
        "cursor_next",
        "cursor_free",
        "list_all",
    ];
    let mut expected: Vec<String> = catalogue::all().map(|endpoint| endpoint.function_name()).collect();
    expected.extend(general.iter().map(|name| (*name).to_owned()));
    for provider in ["eshouhou", "zhibang"] {
        expected.extend(per_provider.iter().map(|suffix| format!("aftersales_{provider}_{suffix}")));
    }
    expected.sort();
    assert_eq!(declared, expected);
}

#[test]
fn error_code_names_map_to_their_stable_numbers() {
    let from_string = function::<ErrorCodeFromString>("aftersales_error_code_from_string");
    for code in ErrorCode::ALL {
        let name = c_string(code.as_str());
        // SAFETY: a NUL-terminated string that outlives the call.
        assert_eq!(unsafe { from_string(name.as_ptr()) }, code.number(), "{code}");
    }
    let unknown = c_string("no_such_code");
    let not_utf8 = [0xff_u8, 0xfe, 0];
    // SAFETY: NULL and NUL-terminated strings are what the function takes.
    let numbers = unsafe {
        [from_string(std::ptr::null()), from_string(unknown.as_ptr()), from_string(not_utf8.as_ptr().cast())]
    };
    assert_eq!(numbers, [0, 0, 0], "NULL, an unknown name and text that is not UTF-8 are the unknown code");
}
