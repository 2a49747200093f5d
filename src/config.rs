//! Reading a client's JSON config strictly: every key is known, typed and named in errors, so a typo
//! never silently falls back to a default.

use std::time::Duration;

use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;
use serde_json::{Map, Value};

use crate::catalogue::Provider;
use crate::catalogue::config::{self as keys, BooleanKey, ChoiceKey, IntegerKey, UrlKey};
use crate::error::{Error, ErrorCode};

/// Takes typed values out of a config object and reports whatever is left as unknown.
pub struct ConfigReader {
    entries: Map<String, Value>,
    /// What the keys are called in messages: "config" or "option".
    kind: &'static str,
}

impl ConfigReader {
    pub fn new(entries: Map<String, Value>) -> ConfigReader {
        ConfigReader { entries, kind: "config" }
    }

    /// A reader of one call's options, named so in messages.
    pub fn options(entries: Map<String, Value>) -> ConfigReader {
        ConfigReader { entries, kind: "option" }
    }

    fn take(&mut self, key: &str) -> Option<Value> {
        self.entries.remove(key).filter(|value| !value.is_null())
    }

    /// Whether `key` is present and not null.
    pub fn has(&self, key: &str) -> bool {
        self.entries.get(key).is_some_and(|value| !value.is_null())
    }

    /// A string, absent when missing or null.
    pub fn string(&mut self, key: &str) -> Result<Option<String>, Error> {
        match self.take(key) {
            None => Ok(None),
            Some(Value::String(text)) => Ok(Some(text)),
            Some(_) => Err(Error::parameter(
                ErrorCode::InvalidParameter,
                key,
                format!("{} `{key}` must be a string", self.kind),
            )),
        }
    }

    /// A non-empty string that must be present.
    pub fn required_string(&mut self, key: &str) -> Result<String, Error> {
        match self.string(key)? {
            Some(text) if !text.trim().is_empty() => Ok(text),
            _ => Err(Error::parameter(ErrorCode::MissingParameter, key, format!("{} `{key}` is required", self.kind))),
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
                    format!("{} `{key}` must be an integer between {min} and {max}", self.kind),
                )),
            },
        }
    }

    /// A boolean, or `default` when absent.
    pub fn boolean(&mut self, key: &str, default: bool) -> Result<bool, Error> {
        match self.take(key) {
            None => Ok(default),
            Some(Value::Bool(flag)) => Ok(flag),
            Some(_) => Err(Error::parameter(
                ErrorCode::InvalidParameter,
                key,
                format!("{} `{key}` must be true or false", self.kind),
            )),
        }
    }

    /// An integer key of the catalogue: its default when absent, else within its bounds.
    pub fn integer_key(&mut self, key: IntegerKey) -> Result<u64, Error> {
        self.integer(key.name, key.default, key.min, key.max)
    }

    /// A boolean key of the catalogue, or its default when absent.
    pub fn boolean_key(&mut self, key: BooleanKey) -> Result<bool, Error> {
        self.boolean(key.name, key.default)
    }

    /// A URL key of the catalogue, checked by [`ConfigReader::base_url`].
    pub fn url_key(&mut self, key: UrlKey) -> Result<String, Error> {
        self.base_url(key.name, key.default)
    }

    /// One of a choice key's values, the first when absent.
    pub fn choice_key(&mut self, key: ChoiceKey) -> Result<String, Error> {
        let values: Vec<&str> = key.choices.iter().map(|choice| choice.value).collect();
        match self.string(key.name)? {
            None => Ok(values.first().copied().unwrap_or_default().to_owned()),
            Some(value) if values.contains(&value.as_str()) => Ok(value),
            Some(_) => Err(Error::parameter(
                ErrorCode::InvalidParameter,
                key.name,
                format!("{} `{}` must be one of {}", self.kind, key.name, values.join(", ")),
            )),
        }
    }

    /// A base URL: `http://` or `https://`, without a trailing slash.
    pub fn base_url(&mut self, key: &str, default: Option<&str>) -> Result<String, Error> {
        let url = match (self.string(key)?, default) {
            (Some(url), _) => url,
            (None, Some(default)) => default.to_owned(),
            (None, None) => {
                return Err(Error::parameter(
                    ErrorCode::MissingParameter,
                    key,
                    format!("{} `{key}` is required", self.kind),
                ));
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
                format!("{} `{key}` must be an http:// or https:// URL", self.kind),
            ));
        }
        Ok(trimmed.to_owned())
    }

    fn kind_with_article(&self) -> String {
        let article = if self.kind.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
        format!("{article} {}", self.kind)
    }

    /// Fails on the first key that is not one of `provider`'s config keys in the catalogue.
    pub fn finish_config(self, provider: Provider) -> Result<(), Error> {
        self.finish(&keys::names(provider))
    }

    /// Fails on the first key nobody asked for.
    pub fn finish(self, known: &[&str]) -> Result<(), Error> {
        match self.entries.keys().next() {
            None => Ok(()),
            Some(key) => Err(Error::parameter(
                ErrorCode::UnknownParameter,
                key,
                format!(
                    "`{}` is not {} key; known keys: {}",
                    crate::excerpt::echo(key),
                    self.kind_with_article(),
                    known.join(", ")
                ),
            )),
        }
    }
}

