//! libaftersales: one native library for the 易售后 (eshouhou) open platform and the 智邦国际 (Zhibang)
//! ERP after-sales module.
//!
//! Rust users call [`EshouhouClient`] and [`ZhibangClient`] directly: JSON parameters in (vendor names),
//! a [`Response`] with normalized `data` out, or an [`Error`] with a stable [`ErrorCode`]. C, Python and
//! .NET use the same clients through the C ABI in `ffi`, with JSON envelopes.
//!
//! `unsafe` is refused everywhere but in `ffi`, the one module that meets C's pointers.

#![deny(unsafe_code)]

mod call;
pub mod cancel;
pub mod catalogue;
mod charset;
pub mod client;
pub mod config;
mod credential;
pub mod deadline;
pub mod envelope;
pub mod error;
pub mod eshouhou;
pub mod events;
mod excerpt;
#[allow(unsafe_code)]
mod ffi;
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing;
mod json_object;
mod lenient_json;
pub mod options;
pub mod page;
pub mod paging;
pub mod params;
mod redact;
mod runtime;
pub mod secret;
mod stats;
pub mod store;
mod tls;
mod transport;
pub mod zhibang;

pub use client::Client;
pub use envelope::{Data, Meta, Response};
pub use error::{Error, ErrorCode, ErrorFamily};
pub use eshouhou::{EshouhouClient, EshouhouConfig};
pub use page::Page;
pub use paging::{Cursor, fetch_all};
pub use zhibang::{ZhibangClient, ZhibangConfig};

/// The library version (`Cargo.toml`).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The C ABI version; see `aftersales_abi_version`.
pub const ABI_VERSION: u32 = ffi::AFTERSALES_ABI_VERSION;
