//! The endpoint catalogue: one declarative entry per vendor endpoint.
//!
//! Everything per-endpoint is data here (path, wire form, parameters with their vendor names, types,
//! limits and choices, the shape `data` is normalized to). Validation, dispatch by name, the JSON of
//! `aftersales_endpoints()`, the generated `extern "C"` functions with their header documentation and
//! the README endpoint table are all derived from it.

pub mod config;
pub mod eshouhou;
mod json;
pub mod labels;
pub mod zhibang;
mod zhibang_pages;

use std::fmt::Debug;

use serde::Serialize;

pub use eshouhou::Eshouhou;
pub use json::catalogue_json;
pub use zhibang::Zhibang;

/// The after-sales platform an endpoint belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Provider {
    /// 易售后 open platform.
    Eshouhou,
    /// 智邦国际 ERP.
    Zhibang,
}

impl Provider {
    pub const fn as_str(self) -> &'static str {
        match self {
            Provider::Eshouhou => "eshouhou",
            Provider::Zhibang => "zhibang",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum HttpMethod {
    #[serde(rename = "GET")]
    Get,
    #[serde(rename = "POST")]
    Post,
}

/// The normalized shape of `data` in a successful envelope, as listings name and describe it. Each
/// vendor's wire form says which one its calls give (`Vendor::result`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Shape {
    TokenInfo,
    Record,
    Records,
    DisplayRows,
    CategoryAndProducts,
    Table,
    Bill,
    Message,
    Source,
    Data,
    Session,
    LoggedOut,
}

impl Shape {
    /// What `data` holds, in one paragraph (the header and README quote it).
    pub const fn describe(self) -> &'static str {
        match self {
            Shape::TokenInfo => {
                "{\"expires_in\": seconds, \"expires_at_ms\": unix ms}; the token itself is kept inside \
                 the client and never returned"
            }
            Shape::Record => {
                "the vendor's ResultValue object, with a label field `<Field>Name` added beside each \
                 documented enum code"
            }
            Shape::Records => {
                "{\"rows\": [ResultValue records with `<Field>Name` labels beside enum codes], \"page\": \
                 {\"index\", \"size\", \"count\": null, \"total\": null, \"has_more\"}} (page is null when \
                 the endpoint does not page)"
            }
            Shape::DisplayRows => {
                "{\"rows\": [{\"ShowType\": int, \"ShowTypeName\", \"Key\", \"Value\"}], \"fields\": \
                 {Key: Value}} (rows keep every display row with its documented members; fields keeps the \
                 first value of each label, in display order)"
            }
            Shape::CategoryAndProducts => {
                "{\"ID\", \"Name\", \"Product\": [products with WarrantyPeriodName], \"Category\": [...]}"
            }
            Shape::Table => {
                "{\"columns\": [{\"id\", \"dbtype\", \"type\"}], \"rows\": [{column id: cell}], \"page\": \
                 {\"index\", \"size\", \"count\", \"total\", \"has_more\"}}; cells by the column's type: \
                 integer a number, decimal exact text (\"12800.00\"), datetime ISO 8601, text as sent, empty \
                 null, unreadable {\"raw\": vendor text}"
            }
            Shape::Bill => {
                "{\"id\": record id, \"kind\": bill type, \"caption\", \"values\": {field id: value or \
                 text, converted by the field's type like table cells}, \"fields\": [{\"id\", \"caption\", \
                 \"group\", \"text\", \"value\" (both as the vendor sent them), \"kind\", \"dbtype\", \
                 \"type\", \"required\", \"read_only\", \"max_length\", \"options\": [{\"label\", \
                 \"value\"}], \"table\"?}]}"
            }
            Shape::Message => {
                "{\"title\", \"text\", \"outcome\": \"succeeded\" | \"unconfirmed\"}; a text saying it \
                 failed is the error vendor_rejected instead"
            }
            Shape::Source => {
                "{\"kind\": \"table\" | \"trees\" | \"options\" | \"text\", then \"columns\"/\"rows\"/\"page\", \
                 \"nodes\": [{\"text\", \"value\", \"children\"}], \"options\": [{\"label\", \"value\"}] or \
                 \"text\"}"
            }
            Shape::Data => {
                "the answer's `Data` object as the server sends it (field names and JSON types are the vendor's); \
                 a `Data` list (the pages that answer several records) as {\"rows\": [...]}"
            }
            Shape::Session => {
                "{\"logged_in\": true, \"server_version\", \"serial_number\", \"reused\": bool}; the \
                 session value is never returned"
            }
            Shape::LoggedOut => "{\"logged_out\": bool, \"text\"}",
        }
    }
}

