//! The HTTP layer both providers share: one pooled blocking client per library client, and everything a
//! hostile or broken server could do to a caller kept in bounds here, once, for every endpoint:
//!
//! - a whole call ends by its [`Deadline`], whatever `retries` says;
//! - an answer larger than `max_response_bytes` (after decompression) is cut off while it streams in;
//! - redirects are followed by hand, only within the origin, so no credential ever leaves it;
//! - reads are retried with jittered back-off and `Retry-After`; a write is never sent twice once it may
//!   have left, and a write without a decisive answer is `outcome_unknown`, never retryable;
//! - bodies come back as UTF-8 whatever charset the server used.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::HashMap;
use std::error::Error as StdError;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use reqwest::header::{CONTENT_TYPE, HeaderMap, HeaderName, HeaderValue, LOCATION, RETRY_AFTER};
use reqwest::{Client, Request, Response};
use reqwest::{Method, StatusCode, Url};
use serde::Serialize;

use crate::cancel::CancelToken;
use crate::catalogue::Provider;
use crate::charset;
use crate::config::TransportConfig;
use crate::deadline::Deadline;
use crate::envelope::elapsed_ms;
use crate::error::{Error, ErrorCode};
use crate::events::{self, Event, Level};
use crate::excerpt::excerpt;
use crate::runtime;
use crate::stats::ClientStats;
use crate::tls;

/// A request without query parameters.
pub const NO_QUERY: &[(&str, &str)] = &[];

/// More hops than any real server needs; a loop of same-origin redirects ends here.
const MOST_REDIRECTS: u32 = 5;

/// What came back from the server, after any retries, in UTF-8.
#[derive(Debug)]
pub struct HttpAnswer {
    pub body: Vec<u8>,
    /// How many HTTP requests it took (1 without retries).
    pub attempts: u32,
}

/// What a request does on the server, which decides when it may be sent again and what a failure means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exchange {
    /// Changes nothing: retried after connect failures, resets, timeouts and busy answers.
    Read,
    /// A login: sent again only when it never left (each refused login counts towards a captcha).
    Login,
    /// Changes a record: sent again only when it never left; without a decisive answer the outcome is
    /// `outcome_unknown`.
    Write,
}

/// The call a request belongs to: its name for messages and the deadline it shares with its other
/// requests (token renewal, re-login, read-back).
#[derive(Clone, Copy, Debug)]
pub struct CallScope<'a> {
    pub endpoint: &'a str,
    pub deadline: Deadline,
    /// The call's id, in its events and its error.
    pub request_id: &'a str,
    /// The bound on one request of the call (the config's `timeout_ms`, or the call's own).
    pub timeout: Duration,
    pub cancel: Option<&'a CancelToken>,
}

/// Who a transport works for: named in its events, counted in its stats.
#[derive(Debug)]
pub struct Owner {
    pub provider: Provider,
    /// The config's `name`, a label the host chose.
    pub name: Option<String>,
    pub stats: Arc<ClientStats>,
}

#[derive(Debug)]
pub struct Transport {
    http: Client,
    base_url: String,
    /// `host[:port]` of `base_url`, for messages.
    host: String,
    /// The URL of each path the client calls, parsed once: parsing a URL costs more than the rest of
    /// preparing a request.
    prepared: HashMap<String, Url>,
    retries: u32,
    retry_backoff: Duration,
    max_response_bytes: u64,
    owner: Owner,
}

