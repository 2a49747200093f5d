//! The `{ResultCode, ErrorMsg, ResultValue}` envelope every eshouhou answer shares (reference §2.3).

use serde::Deserialize;
use serde_json::Value;
use serde_json::value::RawValue;

use super::display_rows::{DisplayRows, VendorRow, from_vendor_rows};
use crate::error::Error;
use crate::lenient_json;

/// The payload of a successful answer as raw JSON (`None` when absent or null), parsed by the endpoint's
/// normalizer into the form it needs.
pub type ResultValue = Option<Box<RawValue>>;

/// A decoded answer.
#[derive(Debug)]
pub enum Reply<T = ResultValue> {
    /// `ResultCode` 0, with the payload.
    Success(T),
    /// Any other `ResultCode`, with `ErrorMsg`.
    Failure { code: String, message: String },
}

#[derive(Deserialize)]
struct Envelope<V> {
    #[serde(rename = "ResultCode", default)]
    code: Value,
    #[serde(rename = "ErrorMsg", default)]
    message: Value,
    #[serde(rename = "ResultValue", default)]
    value: V,
}

/// Decodes a body. `ResultCode` is documented as a string and shown as a number: both are accepted.
pub fn decode(body: &[u8]) -> Result<Reply, Error> {
    reply(lenient_json::parse::<Envelope<ResultValue>>(body)?)
}

/// Decodes a body whose `ResultValue` is display rows in one pass, the rows pointing into the body's
/// text instead of copies. Hands the body back for [`decode`] when it needs more than a strict reading
/// (not UTF-8, a byte order mark, control characters, another shape, no `ResultCode`): the answer, or
/// the error, is then exactly what the general path makes of it.
pub fn decode_display_rows(body: Vec<u8>) -> Result<Reply<DisplayRows>, Vec<u8>> {
    let text = String::from_utf8(body).map_err(|error| error.into_bytes())?;
    let read = serde_json::from_str::<Envelope<Option<Vec<VendorRow<'_>>>>>(&text)
        .ok()
        .and_then(|envelope| reply(envelope).ok());
    let rows = match read {
        Some(Reply::Success(rows)) => from_vendor_rows(&text, rows.unwrap_or_default()),
        Some(Reply::Failure { code, message }) => return Ok(Reply::Failure { code, message }),
        None => return Err(text.into_bytes()),
    };
    Ok(Reply::Success(DisplayRows::new(text, rows)))
}

fn reply<V>(envelope: Envelope<V>) -> Result<Reply<V>, Error> {
    let code = match envelope.code {
        Value::Number(number) => number.to_string(),
        Value::String(text) => text.trim().to_owned(),
        _ => return Err(Error::invalid_response("the eshouhou answer has no ResultCode")),
    };
    if code == "0" {
        return Ok(Reply::Success(envelope.value));
    }
    let message = match envelope.message {
        Value::String(text) => text,
        _ => String::new(),
    };
    Ok(Reply::Failure { code, message })
}

/// Whether a failure says the access token is missing, invalid or expired. The vendor documents no error
/// codes, so this reads the message: any mention of the token (token, 令牌, 凭证) or of expired/invalid
/// authorisation (授权 with 过期/失效/无效) counts.
pub fn is_token_refusal(message: &str) -> bool {
    let lower = message.to_lowercase();
    lower.contains("token")
        || message.contains("令牌")
        || message.contains("凭证")
        || (message.contains("授权") && ["过期", "失效", "无效"].iter().any(|word| message.contains(word)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;

    fn success(body: &[u8]) -> Option<String> {
        match decode(body) {
            Ok(Reply::Success(value)) => Some(value.map_or_else(|| "null".to_owned(), |raw| raw.get().to_owned())),
            _ => None,
        }
    }

    #[test]
    fn result_code_as_number_or_string() {
        assert_eq!(success(br#"{"ResultCode": 0, "ErrorMsg": "", "ResultValue": [1]}"#).as_deref(), Some("[1]"));
        assert_eq!(success(br#"{"ResultCode": "0", "ResultValue": {"a":1}}"#).as_deref(), Some(r#"{"a":1}"#));
        assert_eq!(success(br#"{"ResultCode": 0, "ResultValue": null}"#).as_deref(), Some("null"));
        match decode(r#"{"ResultCode": "1", "ErrorMsg": "签名验证失败"}"#.as_bytes()) {
            Ok(Reply::Failure { code, message }) => {
                assert_eq!((code.as_str(), message.as_str()), ("1", "签名验证失败"))
            }
            other => panic!("expected a failure, got {other:?}"),
        }
    }

    #[test]
    fn missing_result_code_is_invalid() {
        assert_eq!(decode(br#"{"a": 1}"#).expect_err("shape").code(), ErrorCode::InvalidResponse);
        assert_eq!(decode(b"[]").expect_err("shape").code(), ErrorCode::InvalidResponse);
    }

    #[test]
    fn token_refusals_are_recognised() {
        assert!(is_token_refusal("access_token无效或已过期"));
        assert!(is_token_refusal("Token expired"));
        assert!(is_token_refusal("授权已过期"));
        assert!(!is_token_refusal("未找到客户项目"));
    }
}
