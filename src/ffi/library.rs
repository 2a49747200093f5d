//! Library-wide exports: versions, the catalogue, and freeing strings.

use std::ffi::c_char;

use super::boundary;
use crate::catalogue::catalogue_json;

/// The ABI version. It changes only when an existing function's signature or ownership rule changes;
/// new functions do not change it. Wrappers compare it with the version they were written for.
pub const AFTERSALES_ABI_VERSION: u32 = 1;

const VERSION_NUL: &str = concat!(env!("CARGO_PKG_VERSION"), "\0");

/// The library version as `"MAJOR.MINOR.PATCH"` (equal to `AFTERSALES_VERSION`).
///
/// Returns a static string: do not free it.
#[unsafe(no_mangle)]
pub extern "C" fn aftersales_version() -> *const c_char {
    VERSION_NUL.as_ptr().cast()
}

/// The ABI version of the loaded library (equal to `AFTERSALES_ABI_VERSION` of the matching header).
/// Check it at load time: a different value means the header or wrapper does not match the library.
#[unsafe(no_mangle)]
pub extern "C" fn aftersales_abi_version() -> u32 {
    AFTERSALES_ABI_VERSION
}

/// The endpoint catalogue as JSON: `{"version", "abi_version", "endpoints": [{"provider", "name",
/// "function", "title", "method", "path", "cmdkey"?, "doc", "writes", "paging", "result",
/// "result_description", "params": [{"name", "type", "required", "max_length", "range"?, "choices"?,
/// "default"?, "in", "description", "keys"?}]}], "error_codes": [{"code", "number", "family", "retryable",
/// "description"}], "config": [{"name", "providers", "type", "required", "default"?, "default_description"?,
/// "range"?, "choices"?, "secret", "description"}]}`.
///
/// Thread-safe. Returns a new string: free it with `aftersales_string_free`.
#[unsafe(no_mangle)]
pub extern "C" fn aftersales_endpoints() -> *mut c_char {
    boundary::into_c_string(catalogue_json())
}

/// Frees a string returned by any `aftersales_` function (envelopes, `error_json`, the catalogue).
/// NULL is a no-op. Never free these strings with `free()`, Python or .NET, and never free the static
/// string of `aftersales_version`.
///
/// Pointers: `text` is NULL or a string returned by this library that has not been freed yet.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_string_free(text: *mut c_char) {
    // SAFETY: forwarded from the caller.
    unsafe { boundary::free_c_string(text) }
}

/// How many strings this library has returned that were not yet freed with `aftersales_string_free`
/// (envelopes, `error_json` values, catalogues). It goes back to its earlier value when a piece of code
/// frees everything it received, which makes leaks easy to test for. Thread-safe.
#[unsafe(no_mangle)]
pub extern "C" fn aftersales_live_string_count() -> u64 {
    boundary::live_strings()
}
