//! Sections 4 and 5: the Python and .NET packages against the code an integrator writes instead, each in
//! its own driver process (bench/python, bench/csharp) that interleaves the two and prints every round.

use std::process::Command;

use serde_json::Value;

use crate::process::run_json;
use crate::stats::Summary;
use crate::tools::Tools;

/// One package against its baseline: microseconds per call, and how many times faster the package is
/// (the baseline's time over the package's, per round).
pub struct BindingFigures {
    pub rounds: usize,
    pub calls: usize,
    pub library_us: Summary,
    pub baseline_us: Summary,
    pub speedup: Summary,
    /// Interpreter or runtime and baseline library versions.
    pub versions: String,
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
    figures(&result, "requests_us", rounds, calls, versions)
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
