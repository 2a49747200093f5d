//! The result of a call and its JSON envelope: `{"ok": true, "data", "meta"}` or
//! `{"ok": false, "error": {"code", "family", "message", "retryable", ...}}`.

use std::time::Instant;

use serde::Serialize;
use serde_json::Value;

use crate::catalogue::Provider;
use crate::error::{Error, ErrorCode, ErrorFamily};
use crate::eshouhou::DisplayRows;
use crate::page::Page;

/// A successful call: the normalized data and how it was obtained.
#[derive(Clone, Debug, PartialEq)]
pub struct Response {
    pub data: Data,
    pub meta: Meta,
}

/// The normalized result of a call: a JSON value, or a result kept typed because it has a fixed schema,
/// which is written into the envelope directly instead of through a JSON tree built for each call.
#[derive(Clone, Debug, PartialEq)]
pub enum Data {
    Json(Value),
    DisplayRows(DisplayRows),
    /// A list page, which a cursor reads without parsing it back.
    Page(Page),
}

impl Data {
    /// The result as a JSON value: exactly what the envelope's `data` holds.
    pub fn to_json(&self) -> Value {
        match self {
            Data::Json(value) => value.clone(),
            Data::DisplayRows(rows) => rows.to_json(),
            Data::Page(page) => page.to_json(),
        }
    }

    /// The result as a JSON value, without a copy where it is one already.
    pub fn into_json(self) -> Value {
        match self {
            Data::Json(value) => value,
            typed => typed.to_json(),
        }
    }

    /// The JSON value of a result that is not kept typed (bills, records, ...).
    pub fn as_json(&self) -> Option<&Value> {
        match self {
            Data::Json(value) => Some(value),
            Data::DisplayRows(_) | Data::Page(_) => None,
        }
    }

    /// The same, to take parts out of it.
    pub fn as_json_mut(&mut self) -> Option<&mut Value> {
        match self {
            Data::Json(value) => Some(value),
            Data::DisplayRows(_) | Data::Page(_) => None,
        }
    }

    /// The page of a list endpoint.
    pub fn as_page(&self) -> Option<&Page> {
        match self {
            Data::Page(page) => Some(page),
            Data::Json(_) | Data::DisplayRows(_) => None,
        }
    }
}

impl From<Value> for Data {
    fn from(value: Value) -> Data {
        Data::Json(value)
    }
}

impl Serialize for Data {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Data::Json(value) => value.serialize(serializer),
            Data::DisplayRows(rows) => rows.serialize(serializer),
            Data::Page(page) => page.serialize(serializer),
        }
    }
}

/// How a call went, beyond its data.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Meta {
    pub provider: Provider,
    pub endpoint: &'static str,
    /// HTTP requests this call made, counting retries and any login or token renewal it needed.
    pub requests: u32,
    /// Whether the call had to renew the token or log in again after the vendor refused the old one.
    pub reauthenticated: bool,
    pub elapsed_ms: f64,
    /// The call's id, also in its log events (absent for a cursor's end, which makes no call).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// Cursor pages only: true when no page follows this one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub done: Option<bool>,
}

impl Meta {
    pub fn new(provider: Provider, endpoint: &'static str, started: Instant) -> Meta {
        Meta {
            provider,
            endpoint,
            requests: 0,
            reauthenticated: false,
            elapsed_ms: elapsed_ms(started),
            request_id: None,
            done: None,
        }
    }
}

/// Milliseconds since `started`, to the microsecond.
pub fn elapsed_ms(started: Instant) -> f64 {
    (started.elapsed().as_micros() as f64) / 1000.0
}

#[derive(Serialize)]
struct Failure<'a> {
    ok: bool,
    error: ErrorView<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    meta: Option<FailureMeta>,
}

/// A cursor page's failure says whether the walk is over, as its successful pages do.
#[derive(Serialize)]
struct FailureMeta {
    done: bool,
}

