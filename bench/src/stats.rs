//! Timing loops and the summary of repeated rounds.
//!
//! Absolute times drift on a shared machine, so every comparison is made of interleaved rounds: each round
//! times every contender once, back to back, and the report gives the median over rounds of each figure
//! and of each per-round ratio or difference, which cancels drift that is slower than a round.

use std::time::Instant;

/// Microseconds per call over `calls` calls; the first failure stops the loop.
pub fn per_call_us(calls: usize, mut call: impl FnMut() -> Result<(), String>) -> Result<f64, String> {
    let started = Instant::now();
    for _ in 0..calls {
        call()?;
    }
    Ok(started.elapsed().as_secs_f64() * 1e6 / calls as f64)
}

/// The median of the rounds, and their lowest and highest value to show the spread.
#[derive(Clone, Copy, Debug)]
pub struct Summary {
    pub median: f64,
    pub low: f64,
    pub high: f64,
}

impl Summary {
    pub fn of(values: &[f64]) -> Summary {
        let mut sorted = values.to_vec();
        sorted.sort_by(f64::total_cmp);
        let middle = sorted.len() / 2;
        let median = match sorted.len() {
            0 => f64::NAN,
            length if length % 2 == 1 => sorted[middle],
            _ => (sorted[middle - 1] + sorted[middle]) / 2.0,
        };
        Summary {
            median,
            low: sorted.first().copied().unwrap_or(f64::NAN),
            high: sorted.last().copied().unwrap_or(f64::NAN),
        }
    }

    /// The per-round values of `a` and `b` combined (a ratio, a difference), summarized.
    pub fn zip(a: &[f64], b: &[f64], combine: impl Fn(f64, f64) -> f64) -> Summary {
        let combined: Vec<f64> = a.iter().zip(b).map(|(a, b)| combine(*a, *b)).collect();
        Summary::of(&combined)
    }
}

/// Calls per second from microseconds per call.
pub fn rate(us_per_call: f64) -> f64 {
    1e6 / us_per_call
}
