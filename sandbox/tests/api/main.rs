//! Talks to a real sandbox over HTTP the way a client library would. Every test starts its own
//! sandbox, so the tests run in parallel without sharing state.

mod admin;
mod client;
mod eshouhou;
mod faults;
mod quirks;
mod zhibang;
mod zhibang_desk;
mod zhibang_pages;

use std::time::{SystemTime, UNIX_EPOCH};

use aftersales_sandbox::{
    ESHOUHOU_APP_ID, ESHOUHOU_APP_SECRET, Sandbox, SandboxConfig, ZHIBANG_PASSWORD, ZHIBANG_USER,
};
use md5::{Digest, Md5};
use serde_json::{Value, json};

pub fn start() -> Sandbox {
    start_with(SandboxConfig::default())
}

pub fn start_with(config: SandboxConfig) -> Sandbox {
    Sandbox::start(config).expect("sandbox starts")
}

pub fn now_ms() -> u128 {
    SystemTime::now().duration_since(UNIX_EPOCH).expect("clock").as_millis()
}

pub fn sign(timestamp: &str) -> String {
    let digest =
        Md5::new().chain_update(ESHOUHOU_APP_ID).chain_update(ESHOUHOU_APP_SECRET).chain_update(timestamp).finalize();
    digest.iter().map(|byte| format!("{byte:02X}")).collect()
}

/// A fresh eshouhou token, not yet URL-encoded.
pub fn eshouhou_token(base: &str) -> String {
    let timestamp = now_ms().to_string();
    let reply = client::get(
        base,
        &format!("/api/TokenApi?appid={ESHOUHOU_APP_ID}&timestamp={timestamp}&sign={}", sign(&timestamp)),
    );
    let answer = reply.json();
    assert_eq!(answer["ResultCode"], 0, "{answer}");
    answer["ResultValue"]["access_token"].as_str().expect("token").to_owned()
}

/// `GET path?query&access_token=...`, answering the envelope.
pub fn eshouhou_get(base: &str, token: &str, path: &str, query: &str) -> Value {
    let separator = if query.is_empty() { "" } else { "&" };
    client::get(base, &format!("{path}?{query}{separator}access_token={}", client::encode(token))).json()
}

pub fn login_datas(user: &str, password: &str, serial: &str) -> Value {
    json!({"session": "", "datas": [
        {"id": "user", "val": user},
        {"id": "password", "val": password},
        {"id": "serialnum", "val": serial},
    ]})
}

/// Logs `apiuser` in from device `serial`, answering the session.
pub fn zhibang_session(base: &str, serial: &str) -> String {
    let body = login_datas(&format!("txt:{ZHIBANG_USER}"), &format!("txt:{ZHIBANG_PASSWORD}"), serial);
    let answer = client::post_json(base, "/webapi/v3/ov1/login", &body).json();
    assert_eq!(answer["header"]["status"], 0, "{answer}");
    answer["header"]["session"].as_str().expect("session").to_owned()
}

/// A family-A page call.
pub fn zhibang_page(base: &str, session: &str, path: &str, cmdkey: &str, datas: &[(&str, Value)]) -> Value {
    let datas: Vec<Value> = datas.iter().map(|(id, val)| json!({"id": id, "val": val})).collect();
    client::post_json(base, path, &json!({"session": session, "cmdkey": cmdkey, "datas": datas})).json()
}

/// Column id → cell, for every row of a source table.
pub fn table_rows(answer: &Value) -> Vec<serde_json::Map<String, Value>> {
    let table = &answer["body"]["source"]["table"];
    let cols: Vec<&str> =
        table["cols"].as_array().expect("cols").iter().map(|col| col["id"].as_str().expect("id")).collect();
    table["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|row| {
            cols.iter().zip(row.as_array().expect("row")).map(|(id, cell)| ((*id).to_owned(), cell.clone())).collect()
        })
        .collect()
}

/// The fields of a bill, by id.
pub fn bill_fields(answer: &Value) -> serde_json::Map<String, Value> {
    answer["body"]["bill"]["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .flat_map(|group| group["fields"].as_array().expect("fields").iter())
        .map(|field| (field["id"].as_str().expect("id").to_owned(), field.clone()))
        .collect()
}
