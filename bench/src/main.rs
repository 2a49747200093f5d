//! `aftersales-bench`: measures libaftersales against nginx, a hand-written reqwest client, Python
//! `requests` and .NET `HttpClient` in one run, and writes BENCHMARKS.md. `./scripts/bench.sh` builds
//! what it needs and runs it; see bench/README.md.
//!
//! Modes:
//!   run <repo> <out-dir> <report.md>            every measurement, then the report
//!   bindings <repo> <out-dir>                   sections 4 and 5 alone, printed (after a run built the drivers)
//!   walk <library> <url> cursor|list_all|prefetch=N
//!                                               (a driver process of `run`) one walk of a Zhibang table
//!   clients <library> eshouhou|zhibang <count>  (a driver process of `run`) clients made one after another
//!   profile library <library> <url> <calls>     (under callgrind, run by `run`) calls through the C ABI
//!   profile raw <url> <calls>                   (under callgrind) hand-written reqwest calls
//!   profile pieces <calls>                      (under callgrind) the library's public pieces, no network
//!   own-work <repo> <out-dir>                   sections 1-3 and the library's own work (callgrind) alone,
//!                                               printed, not written to BENCHMARKS.md (about two minutes)

mod at_rest;
mod bindings;
mod callgrind;
mod calls;
mod clients;
mod fixture;
mod inprocess;
mod library;
mod logging;
mod machine;
mod nginx;
mod prefetch;
mod process;
mod raw;
mod report;
mod sandbox;
mod stats;
mod threads;
mod tools;
mod walk;
mod wrk;

use std::path::Path;
use std::process::ExitCode;

use crate::library::{Library, Provider};
use crate::nginx::Nginx;
use crate::report::Results;
use crate::sandbox::Sandbox;
use crate::tools::Tools;

/// How much of each measurement a run makes: enough rounds for stable medians on a shared two-core
/// machine, and about five minutes in all.
const CALL_ROUNDS: usize = 31;
const CALLS_PER_ROUND: usize = 1500;
const WRK_SECONDS: u32 = 1;
/// Short turns in many rounds: a shared machine's load changes less within a short round, and a cost of
/// microseconds needs many per-round comparisons to show.
const LOG_ROUNDS: usize = 151;
const LOG_CALLS_PER_ROUND: usize = 300;
const PIECE_ROUNDS: usize = 9;
const PIECE_RUNS: usize = 20_000;
const PROFILED_CALLS: usize = 300;
const BINDING_ROUNDS: usize = 21;
const BINDING_CALLS: usize = 400;
const THREAD_ROUNDS: usize = 5;
const THREAD_SECONDS: f64 = 1.0;
const WALK_SIZES: [usize; 2] = [10_000, 100_000];
/// Each round walks the table once per setting: about 11 s with 30 ms per page request.
const PREFETCH_ROUNDS: usize = 7;
const DLOPEN_RUNS: usize = 15;
const CLIENT_RUNS: usize = 15;
const CLIENTS_PER_PROCESS: usize = 10;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let outcome = match args.as_slice() {
        ["run", repo, out, report] => run(Path::new(repo), Path::new(out), Path::new(report)),
        ["bindings", repo, out] => run_bindings(Path::new(repo), Path::new(out)),
        ["walk", library, url, fetch] => {
            walk::Fetch::parse(fetch).and_then(|fetch| walk::run_driver_mode(Path::new(library), url, fetch))
        }
        ["clients", library, provider, clients] => Provider::parse(provider)
            .and_then(|provider| clients::run_driver_mode(Path::new(library), provider, count(clients)?)),
        ["profile", "library", library, url, calls] => {
            count(calls).and_then(|calls| callgrind::run_library_calls(Path::new(library), url, calls))
        }
        ["profile", "raw", url, calls] => count(calls).and_then(|calls| callgrind::run_raw_calls(url, calls)),
        ["profile", "pieces", calls] => count(calls).and_then(callgrind::run_pieces),
        ["own-work", repo, out] => own_work(Path::new(repo), Path::new(out)),
        _ => Err("usage: aftersales-bench run <repo> <out-dir> <report.md> (see bench/README.md)".to_owned()),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("aftersales-bench: {error}");
            ExitCode::FAILURE
        }
    }
}

fn count(text: &str) -> Result<usize, String> {
    text.parse().map_err(|_| format!("not a count: {text}"))
}

