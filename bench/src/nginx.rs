//! nginx on loopback serving the static eshouhou answers: the physical limit every client is compared with.
//!
//! The config and the bodies are written into a scratch folder and nginx runs in the foreground as our
//! child (`daemon off`), with its pid, logs and temp paths in that folder, so nothing of the system's
//! nginx setup is used or touched.

use std::fs;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use crate::fixture;
use crate::process::{Scratch, free_port, terminate};

pub struct Nginx {
    child: Child,
    pub url: String,
    // Dropped after the child is stopped (fields drop in order after Drop::drop).
    scratch: Scratch,
}

impl Nginx {
    pub fn start(binary: &Path) -> Result<Nginx, String> {
        let scratch = Scratch::new("nginx")?;
        let dir = &scratch.path;
        write(&dir.join("www").join(&fixture::TOKEN_PATH[1..]), &fixture::token_body())?;
        write(&dir.join("www").join(&fixture::PROJECT_PATH[1..]), &fixture::project_body())?;
        let port = free_port()?;
        let config = dir.join("nginx.conf");
        write(&config, &config_text(dir, port))?;
        let child = Command::new(binary)
            .arg("-p")
            .arg(dir)
            .arg("-c")
            .arg(&config)
            .arg("-e")
            .arg(dir.join("error.log"))
            .args(["-g", "daemon off;"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|error| format!("cannot start {}: {error}", binary.display()))?;
        let mut nginx = Nginx { child, url: format!("http://127.0.0.1:{port}"), scratch };
        nginx.wait_until_serving()?;
        Ok(nginx)
    }

    fn wait_until_serving(&mut self) -> Result<(), String> {
        let probe = reqwest::blocking::Client::new();
        let url = format!("{}{}", self.url, fixture::TOKEN_PATH);
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            let answer = probe.get(&url).send();
            if answer.is_ok_and(|answer| answer.status().is_success()) {
                return Ok(());
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                let log = fs::read_to_string(self.scratch.path.join("error.log")).unwrap_or_default();
                return Err(format!("nginx exited ({status}): {log}"));
            }
            thread::sleep(Duration::from_millis(20));
        }
        Err(format!("nginx did not answer {url} within 5 s"))
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        terminate(&mut self.child);
    }
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|error| format!("cannot create {}: {error}", parent.display()))?;
    }
    fs::write(path, text).map_err(|error| format!("cannot write {}: {error}", path.display()))
}

/// One worker (the machine has two cores: one for the client, one for the server), keep-alive for as
/// long as a run lasts, no access log, and every file served as `application/json; charset=utf-8`
/// whatever its name; a static file ignores the query string.
fn config_text(dir: &Path, port: u16) -> String {
    let dir = dir.display();
    format!(
        "worker_processes 1;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
events {{
    worker_connections 256;
}}
http {{
    access_log off;
    client_body_temp_path {dir}/temp_body;
    proxy_temp_path {dir}/temp_proxy;
    fastcgi_temp_path {dir}/temp_fastcgi;
    uwsgi_temp_path {dir}/temp_uwsgi;
    scgi_temp_path {dir}/temp_scgi;
    keepalive_timeout 600s;
    keepalive_requests 100000000;
    types {{ }}
    default_type application/json;
    charset utf-8;
    charset_types application/json;
    server {{
        listen 127.0.0.1:{port};
        root {dir}/www;
    }}
}}
"
    )
}
