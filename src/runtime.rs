//! The one asynchronous runtime of the library, shared by every client in the process: its timers and
//! I/O let a call be cancelled while in flight, and its blocking pool runs the calls started with a
//! completion callback, so a host holds no thread of its own while they run.

use std::sync::LazyLock;

use tokio::runtime::{Builder, Runtime};

use crate::error::{Error, ErrorCode};

/// Threads that drive sockets and timers: two keep one slow TLS handshake from delaying the others.
const IO_THREADS: usize = 2;
/// The most calls started with a callback that run at once; more wait their turn. This bounds the
/// threads the library adds to a host, whatever it starts.
pub const MOST_CALLBACK_CALLS: usize = 64;

static RUNTIME: LazyLock<Result<Runtime, String>> = LazyLock::new(|| {
    Builder::new_multi_thread()
        .worker_threads(IO_THREADS)
        .max_blocking_threads(MOST_CALLBACK_CALLS)
        .thread_name("aftersales")
        .enable_all()
        .build()
        .map_err(|error| error.to_string())
});

/// The runtime, started on first use.
pub fn get() -> Result<&'static Runtime, Error> {
    RUNTIME
        .as_ref()
        .map_err(|error| Error::new(ErrorCode::InternalError, format!("the library's runtime did not start: {error}")))
}
