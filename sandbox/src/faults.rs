//! Failures and odd-but-legal answer forms a client must survive: injected faults (the next N requests
//! under a path fail in a chosen way) and quirks (vendor answer variants the references document).

use std::io;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use axum::body::Body;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures_util::{StreamExt, stream};
use serde::{Deserialize, Serialize};

use crate::locks;

/// Makes the next `times` requests whose lower-cased path starts with `path_prefix` fail as `kind`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fault {
    pub path_prefix: String,
    pub kind: FaultKind,
    pub times: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FaultKind {
    /// HTTP 500 with IIS's HTML error page.
    Http500,
    /// HTTP 503 with IIS's "Service Unavailable" page, as when the application pool is stopped.
    Http503,
    /// HTTP 200 with an HTML error page instead of JSON.
    Garbage,
    /// HTTP 200 with an empty body.
    Empty,
    /// Sleeps this long, then answers normally.
    Delay(Duration),
    /// HTTP 200 with the vendor's own "server busy / server error" JSON.
    VendorError,
    /// Handles the request normally (a save takes effect), then sleeps this long before answering.
    DelayAfter(Duration),
    /// Handles the request normally, then sends HTTP 200 with the full `Content-Length` but only the
    /// first half of the body and aborts the connection.
    Truncated,
    /// HTTP 429, not handled, with `Retry-After` in whole seconds (rounded up) unless `retry_after` is zero.
    Http429 { retry_after: Duration },
}

/// Vendor answer forms the references say a client must accept; all off by default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Quirks {
    /// eshouhou `"ResultCode": "0"` instead of `0`.
    pub result_code_as_string: bool,
    /// Zhibang `"status": "0"` instead of `0`.
    pub status_as_string: bool,
    /// Zhibang source and field kinds under the key `type` instead of `type_`.
    pub type_key_plain: bool,
    /// Zhibang table rows as `{"value": [cells...]}` instead of `[cells...]`.
    pub rows_as_objects: bool,
    /// Raw U+0001 and raw newlines inside Zhibang text values (the body is no longer strict JSON).
    pub control_chars: bool,
    /// eshouhou `"ShowType": "0"` instead of `0`.
    pub show_type_as_string: bool,
    /// Zhibang family-A answers encoded in GBK, labelled `Content-Type: text/html; charset=gbk`.
    pub gbk: bool,
    /// Zhibang family-A answers encoded in GBK, labelled only `Content-Type: text/html`.
    pub gbk_unlabelled: bool,
}

/// The faults waiting to fire.
#[derive(Default)]
pub(crate) struct FaultBoard {
    pending: Mutex<Vec<Fault>>,
    // Lets the (usual) fault-free request skip the lock entirely.
    armed: AtomicBool,
}

impl FaultBoard {
    pub fn inject(&self, fault: Fault) {
        if fault.times == 0 {
            return;
        }
        let mut pending = locks::lock(&self.pending);
        pending.push(Fault { path_prefix: fault.path_prefix.to_lowercase(), ..fault });
        self.armed.store(true, Ordering::SeqCst);
    }

    pub fn clear(&self) {
        let mut pending = locks::lock(&self.pending);
        pending.clear();
        self.armed.store(false, Ordering::SeqCst);
    }

    /// Uses up one firing of the oldest fault matching `path` (already lower-cased).
    pub fn take(&self, path: &str) -> Option<FaultKind> {
        if !self.armed.load(Ordering::SeqCst) {
            return None;
        }
        let mut pending = locks::lock(&self.pending);
        let position = pending.iter().position(|fault| path.starts_with(&fault.path_prefix))?;
        let fault = &mut pending[position];
        let kind = fault.kind;
        fault.times -= 1;
        if fault.times == 0 {
            pending.remove(position);
        }
        self.armed.store(!pending.is_empty(), Ordering::SeqCst);
        Some(kind)
    }
}

const IIS_ERROR_PAGE: &str = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \
\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\r\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\
<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"/><title>500 - 内部服务器错误。</title></head>\
<body><div id=\"header\"><h1>服务器错误</h1></div><div id=\"content\"><div class=\"content-container\">\
<fieldset><h2>服务程序发生错误</h2><h3>500 - 内部服务器错误。您查找的资源存在问题，因而无法显示。</h3></fieldset>\
</div></div></body></html>";