/// The JSON types a parameter accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamType {
    /// A string; integers are accepted and sent as their decimal text.
    Text,
    /// An integer, or a string of digits.
    Integer,
    /// Comma-separated ids: a string `"11,23"` or an array `[11, 23]`.
    IdList,
    /// A date `yyyy-MM-dd`.
    Date,
    /// An exact decimal number: a JSON number, or a string such as `"1,280.50"` (thousands separators are
    /// dropped). Sent as its plain decimal text, or as a JSON number to the web API; never through a
    /// binary float with more than 15 significant digits.
    Decimal,
    /// A list of objects (a page's lines, e.g. a contract's products), each checked against the listed
    /// parameters; only the web API takes them.
    Rows(&'static [Param]),
    /// eshouhou `condition`: a JSON object (or its JSON text) with the listed, case-sensitive keys;
    /// the library serializes it into the query string.
    Condition(&'static [ConditionKey]),
}

impl ParamType {
    pub const fn as_str(self) -> &'static str {
        match self {
            ParamType::Text => "text",
            ParamType::Integer => "integer",
            ParamType::IdList => "id_list",
            ParamType::Date => "date",
            ParamType::Decimal => "decimal",
            ParamType::Rows(_) => "rows",
            ParamType::Condition(_) => "condition",
        }
    }
}

/// One documented key of an eshouhou `condition` filter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ConditionKey {
    pub name: &'static str,
    #[serde(rename = "type")]
    pub kind: ConditionKind,
    pub description: &'static str,
    /// False for a key inferred rather than documented; `source` then says where it comes from.
    pub documented: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<&'static str>,
}

impl ConditionKey {
    pub const fn new(name: &'static str, kind: ConditionKind, description: &'static str) -> ConditionKey {
        ConditionKey { name, kind, description, documented: true, source: None }
    }

    /// The same key, marked as inferred from `source` rather than documented.
    pub const fn inferred(mut self, source: &'static str) -> ConditionKey {
        self.documented = false;
        self.source = Some(source);
        self
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConditionKind {
    Text,
    Date,
    List,
}

/// Where a Zhibang parameter goes: the `datas` list of the body, or the URL query (pages that the
/// vendor documents with the value in the URL). eshouhou parameters are always in the query.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ParamLocation {
    Body,
    Query,
}

/// One allowed value of an enumerated parameter or result field, with its vendor label.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Choice {
    pub value: &'static str,
    pub label: &'static str,
}

/// One request parameter, under the vendor's own name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Param {
    pub name: &'static str,
    pub kind: ParamType,
    pub required: bool,
    pub max_chars: Option<usize>,
    /// Inclusive bounds of an integer parameter.
    pub range: Option<(i64, i64)>,
    pub choices: &'static [Choice],
    pub default: Option<&'static str>,
    pub location: ParamLocation,
    /// The client config key whose value is sent when a call leaves the parameter out.
    pub config_key: Option<&'static str>,
    /// A value that must never appear in a message (a new account's password).
    pub secret: bool,
    pub description: &'static str,
}

impl Param {
    pub const fn new(name: &'static str, kind: ParamType, description: &'static str) -> Param {
        Param {
            name,
            kind,
            required: false,
            max_chars: None,
            range: None,
            choices: &[],
            default: None,
            location: ParamLocation::Body,
            config_key: None,
            secret: false,
            description,
        }
    }

    pub const fn from_config(mut self, config_key: &'static str) -> Param {
        self.config_key = Some(config_key);
        self
    }

    pub const fn required(mut self) -> Param {
        self.required = true;
        self
    }

    pub const fn max_chars(mut self, limit: usize) -> Param {
        self.max_chars = Some(limit);
        self
    }

    pub const fn range(mut self, min: i64, max: i64) -> Param {
        self.range = Some((min, max));
        self
    }

    pub const fn choices(mut self, choices: &'static [Choice]) -> Param {
        self.choices = choices;
        self
    }

    pub const fn default(mut self, value: &'static str) -> Param {
        self.default = Some(value);
        self
    }

    pub const fn in_query(mut self) -> Param {
        self.location = ParamLocation::Query;
        self
    }

    pub const fn secret(mut self) -> Param {
        self.secret = true;
        self
    }
}