impl Transport {
    /// A transport to `base_url`, with the URLs of `paths` parsed up front (which also checks that the
    /// base URL makes valid URLs).
    pub fn new<'a>(
        config: &TransportConfig,
        base_url: &str,
        paths: impl IntoIterator<Item = &'a str>,
        owner: Owner,
    ) -> Result<Transport, Error> {
        let mut builder = Client::builder()
            .timeout(config.timeout)
            .connect_timeout(config.connect_timeout)
            .user_agent(config.user_agent.clone())
            // Followed by hand in `exchange`, where the method, the body and the origin are known.
            .redirect(reqwest::redirect::Policy::none())
            .pool_max_idle_per_host(64);
        if let Some(proxy) = &config.proxy {
            let proxy = reqwest::Proxy::all(proxy.as_str()).map_err(|_| {
                Error::parameter(ErrorCode::InvalidParameter, "proxy", "config `proxy` is not a valid proxy URL")
            })?;
            builder = builder.proxy(proxy);
        }
        let trust = tls::Trust { extra_pem: config.ca_certificates.clone(), only_extra: config.ca_certificates_only };
        builder = builder.tls_backend_preconfigured(rustls::ClientConfig::clone(&*tls::settings(&trust)?));
        let http = builder.build().map_err(|error| {
            Error::new(transport_code(&error), format!("the HTTP client could not be built: {}", describe(&error)))
        })?;
        let invalid_base =
            || Error::parameter(ErrorCode::InvalidParameter, "base_url", "config `base_url` is not a valid URL");
        let parsed = Url::parse(base_url).map_err(|_| invalid_base())?;
        let host = origin_host(&parsed).ok_or_else(invalid_base)?;
        let mut transport = Transport {
            http,
            base_url: base_url.to_owned(),
            host,
            prepared: HashMap::new(),
            retries: config.retries,
            retry_backoff: config.retry_backoff,
            max_response_bytes: config.max_response_bytes,
            owner,
        };
        for path in paths {
            let url = transport.url(path)?;
            transport.prepared.insert(path.to_owned(), url);
        }
        Ok(transport)
    }

    /// Who the transport works for.
    pub fn owner(&self) -> &Owner {
        &self.owner
    }

    /// Emits a client-level event (login, token, verification) with the call's common fields.
    pub fn client_event<'a>(
        &'a self,
        level: Level,
        name: &'static str,
        scope: &'a CallScope<'a>,
        fill: impl FnOnce(&mut Event<'a>),
    ) {
        events::emit(level, name, |event| {
            event.provider = Some(self.owner.provider.as_str());
            event.client = self.owner.name.as_deref();
            event.endpoint = Some(scope.endpoint);
            event.request_id = Some(scope.request_id);
            fill(event);
        });
    }

    fn url(&self, path: &str) -> Result<Url, Error> {
        match self.prepared.get(path) {
            Some(url) => Ok(url.clone()),
            None => Url::parse(&format!("{}{path}", self.base_url)).map_err(|_| {
                Error::parameter(ErrorCode::InvalidParameter, "base_url", "config `base_url` is not a valid URL")
            }),
        }
    }

    /// `GET base_url + path?query`, the query's names and values form-encoded in order (as reqwest's
    /// `query` encodes them, without building a reqwest request only to take its URL).
    pub fn get<K: AsRef<str>, V: AsRef<str>>(
        &self,
        scope: &CallScope<'_>,
        path: &str,
        query: &[(K, V)],
        exchange: Exchange,
    ) -> Result<HttpAnswer, Error> {
        let mut url = self.url(path)?;
        if !query.is_empty() {
            url.query_pairs_mut().extend_pairs(query);
        }
        self.block_on(
            scope,
            exchange,
            Prepared { method: Method::GET, url, headers: HeaderMap::new(), body: None, event_url: OnceCell::new() },
        )
    }

    /// `POST base_url + path?query` with a JSON body and extra headers.
    pub fn post_json<Q: Serialize + ?Sized>(
        &self,
        scope: &CallScope<'_>,
        path: &str,
        query: &Q,
        headers: &[(&str, &str)],
        body: Vec<u8>,
        exchange: Exchange,
    ) -> Result<HttpAnswer, Error> {
        let request =
            self.http.post(self.url(path)?).query(query).build().map_err(|error| self.invalid_request(&error))?;
        let mut header_map = HeaderMap::with_capacity(headers.len() + 1);
        header_map.insert(CONTENT_TYPE, HeaderValue::from_static("application/json; charset=utf-8"));
        for (name, value) in headers {
            let name = HeaderName::from_bytes(name.as_bytes());
            let value = HeaderValue::from_str(value);
            let (Ok(name), Ok(value)) = (name, value) else {
                return Err(Error::invalid_response(
                    "a value the server handed out (e.g. the session) cannot be sent in an HTTP header",
                ));
            };
            header_map.insert(name, value);
        }
        self.block_on(
            scope,
            exchange,
            Prepared {
                method: Method::POST,
                url: request.url().clone(),
                headers: header_map,
                body: Some(body),
                event_url: OnceCell::new(),
            },
        )
    }

    fn invalid_request(&self, error: &reqwest::Error) -> Error {
        Error::new(ErrorCode::InvalidParameter, format!("the request could not be built: {}", describe(error)))
    }

    /// Runs the request's attempts on the library's runtime, the calling thread waiting for them.
    fn block_on(&self, scope: &CallScope<'_>, exchange: Exchange, request: Prepared) -> Result<HttpAnswer, Error> {
        runtime::get()?.block_on(self.send(scope, exchange, request))
    }

    /// Attempts until one succeeds, a failure may not be retried, the retries are used up, the deadline
    /// leaves no room or the caller cancels.
    async fn send(&self, scope: &CallScope<'_>, exchange: Exchange, request: Prepared) -> Result<HttpAnswer, Error> {
        let mut attempts = 0;
        loop {
            if scope.cancel.is_some_and(CancelToken::is_cancelled) {
                return Err(self.cancelled(scope, &request, exchange, attempts, false));
            }
            let remaining = scope.deadline.remaining();
            if remaining.is_zero() {
                return Err(self.out_of_time(scope, &request, attempts));
            }
            attempts += 1;
            let sent_at = Instant::now();
            self.owner.stats.request(attempts > 1, request.body.as_ref().map_or(0, |body| body.len() as u64));
            self.event(Level::Debug, "request", scope, &request, |event| event.attempt = Some(attempts));
            let limit = scope.timeout.min(remaining);
            // The runtime's own timer bounds the attempt too, whatever the HTTP stack does with its timeout.
            let attempt = async {
                tokio::time::timeout(limit, self.exchange(&request, limit))
                    .await
                    .unwrap_or_else(|_| Err(Failure::Sent(Error::new(ErrorCode::Timeout, "timed out"))))
            };
            let Some(outcome) = until_cancelled(scope.cancel, attempt).await else {
                return Err(self.cancelled(scope, &request, exchange, attempts, true));
            };
            let failure = match outcome {
                Ok(body) => {
                    self.event(Level::Debug, "response", scope, &request, |event| {
                        event.attempt = Some(attempts);
                        event.status = Some(200);
                        event.bytes = Some(body.len() as u64);
                        event.elapsed_ms = Some(elapsed_ms(sent_at));
                    });
                    return Ok(HttpAnswer { body, attempts });
                }
                Err(failure) => failure,
            };
            let wait = if attempts <= self.retries && failure.may_retry(exchange) {
                Some(failure.retry_after().unwrap_or_else(|| self.backoff(attempts)))
            } else {
                None
            };
            match wait {
                Some(wait) if wait < scope.deadline.remaining() => {
                    self.event(Level::Warn, "retry", scope, &request, |event| {
                        event.attempt = Some(attempts);
                        event.status = failure.status();
                        event.code = failure.code().map(ErrorCode::as_str);
                        event.elapsed_ms = Some(elapsed_ms(sent_at));
                        event.wait_ms = Some(wait.as_secs_f64() * 1000.0);
                    });
                    if until_cancelled(scope.cancel, tokio::time::sleep(wait)).await.is_none() {
                        return Err(self.cancelled(scope, &request, exchange, attempts, false));
                    }
                }
                _ => {
                    let error = self.conclude(scope, &request, exchange, failure, attempts);
                    let level = match error.code() {
                        ErrorCode::RedirectRefused | ErrorCode::ResponseTooLarge | ErrorCode::OutcomeUnknown => {
                            Level::Warn
                        }
                        _ => Level::Debug,
                    };
                    let name = match error.code() {
                        ErrorCode::RedirectRefused => "redirect_refused",
                        ErrorCode::ResponseTooLarge => "response_too_large",
                        ErrorCode::OutcomeUnknown => "outcome_unknown",
                        _ => "response",
                    };
                    self.event(level, name, scope, &request, |event| {
                        event.attempt = Some(attempts);
                        event.status = error.http_status();
                        event.code = Some(error.code().as_str());
                        event.elapsed_ms = Some(elapsed_ms(sent_at));
                        event.message = Some(error.message());
                    });
                    return Err(error);
                }
            }
        }
    }

    /// Emits an event about one request of a call, with the fields every such event has.
    fn event<'a>(
        &'a self,
        level: Level,
        name: &'static str,
        scope: &'a CallScope<'a>,
        request: &'a Prepared,
        fill: impl FnOnce(&mut Event<'a>),
    ) {
        if !events::enabled(level) {
            return;
        }
        let url = request.event_url.get_or_init(|| format!("{}{}", origin_of(&request.url), request.url.path()));
        events::emit(level, name, |event| {
            event.provider = Some(self.owner.provider.as_str());
            event.client = self.owner.name.as_deref();
            event.endpoint = Some(scope.endpoint);
            event.method = Some(request.method.as_str());
            event.url = Some(url);
            event.request_id = Some(scope.request_id);
            fill(event);
        });
    }

    /// Full jitter: a random wait up to the doubled back-off, so clients that failed together do not
    /// come back together.
    fn backoff(&self, attempts: u32) -> Duration {
        let ceiling = self.retry_backoff.saturating_mul(2u32.saturating_pow(attempts.saturating_sub(1)));
        let ceiling_ms = u64::try_from(ceiling.as_millis()).unwrap_or(u64::MAX);
        Duration::from_millis(fastrand::u64(0..=ceiling_ms))
    }

    /// One attempt: the request and the redirects it is allowed to follow, and the answer's body.
    async fn exchange(&self, prepared: &Prepared, timeout: Duration) -> Result<Vec<u8>, Failure> {
        let ends = Instant::now() + timeout;
        let mut url = prepared.url.clone();
        let mut method = prepared.method.clone();
        let mut hops = 0;
        loop {
            let mut request = Request::new(method.clone(), url.clone());
            *request.headers_mut() = prepared.headers.clone();
            if method == Method::POST {
                *request.body_mut() = prepared.body.clone().map(Into::into);
            }
            *request.timeout_mut() = Some(ends.saturating_duration_since(Instant::now()).max(Duration::from_millis(1)));
            let response = self.http.execute(request).await.map_err(|error| Failure::from_send(&error))?;
            let status = response.status();
            if status.is_redirection()
                && let Some(location) = response.headers().get(LOCATION)
            {
                hops += 1;
                url = self.follow(&url, &method, status, location, hops)?;
                // A 303 asks for a GET by design; 307 and 308 keep the method and body.
                if status == StatusCode::SEE_OTHER {
                    method = Method::GET;
                }
                continue;
            }
            return self.read(response).await;
        }
    }

    /// The next URL of a redirect, if it may be followed: same origin (an `http` to `https` upgrade of the
    /// same host counts), never a downgrade, and a POST only through 307/308 (or 303, which the standard
    /// turns into a GET without the body).
    fn follow(
        &self,
        from: &Url,
        method: &Method,
        status: StatusCode,
        location: &HeaderValue,
        hops: u32,
    ) -> Result<Url, Failure> {
        let refused = |message: String| Failure::Final(Error::new(ErrorCode::RedirectRefused, message));
        let target = location.to_str().ok().and_then(|location| from.join(location).ok()).ok_or_else(|| {
            Failure::Final(Error::invalid_response(format!(
                "HTTP {} with a Location that is not a URL",
                status.as_u16()
            )))
        })?;
        if !same_origin(from, &target) {
            return Err(refused(format!(
                "the server redirected to {}, another origin than {}; not followed, so no credential leaves it",
                origin_of(&target),
                origin_of(from),
            )));
        }
        let keeps_body = matches!(status, StatusCode::TEMPORARY_REDIRECT | StatusCode::PERMANENT_REDIRECT);
        if *method == Method::POST && !keeps_body && status != StatusCode::SEE_OTHER {
            return Err(refused(format!(
                "the server answered the POST with HTTP {} (a redirect that would drop the request); only 307 and 308 \
                 are followed for a POST",
                status.as_u16()
            )));
        }
        if hops > MOST_REDIRECTS {
            return Err(refused(format!("the server redirected more than {MOST_REDIRECTS} times")));
        }
        Ok(target)
    }

    /// The body of an answer, at most `max_response_bytes` after decompression, read as it streams in
    /// (a larger one is dropped with its connection, never held whole), in UTF-8.
    async fn read(&self, mut response: Response) -> Result<Vec<u8>, Failure> {
        let status = response.status();
        let limit = self.max_response_bytes;
        let too_large = || {
            Failure::TooLarge(Error::new(
                ErrorCode::ResponseTooLarge,
                format!("the answer is larger than max_response_bytes ({limit} bytes); the connection was dropped"),
            ))
        };
        if response.content_length().is_some_and(|length| length > limit) {
            return Err(too_large());
        }
        let retry_after = response.headers().get(RETRY_AFTER).and_then(retry_after);
        let content_type =
            response.headers().get(CONTENT_TYPE).and_then(|value| value.to_str().ok()).map(str::to_owned);
        let expected = response.content_length().unwrap_or(0).min(limit);
        let mut body = Vec::with_capacity(usize::try_from(expected).unwrap_or(0));
        while let Some(chunk) = response.chunk().await.map_err(|error| Failure::from_body(&error))? {
            let read = chunk.len();
            if body.len() as u64 + read as u64 > limit {
                return Err(too_large());
            }
            if body.capacity() - body.len() < read {
                // Doubling, but never past the limit: memory stays within the cap plus one chunk.
                let wanted =
                    (body.capacity() * 2).max(body.len() + read).min(usize::try_from(limit).unwrap_or(usize::MAX));
                body.reserve_exact(wanted - body.len());
            }
            body.extend_from_slice(&chunk);
        }
        self.owner.stats.received(body.len() as u64);
        let body = match charset::to_utf8(content_type.as_deref(), &body) {
            Cow::Borrowed(_) => body,
            Cow::Owned(decoded) => decoded,
        };
        if status.is_success() {
            return Ok(body);
        }
        Err(Failure::Status { status: status.as_u16(), excerpt: excerpt(&body, 200), retry_after })
    }

    /// The error a call gets for its last failure, in the words of the call: method, host, endpoint,
    /// attempts and time taken.
    fn conclude(
        &self,
        scope: &CallScope<'_>,
        request: &Prepared,
        exchange: Exchange,
        failure: Failure,
        attempts: u32,
    ) -> Error {
        let (context, tally) = self.context(scope, request, attempts);
        match failure {
            Failure::NotSent(error) | Failure::Final(error) => prefixed(error, &context, &tally),
            Failure::Sent(error) | Failure::TooLarge(error) if exchange == Exchange::Write => Error::new(
                ErrorCode::OutcomeUnknown,
                format!(
                    "{context}: the write may have reached the server, but {} {tally}; it was not sent again: \
                     read the record back before repeating it",
                    error.message()
                ),
            ),
            Failure::Sent(error) | Failure::TooLarge(error) => prefixed(error, &context, &tally),
            Failure::Status { status, excerpt, .. } => {
                let busy = matches!(status, 408 | 429 | 502..=504);
                let code = match exchange {
                    Exchange::Write if (500..=599).contains(&status) => ErrorCode::OutcomeUnknown,
                    _ if busy => ErrorCode::ServerUnavailable,
                    _ => ErrorCode::HttpStatus,
                };
                let after = if code == ErrorCode::OutcomeUnknown {
                    "; the write may have been done: read the record back before repeating it"
                } else {
                    ""
                };
                Error::new(code, format!("{context}: HTTP {status} {tally}{after}"))
                    .with_http_status(status)
                    .with_vendor(None, excerpt)
            }
        }
    }

    /// The error of a call its caller cancelled: `cancelled`, unless it is a write that may have left, whose
    /// outcome is then unknown.
    fn cancelled(
        &self,
        scope: &CallScope<'_>,
        request: &Prepared,
        exchange: Exchange,
        attempts: u32,
        in_flight: bool,
    ) -> Error {
        let (context, tally) = self.context(scope, request, attempts);
        let error = if exchange == Exchange::Write && in_flight {
            Error::new(
                ErrorCode::OutcomeUnknown,
                format!(
                    "{context}: cancelled by the caller while the write was in flight {tally}; it may have been done: \
                     read the record back before repeating it"
                ),
            )
        } else {
            Error::new(ErrorCode::Cancelled, format!("{context}: cancelled by the caller {tally}"))
        };
        self.event(Level::Info, "cancelled", scope, request, |event| {
            event.attempt = Some(attempts);
            event.code = Some(error.code().as_str());
        });
        error
    }

    /// The error when the deadline ran out between attempts or before the first.
    fn out_of_time(&self, scope: &CallScope<'_>, request: &Prepared, attempts: u32) -> Error {
        let (context, tally) = self.context(scope, request, attempts);
        let limit = scope.deadline.limit().as_secs_f64();
        Error::new(ErrorCode::Timeout, format!("{context}: the call's deadline of {limit:.1} s ran out {tally}"))
    }

    /// What every transport message names: `METHOD host endpoint`, and `after N attempts in T s`.
    fn context(&self, scope: &CallScope<'_>, request: &Prepared, attempts: u32) -> (String, String) {
        (format!("{} {} {}", request.method, self.host, scope.endpoint), tally(attempts, scope.deadline.elapsed()))
    }
}