const IIS_UNAVAILABLE_PAGE: &str = "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"\"http://www.w3.org/TR/html4/strict.dtd\">\
\r\n<HTML><HEAD><TITLE>Service Unavailable</TITLE></HEAD><BODY><h2>Service Unavailable</h2><hr><p>HTTP Error 503. \
The service is unavailable.</p></BODY></HTML>";

const GARBAGE_PAGE: &str = "<html><body>抱歉，您访问的页面出问题了</body></html>";

const TOO_MANY_REQUESTS_PAGE: &str = "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"\"http://www.w3.org/TR/html4/strict.dtd\">\
\r\n<HTML><HEAD><TITLE>Too Many Requests</TITLE></HEAD><BODY><h2>Too Many Requests</h2><hr><p>HTTP Error 429. \
The request was rejected because the client sent too many requests.</p></BODY></HTML>";

/// The answer of a fault that replaces the request's handling and does not depend on the vendor; `None`
/// for the faults that let the request be handled and for vendor errors.
pub(crate) fn transport_failure(kind: FaultKind) -> Option<Response> {
    let html = [(header::CONTENT_TYPE, "text/html; charset=utf-8")];
    match kind {
        FaultKind::Http500 => Some((StatusCode::INTERNAL_SERVER_ERROR, html, IIS_ERROR_PAGE).into_response()),
        FaultKind::Http503 => Some((StatusCode::SERVICE_UNAVAILABLE, html, IIS_UNAVAILABLE_PAGE).into_response()),
        FaultKind::Garbage => Some((StatusCode::OK, html, GARBAGE_PAGE).into_response()),
        FaultKind::Empty => Some((StatusCode::OK, html, "").into_response()),
        FaultKind::Http429 { retry_after } => {
            let mut answer = (StatusCode::TOO_MANY_REQUESTS, html, TOO_MANY_REQUESTS_PAGE).into_response();
            let seconds = retry_after.as_secs() + u64::from(retry_after.subsec_nanos() > 0);
            if seconds > 0 {
                answer.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(seconds));
            }
            Some(answer)
        }
        FaultKind::Delay(_) | FaultKind::DelayAfter(_) | FaultKind::Truncated | FaultKind::VendorError => None,
    }
}

/// How long the first half of a truncated answer is given to leave before the connection breaks: hyper
/// drops what it has not yet flushed when a body fails.
const TRUNCATION_GRACE: Duration = Duration::from_millis(50);

/// `answer` with its full `Content-Length` but a body that breaks off after half of it. The body stream
/// then fails, which makes hyper drop the connection: the client sees a broken body, never a short
/// valid one.
pub(crate) async fn truncate(answer: Response) -> Response {
    let (mut parts, body) = answer.into_parts();
    // Every answer the sandbox builds is already in memory, so collecting it cannot fail.
    let full = axum::body::to_bytes(body, usize::MAX).await.unwrap_or_default();
    parts.headers.insert(header::CONTENT_LENGTH, HeaderValue::from(full.len()));
    let half = stream::iter([Ok(full.slice(..full.len() / 2))]);
    let break_off = stream::once(async {
        tokio::time::sleep(TRUNCATION_GRACE).await;
        Err(io::Error::new(io::ErrorKind::ConnectionAborted, "truncated by an injected fault"))
    });
    Response::from_parts(parts, Body::from_stream(half.chain(break_off)))
}

#[cfg(test)]
mod tests {
    use super::{Fault, FaultBoard, FaultKind};

    #[test]
    fn a_fault_fires_the_given_number_of_times_on_matching_paths_only() {
        let board = FaultBoard::default();
        board.inject(Fault { path_prefix: "/API/Customer".into(), kind: FaultKind::Empty, times: 2 });
        assert_eq!(board.take("/open/v2/customer/getcustomer"), None);
        assert_eq!(board.take("/api/customerservice/getservicespace"), Some(FaultKind::Empty));
        assert_eq!(board.take("/api/customerservice/getworkorders"), Some(FaultKind::Empty));
        assert_eq!(board.take("/api/customerservice/getworkorders"), None);
    }

    #[test]
    fn clearing_drops_pending_faults() {
        let board = FaultBoard::default();
        board.inject(Fault { path_prefix: "/".into(), kind: FaultKind::Http500, times: 5 });
        board.clear();
        assert_eq!(board.take("/sysa/mobilephone/login.asp"), None);
    }
}
