//! Zhibang handles: the client, the generic call, cursors and whole lists.

use std::ffi::{c_char, c_void};

use super::boundary;
use super::calls::{self, AftersalesCallCallback, CursorHandle, Walk};
use crate::ZhibangClient;
use crate::cancel::CancelToken;

/// A cursor over a Zhibang list endpoint: the next page and the filters, one page in memory at a time.
pub struct ZhibangCursor(Walk<ZhibangClient>);

impl CursorHandle for ZhibangCursor {
    type Client = ZhibangClient;

    fn from_walk(walk: Walk<ZhibangClient>) -> ZhibangCursor {
        ZhibangCursor(walk)
    }

    fn walk(&self) -> &Walk<ZhibangClient> {
        &self.0
    }
}

/// Creates a Zhibang client.
///
/// `config_json` is a JSON object with the zhibang config keys listed under "Config keys" at the top of
/// this header (their types, defaults and ranges). Unknown keys are an error.
///
/// Nothing is sent until the first call. The client logs in then, once for all threads, and shares the
/// session; when the server ends the session (time-out, or another login of the same account) it logs in
/// again once and retries the call once. A refused password is reported and remembered, never retried:
/// the server asks for a captcha after 3 failures (answer it with `aftersales_zhibang_login` and
/// `rndcode`). Use an account of its own for each client: a second login elsewhere ends this session.
///
/// Returns NULL on a bad config and, if `error_json` is not NULL, stores a failure envelope there (free
/// it with `aftersales_string_free`); on success `*error_json` is set to NULL.
///
/// The client is safe to use from many threads at once. Free it with `aftersales_zhibang_client_free`
/// once no call on it is in flight.
///
/// Pointers: `config_json` is NULL or a NUL-terminated string; `error_json` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_client_new(
    config_json: *const c_char,
    error_json: *mut *mut c_char,
) -> *mut ZhibangClient {
    // SAFETY: forwarded from the caller.
    unsafe {
        boundary::new_handle(error_json, || {
            ZhibangClient::from_json(boundary::optional_str(config_json, "config_json")?)
        })
    }
}

/// Frees a Zhibang client; NULL is a no-op. It does not log out (call `aftersales_zhibang_logout` first
/// to end the session on the server). No call on the client may be in flight. Cursors made from it stay
/// valid until freed.
///
/// Pointers: `client` is NULL or a client from `aftersales_zhibang_client_new` that was not freed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_client_free(client: *mut ZhibangClient) {
    // SAFETY: forwarded from the caller.
    unsafe { boundary::free_handle(client) }
}

/// Calls any Zhibang endpoint by its catalogue name (e.g. `"service_list"`), exactly as its own
/// function would. An unknown name is the error `unknown_endpoint`.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// Pointers: `client` is a live client or NULL; `endpoint` and `params_json` are NULL or NUL-terminated strings.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_call(
    client: *mut ZhibangClient,
    endpoint: *const c_char,
    params_json: *const c_char,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_named(client, endpoint, params_json) }
}

/// Starts a walk over every page of a Zhibang list endpoint (see `paging` in the catalogue).
///
/// `params_json` holds the endpoint's filters; `pageindex` (`page_index` for `user_list`) is the first
/// page (default 1) and `pagesize` (`page_size`) the page size (default 200). Each
/// `aftersales_zhibang_cursor_next` fetches one page, so memory stays flat however long the table is;
/// the walk ends at the server's page count or at an empty page.
///
/// Never returns NULL: a bad argument or a non-list endpoint is reported by the first `_next`. The
/// cursor keeps its own reference to the client. One thread at a time per cursor (calls are
/// serialized). Free it with `aftersales_zhibang_cursor_free`.
///
/// Pointers: as for `aftersales_zhibang_call`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_cursor_new(
    client: *mut ZhibangClient,
    endpoint: *const c_char,
    params_json: *const c_char,
) -> *mut ZhibangCursor {
    // SAFETY: forwarded from the caller.
    unsafe { calls::cursor_new(client, endpoint, params_json, std::ptr::null(), std::ptr::null()) }
}

/// The next page of a cursor as an envelope: `data` is the endpoint's table shape (`columns`, `rows`,
/// `page`) and `meta.done` is true on the last page. After the last page: `{"ok": true, "data": null,
/// "meta": {"done": true, ...}}`. A re-login during the walk is handled inside. A failed page is an error
/// envelope with `"meta": {"done": ...}`: a retryable failure (e.g. a timeout) says `false` and the next
/// call asks for the same page again; any other failure (a refused password, an HTTP 500) says `true`,
/// ends the walk, and every later call returns the same envelope without a request. Stop a loop on
/// `"ok":false` or on `"done":true`.
///
/// Returns a new envelope string: free it with `aftersales_string_free`.
///
/// Pointers: `cursor` is NULL or a live cursor from `aftersales_zhibang_cursor_new`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_cursor_next(cursor: *mut ZhibangCursor) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::cursor_next(cursor) }
}

/// Frees a cursor; NULL is a no-op.
///
/// Pointers: `cursor` is NULL or a cursor from `aftersales_zhibang_cursor_new` that was not freed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_cursor_free(cursor: *mut ZhibangCursor) {
    // SAFETY: forwarded from the caller.
    unsafe { boundary::free_handle(cursor) }
}

