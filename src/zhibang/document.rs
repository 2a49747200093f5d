//! Zhibang answers: the family-A ZBDocument `{header, body}` (reference §4) and the family-B
//! `{Code, Msg, ...}` object (§6.5), with what their status says about the session.

use serde_json::{Map, Value};

use crate::error::Error;
use crate::lenient_json;

/// A decoded ZBDocument.
#[derive(Debug)]
pub struct Document {
    /// `header.status` as sent (number or string); 0 means accepted.
    pub status: String,
    pub message: String,
    pub session: Option<String>,
    pub server_version: Option<String>,
    pub body: Map<String, Value>,
}

impl Document {
    pub fn accepted(&self) -> bool {
        self.status == "0"
    }

    /// `body.model`: which payload the body carries (`source`, `bill`, `message`, `init`, ...).
    pub fn model(&self) -> &str {
        self.body.get("model").and_then(Value::as_str).unwrap_or("")
    }

    /// Takes the payload named by `body.model`.
    pub fn take_payload(&mut self, model: &str) -> Option<Value> {
        self.body.remove(model)
    }
}

/// Decodes a family-A body. `header.status` may be a number or a string (`"0"`, `"11"`).
pub fn decode(body: &[u8]) -> Result<Document, Error> {
    let Value::Object(mut document) = lenient_json::parse(body)? else {
        return Err(Error::invalid_response("the Zhibang answer is not a JSON object"));
    };
    let Some(Value::Object(mut header)) = document.remove("header") else {
        return Err(Error::invalid_response("the Zhibang answer has no header"));
    };
    let status = match header.get("status") {
        Some(Value::Number(number)) => number.to_string(),
        Some(Value::String(text)) => text.trim().to_owned(),
        _ => return Err(Error::invalid_response("the Zhibang answer has no header.status")),
    };
    let mut text = |key: &str| match header.remove(key) {
        Some(Value::String(text)) if !text.is_empty() => Some(text),
        _ => None,
    };
    Ok(Document {
        status,
        message: text("message").unwrap_or_default(),
        session: text("session"),
        server_version: text("appversion"),
        body: match document.remove("body") {
            Some(Value::Object(body)) => body,
            _ => Map::new(),
        },
    })
}

/// What a non-zero status means for the caller.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The session is gone (timed out, logged out, invalid): log in again and retry once.
    SessionExpired,
    /// Another login of the same account ended the session: log in again and retry once.
    SessionKicked,
    /// The account is frozen or unknown: never retried.
    AccountDisabled,
    /// Anything else (e.g. status 11, a runtime error on the server).
    Other,
}

/// Reads a non-zero status and its message (the session texts of reference §6.2). Status 1 with an
/// unknown message is taken as a session time-out, as the vendor's own JavaScript does.
pub fn classify(status: &str, message: &str) -> Refusal {
    if message.contains("冻结") || message.contains("用户名无效") {
        Refusal::AccountDisabled
    } else if message.contains("已在") && message.contains("登录") {
        Refusal::SessionKicked
    } else if ["会话", "未登录", "下线", "被挂起", "重新登录"].iter().any(|phrase| message.contains(phrase))
        || status == "1"
    {
        Refusal::SessionExpired
    } else {
        Refusal::Other
    }
}

/// A decoded family-B answer.
#[derive(Debug)]
pub struct WebApiReply {
    /// `Code` as sent (number or string): 200 success, 300 failed, 400 token invalid, 500 server error.
    pub code: String,
    pub message: String,
    pub object: Map<String, Value>,
}

pub fn decode_web_api(body: &[u8]) -> Result<WebApiReply, Error> {
    let Value::Object(mut object) = lenient_json::parse(body)? else {
        return Err(Error::invalid_response("the Zhibang web API answer is not a JSON object"));
    };
    let code = match object.remove("Code").or_else(|| object.remove("code")) {
        Some(Value::Number(number)) => number.to_string(),
        Some(Value::String(text)) => text.trim().to_owned(),
        _ => return Err(Error::invalid_response("the Zhibang web API answer has no Code")),
    };
    let message = match object.remove("Msg").or_else(|| object.remove("msg")) {
        Some(Value::String(text)) => text,
        _ => String::new(),
    };
    Ok(WebApiReply { code, message, object })
}

