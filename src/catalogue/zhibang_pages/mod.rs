//! The Zhibang pages around the after-sales desk (`../shared/vendors/zhibang-api-tables.json`):
//! customers, contacts and follow-ups, projects and contracts, shipments, stock and products, departments
//! and accounts. The entries are the vendor's parameter tables kept by hand: names, types, required flags,
//! limits and the documented choices; per-installation option ids (the help's "如：173:陌生开发…") are
//! described, never enforced.

mod customers;
mod org;
mod sales;
mod stock;

use super::zhibang::{
    AMOUNT_LIMIT, CHECKTYPE, Endpoint, PAGE_INDEX, PAGE_SIZE, ResultShape, SCOPE_ORD, SEARCH_KEY, SORT, WEB_PAGE_INDEX,
    WEB_PAGE_SIZE, WEB_PAGING, WebApiResult, Wire, c, date, endpoint, ids, integer, list, mobile, save, text, web_api,
};
use super::{Choice, Param, ParamType, ReadBack, concat};

const AREAS: [&[Endpoint]; 4] = [customers::ENDPOINTS, sales::ENDPOINTS, stock::ENDPOINTS, org::ENDPOINTS];

/// Every desk page, customers first.
pub(super) const ENDPOINTS: &[Endpoint] = &DESK;
static DESK: [Endpoint; AREAS[0].len() + AREAS[1].len() + AREAS[2].len() + AREAS[3].len()] = concat(&AREAS);

const fn decimal(name: &'static str, description: &'static str) -> Param {
    Param::new(name, ParamType::Decimal, description)
}

/// An amount or quantity the help bounds with `999999999以内`.
const fn amount(name: &'static str, description: &'static str) -> Param {
    decimal(name, description).range(0, AMOUNT_LIMIT)
}

/// A list of lines, each checked against `keys`.
const fn rows(name: &'static str, description: &'static str, keys: &'static [Param]) -> Param {
    Param::new(name, ParamType::Rows(keys), description)
}

/// The same parameters, none of them required (an edit that sends only what changes).
const fn optional<const N: usize>(mut params: [Param; N]) -> [Param; N] {
    let mut index = 0;
    while index < N {
        params[index].required = false;
        index += 1;
    }
    params
}

/// A web API write: `{Code, Msg}`, never re-sent once it may have left.
const fn web_write(
    name: &'static str,
    title: &'static str,
    path: &'static str,
    doc: &'static str,
    params: &'static [Param],
) -> Endpoint {
    Endpoint { writes: true, ..web_api(name, title, path, doc, params, WebApiResult::Message) }
}

/// A web API detail page: its `Data`.
const fn web_detail(
    name: &'static str,
    title: &'static str,
    path: &'static str,
    doc: &'static str,
    params: &'static [Param],
) -> Endpoint {
    web_api(name, title, path, doc, params, WebApiResult::Data)
}

/// A web API list paged by `page_size`/`page_index`.
const fn web_list(
    name: &'static str,
    title: &'static str,
    path: &'static str,
    doc: &'static str,
    params: &'static [Param],
) -> Endpoint {
    Endpoint { paging: WEB_PAGING, ..web_api(name, title, path, doc, params, WebApiResult::Table) }
}

/// An apiHelper handler (family C) without parameters of its own: the session travels as `Token`.
const fn handler(name: &'static str, title: &'static str, path: &'static str, doc: &'static str) -> Endpoint {
    endpoint(name, title, path, doc, Wire::Handler, &[])
}
