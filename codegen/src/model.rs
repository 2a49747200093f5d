//! The catalogue as `aftersales_endpoints()` returns it: the generators' only input about endpoints,
//! error codes and config keys. Read from JSON (not from the library's Rust types), so the generators
//! see exactly what every binding sees at run time.

use serde::Deserialize;
use serde_json::Value;

#[derive(Debug, Deserialize)]
pub struct Catalogue {
    pub endpoints: Vec<Endpoint>,
    pub error_codes: Vec<ErrorCode>,
    pub config: Vec<ConfigKey>,
}

#[derive(Debug, Deserialize)]
pub struct Endpoint {
    pub provider: String,
    pub name: String,
    pub function: String,
    pub title: String,
    pub method: String,
    pub path: String,
    pub cmdkey: Option<String>,
    pub doc: String,
    pub writes: bool,
    /// False for an endpoint the library inferred rather than took from the vendor's documents.
    pub documented: bool,
    /// Where an inferred endpoint comes from.
    pub source: Option<String>,
    pub read_back: Option<ReadBack>,
    pub paging: Option<Paging>,
    pub result: String,
    pub result_description: String,
    pub params: Vec<Param>,
}

#[derive(Debug, Deserialize)]
pub struct ReadBack {
    pub endpoint: String,
    pub key: String,
    pub shows: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct Paging {
    pub index_param: String,
    pub size_param: String,
    pub cursor_default_size: u32,
}

#[derive(Debug, Deserialize)]
pub struct Param {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub required: bool,
    pub max_length: Option<u64>,
    pub range: Option<(i64, i64)>,
    #[serde(default)]
    pub choices: Vec<Choice>,
    pub default: Option<String>,
    #[serde(rename = "in")]
    pub location: String,
    pub config_key: Option<String>,
    #[serde(default)]
    pub secret: bool,
    pub description: String,
    /// The keys of a `condition` object, or the fields of each line of a `rows` list.
    #[serde(default)]
    pub keys: Vec<Key>,
}

#[derive(Debug, Deserialize)]
pub struct Key {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub description: String,
    /// A `rows` field's required flag (condition keys have none).
    pub required: Option<bool>,
    /// False for a condition key the library inferred.
    pub documented: Option<bool>,
}

#[derive(Debug, Deserialize)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

#[derive(Debug, Deserialize)]
pub struct ErrorCode {
    pub code: String,
    pub number: u32,
    pub family: String,
    pub retryable: bool,
    pub description: String,
}

#[derive(Debug, Deserialize)]
pub struct ConfigKey {
    pub name: String,
    pub providers: Vec<String>,
    #[serde(rename = "type")]
    pub kind: String,
    pub required: bool,
    pub default: Option<Value>,
    pub default_description: Option<String>,
    pub range: Option<(u64, u64)>,
    #[serde(default)]
    pub choices: Vec<Choice>,
    pub secret: bool,
    pub description: String,
}

impl Catalogue {
    /// The catalogue of the `aftersales` crate this binary was built with.
    pub fn load() -> Result<Catalogue, String> {
        serde_json::from_str(&aftersales::catalogue::catalogue_json())
            .map_err(|error| format!("the catalogue JSON does not have the expected shape: {error}"))
    }

    /// The providers, in catalogue order.
    pub fn providers(&self) -> Vec<&str> {
        distinct(self.endpoints.iter().map(|endpoint| endpoint.provider.as_str()))
    }

    pub fn endpoints_of<'a>(&'a self, provider: &'a str) -> impl Iterator<Item = &'a Endpoint> {
        self.endpoints.iter().filter(move |endpoint| endpoint.provider == provider)
    }

    /// The config keys `provider`'s client takes, in catalogue order.
    pub fn config_of<'a>(&'a self, provider: &'a str) -> impl Iterator<Item = &'a ConfigKey> {
        self.config.iter().filter(move |key| key.providers.iter().any(|name| name == provider))
    }

    /// The config keys only `provider`'s client takes.
    pub fn own_config<'a>(&'a self, provider: &'a str) -> Vec<&'a ConfigKey> {
        self.config_of(provider).filter(|key| !self.is_shared(key)).collect()
    }

    /// The config keys every provider's client takes.
    pub fn shared_config(&self) -> Vec<&ConfigKey> {
        self.config.iter().filter(|key| self.is_shared(key)).collect()
    }

    fn is_shared(&self, key: &ConfigKey) -> bool {
        self.providers().iter().all(|provider| key.providers.iter().any(|name| name == provider))
    }
}

/// The distinct items, in the order they first appear.
pub fn distinct<'a>(items: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen: Vec<&str> = Vec::new();
    for item in items {
        if !seen.contains(&item) {
            seen.push(item);
        }
    }
    seen
}

/// `eshouhou` → `Eshouhou`, `get_work_orders` → `GetWorkOrders`.
pub fn pascal_case(name: &str) -> String {
    name.split('_')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map(|first| first.to_uppercase().chain(chars).collect::<String>()).unwrap_or_default()
        })
        .collect()
}
