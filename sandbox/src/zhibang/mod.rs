//! Zhibang ERP: family-A mobile pages (`POST /sysa/mobilephone/...`, answers are ZBDocuments with HTTP
//! 200 even for errors), their login and logout, and the family-B org lists under `/webapi/v3/`.

mod auth;
mod customers;
mod data;
mod document;
mod lookups;
mod products;
mod repairs;
mod request;
mod services;
mod table;
mod webapi;

use std::sync::OnceLock;

use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use serde_json::Value;

use crate::faults::Quirks;
use crate::server;
use crate::state::State;

pub(crate) use auth::Sessions;
use request::PagePost;

const LOGIN: &str = "/webapi/v3/ov1/login";
const LEGACY_LOGIN: &str = "/sysa/mobilephone/login.asp";
const LOGOUT: &str = "/webapi/v3/ov1/logout";
const LEGACY_LOGOUT: &str = "/sysa/mobilephone/logout.asp";
const CAPTCHA: &str = "/sysa/mobilephone/rndcode.asp";

/// What the Zhibang half of the sandbox keeps between requests.
pub(crate) struct Zhibang {
    pub sessions: Sessions,
    dataset: OnceLock<data::Dataset>,
    services: services::ServiceBook,
    repairs: repairs::RepairBook,
}

impl Zhibang {
    pub fn new(service_count: usize) -> Zhibang {
        Zhibang {
            sessions: Sessions::default(),
            dataset: OnceLock::new(),
            services: services::ServiceBook::new(service_count),
            repairs: repairs::RepairBook::default(),
        }
    }

    /// Built on first use so that starting a sandbox stays instant.
    fn dataset(&self) -> &data::Dataset {
        self.dataset.get_or_init(data::Dataset::generate)
    }

    pub fn reset(&self) {
        self.sessions.reset_failures();
        self.services.reset();
        self.repairs.reset();
    }
}

pub(crate) fn serves(path: &str) -> bool {
    path.starts_with("/sysa/") || path.starts_with("/webapi/")
}

/// Answers one Zhibang request; `path` is lower-cased.
pub(crate) async fn handle(
    state: &State,
    path: &str,
    query: Vec<(String, String)>,
    headers: &HeaderMap,
    body: &[u8],
) -> Response {
    if path == CAPTCHA {
        return ([(header::CONTENT_TYPE, "image/gif")], auth::CAPTCHA_IMAGE).into_response();
    }
    if webapi::serves(path) {
        return webapi::handle(state, path, headers, body);
    }
    let Some(target) = target(path) else {
        return server::not_found();
    };
    let Ok(post) = PagePost::parse(query, body) else {
        return document::respond_page(document::runtime_error("请求数据不是有效的JSON格式"), state.quirks());
    };
    let answer = match target {
        Target::Login { legacy } => auth::login(state, &post, legacy).await,
        Target::Logout => auth::logout(state, &post),
        Target::Page(page) => match state.zhibang.sessions.check(&post.session, state.config.session_idle_timeout) {
            Ok(()) => document::ok(page.answer(&state.zhibang, &post)),
            Err(reason) => {
                state.counters.session_rejected();
                document::refusal(1, reason)
            }
        },
    };
    document::respond_page(answer, state.quirks())
}

/// The answer of an injected vendor error, in the family's own form.
pub(crate) fn server_error(path: &str, quirks: Quirks) -> Response {
    if webapi::serves(path) {
        document::respond(webapi::server_error(), quirks)
    } else {
        document::respond_page(document::runtime_error("数据库连接失败"), quirks)
    }
}

type PageAnswer = fn(&Zhibang, &PagePost) -> Value;

enum Target {
    Login {
        legacy: bool,
    },
    Logout,
    /// Any other page, which needs a working session.
    Page(Page),
}

enum Page {
    /// A list: the table with `cmdkey: "refresh"`, else the report skeleton named `id`/`caption`.
    List {
        id: &'static str,
        caption: &'static str,
        table: PageAnswer,
    },
    Other(PageAnswer),
}

impl Page {
    fn answer(&self, zhibang: &Zhibang, post: &PagePost) -> Value {
        match self {
            Page::List { table, .. } if post.is_refresh() => table(zhibang, post),
            Page::List { id, caption, .. } => document::report_skeleton(id, caption),
            Page::Other(answer) => answer(zhibang, post),
        }
    }
}

fn target(path: &str) -> Option<Target> {
    match path {
        LOGIN => Some(Target::Login { legacy: false }),
        LEGACY_LOGIN => Some(Target::Login { legacy: true }),
        LOGOUT | LEGACY_LOGOUT => Some(Target::Logout),
        _ => page(path).map(Target::Page),
    }
}

fn page(path: &str) -> Option<Page> {
    let list = |id, caption, table| Some(Page::List { id, caption, table });
    match path.strip_prefix("/sysa/mobilephone/")? {
        "salesmanage/service/list.asp" => {
            list("service", "售后服务", |zhibang, post| services::list(&zhibang.services, zhibang.dataset(), post))
        }
        "salesmanage/service/add.asp" => {
            Some(Page::Other(|zhibang, post| services::detail(&zhibang.services, zhibang.dataset(), post)))
        }
        "salesmanage/service/chuli.asp" => {
            Some(Page::Other(|zhibang, post| services::handle(&zhibang.services, zhibang.dataset(), post)))
        }
        "salesmanage/repair/deallist.asp" => {
            list("repair", "售后维修", |zhibang, post| repairs::list(&zhibang.repairs, zhibang.dataset(), post))
        }
        "salesmanage/repair/dealcontent.asp" => {
            Some(Page::Other(|zhibang, post| repairs::detail(&zhibang.repairs, zhibang.dataset(), post)))
        }
        "salesmanage/repair/dealadd.asp" => {
            Some(Page::Other(|zhibang, post| repairs::edit(&zhibang.repairs, zhibang.dataset(), post)))
        }
        "salesmanage/custom/list.asp" => {
            list("tel", "客户列表", |zhibang, post| customers::list(zhibang.dataset(), post))
        }
        "salesmanage/custom/add.asp" => Some(Page::Other(|zhibang, post| customers::detail(zhibang.dataset(), post))),
        "salesmanage/product/billlist.asp" => {
            list("product", "产品管理", |zhibang, post| products::list(zhibang.dataset(), post))
        }
        "salesmanage/product/billservice.asp" => {
            Some(Page::Other(|zhibang, post| products::detail(zhibang.dataset(), post)))
        }
        "systemmanage/product_sort_list.asp" => Some(Page::Other(|_, _| lookups::product_categories())),
        "systemmanage/gate_list.asp" => Some(Page::Other(|_, post| lookups::staff(post))),
        "systemmanage/area_list.asp" => Some(Page::Other(|_, _| lookups::regions())),
        "source.asp" => Some(Page::Other(|_, post| lookups::enumeration(post))),
        _ => None,
    }
}
