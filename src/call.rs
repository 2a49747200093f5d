//! What every call of either provider does around its requests: an id, a deadline, the closing event
//! and the client's stats.

use crate::config::TransportConfig;
use crate::deadline::Deadline;
use crate::envelope::{Response, elapsed_ms};
use crate::error::Error;
use crate::events::{self, Level};
use crate::options::CallOptions;
use crate::transport::{CallScope, Owner};

/// The scope of one call: its deadline and per-request timeout (the call's own, else the config's), its
/// id and its cancel token.
pub fn scope<'a>(
    endpoint: &'a str,
    config: &TransportConfig,
    options: &'a CallOptions,
    request_id: &'a str,
) -> CallScope<'a> {
    CallScope {
        endpoint,
        deadline: Deadline::after(options.deadline.unwrap_or(config.deadline)),
        request_id,
        timeout: options.timeout.unwrap_or(config.timeout),
        cancel: options.cancel.as_ref(),
    }
}

/// A fresh call id: 16 hex digits, unique enough to find one call in a day of logs.
pub fn request_id() -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bits = fastrand::u64(..);
    // By hand: the formatting machinery costs more than the rest of the call's bookkeeping.
    (0..16).rev().map(|nibble| char::from(HEX[(bits >> (nibble * 4)) as usize & 0xf])).collect()
}

/// Counts the call in the client's stats, emits its closing event (`call` at info, or at warn when it
/// failed) and marks the outcome with the call's id.
pub fn finish(owner: &Owner, scope: &CallScope<'_>, outcome: Result<Response, Error>) -> Result<Response, Error> {
    let error_code = outcome.as_ref().err().map(Error::code);
    owner.stats.call(scope.deadline.elapsed(), error_code);
    let outcome = match outcome {
        Ok(mut response) => {
            response.meta.request_id = Some(scope.request_id.to_owned());
            Ok(response)
        }
        Err(error) => Err(error.with_request_id(scope.request_id)),
    };
    let level = if outcome.is_ok() { Level::Info } else { Level::Warn };
    events::emit(level, "call", |event| {
        event.provider = Some(owner.provider.as_str());
        event.client = owner.name.as_deref();
        event.endpoint = Some(scope.endpoint);
        event.request_id = Some(scope.request_id);
        event.elapsed_ms = Some(elapsed_ms(scope.deadline.started()));
        match &outcome {
            Ok(response) => event.requests = Some(response.meta.requests),
            Err(error) => {
                event.code = Some(error.code().as_str());
                event.status = error.http_status();
                event.message = Some(error.message());
            }
        }
    });
    outcome
}
