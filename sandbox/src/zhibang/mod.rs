//! Zhibang ERP: family-A mobile pages (`POST /sysa/mobilephone/...`, answers are ZBDocuments with HTTP
//! 200 even for errors), their login and logout, and the family-B org lists under `/webapi/v3/`.

mod auth;
mod books;
mod crm;
mod data;
mod document;
mod forms;
mod lookups;
mod orgs;
mod products;
mod repairs;
mod request;
mod sales;
mod services;
mod stock;
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
    books: books::Books,
}

impl Zhibang {
    pub fn new(service_count: usize) -> Zhibang {
        Zhibang {
            sessions: Sessions::default(),
            dataset: OnceLock::new(),
            services: services::ServiceBook::new(service_count),
            repairs: repairs::RepairBook::default(),
            books: books::Books::default(),
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
        self.books.reset();
    }

    /// Runs `work` on the ledger of customers, contacts, projects, contracts, stock, products and org.
    fn with_books<R>(&self, work: impl FnOnce(&mut books::Ledger) -> R) -> R {
        self.books.with(self.dataset(), work)
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
        document::respond(webapi::server_error(path), quirks)
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
    /// A save: with `cmdkey: "__sys_dosave"` the save, else the page's empty form.
    Save {
        id: &'static str,
        caption: &'static str,
        form: &'static [forms::Input],
        save: PageAnswer,
    },
    Other(PageAnswer),
}

impl Page {
    fn answer(&self, zhibang: &Zhibang, post: &PagePost) -> Value {
        match self {
            Page::List { table, .. } if post.is_refresh() => table(zhibang, post),
            Page::List { id, caption, .. } => document::report_skeleton(id, caption),
            Page::Save { save, .. } if post.is_save() => save(zhibang, post),
            Page::Save { id, caption, form, .. } => {
                let fields = forms::fields(form, &forms::Values::new());
                document::bill(id, caption, 0, vec![document::group("base", caption, fields)])
            }
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
    let save = |id, caption, form, save| Some(Page::Save { id, caption, form, save });
    let other = |answer: PageAnswer| Some(Page::Other(answer));
    match path.strip_prefix("/sysa/mobilephone/")? {
        "salesmanage/service/list.asp" => {
            list("service", "售后服务", |zhibang, post| services::list(&zhibang.services, zhibang.dataset(), post))
        }
        "salesmanage/service/add.asp" => {
            other(|zhibang, post| services::detail(&zhibang.services, zhibang.dataset(), post))
        }
        "salesmanage/service/chuli.asp" => {
            other(|zhibang, post| services::handle(&zhibang.services, zhibang.dataset(), post))
        }
        "salesmanage/repair/deallist.asp" => {
            list("repair", "售后维修", |zhibang, post| repairs::list(&zhibang.repairs, zhibang.dataset(), post))
        }
        "salesmanage/repair/dealcontent.asp" => {
            other(|zhibang, post| repairs::detail(&zhibang.repairs, zhibang.dataset(), post))
        }
        "salesmanage/repair/dealadd.asp" => {
            other(|zhibang, post| repairs::edit(&zhibang.repairs, zhibang.dataset(), post))
        }
        "salesmanage/repair/list.asp" => list("repairsl", "维修受理", |zhibang, post| {
            repairs::intakes(&zhibang.repairs, zhibang.dataset(), post)
        }),
        "salesmanage/custom/list.asp" => {
            list("tel", "客户列表", |zhibang, post| zhibang.with_books(|ledger| crm::list(ledger, post)))
        }
        "salesmanage/custom/add.asp" => other(|zhibang, post| zhibang.with_books(|ledger| crm::page(ledger, post))),
        "salesmanage/custom/takeback.asp" => {
            other(|zhibang, post| zhibang.with_books(|ledger| crm::take_back(ledger, post)))
        }
        "salesmanage/custom/apply.asp" => other(|zhibang, post| zhibang.with_books(|ledger| crm::apply(ledger, post))),
        "salesmanage/custom/approve.asp" => {
            other(|zhibang, post| zhibang.with_books(|ledger| crm::approve(ledger, post, false)))
        }
        "salesmanage/custom/approve_set.asp" => {
            save("approve_set", "客户审核", crm::REVIEW_FORM, |zhibang, post| {
                zhibang.with_books(|ledger| crm::approve(ledger, post, true))
            })
        }
        "salesmanage/custom/share.asp" => save("share", "客户共享", crm::SHARE_FORM, |zhibang, post| {
            zhibang.with_books(|ledger| crm::share(ledger, post))
        }),
        "systemmanage/order.asp" => save("order", "客户指派", crm::ASSIGN_FORM, |zhibang, post| {
            zhibang.with_books(|ledger| crm::assign(ledger, post))
        }),
        "systemmanage/reply.asp" => save("reply", "洽谈进展", crm::FOLLOW_UP_FORM, |zhibang, post| {
            zhibang.with_books(|ledger| crm::follow_up(ledger, post))
        }),
        "salesmanage/person/list.asp" => list("person", "联系人列表", |zhibang, post| {
            zhibang.with_books(|ledger| crm::contact_list(ledger, post))
        }),
        "salesmanage/person/add.asp" => {
            other(|zhibang, post| zhibang.with_books(|ledger| crm::contact_page(ledger, post)))
        }
        "salesmanage/chance/list.asp" => list("chance", "项目列表", |zhibang, post| {
            zhibang.with_books(|ledger| sales::project_list(ledger, post))
        }),
        "salesmanage/chance/add.asp" => {
            other(|zhibang, post| zhibang.with_books(|ledger| sales::project_detail(ledger, post)))
        }
        "systemmanage/approve.asp" => save("approve", "审批", sales::CONTRACT_APPROVAL_FORM, |zhibang, post| {
            zhibang.with_books(|ledger| sales::approve(ledger, post))
        }),
        "salesmanage/contract/billlist.asp" => list("contract", "所有合同列表", |zhibang, post| {
            zhibang.with_books(|ledger| sales::contract_list(ledger, post))
        }),
        "salesmanage/contract/add.asp" => save("contract", "合同添加", sales::CONTRACT_FORM, |zhibang, post| {
            zhibang.with_books(|ledger| sales::save_contract(ledger, post))
        }),
        "salesmanage/contract/share.asp" => {
            save("share", "合同共享", sales::CONTRACT_SHARE_FORM, |zhibang, post| {
                zhibang.with_books(|ledger| sales::share_contract(ledger, post))
            })
        }
        "salesmanage/contract/contractlist.asp" => {
            other(|zhibang, post| zhibang.with_books(|ledger| sales::lines_page(ledger, post)))
        }
        "salesmanage/contract/contractlist_edit.asp" => {
            save("contractlist", "编辑产品明细", sales::LINE_FORM, |zhibang, post| {
                zhibang.with_books(|ledger| sales::edit_line(ledger, post))
            })
        }
        "salesmanage/contract/unitchange.asp" => {
            other(|zhibang, post| zhibang.with_books(|ledger| sales::unit_choices(ledger, post)))
        }
        "salesmanage/product/billlist.asp" => {
            list("product", "产品管理", |zhibang, post| zhibang.with_books(|ledger| products::list(ledger, post)))
        }
        "salesmanage/product/billservice.asp" => {
            other(|zhibang, post| zhibang.with_books(|ledger| products::detail(ledger, post)))
        }
        "storemanage/sent/list.asp" => list("sent", "发货管理", |zhibang, post| {
            zhibang.with_books(|ledger| stock::shipment_list(ledger, post))
        }),
        "storemanage/sent/detail.asp" => {
            other(|zhibang, post| zhibang.with_books(|ledger| stock::shipment_detail(ledger, post)))
        }
        "storemanage/sent/moresendlist.asp" => list("moresend", "发货产品信息", |zhibang, post| {
            zhibang.with_books(|ledger| stock::shipment_lines(ledger, post))
        }),
        "storemanage/store/list.asp" => {
            list("store", "库存查看", |zhibang, post| zhibang.with_books(|ledger| stock::stock_list(ledger, post)))
        }
        "storemanage/store/content.asp" => {
            other(|zhibang, post| zhibang.with_books(|ledger| stock::stock_detail(ledger, post)))
        }
        "systemmanage/product_sort_list.asp" => other(|_, _| lookups::product_categories()),
        "systemmanage/gate_list.asp" => other(|_, post| lookups::staff(post)),
        "systemmanage/area_list.asp" => other(|_, _| lookups::regions()),
        "source.asp" => other(|_, post| lookups::enumeration(post)),
        _ => None,
    }
}
