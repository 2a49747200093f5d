//! Keeps the files derived from the catalogue in step with it: the exported endpoint functions
//! (`src/ffi/endpoints.rs`, with the doc comments that become the header's documentation) and the README
//! endpoint table. Run with `AFTERSALES_BLESS=1` to rewrite them after changing the catalogue.

use std::fmt::Write;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use aftersales::catalogue::{self, EndpointInfo, Param, ParamType, Provider};

const ENDPOINTS_START: &str = "<!-- endpoints:start (generated from the catalogue by tests/ffi/catalogue_sync.rs) -->";
const ENDPOINTS_END: &str = "<!-- endpoints:end -->";
const ERRORS_START: &str = "<!-- error-codes:start (generated from ErrorCode by tests/ffi/catalogue_sync.rs) -->";
const ERRORS_END: &str = "<!-- error-codes:end -->";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn blessing() -> bool {
    std::env::var_os("AFTERSALES_BLESS").is_some()
}

fn describe_param(provider: Provider, param: &Param) -> String {
    let mut facts = vec![param.kind.as_str().to_owned()];
    facts.push(if param.required { "required".into() } else { "optional".into() });
    if let Some(limit) = param.max_chars {
        facts.push(format!("at most {limit} characters"));
    }
    if let Some((min, max)) = param.range {
        facts.push(if max == i64::MAX { format!("at least {min}") } else { format!("{min} to {max}") });
    }
    if let Some(default) = param.default {
        facts.push(format!("default `{default}`"));
    }
    if let Some(key) = param.config_key {
        facts.push(format!("when left out, the client's `{key}` config value"));
    }
    let choices: Vec<String> = param
        .choices
        .iter()
        .filter(|choice| !choice.value.is_empty())
        .map(|choice| format!("{} {}", choice.value, choice.label))
        .collect();
    if !choices.is_empty() {
        facts.push(format!("one of: {}", choices.join(", ")));
    }
    if provider == Provider::Zhibang && param.location == catalogue::ParamLocation::Query {
        facts.push("sent in the URL".into());
    }
    if param.secret {
        facts.push("a secret, kept out of every message".into());
    }
    let mut line = format!("`{}` ({}): {}", param.name, facts.join("; "), param.description);
    if let ParamType::Condition(keys) = param.kind {
        let keys: Vec<String> = keys
            .iter()
            .map(|key| {
                let inferred = if key.documented { "" } else { ", inferred" };
                format!("`{}` ({}{inferred})", key.name, format!("{:?}", key.kind).to_lowercase())
            })
            .collect();
        let _ = write!(line, ". Keys: {}", keys.join(", "));
    }
    if let ParamType::Rows(fields) = param.kind {
        let fields: Vec<String> = fields
            .iter()
            .map(|field| {
                let required = if field.required { ", required" } else { "" };
                format!("`{}` ({}{required})", field.name, field.kind.as_str())
            })
            .collect();
        let _ = write!(line, ". Each line: {}", fields.join(", "));
    }
    line
}

fn client_type(provider: Provider) -> &'static str {
    match provider {
        Provider::Eshouhou => "EshouhouClient",
        Provider::Zhibang => "ZhibangClient",
    }
}

