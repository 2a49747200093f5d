//! The `{ResultCode, ErrorMsg, ResultValue}` envelope every eshouhou answer shares (reference §2.3).

use serde::Deserialize;
use serde_json::Value;
use serde_json::value::RawValue;

use crate::error::Error;
use crate::lenient_json;

/// The payload of a successful answer as raw JSON (`None` when absent or null), parsed by the endpoint's
/// normalizer into the form it needs.
pub type ResultValue = Option<Box<RawValue>>;

/// A decoded answer.
#[derive(Debug)]
pub enum Reply {
    /// `ResultCode` 0, with the payload.
    Success(ResultValue),
    /// Any other `ResultCode`, with `ErrorMsg`.
    Failure { code: String, message: String },
}

#[derive(Deserialize)]
struct Envelope {
    #[serde(rename = "ResultCode", default)]
    code: Value,
    #[serde(rename = "ErrorMsg", default)]
    message: Value,
    #[serde(rename = "ResultValue", default)]
    value: ResultValue,
}

/// Decodes a body. `ResultCode` is documented as a string and shown as a number: both are accepted.
pub fn decode(body: &[u8]) -> Result<Reply, Error> {
    let envelope: Envelope = lenient_json::parse(body)?;
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
