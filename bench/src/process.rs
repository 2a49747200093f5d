//! Child processes: drivers whose one JSON line is their result, and servers stopped the way they expect.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::Value;

/// Runs a driver to the end and parses the last line it printed as JSON; its stderr explains a failure.
pub fn run_json(command: &mut Command) -> Result<Value, String> {
    let shown = format!("{command:?}");
    let output = command.stdin(Stdio::null()).output().map_err(|error| format!("cannot run {shown}: {error}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        return Err(format!(
            "{shown} failed ({}):\n{}{}",
            output.status,
            stdout,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let last = stdout.lines().rev().find(|line| !line.trim().is_empty()).unwrap_or("");
    serde_json::from_str(last).map_err(|error| format!("{shown} printed no JSON result ({error}): {stdout}"))
}

/// Runs a command and returns its stdout (for version strings and the like).
pub fn output_of(program: &str, args: &[&str]) -> Result<String, String> {
    let output = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(|error| format!("cannot run {program}: {error}"))?;
    if !output.status.success() {
        return Err(format!("{program} {args:?} failed: {}", String::from_utf8_lossy(&output.stderr)));
    }
    // Some tools (wrk, nginx -v) print their version on stderr.
    let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&output.stderr));
    Ok(text)
}

/// Stops a server with SIGTERM, so it can stop its own children (nginx's workers), then reaps it;
/// SIGKILL if it has not stopped after two seconds.
pub fn terminate(child: &mut Child) {
    let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).stderr(Stdio::null()).status();
    let deadline = Instant::now() + Duration::from_secs(2);
    while Instant::now() < deadline {
        if matches!(child.try_wait(), Ok(Some(_))) {
            return;
        }
        thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// A loopback port free right now, for a server that cannot pick its own (nginx).
pub fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|error| format!("no free loopback port: {error}"))?;
    listener.local_addr().map(|address| address.port()).map_err(|error| error.to_string())
}

/// Waits until `file` has a line starting with `prefix` and returns the rest of that line.
pub fn wait_for_line(file: &Path, prefix: &str, child: &mut Child, timeout: Duration) -> Result<String, String> {
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        let text = std::fs::read_to_string(file).unwrap_or_default();
        if let Some(rest) = text.lines().find_map(|line| line.strip_prefix(prefix)) {
            return Ok(rest.trim().to_owned());
        }
        if let Ok(Some(status)) = child.try_wait() {
            return Err(format!("the server exited ({status}): {text}"));
        }
        thread::sleep(Duration::from_millis(20));
    }
    Err(format!("no `{prefix}` line in {} after {timeout:?}", file.display()))
}

/// A scratch folder for one run (nginx's config and bodies, server logs), removed on drop.
pub struct Scratch {
    pub path: PathBuf,
}

impl Scratch {
    pub fn new(name: &str) -> Result<Scratch, String> {
        let path = std::env::temp_dir().join(format!("aftersales-bench-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&path).map_err(|error| format!("cannot create {}: {error}", path.display()))?;
        Ok(Scratch { path })
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}