/// Sections 4 and 5 alone, printed as the report has them: what working on a binding needs to see.
fn run_bindings(repo: &Path, out: &Path) -> Result<(), String> {
    let tools = Tools::find(repo, out)?;
    let nginx = Nginx::start(&tools.nginx)?;
    eprintln!("== 4. Python: aftersales vs the C call and requests ({})", nginx.url);
    let python = bindings::python(&tools, &nginx.url, BINDING_ROUNDS, BINDING_CALLS)?;
    eprintln!("== 5. .NET on Mono: AfterSales vs the C call and HttpClient");
    let csharp = bindings::csharp(&tools, &nginx.url, BINDING_ROUNDS, BINDING_CALLS)?;
    print!("{}", report::binding_sections(&python, &csharp));
    Ok(())
}

/// The call against nginx side by side with raw reqwest, and where the library's own instructions go:
/// what a change to the call path is judged by, without the rest of a run.
fn own_work(repo: &Path, out: &Path) -> Result<(), String> {
    let tools = Tools::find(repo, out)?;
    let library = Library::load(&tools.library)?;
    let nginx = Nginx::start(&tools.nginx)?;
    let load_before = machine::load_average();
    eprintln!("== 1-3. one call against nginx ({}): wrk, raw reqwest, the library from Rust and C", nginx.url);
    let plan = calls::Plan { rounds: CALL_ROUNDS, calls: CALLS_PER_ROUND, wrk_seconds: WRK_SECONDS };
    let calls = calls::measure(&tools, &library, &nginx, &plan)?;
    eprintln!("== the library's own work without the network: public pieces, callgrind profile");
    let pieces = inprocess::Pieces::new()?.time(PIECE_ROUNDS, PIECE_RUNS);
    let profile = callgrind::profile(&tools, &nginx.url, PROFILED_CALLS)?;
    let load = format!("{load_before}; {}", machine::load_average());
    print!("{}", report::own_work(&calls, &pieces, &profile, &load));
    Ok(())
}

fn run(repo: &Path, out: &Path, report_path: &Path) -> Result<(), String> {
    let tools = Tools::find(repo, out)?;
    let machine = machine::Machine::describe(&tools);
    let library = Library::load(&tools.library)?;

    let nginx = Nginx::start(&tools.nginx)?;
    eprintln!("== 1-3. one call against nginx ({}): wrk, raw reqwest, the library from Rust and C", nginx.url);
    let plan = calls::Plan { rounds: CALL_ROUNDS, calls: CALLS_PER_ROUND, wrk_seconds: WRK_SECONDS };
    let calls = calls::measure(&tools, &library, &nginx, &plan)?;
    eprintln!("== 3. the same call with a log callback: none, off, info, debug");
    let logging = logging::measure(&library, &nginx, LOG_ROUNDS, LOG_CALLS_PER_ROUND)?;
    eprintln!("== the library's own work without the network: public pieces, callgrind profile");
    let pieces = inprocess::Pieces::new()?.time(PIECE_ROUNDS, PIECE_RUNS);
    let profile = callgrind::profile(&tools, &nginx.url, PROFILED_CALLS)?;
    eprintln!("== 4. Python: aftersales vs the C call and requests");
    let python = bindings::python(&tools, &nginx.url, BINDING_ROUNDS, BINDING_CALLS)?;
    eprintln!("== 5. .NET on Mono: AfterSales vs the C call and HttpClient");
    let csharp = bindings::csharp(&tools, &nginx.url, BINDING_ROUNDS, BINDING_CALLS)?;
    drop(nginx);

    eprintln!("== 6. threads sharing one client against the sandbox");
    let threads = {
        let sandbox = Sandbox::start(&tools.sandbox, &[])?;
        threads::measure(&library, &sandbox, THREAD_ROUNDS, THREAD_SECONDS)?
    };
    eprintln!("== 7. a long Zhibang table walked with the cursor");
    let walks = walk::measure(&tools, &WALK_SIZES)?;
    eprintln!(
        "== 7. the large table with {} ms per page request, read ahead: prefetch {:?}",
        prefetch::LATENCY.as_millis(),
        prefetch::SETTINGS
    );
    let prefetch = prefetch::measure(&tools, PREFETCH_ROUNDS)?;
    eprintln!("== 8. at rest: stripped size, dlopen to the first client");
    let at_rest = at_rest::measure(&tools, DLOPEN_RUNS)?;
    eprintln!("== 8. client creation: the first client in a process and those after it");
    let clients = clients::measure(&tools, CLIENT_RUNS, CLIENTS_PER_PROCESS)?;

    let results = Results {
        machine,
        calls,
        logging,
        pieces,
        profile,
        python,
        csharp,
        threads,
        walks,
        prefetch,
        at_rest,
        clients,
    };
    let markdown = report::render(&results);
    std::fs::write(report_path, &markdown)
        .map_err(|error| format!("cannot write {}: {error}", report_path.display()))?;
    eprintln!("== wrote {}", report_path.display());
    print!("{}", report::summary_table(&results));
    Ok(())
}
