//! Walking list endpoints page by page.
//!
//! A cursor holds only its parameters and the next page number, so memory stays flat however long the
//! list is; each page is one ordinary call, so token renewal and re-login happen inside it as for any
//! call and a walk survives them. eshouhou lists end at a short page, Zhibang lists at their page count.

use std::collections::VecDeque;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::time::Instant;

use serde_json::{Map, Value};
use tokio::task::JoinHandle;

use crate::cancel::CancelToken;
use crate::catalogue::{MAX_PAGE_INDEX, Vendor};
use crate::client::Client;
use crate::envelope::{Data, Meta, Response};
use crate::error::{Error, ErrorCode};
use crate::json_object::object;
use crate::options::CallOptions;
use crate::page::Column;
use crate::params::{Params, WireValue};
use crate::runtime;

/// Walks the pages of one list call. It owns a clone of the client, so it stays valid on its own.
pub struct Cursor<C: Client> {
    client: C,
    params: Params<C::Vendor>,
    index_param: &'static str,
    next_index: i64,
    done: bool,
    /// The failure that ended the walk, given again by every later call without a request.
    failed: Option<Error>,
    /// Applied to every page's call.
    options: CallOptions,
    /// A fingerprint of the last page's first row, to notice a server that ignores the page number.
    last_first_row: Option<u64>,
    /// Starts a page's call in the background (None: pages are fetched one by one, on demand).
    fetcher: Option<Fetcher<C::Vendor>>,
    /// Pages asked for ahead, in page order, each with its call under way.
    ahead: VecDeque<(i64, PageCall)>,
    /// The page count the server reported (None: the walk ends at a short page instead).
    page_count: Option<i64>,
}

/// Starts one page's call on the library's call threads, with how many may run ahead of the caller.
struct Fetcher<V: Vendor> {
    pages: usize,
    start: Box<dyn Fn(Params<V>, CallOptions) -> Result<PageCall, Error> + Send>,
}

/// One page's call running on the library's call threads.
type PageCall = JoinHandle<Result<Response, Error>>;

/// The most pages a cursor keeps in flight: a server sees at most this many requests from one walk.
pub const MOST_PREFETCH: usize = 8;

impl<C: Client + Clone + Send + Sync + 'static> Cursor<C> {
    /// As [`Cursor::with_options`], fetching the next pages while the caller works on the current one:
    /// `options.prefetch` (else the client's `prefetch`) pages ahead, at most 8. Where the page count is
    /// known (Zhibang tables), that many pages are fetched at once; otherwise one page ahead. Pages are
    /// handed out in order, and memory holds at most the pages in flight.
    pub fn prefetching(
        client: C,
        endpoint: &str,
        params: &Map<String, Value>,
        options: CallOptions,
    ) -> Result<Cursor<C>, Error> {
        let pages = options.prefetch.unwrap_or_else(|| client.prefetch()).min(MOST_PREFETCH);
        let runtime = runtime::get()?;
        let caller = client.clone();
        let mut cursor = Cursor::with_options(client, endpoint, params, options)?;
        if pages > 0 {
            let start = move |params: Params<C::Vendor>, options: CallOptions| {
                let caller = caller.clone();
                Ok(runtime.spawn_blocking(move || caller.execute_with(&params, &options)))
            };
            cursor.fetcher = Some(Fetcher { pages, start: Box::new(start) });
        }
        Ok(cursor)
    }
}

impl<C: Client> Cursor<C> {
    /// Starts at `pageindex`/`pageIndex` if given (else 1), with the caller's page size or the
    /// catalogue's cursor default.
    pub fn new(client: C, endpoint: &str, params: &Map<String, Value>) -> Result<Cursor<C>, Error> {
        Cursor::with_options(client, endpoint, params, CallOptions::default())
    }

    /// As [`Cursor::new`], with options (deadline, timeout, request id, cancel token) for every page.
    pub fn with_options(
        client: C,
        endpoint: &str,
        params: &Map<String, Value>,
        options: CallOptions,
    ) -> Result<Cursor<C>, Error> {
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
        Ok(Cursor {
            client,
            params,
            index_param: paging.index_param,
            next_index,
            done: false,
            failed: None,
            options,
            last_first_row: None,
            fetcher: None,
            ahead: VecDeque::new(),
            page_count: None,
        })
    }