/// A request ready to be sent again (on a retry or a redirect).
struct Prepared {
    method: Method,
    url: Url,
    headers: HeaderMap,
    body: Option<Vec<u8>>,
    /// Origin and path, made the first time an event needs it.
    event_url: OnceCell<String>,
}

/// How one attempt failed, by what it means for sending the request again.
enum Failure {
    /// The request never left (connect failure): any request may be sent again.
    NotSent(Error),
    /// The request may have reached the server (timeout, reset, broken body).
    Sent(Error),
    /// The answer was larger than allowed.
    TooLarge(Error),
    /// The server answered with a non-2xx status.
    Status { status: u16, excerpt: String, retry_after: Option<Duration> },
    /// Never sent again (TLS, a refused redirect, a malformed answer).
    Final(Error),
}

impl Failure {
    fn from_send(error: &reqwest::Error) -> Failure {
        let code = transport_code(error);
        let failure = Error::new(code, describe(error));
        match code {
            ErrorCode::TlsFailed => Failure::Final(failure),
            ErrorCode::ConnectFailed => Failure::NotSent(failure),
            // A timeout while connecting is still a request that never left.
            ErrorCode::Timeout if error.is_connect() => Failure::NotSent(failure),
            _ => Failure::Sent(failure),
        }
    }

