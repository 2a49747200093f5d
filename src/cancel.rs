//! A caller's way to stop a call from another thread: a token it hands to one or more calls and cancels
//! whenever it likes. A call in flight notices within a poll of its runtime, not at its next timeout.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use tokio::sync::Notify;

/// A cancel token: cancels every call that carries it, once and for good (every call given it watches the same token).
#[derive(Clone, Debug, Default)]
pub struct CancelToken {
    inner: Arc<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    cancelled: AtomicBool,
    notify: Notify,
}

impl CancelToken {
    pub fn new() -> CancelToken {
        CancelToken::default()
    }

    /// Cancels the calls carrying the token, now and later; harmless to repeat, from any thread.
    pub fn cancel(&self) {
        self.inner.cancelled.store(true, Ordering::SeqCst);
        self.inner.notify.notify_waiters();
    }

    pub fn is_cancelled(&self) -> bool {
        self.inner.cancelled.load(Ordering::SeqCst)
    }

    /// Completes once the token is cancelled.
    pub async fn cancelled(&self) {
        loop {
            let notified = self.inner.notify.notified();
            tokio::pin!(notified);
            // Registered before the flag is read, so a cancel between the two is not missed.
            notified.as_mut().enable();
            if self.is_cancelled() {
                return;
            }
            notified.await;
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::*;

    #[test]
    fn a_waiting_call_wakes_when_another_thread_cancels() {
        let token = CancelToken::new();
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        let canceller = token.clone();
        let started = Instant::now();
        let thread = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(50));
            canceller.cancel();
            canceller.cancel();
        });
        runtime.block_on(token.cancelled());
        assert!(token.is_cancelled() && started.elapsed() < Duration::from_secs(5));
        assert!(thread.join().is_ok());
        runtime.block_on(token.cancelled());
    }
}
