//! The HTTP layer both providers share: one pooled blocking client per library client, retries for
//! requests that may safely be sent again, and transport failures turned into stable error codes.

use std::error::Error as StdError;
use std::thread;
use std::time::Duration;

use reqwest::blocking::{Client, RequestBuilder, Response};

use crate::config::TransportConfig;
use crate::error::{Error, ErrorCode};
use crate::excerpt::excerpt;

/// What came back from the server, after any retries.
#[derive(Debug)]
pub struct HttpAnswer {
    pub body: Vec<u8>,
    /// How many HTTP requests it took (1 without retries).
    pub attempts: u32,
}

/// Whether a request may be sent again when its outcome is unknown (a timeout, a 502/503/504).
/// A request that never reached the server (connect failure) is always retried.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resend {
    Safe,
    Never,
}

#[derive(Debug)]
pub struct Transport {
    http: Client,
    retries: u32,
    retry_backoff: Duration,
}

impl Transport {
    pub fn new(config: &TransportConfig) -> Result<Transport, Error> {
        let mut builder = Client::builder()
            .timeout(config.timeout)
            .connect_timeout(config.connect_timeout)
            .user_agent(config.user_agent.clone())
            .pool_max_idle_per_host(64);
        if let Some(proxy) = &config.proxy {
            let proxy = reqwest::Proxy::all(proxy.as_str()).map_err(|_| {
                Error::parameter(ErrorCode::InvalidParameter, "proxy", "config `proxy` is not a valid proxy URL")
            })?;
            builder = builder.proxy(proxy);
        }
        let http = builder.build().map_err(|error| transport_error(&error))?;
        Ok(Transport { http, retries: config.retries, retry_backoff: config.retry_backoff })
    }

    /// `GET url?query`.
    pub fn get(&self, url: &str, query: &[(&str, &str)], resend: Resend) -> Result<HttpAnswer, Error> {
        self.send(url, resend, || self.http.get(url).query(query))
    }

    /// `POST url?query` with a JSON body and extra headers.
    pub fn post_json(
        &self,
        url: &str,
        query: &[(&str, &str)],
        headers: &[(&str, &str)],
        body: &[u8],
        resend: Resend,
    ) -> Result<HttpAnswer, Error> {
        self.send(url, resend, || {
            let mut request = self
                .http
                .post(url)
                .query(query)
                .header(reqwest::header::CONTENT_TYPE, "application/json; charset=utf-8")
                .body(body.to_vec());
            for (name, value) in headers {
                request = request.header(*name, *value);
            }
            request
        })
    }

    fn send(&self, url: &str, resend: Resend, build: impl Fn() -> RequestBuilder) -> Result<HttpAnswer, Error> {
        let mut attempts = 0;
        loop {
            attempts += 1;
            let outcome =
                build().send().map_err(|error| transport_error(&error)).and_then(|response| read(url, response));
            let may_retry = attempts <= self.retries
                && match &outcome {
                    Ok(_) => false,
                    Err(error) => match error.code() {
                        ErrorCode::ConnectFailed => true,
                        ErrorCode::Timeout | ErrorCode::TransportFailed => resend == Resend::Safe,
                        ErrorCode::HttpStatus => {
                            resend == Resend::Safe && matches!(error.http_status(), Some(502..=504))
                        }
                        _ => false,
                    },
                };
            if !may_retry {
                return outcome.map(|body| HttpAnswer { body, attempts });
            }
            thread::sleep(self.retry_backoff * 2u32.saturating_pow(attempts - 1));
        }
    }
}

fn read(url: &str, response: Response) -> Result<Vec<u8>, Error> {
    let status = response.status();
    let body = response.bytes().map_err(|error| transport_error(&error))?;
    if status.is_success() {
        return Ok(body.to_vec());
    }
    Err(Error::new(ErrorCode::HttpStatus, format!("HTTP {} from {}", status.as_u16(), path_of(url)))
        .with_http_status(status.as_u16())
        .with_vendor(None, excerpt(&body, 200)))
}

/// The path of a URL, for messages: hosts and queries stay out of them.
fn path_of(url: &str) -> &str {
    let without_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = without_scheme.find('/').map_or("/", |slash| &without_scheme[slash..]);
    path.split_once('?').map_or(path, |(path, _)| path)
}

fn transport_error(error: &reqwest::Error) -> Error {
    let code = if error.is_timeout() {
        ErrorCode::Timeout
    } else if caused_by_tls(error) {
        ErrorCode::TlsFailed
    } else if error.is_connect() {
        ErrorCode::ConnectFailed
    } else {
        ErrorCode::TransportFailed
    };
    Error::new(code, describe(error))
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
        String::from("the request timed out")
    } else if error.is_connect() {
        String::from("could not connect")
    } else {
        String::from("the HTTP request failed")
    };
    let mut source: Option<&(dyn StdError + 'static)> = error.source();
    while let Some(current) = source {
        let cause = current.to_string();
        if !cause.is_empty() && !text.ends_with(&cause) && !cause.contains("://") {
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

    #[test]
    fn paths_leave_host_and_query_out() {
        assert_eq!(path_of("https://api.eshouhou.cn/api/TokenApi?sign=X"), "/api/TokenApi");
        assert_eq!(path_of("http://h:1"), "/");
    }
}
