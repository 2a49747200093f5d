//! The eshouhou open platform: `GET /api/...` (v1) and `GET /open/v2/...`, every answer an HTTP 200
//! envelope `{"ResultCode", "ErrorMsg", "ResultValue"}` (reference §2.3).

mod auth;
mod condition;
mod data;
mod params;
mod routes;
mod views;

use std::sync::OnceLock;

use axum::http::{Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use crate::faults::Quirks;
use crate::state::State;

pub(crate) use auth::TokenStore;

/// What the eshouhou half of the sandbox keeps between requests.
pub(crate) struct Eshouhou {
    pub tokens: TokenStore,
    dataset: OnceLock<data::Dataset>,
    work_order_count: usize,
}

impl Eshouhou {
    pub fn new(work_order_count: usize) -> Eshouhou {
        Eshouhou { tokens: TokenStore::default(), dataset: OnceLock::new(), work_order_count }
    }

    /// Built on first use so that starting a sandbox stays instant.
    fn dataset(&self) -> &data::Dataset {
        self.dataset.get_or_init(|| data::Dataset::generate(self.work_order_count))
    }
}

pub(crate) fn serves(path: &str) -> bool {
    path.starts_with("/api/") || path.starts_with("/open/v2/")
}

/// Answers one eshouhou request; `path` is lower-cased.
pub(crate) fn handle(state: &State, method: &Method, path: &str, query: Vec<(String, String)>) -> Response {
    let Some(route) = routes::route(path) else {
        return asp_net_error(StatusCode::NOT_FOUND, &format!("找不到与请求 URI“{path}”匹配的 HTTP 资源。"));
    };
    // ASP.NET Web API checks the verb after routing, so an unknown path is a 404 whatever the verb.
    if method != Method::GET {
        return asp_net_error(StatusCode::METHOD_NOT_ALLOWED, &format!("请求的资源不支持 http 方法“{method}”。"));
    }
    let params = params::Params::new(query);
    let outcome = match route {
        routes::Route::Token => auth::issue_token(state, &params),
        routes::Route::Api(endpoint) => {
            auth::authorize(state, &params).and_then(|()| endpoint(state.eshouhou.dataset(), &params))
        }
    };
    match outcome {
        Ok(result) => envelope(0, "", result, state.quirks()),
        Err(message) => envelope(1, &message, Value::Null, state.quirks()),
    }
}

/// The answer of an injected vendor error.
pub(crate) fn busy(quirks: Quirks) -> Response {
    envelope(500, "系统繁忙，请稍后再试", Value::Null, quirks)
}

fn envelope(code: u32, message: &str, mut result: Value, quirks: Quirks) -> Response {
    if quirks.show_type_as_string {
        stringify_show_types(&mut result);
    }
    let code = if quirks.result_code_as_string { json!(code.to_string()) } else { json!(code) };
    axum::Json(json!({"ResultCode": code, "ErrorMsg": message, "ResultValue": result})).into_response()
}

fn stringify_show_types(result: &mut Value) {
    if let Value::Array(rows) = result {
        for row in rows {
            if let Some(show_type) = row.get_mut("ShowType") {
                *show_type = Value::String(show_type.to_string());
            }
        }
    }
}

fn asp_net_error(status: StatusCode, message: &str) -> Response {
    (status, [(header::CONTENT_TYPE, "application/json; charset=utf-8")], json!({"Message": message}).to_string())
        .into_response()
}
