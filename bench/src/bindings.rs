//! Sections 4 and 5: the Python and .NET packages against the code an integrator writes instead and against
//! the bare C call (the package's own cost), each in its own driver process (bench/python, bench/csharp) that
//! interleaves them and prints every round.

use std::process::Command;

use serde_json::Value;

use crate::process::run_json;
use crate::stats::Summary;
use crate::tools::Tools;

/// One package against its baseline: microseconds per call, and how many times faster the package is
/// (the baseline's time over the package's, per round); and against the bare C call.
pub struct BindingFigures {
    pub rounds: usize,
    pub calls: usize,
    pub library_us: Summary,
    pub baseline_us: Summary,
    pub speedup: Summary,
    /// The package against the same export called directly (ctypes, P/Invoke), in the same rounds.
    pub over_c: OverC,
    /// Python only: the same on a worker thread, where the package blocks in the C call itself rather than
    /// waiting for it where Ctrl-C can reach the main thread.
    pub over_c_on_worker: Option<OverC>,
    /// Interpreter or runtime and baseline library versions.
    pub versions: String,
}

/// What a package adds to the C call it makes: the C call alone (the params JSON encoded once, the
/// envelope copied out as bytes and freed, nothing parsed), the package's call, and their difference per
/// round, by the clock and in the process's CPU time (every thread's), which the other programs on a
/// shared machine inflate less than the clock.
pub struct OverC {
    pub c_us: Summary,
    pub library_us: Summary,
    pub overhead_us: Summary,
    pub overhead_cpu_us: Summary,
}

impl OverC {
    /// From the driver's `<library>_us`, `<c_call>_us` and their `_cpu_us`.
    fn of(result: &Value, library: &str, c_call: &str) -> Result<OverC, String> {
        let library_us = samples(result, &format!("{library}_us"))?;
        let c_us = samples(result, &format!("{c_call}_us"))?;
        let library_cpu_us = samples(result, &format!("{library}_cpu_us"))?;
        let c_cpu_us = samples(result, &format!("{c_call}_cpu_us"))?;
        Ok(OverC {
            c_us: Summary::of(&c_us),
            library_us: Summary::of(&library_us),
            overhead_us: Summary::zip(&library_us, &c_us, |library, c_call| library - c_call),
            overhead_cpu_us: Summary::zip(&library_cpu_us, &c_cpu_us, |library, c_call| library - c_call),
        })
    }
}

pub fn python(tools: &Tools, url: &str, rounds: usize, calls: usize) -> Result<BindingFigures, String> {
    let result = run_json(
        Command::new(&tools.python)
            .arg(&tools.python_driver)
            .arg(url)
            .arg(rounds.to_string())
            .arg(calls.to_string())
            // The release library and the package's sources, so no second build of the library is needed.
            .env("AFTERSALES_LIBRARY", &tools.library)
            .env("PYTHONPATH", &tools.python_package),
    )?;
    let versions = format!(
        "CPython {}, requests {}",
        result["python"].as_str().unwrap_or("?"),
        result["requests"].as_str().unwrap_or("?")
    );
    let mut figures = figures(&result, "requests_us", rounds, calls, versions)?;
    figures.over_c_on_worker = Some(OverC::of(&result, "thread_library", "thread_c")?);
    Ok(figures)
}

pub fn csharp(tools: &Tools, url: &str, rounds: usize, calls: usize) -> Result<BindingFigures, String> {
    let result = run_json(
        Command::new(&tools.mono).arg(&tools.csharp_driver).arg(url).arg(rounds.to_string()).arg(calls.to_string()),
    )?;
    let versions = result["runtime"].as_str().unwrap_or("?").to_owned();
    figures(&result, "httpclient_us", rounds, calls, versions)
}

fn figures(
    result: &Value,
    baseline: &str,
    rounds: usize,
    calls: usize,
    versions: String,
) -> Result<BindingFigures, String> {
    let library_us = samples(result, "library_us")?;
    let baseline_us = samples(result, baseline)?;
    Ok(BindingFigures {
        rounds,
        calls,
        library_us: Summary::of(&library_us),
        baseline_us: Summary::of(&baseline_us),
        speedup: Summary::zip(&baseline_us, &library_us, |baseline, library| baseline / library),
        over_c: OverC::of(result, "library", "c")?,
        over_c_on_worker: None,
        versions,
    })
}

fn samples(result: &Value, key: &str) -> Result<Vec<f64>, String> {
    result[key]
        .as_array()
        .map(|values| values.iter().filter_map(Value::as_f64).collect())
        .filter(|values: &Vec<f64>| !values.is_empty())
        .ok_or_else(|| format!("the driver printed no `{key}`: {result}"))
}
