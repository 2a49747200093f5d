//! The library's own work on one call without the network, timed through its public Rust API.
//!
//! A call does: parse `params_json`, check it against the catalogue (filling the network context from
//! the config), GET, decode the vendor's envelope (keeping `ResultValue` as raw JSON), parse and normalize
//! the display rows (`DisplayRows::parse`), write the envelope, hand it to C. The public pieces are timed
//! here one by one, beside the `serde_json::Value` parse a hand-written client does; the rest is private,
//! so its cost comes from the callgrind profile (callgrind.rs), which sees every function of a real call.

use std::hint::black_box;
use std::time::Instant;

use aftersales::catalogue::Provider;
use aftersales::eshouhou::DisplayRows;
use aftersales::{Client, Data, EshouhouClient, Meta, Response, envelope, params};
use serde_json::Value;
use serde_json::value::RawValue;

use crate::fixture;
use crate::stats::Summary;

pub struct Piece {
    pub name: &'static str,
    pub ns: Summary,
}

/// Nanoseconds per run of each public piece, and of all of them in a row.
pub struct PieceTimes {
    pub pieces: Vec<Piece>,
    pub all_ns: Summary,
}

/// The public pieces of a call, in the order a call does them.
pub struct Pieces {
    client: EshouhouClient,
    endpoint: &'static aftersales::catalogue::Endpoint<aftersales::catalogue::Eshouhou>,
    params_json: String,
    body: Vec<u8>,
    result_value: Box<RawValue>,
    response: Response,
}

impl Pieces {
    pub fn new() -> Result<Pieces, String> {
        // No request is sent: only the config is read.
        let config = fixture::eshouhou_config("http://127.0.0.1:9").to_string();
        let client = EshouhouClient::from_json(Some(&config)).map_err(|error| error.to_string())?;
        let endpoint = client.endpoint("get_customer_project").map_err(|error| error.to_string())?;
        Ok(Pieces {
            client,
            endpoint,
            params_json: fixture::project_params(),
            body: fixture::project_body().into_bytes(),
            result_value: fixture::project_result_value(),
            response: Response {
                data: Data::DisplayRows(
                    DisplayRows::parse(Some(&fixture::project_result_value())).map_err(|error| error.to_string())?,
                ),
                meta: Meta::new(Provider::Eshouhou, endpoint.name, Instant::now()),
            },
        })
    }

    fn parse_params(&self) -> serde_json::Map<String, Value> {
        params::parse_object(Some(&self.params_json), "params_json").unwrap_or_default()
    }

    fn validate(&self, input: &serde_json::Map<String, Value>) {
        black_box(self.client.prepare(self.endpoint, input).is_ok());
    }

    fn decode(&self) {
        black_box(serde_json::from_slice::<Value>(&self.body).is_ok());
    }

    fn display_rows(&self) {
        black_box(DisplayRows::parse(Some(&self.result_value)).is_ok());
    }

    fn write_envelope(&self) {
        black_box(envelope::success_bytes(&self.response));
    }

    /// Every public piece once, as a call runs them (the callgrind calibration loop runs this).
    pub fn all(&self) {
        let input = black_box(self.parse_params());
        self.validate(&input);
        self.display_rows();
        self.write_envelope();
    }

    /// Nanoseconds per run of each piece and of all of them: the median of `rounds` rounds of `runs` runs.
    pub fn time(&self, rounds: usize, runs: usize) -> PieceTimes {
        let input = self.parse_params();
        let pieces: [(&'static str, &dyn Fn()); 5] = [
            ("parse `params_json`", &|| drop(black_box(self.parse_params()))),
            ("check it against the catalogue", &|| self.validate(&input)),
            ("a hand-written client's parse of the body (serde_json::Value), for comparison", &|| self.decode()),
            ("parse and normalize the 20 display rows (`DisplayRows::parse`)", &|| self.display_rows()),
            ("write the envelope (20 rows)", &|| self.write_envelope()),
        ];
        PieceTimes {
            pieces: pieces.iter().map(|(name, piece)| Piece { name, ns: time_rounds(rounds, runs, *piece) }).collect(),
            all_ns: time_rounds(rounds, runs, &|| self.all()),
        }
    }
}

fn time_rounds(rounds: usize, runs: usize, piece: &dyn Fn()) -> Summary {
    let samples: Vec<f64> = (0..rounds)
        .map(|_| {
            let started = Instant::now();
            for _ in 0..runs {
                piece();
            }
            started.elapsed().as_secs_f64() * 1e9 / runs as f64
        })
        .collect();
    Summary::of(&samples)
}
