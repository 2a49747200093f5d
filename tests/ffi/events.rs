//! The log callback, request ids, stats and descriptions, through the C ABI: events arrive with the
//! documented fields, stop when the callback is removed, and never hold a secret in any encoding.

use std::ffi::{CStr, c_char, c_void};
use std::sync::Mutex;

use serde_json::{Value, json};

use crate::common::{Client, failed, function, ok, sandbox};

type SetLogCallback =
    unsafe extern "C" fn(Option<unsafe extern "C" fn(*mut c_void, u32, *const c_char)>, *mut c_void, u32);

/// Events delivered to the test callback, with the level number the library passed.
static EVENTS: Mutex<Vec<(u32, Value)>> = Mutex::new(Vec::new());
/// One test at a time owns the process-wide callback.
static CALLBACK_OWNER: Mutex<()> = Mutex::new(());

unsafe extern "C" fn record(user_data: *mut c_void, level: u32, event_json: *const c_char) {
    assert_eq!(user_data as usize, 0x5eed, "user_data comes back as registered");
    // SAFETY: the library passes a NUL-terminated string valid during the callback.
    let text = unsafe { CStr::from_ptr(event_json) }.to_string_lossy().into_owned();
    let event = serde_json::from_str(&text).unwrap_or(Value::String(text));
    EVENTS.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).push((level, event));
}

fn set_callback(on: bool, min_level: u32) {
    let set = function::<SetLogCallback>("aftersales_set_log_callback");
    let callback = if on { Some(record as unsafe extern "C" fn(*mut c_void, u32, *const c_char)) } else { None };
    // SAFETY: `record` is thread-safe and `user_data` is a plain marker value.
    unsafe { set(callback, 0x5eed as *mut c_void, min_level) };
}

/// The events of the client labelled `name` (other tests' clients may log at the same time).
fn events_of(name: &str) -> Vec<(u32, Value)> {
    let events = EVENTS.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    events.iter().filter(|(_, event)| event["client"] == json!(name)).cloned().collect()
}

#[test]
fn events_carry_the_documented_fields_and_stop_with_the_callback() {
    let _owner = CALLBACK_OWNER.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let sandbox = sandbox();
    set_callback(true, 4);
    let client = Client::zhibang(&sandbox, json!({"name": "desk-7"}));
    let page = ok(client.endpoint("service_list", &json!({"pagesize": 5})));
    let request_id = page["meta"]["request_id"].as_str().expect("meta.request_id").to_owned();
    let events = events_of("desk-7");
    let names: Vec<&str> = events.iter().filter_map(|(_, event)| event["event"].as_str()).collect();
    for expected in ["request", "response", "login", "call"] {
        assert!(names.contains(&expected), "no `{expected}` event in {names:?}");
    }
    let call = events.iter().find(|(_, event)| event["event"] == "call").map(|(level, event)| (*level, event.clone()));
    let (level, call) = call.expect("a call event");
    assert_eq!((level, call["level"].clone()), (3, json!("info")));
    assert_eq!((call["provider"].clone(), call["endpoint"].clone()), (json!("zhibang"), json!("service_list")));
    assert_eq!(call["request_id"], json!(request_id), "the envelope's id is the events' id");
    let response = events.iter().map(|(_, event)| event).find(|event| event["event"] == "response").cloned();
    let response = response.expect("a response event");
    assert_eq!((response["method"].clone(), response["status"].clone()), (json!("POST"), json!(200)));
    assert!(response["bytes"].as_u64().is_some_and(|bytes| bytes > 0) && response["elapsed_ms"].is_number());
    let url = response["url"].as_str().unwrap_or_default();
    assert!(url.starts_with(&sandbox.url()) && !url.contains('?'), "origin and path only: {url}");

    set_callback(true, 2);
    ok(client.endpoint("service_list", &json!({"pagesize": 5})));
    let quiet = events_of("desk-7").len();
    assert_eq!(quiet, events.len(), "nothing below warn once the minimum is warn");
    set_callback(false, 4);
    failed(client.endpoint("service_detail", &json!({"ord": 987654321})), "vendor_error");
    assert_eq!(events_of("desk-7").len(), quiet, "a removed callback is never called");
}

#[test]
fn no_event_stat_or_error_holds_a_secret_in_any_encoding() {
    let _owner = CALLBACK_OWNER.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let sandbox = sandbox();
    set_callback(true, 4);
    let password = "p@ss w+rd/\"<x>&密";
    let client = Client::zhibang(&sandbox, json!({"name": "leaky", "password": password}));
    let refused = failed(client.endpoint("service_list", &json!({})), "credentials_rejected");
    assert!(refused["request_id"].is_string(), "the error names its call: {refused}");
    assert!(refused["message"].as_str().is_some_and(|text| text.contains("request ")), "{refused}");
    let stats = ok(client.report("stats"));
    let described = ok(client.report("describe"));
    set_callback(false, 4);
    let forms = [
        password.to_owned(),
        "p%40ss%20w%2Brd%2F%22%3Cx%3E%26%E5%AF%86".to_owned(),
        "p%40ss+w%2Brd%2F%22%3Cx%3E%26%E5%AF%86".to_owned(),
        "p@ss w+rd/\\\"<x>&密".to_owned(),
        "p@ss w+rd/&quot;&lt;x&gt;&amp;密".to_owned(),
        "w+rd".to_owned(),
    ];
    let everything = format!("{:?} {refused} {stats} {described}", events_of("leaky"));
    for form in forms {
        assert!(!everything.contains(&form), "`{form}` leaked: {everything}");
    }
    assert!(
        events_of("leaky").iter().any(|(_, event)| event["event"] == "call" && event["code"] == "credentials_rejected")
    );
}

#[test]
fn stats_count_calls_errors_logins_and_bytes() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({"name": "counted"}));
    for _ in 0..3 {
        ok(client.endpoint("service_list", &json!({"pagesize": 5})));
    }
    failed(client.endpoint("service_detail", &json!({"ord": 987654321})), "vendor_error");
    let stats = ok(client.report("stats"))["data"].clone();
    assert_eq!((stats["calls"].clone(), stats["logins"].clone()), (json!(4), json!(1)));
    assert_eq!(stats["errors"], json!({"vendor_error": 1}));
    assert_eq!(stats["requests"], json!(5), "four calls and one login");
    assert!(stats["bytes_in"].as_u64().is_some_and(|bytes| bytes > 1000) && stats["bytes_out"].as_u64() > Some(0));
    assert!(stats["latency_ms"]["p50"].as_f64().is_some_and(|ms| ms > 0.0), "{stats}");
    let eshouhou = Client::eshouhou(&sandbox, json!({}));
    ok(eshouhou.endpoint("get_service_space", &json!({})));
    assert_eq!(ok(eshouhou.report("stats"))["data"]["token_renewals"], json!(1));
    let described = ok(eshouhou.report("describe"))["data"].clone();
    assert_eq!(described["provider"], json!("eshouhou"));
    assert_eq!(described["app_id"], json!(aftersales_sandbox::ESHOUHOU_APP_ID));
    assert_eq!(described["name"], Value::Null);
}
