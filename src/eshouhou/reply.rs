//! The `{ResultCode, ErrorMsg, ResultValue}` envelope every eshouhou answer shares (reference §2.3).

use serde_json::Value;

use crate::error::Error;
use crate::lenient_json;

/// A decoded answer.
#[derive(Debug, PartialEq)]
pub enum Reply {
    /// `ResultCode` 0: the payload.
    Success(Value),
    /// Any other `ResultCode`, with `ErrorMsg`.
    Failure { code: String, message: String },
}

/// Decodes a body. `ResultCode` is documented as a string and shown as a number: both are accepted.
pub fn decode(body: &[u8]) -> Result<Reply, Error> {
    let Value::Object(mut envelope) = lenient_json::parse(body)? else {
        return Err(Error::invalid_response("the eshouhou answer is not a JSON object"));
    };
    let code = match envelope.get("ResultCode") {
        Some(Value::Number(number)) => number.to_string(),
        Some(Value::String(text)) => text.trim().to_owned(),
        _ => return Err(Error::invalid_response("the eshouhou answer has no ResultCode")),
    };
    if code == "0" {
        return Ok(Reply::Success(envelope.remove("ResultValue").unwrap_or(Value::Null)));
    }
    let message = match envelope.remove("ErrorMsg") {
        Some(Value::String(text)) => text,
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
    use serde_json::json;

    use super::*;
    use crate::error::ErrorCode;

    #[test]
    fn result_code_as_number_or_string() {
        assert_eq!(
            decode(br#"{"ResultCode": 0, "ErrorMsg": "", "ResultValue": [1]}"#).ok(),
            Some(Reply::Success(json!([1])))
        );
        assert_eq!(
            decode(br#"{"ResultCode": "0", "ResultValue": {"a": 1}}"#).ok(),
            Some(Reply::Success(json!({"a": 1})))
        );
        assert_eq!(
            decode(r#"{"ResultCode": "1", "ErrorMsg": "签名验证失败"}"#.as_bytes()).ok(),
            Some(Reply::Failure { code: "1".into(), message: "签名验证失败".into() })
        );
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
