//! The 智邦国际 (Zhibang) ERP: a login session shared by every call, ZSML pages answering
//! `{header, body}` documents, and the v3 web API answering `{Code, Msg, ...}`.

pub(crate) mod client;
mod config;
pub(crate) mod document;
pub(crate) mod normalize;
pub(crate) mod outcome;

pub use client::ZhibangClient;
pub use config::{LOGIN_PATHS, ZhibangConfig};
