//! What the sandbox counts, so tests can assert on client behaviour (how often it logged in, whether it
//! retried, whether its logins overlapped) and not only on answers.

use std::collections::{BTreeMap, HashMap};
use std::sync::RwLock;
use std::sync::atomic::{AtomicU64, Ordering};

use serde::Serialize;

use crate::locks;

/// A snapshot of the counters since start or the last reset.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub eshouhou_tokens_issued: u64,
    /// Calls refused for a missing, unknown or expired access_token.
    pub eshouhou_token_rejections: u64,
    /// Successful Zhibang logins.
    pub zhibang_logins: u64,
    /// Zhibang login answers with a non-zero status.
    pub zhibang_login_failures: u64,
    /// Zhibang calls refused because the session was missing, unknown, timed out, kicked or logged out.
    pub zhibang_session_rejections: u64,
    /// Zhibang sessions that would be accepted right now.
    pub zhibang_active_sessions: u64,
    /// The most login requests that were being served at the same moment.
    pub max_concurrent_logins: u64,
    /// The most vendor requests that were being served at the same moment (shows whether a client's
    /// threads really call in parallel).
    pub max_concurrent_requests: u64,
    /// Vendor requests by lower-cased path without the query (admin calls are not counted).
    pub requests: BTreeMap<String, u64>,
}

#[derive(Default)]
pub(crate) struct Counters {
    eshouhou_tokens_issued: AtomicU64,
    eshouhou_token_rejections: AtomicU64,
    zhibang_logins: AtomicU64,
    zhibang_login_failures: AtomicU64,
    zhibang_session_rejections: AtomicU64,
    logins_in_flight: AtomicU64,
    max_concurrent_logins: AtomicU64,
    requests_in_flight: AtomicU64,
    max_concurrent_requests: AtomicU64,
    // Paths are few and repeat, so the common case only takes the read lock.
    requests: RwLock<HashMap<String, AtomicU64>>,
}

impl Counters {
    /// Counts a vendor request and marks it as being served until the returned guard is dropped.
    pub fn request_started(&self, path: &str) -> InFlight<'_> {
        // The read guard must be gone before the write lock is taken, hence the separate statement.
        let counted =
            locks::read(&self.requests).get(path).map(|count| count.fetch_add(1, Ordering::Relaxed)).is_some();
        if !counted {
            locks::write(&self.requests).entry(path.to_owned()).or_default().fetch_add(1, Ordering::Relaxed);
        }
        InFlight::start(&self.requests_in_flight, &self.max_concurrent_requests)
    }

    pub fn token_issued(&self) {
        self.eshouhou_tokens_issued.fetch_add(1, Ordering::Relaxed);
    }

    pub fn token_rejected(&self) {
        self.eshouhou_token_rejections.fetch_add(1, Ordering::Relaxed);
    }

    pub fn login_succeeded(&self) {
        self.zhibang_logins.fetch_add(1, Ordering::Relaxed);
    }

    pub fn login_failed(&self) {
        self.zhibang_login_failures.fetch_add(1, Ordering::Relaxed);
    }

    pub fn session_rejected(&self) {
        self.zhibang_session_rejections.fetch_add(1, Ordering::Relaxed);
    }

    /// Marks a login as being served until the returned guard is dropped.
    pub fn login_started(&self) -> InFlight<'_> {
        InFlight::start(&self.logins_in_flight, &self.max_concurrent_logins)
    }

    pub fn snapshot(&self, active_sessions: u64) -> Stats {
        Stats {
            eshouhou_tokens_issued: self.eshouhou_tokens_issued.load(Ordering::Relaxed),
            eshouhou_token_rejections: self.eshouhou_token_rejections.load(Ordering::Relaxed),
            zhibang_logins: self.zhibang_logins.load(Ordering::Relaxed),
            zhibang_login_failures: self.zhibang_login_failures.load(Ordering::Relaxed),
            zhibang_session_rejections: self.zhibang_session_rejections.load(Ordering::Relaxed),
            zhibang_active_sessions: active_sessions,
            max_concurrent_logins: self.max_concurrent_logins.load(Ordering::SeqCst),
            max_concurrent_requests: self.max_concurrent_requests.load(Ordering::SeqCst),
            requests: locks::read(&self.requests)
                .iter()
                .map(|(path, count)| (path.clone(), count.load(Ordering::Relaxed)))
                .collect(),
        }
    }

    /// Zeroes every counter; requests being served right now stay counted as in flight.
    pub fn reset(&self) {
        for counter in [
            &self.eshouhou_tokens_issued,
            &self.eshouhou_token_rejections,
            &self.zhibang_logins,
            &self.zhibang_login_failures,
            &self.zhibang_session_rejections,
            &self.max_concurrent_logins,
            &self.max_concurrent_requests,
        ] {
            counter.store(0, Ordering::SeqCst);
        }
        locks::write(&self.requests).clear();
    }
}

/// One request (or login) being served; keeps the high-water mark of how many were served at once.
pub(crate) struct InFlight<'a> {
    in_flight: &'a AtomicU64,
}

impl<'a> InFlight<'a> {
    fn start(in_flight: &'a AtomicU64, high_water: &AtomicU64) -> InFlight<'a> {
        let now_serving = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        high_water.fetch_max(now_serving, Ordering::SeqCst);
        InFlight { in_flight }
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}