    /// Whether the last page was returned.
    pub fn is_done(&self) -> bool {
        self.done
    }

    /// The next page, or `None` after the last. A failure that is not retryable ends the walk (it is
    /// given again by every later call, without a request); a retryable or cancelled one leaves the cursor
    /// on the same page, to be asked for again. Either way the error says whether the walk is over.
    pub fn next_page(&mut self) -> Result<Option<Response>, Error> {
        if let Some(error) = &self.failed {
            return Err(error.clone());
        }
        if self.done {
            return Ok(None);
        }
        self.fetch().map_err(|error| {
            // Pages fetched past a failure are not handed out: the walk resumes (or ends) at the failure.
            self.ahead.clear();
            // A cancelled page is the caller's choice, not the server's: the walk can be resumed.
            if error.retryable() || error.code() == ErrorCode::Cancelled {
                return error.with_walk_done(false);
            }
            let error = error.with_walk_done(true);
            self.done = true;
            self.failed = Some(error.clone());
            error
        })
    }

    fn fetch(&mut self) -> Result<Option<Response>, Error> {
        let requested = self.next_index;
        // A page read ahead may be in hand already, but a cancelled walk hands out nothing more: the
        // caller's cancel is an instruction to stop, whatever the network did meanwhile.
        if self.options.cancel.as_ref().is_some_and(CancelToken::is_cancelled) {
            return Err(Error::new(
                ErrorCode::Cancelled,
                format!("{}: page {requested} not handed out: cancelled by the caller", self.params.endpoint().name),
            ));
        }
        self.params.set(self.index_param, WireValue::Integer(requested));
        let mut response = match self.ahead.pop_front() {
            Some((page, call)) if page == requested => join(call)?,
            _ => {
                self.ahead.clear();
                self.client.execute_with(&self.params, &self.options)?
            }
        };
        let page = response.data.as_page();
        let first_row = page.and_then(|page| page.rows.first()).map(fingerprint);
        if first_row.is_some() && first_row == self.last_first_row {
            return Err(Error::invalid_response(format!(
                "page {requested} repeats the page before it; the server seems to ignore `{}`",
                self.index_param
            )));
        }
        // The page count is compared with the page asked for, not the one the answer names, so a server
        // that always reports page 1 cannot keep the walk going.
        let info = page.and_then(|page| page.page);
        let count = info.and_then(|info| info.count);
        let has_more = info.is_some_and(|info| info.has_more) && count.is_none_or(|count| requested < count);
        self.last_first_row = first_row;
        // The catalogue bounds page numbers far below `i64::MAX`; past the bound there is no next page.
        let next = requested.checked_add(1).filter(|next| *next <= MAX_PAGE_INDEX);
        self.done = !has_more || next.is_none();
        self.next_index = next.unwrap_or(requested);
        self.page_count = count;
        response.meta.done = Some(self.done);
        if self.done {
            self.ahead.clear();
        } else {
            self.fetch_ahead()?;
        }
        Ok(Some(response))
    }

    /// Starts the calls of the pages after `next_index`, up to the fetcher's number (one, when the page
    /// count is unknown and a short page may end the walk), never past the page count.
    fn fetch_ahead(&mut self) -> Result<(), Error> {
        let Some(fetcher) = &self.fetcher else { return Ok(()) };
        let wanted = if self.page_count.is_some() { fetcher.pages } else { 1 };
        while self.ahead.len() < wanted {
            let page = self.ahead.back().map_or(self.next_index, |(page, _)| page + 1);
            if page > MAX_PAGE_INDEX || self.page_count.is_some_and(|count| page > count) {
                break;
            }
            let mut params = self.params.clone();
            params.set(self.index_param, WireValue::Integer(page));
            self.ahead.push_back((page, (fetcher.start)(params, self.options.clone())?));
        }
        Ok(())
    }

    /// What `next_page` gives after the end, as an envelope body: no data, `done`.
    pub fn finished_response(&self) -> Response {
        let endpoint = self.params.endpoint();
        Response {
            data: Data::Json(Value::Null),
            meta: Meta { done: Some(true), ..Meta::new(C::Vendor::PROVIDER, endpoint.name, Instant::now()) },
        }
    }
}

