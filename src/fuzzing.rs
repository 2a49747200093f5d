//! Entry points for the `cargo fuzz` targets in `fuzz/` (feature `fuzzing`; see FUZZING.md).
//!
//! Each function takes arbitrary bytes where the library takes them from the other side: a vendor's answer
//! body, or a caller's JSON. It runs them through the same decoders and normalizers a client runs, picked by
//! a catalogue endpoint, and writes the envelope the C ABI would hand back. None of them may panic, whatever
//! the input: a panic is a bug the fuzzer reports. Outcomes are dropped, as only crashes matter here.
//!
//! The dispatch from an endpoint to its normalizer is repeated here because the clients keep it next to
//! the HTTP request that fetches the answer; keep the two in step when a client changes it.

use std::hint::black_box;
use std::time::Instant;

use serde_json::{Map, Value, json};

use crate::catalogue::{self, Endpoint, ParamLocation, Provider, ResultShape, Wire};
use crate::envelope::{self, Data, Meta, Response};
use crate::error::{Error, ErrorCode};
use crate::eshouhou::reply::{self, Reply};
use crate::eshouhou::{EshouhouClient, EshouhouConfig};
use crate::params::{self, Params, WireValue};
use crate::zhibang::ZhibangClient;
use crate::zhibang::document::{self, Document};
use crate::zhibang::normalize::{self, PageRequest};
use crate::zhibang::outcome::{self, Outcome};

/// An eshouhou answer to the GET endpoint at `endpoint_index` (modulo their number): decoded as
/// `{ResultCode, ErrorMsg, ResultValue}`, its ResultValue normalized as records or display rows.
pub fn eshouhou_answer(endpoint_index: u8, body: &[u8]) {
    let Some(endpoint) =
        pick(catalogue::of(Provider::Eshouhou), endpoint_index, |endpoint| endpoint.wire == Wire::EshouhouGet)
    else {
        return;
    };
    let Ok(params) = placeholder_params(endpoint) else { return };
    let outcome = match reply::decode(body) {
        Ok(Reply::Success(value)) => crate::eshouhou::normalize::normalize(&params, value.as_deref()),
        Ok(Reply::Failure { code, message }) => {
            let code_for =
                if reply::is_token_refusal(&message) { ErrorCode::TokenExpired } else { ErrorCode::VendorError };
            Err(Error::new(code_for, "eshouhou refused").with_vendor(Some(code), message))
        }
        Err(error) => Err(error),
    };
    write_envelope(endpoint, outcome);
}

/// A Zhibang family-A answer (a ZBDocument) to the page at `endpoint_index` (modulo their number): its
/// status read as the session rules read it, and its payload normalized as that endpoint's table, source,
/// bill or command message.
pub fn zhibang_document(endpoint_index: u8, body: &[u8]) {
    let Some(endpoint) = pick(catalogue::of(Provider::Zhibang), endpoint_index, |endpoint| {
        matches!(endpoint.wire, Wire::ZhibangMobile { .. })
    }) else {
        return;
    };
    let outcome = document::decode(body).and_then(|answer| {
        if answer.accepted() {
            normalize_document(endpoint, answer)
        } else {
            let refusal = document::classify(&answer.status, &answer.message);
            Err(Error::new(ErrorCode::VendorError, format!("{refusal:?}"))
                .with_vendor(Some(answer.status), answer.message))
        }
    });
    write_envelope(endpoint, outcome.map(Data::Json));
}

/// A Zhibang family-B answer `{Code, Msg, ...}` to the web API endpoint at `endpoint_index` (modulo their
/// number): a list table, or the department rows.
pub fn zhibang_web_api(endpoint_index: u8, body: &[u8]) {
    let Some(endpoint) =
        pick(catalogue::of(Provider::Zhibang), endpoint_index, |endpoint| endpoint.wire == Wire::ZhibangWebApi)
    else {
        return;
    };
    let outcome = document::decode_web_api(body).and_then(|reply| match reply.code.as_str() {
        "200" if endpoint.result == ResultShape::Departments => Ok(departments(reply.object)),
        "200" => normalize::web_api_table(reply.object, page_request(endpoint)),
        _ => Err(Error::new(ErrorCode::VendorError, "Zhibang refused").with_vendor(Some(reply.code), reply.message)),
    });
    write_envelope(endpoint, outcome.map(Data::Json));
}

