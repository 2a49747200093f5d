//! The baseline in Rust: what an integrator writes without the library, a reqwest blocking client doing
//! the same GET and a serde_json parse of the answer (no normalization, no validation, no envelope).

use std::fmt::Write;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use md5::{Digest, Md5};
use reqwest::blocking::Client;
use serde_json::Value;

use crate::fixture;

/// One client, shareable between threads like the library's (reqwest's client is).
pub struct RawClient {
    http: Client,
    project_url: String,
    token: String,
}

impl RawClient {
    /// A client with the library's default timeouts, and the token fetched once, signed as the vendor
    /// wants (the sandbox checks the signature; nginx does not).
    pub fn new(base_url: &str) -> Result<RawClient, String> {
        let http = Client::builder()
            .timeout(Duration::from_secs(30))
            .connect_timeout(Duration::from_secs(10))
            .build()
            .map_err(|error| error.to_string())?;
        let token = fetch_token(&http, base_url)?;
        Ok(RawClient { http, project_url: format!("{base_url}{}", fixture::PROJECT_PATH), token })
    }

    /// `GetCustomerProject`: GET, parse, check `ResultCode`.
    pub fn get_customer_project(&self) -> Result<Value, String> {
        let answer = self
            .http
            .get(&self.project_url)
            .query(&fixture::project_query(&self.token))
            .send()
            .and_then(|response| response.error_for_status())
            .and_then(|response| response.bytes())
            .map_err(|error| error.to_string())?;
        let mut answer: Value = serde_json::from_slice(&answer).map_err(|error| error.to_string())?;
        if answer["ResultCode"].as_i64() != Some(0) {
            return Err(format!("GetCustomerProject failed: {answer}"));
        }
        Ok(answer["ResultValue"].take())
    }
}

fn fetch_token(http: &Client, base_url: &str) -> Result<String, String> {
    let timestamp =
        SystemTime::now().duration_since(UNIX_EPOCH).map_err(|error| error.to_string())?.as_millis().to_string();
    let digest = Md5::digest(format!("{}{}{timestamp}", fixture::APP_ID, fixture::APP_SECRET));
    let sign = digest.iter().fold(String::new(), |mut hex, byte| {
        let _ = write!(hex, "{byte:02X}");
        hex
    });
    let query =
        [("appid", fixture::APP_ID), ("timestamp", timestamp.as_str()), ("sign", sign.as_str()), ("expire", "2")];
    let body = http
        .get(format!("{base_url}{}", fixture::TOKEN_PATH))
        .query(&query)
        .send()
        .and_then(|response| response.error_for_status())
        .and_then(|response| response.bytes())
        .map_err(|error| format!("TokenApi: {error}"))?;
    let answer: Value = serde_json::from_slice(&body).map_err(|error| format!("TokenApi: {error}"))?;
    answer["ResultValue"]["access_token"]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| format!("TokenApi gave no token: {answer}"))
}
