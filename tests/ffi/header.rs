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
