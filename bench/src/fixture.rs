//! The one request every call benchmark makes, and the static answers nginx serves for it.
//!
//! The call is eshouhou `GetCustomerProject`: after one TokenApi request, each call is one GET answering
//! `{ResultCode, ErrorMsg, ResultValue: [20 display rows]}`, shaped like the vendor's own example
//! (shared/seeds/000_*.txt) with two more rows to make 20.

use serde_json::value::RawValue;
use serde_json::{Value, json};

/// The sandbox's eshouhou credentials (sandbox/README.md); nginx ignores them, the sandbox checks them.
pub const APP_ID: &str = "ysh54dd4f8arinfx";
pub const APP_SECRET: &str = "45e1cc23a7144a28ab110804491e3135";
pub const SERVICE_SPACE_ID: &str = "6a8251ba-ce64-46b7-a505-a4e560032706";
pub const HQ_NETWORK_ID: &str = "bd7fc093-0ccf-4335-9daf-10931b4e7c7d";
/// A project the sandbox knows (the vendor example's id).
pub const PROJECT_ID: &str = "a6fa4a6c-f0a8-4684-b09c-880cb29a61b9";

pub const TOKEN_PATH: &str = "/api/TokenApi";
pub const PROJECT_PATH: &str = "/open/v2/Customer/GetCustomerProject";

/// The token nginx hands out. It holds `+` and `/`, like real tokens, so URL-encoding is part of every call.
pub const STATIC_TOKEN: &str = "eXNoNTRkZDRmOGFyaW5meCY2YTgyNTFiYS1jZTY0LTQ2YjctYTUwNS1hNGU1NjAwMzI3MDYmMTIw+q/Zr";

/// Display rows in the answer: what the per-call overhead target is stated for.
pub const PROJECT_ROWS: usize = 20;

/// The Zhibang sandbox account.
pub const ZHIBANG_USER: &str = "apiuser";
pub const ZHIBANG_PASSWORD: &str = "sandbox-pass";

/// `params_json` of every library call: the network context comes from the client config.
pub fn project_params() -> String {
    json!({ "projectId": PROJECT_ID }).to_string()
}

/// The eshouhou client config for a server at `base_url`.
pub fn eshouhou_config(base_url: &str) -> Value {
    json!({
        "app_id": APP_ID,
        "app_secret": APP_SECRET,
        "base_url": base_url,
        "service_space_id": SERVICE_SPACE_ID,
        "service_network_id": HQ_NETWORK_ID,
    })
}

/// The Zhibang client config for a server at `base_url`.
pub fn zhibang_config(base_url: &str) -> Value {
    json!({ "base_url": base_url, "username": ZHIBANG_USER, "password": ZHIBANG_PASSWORD })
}

/// The query a hand-written client sends: what the library sends for the same call.
pub fn project_query(token: &str) -> [(&str, &str); 4] {
    [
        ("access_token", token),
        ("projectId", PROJECT_ID),
        ("serviceNetworkId", HQ_NETWORK_ID),
        ("serviceNetworkType", "1"),
    ]
}

/// TokenApi's answer as nginx serves it.
pub fn token_body() -> String {
    json!({"ResultCode": 0, "ErrorMsg": "", "ResultValue": {"access_token": STATIC_TOKEN, "expires_in": 7200}})
        .to_string()
}

/// GetCustomerProject's answer as nginx serves it: the vendor example's 18 rows plus two.
pub fn project_body() -> String {
    // Typed with PROJECT_ROWS so the row count cannot drift from what the report says.
    let rows: [(&str, &str); PROJECT_ROWS] = [
        ("项目编号", "CP00000097"),
        ("所属客户", "胡效鑫1"),
        ("项目名称", "花苑净水设备安装"),
        ("保修类型", "全保"),
        ("交付日期", "2022-11-02"),
        ("详细地址", "东郊森林公园-华北树木园"),
        ("所属区域", "北京市-北京市-通州区"),
        ("联系电话", "18539622352"),
        ("联系人", "胡效鑫"),
        ("项目描述", "222"),
        ("验收日期", "2022-11-02"),
        ("保修期限", "六个月"),
        ("保修开始日期", "2022-10-21"),
        ("保修截止日期", "2022-11-24"),
        ("项目类型", "企业项目"),
        ("默认服务网点", "ZJ"),
        ("备注", "1"),
        ("创建时间", "2022-10-27"),
        ("项目负责人", "王建国"),
        ("合同编号", "HT-2022-1027-003"),
    ];
    let result_value: Vec<Value> =
        rows.iter().map(|(key, value)| json!({"ShowType": 0, "Key": key, "Value": value})).collect();
    json!({"ResultCode": 0, "ErrorMsg": "", "ResultValue": result_value}).to_string()
}

/// The `ResultValue` of [`project_body`] as raw JSON, the form the library's normalizer starts from.
pub fn project_result_value() -> Box<RawValue> {
    let answer: Value = serde_json::from_str(&project_body()).unwrap_or(Value::Null);
    RawValue::from_string(answer["ResultValue"].to_string()).unwrap_or_else(|_| RawValue::NULL.to_owned())
}
