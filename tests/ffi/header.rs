//! The checked-in header and README agree with the package: versions and the error codes.

use std::path::PathBuf;

fn read(relative: &str) -> String {
    std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)).expect("file exists")
}

#[test]
fn version_macros_equal_cargo_toml() {
    let header = read("include/aftersales.h");
    let expect = |line: String| assert!(header.contains(&line), "the header lacks `{line}`");
    expect(format!("#define AFTERSALES_VERSION \"{}\"", env!("CARGO_PKG_VERSION")));
    expect(format!("#define AFTERSALES_VERSION_MAJOR {}", env!("CARGO_PKG_VERSION_MAJOR")));
    expect(format!("#define AFTERSALES_VERSION_MINOR {}", env!("CARGO_PKG_VERSION_MINOR")));
    expect(format!("#define AFTERSALES_VERSION_PATCH {}", env!("CARGO_PKG_VERSION_PATCH")));
    expect(format!("#define AFTERSALES_ABI_VERSION {}", aftersales::ABI_VERSION));
}

#[test]
fn every_error_code_is_documented_in_the_header_and_readme() {
    let header = read("include/aftersales.h");
    let readme = read("README.md");
    for code in aftersales::ErrorCode::ALL {
        assert!(header.contains(code.as_str()), "the header does not document {code}");
        assert!(readme.contains(&format!("`{code}`")), "the README does not document {code}");
    }
}

/// The README's error table is what callers and retry wrappers read: each row's family and `retryable`
/// must be what the built library puts in its envelopes (`aftersales_endpoints()` lists them).
#[test]
fn the_readme_error_table_agrees_with_the_library_on_every_code() {
    let readme = read("README.md");
    let table: std::collections::HashMap<String, (String, String)> = readme
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let code = cells.get(1)?.strip_prefix('`')?.strip_suffix('`')?;
            let retryable = cells.get(3).filter(|cell| matches!(**cell, "yes" | "no"))?;
            Some((code.to_owned(), (cells[2].to_owned(), (*retryable).to_owned())))
        })
        .collect();
    let catalogue = crate::common::catalogue();
    let codes = catalogue["error_codes"].as_array().expect("the catalogue lists its error codes");
    assert_eq!(table.len(), codes.len(), "one README row per code");
    for code in codes {
        let name = code["code"].as_str().expect("a code name");
        let (family, retryable) = table.get(name).unwrap_or_else(|| panic!("the README has no row for {name}"));
        assert_eq!(code["family"].as_str(), Some(family.as_str()), "{name}");
        let library = if code["retryable"] == serde_json::json!(true) { "yes" } else { "no" };
        assert_eq!(library, retryable, "{name}: README and library disagree on retryable");
    }
}

/// The header is read by C programmers: its names stay in the library's namespace, and its prose uses no
/// Rust headings or idioms that the doc comments it is made from might carry.
#[test]
fn the_header_speaks_c() {
    let header = read("include/aftersales.h");
    for line in header.lines() {
        if let Some(name) = line.strip_prefix("#define ") {
            assert!(name.starts_with("AFTERSALES_"), "a macro outside the library's prefix: {line}");
        }
        for idiom in ["# Safety", "# Panics", "# Errors", "Cloning", "clone", "Option<", "&str", "Box<", "Arc<"] {
            assert!(!line.contains(idiom), "a Rust idiom ({idiom}) in the header: {line}");
        }
    }
}
