//! The process-wide log callback: the C end of the event stream (`crate::events`).

use std::ffi::{CString, c_char, c_void};

use crate::events::{self, Level};

/// No events (pass as `min_level`, or pass a NULL callback).
pub const AFTERSALES_LOG_OFF: u32 = 0;
/// Failures the host should see: none are emitted today, kept for the order of levels.
pub const AFTERSALES_LOG_ERROR: u32 = 1;
/// A call that failed, a retry, a re-login, a refused redirect, an over-large answer, an unknown outcome.
pub const AFTERSALES_LOG_WARN: u32 = 2;
/// One event per call, logins, token renewals and write verifications.
pub const AFTERSALES_LOG_INFO: u32 = 3;
/// Every HTTP request and response as well.
pub const AFTERSALES_LOG_DEBUG: u32 = 4;

/// Receives one log event: `user_data` as registered, the event's level (`AFTERSALES_LOG_ERROR` …
/// `AFTERSALES_LOG_DEBUG`) and the event as a JSON object (see `aftersales_set_log_callback`), valid only
/// until the callback returns.
pub type AftersalesLogCallback =
    Option<unsafe extern "C" fn(user_data: *mut c_void, level: u32, event_json: *const c_char)>;

/// The host's `user_data`, handed back as it was given.
struct UserData(*mut c_void);

// SAFETY: the library never reads through the pointer; it only passes it back to the host's callback,
// which the host has promised may be called from any thread (see `aftersales_set_log_callback`).
unsafe impl Send for UserData {}
// SAFETY: as above; the pointer is never dereferenced here.
unsafe impl Sync for UserData {}

/// Sets the process-wide log callback, or turns logging off with a NULL `callback` or `min_level` 0.
///
/// Each event is one JSON object: `level` ("error", "warn", "info", "debug"), `event` (`call`, `request`,
/// `response`, `retry`, `login`, `relogin`, `token_issued`, `token_refused`, `verify`,
/// `redirect_refused`, `response_too_large`, `outcome_unknown`), and whichever apply of `provider`,
/// `client` (the config's `name`), `endpoint`, `method`, `url` (origin and path only), `status`,
/// `attempt`, `requests`, `elapsed_ms`, `bytes`, `wait_ms`, `request_id`, `code`, `message`. No event
/// ever holds a password, app secret, token, sign, session or query string.
///
/// Events at `min_level` and more severe are delivered (`AFTERSALES_LOG_ERROR` 1 … `AFTERSALES_LOG_DEBUG`
/// 4); less severe ones cost one atomic read and are never built.
///
/// Threads: the callback is called on the thread making the call, from any thread that calls the
/// library, possibly from several at once, so it must be thread-safe. It must not call
/// `aftersales_set_log_callback` itself. Once `aftersales_set_log_callback` returns (with a new
/// callback or NULL), the previous callback is never called again: the call waits for deliveries in
/// flight. `event_json` is owned by the library and valid only during the callback; copy it to keep it.
///
/// Pointers: `callback` is NULL or a function that may be called from any thread with `user_data` until this
/// function is called again.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_set_log_callback(
    callback: AftersalesLogCallback,
    user_data: *mut c_void,
    min_level: u32,
) {
    let minimum = match min_level {
        AFTERSALES_LOG_OFF => None,
        AFTERSALES_LOG_ERROR => Some(Level::Error),
        AFTERSALES_LOG_WARN => Some(Level::Warn),
        AFTERSALES_LOG_INFO => Some(Level::Info),
        // Anything above debug asks for everything there is.
        AFTERSALES_LOG_DEBUG.. => Some(Level::Debug),
    };
    let (Some(callback), Some(minimum)) = (callback, minimum) else {
        events::set_sink(None, Level::Error);
        return;
    };
    let user_data = UserData(user_data);
    events::set_sink(
        Some(Box::new(move |level, json| {
            // serde_json escapes NUL, so an event always makes a C string.
            if let Ok(text) = CString::new(json) {
                let user_data = &user_data;
                // SAFETY: the host registered `callback` for exactly this use, with this `user_data`.
                unsafe { callback(user_data.0, level as u32, text.as_ptr()) };
            }
        })),
        minimum,
    );
}
