//! Entry points for the `cargo fuzz` targets in `fuzz/` (feature `fuzzing`; see FUZZING.md).
//!
//! Each function takes arbitrary bytes where the library takes them from the other side: a vendor's answer
//! body, or a caller's JSON. It runs them through the same decoders and normalizers a client runs, picked by
//! a catalogue endpoint, and writes the envelope the C ABI would hand back. None of them may panic, whatever
//! the input: a panic is a bug the fuzzer reports. Outcomes are dropped, as only crashes matter here.

use std::hint::black_box;
use std::time::Instant;

use serde_json::{Map, Value, json};

use crate::catalogue::{Endpoint, Eshouhou, ParamLocation, Vendor, Zhibang, eshouhou, zhibang};
use crate::envelope::{self, Data, Meta, Response};
use crate::error::{Error, ErrorCode};
use crate::eshouhou::reply::{self, Reply};
use crate::eshouhou::{EshouhouClient, EshouhouConfig};
use crate::params::{self, Params, WireValue};
use crate::zhibang::ZhibangClient;
use crate::zhibang::client::{normalize_document, normalize_web_api};
use crate::zhibang::document;

/// An eshouhou answer to the GET endpoint at `endpoint_index` (modulo their number): decoded as
/// `{ResultCode, ErrorMsg, ResultValue}`, its ResultValue normalized as records or display rows.
pub fn eshouhou_answer(endpoint_index: u8, body: &[u8]) {
    let Some((params, result)) = pick(endpoint_index, |wire| match wire {
        eshouhou::Wire::Get { result } => Some(result),
        eshouhou::Wire::Token => None,
    }) else {
        return;
    };
    let outcome = match crate::eshouhou::normalize::read(&params, result, body.to_vec()) {
        Ok(Reply::Success(data)) => Ok(data),
        Ok(Reply::Failure { code, message }) => {
            let code_for =
                if reply::is_token_refusal(&message) { ErrorCode::TokenExpired } else { ErrorCode::VendorError };
            Err(Error::new(code_for, "eshouhou refused").with_vendor(Some(code), message))
        }
        Err(error) => Err(error),
    };
    write_envelope(params.endpoint(), outcome);
}

/// A Zhibang family-A answer (a ZBDocument) to the page at `endpoint_index` (modulo their number): its
/// status read as the session rules read it, and its payload normalized as the client normalizes that
/// endpoint's table, source, bill or command message.
pub fn zhibang_document(endpoint_index: u8, body: &[u8]) {
    let Some((params, result)) = pick(endpoint_index, |wire| match wire {
        zhibang::Wire::Mobile { result, .. } => Some(result),
        zhibang::Wire::Login | zhibang::Wire::Logout | zhibang::Wire::WebApi { .. } | zhibang::Wire::Handler => None,
    }) else {
        return;
    };
    let outcome = document::decode(body).and_then(|answer| {
        if answer.accepted() {
            normalize_document(&params, result, answer)
        } else {
            let refusal = document::classify(&answer.status, &answer.message);
            Err(Error::new(ErrorCode::VendorError, format!("{refusal:?}"))
                .with_vendor(Some(answer.status), answer.message))
        }
    });
    write_envelope(params.endpoint(), outcome);
}

/// A Zhibang family-B answer `{Code, Msg, ...}` to the web API endpoint at `endpoint_index` (modulo their
/// number): a list table, a detail's `Data` or a write's message.
pub fn zhibang_web_api(endpoint_index: u8, body: &[u8]) {
    let Some((params, result)) = pick(endpoint_index, |wire| match wire {
        zhibang::Wire::WebApi { result } => Some(result),
        zhibang::Wire::Login | zhibang::Wire::Logout | zhibang::Wire::Mobile { .. } | zhibang::Wire::Handler => None,
    }) else {
        return;
    };
    let outcome = document::decode_web_api(body).and_then(|reply| match reply.code.as_str() {
        "200" => normalize_web_api(&params, result, reply.object),
        _ => Err(Error::new(ErrorCode::VendorError, "Zhibang refused").with_vendor(Some(reply.code), reply.message)),
    });
    write_envelope(params.endpoint(), outcome);
}

