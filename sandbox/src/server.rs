//! The HTTP front: admin routes, and every other request counted, run through the fault board and
//! handed to the vendor that owns its path. Vendor paths are matched lower-cased because both vendors
//! run on IIS, which ignores case.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Query, State as Shared};
use axum::http::{HeaderMap, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};

use crate::faults::{self, FaultKind};
use crate::state::State;
use crate::{admin, eshouhou, zhibang};

pub(crate) async fn serve(listener: tokio::net::TcpListener, state: Arc<State>) {
    let app = Router::new().merge(admin::routes()).fallback(vendor_request).with_state(state);
    if let Err(error) = axum::serve(listener, app).await {
        eprintln!("aftersales-sandbox: server stopped: {error}");
    }
}

async fn vendor_request(
    Shared(state): Shared<Arc<State>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let path = uri.path().to_lowercase();
    let _in_flight = state.counters.request_started(&path);
    let fault = state.faults.take(&path);
    match fault {
        Some(FaultKind::Delay(delay)) => tokio::time::sleep(delay).await,
        Some(FaultKind::VendorError) => return vendor_error(&state, &path),
        Some(kind) => {
            if let Some(failure) = faults::transport_failure(kind) {
                return failure;
            }
        }
        None => {}
    }
    let answer = vendor_answer(&state, &method, &path, &uri, &headers, &body).await;
    match fault {
        Some(FaultKind::DelayAfter(delay)) => {
            tokio::time::sleep(delay).await;
            answer
        }
        Some(FaultKind::Truncated) => faults::truncate(answer).await,
        _ => answer,
    }
}

async fn vendor_answer(
    state: &State,
    method: &Method,
    path: &str,
    uri: &Uri,
    headers: &HeaderMap,
    body: &[u8],
) -> Response {
    // A query that does not decode is answered as if it carried no parameters, as IIS pages do.
    let query = Query::<Vec<(String, String)>>::try_from_uri(uri).map(|Query(pairs)| pairs).unwrap_or_default();
    if eshouhou::serves(path) {
        eshouhou::handle(state, method, path, query)
    } else if zhibang::serves(path) {
        zhibang::handle(state, path, query, headers, body).await
    } else {
        not_found()
    }
}

fn vendor_error(state: &State, path: &str) -> Response {
    if eshouhou::serves(path) {
        eshouhou::busy(state.quirks())
    } else if zhibang::serves(path) {
        zhibang::server_error(path, state.quirks())
    } else {
        not_found()
    }
}

pub(crate) fn not_found() -> Response {
    (
        StatusCode::NOT_FOUND,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        "<html><head><title>404 - 找不到文件或目录。</title></head><body><h2>404 - 找不到文件或目录。</h2>\
         <h3>您要查找的资源可能已被删除，已更改名称或者暂时不可用。</h3></body></html>",
    )
        .into_response()
}
