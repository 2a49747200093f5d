//! The HTTP layer both providers share: one pooled blocking client per library client, retries for
//! requests that may safely be sent again, and transport failures turned into stable error codes.

use std::collections::HashMap;
use std::error::Error as StdError;
use std::thread;
use std::time::Duration;

use reqwest::Url;
use reqwest::blocking::{Client, RequestBuilder, Response};
use serde::Serialize;

use crate::config::TransportConfig;
use crate::error::{Error, ErrorCode};
use crate::excerpt::excerpt;

/// A request without query parameters.
pub const NO_QUERY: &[(&str, &str)] = &[];

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
    base_url: String,
    /// The URL of each path the client calls, parsed once: parsing a URL costs more than the rest of
    /// preparing a request.
    prepared: HashMap<String, Url>,
    retries: u32,
    retry_backoff: Duration,
}

impl Transport {
    /// A transport to `base_url`, with the URLs of `paths` parsed up front (which also checks that the
    /// base URL makes valid URLs).
    pub fn new<'a>(
        config: &TransportConfig,
        base_url: &str,
        paths: impl IntoIterator<Item = &'a str>,
    ) -> Result<Transport, Error> {
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
        let mut transport = Transport {
            http,
            base_url: base_url.to_owned(),
            prepared: HashMap::new(),
            retries: config.retries,
            retry_backoff: config.retry_backoff,
        };
        for path in paths {
            let url = transport.url(path)?;
            transport.prepared.insert(path.to_owned(), url);
        }
        Ok(transport)
    }

    fn url(&self, path: &str) -> Result<Url, Error> {
        match self.prepared.get(path) {
            Some(url) => Ok(url.clone()),
            None => Url::parse(&format!("{}{path}", self.base_url)).map_err(|_| {
                Error::parameter(ErrorCode::InvalidParameter, "base_url", "config `base_url` is not a valid URL")
            }),
        }
    }

    /// `GET base_url + path?query`; `query` is anything that serializes to name/value pairs.
    pub fn get<Q: Serialize + ?Sized>(&self, path: &str, query: &Q, resend: Resend) -> Result<HttpAnswer, Error> {
        let url = self.url(path)?;
        self.send(path, resend, || self.http.get(url.clone()).query(query))
    }

    /// `POST base_url + path?query` with a JSON body and extra headers.
    pub fn post_json<Q: Serialize + ?Sized>(
        &self,
        path: &str,
        query: &Q,
        headers: &[(&str, &str)],
        body: &[u8],
        resend: Resend,
    ) -> Result<HttpAnswer, Error> {
        let url = self.url(path)?;
        self.send(path, resend, || {
            let mut request = self
                .http
                .post(url.clone())
                .query(query)
                .header(reqwest::header::CONTENT_TYPE, "application/json; charset=utf-8")
                .body(body.to_vec());
            for (name, value) in headers {
                request = request.header(*name, *value);
            }
            request
        })
    }

    fn send(&self, path: &str, resend: Resend, build: impl Fn() -> RequestBuilder) -> Result<HttpAnswer, Error> {
        let mut attempts = 0;
        loop {
            attempts += 1;
            let outcome =
                build().send().map_err(|error| transport_error(&error)).and_then(|response| read(path, response));
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

fn read(path: &str, response: Response) -> Result<Vec<u8>, Error> {
    let status = response.status();
    let body = response.bytes().map_err(|error| transport_error(&error))?;
    if status.is_success() {
        return Ok(body.to_vec());
    }
    Err(Error::new(ErrorCode::HttpStatus, format!("HTTP {} from {}", status.as_u16(), path_without_query(path)))
        .with_http_status(status.as_u16())
        .with_vendor(None, excerpt(&body, 200)))
}

/// A path without its fixed query (`custom/add.asp?edit=1`), for messages.
fn path_without_query(path: &str) -> &str {
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

    fn transport(base_url: &str) -> Result<Transport, Error> {
        let config = TransportConfig {
            timeout: Duration::from_secs(1),
            connect_timeout: Duration::from_secs(1),
            retries: 0,
            retry_backoff: Duration::ZERO,
            user_agent: "test".into(),
            proxy: None,
        };
        Transport::new(&config, base_url, ["/api/TokenApi", "/sysa/custom/add.asp?edit=1"])
    }

    #[test]
    fn urls_are_prepared_once_and_others_built_on_demand() {
        let transport = transport("http://erp.example.com:8080").expect("transport");
        assert_eq!(transport.prepared.len(), 2);
        assert_eq!(
            transport.url("/sysa/custom/add.asp?edit=1").map(String::from).ok().as_deref(),
            Some("http://erp.example.com:8080/sysa/custom/add.asp?edit=1")
        );
        assert_eq!(
            transport.url("/logout.asp").map(String::from).ok().as_deref(),
            Some("http://erp.example.com:8080/logout.asp")
        );
        assert_eq!(path_without_query("/sysa/custom/add.asp?edit=1"), "/sysa/custom/add.asp");
    }

    #[test]
    fn a_base_url_that_makes_no_valid_url_is_refused_up_front() {
        let error = transport("http://exa mple.com").expect_err("invalid host");
        assert_eq!(error.parameter_name(), Some("base_url"));
    }
}
