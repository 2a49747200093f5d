//! Where everything a run uses is: the release builds, the drivers scripts/bench.sh compiled into the
//! output folder, and the system tools.

use std::env;
use std::path::{Path, PathBuf};

pub struct Tools {
    pub library: PathBuf,
    pub sandbox: PathBuf,
    pub c_calls: PathBuf,
    pub c_ready: PathBuf,
    pub python: PathBuf,
    pub python_driver: PathBuf,
    pub python_package: PathBuf,
    pub csharp_driver: PathBuf,
    pub mono: PathBuf,
    pub nginx: PathBuf,
    pub wrk: PathBuf,
    pub valgrind: PathBuf,
    pub callgrind_annotate: PathBuf,
    pub strip: PathBuf,
    /// This program, run again for the measurements that need a process of their own.
    pub bench: PathBuf,
    /// Scratch files of a run that are worth keeping (callgrind profiles).
    pub out: PathBuf,
}

impl Tools {
    /// The tools for a checkout at `repo` whose drivers were built into `out`; fails naming what is missing.
    pub fn find(repo: &Path, out: &Path) -> Result<Tools, String> {
        let tools = Tools {
            library: existing(repo.join("target/release/libaftersales.so"))?,
            sandbox: existing(repo.join("target/release/aftersales-sandbox"))?,
            c_calls: existing(out.join("call_loop"))?,
            c_ready: existing(out.join("dlopen_ready"))?,
            python: existing(out.join("venv/bin/python"))?,
            python_driver: existing(repo.join("bench/python/bench_calls.py"))?,
            python_package: existing(repo.join("bindings/python/src"))?,
            csharp_driver: existing(out.join("csharp/BenchCalls.exe"))?,
            mono: on_path("mono")?,
            nginx: on_path("nginx")?,
            wrk: on_path("wrk")?,
            valgrind: on_path("valgrind")?,
            callgrind_annotate: on_path("callgrind_annotate")?,
            strip: on_path("strip")?,
            bench: env::current_exe().map_err(|error| format!("cannot find this program: {error}"))?,
            out: out.to_path_buf(),
        };
        Ok(tools)
    }
}

fn existing(path: PathBuf) -> Result<PathBuf, String> {
    if path.exists() {
        Ok(path)
    } else {
        Err(format!("{} is missing; run ./scripts/bench.sh, which builds it", path.display()))
    }
}

/// A program on the PATH, or in /usr/sbin (nginx), where a non-root PATH does not look.
fn on_path(name: &str) -> Result<PathBuf, String> {
    let path = env::var_os("PATH").unwrap_or_default();
    env::split_paths(&path)
        .chain([PathBuf::from("/usr/sbin")])
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
        .ok_or_else(|| format!("`{name}` is not installed; ./scripts/bench.sh installs it with apt-get"))
}
