//! The Python package's generated modules: `_endpoints.py` (one typed method per endpoint, blocking and
//! awaited, and `iter_<name>` per list endpoint), `_config.py` (the clients' config keywords) and
//! `_error_codes.py` (the `ErrorCode` enum).

use std::collections::BTreeSet;

use serde_json::Value;

use crate::model::{Catalogue, ConfigKey, Endpoint, Param, pascal_case};
use crate::render::{self, python_text};

/// Names `ClientBase` already uses; an endpoint of the same name would silently replace them.
const CLIENT_BASE_NAMES: &[&str] =
    &["aclose", "call", "close", "closed", "iter_pages", "iter_rows", "list_all", "stats"];

/// Python's keywords, which cannot be keyword arguments.
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// Every method's own keywords for one call's options, after the vendor's parameters, and their docs.
const OPTIONS: &[(&str, &str, &str)] = &[
    (
        "timeout",
        "Optional[float]",
        "this call's limit for one request, in seconds (instead of the config's ``timeout_ms``)",
    ),
    (
        "deadline",
        "Optional[float]",
        "this call's limit for the whole call, in seconds (instead of the config's ``deadline_ms``)",
    ),
    (
        "request_id",
        "Optional[str]",
        "this call's id (1-64 printable characters, no spaces) in ``meta``, errors and log events",
    ),
    (
        "cancel",
        "Optional[CancelToken]",
        "a ``CancelToken`` that stops the call from any thread (``Cancelled``; a write that may have left: \
         ``OutcomeUnknown``)",
    ),
];
const OPTION_ARGUMENTS: &str = "timeout, deadline, request_id, cancel";
const OPTION_KEYWORDS: &str = "timeout=timeout, deadline=deadline, request_id=request_id, cancel=cancel";

/// The width of a docstring's wrapped prose, after its indent.
const PROSE_WIDTH: usize = 110;

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|first| first.is_alphabetic() || first == '_')
        && chars.all(|c| c.is_alphanumeric() || c == '_')
        && !KEYWORDS.contains(&name)
}

/// The type alias of a parameter type (defined in `aftersales._params`).
fn parameter_type(kind: &str) -> Result<&'static str, String> {
    Ok(match kind {
        "text" => "Text",
        "integer" => "int",
        "id_list" => "IdList",
        "date" => "Date",
        "decimal" => "DecimalValue",
        "rows" => "Rows",
        "condition" => "Condition",
        other => return Err(format!("the Python generator knows no parameter type `{other}`")),
    })
}

/// `Literal[1, 2]` or `Literal["a", "b"]` of documented choices.
fn literal(kind: &str, values: &[&str]) -> String {
    let values: Vec<String> = values
        .iter()
        .map(|value| if kind == "integer" { (*value).to_owned() } else { Value::from(*value).to_string() })
        .collect();
    format!("Literal[{}]", values.join(", "))
}

fn annotation(param: &Param) -> Result<String, String> {
    let values: Vec<&str> = param.choices.iter().map(|choice| choice.value.as_str()).collect();
    if !values.is_empty() && matches!(param.kind.as_str(), "integer" | "text") {
        return Ok(literal(&param.kind, &values));
    }
    parameter_type(&param.kind).map(str::to_owned)
}

/// Whether a call must pass the parameter: one the client fills from its config (`config_key`) or that
/// has a default is required by the vendor, not by the signature.
fn is_mandatory(param: &Param) -> bool {
    param.required && param.default.is_none() && param.config_key.is_none()
}

/// The keyword argument of a vendor parameter: its own name; for Zhibang's sub-form fields `@name` the
/// name with `at_` in front (`@ret2_0` → `at_ret2_0`, `@__sp_money` → `at__sp_money`, dots as
/// underscores); for a name Python would mangle inside a class (`__cmdtag`) the name without its leading
/// underscores (`cmdtag`).
fn keyword_of(name: &str) -> String {
    if let Some(rest) = name.strip_prefix('@') {
        let rest = rest.replace('.', "_");
        return if rest.starts_with('_') { format!("at{rest}") } else { format!("at_{rest}") };
    }
    if name.starts_with("__") && !name.ends_with("__") {
        return name.trim_start_matches('_').to_owned();
    }
    name.to_owned()
}

