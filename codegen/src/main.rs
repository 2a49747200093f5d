//! Writes every file derived from the catalogue (`aftersales_endpoints()`: endpoints, error codes,
//! config keys): the C ABI's generated Rust, the header, the README tables and the bindings' generated
//! code. Run through `./scripts/codegen.sh`:
//!
//!     ./scripts/codegen.sh                # rewrite the files that are stale
//!     ./scripts/codegen.sh --check        # write nothing; fail naming each stale file
//!
//! `--root DIR` works on another copy of the repository (its sources, cbindgen.toml and outputs); the
//! catalogue is always the one this binary was built with. `--list` prints the generated files' paths.

mod csharp;
mod header;
mod model;
mod python;
mod readme;
mod render;
mod rust;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use model::{Catalogue, pascal_case};

const USAGE: &str = "usage: aftersales-codegen [--check | --list] [--root DIR]";
const HEADER: &str = "include/aftersales.h";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Write,
    Check,
    List,
}

/// What to do, from the command line.
struct Options {
    mode: Mode,
    root: PathBuf,
}

fn options() -> Result<Options, String> {
    let mut options = Options {
        mode: Mode::Write,
        root: Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap_or(Path::new(".")).into(),
    };
    let mut arguments = std::env::args().skip(1);
    while let Some(argument) = arguments.next() {
        match argument.as_str() {
            "--check" => options.mode = Mode::Check,
            "--list" => options.mode = Mode::List,
            "--root" => options.root = arguments.next().ok_or(USAGE)?.into(),
            _ => return Err(format!("unknown argument `{argument}`\n{USAGE}")),
        }
    }
    Ok(options)
}

fn read(root: &Path, path: &str) -> Result<String, String> {
    std::fs::read_to_string(root.join(path)).map_err(|error| format!("cannot read {path}: {error}"))
}

/// Every generated file but the header, as `(path under the root, text)`.
fn sources(catalogue: &Catalogue, root: &Path) -> Result<Vec<(String, String)>, String> {
    let python = "bindings/python/src/aftersales";
    let csharp = "bindings/csharp/src/Generated";
    let mut files = vec![
        ("src/ffi/endpoints.rs".to_owned(), rust::endpoints(catalogue, root)?),
        ("src/ffi/error_codes.rs".to_owned(), rust::error_codes(catalogue, root)?),
        ("README.md".to_owned(), readme::readme(catalogue, &read(root, "README.md")?)?),
        (format!("{python}/_endpoints.py"), python::endpoints(catalogue)?),
        (format!("{python}/_config.py"), python::config(catalogue)?),
        (format!("{python}/_error_codes.py"), python::error_codes(catalogue)),
        (format!("{csharp}/NativeMethods.Endpoints.g.cs"), csharp::native_methods(catalogue)),
        (format!("{csharp}/Config.g.cs"), csharp::config(catalogue)?),
        (format!("{csharp}/AfterSalesErrorCode.g.cs"), csharp::error_codes(catalogue)),
    ];
    for provider in catalogue.providers() {
        files.push((
            format!("{csharp}/{}Client.Endpoints.g.cs", pascal_case(provider)),
            csharp::client_methods(catalogue, provider),
        ));
    }
    Ok(files)
}

/// Where `current` first differs from `expected`, for a stale file's message.
fn difference(expected: &str, current: &str) -> String {
    let shorten = |line: &str| line.chars().take(100).collect::<String>();
    let mut expected_lines = expected.lines();
    let mut current_lines = current.lines();
    for number in 1.. {
        match (expected_lines.next(), current_lines.next()) {
            (Some(want), Some(have)) if want == have => {}
            (None, None) => break,
            (want, have) => {
                let show = |line: Option<&str>| line.map_or("(end of file)".to_owned(), &shorten);
                return format!("line {number}: expected `{}`, found `{}`", show(want), show(have));
            }
        }
    }
    "line endings differ".to_owned()
}

/// Compares, writes or lists one file; returns whether it was stale.
fn apply(root: &Path, path: &str, text: &str, mode: Mode) -> Result<bool, String> {
    if mode == Mode::List {
        println!("{path}");
        return Ok(false);
    }
    let current = std::fs::read_to_string(root.join(path)).ok();
    if current.as_deref() == Some(text) {
        return Ok(false);
    }
    if mode == Mode::Check {
        let hint = current.map_or("missing".to_owned(), |current| difference(text, &current));
        println!("stale: {path} ({hint})");
    } else {
        std::fs::write(root.join(path), text).map_err(|error| format!("cannot write {path}: {error}"))?;
        println!("wrote {path}");
    }
    Ok(true)
}

fn run(options: &Options) -> Result<usize, String> {
    let catalogue = Catalogue::load()?;
    let mut stale = 0;
    for (path, text) in sources(&catalogue, &options.root)? {
        stale += usize::from(apply(&options.root, &path, &text, options.mode)?);
    }
    // cbindgen reads the Rust just written (or, with --check, as it is on disk).
    let header = header::header(&catalogue, &options.root)?;
    stale += usize::from(apply(&options.root, HEADER, &header, options.mode)?);
    Ok(stale)
}

fn main() -> ExitCode {
    let outcome = options().and_then(|options| Ok((options.mode, run(&options)?)));
    match outcome {
        Ok((Mode::Check, stale)) if stale > 0 => {
            eprintln!("{stale} generated file(s) are stale: run ./scripts/codegen.sh");
            ExitCode::FAILURE
        }
        Ok(_) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("codegen: {message}");
            ExitCode::from(2)
        }
    }
}
