//! Integration tests of libaftersales through its C ABI: the built shared library is loaded with
//! `dlopen` and driven against the sandbox on loopback, as C, Python and .NET callers drive it.

mod boundary;
mod catalogue_sync;
mod common;
mod control;
mod eshouhou;
mod events;
mod header;
mod hostile;
mod paging;
mod store;
mod zhibang;
mod zhibang_pages;