fn check_names(endpoint: &Endpoint) -> Result<(), String> {
    if !is_identifier(&endpoint.name) || CLIENT_BASE_NAMES.contains(&endpoint.name.as_str()) {
        return Err(format!("endpoint `{}` cannot be a Python method name", endpoint.name));
    }
    let keywords: Vec<String> = endpoint.params.iter().map(|param| keyword_of(&param.name)).collect();
    for (param, keyword) in endpoint.params.iter().zip(&keywords) {
        if !is_identifier(keyword) || keyword == "self" {
            return Err(format!("parameter `{}` of `{}` cannot be a keyword argument", param.name, endpoint.name));
        }
        if OPTIONS.iter().any(|(name, _, _)| name == keyword) {
            return Err(format!("parameter `{}` of `{}` has the name of a call option", param.name, endpoint.name));
        }
        if keywords.iter().filter(|other| *other == keyword).count() > 1 {
            return Err(format!("parameter `{}` of `{}` has the keyword of another one", param.name, endpoint.name));
        }
    }
    Ok(())
}

/// `(name, annotation, default)` of each keyword, mandatory ones first (all are keyword-only, so the
/// order is only for reading).
type Keyword = (String, String, bool);

fn signature(method: &str, keywords: &[Keyword], returns: &str, is_async: bool) -> Vec<String> {
    let mut lines =
        vec![format!("    {} {method}(", if is_async { "async def" } else { "def" }), "        self,".into()];
    lines.push("        *,".into());
    let mandatory = keywords.iter().filter(|(_, _, optional)| !optional);
    let optional = keywords.iter().filter(|(_, _, optional)| *optional);
    for (name, annotation, optional) in mandatory.chain(optional) {
        lines.push(if *optional {
            format!("        {name}: Optional[{annotation}] = None,")
        } else {
            format!("        {name}: {annotation},")
        });
    }
    lines.push(format!("    ){}:", if returns.is_empty() { " -> None".to_owned() } else { format!(" -> {returns}") }));
    lines
}

fn endpoint_keywords(endpoint: &Endpoint) -> Result<Vec<Keyword>, String> {
    endpoint
        .params
        .iter()
        .map(|param| Ok((keyword_of(&param.name), annotation(param)?, !is_mandatory(param))))
        .collect()
}

fn option_lines() -> Vec<String> {
    OPTIONS.iter().map(|(name, annotation, _)| format!("        {name}: {annotation} = None,")).collect()
}

/// A method signature with the call options after the vendor's parameters.
fn endpoint_signature(method: &str, endpoint: &Endpoint, returns: &str, is_async: bool) -> Result<Vec<String>, String> {
    let mut lines = signature(method, &endpoint_keywords(endpoint)?, returns, is_async);
    let close = lines.pop().unwrap_or_default();
    lines.extend(option_lines());
    lines.push(close);
    Ok(lines)
}

/// A paragraph of docstring prose, wrapped, at the method's docstring indent.
fn prose(text: &str) -> Vec<String> {
    render::wrap(&python_text(text), PROSE_WIDTH).into_iter().map(|line| format!("        {line}")).collect()
}

fn docstring(summary: &str, endpoint: &Endpoint, returns: &str) -> Vec<String> {
    let mut lines = vec![
        format!("        \"\"\"{}", python_text(summary)),
        String::new(),
        format!(
            "        Calls {}. Vendor doc: {}",
            python_text(&format!("`{}`{}", render::vendor_call(endpoint), render::cmdkey_note(endpoint))),
            python_text(&endpoint.doc)
        ),
    ];
    lines.extend(render::inferred_note(endpoint).iter().flat_map(|note| prose(note)));
    for note in render::write_notes(endpoint) {
        lines.push(String::new());
        lines.extend(prose(&note));
    }
    lines.extend([String::new(), "        Args:".into()]);
    for param in &endpoint.params {
        let keyword = keyword_of(&param.name);
        let vendor = if keyword == param.name { String::new() } else { format!("``{}``: ", param.name) };
        lines.push(format!(
            "            {keyword} ({}): {vendor}{}",
            python_text(&render::param_facts(endpoint, param)),
            python_text(&param.description)
        ));
        lines.extend(render::condition_keys(param).iter().map(|key| format!("                {}", python_text(key))));
    }
    lines.extend(OPTIONS.iter().map(|(name, _, doc)| format!("            {name}: {doc}")));
    lines.extend([String::new(), "        Returns:".into(), format!("            {}", python_text(returns))]);
    lines.push("        \"\"\"".into());
    lines
}

/// `params = {...}` (the keyword arguments by vendor name) and the return statement of `call`, in which
/// `{params}` stands for the parameters.
fn invocation(endpoint: &Endpoint, call: &str) -> Vec<String> {
    if endpoint.params.is_empty() {
        return vec![format!("        return {}", call.replace("{params}", "{}"))];
    }
    let mut lines = vec!["        params = {".to_owned()];
    lines.extend(
        endpoint.params.iter().map(|param| format!("            \"{}\": {},", param.name, keyword_of(&param.name))),
    );
    lines.push("        }".into());
    lines.push(format!("        return {}", call.replace("{params}", "params")));
    lines
}

