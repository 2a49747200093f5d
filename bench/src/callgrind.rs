//! Where a call's instructions go, function by function, from callgrind: the library's own work (the
//! envelope, validation, normalization) separated from the HTTP stack without any private hook, because
//! the release library keeps its function symbols.
//!
//! This program runs itself under valgrind in a profiling mode, and only the loop of measured calls is
//! collected (`--toggle-collect` on [`measured_section`]): start-up, the token fetch and the warm-up are not.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::fixture;
use crate::library::{Library, c_string};
use crate::process::{output_of, run_json};
use crate::raw::RawClient;
use crate::tools::Tools;

/// The exported function a library call enters.
const EXPORT: &str = "aftersales_eshouhou_get_customer_project";
/// Where the library hands the request to reqwest and gets the body back.
const TRANSPORT: &str = "aftersales::transport::Transport::get";
/// Where it reads the vendor's body into the result (display rows in the same pass as the envelope around
/// them); a hand-written client parses the body too, though into a plain JSON tree.
const READ: &str = "aftersales::eshouhou::normalize::read";
/// The loop this program collects in every profile (see [`measured_section`]).
const SECTION: &str = "aftersales_bench::callgrind::measured_section";
/// The steps of the library's own work (everything but the HTTP stack), as named in its symbols. A step
/// the compiler inlined, or the library renamed, is reported as missing; the export and the transport must
/// be there.
const STEPS: [(&str, &str); 6] = [
    ("parse `params_json`", "aftersales::params::parse_object"),
    ("check it against the catalogue", "aftersales::params::validate"),
    ("read the body: envelope and display rows in one pass", READ),
    ("write the envelope", "aftersales::envelope::success_bytes"),
    ("hand the string to C", "aftersales::ffi::boundary::into_c_string"),
    ("drop the result", "core::ptr::drop_in_place<aftersales::envelope::Data>"),
];

