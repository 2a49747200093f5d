//! Section 8: the library's cost before any request: the size of the stripped `.so`, and the time from
//! `dlopen` to the first client ready, each run in a fresh process (bench/c/dlopen_ready.c). What each
//! client costs after the library is loaded is in `clients.rs`.

use std::fs;
use std::process::Command;

use crate::process::{Scratch, output_of, run_json};
use crate::stats::Summary;
use crate::tools::Tools;

pub struct AtRest {
    pub shipped_bytes: u64,
    pub stripped_bytes: u64,
    pub runs: usize,
    pub dlopen_us: Summary,
    pub ready_us: Summary,
}

pub fn measure(tools: &Tools, runs: usize) -> Result<AtRest, String> {
    let scratch = Scratch::new("strip")?;
    let stripped = scratch.path.join("libaftersales.so");
    fs::copy(&tools.library, &stripped).map_err(|error| format!("cannot copy the library: {error}"))?;
    output_of(&tools.strip.to_string_lossy(), &[&stripped.to_string_lossy()])?;
    let size =
        |path: &std::path::Path| fs::metadata(path).map(|metadata| metadata.len()).map_err(|error| error.to_string());

    // The first run pays for reading the file from disk; the runs after it are what a restarted host sees.
    run_json(Command::new(&tools.c_ready).arg(&stripped))?;
    let mut dlopen_us = Vec::new();
    let mut ready_us = Vec::new();
    for _ in 0..runs {
        let result = run_json(Command::new(&tools.c_ready).arg(&stripped))?;
        let number =
            |key: &str| result[key].as_f64().ok_or_else(|| format!("dlopen_ready printed no `{key}`: {result}"));
        dlopen_us.push(number("dlopen_us")?);
        ready_us.push(number("ready_us")?);
    }
    Ok(AtRest {
        shipped_bytes: size(&tools.library)?,
        stripped_bytes: size(&stripped)?,
        runs,
        dlopen_us: Summary::of(&dlopen_us),
        ready_us: Summary::of(&ready_us),
    })
}