fn render_function(endpoint: &EndpointInfo) -> String {
    let mut doc = Vec::new();
    doc.push(endpoint.title.to_owned());
    doc.push(String::new());
    let cmdkey = endpoint.cmdkey().map(|cmdkey| format!(" with cmdkey `{cmdkey}`")).unwrap_or_default();
    let method = match endpoint.method {
        catalogue::HttpMethod::Get => "GET",
        catalogue::HttpMethod::Post => "POST",
    };
    doc.push(format!("Calls `{method} {}`{cmdkey}. Vendor doc: {}.", endpoint.path, endpoint.doc));
    if !endpoint.documented {
        doc.push(format!(
            "Inferred, not documented by the vendor: {}.",
            endpoint.source.unwrap_or("the vendor reference")
        ));
    }
    doc.push(String::new());
    if endpoint.params.is_empty() {
        doc.push("`params_json`: no parameters (NULL, `\"\"` or `{}`).".into());
    } else {
        doc.push("`params_json`, a JSON object with the vendor's parameter names (NULL or `\"\"` mean `{}`):".into());
        doc.extend(endpoint.params.iter().map(|param| format!("- {}", describe_param(endpoint.provider, param))));
    }
    doc.push(String::new());
    doc.push(format!("`data`: {}.", endpoint.result.describe()));
    if let Some(paging) = endpoint.paging {
        doc.push(String::new());
        doc.push(format!(
            "One page per call (`{}`, `{}`); `aftersales_{}_cursor_new(client, \"{}\", params_json)` walks every page.",
            paging.index_param,
            paging.size_param,
            endpoint.provider.as_str(),
            endpoint.name
        ));
    }
    if endpoint.writes {
        doc.push(String::new());
        doc.push(
            "Changes data on the server and is never sent twice once it may have left. Without a decisive answer \
             (timeout or reset after sending, HTTP 5xx, a truncated or unreadable answer) the error is \
             `outcome_unknown`, which is not retryable: read the record back before repeating it. A reply saying it \
             failed is `vendor_rejected`."
                .into(),
        );
        match endpoint.read_back {
            Some(read_back) => doc.push(format!(
                "With `verify_writes` (default on), an unknown or unconfirmed outcome is checked by reading the record \
                 back with `{}` by `{}`: when it shows the values of {} the call succeeds with `\"verified\": true`, \
                 otherwise it is `outcome_unknown` saying what the read-back saw.",
                read_back.endpoint,
                read_back.key,
                read_back.shows.iter().map(|name| format!("`{name}`")).collect::<Vec<_>>().join(" and ")
            )),
            None => doc.push(
                "No read-back can decide this write's outcome (e.g. a new record whose id the answer does not give), \
                 so `verify_writes` does not apply: look the record up in its list before repeating it."
                    .into(),
            ),
        }
    }
    doc.push(String::new());
    doc.push(
        "Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, `invalid_parameter`, \
         `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode errors as described at the \
         top of this header."
            .into(),
    );
    doc.push(String::new());
    doc.push("Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.".into());
    doc.push(String::new());
    doc.push("# Safety".into());
    doc.push(format!(
        "`client` is NULL or a live client from `aftersales_{}_client_new`; `params_json` is NULL or a NUL-terminated string.",
        endpoint.provider.as_str()
    ));
    let mut text = String::new();
    for line in doc {
        if line.is_empty() {
            text.push_str("///\n");
        } else {
            let _ = writeln!(text, "/// {line}");
        }
    }
    let _ = write!(
        text,
        "#[unsafe(no_mangle)]\npub unsafe extern \"C\" fn {}(client: *mut {}, params_json: *const c_char) -> *mut c_char {{\n    \
         // SAFETY: forwarded from the caller.\n    unsafe {{ calls::call_endpoint(client, \"{}\", params_json) }}\n}}\n",
        endpoint.function_name(),
        client_type(endpoint.provider),
        endpoint.name
    );
    text
}