/// A decoded family-C answer.
#[derive(Debug)]
pub struct HandlerReply {
    pub flag: bool,
    /// `code` as sent: 200 success, 300 failed, 400 token invalid, 500 server error.
    pub code: String,
    pub message: String,
    pub datas: Value,
}

pub fn decode_handler(body: &[u8]) -> Result<HandlerReply, Error> {
    let Value::Object(mut object) = lenient_json::parse(body)? else {
        return Err(Error::invalid_response("the Zhibang apiHelper answer is not a JSON object"));
    };
    let code = match object.remove("code").or_else(|| object.remove("Code")) {
        Some(Value::Number(number)) => number.to_string(),
        Some(Value::String(text)) => text.trim().to_owned(),
        _ => return Err(Error::invalid_response("the Zhibang apiHelper answer has no code")),
    };
    let flag = match object.remove("flag") {
        Some(Value::Bool(flag)) => flag,
        Some(Value::String(text)) => text.eq_ignore_ascii_case("true"),
        _ => code == "200",
    };
    let message = match object.remove("msg").or_else(|| object.remove("Msg")) {
        Some(Value::String(text)) => text,
        _ => String::new(),
    };
    Ok(HandlerReply { flag, code, message, datas: object.remove("datas").unwrap_or(Value::Null) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_as_number_or_string() {
        let document =
            decode(r#"{"header": {"status": "0", "message": "ok"}, "body": {"model": "bill", "bill": {}}}"#.as_bytes())
                .expect("document");
        assert!(document.accepted());
        assert_eq!(document.model(), "bill");
        let login = decode(
            r#"{"header": {"status": 0, "message": "API鉴权成功.", "session": "abc", "appversion": "32.17"}}"#
                .as_bytes(),
        )
        .expect("login");
        assert!(login.accepted());
        assert_eq!((login.session.as_deref(), login.server_version.as_deref()), (Some("abc"), Some("32.17")));
        assert!(decode(br#"{"body": {}}"#).is_err());
    }

    #[test]
    fn session_texts_are_classified() {
        assert_eq!(classify("1", "会话超时，请您重新登录。"), Refusal::SessionExpired);
        assert_eq!(classify("1", "非法访问，未登录系统。"), Refusal::SessionExpired);
        assert_eq!(classify("1", "您的账号已在其它移动设备上登录，请您重新登录。"), Refusal::SessionKicked);
        assert_eq!(classify("2", "您的账号已经下线退出。"), Refusal::SessionExpired);
        assert_eq!(classify("1", "用户被冻结。"), Refusal::AccountDisabled);
        assert_eq!(classify("1", ""), Refusal::SessionExpired);
        assert_eq!(classify("11", "服务器异常: 【数据库连接失败】"), Refusal::Other);
    }

    #[test]
    fn handler_answers_with_flag_code_and_datas() {
        let reply = decode_handler(r#"{"flag": true, "code": 200, "msg": "ok", "datas": [{"ID": 1}]}"#.as_bytes())
            .expect("reply");
        assert!(reply.flag);
        assert_eq!((reply.code.as_str(), reply.datas.clone()), ("200", serde_json::json!([{"ID": 1}])));
        let refused = decode_handler(br#"{"flag": "false", "code": "400", "msg": "token"}"#).expect("reply");
        assert!(!refused.flag);
        assert!(decode_handler(br#"{"flag": true}"#).is_err());
    }

    #[test]
    fn web_api_code_as_number_or_string() {
        let reply = decode_web_api(r#"{"Code": "400", "Msg": "token无效"}"#.as_bytes()).expect("reply");
        assert_eq!((reply.code.as_str(), reply.message.as_str()), ("400", "token无效"));
        assert!(decode_web_api(br#"{"Msg": "x"}"#).is_err());
    }
}
