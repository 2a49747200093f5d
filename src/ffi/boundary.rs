//! The one path every `extern "C"` body takes: pointers checked, UTF-8 decoded, panics caught, and every
//! outcome turned into an envelope string the caller owns.

use std::any::Any;
use std::ffi::{CStr, CString, c_char};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::ptr;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::envelope::{Response, envelope_bytes, failure_json};
use crate::error::{Error, ErrorCode};

/// Runs a call and returns its envelope. A panic becomes an `internal_error` envelope: it never unwinds
/// into C, Python or .NET.
pub fn envelope(call: impl FnOnce() -> Result<Response, Error>) -> *mut c_char {
    let json = match catch_unwind(AssertUnwindSafe(call)) {
        Ok(outcome) => envelope_bytes(&outcome),
        Err(payload) => failure_json(&panic_error(payload.as_ref())).into_bytes(),
    };
    into_c_string(json)
}

/// Creates a handle, or stores the failure envelope in `*error_json` and returns NULL. `*error_json`
/// is set to NULL on success, so the caller may always free it.
///
/// # Safety
/// `error_json` is NULL or points to writable storage for one pointer.
pub unsafe fn new_handle<T>(error_json: *mut *mut c_char, create: impl FnOnce() -> Result<T, Error>) -> *mut T {
    let outcome = catch_unwind(AssertUnwindSafe(create)).unwrap_or_else(|payload| Err(panic_error(payload.as_ref())));
    let (handle, error) = match outcome {
        Ok(value) => (Box::into_raw(Box::new(value)), ptr::null_mut()),
        Err(error) => (ptr::null_mut(), into_c_string(failure_json(&error))),
    };
    if error_json.is_null() {
        // SAFETY: `error` is NULL or was just made by `into_c_string` and is not shared.
        unsafe { free_c_string(error) };
    } else {
        // SAFETY: the caller guarantees `error_json` is writable.
        unsafe { *error_json = error };
    }
    handle
}

/// Frees a handle made by [`new_handle`]; NULL is a no-op.
///
/// # Safety
/// `handle` is NULL or came from [`new_handle`] with the same `T` and was not freed before.
pub unsafe fn free_handle<T>(handle: *mut T) {
    if handle.is_null() {
        return;
    }
    // A panic in a destructor must not cross the boundary either; there is nothing to report it to.
    let _ = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: the caller guarantees `handle` is a live, unshared Box pointer.
        drop(unsafe { Box::from_raw(handle) });
    }));
}

/// Borrows a handle, or reports a NULL one.
///
/// # Safety
/// `handle` is NULL or a live handle of type `T`, not freed while the borrow lasts.
pub unsafe fn borrow_handle<'a, T>(handle: *const T, name: &str) -> Result<&'a T, Error> {
    // SAFETY: the caller guarantees `handle` is NULL or valid for the borrow.
    unsafe { handle.as_ref() }
        .ok_or_else(|| Error::parameter(ErrorCode::NullArgument, name, format!("`{name}` is NULL")))
}

/// Reads an optional NUL-terminated UTF-8 string (NULL means absent).
///
/// # Safety
/// `text` is NULL or a NUL-terminated string that outlives the borrow.
pub unsafe fn optional_str<'a>(text: *const c_char, name: &str) -> Result<Option<&'a str>, Error> {
    if text.is_null() {
        return Ok(None);
    }
    // SAFETY: the caller guarantees a NUL-terminated string.
    let bytes = unsafe { CStr::from_ptr(text) };
    bytes
        .to_str()
        .map(Some)
        .map_err(|_| Error::parameter(ErrorCode::InvalidUtf8, name, format!("`{name}` is not valid UTF-8")))
}

/// Reads a required NUL-terminated UTF-8 string.
///
/// # Safety
/// As [`optional_str`].
pub unsafe fn required_str<'a>(text: *const c_char, name: &str) -> Result<&'a str, Error> {
    // SAFETY: forwarded from the caller.
    unsafe { optional_str(text, name) }?
        .ok_or_else(|| Error::parameter(ErrorCode::NullArgument, name, format!("`{name}` is NULL")))
}

/// Strings handed out and not yet freed, for `aftersales_live_string_count`.
static LIVE_STRINGS: AtomicU64 = AtomicU64::new(0);

pub fn live_strings() -> u64 {
    LIVE_STRINGS.load(Ordering::Relaxed)
}

