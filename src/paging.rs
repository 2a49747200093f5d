//! Walking list endpoints page by page.
//!
//! A cursor holds only its parameters and the next page number, so memory stays flat however long the
//! list is; each page is one ordinary call, so token renewal and re-login happen inside it as for any
//! call and a walk survives them. eshouhou lists end at a short page, Zhibang lists at their page count.

use std::time::Instant;

use serde_json::{Map, Value, json};

use crate::catalogue::Endpoint;
use crate::envelope::{Meta, Response};
use crate::error::{Error, ErrorCode};
use crate::params::{Params, WireValue};
use crate::{EshouhouClient, ZhibangClient};

/// A client that checks and runs calls; both providers' clients are one.
pub trait Caller {
    fn endpoint(&self, name: &str) -> Result<&'static Endpoint, Error>;
    fn prepare(&self, endpoint: &'static Endpoint, params: &Map<String, Value>) -> Result<Params, Error>;
    fn execute(&self, params: &Params) -> Result<Response, Error>;
}

macro_rules! caller_for {
    ($client:ty) => {
        impl Caller for $client {
            fn endpoint(&self, name: &str) -> Result<&'static Endpoint, Error> {
                <$client>::endpoint(self, name)
            }

            fn prepare(&self, endpoint: &'static Endpoint, params: &Map<String, Value>) -> Result<Params, Error> {
                <$client>::prepare(self, endpoint, params)
            }

            fn execute(&self, params: &Params) -> Result<Response, Error> {
                <$client>::execute(self, params)
            }
        }
    };
}

caller_for!(EshouhouClient);
caller_for!(ZhibangClient);

/// Walks the pages of one list call. It owns a clone of the client, so it stays valid on its own.
pub struct Cursor<C> {
    client: C,
    params: Params,
    index_param: &'static str,
    next_index: i64,
    done: bool,
}

impl<C: Caller> Cursor<C> {
    /// Starts at `pageindex`/`pageIndex` if given (else 1), with the caller's page size or the
    /// catalogue's cursor default.
    pub fn new(client: C, endpoint: &str, params: &Map<String, Value>) -> Result<Cursor<C>, Error> {
        let endpoint = client.endpoint(endpoint)?;
        let Some(paging) = endpoint.paging else {
            return Err(Error::parameter(
                ErrorCode::InvalidParameter,
                "endpoint",
                format!("`{}` is not a list endpoint; only list endpoints page", endpoint.name),
            ));
        };
        let mut params = client.prepare(endpoint, params)?;
        if params.get(paging.size_param).is_none() {
            params.set(paging.size_param, WireValue::Integer(i64::from(paging.cursor_default_size)));
        }
        let next_index = params.integer(paging.index_param).unwrap_or(1);
        Ok(Cursor { client, params, index_param: paging.index_param, next_index, done: false })
    }

    /// Whether the last page was returned.
    pub fn is_done(&self) -> bool {
        self.done
    }

    /// The next page, or `None` after the last. A failed page is asked for again by the next call.
    pub fn next_page(&mut self) -> Result<Option<Response>, Error> {
        if self.done {
            return Ok(None);
        }
        self.params.set(self.index_param, WireValue::Integer(self.next_index));
        let mut response = self.client.execute(&self.params)?;
        let has_more = response.data["page"]["has_more"].as_bool().unwrap_or(false);
        self.next_index += 1;
        self.done = !has_more;
        response.meta.done = Some(self.done);
        Ok(Some(response))
    }

    /// What `next_page` gives after the end, as an envelope body: no data, `done`.
    pub fn finished_response(&self) -> Response {
        let endpoint = self.params.endpoint();
        Response {
            data: Value::Null,
            meta: Meta { done: Some(true), ..Meta::new(endpoint.provider, endpoint.name, Instant::now()) },
        }
    }
}

impl<C: Caller> Iterator for Cursor<C> {
    type Item = Result<Response, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_page().transpose()
    }
}

/// Every row of a list, up to `max_pages` pages (0: no limit), in one result:
/// `{"rows", "columns"?, "pages", "complete"}` where `complete` is false when the limit cut the walk.
pub fn fetch_all<C: Caller>(
    client: C,
    endpoint: &str,
    params: &Map<String, Value>,
    max_pages: u32,
) -> Result<Response, Error> {
    let started = Instant::now();
    let mut cursor = Cursor::new(client, endpoint, params)?;
    let catalogue_entry = cursor.params.endpoint();
    let mut meta = Meta::new(catalogue_entry.provider, catalogue_entry.name, started);
    let mut rows = Vec::new();
    let mut columns = None;
    let mut pages = 0u32;
    while max_pages == 0 || pages < max_pages {
        let Some(mut page) = cursor.next_page()? else { break };
        pages += 1;
        meta.requests += page.meta.requests;
        meta.reauthenticated |= page.meta.reauthenticated;
        if let Value::Array(page_rows) = page.data["rows"].take() {
            rows.extend(page_rows);
        }
        if columns.is_none() {
            columns = page.data.get_mut("columns").map(Value::take);
        }
    }
    let mut data = json!({"rows": rows, "pages": pages, "complete": cursor.is_done()});
    if let Some(columns) = columns {
        data["columns"] = columns;
    }
    Ok(Response { data, meta: Meta { elapsed_ms: crate::envelope::elapsed_ms(started), ..meta } })
}
