//! One stream of log events for every language: each event is a JSON object handed to one process-wide
//! sink (the C callback, which the Python and .NET packages route to `logging` and `TraceSource`).
//!
//! A level below the sink's minimum costs one atomic load: events are built only when they will be
//! delivered. Events carry no secret, session, token, sign or query string: URLs are origin and path.

use std::sync::RwLock;
use std::sync::atomic::{AtomicU8, Ordering};

use serde::Serialize;

/// How much an event matters; the numbers are the C ABI's (`0` turns logging off).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[repr(u8)]
pub enum Level {
    Error = 1,
    Warn = 2,
    Info = 3,
    Debug = 4,
}

impl Level {
    pub const fn as_str(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warn => "warn",
            Level::Info => "info",
            Level::Debug => "debug",
        }
    }
}

/// Receives each delivered event: its level and its JSON text.
pub type Sink = Box<dyn Fn(Level, &str) + Send + Sync>;

/// The minimum level delivered, as a number (0: none), read before anything else is done.
static MINIMUM: AtomicU8 = AtomicU8::new(0);
/// Held for reading while an event is delivered, so replacing the sink waits for deliveries in flight:
/// after `set_sink` returns, the old sink is never called again.
static SINK: RwLock<Option<Sink>> = RwLock::new(None);

/// Replaces the process-wide sink (None: logging off). Waits for events being delivered to the old one.
pub fn set_sink(sink: Option<Sink>, minimum: Level) {
    let mut slot = SINK.write().unwrap_or_else(|poisoned| poisoned.into_inner());
    MINIMUM.store(if sink.is_some() { minimum as u8 } else { 0 }, Ordering::SeqCst);
    *slot = sink;
}

/// Whether an event of `level` would be delivered.
#[inline]
pub fn enabled(level: Level) -> bool {
    (level as u8) <= MINIMUM.load(Ordering::Relaxed)
}

/// What happened, with whatever fields apply. Built only when [`enabled`].
#[derive(Debug, Default, Serialize)]
pub struct Event<'a> {
    pub level: &'static str,
    pub event: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<&'a str>,
    /// The client's `name` from its config, a label the host chose.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<&'a str>,
    /// Origin and path only: a query may carry an access token.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attempt: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub elapsed_ms: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bytes: Option<u64>,
    /// For a whole call: the HTTP requests it took.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requests: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wait_ms: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<&'a str>,
    /// The library's own words (an error message, already scrubbed of secrets).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<&'a str>,
}

/// Delivers an event of `level` named `name`, its fields filled by `fill`, when that level is enabled.
pub fn emit<'a>(level: Level, name: &'static str, fill: impl FnOnce(&mut Event<'a>)) {
    if !enabled(level) {
        return;
    }
    let mut event = Event { level: level.as_str(), event: name, ..Event::default() };
    fill(&mut event);
    let Ok(json) = serde_json::to_string(&event) else { return };
    let slot = SINK.read().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(sink) = slot.as_ref() {
        sink(level, &json);
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;

    #[test]
    fn events_below_the_minimum_are_not_built_and_a_removed_sink_is_not_called() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let recorder = seen.clone();
        set_sink(
            Some(Box::new(move |level, json| {
                recorder.lock().map(|mut seen| seen.push((level, json.to_owned()))).unwrap_or_default()
            })),
            Level::Info,
        );
        let mut built = false;
        emit(Level::Debug, "request", |_| built = true);
        assert!(!built, "a disabled level builds nothing");
        emit(Level::Info, "login", |event| event.endpoint = Some("login"));
        set_sink(None, Level::Debug);
        emit(Level::Error, "late", |_| {});
        let seen = seen.lock().map(|seen| seen.clone()).unwrap_or_default();
        assert_eq!(seen.len(), 1);
        assert_eq!(seen[0].0, Level::Info);
        let event: serde_json::Value = serde_json::from_str(&seen[0].1).unwrap_or_default();
        assert_eq!(event, serde_json::json!({"level": "info", "event": "login", "endpoint": "login"}));
    }
}
