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
    /// `aftersales_zhibang_cursor_new_with` with `{"prefetch": N}`, in pages of [`PREFETCH_PAGE_SIZE`].
    Prefetch(usize),
}

/// The catalogue's largest Zhibang page: the fewest requests per table, so a delay on each adds up to
/// seconds, not minutes, and every page in flight holds as many rows as a page can.
pub const PREFETCH_PAGE_SIZE: usize = 1000;

impl Fetch {
    fn arg(self) -> String {
        match self {
            Fetch::Cursor => "cursor".to_owned(),
            Fetch::ListAll => "list_all".to_owned(),
            Fetch::Prefetch(pages) => format!("prefetch={pages}"),
        }
    }

    pub fn parse(text: &str) -> Result<Fetch, String> {
        match text {
            "cursor" => Ok(Fetch::Cursor),
            "list_all" => Ok(Fetch::ListAll),
            _ => text
                .strip_prefix("prefetch=")
                .and_then(|pages| pages.parse().ok())
                .map(Fetch::Prefetch)
                .ok_or_else(|| format!("unknown fetch `{text}`: cursor, list_all or prefetch=N")),
        }
    }
}

pub struct WalkRow {
    pub table_rows: usize,
    pub fetch: &'static str,
    pub walked: Walked,
}

/// What one driver process reports of its walk.
pub struct Walked {
    pub pages: u64,
    pub seconds: f64,
    pub rows_per_second: f64,
    /// Peak RSS before the walk (library loaded, client logged in) and at its end.
    pub start_hwm_kib: u64,
    pub hwm_kib: u64,
    /// The largest page envelope the caller was handed (0 for `list_all`, which hands one envelope).
    pub page_bytes: u64,
}

/// Walks tables of each size in `sizes` with the cursor, and the largest with `list_all` too.
pub fn measure(tools: &Tools, sizes: &[usize]) -> Result<Vec<WalkRow>, String> {
    let mut rows = Vec::new();
    for (index, size) in sizes.iter().enumerate() {
        let sandbox = Sandbox::start(&tools.sandbox, &["--zhibang-services", &size.to_string()])?;
        let walked = run_driver(tools, &sandbox, *size, Fetch::Cursor)?;
        rows.push(WalkRow { table_rows: *size, fetch: "cursor", walked });
        if index + 1 == sizes.len() {
            let walked = run_driver(tools, &sandbox, *size, Fetch::ListAll)?;
            rows.push(WalkRow { table_rows: *size, fetch: "list_all", walked });
        }
    }
    Ok(rows)
}

/// One walk of the `table_rows`-row table of `sandbox` by a driver process of its own.
pub fn run_driver(tools: &Tools, sandbox: &Sandbox, table_rows: usize, fetch: Fetch) -> Result<Walked, String> {
    let result =
        run_json(Command::new(&tools.bench).arg("walk").arg(&tools.library).arg(&sandbox.url).arg(fetch.arg()))?;
    let number =
        |key: &str| result[key].as_f64().ok_or_else(|| format!("the walk driver printed no `{key}`: {result}"));
    let rows = number("rows")? as u64;
    if rows != table_rows as u64 {
        return Err(format!("the walk read {rows} rows of a {table_rows}-row table"));
    }
    let seconds = number("seconds")?;
    Ok(Walked {
        pages: number("pages")? as u64,
        seconds,
        rows_per_second: rows as f64 / seconds,
        start_hwm_kib: number("start_hwm_kib")? as u64,
        hwm_kib: number("hwm_kib")? as u64,
        page_bytes: number("page_bytes")? as u64,
    })
}

/// The driver mode: fetches every after-sales service through the C ABI, parsing each envelope as a
/// caller would, and prints the row count, time and peak RSS.
pub fn run_driver_mode(library: &Path, url: &str, fetch: Fetch) -> Result<(), String> {
    let library = Library::load(library)?;
    let client = library.zhibang_client(&fixture::zhibang_config(url))?;
    let (mut rows, mut pages, mut page_bytes) = (0u64, 0u64, 0usize);
    // Logging in first keeps the login out of the walk's time.
    let first = client.zhibang_call("service_list", r#"{"pagesize": 1}"#).parse()?;
    check_ok(&first)?;
    let start_hwm_kib = peak_rss_kib()?;
    let started = Instant::now();
    let cursor = match fetch {
        Fetch::Cursor => Some(client.zhibang_cursor("service_list", "{}")),
        Fetch::Prefetch(ahead) => Some(client.zhibang_cursor_with(
            "service_list",
            &json!({"pagesize": PREFETCH_PAGE_SIZE}).to_string(),
            &json!({"prefetch": ahead}).to_string(),
        )),
        Fetch::ListAll => None,
    };
    match cursor {
        Some(mut cursor) => loop {
            // The envelope is freed once parsed, as a caller that keeps only the parsed page does.
            let page = {
                let envelope = cursor.next_page();
                page_bytes = page_bytes.max(envelope.as_str().len());
                envelope.parse()?
            };
            check_ok(&page)?;
            if page["data"].is_null() {
                break;
            }
            rows += page["data"]["rows"].as_array().map_or(0, Vec::len) as u64;
            pages += 1;
            if page["meta"]["done"] == json!(true) {
                break;
            }
        },
        None => {
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
        json!({
            "rows": rows, "pages": pages, "seconds": seconds, "start_hwm_kib": start_hwm_kib, "hwm_kib": hwm_kib,
            "page_bytes": page_bytes,
        })
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