    fn from_body(error: &reqwest::Error) -> Failure {
        let (code, text) = if error.is_timeout() {
            (ErrorCode::Timeout, "the answer timed out while it was being read".to_owned())
        } else {
            (ErrorCode::TransportFailed, format!("the answer broke off while it was being read: {}", describe(error)))
        };
        Failure::Sent(Error::new(code, text))
    }

    fn may_retry(&self, exchange: Exchange) -> bool {
        match self {
            Failure::NotSent(_) => true,
            Failure::Sent(_) => exchange == Exchange::Read,
            Failure::Status { status, .. } => exchange == Exchange::Read && matches!(status, 408 | 429 | 502..=504),
            Failure::TooLarge(_) | Failure::Final(_) => false,
        }
    }

    fn status(&self) -> Option<u16> {
        match self {
            Failure::Status { status, .. } => Some(*status),
            _ => None,
        }
    }

    fn code(&self) -> Option<ErrorCode> {
        match self {
            Failure::NotSent(error) | Failure::Sent(error) | Failure::TooLarge(error) | Failure::Final(error) => {
                Some(error.code())
            }
            Failure::Status { .. } => None,
        }
    }

    fn retry_after(&self) -> Option<Duration> {
        match self {
            Failure::Status { retry_after, .. } => *retry_after,
            _ => None,
        }
    }
}