/// The HTTP settings both clients share.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TransportConfig {
    /// Limit for one request, from connect to the last byte of the answer.
    pub timeout: Duration,
    pub connect_timeout: Duration,
    /// Limit for a whole call: every attempt, back-off, token renewal and re-login included.
    pub deadline: Duration,
    /// How many times a read is retried after a connect failure, a reset, a timeout or an HTTP
    /// 408/429/502/503/504 (a write only when the request never left).
    pub retries: u32,
    /// The ceiling of the first retry's random wait (full jitter); doubled for each further one.
    pub retry_backoff: Duration,
    /// The largest answer body accepted, counted after decompression.
    pub max_response_bytes: u64,
    pub user_agent: String,
    /// An explicit HTTP(S) proxy for every request; without it the usual proxy environment variables apply.
    pub proxy: Option<String>,
    /// Extra trust anchors (PEM text) for servers behind an internal CA or with a self-signed certificate.
    pub ca_certificates: Option<String>,
    /// Trust only `ca_certificates`, not the system's trust store.
    pub ca_certificates_only: bool,
    /// Pages a cursor fetches ahead while the caller works on the current one (0: none).
    pub prefetch: usize,
}

/// The default `max_response_bytes`, 32 MiB: far above any page the vendors send (a 1,000-row Zhibang table is about 1 MiB), far below
/// what hurts an ERP host.
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 32 * 1024 * 1024;

impl TransportConfig {
    pub fn read(reader: &mut ConfigReader) -> Result<TransportConfig, Error> {
        let config = TransportConfig {
            timeout: Duration::from_millis(reader.integer_key(keys::TIMEOUT_MS)?),
            connect_timeout: Duration::from_millis(reader.integer_key(keys::CONNECT_TIMEOUT_MS)?),
            deadline: Duration::from_millis(reader.integer_key(keys::DEADLINE_MS)?),
            retries: reader.integer_key(keys::RETRIES)? as u32,
            retry_backoff: Duration::from_millis(reader.integer_key(keys::RETRY_BACKOFF_MS)?),
            max_response_bytes: reader.integer_key(keys::MAX_RESPONSE_BYTES)?,
            user_agent: match reader.string(keys::USER_AGENT)? {
                Some(agent) => header_value(keys::USER_AGENT, agent)?,
                None => format!("aftersales/{}", crate::VERSION),
            },
            proxy: reader.string(keys::PROXY)?.filter(|proxy| !proxy.is_empty()),
            ca_certificates: reader.string(keys::CA_CERTIFICATES)?.map(read_pem).transpose()?,
            ca_certificates_only: reader.boolean_key(keys::CA_CERTIFICATES_ONLY)?,
            prefetch: reader.integer_key(keys::PREFETCH)? as usize,
        };
        if config.ca_certificates_only && config.ca_certificates.is_none() {
            return Err(Error::parameter(
                ErrorCode::MissingParameter,
                keys::CA_CERTIFICATES,
                "config `ca_certificates_only` needs `ca_certificates` (PEM text or a PEM file's path)",
            ));
        }
        Ok(config)
    }
}

/// A value that can travel in an HTTP header (no control characters such as CR or LF).
fn header_value(key: &str, value: String) -> Result<String, Error> {
    if reqwest::header::HeaderValue::from_str(&value).is_ok() {
        Ok(value)
    } else {
        Err(Error::parameter(
            ErrorCode::InvalidParameter,
            key,
            format!("config `{key}` must be printable text without line breaks (it is sent as an HTTP header)"),
        ))
    }
}

/// PEM text, given inline or as the path of a PEM file, holding at least one certificate.
fn read_pem(value: String) -> Result<String, Error> {
    let invalid = |message: String| Error::parameter(ErrorCode::InvalidParameter, keys::CA_CERTIFICATES, message);
    let pem = if value.contains("-----BEGIN") {
        value
    } else {
        std::fs::read_to_string(value.trim()).map_err(|error| {
            invalid(format!("config `ca_certificates` is neither PEM text nor a readable PEM file: {error}"))
        })?
    };
    match reqwest::Certificate::from_pem_bundle(pem.as_bytes()) {
        Ok(certificates) if !certificates.is_empty() => {}
        _ => return Err(invalid("config `ca_certificates` holds no valid PEM certificate".to_owned())),
    }
    // A PEM block may decode to bytes that are no certificate; the TLS stack refuses those only when the
    // client is built, which reads as a TLS failure. Each is checked here as the trust anchor it will be.
    let mut anchors = rustls::RootCertStore::empty();
    for certificate in CertificateDer::pem_slice_iter(pem.as_bytes()) {
        if certificate.ok().and_then(|der| anchors.add(der).ok()).is_none() {
            return Err(invalid(
                "config `ca_certificates` holds a PEM block that is not a valid certificate".to_owned(),
            ));
        }
    }
    Ok(pem)
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
        let error = config.finish_config(Provider::Zhibang).expect_err("unknown");
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

    #[test]
    fn header_values_and_trust_anchors_are_checked_where_read() {
        let error = TransportConfig::read(&mut reader(json!({"user_agent": "erp\r\nX-Evil: 1"}))).expect_err("CR/LF");
        assert_eq!((error.code(), error.parameter_name()), (ErrorCode::InvalidParameter, Some("user_agent")));
        let error = TransportConfig::read(&mut reader(json!({"ca_certificates": "/no/such.pem"}))).expect_err("path");
        assert_eq!(error.parameter_name(), Some("ca_certificates"));
        let not_a_certificate = "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n";
        let error = TransportConfig::read(&mut reader(json!({"ca_certificates": not_a_certificate}))).expect_err("DER");
        assert_eq!((error.code(), error.parameter_name()), (ErrorCode::InvalidParameter, Some("ca_certificates")));
        let error = TransportConfig::read(&mut reader(json!({"ca_certificates_only": true}))).expect_err("alone");
        assert_eq!(error.code(), ErrorCode::MissingParameter);
        let defaults = TransportConfig::read(&mut reader(json!({}))).expect("defaults");
        assert_eq!((defaults.deadline, defaults.max_response_bytes), (Duration::from_secs(60), 32 << 20));
    }
}
