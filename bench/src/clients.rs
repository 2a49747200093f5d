//! Section 8, client creation: what `aftersales_<provider>_client_new` costs the first time in a process
//! and each time after, through the C ABI in fresh driver processes (`aftersales-bench clients`). The
//! library is loaded before the clock starts, so `dlopen` (timed in section 8) is not counted, and every
//! client stays alive until the last is made, as an ERP that holds one client per account does.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use serde_json::json;

use crate::fixture;
use crate::library::{Library, Provider, c_string};
use crate::process::run_json;
use crate::stats::Summary;
use crate::tools::Tools;

/// No request is sent when a client is made, so nothing need answer here.
const UNUSED_URL: &str = "http://127.0.0.1:9";

pub struct ClientRow {
    pub provider: Provider,
    pub first_us: Summary,
    pub second_us: Summary,
    /// The median of the third client onwards in each process.
    pub further_us: Summary,
}

pub struct ClientFigures {
    pub runs: usize,
    pub clients: usize,
    pub rows: Vec<ClientRow>,
}

impl ClientFigures {
    pub fn row(&self, provider: Provider) -> Option<&ClientRow> {
        self.rows.iter().find(|row| row.provider == provider)
    }
}

/// `runs` processes per provider, alternating between the providers, each making `clients` clients,
/// after one process per provider that is dropped (it reads the program into the page cache).
pub fn measure(tools: &Tools, runs: usize, clients: usize) -> Result<ClientFigures, String> {
    let driver = |provider: Provider| -> Result<Vec<f64>, String> {
        let result = run_json(
            Command::new(&tools.bench).arg("clients").arg(&tools.library).arg(provider.name()).arg(clients.to_string()),
        )?;
        let times: Option<Vec<f64>> =
            result["us"].as_array().map(|times| times.iter().filter_map(|us| us.as_f64()).collect());
        times
            .filter(|times| times.len() == clients)
            .ok_or_else(|| format!("the clients driver printed no {clients} times: {result}"))
    };
    for provider in Provider::ALL {
        driver(provider)?;
    }
    let mut runs_of: Vec<Vec<Vec<f64>>> = Provider::ALL.iter().map(|_| Vec::with_capacity(runs)).collect();
    for _ in 0..runs {
        for (index, provider) in Provider::ALL.into_iter().enumerate() {
            runs_of[index].push(driver(provider)?);
        }
    }
    let rows = Provider::ALL
        .into_iter()
        .zip(&runs_of)
        .map(|(provider, processes)| {
            let nth = |n: usize| processes.iter().map(|times| times[n]).collect::<Vec<f64>>();
            let further: Vec<f64> = processes.iter().map(|times| Summary::of(&times[2..]).median).collect();
            ClientRow {
                provider,
                first_us: Summary::of(&nth(0)),
                second_us: Summary::of(&nth(1)),
                further_us: Summary::of(&further),
            }
        })
        .collect();
    Ok(ClientFigures { runs, clients, rows })
}

/// The driver mode: makes `clients` clients of `provider` in this fresh process, timing each, and prints
/// `{"us": [first, second, ...]}`.
pub fn run_driver_mode(library: &Path, provider: Provider, clients: usize) -> Result<(), String> {
    if clients < 3 {
        return Err(format!("{clients} clients: at least 3, to time a first, a second and a further one"));
    }
    let library = Library::load(library)?;
    let config = match provider {
        Provider::Eshouhou => fixture::eshouhou_config(UNUSED_URL),
        Provider::Zhibang => fixture::zhibang_config(UNUSED_URL),
    };
    let config = c_string(&config.to_string());
    let mut made = Vec::with_capacity(clients);
    let mut times = Vec::with_capacity(clients);
    for _ in 0..clients {
        let started = Instant::now();
        let client = library.client(provider, &config)?;
        times.push(started.elapsed().as_secs_f64() * 1e6);
        made.push(client);
    }
    println!("{}", json!({ "us": times }));
    Ok(())
}
