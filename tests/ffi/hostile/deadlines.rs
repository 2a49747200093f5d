//! Finding 5, deadlines: `deadline_ms` bounds a whole call, whatever `timeout_ms` and `retries` say — a
//! server that accepts and never answers, a login that never answers, an answer that trickles in.

use std::time::{Duration, Instant};

use serde_json::json;

use super::server::{Framing, Reply, Server, Stream};
use super::{LOGIN, SERVICE_LIST, failure, zhibang, zhibang_server};

/// A generous window around the deadline: the project forbids tight timing assertions.
#[track_caller]
fn assert_took(started: Instant, low: f64, high: f64) -> Duration {
    let elapsed = started.elapsed();
    assert!(
        (low..high).contains(&elapsed.as_secs_f64()),
        "the call took {elapsed:?}, expected between {low} and {high} s"
    );
    elapsed
}

#[test]
fn a_silent_server_is_bounded_by_the_deadline_not_by_timeout_and_retries() {
    let server =
        zhibang_server(|request, _| if request.path() == SERVICE_LIST { Reply::Hang } else { Reply::status(404) });
    let client = zhibang(&server, json!({"deadline_ms": 3000, "timeout_ms": 30000, "retries": 5}));
    let started = Instant::now();
    let error = failure(client.endpoint("service_list", &json!({})), "timeout", "transport", true);
    assert_took(started, 2.5, 6.0);
    let text = error["message"].as_str().unwrap_or_default();
    let attempts = server.requests_to(SERVICE_LIST).len();
    let plural = if attempts == 1 { "" } else { "s" };
    for named in [server.host(), "service_list".to_owned(), format!("after {attempts} attempt{plural}")] {
        assert!(text.contains(&named), "the message names `{named}`: {text}");
    }
}

#[test]
fn a_login_that_never_answers_is_bounded_by_the_deadline() {
    let server = Server::start(|request, _| if request.path() == LOGIN { Reply::Hang } else { Reply::status(404) });
    let client = zhibang(&server, json!({"deadline_ms": 1500, "timeout_ms": 30000, "retries": 5}));
    let started = Instant::now();
    let error = failure(client.endpoint("service_list", &json!({})), "timeout", "transport", true);
    assert_took(started, 1.2, 5.0);
    assert!(error["message"].as_str().is_some_and(|text| text.contains(&server.host())), "{error}");
    assert_eq!(server.requests_to(LOGIN).len(), 1, "a login that may have left is not sent again");
    assert!(server.requests_to(SERVICE_LIST).is_empty());
}

#[test]
fn an_answer_trickling_in_is_bounded_by_the_deadline() {
    let server = zhibang_server(|request, _| {
        if request.path() != SERVICE_LIST {
            return Reply::status(404);
        }
        // Headers at once, then one byte of white space every 50 ms: every read succeeds, none ends.
        Reply::Stream(Stream {
            status: 200,
            headers: vec![("Content-Type".into(), "application/json".into())],
            framing: Framing::Length(1_000_000),
            parts: vec![(b" ".to_vec(), 1_000_000)],
            pause: Duration::from_millis(50),
        })
    });
    let client = zhibang(&server, json!({"deadline_ms": 2000, "timeout_ms": 30000, "retries": 5}));
    let started = Instant::now();
    failure(client.endpoint("service_list", &json!({})), "timeout", "transport", true);
    assert_took(started, 1.5, 6.0);
}
