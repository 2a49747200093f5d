//! The Zhibang client config.

use std::fmt::Write;

use md5::{Digest, Md5};
use serde_json::{Map, Value};

use crate::catalogue::Provider;
use crate::catalogue::config as keys;
use crate::config::{ConfigReader, TransportConfig};
use crate::error::{Error, ErrorCode};
use crate::secret::Secret;

/// The Zhibang config object; its keys are those of the catalogue (`crate::catalogue::config`).
#[derive(Clone, Debug)]
pub struct ZhibangConfig {
    /// The customer's own ZB server, e.g. `http://erp.example.com:8080`.
    pub base_url: String,
    /// A dedicated API account: a login elsewhere with the same account ends this client's session.
    pub username: String,
    pub password: Secret,
    /// The client's "device serial" (用户串号), 1–20 letters or digits. The default is derived from the
    /// user name and server, so it stays the same across restarts of the same installation.
    pub serial_number: String,
    /// `/webapi/v3/ov1/login` (default) or the legacy `/sysa/mobilephone/login.asp` for servers
    /// without the v3 API.
    pub login_path: String,
    /// Whether a write whose answer does not say it was done is checked by reading its record back.
    pub verify_writes: bool,
    /// A label the host chooses, shown in log events, stats and descriptions of the client.
    pub name: Option<String>,
    /// Where the session is shared with other processes: a directory, or `callbacks:NAME`.
    pub credential_store: Option<String>,
    pub transport: TransportConfig,
}

/// The login pages a server may have: the v3 API (the default) and the legacy mobile page.
pub const LOGIN_PATHS: [&str; keys::LOGIN_PATH.choices.len()] = {
    let mut paths = [""; keys::LOGIN_PATH.choices.len()];
    let mut index = 0;
    while index < paths.len() {
        paths[index] = keys::LOGIN_PATH.choices[index].value;
        index += 1;
    }
    paths
};

impl ZhibangConfig {
    /// Reads a config object; unknown keys are an error.
    pub fn from_map(map: Map<String, Value>) -> Result<ZhibangConfig, Error> {
        let mut reader = ConfigReader::new(map);
        let base_url = reader.url_key(keys::ZHIBANG_BASE_URL)?;
        let username = reader.required_string(keys::USERNAME)?;
        let password = Secret::new(reader.required_string(keys::PASSWORD)?);
        let serial_number = match reader.string(keys::SERIAL_NUMBER)? {
            Some(serial) if is_serial_number(&serial) => serial,
            Some(_) => {
                return Err(Error::parameter(
                    ErrorCode::InvalidParameter,
                    keys::SERIAL_NUMBER,
                    "config `serial_number` must be 1 to 20 letters or digits",
                ));
            }
            None => default_serial_number(&username, &base_url),
        };
        let login_path = reader.choice_key(keys::LOGIN_PATH)?;
        let verify_writes = reader.boolean_key(keys::VERIFY_WRITES)?;
        let name = reader.string(keys::NAME)?.filter(|name| !name.is_empty());
        let credential_store = reader.string(keys::CREDENTIAL_STORE)?.filter(|store| !store.trim().is_empty());
        let transport = TransportConfig::read(&mut reader)?;
        reader.finish_config(Provider::Zhibang)?;
        Ok(ZhibangConfig {
            base_url,
            username,
            password,
            serial_number,
            login_path,
            verify_writes,
            name,
            credential_store,
            transport,
        })
    }
}

fn is_serial_number(text: &str) -> bool {
    (1..=20).contains(&text.len()) && text.bytes().all(|byte| byte.is_ascii_alphanumeric())
}

/// `AS` and 18 hex digits of MD5(username@base_url): stable per installation, distinct per account.
fn default_serial_number(username: &str, base_url: &str) -> String {
    let digest = Md5::digest(format!("{username}@{base_url}").as_bytes());
    digest.iter().take(9).fold(String::from("AS"), |mut serial, byte| {
        let _ = write!(serial, "{byte:02X}");
        serial
    })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn read(value: Value) -> Result<ZhibangConfig, Error> {
        ZhibangConfig::from_map(value.as_object().cloned().unwrap_or_default())
    }

    #[test]
    fn default_serial_is_stable_and_valid() {
        let config = json!({"base_url": "http://zb:8080", "username": "api", "password": "pw-123456"});
        let first = read(config.clone()).expect("config");
        let second = read(config).expect("config");
        assert_eq!(first.serial_number, second.serial_number);
        assert!(is_serial_number(&first.serial_number), "{}", first.serial_number);
        assert_eq!(first.serial_number.len(), 20);
        assert!(!format!("{first:?}").contains("pw-123456"));
    }

    #[test]
    fn bad_values_are_named() {
        let base = json!({"base_url": "http://zb", "username": "api", "password": "pw"});
        let mut bad_serial = base.clone();
        bad_serial["serial_number"] = json!("has space");
        assert_eq!(read(bad_serial).expect_err("serial").parameter_name(), Some("serial_number"));
        let mut bad_path = base.clone();
        bad_path["login_path"] = json!("/login");
        assert_eq!(read(bad_path).expect_err("path").parameter_name(), Some("login_path"));
        assert_eq!(
            read(json!({"username": "a", "password": "b"})).expect_err("url").parameter_name(),
            Some("base_url")
        );
    }
}
