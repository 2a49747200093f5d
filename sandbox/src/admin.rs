//! `/__sandbox/...`: the in-process [`crate::Sandbox`] controls over HTTP, so tests written in C, Python
//! or C# can do what Rust tests do.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State as Shared;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::json;

use crate::faults::{Fault, FaultKind, Quirks};
use crate::state::State;

pub(crate) fn routes() -> Router<Arc<State>> {
    Router::new()
        .route("/__sandbox/health", get(health))
        .route("/__sandbox/stats", get(stats))
        .route("/__sandbox/faults", post(inject_fault).delete(clear_faults))
        .route("/__sandbox/quirks", post(set_quirks))
        .route("/__sandbox/expire", post(expire))
        .route("/__sandbox/kick", post(kick))
        .route("/__sandbox/reset", post(reset))
}

async fn health() -> Response {
    ok()
}

async fn stats(Shared(state): Shared<Arc<State>>) -> Response {
    axum::Json(state.stats()).into_response()
}

#[derive(Deserialize)]
struct FaultRequest {
    path_prefix: String,
    kind: String,
    #[serde(default = "one")]
    times: u32,
    #[serde(default)]
    delay_ms: u64,
    #[serde(default)]
    retry_after_ms: u64,
}

fn one() -> u32 {
    1
}

async fn inject_fault(Shared(state): Shared<Arc<State>>, body: Bytes) -> Response {
    let request: FaultRequest = match parse(&body) {
        Ok(request) => request,
        Err(error) => return bad_request(&error),
    };
    let kind = match request.kind.as_str() {
        "http_500" => FaultKind::Http500,
        "http_503" => FaultKind::Http503,
        "garbage" => FaultKind::Garbage,
        "empty" => FaultKind::Empty,
        "delay" => FaultKind::Delay(Duration::from_millis(request.delay_ms)),
        "vendor_error" => FaultKind::VendorError,
        "delay_after" => FaultKind::DelayAfter(Duration::from_millis(request.delay_ms)),
        "truncated" => FaultKind::Truncated,
        "http_429" => FaultKind::Http429 { retry_after: Duration::from_millis(request.retry_after_ms) },
        other => {
            return bad_request(&format!(
                "unknown fault kind {other:?}; expected http_500, http_503, http_429, garbage, empty, delay, \
                 delay_after, truncated or vendor_error"
            ));
        }
    };
    state.faults.inject(Fault { path_prefix: request.path_prefix, kind, times: request.times });
    ok()
}

async fn clear_faults(Shared(state): Shared<Arc<State>>) -> Response {
    state.faults.clear();
    ok()
}

async fn set_quirks(Shared(state): Shared<Arc<State>>, body: Bytes) -> Response {
    match parse::<Quirks>(&body) {
        Ok(quirks) => {
            state.set_quirks(quirks);
            ok()
        }
        Err(error) => bad_request(&error),
    }
}

#[derive(Deserialize)]
struct ExpireRequest {
    #[serde(default)]
    tokens: bool,
    #[serde(default)]
    sessions: bool,
}

async fn expire(Shared(state): Shared<Arc<State>>, body: Bytes) -> Response {
    let request: ExpireRequest = match parse(&body) {
        Ok(request) => request,
        Err(error) => return bad_request(&error),
    };
    if request.tokens {
        state.eshouhou.tokens.expire_all();
    }
    if request.sessions {
        state.zhibang.sessions.expire_all();
    }
    ok()
}

#[derive(Deserialize)]
struct KickRequest {
    username: String,
}

async fn kick(Shared(state): Shared<Arc<State>>, body: Bytes) -> Response {
    match parse::<KickRequest>(&body) {
        Ok(request) => {
            state.zhibang.sessions.kick(&request.username);
            ok()
        }
        Err(error) => bad_request(&error),
    }
}

async fn reset(Shared(state): Shared<Arc<State>>) -> Response {
    state.reset();
    ok()
}

/// An empty body counts as `{}`, so calls whose fields all have defaults need no body.
fn parse<T: DeserializeOwned>(body: &[u8]) -> Result<T, String> {
    let body = if body.iter().all(u8::is_ascii_whitespace) { b"{}".as_slice() } else { body };
    serde_json::from_slice(body).map_err(|error| error.to_string())
}

fn ok() -> Response {
    axum::Json(json!({"ok": true})).into_response()
}

fn bad_request(message: &str) -> Response {
    (StatusCode::BAD_REQUEST, axum::Json(json!({"ok": false, "error": message}))).into_response()
}