/// Instructions per call (Ir), from three profiles of the same kind of loop.
pub struct CallProfile {
    pub calls: usize,
    /// A whole library call: the exported function.
    pub call: f64,
    /// Its HTTP part in the calling thread (reqwest's I/O thread is not counted, for either contender).
    pub transport: f64,
    /// The library's own work: the whole call but the HTTP part (parsing and checking the parameters,
    /// the token lease, the query, reading the body, the envelope, the C string, the glue).
    pub own: f64,
    /// Each step of [`STEPS`], `None` when the profile has no such function.
    pub steps: Vec<(&'static str, Option<f64>)>,
    /// The function of the heaviest step and the functions it spends its instructions in, per call.
    pub heaviest: (&'static str, Vec<(String, f64)>),
    /// A raw reqwest call (GET + serde_json parse) in the calling thread.
    pub raw: f64,
    /// One run of the public pieces timed in inprocess.rs, to turn instructions into time.
    pub pieces: f64,
}

/// The loop callgrind collects. Not inlined, so its symbol exists to toggle on.
#[inline(never)]
pub fn measured_section(calls: usize, call: &mut dyn FnMut() -> Result<(), String>) -> Result<(), String> {
    for _ in 0..calls {
        call()?;
    }
    Ok(())
}

/// How many callees of the heaviest step the report lists.
const HEAVIEST_CALLEES: usize = 6;

/// What each profiling mode runs before the measured calls.
const WARM_UP_CALLS: usize = 50;

/// Profiling mode `library`: calls through the C ABI against `url`.
pub fn run_library_calls(library: &Path, url: &str, calls: usize) -> Result<(), String> {
    let library = Library::load(library)?;
    let client = library.eshouhou_client(&fixture::eshouhou_config(url))?;
    let params = c_string(&fixture::project_params());
    let mut call = || client.get_customer_project(&params).success();
    measured_section_after_warm_up(calls, &mut call)
}

/// Profiling mode `raw`: the hand-written reqwest call against `url`.
pub fn run_raw_calls(url: &str, calls: usize) -> Result<(), String> {
    let raw = RawClient::new(url)?;
    measured_section_after_warm_up(calls, &mut || raw.get_customer_project().map(drop))
}

/// Profiling mode `pieces`: the public pieces of a call, no network.
pub fn run_pieces(calls: usize) -> Result<(), String> {
    let pieces = crate::inprocess::Pieces::new()?;
    measured_section_after_warm_up(calls, &mut || {
        pieces.all();
        Ok(())
    })
}

fn measured_section_after_warm_up(calls: usize, call: &mut dyn FnMut() -> Result<(), String>) -> Result<(), String> {
    for _ in 0..WARM_UP_CALLS {
        call()?;
    }
    measured_section(calls, call)?;
    println!("{{}}");
    Ok(())
}

/// Profiles `calls` library calls, raw calls and piece runs against nginx at `url`.
pub fn profile(tools: &Tools, url: &str, calls: usize) -> Result<CallProfile, String> {
    let calls_text = calls.to_string();
    let library_path = tools.library.to_string_lossy().into_owned();
    let library_profile = run_profile(tools, "library", &["profile", "library", &library_path, url, &calls_text])?;
    let library = parse_annotated(&annotate(tools, &library_profile, None)?);
    let raw =
        parse_annotated(&annotate(tools, &run_profile(tools, "raw", &["profile", "raw", url, &calls_text])?, None)?);
    let pieces =
        parse_annotated(&annotate(tools, &run_profile(tools, "pieces", &["profile", "pieces", &calls_text])?, None)?);
    let per_call =
        |costs: &HashMap<String, u64>, function: &str| costs.get(function).map(|ir| *ir as f64 / calls as f64);
    let required = |costs: &HashMap<String, u64>, function: &str| {
        per_call(costs, function).ok_or_else(|| {
            format!("the callgrind profile has no `{function}` (renamed in the library? see bench/src/callgrind.rs)")
        })
    };
    let call = required(&library, EXPORT)?;
    let transport = required(&library, TRANSPORT)?;
    let steps: Vec<_> = STEPS.iter().map(|(name, function)| (*name, *function, per_call(&library, function))).collect();
    // The heaviest step, opened up: what its instructions are spent on.
    let heaviest = steps
        .iter()
        .filter_map(|(_, function, ir)| ir.map(|ir| (*function, ir)))
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map_or("", |(function, _)| function);
    let mut callees = parse_callees(&annotate(tools, &library_profile, Some("calling"))?, heaviest);
    callees.sort_by_key(|(_, ir)| std::cmp::Reverse(*ir));
    callees.truncate(HEAVIEST_CALLEES);
    Ok(CallProfile {
        calls,
        call,
        transport,
        own: call - transport,
        steps: steps.iter().map(|(name, _, ir)| (*name, *ir)).collect(),
        heaviest: (heaviest, callees.into_iter().map(|(callee, ir)| (callee, ir as f64 / calls as f64)).collect()),
        raw: required(&raw, SECTION)?,
        pieces: required(&pieces, SECTION)?,
    })
}

/// Runs one profiling mode under callgrind; returns the profile's file.
fn run_profile(tools: &Tools, name: &str, args: &[&str]) -> Result<PathBuf, String> {
    let profile = tools.out.join(format!("callgrind.{name}.out"));
    run_json(
        Command::new(&tools.valgrind)
            .arg("--tool=callgrind")
            .arg(format!("--callgrind-out-file={}", profile.display()))
            .arg("--collect-atstart=no")
            .arg(format!("--toggle-collect={SECTION}"))
            .arg(&tools.bench)
            .args(args),
    )?;
    Ok(profile)
}

/// `callgrind_annotate --inclusive=yes` of a profile, flat (`tree` = None) or with a call tree.
fn annotate(tools: &Tools, profile: &Path, tree: Option<&str>) -> Result<String, String> {
    let mut args = vec!["--inclusive=yes".to_owned(), "--threshold=100".to_owned()];
    args.extend(tree.map(|tree| format!("--tree={tree}")));
    args.push(profile.to_string_lossy().into_owned());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    output_of(&tools.callgrind_annotate.to_string_lossy(), &args)
}

/// One line of `callgrind_annotate`: `1,234 (5.6%)  [*<>]  file:function (12x) [object]`.
struct Line<'a> {
    ir: u64,
    /// `*` the function of a call-tree block, `>` a function it calls, `<` one that calls it; none in a
    /// flat listing.
    marker: Option<char>,
    function: &'a str,
}

fn parse_line(line: &str) -> Option<Line<'_>> {
    let (count, rest) = line.trim_start().split_once(' ')?;
    let ir = count.replace(',', "").parse::<u64>().ok()?;
    let rest = rest.trim_start();
    let rest = rest.strip_prefix('(').and_then(|rest| rest.split_once(')')).map_or(rest, |(_, rest)| rest);
    let rest = rest.trim_start();
    let (marker, rest) = match rest.chars().next() {
        Some(marker @ ('*' | '<' | '>')) => (Some(marker), rest[1..].trim_start()),
        _ => (None, rest),
    };
    let location = rest.split(" [").next().unwrap_or_default();
    // A call count follows callers and callees: `function (12x)`.
    let location = match location.rsplit_once(" (") {
        Some((location, count)) if count.ends_with("x)") => location,
        _ => location,
    };
    Some(Line { ir, marker, function: function_of(location)? })
}

