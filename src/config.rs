//! Reading a client's JSON config strictly: every key is known, typed and named in errors, so a typo
//! never silently falls back to a default.

use std::time::Duration;

use serde_json::{Map, Value};

use crate::error::{Error, ErrorCode};

/// Takes typed values out of a config object and reports whatever is left as unknown.
pub struct ConfigReader {
    entries: Map<String, Value>,
}

impl ConfigReader {
    pub fn new(entries: Map<String, Value>) -> ConfigReader {
        ConfigReader { entries }
    }

    fn take(&mut self, key: &str) -> Option<Value> {
        self.entries.remove(key).filter(|value| !value.is_null())
    }

    /// A string, absent when missing or null.
    pub fn string(&mut self, key: &str) -> Result<Option<String>, Error> {
        match self.take(key) {
            None => Ok(None),
            Some(Value::String(text)) => Ok(Some(text)),
            Some(_) => {
                Err(Error::parameter(ErrorCode::InvalidParameter, key, format!("config `{key}` must be a string")))
            }
        }
    }

    /// A non-empty string that must be present.
    pub fn required_string(&mut self, key: &str) -> Result<String, Error> {
        match self.string(key)? {
            Some(text) if !text.trim().is_empty() => Ok(text),
            _ => Err(Error::parameter(ErrorCode::MissingParameter, key, format!("config `{key}` is required"))),
        }
    }

    /// An unsigned integer within `min..=max`, or `default` when absent.
    pub fn integer(&mut self, key: &str, default: u64, min: u64, max: u64) -> Result<u64, Error> {
        match self.take(key) {
            None => Ok(default),
            Some(value) => match value.as_u64() {
                Some(number) if (min..=max).contains(&number) => Ok(number),
                _ => Err(Error::parameter(
                    ErrorCode::InvalidParameter,
                    key,
                    format!("config `{key}` must be an integer between {min} and {max}"),
                )),
            },
        }
    }

    /// A base URL: `http://` or `https://`, without a trailing slash.
    pub fn base_url(&mut self, key: &str, default: Option<&str>) -> Result<String, Error> {
        let url = match (self.string(key)?, default) {
            (Some(url), _) => url,
            (None, Some(default)) => default.to_owned(),
            (None, None) => {
                return Err(Error::parameter(ErrorCode::MissingParameter, key, format!("config `{key}` is required")));
            }
        };
        let trimmed = url.trim().trim_end_matches('/');
        let has_host = trimmed
            .strip_prefix("http://")
            .or_else(|| trimmed.strip_prefix("https://"))
            .is_some_and(|rest| !rest.is_empty());
        if !has_host {
            return Err(Error::parameter(
                ErrorCode::InvalidParameter,
                key,
                format!("config `{key}` must be an http:// or https:// URL"),
            ));
        }
        Ok(trimmed.to_owned())
    }

    /// Fails on the first key nobody asked for.
    pub fn finish(self, known: &[&str]) -> Result<(), Error> {
        match self.entries.keys().next() {
            None => Ok(()),
            Some(key) => Err(Error::parameter(
                ErrorCode::UnknownParameter,
                key,
                format!("`{key}` is not a config key; known keys: {}", known.join(", ")),
            )),
        }
    }
}

/// The HTTP settings both clients share.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TransportConfig {
    /// Limit for a whole request, from connect to the last byte of the answer.
    pub timeout: Duration,
    pub connect_timeout: Duration,
    /// How many times a request that may safely be sent again is retried after a connect failure,
    /// a timeout or an HTTP 502/503/504.
    pub retries: u32,
    /// Wait before the first retry; doubled for each further one.
    pub retry_backoff: Duration,
    pub user_agent: String,
    /// An explicit HTTP(S) proxy for every request; without it the usual proxy environment variables apply.
    pub proxy: Option<String>,
}

impl TransportConfig {
    /// The config keys read by [`TransportConfig::read`].
    pub const KEYS: &'static [&'static str] =
        &["timeout_ms", "connect_timeout_ms", "retries", "retry_backoff_ms", "user_agent", "proxy"];

    pub fn read(reader: &mut ConfigReader) -> Result<TransportConfig, Error> {
        Ok(TransportConfig {
            timeout: Duration::from_millis(reader.integer("timeout_ms", 30_000, 1, 600_000)?),
            connect_timeout: Duration::from_millis(reader.integer("connect_timeout_ms", 10_000, 1, 600_000)?),
            retries: reader.integer("retries", 2, 0, 10)? as u32,
            retry_backoff: Duration::from_millis(reader.integer("retry_backoff_ms", 200, 0, 60_000)?),
            user_agent: reader.string("user_agent")?.unwrap_or_else(|| format!("aftersales/{}", crate::VERSION)),
            proxy: reader.string("proxy")?.filter(|proxy| !proxy.is_empty()),
        })
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn reader(value: Value) -> ConfigReader {
        ConfigReader::new(value.as_object().cloned().unwrap_or_default())
    }

    #[test]
    fn unknown_keys_are_named() {
        let mut config = reader(json!({"timeout_ms": 5, "timeuot_ms": 7}));
        let transport = TransportConfig::read(&mut config).expect("transport");
        assert_eq!(transport.timeout, Duration::from_millis(5));
        let error = config.finish(TransportConfig::KEYS).expect_err("unknown");
        assert_eq!(error.code(), ErrorCode::UnknownParameter);
        assert_eq!(error.parameter_name(), Some("timeuot_ms"));
    }

    #[test]
    fn types_and_urls_are_checked() {
        let error = reader(json!({"retries": "3"})).integer("retries", 2, 0, 10).expect_err("type");
        assert_eq!(error.code(), ErrorCode::InvalidParameter);
        assert_eq!(reader(json!({"u": "http://h:1/"})).base_url("u", None).ok().as_deref(), Some("http://h:1"));
        assert!(reader(json!({"u": "ftp://h"})).base_url("u", None).is_err());
        assert_eq!(
            reader(json!({})).required_string("app_id").expect_err("missing").code(),
            ErrorCode::MissingParameter
        );
    }
}
