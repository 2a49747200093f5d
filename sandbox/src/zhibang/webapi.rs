//! Family B, `POST /webapi/v3/...` (reference §1, §8.9): named JSON fields, the session in the
//! `ZBAPI-Token` header, answers `{"Code", "Msg", ...}`.

use std::collections::HashMap;

use axum::http::HeaderMap;
use axum::response::Response;
use serde_json::{Value, json};

use super::data::{self, DEPARTMENTS, USERS};
use super::document;
use super::request;
use crate::server;
use crate::state::State;

const USER_LIST: &str = "/webapi/v3/orgs/user/list";
const DEPARTMENT_LIST: &str = "/webapi/v3/orgs/dept/list";
const DEFAULT_PAGE_SIZE: usize = 20;

/// Family B is everything under `/webapi/v3/` except the family-A login and logout (`ov1`).
pub fn serves(path: &str) -> bool {
    path.starts_with("/webapi/v3/") && !path.starts_with("/webapi/v3/ov1/")
}

pub fn server_error() -> Value {
    json!({"Code": 500, "Msg": "服务器内部错误"})
}

pub fn handle(state: &State, path: &str, headers: &HeaderMap, body: &[u8]) -> Response {
    if path != USER_LIST && path != DEPARTMENT_LIST {
        return server::not_found();
    }
    let token = headers.get("ZBAPI-Token").and_then(|token| token.to_str().ok()).unwrap_or_default();
    let answer = if state.zhibang.sessions.check(token.trim(), state.config.session_idle_timeout).is_err() {
        state.counters.session_rejected();
        json!({"Code": 400, "Msg": "token无效，请重新登录"})
    } else {
        match request::web_api_fields(body) {
            Err(_) => json!({"Code": 300, "Msg": "请求参数格式错误"}),
            Ok(_) if path == DEPARTMENT_LIST => departments(),
            Ok(fields) => users(&fields),
        }
    };
    document::respond(answer, state.quirks())
}

fn users(fields: &HashMap<String, String>) -> Value {
    let field = |name: &str| fields.get(name).map_or("", |value| value.trim());
    let positive = |name: &str| field(name).parse::<usize>().ok().filter(|number| *number > 0);
    let page_size = positive("page_size").unwrap_or(DEFAULT_PAGE_SIZE);
    let page_index = positive("page_index").unwrap_or(1);
    let status = field("userstatus");
    let departments = field("orgsid").parse::<u64>().ok().map(data::department_and_below);
    let matching: Vec<&data::User> = USERS
        .iter()
        .filter(|user| match status {
            "1" => !user.frozen,
            "2" => user.frozen,
            _ => true,
        })
        .filter(|user| user.name.contains(field("name")) && user.username.contains(field("username")))
        .filter(|user| {
            field("orgsid").is_empty() || departments.as_ref().is_some_and(|ids| ids.contains(&user.department))
        })
        .collect();
    let total = matching.len();
    let rows: Vec<Value> = matching
        .iter()
        .skip((page_index - 1).saturating_mul(page_size))
        .take(page_size)
        .map(|user| {
            json!([
                user.ord.to_string(),
                user.username,
                format!("ZB{:04}", user.ord),
                user.name,
                if user.frozen { "2" } else { "1" },
                user.department.to_string(),
                data::department_name(user.department),
            ])
        })
        .collect();
    let cols = ["ord", "username", "ygid", "name", "status", "orgsid", "partname"].map(|id| json!({"id": id}));
    json!({
        "Code": 200,
        "Msg": "获取成功",
        "Page": {"RecordCount": total, "PageSize": page_size, "PageIndex": page_index, "PageCount": total.div_ceil(page_size)},
        "Cols": cols,
        "Rows": rows,
    })
}

/// `fullpath` is the chain of department names from the company down, joined with `/`.
fn departments() -> Value {
    let data: Vec<Value> = DEPARTMENTS
        .iter()
        .map(|department| {
            let mut names = vec![department.name];
            let mut parent = department.parent;
            while let Some(above) = DEPARTMENTS.iter().find(|candidate| candidate.id == parent) {
                names.push(above.name);
                parent = above.parent;
            }
            names.reverse();
            json!({
                "NodeId": department.id,
                "ParentId": department.parent,
                "NodeText": department.name,
                "fullpath": names.join("/"),
            })
        })
        .collect();
    json!({"Code": 200, "Msg": "获取成功", "Data": data})
}