/// The outcome of a page's call started ahead.
fn join(call: PageCall) -> Result<Response, Error> {
    runtime::get()?.block_on(call).unwrap_or_else(|_| {
        Err(Error::new(ErrorCode::InternalError, "libaftersales caught a panic fetching a page ahead"))
    })
}

fn fingerprint(row: &Value) -> u64 {
    let mut hasher = DefaultHasher::new();
    row.to_string().hash(&mut hasher);
    hasher.finish()
}

impl<C: Client> Iterator for Cursor<C> {
    type Item = Result<Response, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_page().transpose()
    }
}

/// Every row of a list, up to `max_pages` pages (0: no limit), in one result:
/// `{"rows", "columns"?, "pages", "complete"}` where `complete` is false when the limit cut the walk.
pub fn fetch_all<C: Client + Clone + Send + Sync + 'static>(
    client: C,
    endpoint: &str,
    params: &Map<String, Value>,
    max_pages: u32,
) -> Result<Response, Error> {
    let started = Instant::now();
    let mut cursor = Cursor::prefetching(client, endpoint, params, CallOptions::default())?;
    let catalogue_entry = cursor.params.endpoint();
    let mut meta = Meta::new(C::Vendor::PROVIDER, catalogue_entry.name, started);
    let mut rows = Vec::new();
    let mut columns = None;
    let mut pages = 0u32;
    while max_pages == 0 || pages < max_pages {
        let Some(page) = cursor.next_page()? else { break };
        pages += 1;
        meta.requests += page.meta.requests;
        meta.reauthenticated |= page.meta.reauthenticated;
        if let Data::Page(page) = page.data {
            rows.extend(page.rows);
            columns = columns.or(page.columns);
        }
    }
    let mut data = object([
        ("rows", Value::Array(rows)),
        ("pages", Value::from(pages)),
        ("complete", Value::Bool(cursor.is_done())),
    ]);
    if let Some(columns) = columns {
        data["columns"] = Value::Array(columns.iter().map(Column::to_json).collect());
    }
    Ok(Response { data: Data::Json(data), meta: Meta { elapsed_ms: crate::envelope::elapsed_ms(started), ..meta } })
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use serde_json::json;

    use super::*;
    use crate::catalogue::{Provider, Zhibang};
    use crate::page::{Page, PageInfo};

    /// A server that ignores the page number: every answer is page 1 of 3, with the same rows.
    struct StuckServer {
        calls: Cell<u32>,
        row_changes: bool,
    }

    impl Client for StuckServer {
        type Vendor = Zhibang;

        fn execute_with(&self, params: &Params<Zhibang>, _: &CallOptions) -> Result<Response, Error> {
            self.calls.set(self.calls.get() + 1);
            let ord = if self.row_changes { self.calls.get() } else { 1 };
            let page = PageInfo { count: Some(3), has_more: true, index: 1, size: 1, total: None };
            let data = Page { columns: None, page: Some(page), rows: vec![json!({"ord": ord})] };
            Ok(Response {
                data: Data::Page(data),
                meta: Meta::new(Provider::Zhibang, params.endpoint().name, Instant::now()),
            })
        }
    }

    #[test]
    fn a_walk_ends_at_the_page_count_of_the_pages_asked_for() {
        let server = StuckServer { calls: Cell::new(0), row_changes: true };
        let pages: Vec<_> = Cursor::new(&server, "service_list", &Map::new()).expect("cursor").collect();
        assert_eq!(pages.len(), 3);
        assert_eq!(server.calls.get(), 3);
    }

    #[test]
    fn a_repeated_page_stops_the_walk_with_an_error() {
        let server = StuckServer { calls: Cell::new(0), row_changes: false };
        let mut cursor = Cursor::new(&server, "service_list", &Map::new()).expect("cursor");
        assert!(cursor.next_page().is_ok_and(|page| page.is_some()));
        let error = cursor.next_page().expect_err("the same page twice");
        assert_eq!((error.code(), error.walk_done()), (ErrorCode::InvalidResponse, Some(true)));
        let again = cursor.next_page().expect_err("the walk ended on that failure");
        assert_eq!(again, error);
        assert_eq!(server.calls.get(), 2, "the failure is given again without a request");
    }
}
