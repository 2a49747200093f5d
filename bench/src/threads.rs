//! Section 6: 1, 2, 4 and 8 threads sharing one client against the sandbox, through the C ABI, beside
//! the same threads sharing one hand-written reqwest client: calls per second per thread count.
//!
//! The machine has two cores, which the client threads share with the sandbox's two workers, so the
//! question is whether the library lets its threads run calls in parallel and keeps pace with reqwest,
//! not whether eight threads go four times faster than two.

use std::sync::Barrier;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use crate::fixture;
use crate::library::{Library, c_string};
use crate::raw::RawClient;
use crate::sandbox::{Admin, Sandbox};
use crate::stats::Summary;

pub const THREAD_COUNTS: [usize; 4] = [1, 2, 4, 8];

pub struct ThreadRow {
    pub threads: usize,
    pub library_cps: Summary,
    pub raw_cps: Summary,
    /// The library's rate over reqwest's at this thread count, per round.
    pub library_of_raw: Summary,
    /// The most requests the sandbox served at once during the library's first run.
    pub max_in_flight: u64,
}

pub struct ThreadFigures {
    pub rounds: usize,
    pub seconds: f64,
    pub rows: Vec<ThreadRow>,
}

type Call<'a> = &'a (dyn Fn() -> Result<(), String> + Sync);

pub fn measure(library: &Library, sandbox: &Sandbox, rounds: usize, seconds: f64) -> Result<ThreadFigures, String> {
    let client = library.eshouhou_client(&fixture::eshouhou_config(&sandbox.url))?;
    let raw = RawClient::new(&sandbox.url)?;
    let params = c_string(&fixture::project_params());
    let library_call = || client.get_customer_project(&params).success();
    let raw_call = || raw.get_customer_project().map(drop);
    let admin = Admin::new(&sandbox.url);
    let duration = Duration::from_secs_f64(seconds);

    // A short first pass fetches the token, builds the sandbox's tenant and opens connections.
    calls_per_second(2, Duration::from_millis(300), &library_call)?;
    calls_per_second(2, Duration::from_millis(300), &raw_call)?;

    let mut library_samples = vec![Vec::new(); THREAD_COUNTS.len()];
    let mut raw_samples = vec![Vec::new(); THREAD_COUNTS.len()];
    let mut max_in_flight = vec![0; THREAD_COUNTS.len()];
    for round in 0..rounds {
        for (index, threads) in THREAD_COUNTS.iter().enumerate() {
            if round == 0 {
                admin.reset()?;
            }
            library_samples[index].push(calls_per_second(*threads, duration, &library_call)?);
            if round == 0 {
                max_in_flight[index] = admin.max_concurrent_requests()?;
            }
            raw_samples[index].push(calls_per_second(*threads, duration, &raw_call)?);
        }
    }
    let rows = THREAD_COUNTS
        .iter()
        .enumerate()
        .map(|(index, threads)| ThreadRow {
            threads: *threads,
            library_cps: Summary::of(&library_samples[index]),
            raw_cps: Summary::of(&raw_samples[index]),
            library_of_raw: Summary::zip(&library_samples[index], &raw_samples[index], |library, raw| library / raw),
            max_in_flight: max_in_flight[index],
        })
        .collect();
    Ok(ThreadFigures { rounds, seconds, rows })
}

/// Calls per second of `threads` threads calling `call` for `duration`, started together.
fn calls_per_second(threads: usize, duration: Duration, call: Call<'_>) -> Result<f64, String> {
    let stop = AtomicBool::new(false);
    let done = AtomicU64::new(0);
    let start = Barrier::new(threads + 1);
    let (started, outcomes) = thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    start.wait();
                    while !stop.load(Ordering::Relaxed) {
                        call()?;
                        done.fetch_add(1, Ordering::Relaxed);
                    }
                    Ok::<(), String>(())
                })
            })
            .collect();
        start.wait();
        let started = Instant::now();
        thread::sleep(duration);
        stop.store(true, Ordering::Relaxed);
        let outcomes: Vec<Result<(), String>> = workers
            .into_iter()
            .map(|worker| worker.join().unwrap_or_else(|_| Err("a benchmark thread panicked".into())))
            .collect();
        (started, outcomes)
    });
    let elapsed = started.elapsed().as_secs_f64();
    outcomes.into_iter().collect::<Result<Vec<()>, String>>()?;
    Ok(done.load(Ordering::Relaxed) as f64 / elapsed)
}
