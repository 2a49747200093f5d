//! Control over each call through the C ABI: per-call options, cancel tokens (also while a request is
//! in flight, for reads, writes and cursors) and calls that report to a callback.

use std::ffi::{CStr, c_char, c_void};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use aftersales_sandbox::{Fault, FaultKind};
use serde_json::{Value, json};

use crate::common::{Client, c_string, failed, function, ok, sandbox, take_json};

type TokenNew = unsafe extern "C" fn() -> *mut c_void;
type TokenOp = unsafe extern "C" fn(*mut c_void);
type CallWith =
    unsafe extern "C" fn(*mut c_void, *const c_char, *const c_char, *const c_char, *mut c_void) -> *mut c_char;
type CallCallback = unsafe extern "C" fn(*mut c_void, *mut c_char);
type CallAsync = unsafe extern "C" fn(
    *mut c_void,
    *const c_char,
    *const c_char,
    *const c_char,
    *mut c_void,
    Option<CallCallback>,
    *mut c_void,
);
type CursorNewWith =
    unsafe extern "C" fn(*mut c_void, *const c_char, *const c_char, *const c_char, *mut c_void) -> *mut c_void;
type CursorNext = unsafe extern "C" fn(*mut c_void) -> *mut c_char;

const CHULI: &str = "/sysa/mobilephone/salesmanage/service/chuli.asp";
const LIST: &str = "/sysa/mobilephone/salesmanage/service/list.asp";

/// A cancel token, freed on drop.
struct Token(*mut c_void);

// SAFETY: tokens are documented as callable from any thread.
unsafe impl Send for Token {}
// SAFETY: as above.
unsafe impl Sync for Token {}

impl Token {
    fn new() -> Token {
        // SAFETY: no arguments.
        Token(unsafe { function::<TokenNew>("aftersales_cancel_token_new")() })
    }

    fn cancel(&self) {
        // SAFETY: live token.
        unsafe { function::<TokenOp>("aftersales_cancel_token_cancel")(self.0) };
    }
}

impl Drop for Token {
    fn drop(&mut self) {
        // SAFETY: live token, freed once.
        unsafe { function::<TokenOp>("aftersales_cancel_token_free")(self.0) };
    }
}

fn call_with(client: &Client, endpoint: &str, params: &Value, options: &Value, token: Option<&Token>) -> Value {
    let call = function::<CallWith>(&format!("aftersales_{}_call_with", client.provider()));
    let (endpoint, params, options) =
        (c_string(endpoint), c_string(&params.to_string()), c_string(&options.to_string()));
    let token = token.map_or(std::ptr::null_mut(), |token| token.0);
    // SAFETY: live client and token, NUL-terminated strings.
    take_json(unsafe { call(client.handle(), endpoint.as_ptr(), params.as_ptr(), options.as_ptr(), token) })
}

/// Cancels `token` after `delay` on another thread, while the caller's call is in flight, and returns how
/// long the call took to return after the cancel.
fn cancel_during<T>(token: &Token, delay: Duration, call: impl FnOnce() -> T) -> (T, Duration) {
    std::thread::scope(|scope| {
        let (sent, cancelled_at) = mpsc::channel();
        scope.spawn(move || {
            std::thread::sleep(delay);
            let at = Instant::now();
            token.cancel();
            let _ = sent.send(at);
        });
        let outcome = call();
        let returned = Instant::now();
        let at = cancelled_at.recv().unwrap_or(returned);
        (outcome, returned.saturating_duration_since(at))
    })
}

fn handling(client: &Client) -> Value {
    let page = ok(client.endpoint("service_list", &json!({"pagesize": 1})));
    let ord = page["data"]["rows"][0]["ord"].clone();
    let form = ok(client.endpoint("service_handle_form", &json!({"ord": ord})))["data"].clone();
    let option = |id: &str| {
        form["fields"]
            .as_array()
            .and_then(|fields| fields.iter().find(|field| field["id"] == id))
            .map(|field| field["options"][0]["value"].clone())
    };
    json!({"ord": ord, "cateid": option("cateid"), "cate": option("cate"), "intro": option("intro"), "info1": "取消测试"})
}

#[test]
fn options_apply_to_one_call_and_are_read_strictly() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({}));
    let page = call_with(&client, "service_list", &json!({"pagesize": 2}), &json!({"request_id": "erp-7731"}), None);
    assert_eq!(ok(page)["meta"]["request_id"], json!("erp-7731"));
    let unknown = call_with(&client, "service_list", &json!({}), &json!({"deadline": 5}), None);
    assert_eq!(failed(unknown, "unknown_parameter")["parameter"], json!("deadline"));
    sandbox.inject_fault(Fault { path_prefix: LIST.into(), kind: FaultKind::Delay(Duration::from_secs(5)), times: 1 });
    let started = Instant::now();
    let late = call_with(&client, "service_list", &json!({}), &json!({"deadline_ms": 700}), None);
    let error = failed(late, "timeout");
    assert!(started.elapsed() < Duration::from_secs(4), "the call's own deadline bounds it: {:?}", started.elapsed());
    assert!(error["message"].as_str().is_some_and(|text| text.contains("service_list")), "{error}");
    ok(client.endpoint("service_list", &json!({})));
}

#[test]
fn a_cancelled_read_returns_at_once_and_the_client_goes_on() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({}));
    ok(client.endpoint("service_list", &json!({})));
    sandbox.inject_fault(Fault { path_prefix: LIST.into(), kind: FaultKind::Delay(Duration::from_secs(10)), times: 1 });
    let token = Token::new();
    let (envelope, after_cancel) = cancel_during(&token, Duration::from_millis(300), || {
        call_with(&client, "service_list", &json!({}), &json!({}), Some(&token))
    });
    let error = failed(envelope, "cancelled");
    assert_eq!(error["retryable"], json!(false));
    assert!(after_cancel < Duration::from_millis(100), "returned {after_cancel:?} after the cancel");
    let again = call_with(&client, "service_list", &json!({}), &json!({}), Some(&token));
    failed(again, "cancelled");
    ok(client.endpoint("service_list", &json!({})));
}

