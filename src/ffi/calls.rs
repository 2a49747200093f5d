//! The bodies shared by both providers' exports: a call by name, a cursor over a list, a whole list.
//! Each provider's `extern "C"` functions are one line that picks its client type.

use std::ffi::c_char;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Mutex;

use serde_json::{Map, Value};

use super::boundary::{self, borrow_handle, optional_str, required_str};
use crate::catalogue::Provider;
use crate::envelope::{Meta, Response};
use crate::error::{Error, ErrorCode};
use crate::paging::{Caller, Cursor, fetch_all};
use crate::params::parse_object;

/// The arguments every call by name takes: the client, the endpoint name and the parameters object.
///
/// # Safety
/// `client` is NULL or a live client handle; `endpoint` and `params_json` are NULL or NUL-terminated.
unsafe fn named_call_arguments<'a, C>(
    client: *const C,
    endpoint: *const c_char,
    params_json: *const c_char,
) -> Result<(&'a C, &'a str, Map<String, Value>), Error> {
    // SAFETY: forwarded from the caller.
    let client = unsafe { borrow_handle(client, "client") }?;
    // SAFETY: forwarded from the caller.
    let endpoint = unsafe { required_str(endpoint, "endpoint") }?;
    // SAFETY: forwarded from the caller.
    let params = parse_object(unsafe { optional_str(params_json, "params_json") }?, "params_json")?;
    Ok((client, endpoint, params))
}

fn call<C: Caller>(client: &C, endpoint: &str, params: &Map<String, Value>) -> Result<Response, Error> {
    client.execute(&client.prepare(client.endpoint(endpoint)?, params)?)
}

/// Calls `endpoint` (a catalogue name known at compile time) on `client`.
///
/// # Safety
/// `client` is NULL or a live client handle; `params_json` is NULL or a NUL-terminated string.
pub unsafe fn call_endpoint<C: Caller>(client: *const C, endpoint: &str, params_json: *const c_char) -> *mut c_char {
    boundary::envelope(|| {
        // SAFETY: forwarded from the caller.
        let client = unsafe { borrow_handle(client, "client") }?;
        // SAFETY: forwarded from the caller.
        let params = parse_object(unsafe { optional_str(params_json, "params_json") }?, "params_json")?;
        call(client, endpoint, &params)
    })
}

/// Calls the endpoint named by the caller.
///
/// # Safety
/// As [`call_endpoint`], and `endpoint` is NULL or a NUL-terminated string.
pub unsafe fn call_named<C: Caller>(
    client: *const C,
    endpoint: *const c_char,
    params_json: *const c_char,
) -> *mut c_char {
    boundary::envelope(|| {
        // SAFETY: forwarded from the caller.
        let (client, endpoint, params) = unsafe { named_call_arguments(client, endpoint, params_json) }?;
        call(client, endpoint, &params)
    })
}

/// Every page of a list in one envelope, up to `max_pages` (0: no limit).
///
/// # Safety
/// As [`call_named`].
pub unsafe fn list_all<C: Caller + Clone>(
    client: *const C,
    endpoint: *const c_char,
    params_json: *const c_char,
    max_pages: u32,
) -> *mut c_char {
    boundary::envelope(|| {
        // SAFETY: forwarded from the caller.
        let (client, endpoint, params) = unsafe { named_call_arguments(client, endpoint, params_json) }?;
        fetch_all(client.clone(), endpoint, &params, max_pages)
    })
}

/// The state of a cursor: the walk, or why it could not start (reported by the first `_next`).
pub struct Walk<C>(Mutex<Result<Cursor<C>, Error>>);

/// A provider's cursor handle type, wrapping its walk. Each provider has its own so a C compiler tells
/// them apart.
pub trait CursorHandle: Sized {
    type Client: Caller + Clone;
    fn from_walk(walk: Walk<Self::Client>) -> Self;
    fn walk(&self) -> &Walk<Self::Client>;
}

/// Creates a cursor. It never fails here: a bad argument is reported by the first `_next`, so C callers
/// have one place to look.
///
/// # Safety
/// As [`call_named`].
pub unsafe fn cursor_new<H: CursorHandle>(
    client: *const H::Client,
    endpoint: *const c_char,
    params_json: *const c_char,
) -> *mut H {
    let start = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: forwarded from the caller.
        let (client, endpoint, params) = unsafe { named_call_arguments(client, endpoint, params_json) }?;
        Cursor::new(client.clone(), endpoint, &params)
    }))
    .unwrap_or_else(|_| Err(Error::new(ErrorCode::InternalError, "libaftersales caught a panic starting a cursor")));
    Box::into_raw(Box::new(H::from_walk(Walk(Mutex::new(start)))))
}

/// The next page's envelope; after the last page `{"ok": true, "data": null, "meta": {"done": true}}`.
///
/// # Safety
/// `cursor` is NULL or a live cursor handle.
pub unsafe fn cursor_next<H: CursorHandle>(cursor: *const H) -> *mut c_char {
    boundary::envelope(|| {
        // SAFETY: forwarded from the caller.
        let cursor = unsafe { borrow_handle(cursor, "cursor") }?;
        let mut state = cursor.walk().0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let walk = state.as_mut().map_err(|error| error.clone().with_walk_done(true))?;
        match walk.next_page()? {
            Some(page) => Ok(page),
            None => Ok(walk.finished_response()),
        }
    })
}

/// An envelope with a report about the client itself (its stats, its description), no request made.
///
/// # Safety
/// `client` is NULL or a live client handle.
pub unsafe fn client_report<C>(
    client: *const C,
    provider: Provider,
    report: &'static str,
    make: impl FnOnce(&C) -> Value,
) -> *mut c_char {
    boundary::envelope(|| {
        // SAFETY: forwarded from the caller.
        let client = unsafe { borrow_handle(client, "client") }?;
        Ok(Response { data: make(client).into(), meta: Meta::new(provider, report, std::time::Instant::now()) })
    })
}