/// How a list endpoint pages, and how to tell that the last page was reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Paging {
    pub index_param: &'static str,
    pub size_param: &'static str,
    /// The vendor's page size when the parameter is absent.
    pub vendor_default_size: u32,
    /// The page size a cursor asks for when the caller gives none.
    pub cursor_default_size: u32,
    pub end: PageEnd,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PageEnd {
    /// No totals in the answer (eshouhou): a page shorter than the page size is the last one.
    ShortPage,
    /// The answer carries a page count (Zhibang): stop at it, or at an empty page.
    PageCount,
}

/// A documented enum field of the result rows that gets a label field beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct LabelledField {
    pub field: &'static str,
    pub label_field: &'static str,
    pub labels: &'static [Choice],
}

/// The items of `parts`, one after the other, as one array (the catalogues build their endpoint and
/// parameter lists from parts kept apart by area). `N` must be the total length; at least one item.
pub(crate) const fn concat<T: Copy, const N: usize>(parts: &[&[T]]) -> [T; N] {
    let mut seed = None;
    let mut part = 0;
    while part < parts.len() && seed.is_none() {
        if !parts[part].is_empty() {
            seed = Some(parts[part][0]);
        }
        part += 1;
    }
    let Some(seed) = seed else { panic!("concat needs at least one item") };
    let mut all = [seed; N];
    let mut at = 0;
    part = 0;
    while part < parts.len() {
        let mut index = 0;
        while index < parts[part].len() {
            all[at] = parts[part][index];
            at += 1;
            index += 1;
        }
        part += 1;
    }
    assert!(at == N, "concat: N is not the total length of the parts");
    all
}

/// The highest page number a list accepts: the vendors' page numbers are 32-bit integers (VBScript
/// `Long`, .NET `int`), and a bound keeps a cursor's page arithmetic from ever wrapping.
pub const MAX_PAGE_INDEX: i64 = i32::MAX as i64;

/// A vendor: its provider, how its calls travel, and its endpoints. Clients, prepared parameters and
/// endpoints are typed by it, so one vendor's parameters cannot reach the other's client.
pub trait Vendor: Copy + Debug + Eq + Send + Sync + 'static {
    const PROVIDER: Provider;
    /// The vendor in prose, with its article ("an eshouhou", "a Zhibang").
    const WITH_ARTICLE: &'static str;
    /// How a call of this vendor travels on the wire, with what its answer is normalized to.
    type Wire: Copy + Debug + Eq + Send + Sync + 'static;
    /// Every endpoint of this vendor, in documentation order.
    const ENDPOINTS: &'static [Endpoint<Self>];

    /// The shape of `data` a call of this wire form gives.
    fn result(wire: Self::Wire) -> Shape;

    /// The Zhibang `cmdkey` a wire form sends, for the documentation.
    fn cmdkey(wire: Self::Wire) -> Option<&'static str>;

    /// Looks up one of this vendor's endpoints by name.
    fn endpoint(name: &str) -> Option<&'static Endpoint<Self>> {
        Self::ENDPOINTS.iter().find(|endpoint| endpoint.name == name)
    }
}

/// One endpoint of vendor `V`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Endpoint<V: Vendor> {
    /// The function suffix: `aftersales_<provider>_<name>`.
    pub name: &'static str,
    /// The vendor's title, Chinese then English.
    pub title: &'static str,
    pub method: HttpMethod,
    pub path: &'static str,
    /// The vendor documentation page (URL or help node).
    pub doc: &'static str,
    pub wire: V::Wire,
    pub params: &'static [Param],
    pub paging: Option<Paging>,
    /// Whether the call changes data on the server; such calls are never re-sent after a timeout.
    pub writes: bool,
    /// For a write: how to read the record back when the answer does not say whether it was done.
    pub read_back: Option<ReadBack>,
    pub labels: &'static [LabelledField],
    /// False for an endpoint inferred rather than documented by the vendor; `source` then says where the
    /// library took it from.
    pub documented: bool,
    pub source: Option<&'static str>,
}

impl<V: Vendor> Endpoint<V> {
    /// An endpoint that neither pages, writes nor labels its rows (the constructors of the vendors'
    /// catalogues add those).
    pub const fn new(
        name: &'static str,
        title: &'static str,
        method: HttpMethod,
        path: &'static str,
        doc: &'static str,
        wire: V::Wire,
        params: &'static [Param],
    ) -> Endpoint<V> {
        Endpoint {
            name,
            title,
            method,
            path,
            doc,
            wire,
            params,
            paging: None,
            writes: false,
            read_back: None,
            labels: &[],
            documented: true,
            source: None,
        }
    }

    /// The same endpoint, marked as inferred from `source` rather than documented by the vendor.
    pub const fn inferred(mut self, source: &'static str) -> Endpoint<V> {
        self.documented = false;
        self.source = Some(source);
        self
    }

