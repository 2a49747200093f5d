//! The hostile-server suite (issue 9): scripted loopback servers that answer too much, redirect
//! elsewhere, echo credentials, go silent, reset, lie about charsets or speak TLS with their own CA, and
//! what the library promises in each case, checked through the built shared library.
//!
//! Every server binds `127.0.0.1:0`, every loop is bounded and every server thread ends by itself (see
//! [`server`]). The memory tests run in a child process with an address-space limit ([`memory`]).

mod charset;
mod deadlines;
mod memory;
mod redaction;
mod redirects;
mod retries;
mod server;
mod small;
mod tls;
mod writes;

use serde_json::{Value, json};

use crate::common::Client;
use server::{Reply, Request, Server};

/// A password that changes under every encoding: `@`, space, `+`, `/`, `"`, `<`, `>`.
pub const PASSWORD: &str = "p@ss w+rd/\"<x>";
/// A session the server hands out, with characters that change under encoding but may travel in a header.
pub const SESSION: &str = "SES+SION/ab==\"<y> z";
/// An eshouhou access token the way the vendor's base64 tokens look, with `+`, `/` and `=`.
pub const TOKEN: &str = "TOK+EN/abc==";
pub const APP_SECRET: &str = "app+sec/ret \"<s>\"";
pub const USER: &str = "apiuser";

pub const LOGIN: &str = "/webapi/v3/ov1/login";
pub const SERVICE_LIST: &str = "/sysa/mobilephone/salesmanage/service/list.asp";
pub const SERVICE_DETAIL: &str = "/sysa/mobilephone/salesmanage/service/add.asp";
pub const SERVICE_HANDLE: &str = "/sysa/mobilephone/salesmanage/service/chuli.asp";
pub const REPAIR_SAVE: &str = "/sysa/mobilephone/salesmanage/repair/dealadd.asp";
pub const USER_LIST: &str = "/webapi/v3/orgs/user/list";
pub const TOKEN_API: &str = "/api/TokenApi";
pub const SERVICE_SPACE: &str = "/api/CustomerService/GetServiceSpace";

/// A Zhibang client of `server` with fast retries; `extra` overrides any key.
pub fn zhibang(server: &Server, extra: Value) -> Client {
    zhibang_at(&server.url(), extra)
}

pub fn zhibang_at(base_url: &str, extra: Value) -> Client {
    let mut config = json!({
        "base_url": base_url,
        "username": USER,
        "password": PASSWORD,
        "retry_backoff_ms": 10,
        "timeout_ms": 5000,
        "deadline_ms": 15000,
    });
    merge(&mut config, extra);
    Client::new("zhibang", &config).unwrap_or_else(|error| panic!("zhibang client: {error}"))
}

/// An eshouhou client of `server` with fast retries; `extra` overrides any key.
pub fn eshouhou(server: &Server, extra: Value) -> Client {
    let mut config = json!({
        "app_id": "ysh-hostile",
        "app_secret": APP_SECRET,
        "base_url": server.url(),
        "service_space_id": "space-1",
        "retry_backoff_ms": 10,
        "timeout_ms": 5000,
        "deadline_ms": 15000,
    });
    merge(&mut config, extra);
    Client::new("eshouhou", &config).unwrap_or_else(|error| panic!("eshouhou client: {error}"))
}

fn merge(config: &mut Value, extra: Value) {
    if let (Value::Object(config), Value::Object(extra)) = (config, extra) {
        config.extend(extra);
    }
}

/// What a Zhibang v3 login answers.
pub fn login_answer(session: &str) -> Reply {
    Reply::json(
        200,
        &json!({"header": {"status": 0, "message": "API鉴权成功.", "session": session, "appversion": "32.17"}}),
    )
}

/// A family-A page answer with status 0.
pub fn document(body: Value) -> Value {
    json!({"header": {"status": 0, "message": "ok"}, "body": body})
}

/// A source table with columns `ord`, `title` and the given rows.
pub fn table(rows: &[[&str; 2]]) -> Value {
    let rows: Vec<Value> = rows.iter().map(|row| json!(row)).collect();
    document(json!({
        "model": "source",
        "source": {"type_": "table", "table": {
            "cols": [{"id": "ord", "dbtype": "int"}, {"id": "title", "dbtype": "varchar"}],
            "rows": rows,
            "page": {"recordcount": rows.len(), "pagesize": 20, "pagecount": 1, "pageindex": 1},
        }},
    }))
}

/// A command's answer: a message in prose.
pub fn message(text: &str) -> Value {
    document(json!({"model": "message", "message": {"title": "提示", "text": text}}))
}

/// A bill whose fields hold `values` (field id, value), as `service_detail` answers.
pub fn bill(values: &[(&str, &str)]) -> Value {
    let fields: Vec<Value> = values
        .iter()
        .map(|(id, value)| {
            json!({"id": id, "caption": id, "dbtype": "varchar", "type_": "text", "text": value, "value": value,
                   "notnull": false, "maxl": 0})
        })
        .collect();
    document(json!({
        "model": "bill",
        "bill": {"id": "service", "caption": "售后服务", "value": "7",
                 "groups": [{"id": "base", "caption": "基本信息", "visible": true, "fields": fields}]},
    }))
}

