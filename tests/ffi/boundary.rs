//! The C boundary itself: NULLs, bad UTF-8 and JSON, configs, ownership and versions.

use std::ffi::{CStr, c_char, c_void};

use serde_json::json;

use crate::common::{Client, catalogue, failed, function, live_strings, ok, sandbox, take_json};

type NewClient = unsafe extern "C" fn(*const c_char, *mut *mut c_char) -> *mut c_void;
type EndpointFn = unsafe extern "C" fn(*mut c_void, *const c_char) -> *mut c_char;

#[test]
fn null_and_malformed_arguments_are_input_errors() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({}));
    failed(client.call_raw(None, Some(b"{}")), "null_argument");
    failed(client.call_raw(Some("service_list"), Some(b"\xff\xfe")), "invalid_utf8");
    failed(client.call_raw(Some("service_list"), Some(b"{\"pagesize\": ")), "invalid_json");
    failed(client.call_raw(Some("service_list"), Some(b"[1, 2]")), "invalid_json");
    failed(client.call_raw(Some("no_such_endpoint"), None), "unknown_endpoint");
    let list = function::<EndpointFn>("aftersales_zhibang_service_list");
    // SAFETY: a NULL client is part of the contract and must be reported, not dereferenced.
    let envelope = take_json(unsafe { list(std::ptr::null_mut(), std::ptr::null()) });
    assert_eq!(failed(envelope, "null_argument")["parameter"], json!("client"));
}

#[test]
fn null_and_empty_params_mean_an_empty_object() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({}));
    ok(client.call_raw(Some("product_category_tree"), None));
    ok(client.call_raw(Some("product_category_tree"), Some(b"")));
    ok(client.call_raw(Some("product_category_tree"), Some(b"  {}  ")));
}

#[test]
fn a_bad_config_returns_null_and_an_error_envelope() {
    let cases = [
        (
            "zhibang",
            json!({"base_url": "http://127.0.0.1:1", "username": "u", "password": "p", "passwrod": "x"}),
            "unknown_parameter",
            "passwrod",
        ),
        ("zhibang", json!({"base_url": "http://127.0.0.1:1", "username": "u"}), "missing_parameter", "password"),
        (
            "eshouhou",
            json!({"app_id": "a", "app_secret": "s", "timeout_ms": "fast"}),
            "invalid_parameter",
            "timeout_ms",
        ),
        (
            "eshouhou",
            json!({"app_id": "a", "app_secret": "s", "base_url": "api.eshouhou.cn"}),
            "invalid_parameter",
            "base_url",
        ),
    ];
    for (provider, config, code, parameter) in cases {
        let error = Client::new(provider, &config).err().expect("a bad config is refused");
        assert_eq!(failed(error, code)["parameter"], json!(parameter));
    }
    let new = function::<NewClient>("aftersales_zhibang_client_new");
    let invalid = crate::common::c_string("{not json");
    // SAFETY: valid string; a NULL error_json is allowed.
    assert!(unsafe { new(invalid.as_ptr(), std::ptr::null_mut()) }.is_null());
    let mut error: *mut c_char = std::ptr::null_mut();
    // SAFETY: NULL config is allowed and reported.
    assert!(unsafe { new(std::ptr::null(), &mut error) }.is_null());
    failed(take_json(error), "missing_parameter");
}

#[test]
fn freeing_null_is_a_no_op() {
    for name in [
        "aftersales_string_free",
        "aftersales_eshouhou_client_free",
        "aftersales_zhibang_client_free",
        "aftersales_eshouhou_cursor_free",
        "aftersales_zhibang_cursor_free",
    ] {
        let free = function::<unsafe extern "C" fn(*mut c_void)>(name);
        // SAFETY: NULL is documented as a no-op.
        unsafe { free(std::ptr::null_mut()) };
    }
}

/// Set in the child process that counts the strings alone.
const STRINGS_CHILD: &str = "AFTERSALES_STRINGS_TEST_CHILD";

/// The library's count of live strings is one per process, and the other tests of this binary hold
/// strings for a moment between a call and its free. So the count is taken in a child process that runs
/// only `strings_child`, where nothing else can move it.
#[test]
fn every_returned_string_is_freed_by_the_caller() {
    let output = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args(["--exact", "boundary::strings_child", "--nocapture", "--test-threads=1"])
        .env(STRINGS_CHILD, "1")
        .output()
        .expect("a child process");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "the child failed: {stdout}");
    assert!(stdout.contains("STRINGS COUNTED"), "the child did not count: {stdout}");
}

/// The body of the child process: every helper's calls, then the count back where it started.
#[test]
fn strings_child() {
    if std::env::var_os(STRINGS_CHILD).is_none() {
        return;
    }
    let sandbox = sandbox();
    let before = live_strings();
    {
        let client = Client::zhibang(&sandbox, json!({}));
        for _ in 0..20 {
            ok(client.endpoint("service_list", &json!({"pagesize": 5})));
        }
        let cursor = client.cursor("customer_list", &json!({"pagesize": 200}));
        cursor.pages();
        catalogue();
        let _ = Client::new("zhibang", &json!({}));
    }
    let now = live_strings();
    assert_eq!(now, before, "each test helper frees what it receives");
    println!("STRINGS COUNTED");
}

#[test]
fn versions_match_the_package() {
    let version = function::<unsafe extern "C" fn() -> *const c_char>("aftersales_version");
    // SAFETY: a static NUL-terminated string.
    let text = unsafe { CStr::from_ptr(version()) }.to_str().expect("UTF-8");
    assert_eq!(text, env!("CARGO_PKG_VERSION"));
    let abi = function::<unsafe extern "C" fn() -> u32>("aftersales_abi_version");
    // SAFETY: no arguments.
    assert_eq!(unsafe { abi() }, aftersales::ABI_VERSION);
    let catalogue = catalogue();
    assert_eq!(
        (catalogue["version"].clone(), catalogue["abi_version"].clone()),
        (json!(text), json!(aftersales::ABI_VERSION))
    );
}

#[test]
fn the_catalogue_lists_every_endpoint_and_error_code() {
    let catalogue = catalogue();
    let endpoints = catalogue["endpoints"].as_array().expect("endpoints");
    assert_eq!(endpoints.len(), aftersales::catalogue::all().count());
    for endpoint in endpoints {
        let function = endpoint["function"].as_str().expect("function");
        assert!(crate::common::exports(function), "{function} is in the catalogue but not exported");
    }
    let codes: Vec<&str> =
        catalogue["error_codes"].as_array().expect("codes").iter().filter_map(|c| c["code"].as_str()).collect();
    assert_eq!(codes.len(), aftersales::ErrorCode::ALL.len());
    let handle = endpoints.iter().find(|e| e["name"] == "service_handle").expect("service_handle");
    let info1 =
        handle["params"].as_array().and_then(|params| params.iter().find(|p| p["name"] == "info1")).expect("info1");
    assert_eq!((info1["required"].clone(), info1["max_length"].clone()), (json!(true), json!(4000)));
}