#[test]
fn a_cancelled_write_in_flight_is_an_unknown_outcome_never_cancelled_alone() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({}));
    let params = handling(&client);
    sandbox.inject_fault(Fault {
        path_prefix: CHULI.into(),
        kind: FaultKind::Delay(Duration::from_secs(10)),
        times: 1,
    });
    let token = Token::new();
    let (envelope, after_cancel) = cancel_during(&token, Duration::from_millis(300), || {
        call_with(&client, "service_handle", &params, &json!({}), Some(&token))
    });
    let error = failed(envelope, "outcome_unknown");
    assert_eq!(error["retryable"], json!(false));
    assert!(after_cancel < Duration::from_millis(100), "returned {after_cancel:?} after the cancel");
    let before_sending = Token::new();
    before_sending.cancel();
    let sent = sandbox.stats().requests.get(CHULI).copied().unwrap_or(0);
    failed(call_with(&client, "service_handle", &params, &json!({}), Some(&before_sending)), "cancelled");
    assert_eq!(
        sandbox.stats().requests.get(CHULI).copied().unwrap_or(0),
        sent,
        "a write cancelled before it left is not sent"
    );
}

#[test]
fn a_cancelled_page_leaves_the_cursor_where_it_was() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({}));
    let token = Token::new();
    let new = function::<CursorNewWith>("aftersales_zhibang_cursor_new_with");
    let next = function::<CursorNext>("aftersales_zhibang_cursor_next");
    let free = function::<TokenOp>("aftersales_zhibang_cursor_free");
    let (endpoint, params, options) = (c_string("service_list"), c_string("{\"pagesize\": 50}"), c_string("{}"));
    // SAFETY: live client and token, NUL-terminated strings; the cursor is freed below.
    let cursor = unsafe { new(client.handle(), endpoint.as_ptr(), params.as_ptr(), options.as_ptr(), token.0) };
    // SAFETY: live cursor.
    let first = ok(take_json(unsafe { next(cursor) }));
    token.cancel();
    // SAFETY: live cursor.
    let cancelled = take_json(unsafe { next(cursor) });
    assert_eq!(
        (cancelled["error"]["code"].clone(), cancelled["meta"]["done"].clone()),
        (json!("cancelled"), json!(false))
    );
    // SAFETY: freed once.
    unsafe { free(cursor) };
    assert_eq!(first["data"]["page"]["index"], json!(1));
}

struct Delivered(mpsc::Sender<Value>);

unsafe extern "C" fn deliver(user_data: *mut c_void, envelope: *mut c_char) {
    // SAFETY: `user_data` is the boxed sender given to the call, used once.
    let delivered = unsafe { Box::from_raw(user_data.cast::<Delivered>()) };
    // SAFETY: the envelope is a fresh string the callback owns; take_json frees it.
    assert!(!unsafe { CStr::from_ptr(envelope) }.to_bytes().is_empty());
    let _ = delivered.0.send(take_json(envelope));
}

fn call_async(client: &Client, endpoint: &str, params: &Value, token: Option<&Token>) -> mpsc::Receiver<Value> {
    let (sender, receiver) = mpsc::channel();
    let start = function::<CallAsync>(&format!("aftersales_{}_call_async", client.provider()));
    let (endpoint, params, options) = (c_string(endpoint), c_string(&params.to_string()), c_string(""));
    let user_data = Box::into_raw(Box::new(Delivered(sender))).cast::<c_void>();
    let token = token.map_or(std::ptr::null_mut(), |token| token.0);
    // SAFETY: live client, NUL-terminated strings copied before it returns; `deliver` frees `user_data`.
    unsafe {
        start(client.handle(), endpoint.as_ptr(), params.as_ptr(), options.as_ptr(), token, Some(deliver), user_data)
    };
    receiver
}

#[test]
fn calls_started_with_a_callback_run_together_on_the_library_threads() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({}));
    ok(client.endpoint("service_list", &json!({})));
    sandbox.inject_fault(Fault {
        path_prefix: LIST.into(),
        kind: FaultKind::Delay(Duration::from_millis(500)),
        times: 20,
    });
    let started = Instant::now();
    let pending: Vec<_> = (0..20).map(|_| call_async(&client, "service_list", &json!({"pagesize": 5}), None)).collect();
    assert!(started.elapsed() < Duration::from_millis(400), "starting does not wait: {:?}", started.elapsed());
    for receiver in pending {
        ok(receiver.recv_timeout(Duration::from_secs(30)).expect("every callback is called"));
    }
    assert!(
        sandbox.stats().max_concurrent_requests >= 10,
        "the calls overlapped: {}",
        sandbox.stats().max_concurrent_requests
    );
    let refused = call_async(&client, "no_such_endpoint", &json!({}), None);
    failed(refused.recv_timeout(Duration::from_secs(5)).expect("a bad argument is delivered too"), "unknown_endpoint");
    let token = Token::new();
    sandbox.inject_fault(Fault { path_prefix: LIST.into(), kind: FaultKind::Delay(Duration::from_secs(10)), times: 1 });
    let cancelled = call_async(&client, "service_list", &json!({}), Some(&token));
    std::thread::sleep(Duration::from_millis(200));
    token.cancel();
    failed(cancelled.recv_timeout(Duration::from_secs(2)).expect("the cancelled call reports"), "cancelled");
}
