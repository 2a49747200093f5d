//! The physical limit: wrk, one thread and one keep-alive connection, against nginx's static answer.

use std::path::Path;
use std::process::Command;

use crate::process::output_of;

/// Requests per second wrk reaches on `url` in `seconds`.
pub fn requests_per_second(wrk: &Path, url: &str, seconds: u32) -> Result<f64, String> {
    let duration = format!("{seconds}s");
    let program = wrk.to_string_lossy();
    let report = output_of(&program, &["-t1", "-c1", "-d", &duration, url])?;
    if report.contains("Non-2xx") || report.contains("Socket errors") {
        return Err(format!("wrk saw errors:\n{report}"));
    }
    report
        .lines()
        .find_map(|line| line.trim().strip_prefix("Requests/sec:"))
        .and_then(|value| value.trim().parse().ok())
        .ok_or_else(|| format!("no Requests/sec in wrk's report:\n{report}"))
}

/// `wrk --version` (it prints its banner and exits non-zero).
pub fn version(wrk: &Path) -> String {
    Command::new(wrk)
        .arg("--version")
        .output()
        .map(|output| {
            let text = String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr);
            text.lines().next().unwrap_or_default().trim().to_owned()
        })
        .unwrap_or_default()
}
