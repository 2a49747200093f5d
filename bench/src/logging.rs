//! The log callback's cost (issue 10): the call of sections 1-3 through the C ABI from Rust against the
//! same nginx, with no callback, with one whose minimum (`error`) is above every event of a successful
//! call, at `info` (the call's event) and at `debug` (each request and response as well). Interleaved
//! rounds, timed by the clock and by the calling thread's CPU time: the callback and the events run on
//! the calling thread, and its CPU time is not charged while other processes of a shared machine run,
//! so a cost of a microsecond shows there when the clock's rounds vary by far more.

use std::ffi::{CStr, c_char, c_void};
use std::ptr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use crate::fixture;
use crate::library::{LOG_DEBUG, LOG_ERROR, LOG_INFO, LOG_OFF, Library, c_string};
use crate::nginx::Nginx;
use crate::stats::{Summary, per_call_us, rate};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    /// `aftersales_set_log_callback(NULL, NULL, 0)`.
    NoCallback,
    /// A callback at `AFTERSALES_LOG_ERROR`: registered, but a successful call has no event that severe.
    Off,
    Info,
    Debug,
}

impl Setting {
    const ALL: [Setting; 4] = [Setting::NoCallback, Setting::Off, Setting::Info, Setting::Debug];

    fn min_level(self) -> Option<u32> {
        match self {
            Setting::NoCallback => None,
            Setting::Off => Some(LOG_ERROR),
            Setting::Info => Some(LOG_INFO),
            Setting::Debug => Some(LOG_DEBUG),
        }
    }
}

pub struct SettingRow {
    pub setting: Setting,
    /// Microseconds per call.
    pub us: Summary,
    pub calls_per_second: Summary,
    /// This setting's rate over the rate without a callback, per round.
    pub of_none: Summary,
    /// This setting's microseconds per call minus those without a callback, per round.
    pub over_none_us: Summary,
    /// The calling thread's CPU microseconds per call.
    pub cpu_us: Summary,
    /// This setting's CPU microseconds per call minus those without a callback, per round.
    pub cpu_over_none_us: Summary,
    pub events_per_call: f64,
    pub bytes_per_call: f64,
}

pub struct LogFigures {
    pub rounds: usize,
    pub calls: usize,
    pub rows: Vec<SettingRow>,
}

/// What the callback has received: a host's logger does at least this much with each event.
#[derive(Default)]
struct Tally {
    events: AtomicU64,
    bytes: AtomicU64,
}

impl Tally {
    fn read(&self) -> (u64, u64) {
        (self.events.load(Ordering::Relaxed), self.bytes.load(Ordering::Relaxed))
    }
}

/// Counts the event and its bytes: reading the whole string is what any logger that keeps it does first.
unsafe extern "C" fn tally_event(user_data: *mut c_void, _level: u32, event_json: *const c_char) {
    // SAFETY: `user_data` is the `Tally` registered with this callback, which outlives the registration
    // (`Registration` borrows it and unregisters on drop).
    let tally = unsafe { &*user_data.cast::<Tally>() };
    // SAFETY: the library passes a NUL-terminated string that is valid until the callback returns.
    let bytes = unsafe { CStr::from_ptr(event_json) }.to_bytes().len();
    tally.events.fetch_add(1, Ordering::Relaxed);
    tally.bytes.fetch_add(bytes as u64, Ordering::Relaxed);
}

/// The process-wide callback setting, put back to none on drop: later sections run without it, and the
/// library never calls back into a `Tally` that is gone, even when a round fails.
struct Registration<'a> {
    library: &'a Library,
    tally: &'a Tally,
}

impl Registration<'_> {
    fn set(&self, setting: Setting) {
        let user_data = ptr::from_ref(self.tally).cast_mut().cast::<c_void>();
        match setting.min_level() {
            // The library keeps exactly what a process that never registered a callback has (minimum 0,
            // no sink), so setting NULL before each round measures "no callback at all".
            // SAFETY: a NULL callback is never called.
            None => unsafe { self.library.set_log_callback(None, ptr::null_mut(), LOG_OFF) },
            // SAFETY: `tally_event` only touches atomics, so any thread may call it, and `user_data` is
            // the `Tally` this registration borrows.
            Some(level) => unsafe { self.library.set_log_callback(Some(tally_event), user_data, level) },
        }
    }
}

