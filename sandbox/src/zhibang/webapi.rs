//! Family B, `POST /webapi/v3/...` (reference §1, §8.9): named JSON fields, the session in the
//! `ZBAPI-Token` header, answers `{"Code", "Msg", ...}`; and family C, the apiHelper handlers
//! (`POST /webapi/api/ZBServices/webapi/.../<Handler>/<Method>`): `{"Token", "Datas"}` in, `{"flag",
//! "code", "msg", "datas"}` out.

use axum::http::HeaderMap;
use axum::response::Response;
use serde_json::{Value, json};

use super::books::Ledger;
use super::document;
use super::request::WebPost;
use super::{Zhibang, crm, orgs, products, sales, stock};
use crate::server;
use crate::state::State;

const HANDLERS: &str = "/webapi/api/zbservices/webapi/";

/// Family B is everything under `/webapi/v3/` except the family-A login and logout (`ov1`); family C is
/// under `/webapi/api/`.
pub fn serves(path: &str) -> bool {
    (path.starts_with("/webapi/v3/") && !path.starts_with("/webapi/v3/ov1/")) || path.starts_with("/webapi/api/")
}

/// An injected vendor error in the family's own form.
pub fn server_error(path: &str) -> Value {
    if path.starts_with("/webapi/api/") {
        json!({"flag": false, "code": 500, "msg": "服务器内部错误", "datas": null})
    } else {
        json!({"Code": 500, "Msg": "服务器内部错误"})
    }
}

type Answer = fn(&mut Ledger, &WebPost) -> Value;

/// The family-B page at `path` (lower-cased).
fn route(path: &str) -> Option<Answer> {
    let answer: Answer = match path.strip_prefix("/webapi/v3/")? {
        "orgs/user/list" => |ledger, post| orgs::users(ledger, post),
        "orgs/user/add" => |ledger, post| orgs::save_account(ledger, post, false),
        "orgs/user/edit" => |ledger, post| orgs::save_account(ledger, post, true),
        "orgs/user/delete" => orgs::delete_account,
        "orgs/user/detail" => |ledger, post| orgs::account_detail(ledger, post),
        "orgs/dept/list" => |ledger, post| orgs::departments(ledger, post),
        "orgs/dept/add" => |ledger, post| orgs::save_department(ledger, post, false),
        "orgs/dept/edit" => |ledger, post| orgs::save_department(ledger, post, true),
        "orgs/dept/detail" => |ledger, post| orgs::department_detail(ledger, post),
        "sales/customer/add" => |ledger, post| crm::v3_save(ledger, post, false),
        "sales/customer/edit" => |ledger, post| crm::v3_save(ledger, post, true),
        "sales/contract/detail" => |ledger, post| sales::v3_detail(ledger, post),
        "sales/contract/approve/edit" => sales::v3_approve,
        "sales/contract/approve/approvestagelist/detail" => |ledger, post| sales::v3_stages(ledger, post),
        "sale/contract/add" => sales::v3_add,
        "store/inventory/inventorydetails" => |ledger, post| stock::inventory_details(ledger, post),
        "store/inventory/inventorysummary" => |ledger, post| stock::inventory_summary(ledger, post),
        "store/warehousestructlist" => |_, post| stock::warehouse_structure(post),
        "uview/stock/pages/warehouse/settingapilist" => |_, post| stock::locations_page(post),
        "store/product/add" => |ledger, post| products::v3_save(ledger, post, "/webapi/v3/store/product/add"),
        "store/product/edit" => |ledger, post| products::v3_save(ledger, post, "/webapi/v3/store/product/edit"),
        "store/productbatch/add" => |ledger, post| products::v3_save(ledger, post, "/webapi/v3/store/productbatch/add"),
        _ => return None,
    };
    Some(answer)
}

/// The family-C method at `path` (lower-cased): its `datas`.
fn handler(path: &str) -> Option<fn() -> Value> {
    match path.strip_prefix(HANDLERS)? {
        "store/stock/stockhandler/getwarehouses" => Some(stock::warehouses),
        "sales/product/producthandler/getproductunitlists" => Some(products::units),
        "sales/product/producthandler/getinvoicetypeslists" => Some(products::invoice_types),
        _ => None,
    }
}

pub fn handle(state: &State, path: &str, headers: &HeaderMap, body: &[u8]) -> Response {
    if path.starts_with("/webapi/api/") {
        return handle_family_c(state, path, body);
    }
    let Some(answer) = route(path) else {
        return server::not_found();
    };
    let token = headers.get("ZBAPI-Token").and_then(|token| token.to_str().ok()).unwrap_or_default();
    let reply = if state.zhibang.sessions.check(token.trim(), state.config.session_idle_timeout).is_err() {
        state.counters.session_rejected();
        json!({"Code": 400, "Msg": "token无效，请重新登录"})
    } else {
        match WebPost::parse(body) {
            Err(_) => json!({"Code": 300, "Msg": "请求参数格式错误"}),
            Ok(post) => with_ledger(&state.zhibang, |ledger| answer(ledger, &post)),
        }
    };
    document::respond(reply, state.quirks())
}

fn with_ledger(zhibang: &Zhibang, work: impl FnOnce(&mut Ledger) -> Value) -> Value {
    zhibang.with_books(work)
}

/// Family C: the token travels in the body; at most 50 rows come back.
fn handle_family_c(state: &State, path: &str, body: &[u8]) -> Response {
    let Some(datas) = handler(path) else {
        return server::not_found();
    };
    let reply = match WebPost::parse(body) {
        Err(_) => json!({"flag": false, "code": 300, "msg": "请求参数格式错误", "datas": null}),
        Ok(post) if state.zhibang.sessions.check(post.get("Token"), state.config.session_idle_timeout).is_err() => {
            state.counters.session_rejected();
            json!({"flag": false, "code": 400, "msg": "token验证失败，请重新登录", "datas": null})
        }
        Ok(_) => {
            let mut rows = datas();
            if let Value::Array(items) = &mut rows {
                items.truncate(50);
            }
            json!({"flag": true, "code": 200, "msg": "获取成功", "datas": rows})
        }
    };
    document::respond(reply, state.quirks())
}