/// `display_rows` → `DisplayRows`, the TypedDict in aftersales.results.
fn result_type(endpoint: &Endpoint) -> String {
    pascal_case(&endpoint.result)
}

fn method(endpoint: &Endpoint, is_async: bool) -> Result<Vec<String>, String> {
    let returns = result_type(endpoint);
    let mut lines = endpoint_signature(&endpoint.name, endpoint, &returns, is_async)?;
    lines.extend(docstring(&endpoint.title, endpoint, &endpoint.result_description));
    let invoke = format!("self._invoke(\"{}\", {{params}}, {OPTION_ARGUMENTS})", endpoint.name);
    lines.extend(invocation(endpoint, &format!("cast({returns}, {}{invoke})", if is_async { "await " } else { "" })));
    Ok(lines)
}

fn iterator(endpoint: &Endpoint, is_async: bool) -> Result<Vec<String>, String> {
    let Some(paging) = &endpoint.paging else { return Ok(Vec::new()) };
    let cursor = if is_async { "AsyncRowCursor" } else { "RowCursor" };
    let mut lines = endpoint_signature(&format!("iter_{}", endpoint.name), endpoint, cursor, false)?;
    let summary = format!(
        "Every row of `{}` across all pages, one request per page: `{}` is the first page, `{}` the page size \
         (default {}).",
        endpoint.name, paging.index_param, paging.size_param, paging.cursor_default_size
    );
    let returns = if is_async {
        format!(
            "The rows, one at a time, as `{}` returns them (`async for` here); close the cursor (or use `async with`) \
             when stopping early. After a retryable or cancelled failure the next iteration asks for the same page \
             again; any other failure is raised again by every later one.",
            endpoint.name
        )
    } else {
        format!(
            "The rows, one at a time, as `{}` returns them; close() the cursor (or use `with`) when stopping early. \
             After a retryable or cancelled failure the next `next()` asks for the same page again; any other \
             failure is raised again by every later `next()`.",
            endpoint.name
        )
    };
    lines.extend(docstring(&summary, endpoint, &returns));
    lines.extend(invocation(
        endpoint,
        &format!("self.iter_rows(\"{}\", {OPTION_KEYWORDS}, **{{params}})", endpoint.name),
    ));
    Ok(lines)
}

fn endpoint_class(catalogue: &Catalogue, provider: &str, is_async: bool) -> Result<Vec<String>, String> {
    let (prefix, base, kind) =
        if is_async { ("Async", "AsyncClientBase", "awaited method") } else { ("", "ClientBase", "method") };
    let mut lines = vec![
        format!("class {prefix}{}Endpoints({base}):", pascal_case(provider)),
        format!("    \"\"\"The {provider} endpoints, one {kind} each; list endpoints also get iter_<name>.\"\"\""),
        String::new(),
        format!("    _provider = \"{provider}\""),
    ];
    for endpoint in catalogue.endpoints_of(provider) {
        check_names(endpoint)?;
        lines.push(String::new());
        lines.extend(method(endpoint, is_async)?);
        if endpoint.paging.is_some() {
            lines.push(String::new());
            lines.extend(iterator(endpoint, is_async)?);
        }
    }
    Ok(lines)
}

/// `_endpoints.py`.
pub fn endpoints(catalogue: &Catalogue) -> Result<String, String> {
    let results: BTreeSet<String> = catalogue.endpoints.iter().map(result_type).collect();
    let mut aliases = BTreeSet::new();
    for param in catalogue.endpoints.iter().flat_map(|endpoint| &endpoint.params) {
        aliases.insert(parameter_type(&param.kind)?);
    }
    aliases.remove("int");
    let uses_literal = catalogue.endpoints.iter().flat_map(|endpoint| &endpoint.params).any(|p| !p.choices.is_empty());
    let typing = if uses_literal { "Literal, Optional, cast" } else { "Optional, cast" };
    let mut lines = vec![
        format!("# {}", render::BANNER),
        "\"\"\"One typed method per endpoint, and iter_<name> per list endpoint, for both providers, blocking and \
         awaited.\"\"\""
            .to_owned(),
        String::new(),
        "from __future__ import annotations".into(),
        String::new(),
        format!("from typing import {typing}"),
        String::new(),
        "from ._calls import CancelToken".into(),
        "from ._client import AsyncClientBase, ClientBase".into(),
        "from ._cursor import AsyncRowCursor, RowCursor".into(),
        format!("from ._params import {}", aliases.into_iter().collect::<Vec<_>>().join(", ")),
        "from .results import (".into(),
    ];
    lines.extend(results.iter().map(|name| format!("    {name},")));
    lines.push(")".into());
    for is_async in [false, true] {
        for provider in catalogue.providers() {
            lines.extend([String::new(), String::new()]);
            lines.extend(endpoint_class(catalogue, provider, is_async)?);
        }
    }
    Ok(lines.join("\n") + "\n")
}