/// `work`'s output, or None as soon as `cancel` is cancelled (`work` is then dropped, which aborts a
/// request in flight and closes its connection).
async fn until_cancelled<T>(cancel: Option<&CancelToken>, work: impl Future<Output = T>) -> Option<T> {
    match cancel {
        None => Some(work.await),
        Some(token) => tokio::select! {
            biased;
            () = token.cancelled() => None,
            output = work => Some(output),
        },
    }
}

/// The same error with the call's context before its message and the tally after it.
fn prefixed(error: Error, context: &str, tally: &str) -> Error {
    let message = format!("{context}: {} {tally}", error.message());
    error.with_message(message)
}

fn tally(attempts: u32, elapsed: Duration) -> String {
    let plural = if attempts == 1 { "" } else { "s" };
    format!("after {attempts} attempt{plural} in {:.1} s", elapsed.as_secs_f64())
}

/// `Retry-After` as seconds or an HTTP date.
fn retry_after(value: &HeaderValue) -> Option<Duration> {
    let text = value.to_str().ok()?.trim();
    if let Ok(seconds) = text.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = httpdate::parse_http_date(text).ok()?;
    Some(at.duration_since(SystemTime::now()).unwrap_or(Duration::ZERO))
}

/// Two URLs of one origin: same scheme, host and port, or the `https` upgrade of the same host.
fn same_origin(from: &Url, to: &Url) -> bool {
    let same_host = from.host_str().map(str::to_ascii_lowercase) == to.host_str().map(str::to_ascii_lowercase);
    match (from.scheme(), to.scheme()) {
        (a, b) if a == b => same_host && from.port_or_known_default() == to.port_or_known_default(),
        ("http", "https") => same_host,
        _ => false,
    }
}

