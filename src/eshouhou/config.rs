//! The eshouhou client config.

use serde_json::{Map, Value};

use crate::config::{ConfigReader, TransportConfig};
use crate::error::Error;
use crate::params::WireValue;
use crate::secret::Secret;

/// `{"app_id", "app_secret", "base_url", "token_expire_hours", "service_space_id", "service_network_id",
/// "service_network_type", ...transport keys}`.
#[derive(Clone, Debug)]
pub struct EshouhouConfig {
    /// 接口凭证Id from 系统设置 → 我的应用.
    pub app_id: String,
    pub app_secret: Secret,
    /// Default `https://api.eshouhou.cn`.
    pub base_url: String,
    /// Token lifetime asked of TokenApi, in hours (1–24, default 2).
    pub token_expire_hours: u32,
    /// Sent as `serviceSpaceId` wherever an endpoint takes it and the call leaves it out.
    pub service_space_id: Option<String>,
    /// Sent as `serviceNetworkId` wherever an endpoint takes it and the call leaves it out.
    pub service_network_id: Option<String>,
    /// Sent as `serviceNetworkType` wherever an endpoint takes it and the call leaves it out (default 1).
    pub service_network_type: u32,
    /// A label the host chooses, shown in log events, stats and descriptions of the client.
    pub name: Option<String>,
    /// Where the token is shared with other processes: a directory, or `callbacks:NAME`.
    pub credential_store: Option<String>,
    pub transport: TransportConfig,
}

pub const DEFAULT_BASE_URL: &str = "https://api.eshouhou.cn";

const KEYS: &[&str] = &[
    "app_id",
    "app_secret",
    "base_url",
    "token_expire_hours",
    "service_space_id",
    "service_network_id",
    "service_network_type",
    "name",
    "credential_store",
];

impl EshouhouConfig {
    /// The value a config key gives the parameters that name it in the catalogue (`config_key`).
    pub fn parameter_value(&self, config_key: &str) -> Option<WireValue> {
        match config_key {
            "service_space_id" => self.service_space_id.clone().map(WireValue::Text),
            "service_network_id" => self.service_network_id.clone().map(WireValue::Text),
            "service_network_type" => Some(WireValue::Integer(i64::from(self.service_network_type))),
            _ => None,
        }
    }

    /// Reads a config object; unknown keys are an error.
    pub fn from_map(map: Map<String, Value>) -> Result<EshouhouConfig, Error> {
        let mut reader = ConfigReader::new(map);
        let config = EshouhouConfig {
            app_id: reader.required_string("app_id")?,
            app_secret: Secret::new(reader.required_string("app_secret")?),
            base_url: reader.base_url("base_url", Some(DEFAULT_BASE_URL))?,
            token_expire_hours: reader.integer("token_expire_hours", 2, 1, 24)? as u32,
            service_space_id: reader.string("service_space_id")?.filter(|id| !id.is_empty()),
            service_network_id: reader.string("service_network_id")?.filter(|id| !id.is_empty()),
            service_network_type: reader.integer("service_network_type", 1, 1, 2)? as u32,
            name: reader.string("name")?.filter(|name| !name.is_empty()),
            credential_store: reader.string("credential_store")?.filter(|store| !store.trim().is_empty()),
            transport: TransportConfig::read(&mut reader)?,
        };
        reader.finish(&[KEYS, TransportConfig::KEYS].concat())?;
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::error::ErrorCode;

    fn read(value: Value) -> Result<EshouhouConfig, Error> {
        EshouhouConfig::from_map(value.as_object().cloned().unwrap_or_default())
    }

    #[test]
    fn defaults_and_debug_without_secret() {
        let config = read(json!({"app_id": "a", "app_secret": "s3cr3t-value"})).expect("config");
        assert_eq!(config.base_url, DEFAULT_BASE_URL);
        assert_eq!(config.token_expire_hours, 2);
        assert!(!format!("{config:?}").contains("s3cr3t-value"));
    }

    #[test]
    fn unknown_and_missing_keys() {
        let error = read(json!({"app_id": "a", "app_secret": "s", "appsecret": "t"})).expect_err("unknown");
        assert_eq!((error.code(), error.parameter_name()), (ErrorCode::UnknownParameter, Some("appsecret")));
        let error = read(json!({"app_id": "a"})).expect_err("missing");
        assert_eq!((error.code(), error.parameter_name()), (ErrorCode::MissingParameter, Some("app_secret")));
    }
}
