//! Section 7: a long Zhibang table walked with the cursor, in a driver process of its own so its peak
//! RSS (VmHWM) is the driver's alone, neither the sandbox's nor this harness's. The same walk over
//! 10,000 and 100,000 rows shows whether memory grows with the row count; `list_all` over the same table,
//! which holds every row by design, shows that the probe would see it if it did.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use serde_json::{Value, json};

use crate::fixture;
use crate::library::Library;
use crate::process::run_json;
use crate::sandbox::Sandbox;
use crate::tools::Tools;

/// How the driver fetches the table.
#[derive(Clone, Copy)]
pub enum Fetch {
    Cursor,
    ListAll,
}

impl Fetch {
    fn name(self) -> &'static str {
        match self {
            Fetch::Cursor => "cursor",
            Fetch::ListAll => "list_all",
        }
    }

    pub fn parse(name: &str) -> Result<Fetch, String> {
        match name {
            "cursor" => Ok(Fetch::Cursor),
            "list_all" => Ok(Fetch::ListAll),
            _ => Err(format!("unknown fetch `{name}`: cursor or list_all")),
        }
    }
}

pub struct WalkRow {
    pub table_rows: usize,
    pub fetch: &'static str,
    pub pages: u64,
    pub rows_per_second: f64,
    /// Peak RSS before the walk (library loaded, client logged in) and at its end.
    pub start_hwm_kib: u64,
    pub hwm_kib: u64,
}

/// Walks tables of each size in `sizes` with the cursor, and the largest with `list_all` too.
pub fn measure(tools: &Tools, sizes: &[usize]) -> Result<Vec<WalkRow>, String> {
    let mut rows = Vec::new();
    for (index, size) in sizes.iter().enumerate() {
        let sandbox = Sandbox::start(&tools.sandbox, &["--zhibang-services", &size.to_string()])?;
        rows.push(run_driver(tools, &sandbox, *size, Fetch::Cursor)?);
        if index + 1 == sizes.len() {
            rows.push(run_driver(tools, &sandbox, *size, Fetch::ListAll)?);
        }
    }
    Ok(rows)
}

fn run_driver(tools: &Tools, sandbox: &Sandbox, table_rows: usize, fetch: Fetch) -> Result<WalkRow, String> {
    let result =
        run_json(Command::new(&tools.bench).arg("walk").arg(&tools.library).arg(&sandbox.url).arg(fetch.name()))?;
    let number =
        |key: &str| result[key].as_f64().ok_or_else(|| format!("the walk driver printed no `{key}`: {result}"));
    let rows = number("rows")? as u64;
    if rows != table_rows as u64 {
        return Err(format!("the walk read {rows} rows of a {table_rows}-row table"));
    }
    Ok(WalkRow {
        table_rows,
        fetch: fetch.name(),
        pages: number("pages")? as u64,
        rows_per_second: rows as f64 / number("seconds")?,
        start_hwm_kib: number("start_hwm_kib")? as u64,
        hwm_kib: number("hwm_kib")? as u64,
    })
}

/// The driver mode: fetches every after-sales service through the C ABI, parsing each envelope as a
/// caller would, and prints the row count, time and peak RSS.
pub fn run_driver_mode(library: &Path, url: &str, fetch: Fetch) -> Result<(), String> {
    let library = Library::load(library)?;
    let client = library.zhibang_client(&fixture::zhibang_config(url))?;
    let (mut rows, mut pages) = (0u64, 0u64);
    // Logging in first keeps the login out of the walk's time.
    let first = client.zhibang_call("service_list", r#"{"pagesize": 1}"#).parse()?;
    check_ok(&first)?;
    let start_hwm_kib = peak_rss_kib()?;
    let started = Instant::now();
    match fetch {
        Fetch::Cursor => {
            let mut cursor = client.zhibang_cursor("service_list", "{}");
            loop {
                let page = cursor.next_page().parse()?;
                check_ok(&page)?;
                if page["data"].is_null() {
                    break;
                }
                rows += page["data"]["rows"].as_array().map_or(0, Vec::len) as u64;
                pages += 1;
                if page["meta"]["done"] == json!(true) {
                    break;
                }
            }
        }
        Fetch::ListAll => {
            let all = client.zhibang_list_all("service_list", "{}").parse()?;
            check_ok(&all)?;
            rows = all["data"]["rows"].as_array().map_or(0, Vec::len) as u64;
            pages = all["data"]["pages"].as_u64().unwrap_or(0);
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    let hwm_kib = peak_rss_kib()?;
    println!(
        "{}",
        json!({"rows": rows, "pages": pages, "seconds": seconds, "start_hwm_kib": start_hwm_kib, "hwm_kib": hwm_kib})
    );
    Ok(())
}

fn check_ok(envelope: &Value) -> Result<(), String> {
    if envelope["ok"] == json!(true) { Ok(()) } else { Err(format!("the call failed: {envelope}")) }
}

/// VmHWM of this process, in KiB.
fn peak_rss_kib() -> Result<u64, String> {
    let status = std::fs::read_to_string("/proc/self/status").map_err(|error| error.to_string())?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
        .ok_or_else(|| "no VmHWM in /proc/self/status".to_owned())
}
