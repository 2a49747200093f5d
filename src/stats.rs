//! Counters a client keeps from its creation, for the people who run it: calls, errors by code, retries,
//! logins, token renewals, bytes, and call latency percentiles. Lock-free on the success path.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use serde_json::{Value, json};

use crate::error::ErrorCode;

/// Latency buckets grow by a quarter each, from 10 µs: 96 of them reach past an hour, and a percentile
/// read from them is within 25 % of the true value, which is what an operator needs from p50/p95/p99.
const BUCKETS: usize = 96;
const FIRST_BUCKET_MICROS: f64 = 10.0;
const GROWTH: f64 = 1.25;

#[derive(Debug)]
pub struct ClientStats {
    calls: AtomicU64,
    requests: AtomicU64,
    retries: AtomicU64,
    logins: AtomicU64,
    token_renewals: AtomicU64,
    bytes_in: AtomicU64,
    bytes_out: AtomicU64,
    errors: Mutex<BTreeMap<&'static str, u64>>,
    latency: [AtomicU64; BUCKETS],
}

impl Default for ClientStats {
    fn default() -> ClientStats {
        ClientStats {
            calls: AtomicU64::new(0),
            requests: AtomicU64::new(0),
            retries: AtomicU64::new(0),
            logins: AtomicU64::new(0),
            token_renewals: AtomicU64::new(0),
            bytes_in: AtomicU64::new(0),
            bytes_out: AtomicU64::new(0),
            errors: Mutex::new(BTreeMap::new()),
            latency: std::array::from_fn(|_| AtomicU64::new(0)),
        }
    }
}

impl ClientStats {
    /// A finished call: its duration and, if it failed, its code.
    pub fn call(&self, elapsed: Duration, error: Option<ErrorCode>) {
        self.calls.fetch_add(1, Ordering::Relaxed);
        self.latency[bucket(elapsed)].fetch_add(1, Ordering::Relaxed);
        if let Some(code) = error {
            let mut errors = self.errors.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            *errors.entry(code.as_str()).or_default() += 1;
        }
    }

    /// One HTTP request sent (`retry` when it repeats one that failed) with its body's size.
    pub fn request(&self, retry: bool, bytes_out: u64) {
        self.requests.fetch_add(1, Ordering::Relaxed);
        self.bytes_out.fetch_add(bytes_out, Ordering::Relaxed);
        if retry {
            self.retries.fetch_add(1, Ordering::Relaxed);
        }
    }

    pub fn received(&self, bytes: u64) {
        self.bytes_in.fetch_add(bytes, Ordering::Relaxed);
    }

    pub fn login(&self) {
        self.logins.fetch_add(1, Ordering::Relaxed);
    }

    pub fn token_renewal(&self) {
        self.token_renewals.fetch_add(1, Ordering::Relaxed);
    }

    /// The counters as JSON: `{"calls", "errors": {code: n}, "requests", "retries", "logins",
    /// "token_renewals", "bytes_in", "bytes_out", "latency_ms": {"p50", "p95", "p99"}}`.
    pub fn to_json(&self) -> Value {
        let errors = self.errors.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).clone();
        let counts: Vec<u64> = self.latency.iter().map(|count| count.load(Ordering::Relaxed)).collect();
        let load = |counter: &AtomicU64| counter.load(Ordering::Relaxed);
        json!({
            "calls": load(&self.calls),
            "errors": errors,
            "requests": load(&self.requests),
            "retries": load(&self.retries),
            "logins": load(&self.logins),
            "token_renewals": load(&self.token_renewals),
            "bytes_in": load(&self.bytes_in),
            "bytes_out": load(&self.bytes_out),
            "latency_ms": {
                "p50": percentile(&counts, 0.50),
                "p95": percentile(&counts, 0.95),
                "p99": percentile(&counts, 0.99),
            },
        })
    }
}

fn bucket(elapsed: Duration) -> usize {
    let micros = elapsed.as_secs_f64() * 1e6;
    if micros <= FIRST_BUCKET_MICROS {
        return 0;
    }
    let index = ((micros / FIRST_BUCKET_MICROS).ln() / GROWTH.ln()).ceil();
    (index as usize).min(BUCKETS - 1)
}

/// The upper bound (in ms) of the bucket holding the `share` quantile; null before any call.
fn percentile(counts: &[u64], share: f64) -> Value {
    let total: u64 = counts.iter().sum();
    if total == 0 {
        return Value::Null;
    }
    let wanted = ((total as f64) * share).ceil().max(1.0) as u64;
    let mut seen = 0;
    for (index, count) in counts.iter().enumerate() {
        seen += count;
        if seen >= wanted {
            let upper_micros = FIRST_BUCKET_MICROS * GROWTH.powi(index as i32);
            return json!((upper_micros / 10.0).round() / 100.0);
        }
    }
    Value::Null
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_fall_in_the_bucket_of_their_calls() {
        let stats = ClientStats::default();
        for _ in 0..90 {
            stats.call(Duration::from_millis(2), None);
        }
        for _ in 0..10 {
            stats.call(Duration::from_millis(200), Some(ErrorCode::Timeout));
        }
        let json = stats.to_json();
        let p50 = json["latency_ms"]["p50"].as_f64().unwrap_or_default();
        let p99 = json["latency_ms"]["p99"].as_f64().unwrap_or_default();
        assert!((2.0..2.5).contains(&p50), "{json}");
        assert!((200.0..250.0).contains(&p99), "{json}");
        assert_eq!(json["errors"], json!({"timeout": 10}));
        assert_eq!(json["calls"], json!(100));
    }

    #[test]
    fn no_calls_no_percentiles() {
        assert_eq!(ClientStats::default().to_json()["latency_ms"]["p50"], Value::Null);
    }
}
