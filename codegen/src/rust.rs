//! The generated Rust of the C ABI: `src/ffi/endpoints.rs` (one export per endpoint) and
//! `src/ffi/error_codes.rs` (the error codes as a C enum). Their doc comments become the header's.

use std::fmt::Write;
use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::model::{Catalogue, Endpoint, pascal_case};
use crate::render;

/// Doc-comment lines (`///`) of paragraphs, blank lines between them.
fn doc_comment(paragraphs: &[Vec<String>], prefix: &str) -> String {
    let mut text = String::new();
    for (index, paragraph) in paragraphs.iter().enumerate() {
        if index > 0 {
            let _ = writeln!(text, "{prefix}");
        }
        for line in paragraph {
            let _ = writeln!(text, "{prefix} {line}");
        }
    }
    text
}

fn endpoint_function(endpoint: &Endpoint) -> String {
    let mut doc = vec![
        vec![endpoint.title.clone()],
        vec![format!(
            "Calls `{}`{}. Vendor doc: {}.",
            render::vendor_call(endpoint),
            render::cmdkey_note(endpoint),
            endpoint.doc
        )],
    ];
    doc.extend(render::inferred_note(endpoint).map(|note| vec![note]));
    if endpoint.params.is_empty() {
        doc.push(vec!["`params_json`: no parameters (NULL, `\"\"` or `{}`).".to_owned()]);
    } else {
        let mut lines = vec![
            "`params_json`, a JSON object with the vendor's parameter names (NULL or `\"\"` mean `{}`):".to_owned(),
        ];
        for param in &endpoint.params {
            lines.push(format!("- `{}` ({}): {}", param.name, render::param_facts(endpoint, param), param.description));
            lines.extend(render::condition_keys(param).iter().map(|key| format!("  - {key}")));
        }
        doc.push(lines);
    }
    doc.push(vec![format!("`data`: {}.", endpoint.result_description)]);
    let walk = format!(
        "`aftersales_{}_cursor_new(client, \"{}\", params_json)` walks every page.",
        endpoint.provider, endpoint.name
    );
    doc.extend(render::paging_note(endpoint, &walk).map(|note| vec![note]));
    let writes = render::write_notes(endpoint);
    if !writes.is_empty() {
        doc.push(writes);
    }
    doc.push(vec![
        "Errors: bad input is refused before sending (`unknown_parameter`, `missing_parameter`, \
         `invalid_parameter`, `value_too_long`, with `parameter` naming it); auth, transport, vendor and decode \
         errors as described at the top of this header."
            .to_owned(),
    ]);
    doc.push(vec!["Thread-safe. Returns a new envelope string: free it with `aftersales_string_free`.".to_owned()]);
    doc.push(vec![format!(
        "Pointers: `client` is NULL or a live client from `aftersales_{}_client_new`; `params_json` is NULL or a \
         NUL-terminated string.",
        endpoint.provider
    )]);
    format!(
        "{}#[unsafe(no_mangle)]\npub unsafe extern \"C\" fn {}(client: *mut {}Client, params_json: *const c_char) -> \
         *mut c_char {{\n    // SAFETY: forwarded from the caller.\n    unsafe {{ calls::call_endpoint(client, \"{}\", \
         params_json) }}\n}}\n",
        doc_comment(&doc, "///"),
        endpoint.function,
        pascal_case(&endpoint.provider),
        endpoint.name
    )
}

/// `src/ffi/endpoints.rs`.
pub fn endpoints(catalogue: &Catalogue, root: &Path) -> Result<String, String> {
    let clients: Vec<String> =
        catalogue.providers().iter().map(|provider| format!("{}Client", pascal_case(provider))).collect();
    let mut source = format!(
        "//! {}\n//!\n//! One exported function per catalogue endpoint, each the same one-line call by name.\n\n\
         use std::ffi::c_char;\n\nuse super::calls;\nuse crate::{{{}}};\n",
        render::BANNER,
        clients.join(", ")
    );
    for endpoint in &catalogue.endpoints {
        source.push('\n');
        source.push_str(&endpoint_function(endpoint));
    }
    rustfmt(&source, root)
}