/// The inclusive cost of every function of a flat listing, copies of one function added up.
fn parse_annotated(text: &str) -> HashMap<String, u64> {
    let mut costs = HashMap::new();
    for line in text.lines().filter_map(parse_line).filter(|line| line.marker.is_none()) {
        *costs.entry(line.function.to_owned()).or_insert(0) += line.ir;
    }
    costs
}

/// What `function` calls, with the inclusive cost of each callee under it, from a `--tree=calling` listing.
fn parse_callees(text: &str, function: &str) -> Vec<(String, u64)> {
    let mut lines = text
        .lines()
        .skip_while(|line| !parse_line(line).is_some_and(|line| line.marker == Some('*') && line.function == function));
    lines.next();
    lines
        .map_while(parse_line)
        .filter(|line| line.marker == Some('>'))
        .map(|line| (line.function.to_owned(), line.ir))
        .collect()
}

/// The function of `file:function`, where the file has no `::` and Rust paths do.
fn function_of(location: &str) -> Option<&str> {
    let bytes = location.as_bytes();
    (0..bytes.len())
        .find(|&index| {
            bytes[index] == b':' && bytes.get(index + 1) != Some(&b':') && (index == 0 || bytes[index - 1] != b':')
        })
        .map(|index| &location[index + 1..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flat_listing_adds_up_copies_of_a_function() {
        let text = [
            "1,200 (50.0%)  ???:aftersales::params::validate [/x/libaftersales.so]",
            "  300 ( 1.0%)  ???:aftersales::params::validate [/x/libaftersales.so]",
            "  900 (40.0%)  ???:aftersales_eshouhou_get_customer_project [/x/libaftersales.so]",
            "--------------------------------------------------------------------------------",
        ]
        .join("\n");
        let costs = parse_annotated(&text);
        assert_eq!(costs.get("aftersales::params::validate"), Some(&1500));
        assert_eq!(costs.get("aftersales_eshouhou_get_customer_project"), Some(&900));
    }

    #[test]
    fn callees_of_a_tree_block() {
        let text = [
            "100 (50.0%)  < ???:caller (3x) [/x/lib.so]",
            "100 (50.0%)  *  ???:aftersales::a::step [/x/lib.so]",
            " 60 (30.0%)  >   ???:serde_core::ser::Serializer::collect_seq (3x) [/x/lib.so]",
            " 30 (15.0%)  >   ???:indexmap::inner::Core<K,V>::insert_full (9x) [/x/lib.so]",
            "",
            " 30 (15.0%)  *  ???:other [/x/lib.so]",
        ]
        .join("\n");
        assert_eq!(
            parse_callees(&text, "aftersales::a::step"),
            vec![
                ("serde_core::ser::Serializer::collect_seq".to_owned(), 60),
                ("indexmap::inner::Core<K,V>::insert_full".to_owned(), 30)
            ]
        );
    }
}
