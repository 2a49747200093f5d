//! The 易售后 (eshouhou) open platform: signed token auth and GET endpoints answering
//! `{ResultCode, ErrorMsg, ResultValue}`.

mod client;
mod config;
mod display_rows;
pub(crate) mod normalize;
pub(crate) mod reply;
mod sign;

pub use client::EshouhouClient;
pub use config::{DEFAULT_BASE_URL, EshouhouConfig};
pub use display_rows::DisplayRows;