/// `AFTERSALES_ERROR_NULL_ARGUMENT` for `null_argument`.
fn variant(code: &str) -> String {
    format!("AFTERSALES_ERROR_{}", code.to_uppercase())
}

/// `src/ffi/error_codes.rs`. The mapping goes through the numbers, not a match on `ErrorCode`, so the
/// crate still compiles (and this generator still runs) when a code is added and the file is stale.
pub fn error_codes(catalogue: &Catalogue, root: &Path) -> Result<String, String> {
    let mut variants = String::new();
    let mut arms = String::new();
    for code in &catalogue.error_codes {
        let doc = format!("`{}` ({}): {}", code.code, code.family, code.description);
        variants.push_str(&doc_comment(&[render::wrap(&doc, 110)], "    ///"));
        let _ = writeln!(variants, "    {} = {},", variant(&code.code), code.number);
        let _ = writeln!(arms, "            {} => Self::{},", code.number, variant(&code.code));
    }
    let source = format!(
        "//! {banner}\n//!\n//! The error codes as a C enum, and the export that maps an envelope's `error.code` to it.\n\n\
use std::ffi::c_char;\n\nuse super::boundary;\nuse crate::error::ErrorCode;\n\n\
/// The stable number of each error code (the `error.code` of a failure envelope), for a `switch`. A code keeps\n\
/// its number in every later version; a library newer than this header may return codes it does not list.\n\
#[repr(u32)]\n#[allow(non_camel_case_types)]\n#[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub enum AftersalesErrorCode {{\n\
    /// A code this header does not know (from a newer library), or no code at all.\n    AFTERSALES_ERROR_UNKNOWN = 0,\n\
{variants}}}\n\n\
impl AftersalesErrorCode {{\n    fn of(number: u32) -> AftersalesErrorCode {{\n        match number {{\n{arms}\
            _ => Self::AFTERSALES_ERROR_UNKNOWN,\n        }}\n    }}\n}}\n\n\
/// The `enum aftersales_error_code` value of an error code name, e.g. of the `error.code` of a failure envelope:\n\
/// `\"timeout\"` gives `AFTERSALES_ERROR_TIMEOUT`. NULL, a name this library does not know and text that is not\n\
/// UTF-8 give `AFTERSALES_ERROR_UNKNOWN` (0).\n///\n\
/// Thread-safe; keeps nothing of `code`.\n///\n/// Pointers: `code` is NULL or a NUL-terminated string.\n\
#[unsafe(no_mangle)]\n\
pub unsafe extern \"C\" fn aftersales_error_code_from_string(code: *const c_char) -> AftersalesErrorCode {{\n\
    // SAFETY: forwarded from the caller.\n    let name = unsafe {{ boundary::optional_str(code, \"code\") }};\n\
    AftersalesErrorCode::of(name.ok().flatten().and_then(ErrorCode::from_name).map_or(0, ErrorCode::number))\n}}\n",
        banner = render::BANNER,
    );
    rustfmt(&source, root)
}

/// Formats generated Rust as `cargo fmt` would, with the repository's rustfmt.toml.
fn rustfmt(source: &str, root: &Path) -> Result<String, String> {
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout", "--config-path"])
        .arg(root.join("rustfmt.toml"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|error| format!("cannot run rustfmt (installed with the Rust toolchain): {error}"))?;
    child
        .stdin
        .take()
        .ok_or("rustfmt has no stdin")?
        .write_all(source.as_bytes())
        .map_err(|error| format!("cannot write to rustfmt: {error}"))?;
    let output = child.wait_with_output().map_err(|error| format!("rustfmt did not finish: {error}"))?;
    if !output.status.success() {
        return Err("rustfmt refused the generated Rust".to_owned());
    }
    String::from_utf8(output.stdout).map_err(|_| "rustfmt wrote text that is not UTF-8".to_owned())
}
