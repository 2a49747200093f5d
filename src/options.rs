//! What a caller may set for one call (or one cursor) instead of the client's config: its deadline, its
//! per-request timeout, its request id, and a cancel token.

use std::time::Duration;

use serde_json::{Map, Value};

use crate::cancel::CancelToken;
use crate::config::ConfigReader;
use crate::error::{Error, ErrorCode};

/// One call's overrides; the default changes nothing.
#[derive(Clone, Debug, Default)]
pub struct CallOptions {
    /// Replaces the config's `deadline_ms` for this call.
    pub deadline: Option<Duration>,
    /// Replaces the config's `timeout_ms` (one request) for this call.
    pub timeout: Option<Duration>,
    /// The host's own id for the call, instead of a generated one.
    pub request_id: Option<String>,
    pub cancel: Option<CancelToken>,
    /// For a cursor: pages fetched ahead, replacing the config's `prefetch`.
    pub prefetch: Option<usize>,
}

impl CallOptions {
    /// The option keys of `options_json`.
    pub const KEYS: &'static [&'static str] = &["deadline_ms", "timeout_ms", "request_id", "prefetch"];

    /// Options from a JSON object (`deadline_ms`, `timeout_ms`, `request_id`), checked as strictly as a
    /// config: unknown keys are errors.
    pub fn from_map(map: Map<String, Value>, cancel: Option<CancelToken>) -> Result<CallOptions, Error> {
        let mut reader = ConfigReader::options(map);
        let millis = |reader: &mut ConfigReader, key: &str| -> Result<Option<Duration>, Error> {
            if !reader.has(key) {
                return Ok(None);
            }
            Ok(Some(Duration::from_millis(reader.integer(key, 0, 1, 3_600_000)?)))
        };
        let deadline = millis(&mut reader, "deadline_ms")?;
        let timeout = millis(&mut reader, "timeout_ms")?;
        let request_id = match reader.string("request_id")? {
            Some(id) if is_request_id(&id) => Some(id),
            Some(_) => {
                return Err(Error::parameter(
                    ErrorCode::InvalidParameter,
                    "request_id",
                    "option `request_id` must be 1 to 64 printable ASCII characters without spaces",
                ));
            }
            None => None,
        };
        let prefetch = match reader.has("prefetch") {
            true => Some(reader.integer("prefetch", 0, 0, crate::paging::MOST_PREFETCH as u64)? as usize),
            false => None,
        };
        reader.finish(CallOptions::KEYS)?;
        Ok(CallOptions { deadline, timeout, request_id, cancel, prefetch })
    }
}

/// A request id travels into logs and messages: short, printable, one word.
fn is_request_id(id: &str) -> bool {
    (1..=64).contains(&id.len()) && id.bytes().all(|byte| byte.is_ascii_graphic())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn read(value: Value) -> Result<CallOptions, Error> {
        CallOptions::from_map(value.as_object().cloned().unwrap_or_default(), None)
    }

    #[test]
    fn options_are_read_strictly() {
        let options = read(json!({"deadline_ms": 3000, "request_id": "erp-42"})).expect("options");
        assert_eq!((options.deadline, options.timeout), (Some(Duration::from_secs(3)), None));
        assert_eq!(options.request_id.as_deref(), Some("erp-42"));
        assert_eq!(read(json!({"deadline": 3})).expect_err("unknown").parameter_name(), Some("deadline"));
        assert_eq!(read(json!({"timeout_ms": 0})).expect_err("range").parameter_name(), Some("timeout_ms"));
        assert_eq!(read(json!({"request_id": "a b"})).expect_err("space").parameter_name(), Some("request_id"));
    }
}