/// A caller's `params_json` for the endpoint at `endpoint_index` among all of both providers (modulo their
/// number), checked against the catalogue as a client's `prepare` checks it, then written in the forms the
/// requests send.
pub fn params(endpoint_index: u8, json: &[u8]) {
    // The C ABI refuses invalid UTF-8 before any JSON is read.
    let Ok(text) = std::str::from_utf8(json) else { return };
    let index = usize::from(endpoint_index) % (Eshouhou::ENDPOINTS.len() + Zhibang::ENDPOINTS.len());
    match Eshouhou::ENDPOINTS.get(index) {
        Some(endpoint) => {
            let config = network_context();
            check_params(endpoint, text, &|key| config.as_ref().and_then(|config| config.parameter_value(key)));
        }
        None => check_params(&Zhibang::ENDPOINTS[index - Eshouhou::ENDPOINTS.len()], text, &|_| None),
    }
}

fn check_params<V: Vendor>(endpoint: &'static Endpoint<V>, text: &str, config: &dyn Fn(&str) -> Option<WireValue>) {
    let fallback = |param: &'static crate::catalogue::Param| param.config_key.and_then(config);
    match params::parse_object(Some(text), "params_json").and_then(|map| params::validate(endpoint, &map, &fallback)) {
        Ok(params) => {
            let query: Vec<(&str, String)> = params
                .located(ParamLocation::Query)
                .map(|(param, value)| (param.name, value.as_text().into()))
                .collect();
            let body: Map<String, Value> =
                params.iter().map(|(param, value)| (param.name.to_owned(), value.to_json())).collect();
            black_box((query, body));
        }
        Err(error) => {
            black_box(envelope::failure_json(&error));
        }
    }
}

/// A caller's `config_json` for an eshouhou (even `provider_selector`) or Zhibang (odd) client: read and
/// checked, and the client built as `from_json` builds it (no request is sent until a call).
pub fn config(provider_selector: u8, json: &[u8]) {
    // The C ABI refuses invalid UTF-8 before any JSON is read.
    let Ok(text) = std::str::from_utf8(json) else { return };
    let outcome = if provider_selector.is_multiple_of(2) {
        EshouhouClient::from_json(Some(text)).map(drop)
    } else {
        ZhibangClient::from_json(Some(text)).map(drop)
    };
    if let Err(error) = outcome {
        black_box(envelope::failure_json(&error));
    }
}

/// The `index`-th endpoint (modulo their number) of those whose wire form `wanted` accepts, with
/// placeholder parameters and what `wanted` read from the wire form.
fn pick<V: Vendor, R>(index: u8, wanted: impl Fn(V::Wire) -> Option<R>) -> Option<(Params<V>, R)> {
    let count = V::ENDPOINTS.iter().filter(|endpoint| wanted(endpoint.wire).is_some()).count();
    let index = usize::from(index).checked_rem(count)?;
    let (endpoint, result) =
        V::ENDPOINTS.iter().filter_map(|endpoint| Some((endpoint, wanted(endpoint.wire)?))).nth(index)?;
    Some((placeholder_params(endpoint).ok()?, result))
}

/// Parameters a call could have passed: required ones set (the normalizers never read them), paging left
/// to the vendor's defaults.
fn placeholder_params<V: Vendor>(endpoint: &'static Endpoint<V>) -> Result<Params<V>, Error> {
    params::validate(endpoint, &Map::new(), &|param| param.required.then(|| WireValue::Text("1".to_owned())))
}

/// An eshouhou config that fills the network context parameters, as a client's config does.
fn network_context() -> Option<EshouhouConfig> {
    let config = json!({"app_id": "fuzz", "app_secret": "fuzz-secret", "service_space_id": "space",
                        "service_network_id": "network", "service_network_type": 2});
    EshouhouConfig::from_map(config.as_object()?.clone()).ok()
}

/// Writes what a caller would receive: the C ABI's envelope, and for Rust callers `data` as JSON.
fn write_envelope<V: Vendor>(endpoint: &'static Endpoint<V>, outcome: Result<Data, Error>) {
    let outcome = outcome.map(|data| Response { data, meta: Meta::new(V::PROVIDER, endpoint.name, Instant::now()) });
    if let Ok(response) = &outcome {
        black_box(response.data.to_json());
    }
    black_box(envelope::envelope_json(&outcome));
}