/// Hands a string (UTF-8 text, as a `String` or the bytes of one) to the caller, who frees it with
/// `aftersales_string_free`.
pub fn into_c_string(text: impl Into<Vec<u8>>) -> *mut c_char {
    LIVE_STRINGS.fetch_add(1, Ordering::Relaxed);
    let text = text.into();
    // serde_json escapes U+0000, so an envelope has no interior NUL; anything else is a bug worth an
    // envelope rather than a NULL the caller must special-case.
    let text = if has_nul(&text) {
        CString::new(failure_json(&Error::new(ErrorCode::InternalError, "a result held a NUL character")))
            .unwrap_or_default()
    } else {
        // SAFETY: `has_nul` just found no NUL in `text`.
        unsafe { CString::from_vec_unchecked(text) }
    };
    text.into_raw()
}

/// Whether `bytes` hold a NUL. Branch-free over blocks so the compiler vectorizes it: std's `memchr`,
/// which `CString::new` uses, goes a word at a time.
fn has_nul(bytes: &[u8]) -> bool {
    bytes.chunks(64).any(|block| block.iter().fold(false, |found, &byte| found | (byte == 0)))
}

/// Frees a string from [`into_c_string`]; NULL is a no-op.
///
/// # Safety
/// `text` is NULL or came from [`into_c_string`] and was not freed before.
pub unsafe fn free_c_string(text: *mut c_char) {
    if !text.is_null() {
        LIVE_STRINGS.fetch_sub(1, Ordering::Relaxed);
        // SAFETY: the caller guarantees the pointer came from `CString::into_raw`.
        drop(unsafe { CString::from_raw(text) });
    }
}

fn panic_error(payload: &(dyn Any + Send)) -> Error {
    let detail = payload
        .downcast_ref::<&str>()
        .map(|text| (*text).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    Error::new(
        ErrorCode::InternalError,
        format!("libaftersales caught a panic (a bug; the client is still usable): {detail}"),
    )
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;

    fn take(text: *mut c_char) -> Value {
        // SAFETY: `text` came from `envelope`/`into_c_string` in these tests.
        let json = unsafe { CStr::from_ptr(text) }.to_str().map(str::to_owned).unwrap_or_default();
        // SAFETY: as above, freed once.
        unsafe { free_c_string(text) };
        serde_json::from_str(&json).unwrap_or(Value::Null)
    }

    #[test]
    fn a_panic_becomes_an_internal_error_envelope() {
        let envelope = take(envelope(|| panic!("boom")));
        assert_eq!(envelope["ok"], Value::Bool(false));
        assert_eq!(envelope["error"]["code"], Value::from("internal_error"));
        assert!(envelope["error"]["message"].as_str().is_some_and(|message| message.contains("boom")));
    }

    #[test]
    fn a_panicking_constructor_reports_through_error_json() {
        let mut error: *mut c_char = ptr::null_mut();
        // SAFETY: `error` is a valid out-pointer.
        let handle: *mut u8 = unsafe { new_handle(&mut error, || panic!("ctor")) };
        assert!(handle.is_null());
        assert_eq!(take(error)["error"]["code"], Value::from("internal_error"));
    }

    #[test]
    fn null_and_invalid_utf8_are_input_errors() {
        // SAFETY: NULL and a NUL-terminated byte string.
        let null = unsafe { required_str(ptr::null(), "endpoint") }.expect_err("null");
        assert_eq!(null.code(), ErrorCode::NullArgument);
        let bad = b"\xff\xfe\0";
        // SAFETY: `bad` is NUL-terminated.
        let invalid = unsafe { optional_str(bad.as_ptr().cast(), "params_json") }.expect_err("utf8");
        assert_eq!(invalid.code(), ErrorCode::InvalidUtf8);
    }

    #[test]
    fn a_nul_anywhere_becomes_an_internal_error_envelope() {
        for at in [0, 1, 63, 64, 65, 199] {
            let mut text = vec![b'a'; 200];
            text[at] = 0;
            assert!(has_nul(&text), "NUL at {at}");
            assert_eq!(take(into_c_string(text))["error"]["code"], Value::from("internal_error"));
        }
        assert!(!has_nul(&[b'a'; 200]));
        assert_eq!(take(into_c_string(r#"{"ok":true}"#))["ok"], Value::Bool(true));
    }
}