#[derive(Serialize)]
struct ErrorView<'a> {
    code: ErrorCode,
    family: ErrorFamily,
    message: &'a str,
    retryable: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    parameter: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    http_status: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    vendor_code: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    vendor_message: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    captcha_url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    request_id: Option<&'a str>,
}

/// The envelope of a successful call.
pub fn success_json(response: &Response) -> String {
    String::from_utf8(success_bytes(response)).unwrap_or_else(|_| written_badly())
}

/// The same in bytes, written into one buffer: `{"ok":true,"data":...,"meta":...}` exactly as serde_json
/// writes such a struct, display rows by their own writer.
pub fn success_bytes(response: &Response) -> Vec<u8> {
    let hint = match &response.data {
        Data::DisplayRows(rows) => rows.json_size_hint(),
        Data::Json(_) | Data::Page(_) => 0,
    };
    let mut out = Vec::with_capacity(hint + 256);
    out.extend_from_slice(br#"{"ok":true,"data":"#);
    let data = match &response.data {
        Data::DisplayRows(rows) => rows.write_json(&mut out),
        data => serde_json::to_writer(&mut out, data),
    };
    out.extend_from_slice(br#","meta":"#);
    match data.and_then(|()| serde_json::to_writer(&mut out, &response.meta)) {
        Ok(()) => {
            out.push(b'}');
            out
        }
        Err(_) => written_badly().into_bytes(),
    }
}

fn written_badly() -> String {
    failure_json(&Error::new(ErrorCode::InternalError, "the result could not be written as JSON"))
}

/// The envelope of a failed call.
pub fn failure_json(error: &Error) -> String {
    let envelope = Failure {
        ok: false,
        error: ErrorView {
            code: error.code(),
            family: error.code().family(),
            message: error.message(),
            retryable: error.retryable(),
            parameter: error.parameter_name(),
            http_status: error.http_status(),
            vendor_code: error.vendor_code(),
            vendor_message: error.vendor_message(),
            captcha_url: error.captcha_url(),
            request_id: error.request_id(),
        },
        meta: error.walk_done().map(|done| FailureMeta { done }),
    };
    serde_json::to_string(&envelope).expect("an error envelope holds only strings, numbers and booleans")
}

/// Either envelope for a call's outcome.
pub fn envelope_json(outcome: &Result<Response, Error>) -> String {
    match outcome {
        Ok(response) => success_json(response),
        Err(error) => failure_json(error),
    }
}

/// The same in bytes, for the C boundary, which needs no `String`.
pub fn envelope_bytes(outcome: &Result<Response, Error>) -> Vec<u8> {
    match outcome {
        Ok(response) => success_bytes(response),
        Err(error) => failure_json(error).into_bytes(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn failure_carries_code_family_and_vendor_fields() {
        let error =
            Error::new(ErrorCode::VendorError, "eshouhou said no").with_vendor(Some("1".into()), "签名验证失败");
        let envelope: Value = serde_json::from_str(&failure_json(&error)).expect("json");
        assert_eq!(
            envelope,
            json!({"ok": false, "error": {"code": "vendor_error", "family": "vendor", "message": "eshouhou said no",
                "retryable": false, "vendor_code": "1", "vendor_message": "签名验证失败"}})
        );
    }

    #[test]
    fn success_has_data_and_meta() {
        let response = Response {
            data: json!({"rows": []}).into(),
            meta: Meta { requests: 2, ..Meta::new(Provider::Zhibang, "service_list", Instant::now()) },
        };
        let envelope: Value = serde_json::from_str(&success_json(&response)).expect("json");
        assert_eq!(envelope["ok"], json!(true));
        assert_eq!(envelope["data"], json!({"rows": []}));
        assert_eq!(envelope["meta"]["endpoint"], json!("service_list"));
        assert_eq!(envelope["meta"]["requests"], json!(2));
        assert!(envelope["meta"].get("done").is_none());
    }
}
