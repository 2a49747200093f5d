//! What the figures were measured on, for the report: the machine, the date and the tools' versions.

use std::fs;

use crate::process::output_of;
use crate::tools::Tools;
use crate::wrk;

pub struct Machine {
    pub date: String,
    pub cpu: String,
    pub cores: usize,
    pub memory: String,
    pub kernel: String,
    pub os: String,
    /// The load average when the run began: the wall-clock ratios are only as good as the machine was quiet.
    pub load: String,
    pub tools: Vec<(&'static str, String)>,
}

impl Machine {
    pub fn describe(tools: &Tools) -> Machine {
        let cpuinfo = fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let meminfo = fs::read_to_string("/proc/meminfo").unwrap_or_default();
        let os_release = fs::read_to_string("/etc/os-release").unwrap_or_default();
        let memory_kib: u64 = field(&meminfo, "MemTotal").trim_end_matches("kB").trim().parse().unwrap_or(0);
        Machine {
            date: first_line(&output_of("date", &["-u", "+%Y-%m-%d %H:%M UTC"]).unwrap_or_default()),
            cpu: field(&cpuinfo, "model name"),
            cores: cpuinfo.lines().filter(|line| line.starts_with("processor")).count(),
            memory: format!("{:.1} GiB", memory_kib as f64 / 1024.0 / 1024.0),
            kernel: first_line(&fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default()),
            os: os_release
                .lines()
                .find_map(|line| line.strip_prefix("PRETTY_NAME="))
                .map_or_else(|| "unknown".to_owned(), |name| name.trim_matches('"').to_owned()),
            load: load_average(),
            tools: vec![
                ("rustc", version("rustc", &["--version"])),
                ("gcc", version("gcc", &["--version"])),
                ("nginx", version(&tools.nginx.to_string_lossy(), &["-v"])),
                ("wrk", wrk::version(&tools.wrk)),
                ("valgrind", version(&tools.valgrind.to_string_lossy(), &["--version"])),
            ],
        }
    }
}

/// The 1, 5 and 15 minute load averages, as /proc/loadavg has them.
pub fn load_average() -> String {
    let loadavg = fs::read_to_string("/proc/loadavg").unwrap_or_default();
    loadavg.split_whitespace().take(3).collect::<Vec<_>>().join(" ")
}

/// The value of the first `name: value` line.
fn field(text: &str, name: &str) -> String {
    text.lines()
        .find_map(|line| {
            let (key, value) = line.split_once(':')?;
            (key.trim() == name).then(|| value.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown".to_owned())
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or_default().trim().to_owned()
}

fn version(program: &str, args: &[&str]) -> String {
    output_of(program, args).map(|text| first_line(&text)).unwrap_or_else(|_| "unknown".to_owned())
}