fn rustfmt(source: String) -> String {
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout", "--config-path"])
        .arg(root().join("rustfmt.toml"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("rustfmt is installed with the toolchain");
    child.stdin.take().expect("stdin").write_all(source.as_bytes()).expect("write to rustfmt");
    let output = child.wait_with_output().expect("rustfmt runs");
    assert!(output.status.success(), "rustfmt failed on the generated source");
    String::from_utf8(output.stdout).expect("rustfmt writes UTF-8")
}

fn render_endpoints_rs() -> String {
    let mut source = String::from(
        "//! GENERATED from the catalogue by `tests/catalogue_sync.rs`; do not edit. Change `src/catalogue/` and run\n\
         //! `AFTERSALES_BLESS=1 cargo test --test ffi catalogue_sync` to regenerate.\n\
         //!\n\
         //! One exported function per catalogue endpoint, each the same one-line call by name.\n\n\
         use std::ffi::c_char;\n\nuse super::calls;\nuse crate::{EshouhouClient, ZhibangClient};\n",
    );
    for endpoint in catalogue::all() {
        source.push('\n');
        source.push_str(&render_function(&endpoint));
    }
    rustfmt(source)
}

fn render_readme_table() -> String {
    let mut table = String::from("| function | vendor call | `data` | vendor doc |\n|---|---|---|---|\n");
    for endpoint in catalogue::all() {
        let cmdkey = endpoint.cmdkey().map(|cmdkey| format!(" `{cmdkey}`")).unwrap_or_default();
        let shape = serde_json::to_value(endpoint.result).ok().and_then(|value| value.as_str().map(str::to_owned));
        let _ = writeln!(
            table,
            "| `{}` | {} `{}`{} | {} | {} |",
            endpoint.function_name(),
            match endpoint.method {
                catalogue::HttpMethod::Get => "GET",
                catalogue::HttpMethod::Post => "POST",
            },
            endpoint.path,
            cmdkey,
            shape.unwrap_or_default(),
            if endpoint.documented {
                endpoint.doc.to_owned()
            } else {
                format!("**inferred** ({}): {}", endpoint.source.unwrap_or_default(), endpoint.doc)
            }
        );
    }
    table
}

fn check_or_bless(path: &Path, expected: &str) {
    let actual = std::fs::read_to_string(path).unwrap_or_default();
    if actual == expected {
        return;
    }
    if blessing() {
        std::fs::write(path, expected).expect("generated file is writable");
    } else {
        panic!(
            "{} is out of date with the catalogue; run AFTERSALES_BLESS=1 cargo test --test ffi catalogue_sync",
            path.display()
        );
    }
}

#[test]
fn exported_endpoint_functions_match_the_catalogue() {
    check_or_bless(&root().join("src/ffi/endpoints.rs"), &render_endpoints_rs());
}

fn render_error_table() -> String {
    let mut table = String::from("| code | family | retryable | when |\n|---|---|---|---|\n");
    for code in aftersales::ErrorCode::ALL {
        let family = serde_json::to_value(code.family()).ok().and_then(|value| value.as_str().map(str::to_owned));
        let _ = writeln!(
            table,
            "| `{}` | {} | {} | {} |",
            code.as_str(),
            family.unwrap_or_default(),
            if code.retryable() { "yes" } else { "no" },
            code.description()
        );
    }
    table
}

/// Replaces the text between two markers of the README.
fn with_section(readme: &str, start_marker: &str, end_marker: &str, body: &str) -> String {
    let start = readme.find(start_marker).unwrap_or_else(|| panic!("README lacks {start_marker}")) + start_marker.len();
    let end = readme.find(end_marker).unwrap_or_else(|| panic!("README lacks {end_marker}"));
    format!("{}\n\n{}\n{}", &readme[..start], body, &readme[end..])
}

#[test]
fn readme_tables_match_the_catalogue_and_error_codes() {
    let path = root().join("README.md");
    let readme = std::fs::read_to_string(&path).expect("README.md exists");
    let readme = with_section(&readme, ENDPOINTS_START, ENDPOINTS_END, &render_readme_table());
    let readme = with_section(&readme, ERRORS_START, ERRORS_END, &render_error_table());
    check_or_bless(&path, &readme);
}

/// Every catalogue endpoint is a header function and every per-endpoint header function is in the
/// catalogue (the functions that are not endpoints are listed here).
#[test]
fn header_functions_and_catalogue_agree() {
    let header = std::fs::read_to_string(root().join("include/aftersales.h")).expect("header exists");
    let mut declared: Vec<String> = header
        .lines()
        .filter(|line| !line.trim_start().starts_with('*') && !line.trim_start().starts_with("/*"))
        .filter_map(|line| {
            let before_paren = &line[..line.find('(')?];
            let name_start =
                before_paren.rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).map_or(0, |i| i + 1);
            let name = &before_paren[name_start..];
            name.starts_with("aftersales_").then(|| name.to_owned())
        })
        .collect();
    declared.sort();
    declared.dedup();
    let general = [
        "aftersales_version",
        "aftersales_abi_version",
        "aftersales_string_free",
        "aftersales_endpoints",
        "aftersales_live_string_count",
        "aftersales_set_log_callback",
        "aftersales_cancel_token_new",
        "aftersales_cancel_token_cancel",
        "aftersales_cancel_token_free",
        "aftersales_credential_store_register",
        "aftersales_store_reply_set",
    ];
    let per_provider = [
        "client_new",
        "client_free",
        "client_stats",
        "client_describe",
        "call",
        "call_with",
        "call_async",
        "cursor_new",
        "cursor_new_with",
        "cursor_next",
        "cursor_free",
        "list_all",
    ];
    let mut expected: Vec<String> = catalogue::all().map(|endpoint| endpoint.function_name()).collect();
    expected.extend(general.iter().map(|name| (*name).to_owned()));
    for provider in ["eshouhou", "zhibang"] {
        expected.extend(per_provider.iter().map(|suffix| format!("aftersales_{provider}_{suffix}")));
    }
    expected.sort();
    assert_eq!(declared, expected);
}
