//! The catalogue as JSON, for `aftersales_endpoints()` and the bindings that generate methods from it.

use serde::Serialize;
use serde_json::Value;

use super::config::{ConfigKey, ConfigKind};
use super::{
    Choice, ConditionKey, EndpointInfo, HttpMethod, Paging, Param, ParamLocation, ParamType, Provider, ReadBack, Shape,
};
use crate::error::{ErrorCode, ErrorFamily};

#[derive(Serialize)]
struct CatalogueView {
    version: &'static str,
    abi_version: u32,
    endpoints: Vec<EndpointView>,
    error_codes: Vec<ErrorCodeView>,
    config: Vec<ConfigKeyView>,
}

#[derive(Serialize)]
struct EndpointView {
    provider: Provider,
    name: &'static str,
    function: String,
    title: &'static str,
    method: HttpMethod,
    path: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    cmdkey: Option<&'static str>,
    doc: &'static str,
    writes: bool,
    /// False for an endpoint the library inferred; `source` says from what.
    documented: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    read_back: Option<ReadBack>,
    paging: Option<Paging>,
    result: Shape,
    result_description: &'static str,
    params: Vec<ParamView>,
}

#[derive(Serialize)]
struct ParamView {
    name: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    required: bool,
    max_length: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    range: Option<(i64, i64)>,
    #[serde(skip_serializing_if = "<[Choice]>::is_empty")]
    choices: &'static [Choice],
    #[serde(skip_serializing_if = "Option::is_none")]
    default: Option<&'static str>,
    #[serde(rename = "in")]
    location: ParamLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    config_key: Option<&'static str>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    secret: bool,
    description: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    keys: Option<Keys>,
}

/// The keys of a `condition` object, or the fields of each line of a `rows` list.
#[derive(Serialize)]
#[serde(untagged)]
enum Keys {
    Condition(&'static [ConditionKey]),
    Rows(Vec<ParamView>),
}

#[derive(Serialize)]
struct ErrorCodeView {
    code: ErrorCode,
    number: u32,
    family: ErrorFamily,
    retryable: bool,
    description: &'static str,
}

#[derive(Serialize)]
struct ConfigKeyView {
    name: &'static str,
    providers: &'static [Provider],
    #[serde(rename = "type")]
    kind: &'static str,
    required: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    default: Option<Value>,
    /// How the client works the value out when the key is absent and no fixed default applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    default_description: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    range: Option<(u64, u64)>,
    #[serde(skip_serializing_if = "<[Choice]>::is_empty")]
    choices: &'static [Choice],
    secret: bool,
    description: &'static str,
}

fn config_view(key: &'static ConfigKey) -> ConfigKeyView {
    let mut view = ConfigKeyView {
        name: key.name,
        providers: key.providers,
        kind: "text",
        required: false,
        default: None,
        default_description: None,
        range: None,
        choices: key.choices,
        secret: key.secret,
        description: key.description,
    };
    match key.kind {
        ConfigKind::Required => view.required = true,
        ConfigKind::Text { computed } => view.default_description = computed,
        ConfigKind::Url(url) => {
            view.kind = "url";
            view.required = url.default.is_none();
            view.default = url.default.map(Value::from);
        }
        ConfigKind::Choice(choice) => view.default = choice.choices.first().map(|first| Value::from(first.value)),
        ConfigKind::Integer(integer) => {
            view.kind = "integer";
            view.default = Some(Value::from(integer.default));
            view.range = Some((integer.min, integer.max));
        }
        ConfigKind::Boolean(boolean) => {
            view.kind = "boolean";
            view.default = Some(Value::from(boolean.default));
        }
    }
    view
}

fn param_view(param: &'static Param) -> ParamView {
    ParamView {
        name: param.name,
        kind: param.kind.as_str(),
        required: param.required,
        max_length: param.max_chars,
        range: param.range,
        choices: param.choices,
        default: param.default,
        location: param.location,
        config_key: param.config_key,
        secret: param.secret,
        description: param.description,
        keys: match param.kind {
            ParamType::Condition(keys) => Some(Keys::Condition(keys)),
            ParamType::Rows(fields) => Some(Keys::Rows(fields.iter().map(param_view).collect())),
            _ => None,
        },
    }
}

fn endpoint_view(endpoint: EndpointInfo) -> EndpointView {
    EndpointView {
        provider: endpoint.provider,
        name: endpoint.name,
        function: endpoint.function_name(),
        title: endpoint.title,
        method: endpoint.method,
        path: endpoint.path,
        cmdkey: endpoint.cmdkey(),
        doc: endpoint.doc,
        writes: endpoint.writes,
        documented: endpoint.documented,
        source: endpoint.source,
        read_back: endpoint.read_back,
        paging: endpoint.paging,
        result: endpoint.result,
        result_description: endpoint.result.describe(),
        params: endpoint.params.iter().map(param_view).collect(),
    }
}

/// The whole catalogue, with the library version, the error codes and the config keys, as one JSON
/// document.
pub fn catalogue_json() -> String {
    let view = CatalogueView {
        version: crate::VERSION,
        abi_version: crate::ABI_VERSION,
        endpoints: super::all().map(endpoint_view).collect(),
        error_codes: ErrorCode::ALL
            .iter()
            .map(|&code| ErrorCodeView {
                code,
                number: code.number(),
                family: code.family(),
                retryable: code.retryable(),
                description: code.description(),
            })
            .collect(),
        config: super::config::all().iter().map(config_view).collect(),
    };
    serde_json::to_string(&view).expect("the catalogue view has only string keys and always serializes")
}
