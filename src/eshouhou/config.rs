//! The eshouhou client config.

use serde_json::{Map, Value};

use crate::catalogue::Provider;
use crate::catalogue::config as keys;
use crate::config::{ConfigReader, TransportConfig};
use crate::error::Error;
use crate::params::WireValue;
use crate::secret::Secret;

/// The eshouhou config object; its keys are those of the catalogue (`crate::catalogue::config`).
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

/// The platform's own host, when `base_url` is left out.
pub const DEFAULT_BASE_URL: &str = keys::ESHOUHOU_DEFAULT_BASE_URL;

impl EshouhouConfig {
    /// The value a config key gives the parameters that name it in the catalogue (`config_key`).
    pub fn parameter_value(&self, config_key: &str) -> Option<WireValue> {
        match config_key {
            keys::SERVICE_SPACE_ID => self.service_space_id.clone().map(WireValue::Text),
            keys::SERVICE_NETWORK_ID => self.service_network_id.clone().map(WireValue::Text),
            name if name == keys::SERVICE_NETWORK_TYPE.name => {
                Some(WireValue::Integer(i64::from(self.service_network_type)))
            }
            _ => None,
        }
    }

    /// Reads a config object; unknown keys are an error.
    pub fn from_map(map: Map<String, Value>) -> Result<EshouhouConfig, Error> {
        let mut reader = ConfigReader::new(map);
        let config = EshouhouConfig {
            app_id: reader.required_string(keys::APP_ID)?,
            app_secret: Secret::new(reader.required_string(keys::APP_SECRET)?),
            base_url: reader.url_key(keys::ESHOUHOU_BASE_URL)?,
            token_expire_hours: reader.integer_key(keys::TOKEN_EXPIRE_HOURS)? as u32,
            service_space_id: reader.string(keys::SERVICE_SPACE_ID)?.filter(|id| !id.is_empty()),
            service_network_id: reader.string(keys::SERVICE_NETWORK_ID)?.filter(|id| !id.is_empty()),
            service_network_type: reader.integer_key(keys::SERVICE_NETWORK_TYPE)? as u32,
            name: reader.string(keys::NAME)?.filter(|name| !name.is_empty()),
            credential_store: reader.string(keys::CREDENTIAL_STORE)?.filter(|store| !store.trim().is_empty()),
            transport: TransportConfig::read(&mut reader)?,
        };
        reader.finish_config(Provider::Eshouhou)?;
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