/// Fetches every page of a Zhibang list endpoint, up to `max_pages` pages (0: no limit), into one
/// envelope: `data` is `{"rows": [...], "columns": [...], "pages": n, "complete": bool}`; `complete` is
/// false when the limit stopped the walk. Prefer a cursor for long tables: this holds every row in memory.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// Pointers: as for `aftersales_zhibang_call`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_list_all(
    client: *mut ZhibangClient,
    endpoint: *const c_char,
    params_json: *const c_char,
    max_pages: u32,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::list_all(client, endpoint, params_json, max_pages) }
}

/// The client's counters since it was created, as an envelope whose `data` is `{"calls", "errors": {code:
/// count}, "requests", "retries", "logins", "token_renewals", "bytes_in", "bytes_out", "latency_ms":
/// {"p50", "p95", "p99"}}` (latencies of whole calls, within 25 %; null before the first call). Makes no
/// request and holds no secret.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_client_stats(client: *mut ZhibangClient) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::client_report(client, "client_stats", ZhibangClient::stats) }
}

/// What the client is, for a host's logs and diagnostics: an envelope whose `data` is `{"provider",
/// "base_url", "username", "name"}` (`name` is the config's label, or null). Never a secret.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// Pointers: `client` is NULL or a live client from `aftersales_zhibang_client_new`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_client_describe(client: *mut ZhibangClient) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::client_report(client, "client_describe", ZhibangClient::describe) }
}

/// Calls any Zhibang endpoint by its catalogue name, as `aftersales_zhibang_call` does, with options for this
/// call only and an optional cancel token.
///
/// `options_json` (NULL or `""`: none) is a JSON object: `deadline_ms` (replaces the config's bound on the
/// whole call), `timeout_ms` (replaces the config's bound on one request), `request_id` (the host's own
/// id for the call, 1–64 printable characters without spaces, in `meta.request_id`, the log events and
/// the error), and for a cursor `prefetch` (pages fetched ahead, 0–8, replacing the config's). Unknown keys
/// are an error, as in a config. `cancel` (NULL: none) is a token from
/// `aftersales_cancel_token_new`: once it is cancelled, from any thread, the call returns `cancelled`
/// within a few milliseconds, also while its request is in flight. A write that may already have left
/// is `outcome_unknown` instead, never `cancelled` alone. The client stays usable.
///
/// The per-endpoint functions (`aftersales_zhibang_<endpoint>`) keep their two arguments, so existing
/// callers never change; this function reaches every endpoint with options.
///
/// Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.
///
/// Pointers: `client` is NULL or a live client; `endpoint`, `params_json` and `options_json` are NULL or
/// NUL-terminated strings; `cancel` is NULL or a live cancel token.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_call_with(
    client: *mut ZhibangClient,
    endpoint: *const c_char,
    params_json: *const c_char,
    options_json: *const c_char,
    cancel: *mut CancelToken,
) -> *mut c_char {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_with(client, endpoint, params_json, options_json, cancel) }
}

/// Starts a call as `aftersales_zhibang_call_with` makes it, and returns at once: the call runs on one of
/// the library's call threads, and its envelope goes to `callback(user_data, envelope_json)` there. The
/// callback owns the envelope and frees it with `aftersales_string_free`.
///
/// The callback is called exactly once (unless `callback` is NULL, which starts nothing), from a thread
/// of the library, or on the calling thread before this function returns when an argument is bad. At
/// most 64 started calls run at once; more wait for a free call thread, so the threads the library adds
/// to a process stay bounded however many calls a host starts. The strings are copied before this
/// returns; the client and the token may be freed once the callback has run (the call keeps its own
/// references until then). Cancel with the token as for `aftersales_zhibang_call_with`.
///
/// Pointers: as for `aftersales_zhibang_call_with`; `callback` is NULL or a function that may be called from any
/// thread with `user_data`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_call_async(
    client: *mut ZhibangClient,
    endpoint: *const c_char,
    params_json: *const c_char,
    options_json: *const c_char,
    cancel: *mut CancelToken,
    callback: AftersalesCallCallback,
    user_data: *mut c_void,
) {
    // SAFETY: forwarded from the caller.
    unsafe { calls::call_async(client, endpoint, params_json, options_json, cancel, callback, user_data) }
}

/// Starts a walk as `aftersales_zhibang_cursor_new` does, with options (`deadline_ms`, `timeout_ms`,
/// `request_id`; see `aftersales_zhibang_call_with`) and a cancel token applied to every page's call.
/// A page whose call was cancelled is an error envelope with `"meta": {"done": false}`: the cursor stays
/// on that page, and the next `_cursor_next` (with the token no longer cancelled, i.e. a cursor made
/// with another token, or none) asks for it again. Since a cancelled token stays cancelled, a walk
/// cancelled for good simply stops being asked for pages.
///
/// Pointers: as for `aftersales_zhibang_call_with`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_zhibang_cursor_new_with(
    client: *mut ZhibangClient,
    endpoint: *const c_char,
    params_json: *const c_char,
    options_json: *const c_char,
    cancel: *mut CancelToken,
) -> *mut ZhibangCursor {
    // SAFETY: forwarded from the caller.
    unsafe { calls::cursor_new(client, endpoint, params_json, options_json, cancel) }
}