impl Drop for Registration<'_> {
    fn drop(&mut self) {
        self.set(Setting::NoCallback);
    }
}

pub fn measure(library: &Library, nginx: &Nginx, rounds: usize, calls: usize) -> Result<LogFigures, String> {
    let client = library.eshouhou_client(&fixture::eshouhou_config(&nginx.url))?;
    let params = c_string(&fixture::project_params());
    let tally = Tally::default();
    let registration = Registration { library, tally: &tally };

    let mut samples: [Vec<f64>; Setting::ALL.len()] = Default::default();
    let mut cpu_samples: [Vec<f64>; Setting::ALL.len()] = Default::default();
    let mut received = [(0, 0); Setting::ALL.len()];
    // Round 0 fetches the token, opens the connection and warms caches, and is not kept.
    for round in 0..=rounds {
        let mut order = Setting::ALL;
        if round % 2 == 1 {
            // Alternating the order keeps a setting from always following the same one.
            order.reverse();
        }
        for setting in order {
            registration.set(setting);
            let (events_before, bytes_before) = tally.read();
            let cpu_before = thread_cpu_time()?;
            let us_per_call = per_call_us(calls, || client.get_customer_project(&params).success())?;
            let cpu_us_per_call = (thread_cpu_time()? - cpu_before).as_secs_f64() * 1e6 / calls as f64;
            let (events, bytes) = tally.read();
            if round > 0 {
                samples[setting as usize].push(us_per_call);
                cpu_samples[setting as usize].push(cpu_us_per_call);
                received[setting as usize].0 += events - events_before;
                received[setting as usize].1 += bytes - bytes_before;
            }
        }
    }
    drop(registration);

    let none = &samples[Setting::NoCallback as usize];
    let cpu_none = &cpu_samples[Setting::NoCallback as usize];
    let kept_calls = (rounds * calls) as f64;
    let rows = Setting::ALL
        .iter()
        .zip(&samples)
        .zip(&cpu_samples)
        .zip(received)
        .map(|(((&setting, us), cpu_us), (events, bytes))| SettingRow {
            setting,
            us: Summary::of(us),
            calls_per_second: Summary::of(&us.iter().copied().map(rate).collect::<Vec<_>>()),
            of_none: Summary::zip(none, us, |none, with| none / with),
            over_none_us: Summary::zip(us, none, |with, none| with - none),
            cpu_us: Summary::of(cpu_us),
            cpu_over_none_us: Summary::zip(cpu_us, cpu_none, |with, none| with - none),
            events_per_call: events as f64 / kept_calls,
            bytes_per_call: bytes as f64 / kept_calls,
        })
        .collect::<Vec<_>>();
    check_deliveries(&rows)?;
    Ok(LogFigures { rounds, calls, rows })
}

/// The CPU time the calling thread has used.
fn thread_cpu_time() -> Result<Duration, String> {
    let mut now = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: a valid clock id and a writable timespec.
    if unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) } != 0 {
        return Err(format!("cannot read the thread's CPU time: {}", std::io::Error::last_os_error()));
    }
    Ok(Duration::new(now.tv_sec as u64, now.tv_nsec as u32))
}

/// Without a callback or below its minimum nothing may arrive, and at `info` and `debug` something must,
/// or the settings are not what the report says they are.
fn check_deliveries(rows: &[SettingRow]) -> Result<(), String> {
    for row in rows {
        let silent = matches!(row.setting, Setting::NoCallback | Setting::Off);
        if silent != (row.events_per_call == 0.0) {
            return Err(format!(
                "the log callback received {} events per call at minimum level {:?}",
                row.events_per_call,
                row.setting.min_level()
            ));
        }
    }
    Ok(())
}