/// A Zhibang server: logs in with [`SESSION`] and hands every other request to `other`.
pub fn zhibang_server(other: impl Fn(&Request, usize) -> Reply + Send + Sync + 'static) -> Server {
    Server::start(
        move |request, index| {
            if request.path() == LOGIN { login_answer(SESSION) } else { other(request, index) }
        },
    )
}

/// An eshouhou envelope.
pub fn eshouhou_answer(value: Value) -> Reply {
    Reply::json(200, &json!({"ResultCode": 0, "ErrorMsg": "", "ResultValue": value}))
}

/// An eshouhou server: TokenApi issues [`TOKEN`], every other request goes to `other`.
pub fn eshouhou_server(other: impl Fn(&Request, usize) -> Reply + Send + Sync + 'static) -> Server {
    Server::start(move |request, index| {
        if request.path() == TOKEN_API {
            eshouhou_answer(json!({"access_token": TOKEN, "expires_in": 7200}))
        } else {
            other(request, index)
        }
    })
}

/// A valid `service_handle` call.
pub fn handling() -> Value {
    json!({"ord": 7, "cateid": "61", "cate": "62", "intro": "171", "info1": "更换滤芯，客户确认水质正常。"})
}

/// Every spelling a secret may take on its way back: raw, percent-encoded (every byte, or all but the
/// unreserved ones; upper- and lower-case hex), form-encoded, JSON-escaped and HTML-escaped. Written out
/// here rather than borrowed from the library, so the test does not share the library's blind spots.
pub fn spellings(secret: &str) -> Vec<String> {
    let percent = |keep: &dyn Fn(u8) -> bool, space: &str, lower: bool| -> String {
        secret
            .bytes()
            .map(|byte| match byte {
                b' ' if !space.is_empty() => space.to_owned(),
                byte if keep(byte) => char::from(byte).to_string(),
                byte if lower => format!("%{byte:02x}"),
                byte => format!("%{byte:02X}"),
            })
            .collect()
    };
    let unreserved = |byte: u8| byte.is_ascii_alphanumeric() || b"-._~".contains(&byte);
    let form_safe = |byte: u8| byte.is_ascii_alphanumeric() || b"*-._".contains(&byte);
    let alphanumeric = |byte: u8| byte.is_ascii_alphanumeric();
    let json = serde_json::to_string(secret).expect("a string serializes");
    let html = secret
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;");
    let mut spellings = vec![
        secret.to_owned(),
        percent(&alphanumeric, "", false),
        percent(&alphanumeric, "", true),
        percent(&unreserved, "", false),
        percent(&unreserved, "", true),
        percent(&form_safe, "+", false),
        percent(&form_safe, "+", true),
        json.trim_matches('"').to_owned(),
        html,
    ];
    spellings.dedup();
    spellings
}

/// Every string in a JSON value (keys included).
fn strings(value: &Value, found: &mut Vec<String>) {
    match value {
        Value::String(text) => found.push(text.clone()),
        Value::Array(items) => items.iter().for_each(|item| strings(item, found)),
        Value::Object(members) => {
            for (key, member) in members {
                found.push(key.clone());
                strings(member, found);
            }
        }
        _ => {}
    }
}

/// No field of `envelope` holds any secret in any spelling, nor the telling core of one (`fragments`:
/// a part of a secret that survives when a page's markup or a cut takes the rest away).
#[track_caller]
pub fn assert_no_leak(envelope: &Value, secrets: &[&str], fragments: &[&str]) {
    crate::common::assert_no_secret(envelope);
    let mut texts = vec![envelope.to_string()];
    strings(envelope, &mut texts);
    for secret in secrets {
        for spelling in spellings(secret) {
            for text in &texts {
                assert!(!text.contains(&spelling), "`{spelling}` (a form of `{secret}`) leaked: {envelope}");
            }
        }
    }
    for fragment in fragments {
        for spelling in spellings(fragment) {
            for text in &texts {
                assert!(!text.contains(&spelling), "`{spelling}` (part of a secret) leaked: {envelope}");
            }
        }
    }
}

/// The fragments of this suite's secrets that must never show, whatever was cut around them.
pub const FRAGMENTS: &[&str] = &["w+rd", "SES+SION", "TOK+EN", "sec/ret"];

/// The error object of a failed envelope, with the checks every failure gets: its `family` is the
/// code's, and nothing leaked.
#[track_caller]
pub fn failure(envelope: Value, code: &str, family: &str, retryable: bool) -> Value {
    assert_no_leak(&envelope, &[PASSWORD, SESSION, TOKEN, APP_SECRET], FRAGMENTS);
    let error = crate::common::failed(envelope, code);
    assert_eq!((error["family"].as_str(), error["retryable"].as_bool()), (Some(family), Some(retryable)), "{error}");
    error
}

/// A success envelope, with nothing leaked.
#[track_caller]
pub fn success(envelope: Value) -> Value {
    assert_no_leak(&envelope, &[PASSWORD, SESSION, TOKEN, APP_SECRET], FRAGMENTS);
    crate::common::ok(envelope)
}
