//! `include/aftersales.h`: cbindgen over the crate's sources (the exports and their doc comments in
//! `src/ffi/`), with cbindgen.toml's prose, then the generated sections on error codes and config keys,
//! then the version macros.

use std::path::Path;

use crate::model::{Catalogue, ConfigKey, distinct};
use crate::render;

/// The width of the preamble's text, after ` * `.
const WIDTH: usize = 105;

/// Lines of a C block comment's body: `first` then `text`, wrapped, continued 4 columns further in
/// than `first` starts.
fn item(first: &str, text: &str) -> Vec<String> {
    let margin = first.len() - first.trim_start().len();
    let indent = " ".repeat(margin + 4);
    render::wrap(&format!("{}{text}", first.trim_start()), WIDTH - margin - 4)
        .into_iter()
        .enumerate()
        .map(|(index, line)| format!("{}{line}", if index == 0 { &indent[..margin] } else { &indent }))
        .collect()
}

fn error_section(catalogue: &Catalogue) -> Vec<String> {
    let mut lines = render::wrap(
        "Error codes. A failure envelope's error.code is one of these stable names; \"family\" groups them and \
         \"retryable\" says whether the same call may succeed later. aftersales_error_code_from_string maps a name \
         to enum aftersales_error_code (AFTERSALES_ERROR_<CODE>, numbers that never change; 0 for a name this \
         header does not know).",
        WIDTH,
    );
    for family in distinct(catalogue.error_codes.iter().map(|code| code.family.as_str())) {
        lines.push(format!("  {family}:"));
        for code in catalogue.error_codes.iter().filter(|code| code.family == family) {
            let retryable = if code.retryable { " (retryable)" } else { "" };
            lines.extend(item(&format!("    {}{retryable}: ", code.code), &code.description));
        }
    }
    lines
}

fn config_lines(keys: &[&ConfigKey]) -> Vec<String> {
    keys.iter()
        .flat_map(|key| item(&format!("    {} ({}): ", key.name, render::config_facts(key)), &key.description))
        .collect()
}

fn config_section(catalogue: &Catalogue) -> Vec<String> {
    let mut lines = render::wrap(
        "Config keys. config_json of aftersales_<provider>_client_new is a JSON object with these keys; an unknown \
         key, a missing required one or a value of the wrong type or out of range is refused with error.parameter \
         naming it.",
        WIDTH,
    );
    for provider in catalogue.providers() {
        lines.push(format!("  {provider} (aftersales_{provider}_client_new):"));
        lines.extend(config_lines(&catalogue.own_config(provider)));
    }
    lines.push("  Both:".to_owned());
    lines.extend(config_lines(&catalogue.shared_config()));
    lines
}

/// The generated part of the preamble, as one C block comment.
fn sections(catalogue: &Catalogue) -> String {
    let mut lines = error_section(catalogue);
    lines.push(String::new());
    lines.extend(config_section(catalogue));
    let body: Vec<String> =
        lines.iter().map(|line| if line.is_empty() { " *".to_owned() } else { format!(" * {line}") }).collect();
    format!("/*\n{}\n */", body.join("\n"))
}

/// `#define AFTERSALES_VERSION "0.1.0"` and its parts.
fn version_macros() -> Result<String, String> {
    let parts: Vec<&str> = aftersales::VERSION.split(['.', '-', '+']).take(3).collect();
    let [major, minor, patch] = parts[..] else {
        return Err(format!("the version {} is not MAJOR.MINOR.PATCH", aftersales::VERSION));
    };
    Ok(format!(
        "\n#define AFTERSALES_VERSION \"{}\"\n#define AFTERSALES_VERSION_MAJOR {major}\n#define \
         AFTERSALES_VERSION_MINOR {minor}\n#define AFTERSALES_VERSION_PATCH {patch}",
        aftersales::VERSION
    ))
}

/// The header cbindgen writes from the sources under `root` as they are on disk.
pub fn header(catalogue: &Catalogue, root: &Path) -> Result<String, String> {
    let mut config =
        cbindgen::Config::from_file(root.join("cbindgen.toml")).map_err(|error| format!("cbindgen.toml: {error}"))?;
    config.header = Some(format!("{}\n\n{}", config.header.unwrap_or_default(), sections(catalogue)));
    config.after_includes = Some(version_macros()?);
    let bindings = cbindgen::Builder::new()
        .with_src(root.join("src").join("lib.rs"))
        .with_config(config)
        .generate()
        .map_err(|error| format!("cbindgen cannot read the crate: {error}"))?;
    let mut header = Vec::new();
    bindings.write(&mut header);
    String::from_utf8(header).map_err(|_| "cbindgen wrote text that is not UTF-8".to_owned())
}
