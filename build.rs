//! Writes include/aftersales.h with cbindgen, so the header always matches the exported functions and
//! their doc comments. The file is only rewritten when its content changes, which keeps rebuilds quiet
//! and lets CI detect a stale checked-in header with `git diff`.

use std::env;
use std::fs;
use std::path::PathBuf;

fn main() {
    let crate_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=cbindgen.toml");

    let mut config = cbindgen::Config::from_file(crate_dir.join("cbindgen.toml")).expect("cbindgen.toml is valid");
    let version = env::var("CARGO_PKG_VERSION").expect("cargo sets CARGO_PKG_VERSION");
    let part = |name: &str| env::var(name).expect("cargo sets the version parts");
    config.after_includes = Some(format!(
        "\n#define AFTERSALES_VERSION \"{version}\"\n#define AFTERSALES_VERSION_MAJOR {}\n#define AFTERSALES_VERSION_MINOR {}\n#define AFTERSALES_VERSION_PATCH {}",
        part("CARGO_PKG_VERSION_MAJOR"),
        part("CARGO_PKG_VERSION_MINOR"),
        part("CARGO_PKG_VERSION_PATCH"),
    ));

    let bindings = cbindgen::Builder::new()
        .with_crate(&crate_dir)
        .with_config(config)
        .generate()
        .expect("cbindgen can read the crate");
    let mut header = Vec::new();
    bindings.write(&mut header);
    let path = crate_dir.join("include").join("aftersales.h");
    if fs::read(&path).ok().as_deref() != Some(header.as_slice()) {
        fs::create_dir_all(crate_dir.join("include")).expect("include/ can be created");
        fs::write(&path, header).expect("include/aftersales.h can be written");
    }
}
