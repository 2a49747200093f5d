//! Section 7 over a slow link (issue 16): the 100,000-row Zhibang table walked through
//! `aftersales_zhibang_cursor_new_with` with read-ahead `{"prefetch": N}` for N = 0, 1, 4 and 8, with
//! 30 ms added to every page request, each walk in a driver process of its own (the walk driver of
//! section 7) so its peak RSS is its own.
//!
//! The 30 ms come from the sandbox's `delay` fault on the service list path, armed once for more requests
//! than a run makes, rather than from a new sandbox flag: the admin API already does it, tested, and the
//! delay falls on the page requests the walk times, not on the login the driver makes before its clock
//! starts. The fault sleeps asynchronously, so pages asked for at once wait out their delays together, as
//! on a real link.

use std::time::Duration;

use crate::sandbox::{Admin, Sandbox};
use crate::stats::Summary;
use crate::tools::Tools;
use crate::walk::{self, Fetch, PREFETCH_PAGE_SIZE, Walked};

/// The `prefetch` settings compared; 0 is the walk without read-ahead every other is measured against.
pub const SETTINGS: [usize; 4] = [0, 1, 4, 8];
pub const TABLE_ROWS: usize = 100_000;
pub const LATENCY: Duration = Duration::from_millis(30);
/// `service_list`'s page, the only path the delay applies to.
const SERVICE_LIST_PATH: &str = "/sysa/mobilephone/salesmanage/service/list.asp";

pub struct PrefetchRow {
    pub prefetch: usize,
    pub seconds: Summary,
    pub rows_per_second: Summary,
    pub hwm_kib: Summary,
    /// Prefetch 0's walk time over this setting's, per round.
    pub speedup: Summary,
    /// This setting's peak RSS less prefetch 0's, per round.
    pub extra_hwm_kib: Summary,
    /// The same in pages of [`PrefetchFigures::page_kib`], per round.
    pub extra_pages: Summary,
}

pub struct PrefetchFigures {
    pub rounds: usize,
    pub page_size: usize,
    pub pages: u64,
    /// What one page costs in memory: how far the walk without read-ahead, which holds one page at a
    /// time, raises its peak RSS above where it stood before the walk.
    pub page_kib: Summary,
    /// The largest page envelope of any walk: the page as the caller is handed it, as text.
    pub page_bytes: u64,
    pub rows: Vec<PrefetchRow>,
}

impl PrefetchFigures {
    pub fn row(&self, prefetch: usize) -> Option<&PrefetchRow> {
        self.rows.iter().find(|row| row.prefetch == prefetch)
    }
}

/// `rounds` rounds, each walking the table once per setting, in alternating order, after a warm-up walk
/// that is dropped.
pub fn measure(tools: &Tools, rounds: usize) -> Result<PrefetchFigures, String> {
    let sandbox = Sandbox::start(&tools.sandbox, &["--zhibang-services", &TABLE_ROWS.to_string()])?;
    Admin::new(&sandbox.url).delay(SERVICE_LIST_PATH, u32::MAX, LATENCY)?;
    let walk = |prefetch| walk::run_driver(tools, &sandbox, TABLE_ROWS, Fetch::Prefetch(prefetch));
    walk(SETTINGS[SETTINGS.len() - 1])?;
    let mut walks: Vec<Vec<Walked>> = SETTINGS.iter().map(|_| Vec::with_capacity(rounds)).collect();
    for round in 0..rounds {
        let mut order: Vec<usize> = (0..SETTINGS.len()).collect();
        if round % 2 == 1 {
            order.reverse();
        }
        for index in order {
            eprintln!("   round {}/{rounds}: prefetch {}", round + 1, SETTINGS[index]);
            walks[index].push(walk(SETTINGS[index])?);
        }
    }

    let of = |index: usize, figure: fn(&Walked) -> f64| walks[index].iter().map(figure).collect::<Vec<f64>>();
    let none_seconds = of(0, |walked| walked.seconds);
    let none_hwm = of(0, |walked| walked.hwm_kib as f64);
    let page_kib = of(0, |walked| walked.hwm_kib as f64 - walked.start_hwm_kib as f64);
    let rows = SETTINGS
        .iter()
        .enumerate()
        .map(|(index, prefetch)| {
            let seconds = of(index, |walked| walked.seconds);
            let hwm = of(index, |walked| walked.hwm_kib as f64);
            let extra: Vec<f64> = hwm.iter().zip(&none_hwm).map(|(this, none)| this - none).collect();
            PrefetchRow {
                prefetch: *prefetch,
                seconds: Summary::of(&seconds),
                rows_per_second: Summary::of(&of(index, |walked| walked.rows_per_second)),
                hwm_kib: Summary::of(&hwm),
                speedup: Summary::zip(&none_seconds, &seconds, |none, this| none / this),
                extra_hwm_kib: Summary::of(&extra),
                extra_pages: Summary::zip(&extra, &page_kib, |extra, page| extra / page),
            }
        })
        .collect();
    let all = walks.iter().flatten();
    Ok(PrefetchFigures {
        rounds,
        page_size: PREFETCH_PAGE_SIZE,
        pages: all.clone().map(|walked| walked.pages).max().unwrap_or(0),
        page_kib: Summary::of(&page_kib),
        page_bytes: all.map(|walked| walked.page_bytes).max().unwrap_or(0),
        rows,
    })
}
