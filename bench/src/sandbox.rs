//! The release build of the sandbox as a separate process, so its work and memory are not the driver's.

use std::fs::File;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

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