/// `scheme://host[:port]`, never a path or query (which may carry a token).
fn origin_of(url: &Url) -> String {
    format!("{}://{}", url.scheme(), origin_host(url).unwrap_or_default())
}

fn origin_host(url: &Url) -> Option<String> {
    let host = url.host_str()?;
    Some(match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_owned(),
    })
}

fn transport_code(error: &reqwest::Error) -> ErrorCode {
    if caused_by_tls(error) {
        ErrorCode::TlsFailed
    } else if error.is_timeout() {
        ErrorCode::Timeout
    } else if error.is_connect() {
        ErrorCode::ConnectFailed
    } else {
        ErrorCode::TransportFailed
    }
}

/// Whether a rustls error is anywhere in the chain. Transport layers wrap it in nested `io::Error`s,
/// whose `source()` skips the wrapped error itself, so each `io::Error` is also opened with `get_ref()`.
fn caused_by_tls(error: &(dyn StdError + 'static)) -> bool {
    if error.is::<rustls::Error>() {
        return true;
    }
    let wrapped = error.downcast_ref::<std::io::Error>().and_then(|io| io.get_ref());
    if wrapped.is_some_and(|inner| caused_by_tls(inner)) {
        return true;
    }
    error.source().is_some_and(caused_by_tls)
}

/// The error and its causes on one line, without the URL (which may carry an access token).
fn describe(error: &reqwest::Error) -> String {
    let mut text = if error.is_timeout() {
        String::from("timed out")
    } else if error.is_connect() {
        String::from("could not connect")
    } else {
        String::from("the HTTP request failed")
    };
    let mut source: Option<&(dyn StdError + 'static)> = error.source();
    while let Some(current) = source {
        let cause = current.to_string();
        // "operation timed out" under "timed out" says nothing new.
        let repeats = text.ends_with(&cause) || (error.is_timeout() && cause.contains("timed out"));
        if !cause.is_empty() && !repeats && !cause.contains("://") {
            text.push_str(": ");
            text.push_str(&cause);
        }
        source = current.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn transport(base_url: &str) -> Result<Transport, Error> {
        let config = TransportConfig {
            timeout: Duration::from_secs(1),
            connect_timeout: Duration::from_secs(1),
            deadline: Duration::from_secs(2),
            retries: 0,
            retry_backoff: Duration::ZERO,
            max_response_bytes: 1024,
            user_agent: "test".into(),
            proxy: None,
            ca_certificates: None,
            ca_certificates_only: false,
            prefetch: 1,
        };
        let owner = Owner { provider: Provider::Zhibang, name: None, stats: Arc::default() };
        Transport::new(&config, base_url, ["/api/TokenApi", "/sysa/custom/add.asp?edit=1"], owner)
    }

    fn url(text: &str) -> Url {
        Url::parse(text).expect("test URL")
    }

    #[test]
    fn urls_are_prepared_once_and_others_built_on_demand() {
        let transport = transport("http://erp.example.com:8080").expect("transport");
        assert_eq!(transport.prepared.len(), 2);
        assert_eq!(transport.host, "erp.example.com:8080");
        assert_eq!(
            transport.url("/sysa/custom/add.asp?edit=1").map(String::from).ok().as_deref(),
            Some("http://erp.example.com:8080/sysa/custom/add.asp?edit=1")
        );
        assert_eq!(
            transport.url("/logout.asp").map(String::from).ok().as_deref(),
            Some("http://erp.example.com:8080/logout.asp")
        );
    }

    #[test]
    fn a_base_url_that_makes_no_valid_url_is_refused_up_front() {
        let error = transport("http://exa mple.com").expect_err("invalid host");
        assert_eq!(error.parameter_name(), Some("base_url"));
    }

    #[test]
    fn an_origin_is_scheme_host_and_port_and_only_upgrades_to_https() {
        let base = url("http://erp.example.com:8080/sysa/x.asp");
        assert!(same_origin(&base, &url("http://ERP.example.com:8080/other?y=1")));
        assert!(same_origin(&base, &url("https://erp.example.com/sysa/x.asp")), "an upgrade to https");
        assert!(!same_origin(&base, &url("http://erp.example.com:8081/")));
        assert!(!same_origin(&base, &url("http://evil.example.com:8080/")));
        assert!(!same_origin(&url("https://erp.example.com/"), &url("http://erp.example.com/")), "a downgrade");
        assert!(same_origin(&url("https://h/"), &url("https://h:443/")));
        assert_eq!(origin_of(&url("https://evil.example.com:9/steal?access_token=x")), "https://evil.example.com:9");
    }

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        assert_eq!(retry_after(&HeaderValue::from_static("3")), Some(Duration::from_secs(3)));
        assert_eq!(retry_after(&HeaderValue::from_static("Wed, 21 Oct 2015 07:28:00 GMT")), Some(Duration::ZERO));
        assert_eq!(retry_after(&HeaderValue::from_static("soon")), None);
    }

    #[test]
    fn backoff_is_jittered_below_the_doubled_ceiling() {
        let mut transport = transport("http://h").expect("transport");
        transport.retry_backoff = Duration::from_millis(100);
        for attempts in 1..=4 {
            let ceiling = Duration::from_millis(100 * 2u64.pow(attempts - 1));
            assert!((0..50).all(|_| transport.backoff(attempts) <= ceiling));
        }
        assert!((0..50).map(|_| transport.backoff(3)).collect::<std::collections::HashSet<_>>().len() > 1);
    }
}