    pub fn param(&self, name: &str) -> Option<&'static Param> {
        self.params.iter().find(|param| param.name == name)
    }

    /// The same endpoint, checked after an unknown outcome by reading its record back.
    pub const fn verified_by(mut self, read_back: ReadBack) -> Endpoint<V> {
        self.read_back = Some(read_back);
        self
    }

    /// The provider-neutral view of this endpoint.
    pub fn info(&self) -> EndpointInfo {
        EndpointInfo {
            provider: V::PROVIDER,
            name: self.name,
            title: self.title,
            method: self.method,
            path: self.path,
            doc: self.doc,
            cmdkey: V::cmdkey(self.wire),
            params: self.params,
            result: V::result(self.wire),
            paging: self.paging,
            writes: self.writes,
            read_back: self.read_back,
            documented: self.documented,
            source: self.source,
        }
    }
}

/// An endpoint of either vendor, for the code that lists or documents every endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EndpointInfo {
    pub provider: Provider,
    pub name: &'static str,
    pub title: &'static str,
    pub method: HttpMethod,
    pub path: &'static str,
    pub doc: &'static str,
    cmdkey: Option<&'static str>,
    pub params: &'static [Param],
    pub result: Shape,
    pub paging: Option<Paging>,
    pub writes: bool,
    pub read_back: Option<ReadBack>,
    pub documented: bool,
    pub source: Option<&'static str>,
}

impl EndpointInfo {
    /// The exported C function for this endpoint.
    pub fn function_name(&self) -> String {
        format!("aftersales_{}_{}", self.provider.as_str(), self.name)
    }

    pub fn param(&self, name: &str) -> Option<&'static Param> {
        self.params.iter().find(|param| param.name == name)
    }

    /// The Zhibang `cmdkey` the call sends, for the documentation.
    pub fn cmdkey(&self) -> Option<&'static str> {
        self.cmdkey
    }
}

/// How a write is checked by reading its record back (`verify_writes`): call `endpoint` with the write's
/// `key` parameter, and the write is shown when every parameter in `shows` appears, with the value the
/// write sent, as the value of some field of the record read back. Field ids are matched by value, not
/// by name, because detail pages name their fields differently from the save (`info1` is `introN` there).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ReadBack {
    pub endpoint: &'static str,
    pub key: &'static str,
    pub shows: &'static [&'static str],
}

/// Every endpoint of every provider, eshouhou first, in documentation order.
pub fn all() -> impl Iterator<Item = EndpointInfo> {
    of(Provider::Eshouhou).chain(of(Provider::Zhibang))
}

/// The endpoints of one provider.
pub fn of(provider: Provider) -> impl Iterator<Item = EndpointInfo> {
    let endpoints: Box<dyn Iterator<Item = EndpointInfo>> = match provider {
        Provider::Eshouhou => Box::new(Eshouhou::ENDPOINTS.iter().map(Endpoint::info)),
        Provider::Zhibang => Box::new(Zhibang::ENDPOINTS.iter().map(Endpoint::info)),
    };
    endpoints
}

/// Looks up an endpoint by provider and name.
pub fn find(provider: Provider, name: &str) -> Option<EndpointInfo> {
    of(provider).find(|endpoint| endpoint.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_per_provider_and_snake_case() {
        for provider in [Provider::Eshouhou, Provider::Zhibang] {
            let mut seen = std::collections::HashSet::new();
            for endpoint in of(provider) {
                assert!(seen.insert(endpoint.name), "duplicate {}", endpoint.name);
                assert!(
                    endpoint.name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                    "{}",
                    endpoint.name
                );
                assert_eq!(endpoint.provider, provider);
            }
        }
    }

    #[test]
    fn paged_endpoints_declare_their_paging_params() {
        for endpoint in all() {
            if let Some(paging) = endpoint.paging {
                assert!(endpoint.param(paging.index_param).is_some(), "{}", endpoint.name);
                assert!(endpoint.param(paging.size_param).is_some(), "{}", endpoint.name);
            }
        }
    }

    #[test]
    fn params_are_unique_and_choices_respect_limits() {
        for endpoint in all() {
            let mut seen = std::collections::HashSet::new();
            for param in endpoint.params {
                assert!(seen.insert(param.name), "{}.{}", endpoint.name, param.name);
                if let Some(limit) = param.max_chars {
                    for choice in param.choices {
                        assert!(choice.value.chars().count() <= limit);
                    }
                }
            }
        }
    }
}