fn config_annotation(key: &ConfigKey) -> Result<String, String> {
    let values: Vec<&str> = key.choices.iter().map(|choice| choice.value.as_str()).collect();
    Ok(match key.kind.as_str() {
        "integer" | "text" if !values.is_empty() => literal(&key.kind, &values),
        "text" | "url" => "str".to_owned(),
        "integer" => "int".to_owned(),
        "boolean" => "bool".to_owned(),
        other => return Err(format!("the Python generator knows no config type `{other}`")),
    })
}

fn settings_class(catalogue: &Catalogue, provider: &str) -> Result<Vec<String>, String> {
    let keys: Vec<&ConfigKey> = catalogue.config_of(provider).collect();
    let mut keywords = Vec::new();
    for key in &keys {
        if !is_identifier(&key.name) || key.name == "self" {
            return Err(format!("config key `{}` cannot be a keyword argument", key.name));
        }
        keywords.push((key.name.clone(), config_annotation(key)?, !key.required));
    }
    let mut lines = vec![
        format!("class _{}Settings(ClientCore):", pascal_case(provider)),
        format!("    \"\"\"The {provider} constructor, shared by the blocking and the awaited client.\"\"\""),
        String::new(),
    ];
    lines.extend(signature("__init__", &keywords, "", false));
    lines.push(
        "        \"\"\"The config keys of the C ABI as keyword arguments; nothing is sent until the first call.".into(),
    );
    lines.extend([String::new(), "        Args:".into()]);
    for key in &keys {
        lines.push(format!(
            "            {} ({}): {}",
            key.name,
            python_text(&render::config_facts(key)),
            python_text(&key.description)
        ));
    }
    lines.extend([
        String::new(),
        "        Raises:".into(),
        "            InvalidArgument: a missing or invalid setting (``error.parameter`` names it).".into(),
        "        \"\"\"".into(),
        "        super().__init__(".into(),
        "            {".into(),
    ]);
    lines.extend(keys.iter().map(|key| format!("                \"{0}\": {0},", key.name)));
    lines.extend(["            }".into(), "        )".into()]);
    Ok(lines)
}

/// `_config.py`.
pub fn config(catalogue: &Catalogue) -> Result<String, String> {
    let uses_literal = catalogue.config.iter().any(|key| !key.choices.is_empty());
    let mut lines = vec![
        format!("# {}", render::BANNER),
        "\"\"\"The clients' constructors: each config key of the C ABI as a keyword argument.\"\"\"".to_owned(),
        String::new(),
        "from __future__ import annotations".into(),
        String::new(),
        format!("from typing import {}", if uses_literal { "Literal, Optional" } else { "Optional" }),
        String::new(),
        "from ._client import ClientCore".into(),
    ];
    for provider in catalogue.providers() {
        lines.extend([String::new(), String::new()]);
        lines.extend(settings_class(catalogue, provider)?);
    }
    Ok(lines.join("\n") + "\n")
}

/// `_error_codes.py`.
pub fn error_codes(catalogue: &Catalogue) -> String {
    let mut lines = vec![
        format!("# {}", render::BANNER),
        "\"\"\"The error codes as numbers that never change (``enum aftersales_error_code`` of the C header).\"\"\""
            .to_owned(),
        String::new(),
        "from __future__ import annotations".into(),
        String::new(),
        "from enum import IntEnum".into(),
        String::new(),
        String::new(),
        "class ErrorCode(IntEnum):".into(),
        "    \"\"\"The stable number of an error code: ``ErrorCode.of(error.code)``, e.g. for a ``match``; a code added".into(),
        "    by a later library is ``UNKNOWN``.\"\"\"".into(),
        String::new(),
        "    UNKNOWN = 0".into(),
        "    \"\"\"A code this package does not know (from a newer library).\"\"\"".into(),
    ];
    for code in &catalogue.error_codes {
        lines.push(format!("    {} = {}", code.code.to_uppercase(), code.number));
        lines.push(format!("    \"\"\"{} ({}): {}\"\"\"", code.code, code.family, python_text(&code.description)));
    }
    lines.extend([
        String::new(),
        "    @classmethod".into(),
        "    def of(cls, code: str) -> ErrorCode:".into(),
        "        \"\"\"The member of an error code name, e.g. ``\"timeout\"``; ``UNKNOWN`` for a name it does not know.\"\"\""
            .into(),
        "        return cls.__members__.get(code.upper(), cls.UNKNOWN) if code.islower() else cls.UNKNOWN".into(),
    ]);
    lines.join("\n") + "\n"
}