/// A caller's `params_json` for the endpoint at `endpoint_index` among all of both providers (modulo their
/// number), checked against the catalogue as a client's `prepare` checks it, then written in the forms the
/// requests send.
pub fn params(endpoint_index: u8, json: &[u8]) {
    let count = catalogue::all().count();
    let Some(endpoint) = usize::from(endpoint_index).checked_rem(count).and_then(|index| catalogue::all().nth(index))
    else {
        return;
    };
    // The C ABI refuses invalid UTF-8 before any JSON is read.
    let Ok(text) = std::str::from_utf8(json) else { return };
    let config = (endpoint.provider == Provider::Eshouhou).then(network_context).flatten();
    let fallback = |param: &'static catalogue::Param| {
        param.config_key.and_then(|key| config.as_ref().and_then(|config| config.parameter_value(key)))
    };
    match params::parse_object(Some(text), "params_json").and_then(|map| params::validate(endpoint, &map, &fallback)) {
        Ok(params) => {
            let query: Vec<(&str, String)> = params
                .located(ParamLocation::Query)
                .map(|(param, value)| (param.name, value.as_text().into()))
                .collect();
            let body: Map<String, Value> =
                params.iter().map(|(param, value)| (param.name.to_owned(), value.to_json())).collect();
            black_box((query, body, page_request_of(&params)));
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

/// The `index`-th endpoint (modulo their number) of those `wanted`.
fn pick(endpoints: &'static [Endpoint], index: u8, wanted: impl Fn(&Endpoint) -> bool) -> Option<&'static Endpoint> {
    let count = endpoints.iter().filter(|endpoint| wanted(endpoint)).count();
    let index = usize::from(index).checked_rem(count)?;
    endpoints.iter().filter(|endpoint| wanted(endpoint)).nth(index)
}

/// Parameters a call could have passed: required ones set (the normalizers never read them), paging left
/// to the vendor's defaults.
fn placeholder_params(endpoint: &'static Endpoint) -> Result<Params, Error> {
    params::validate(endpoint, &Map::new(), &|param| param.required.then(|| WireValue::Text("1".to_owned())))
}

/// An eshouhou config that fills the network context parameters, as a client's config does.
fn network_context() -> Option<EshouhouConfig> {
    let config = json!({"app_id": "fuzz", "app_secret": "fuzz-secret", "service_space_id": "space",
                        "service_network_id": "network", "service_network_type": 2});
    EshouhouConfig::from_map(config.as_object()?.clone()).ok()
}

/// The page asked for when the call leaves paging to the vendor.
fn page_request(endpoint: &Endpoint) -> PageRequest {
    match endpoint.paging {
        Some(paging) => PageRequest { index: 1, size: i64::from(paging.vendor_default_size) },
        None => PageRequest { index: 1, size: 0 },
    }
}

/// The page asked for by checked parameters, as the Zhibang client reads it.
fn page_request_of(params: &Params) -> Option<PageRequest> {
    let paging = params.endpoint().paging?;
    Some(PageRequest {
        index: params.integer(paging.index_param).unwrap_or(1),
        size: params.integer(paging.size_param).unwrap_or(i64::from(paging.vendor_default_size)),
    })
}

/// The Zhibang client's choice of payload for an endpoint's result shape, and its reading of a command's
/// message.
fn normalize_document(endpoint: &Endpoint, mut document: Document) -> Result<Value, Error> {
    let request = page_request(endpoint);
    match endpoint.result {
        ResultShape::Table => match document.take_payload("source") {
            Some(Value::Object(mut source)) => {
                let table = source.remove("table").ok_or_else(|| Error::invalid_response("no source.table"))?;
                normalize::table(table, request)
            }
            Some(_) => Err(Error::invalid_response("no source object")),
            None => Err(no_data(document)),
        },
        ResultShape::Source => match document.take_payload("source") {
            Some(source) => normalize::source(source, request),
            None => Err(no_data(document)),
        },
        ResultShape::Bill => match document.take_payload("bill") {
            Some(bill) => normalize::bill(bill, request),
            None => Err(no_data(document)),
        },
        _ => {
            let message = document.take_payload("message").ok_or_else(|| Error::invalid_response("no message"))?;
            let (title, text) = normalize::message(Some(message));
            match outcome::classify(&text) {
                Outcome::Failed => Err(Error::new(ErrorCode::VendorRejected, "not done").with_vendor(None, text)),
                verdict => Ok(json!({"title": title, "text": text, "outcome": verdict.as_str()})),
            }
        }
    }
}

/// Where data was expected, a message says why there is none.
fn no_data(mut document: Document) -> Error {
    if document.model() != "message" {
        return Error::invalid_response("no data");
    }
    let (_, text) = normalize::message(document.take_payload("message"));
    Error::new(ErrorCode::VendorError, "a message instead of data").with_vendor(None, text)
}

/// The Zhibang client's department rows: `Data` as a list, or `Data.Rows`.
fn departments(mut object: Map<String, Value>) -> Value {
    let rows = match object.remove("Data") {
        Some(Value::Array(rows)) => rows,
        Some(Value::Object(mut data)) => match data.remove("Rows").or_else(|| data.remove("rows")) {
            Some(Value::Array(rows)) => rows,
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    json!({ "rows": rows })
}

/// Writes what a caller would receive: the C ABI's envelope, and for Rust callers `data` as JSON.
fn write_envelope(endpoint: &'static Endpoint, outcome: Result<Data, Error>) {
    let outcome =
        outcome.map(|data| Response { data, meta: Meta::new(endpoint.provider, endpoint.name, Instant::now()) });
    if let Ok(response) = &outcome {
        black_box(response.data.to_json());
    }
    black_box(envelope::envelope_json(&outcome));
}
