//! Finding 5, retry rules: busy answers and resets on a read are retried, `Retry-After` is honoured and
//! never slept past the deadline, and an HTTP 500 is final.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde_json::json;

use super::server::{Reply, Server};
use super::{
    SERVICE_LIST, eshouhou, eshouhou_answer, eshouhou_server, failure, success, table, zhibang, zhibang_server,
};

/// A Zhibang server whose service list answers `first` in turn, then a table.
fn list_answering(first: Vec<fn() -> Reply>) -> Server {
    let calls = Arc::new(AtomicUsize::new(0));
    zhibang_server(move |request, _| {
        if request.path() != SERVICE_LIST {
            return Reply::status(404);
        }
        match first.get(calls.fetch_add(1, Ordering::SeqCst)) {
            Some(reply) => reply(),
            None => Reply::json(200, &table(&[["1", "滤芯更换"]])),
        }
    })
}

#[test]
fn a_429_with_retry_after_is_waited_for_then_retried() {
    let server = list_answering(vec![|| Reply::status(429).with_header("Retry-After", "1")]);
    let client = zhibang(&server, json!({"retries": 2}));
    let started = Instant::now();
    let envelope = success(client.endpoint("service_list", &json!({})));
    let elapsed = started.elapsed();
    assert!(elapsed >= Duration::from_secs(1), "Retry-After: 1 was not waited for ({elapsed:?})");
    assert!(elapsed < Duration::from_secs(5), "{elapsed:?}");
    assert_eq!(server.requests_to(SERVICE_LIST).len(), 2);
    assert_eq!(envelope["meta"]["requests"], json!(3), "login, 429, 200");
}

#[test]
fn a_retry_after_beyond_the_deadline_ends_the_call_at_once() {
    let server = list_answering(vec![|| Reply::status(503).with_header("Retry-After", "30"); 3]);
    let client = zhibang(&server, json!({"retries": 2, "deadline_ms": 6000}));
    let started = Instant::now();
    let error = failure(client.endpoint("service_list", &json!({})), "server_unavailable", "transport", true);
    let elapsed = started.elapsed();
    assert!(elapsed < Duration::from_millis(3000), "the call slept towards the Retry-After ({elapsed:?})");
    assert_eq!(error["http_status"], json!(503));
    assert_eq!(server.requests_to(SERVICE_LIST).len(), 1);
}

#[test]
fn busy_gateways_and_resets_on_a_read_are_retried() {
    let server = list_answering(vec![
        || Reply::status(502),
        || Reply::status(503),
        || Reply::status(504),
        || Reply::Reset,
        || Reply::Close,
    ]);
    let client = zhibang(&server, json!({"retries": 5}));
    let envelope = success(client.endpoint("service_list", &json!({})));
    assert_eq!(server.requests_to(SERVICE_LIST).len(), 6, "five failures, then the answer");
    assert_eq!(envelope["meta"]["requests"], json!(7), "login and six attempts");
}

#[test]
fn a_busy_server_on_every_attempt_is_server_unavailable() {
    let server = list_answering(vec![|| Reply::status(503); 10]);
    let client = zhibang(&server, json!({"retries": 2}));
    let error = failure(client.endpoint("service_list", &json!({})), "server_unavailable", "transport", true);
    assert_eq!(error["http_status"], json!(503));
    assert_eq!(server.requests_to(SERVICE_LIST).len(), 3, "one attempt and two retries");
}

#[test]
fn an_http_500_on_a_read_is_final() {
    let server = list_answering(vec![|| Reply::status(500); 10]);
    let client = zhibang(&server, json!({"retries": 3}));
    let error = failure(client.endpoint("service_list", &json!({})), "http_status", "transport", false);
    assert_eq!(error["http_status"], json!(500));
    assert_eq!(server.requests_to(SERVICE_LIST).len(), 1, "HTTP 500 is not retried");
}

#[test]
fn an_eshouhou_read_is_retried_after_a_502() {
    let calls = Arc::new(AtomicUsize::new(0));
    let server = eshouhou_server(move |request, _| match request.path() {
        super::SERVICE_SPACE if calls.fetch_add(1, Ordering::SeqCst) == 0 => Reply::status(502),
        super::SERVICE_SPACE => eshouhou_answer(json!({"Id": "space-1", "Name": "华东服务空间"})),
        _ => Reply::status(404),
    });
    let client = eshouhou(&server, json!({"retries": 2}));
    let envelope = success(client.endpoint("get_service_space", &json!({})));
    assert_eq!(envelope["meta"]["requests"], json!(3), "token, 502, 200");
}
