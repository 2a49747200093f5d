//! The C ABI. Every `extern "C"` function and every `unsafe` block of the library lives in this module;
//! everything it calls is safe Rust.
//!
//! Conventions (the header repeats them): strings in are NUL-terminated UTF-8 and are not kept after
//! the call; every call returns a JSON envelope the caller frees with `aftersales_string_free`; handles
//! are opaque, thread-safe, and freed by their `_free` function once no call on them is in flight.

mod boundary;
mod calls;
mod cancel;
mod endpoints;
mod error_codes;
mod eshouhou;
mod library;
mod logging;
mod store;
mod zhibang;

pub use library::AFTERSALES_ABI_VERSION;
