//! Finding 4, unknown write outcomes: a save that reached the server and got no decisive answer is
//! `outcome_unknown` (never retryable) and is never sent twice; with `verify_writes` the record is read
//! back, and a read-back showing what was sent turns it into a verified success. A save that never left
//! (nothing listening) is retried like any request.

use std::time::Duration;

use serde_json::{Value, json};

use super::server::{Reply, Server};
use super::{
    REPAIR_SAVE, SERVICE_DETAIL, SERVICE_HANDLE, SERVICE_LIST, bill, failure, handling, message, success, table,
    zhibang, zhibang_server,
};

/// `repair_save` adding a repair order (`ord` 0).
fn repair() -> Value {
    json!({"ord": 0, "title": "压缩机更换", "SerialNumber": "WX-HOSTILE-1", "repair_sl": "5001", "ProcessID": 1,
           "num": "1", "Cost": "380"})
}

/// A way a save can end, named, and the reply that makes it so.
type Case = (&'static str, fn() -> Reply);

/// What a save may get instead of an answer, after it reached the server.
fn no_decisive_answer() -> Vec<Case> {
    vec![
        ("a timeout", || Reply::After(Duration::from_millis(1500), Box::new(Reply::json(200, &message("保存成功！"))))),
        ("a closed connection", || Reply::Close),
        ("a reset connection", || Reply::Reset),
        ("HTTP 500", || Reply::status(500)),
        ("HTTP 502", || Reply::status(502)),
        ("HTTP 503", || Reply::status(503)),
        ("a truncated body", || {
            Reply::Raw(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\nConnection: close\r\n\r\n\
                  {\"header\": {\"status\": 0, \"message\": \"ok\"}, \"body\": {\"model\": \"mess"
                    .to_vec(),
            )
        }),
        ("a garbled answer", || {
            Reply::bytes(200, "application/json", b"{\"header\": {\"status\": 0, \"mes\x01<html>".to_vec())
        }),
    ]
}

#[test]
fn a_save_without_a_decisive_answer_is_outcome_unknown_and_sent_once() {
    for (endpoint, path, params) in
        [("service_handle", SERVICE_HANDLE, handling()), ("repair_save", REPAIR_SAVE, repair())]
    {
        for (case, reply) in no_decisive_answer() {
            let server =
                zhibang_server(move |request, _| if request.path() == path { reply() } else { Reply::status(404) });
            let client = zhibang(&server, json!({"timeout_ms": 500, "retries": 3, "verify_writes": false}));
            let error = failure(client.endpoint(endpoint, &params), "outcome_unknown", "transport", false);
            let text = error["message"].as_str().unwrap_or_default();
            assert!(text.contains("read the record back"), "{endpoint} after {case}: {error}");
            assert_eq!(server.requests_to(path).len(), 1, "{endpoint} after {case} was sent again");
        }
    }
}

/// A server whose handling save fails with HTTP 502 and whose service detail shows `values`.
fn read_back_server(values: &'static [(&'static str, &'static str)]) -> Server {
    zhibang_server(move |request, _| match request.path() {
        SERVICE_HANDLE => Reply::status(502),
        SERVICE_DETAIL => Reply::json(200, &bill(values)),
        _ => Reply::status(404),
    })
}

#[test]
fn a_read_back_showing_the_sent_values_makes_an_unknown_outcome_a_verified_success() {
    let server =
        read_back_server(&[("title", "净水器滤芯更换"), ("intro1", "更换滤芯，客户确认水质正常。"), ("result", "171")]);
    let client = zhibang(&server, json!({"retries": 3}));
    let data = success(client.endpoint("service_handle", &handling()))["data"].clone();
    assert_eq!((data["outcome"].clone(), data["verified"].clone()), (json!("succeeded"), json!(true)), "{data}");
    assert_eq!(server.requests_to(SERVICE_HANDLE).len(), 1, "the save went out once");
    let read_back = server.requests_to(SERVICE_DETAIL);
    assert_eq!(read_back.len(), 1, "one read-back");
    assert!(read_back[0].body_text().contains(r#""id":"ord","val":"7""#), "{}", read_back[0].body_text());
}

#[test]
fn a_read_back_not_showing_the_sent_values_leaves_the_outcome_unknown() {
    let server = read_back_server(&[("title", "净水器滤芯更换"), ("intro1", "旧的处理内容"), ("result", "171")]);
    let client = zhibang(&server, json!({"retries": 3}));
    let error = failure(client.endpoint("service_handle", &handling()), "outcome_unknown", "transport", false);
    let text = error["message"].as_str().unwrap_or_default();
    assert!(text.contains("does not show") && text.contains("service_detail"), "{error}");
    assert_eq!(server.requests_to(SERVICE_HANDLE).len(), 1, "the save went out once");
    assert_eq!(server.requests_to(SERVICE_DETAIL).len(), 1, "one read-back");
}

#[test]
fn a_save_that_never_left_is_retried_and_ends_connect_failed() {
    let mut server = zhibang_server(|request, _| match request.path() {
        SERVICE_LIST => Reply::json(200, &table(&[["7", "净水器滤芯更换"]])),
        _ => Reply::status(404),
    });
    let client = zhibang(&server, json!({"retries": 2}));
    success(client.endpoint("service_list", &json!({})));
    server.stop_listening();
    let error = failure(client.endpoint("service_handle", &handling()), "connect_failed", "transport", true);
    let text = error["message"].as_str().unwrap_or_default();
    assert!(text.contains("after 3 attempts"), "the save was tried 1 + 2 times: {error}");
    assert!(server.requests_to(SERVICE_HANDLE).is_empty());
}

#[test]
fn a_read_back_that_hangs_ends_with_the_deadline_and_the_outcome_stays_unknown() {
    let server = zhibang_server(|request, _| match request.path() {
        SERVICE_HANDLE => Reply::status(502),
        SERVICE_DETAIL => Reply::Hang,
        _ => Reply::status(404),
    });
    let client = zhibang(&server, json!({"deadline_ms": 2000, "timeout_ms": 30000, "retries": 3}));
    let started = std::time::Instant::now();
    let error = failure(client.endpoint("service_handle", &handling()), "outcome_unknown", "transport", false);
    let elapsed = started.elapsed().as_secs_f64();
    assert!((1.5..6.0).contains(&elapsed), "the call took {elapsed} s");
    assert!(error["message"].as_str().is_some_and(|text| text.contains("reading the record back failed")), "{error}");
    assert_eq!(server.requests_to(SERVICE_HANDLE).len(), 1, "the save went out once");
}

#[test]
fn a_login_that_may_have_left_is_not_sent_again() {
    // Each refused login counts towards the server's captcha: one that reached the server is not repeated.
    for (case, reply) in [("a reset", (|| Reply::Reset) as fn() -> Reply), ("HTTP 502", || Reply::status(502))] {
        let server =
            Server::start(move |request, _| if request.path() == super::LOGIN { reply() } else { Reply::status(404) });
        let client = zhibang(&server, json!({"retries": 3}));
        let envelope = client.endpoint("service_list", &json!({}));
        assert_eq!(envelope["ok"], json!(false), "{case}: {envelope}");
        super::assert_no_leak(&envelope, &[super::PASSWORD], super::FRAGMENTS);
        assert_eq!(server.requests_to(super::LOGIN).len(), 1, "{case}: the login was sent again");
    }
}
