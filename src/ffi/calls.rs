//! The bodies shared by both providers' exports: a call by name, a cursor over a list, a whole list.
//! Each provider's `extern "C"` functions are one line that picks its client type.

use std::ffi::{c_char, c_void};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Mutex;

use serde_json::{Map, Value};

use super::boundary::{self, borrow_handle, optional_str, required_str};
use crate::cancel::CancelToken;
use crate::catalogue::Vendor;
use crate::client::Client;
use crate::envelope::{Meta, Response};
use crate::error::{Error, ErrorCode};
use crate::options::CallOptions;
use crate::paging::{Cursor, fetch_all};
use crate::params::parse_object;
use crate::runtime;

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

/// One call's options from `options_json` (NULL or `""`: none) and a cancel token (NULL: none).
///
/// # Safety
/// `options_json` is NULL or NUL-terminated; `cancel` is NULL or a live cancel token.
unsafe fn read_options(options_json: *const c_char, cancel: *const CancelToken) -> Result<CallOptions, Error> {
    // SAFETY: forwarded from the caller.
    let options = parse_object(unsafe { optional_str(options_json, "options_json") }?, "options_json")?;
    // SAFETY: forwarded from the caller; the token is cloned, so the call does not borrow the handle.
    let cancel = unsafe { cancel.as_ref() }.cloned();
    CallOptions::from_map(options, cancel)
}

/// Calls `endpoint` (a catalogue name known at compile time) on `client`.
///
/// # Safety
/// `client` is NULL or a live client handle; `params_json` is NULL or a NUL-terminated string.
pub unsafe fn call_endpoint<C: Client>(client: *const C, endpoint: &str, params_json: *const c_char) -> *mut c_char {
    boundary::envelope(|| {
        // SAFETY: forwarded from the caller.
        let client = unsafe { borrow_handle(client, "client") }?;
        // SAFETY: forwarded from the caller.
        let params = parse_object(unsafe { optional_str(params_json, "params_json") }?, "params_json")?;
        client.call(endpoint, &params)
    })
}

/// Calls the endpoint named by the caller.
///
/// # Safety
/// As [`call_endpoint`], and `endpoint` is NULL or a NUL-terminated string.
pub unsafe fn call_named<C: Client>(
    client: *const C,
    endpoint: *const c_char,
    params_json: *const c_char,
) -> *mut c_char {
    boundary::envelope(|| {
        // SAFETY: forwarded from the caller.
        let (client, endpoint, params) = unsafe { named_call_arguments(client, endpoint, params_json) }?;
        client.call(endpoint, &params)
    })
}

/// Calls the endpoint named by the caller with one call's options and cancel token.
///
/// # Safety
/// As [`call_named`], and `options_json` is NULL or NUL-terminated, `cancel` NULL or a live token.
pub unsafe fn call_with<C: Client>(
    client: *const C,
    endpoint: *const c_char,
    params_json: *const c_char,
    options_json: *const c_char,
    cancel: *const CancelToken,
) -> *mut c_char {
    boundary::envelope(|| {
        // SAFETY: forwarded from the caller.
        let (client, endpoint, params) = unsafe { named_call_arguments(client, endpoint, params_json) }?;
        // SAFETY: forwarded from the caller.
        let options = unsafe { read_options(options_json, cancel) }?;
        client.call_with(endpoint, &params, &options)
    })
}

/// Receives the envelope of a call started with a callback: `user_data` as given, and the envelope,
/// which the callback owns and frees with `aftersales_string_free`.
pub type AftersalesCallCallback = Option<unsafe extern "C" fn(user_data: *mut c_void, envelope_json: *mut c_char)>;

/// The host's `user_data`, handed back on another thread as it was given.
struct CallbackData(*mut c_void);

// SAFETY: the library never reads through the pointer; the host promised it may go to the callback on
// any thread (see `aftersales_<provider>_call_async`).
unsafe impl Send for CallbackData {}

/// Starts a call on the library's pool of call threads and hands its envelope to `callback` there. The
/// arguments are read (and copied) before this returns; a bad one is delivered to the callback at once,
/// on the calling thread.
///
/// # Safety
/// As [`call_with`]; `callback` may be called once, from any thread, with `user_data`.
pub unsafe fn call_async<C: Client + Clone + Send + 'static>(
    client: *const C,
    endpoint: *const c_char,
    params_json: *const c_char,
    options_json: *const c_char,
    cancel: *const CancelToken,
    callback: AftersalesCallCallback,
    user_data: *mut c_void,
) {
    let Some(callback) = callback else { return };
    let user_data = CallbackData(user_data);
    let deliver = move |envelope: *mut c_char| {
        let user_data = user_data;
        // SAFETY: the host registered `callback` for exactly this, with this `user_data`; the envelope
        // is a fresh string the callback now owns.
        unsafe { callback(user_data.0, envelope) };
    };
    let started = catch_unwind(AssertUnwindSafe(|| -> Result<_, Error> {
        // SAFETY: forwarded from the caller.
        let (client, endpoint, params) = unsafe { named_call_arguments(client, endpoint, params_json) }?;
        // SAFETY: forwarded from the caller.
        let options = unsafe { read_options(options_json, cancel) }?;
        let endpoint = endpoint.to_owned();
        Ok((client.clone(), endpoint, params, options, runtime::get()?))
    }))
    .unwrap_or_else(|_| Err(Error::new(ErrorCode::InternalError, "libaftersales caught a panic starting a call")));
    match started {
        Ok((client, endpoint, params, options, runtime)) => {
            runtime.spawn_blocking(move || {
                deliver(boundary::envelope(|| client.call_with(&endpoint, &params, &options)));
            });
        }
        Err(error) => deliver(boundary::envelope(|| Err(error))),
    }
}

/// Every page of a list in one envelope, up to `max_pages` (0: no limit).
///
/// # Safety
/// As [`call_named`].
pub unsafe fn list_all<C: Client + Clone + Send + Sync + 'static>(
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
pub struct Walk<C: Client>(Mutex<Result<Cursor<C>, Error>>);

/// A provider's cursor handle type, wrapping its walk. Each provider has its own so a C compiler tells
/// them apart.
pub trait CursorHandle: Sized {
    type Client: Client + Clone + Send + Sync + 'static;
    fn from_walk(walk: Walk<Self::Client>) -> Self;
    fn walk(&self) -> &Walk<Self::Client>;
}

/// Creates a cursor. It never fails here: a bad argument is reported by the first `_next`, so C callers
/// have one place to look.
///
/// # Safety
/// As [`call_with`].
pub unsafe fn cursor_new<H: CursorHandle>(
    client: *const H::Client,
    endpoint: *const c_char,
    params_json: *const c_char,
    options_json: *const c_char,
    cancel: *const CancelToken,
) -> *mut H {
    let start = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: forwarded from the caller.
        let (client, endpoint, params) = unsafe { named_call_arguments(client, endpoint, params_json) }?;
        // SAFETY: forwarded from the caller.
        let options = unsafe { read_options(options_json, cancel) }?;
        Cursor::prefetching(client.clone(), endpoint, &params, options)
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
pub unsafe fn client_report<C: Client>(
    client: *const C,
    report: &'static str,
    make: impl FnOnce(&C) -> Value,
) -> *mut c_char {
    boundary::envelope(|| {
        // SAFETY: forwarded from the caller.
        let client = unsafe { borrow_handle(client, "client") }?;
        let meta = Meta::new(C::Vendor::PROVIDER, report, std::time::Instant::now());
        Ok(Response { data: make(client).into(), meta })
    })
}
