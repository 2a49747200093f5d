//! The release build of the sandbox as a separate process, so its work and memory are not the driver's,
//! and its admin API.

use std::fs::File;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{Value, json};

use crate::process::{Scratch, terminate, wait_for_line};

pub struct Sandbox {
    child: Child,
    pub url: String,
    _scratch: Scratch,
}

impl Sandbox {
    /// Starts `binary --port 0` with `args` and reads its URL from the first line it prints.
    pub fn start(binary: &Path, args: &[&str]) -> Result<Sandbox, String> {
        let scratch = Scratch::new("sandbox")?;
        // Its output goes to a file: a pipe closed after the first line would make its later writes fail.
        let log = scratch.path.join("sandbox.log");
        let stdout = File::create(&log).map_err(|error| format!("cannot create {}: {error}", log.display()))?;
        let stderr = stdout.try_clone().map_err(|error| error.to_string())?;
        let mut child = Command::new(binary)
            .args(["--port", "0"])
            .args(args)
            .stdin(Stdio::null())
            .stdout(stdout)
            .stderr(stderr)
            .spawn()
            .map_err(|error| format!("cannot start {}: {error}", binary.display()))?;
        let url = match wait_for_line(&log, "aftersales-sandbox listening on ", &mut child, Duration::from_secs(10)) {
            Ok(url) => url,
            Err(error) => {
                terminate(&mut child);
                return Err(error);
            }
        };
        Ok(Sandbox { child, url, _scratch: scratch })
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        terminate(&mut self.child);
    }
}

/// The sandbox's admin API: its counters show whether calls were really served in parallel, and its
/// faults slow the requests down.
pub struct Admin {
    http: reqwest::blocking::Client,
    url: String,
}

impl Admin {
    pub fn new(url: &str) -> Admin {
        Admin { http: reqwest::blocking::Client::new(), url: format!("{url}/__sandbox") }
    }

    pub fn reset(&self) -> Result<(), String> {
        self.http
            .post(format!("{}/reset", self.url))
            .send()
            .and_then(|response| response.error_for_status())
            .map(drop)
            .map_err(|error| format!("sandbox reset: {error}"))
    }

    pub fn max_concurrent_requests(&self) -> Result<u64, String> {
        let body = self
            .http
            .get(format!("{}/stats", self.url))
            .send()
            .and_then(|response| response.error_for_status())
            .and_then(|response| response.bytes())
            .map_err(|error| format!("sandbox stats: {error}"))?;
        let stats: Value = serde_json::from_slice(&body).map_err(|error| error.to_string())?;
        stats["max_concurrent_requests"]
            .as_u64()
            .ok_or_else(|| format!("no max_concurrent_requests in the sandbox's stats: {stats}"))
    }

    /// Delays each of the next `times` requests under `path_prefix` by `delay` before it is answered.
    pub fn delay(&self, path_prefix: &str, times: u32, delay: Duration) -> Result<(), String> {
        let fault = json!({"path_prefix": path_prefix, "kind": "delay", "times": times, "delay_ms": delay.as_millis()});
        self.http
            .post(format!("{}/faults", self.url))
            .body(fault.to_string())
            .send()
            .and_then(|response| response.error_for_status())
            .map(drop)
            .map_err(|error| format!("sandbox delay fault: {error}"))
    }
}
