//! Sections 1-3: one call against nginx's static answer, by wrk (the limit), by a hand-written reqwest
//! client, and through libaftersales' C ABI from Rust (dlopen) and from C. All in interleaved rounds.

use std::process::Command;

use reqwest::Url;

use crate::fixture;
use crate::library::{Library, c_string};
use crate::nginx::Nginx;
use crate::process::run_json;
use crate::raw::RawClient;
use crate::stats::{Summary, per_call_us};
use crate::tools::Tools;
use crate::wrk;

pub struct Plan {
    pub rounds: usize,
    pub calls: usize,
    pub wrk_seconds: u32,
}

pub struct CallFigures {
    pub rounds: usize,
    pub calls: usize,
    pub nginx_rps: Summary,
    /// Microseconds per call.
    pub nginx_us: Summary,
    pub raw_us: Summary,
    pub ffi_us: Summary,
    pub ffi_parse_us: Summary,
    pub c_us: Summary,
    /// Raw reqwest's rate over wrk's rate, per round.
    pub raw_of_limit: Summary,
    /// The library's rate over raw reqwest's rate, per round.
    pub ffi_of_raw: Summary,
    pub c_of_raw: Summary,
    /// The library's microseconds per call minus raw reqwest's, per round.
    pub ffi_overhead_us: Summary,
    pub c_overhead_us: Summary,
}

#[derive(Clone, Copy)]
enum Contender {
    Wrk,
    Raw,
    Ffi,
    FfiParse,
    C,
}

const CONTENDERS: [Contender; 5] = [Contender::Wrk, Contender::Raw, Contender::Ffi, Contender::FfiParse, Contender::C];

pub fn measure(tools: &Tools, library: &Library, nginx: &Nginx, plan: &Plan) -> Result<CallFigures, String> {
    let raw = RawClient::new(&nginx.url)?;
    let client = library.eshouhou_client(&fixture::eshouhou_config(&nginx.url))?;
    let params = c_string(&fixture::project_params());
    check_same_answer(&raw, &client.get_customer_project(&params).parse()?)?;
    let project_url = format!("{}{}", nginx.url, fixture::PROJECT_PATH);
    let wrk_url = Url::parse_with_params(&project_url, fixture::project_query(fixture::STATIC_TOKEN))
        .map_err(|error| error.to_string())?;

    let mut samples: [Vec<f64>; CONTENDERS.len()] = Default::default();
    // Round 0 warms up connections, caches and the CPU's clock, and is not kept.
    for round in 0..=plan.rounds {
        let mut order = CONTENDERS;
        if round % 2 == 1 {
            // Alternating the order keeps a contender from always following the same one.
            order.reverse();
        }
        for contender in order {
            let us_per_call = match contender {
                Contender::Wrk => 1e6 / wrk::requests_per_second(&tools.wrk, wrk_url.as_str(), plan.wrk_seconds)?,
                Contender::Raw => per_call_us(plan.calls, || raw.get_customer_project().map(drop))?,
                Contender::Ffi => per_call_us(plan.calls, || client.get_customer_project(&params).success())?,
                Contender::FfiParse => per_call_us(plan.calls, || {
                    let data = client.get_customer_project(&params).parse()?;
                    data["ok"].as_bool().filter(|ok| *ok).map(drop).ok_or_else(|| data.to_string())
                })?,
                Contender::C => c_driver(tools, &nginx.url, plan.calls)?,
            };
            if round > 0 {
                samples[contender as usize].push(us_per_call);
            }
        }
    }

    let [nginx_us, raw_us, ffi_us, ffi_parse_us, c_us] = samples;
    let nginx_rps: Vec<f64> = nginx_us.iter().map(|us| 1e6 / us).collect();
    Ok(CallFigures {
        rounds: plan.rounds,
        calls: plan.calls,
        nginx_rps: Summary::of(&nginx_rps),
        nginx_us: Summary::of(&nginx_us),
        raw_us: Summary::of(&raw_us),
        ffi_us: Summary::of(&ffi_us),
        ffi_parse_us: Summary::of(&ffi_parse_us),
        c_us: Summary::of(&c_us),
        raw_of_limit: Summary::zip(&nginx_us, &raw_us, |limit, raw| limit / raw),
        ffi_of_raw: Summary::zip(&raw_us, &ffi_us, |raw, library| raw / library),
        c_of_raw: Summary::zip(&raw_us, &c_us, |raw, library| raw / library),
        ffi_overhead_us: Summary::zip(&ffi_us, &raw_us, |library, raw| library - raw),
        c_overhead_us: Summary::zip(&c_us, &raw_us, |library, raw| library - raw),
    })
}

/// The library and the baseline must have read the same 20 rows, or the comparison means nothing.
fn check_same_answer(raw: &RawClient, envelope: &serde_json::Value) -> Result<(), String> {
    let raw_rows = raw.get_customer_project()?.as_array().map_or(0, Vec::len);
    let library_rows = envelope["data"]["rows"].as_array().map_or(0, Vec::len);
    if raw_rows == fixture::PROJECT_ROWS && library_rows == fixture::PROJECT_ROWS {
        Ok(())
    } else {
        Err(format!(
            "expected {} rows from both, got {raw_rows} (raw) and {library_rows} (library): {envelope}",
            fixture::PROJECT_ROWS
        ))
    }
}

/// The C driver (bench/c/call_loop.c) in a process of its own: microseconds per call after its warm-up.
fn c_driver(tools: &Tools, url: &str, calls: usize) -> Result<f64, String> {
    let result = run_json(Command::new(&tools.c_calls).arg(url).arg(calls.to_string()))?;
    result["per_call_us"].as_f64().ok_or_else(|| format!("the C driver printed no per_call_us: {result}"))
}
