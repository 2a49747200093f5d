//! The client config keys as data: one entry per key with its name, type, default, range, providers and
//! description. The config readers (`src/config.rs`, `src/eshouhou/config.rs`, `src/zhibang/config.rs`)
//! take names, defaults and ranges from the typed constants here, and the catalogue JSON lists [`all`],
//! so the header, the README and both bindings document the keys the readers accept.
//!
//! The typed constants are `pub(crate)`: cbindgen copies every `pub` constant into the header.

use super::labels::NETWORK_TYPE;
use super::{Choice, Provider};

/// An integer key: its default and inclusive bounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IntegerKey {
    pub name: &'static str,
    pub default: u64,
    pub min: u64,
    pub max: u64,
}

/// A boolean key and its default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BooleanKey {
    pub name: &'static str,
    pub default: bool,
}

/// An `http://` or `https://` base URL; required when it has no default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UrlKey {
    pub name: &'static str,
    pub default: Option<&'static str>,
}

/// Text that must be one of the choices' values; the first is the default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChoiceKey {
    pub name: &'static str,
    pub choices: &'static [Choice],
}

pub(crate) const APP_ID: &str = "app_id";
pub(crate) const APP_SECRET: &str = "app_secret";
pub(crate) const ESHOUHOU_DEFAULT_BASE_URL: &str = "https://api.eshouhou.cn";
pub(crate) const ESHOUHOU_BASE_URL: UrlKey = UrlKey { name: "base_url", default: Some(ESHOUHOU_DEFAULT_BASE_URL) };
pub(crate) const TOKEN_EXPIRE_HOURS: IntegerKey =
    IntegerKey { name: "token_expire_hours", default: 2, min: 1, max: 24 };
pub(crate) const SERVICE_SPACE_ID: &str = "service_space_id";
pub(crate) const SERVICE_NETWORK_ID: &str = "service_network_id";
pub(crate) const SERVICE_NETWORK_TYPE: IntegerKey =
    IntegerKey { name: "service_network_type", default: 1, min: 1, max: 2 };

pub(crate) const ZHIBANG_BASE_URL: UrlKey = UrlKey { name: "base_url", default: None };
pub(crate) const USERNAME: &str = "username";
pub(crate) const PASSWORD: &str = "password";
pub(crate) const SERIAL_NUMBER: &str = "serial_number";
pub(crate) const LOGIN_PATH: ChoiceKey = ChoiceKey {
    name: "login_path",
    choices: &[
        Choice { value: "/webapi/v3/ov1/login", label: "the v3 API" },
        Choice { value: "/sysa/mobilephone/login.asp", label: "servers without the v3 API" },
    ],
};
pub(crate) const VERIFY_WRITES: BooleanKey = BooleanKey { name: "verify_writes", default: true };

pub(crate) const NAME: &str = "name";
pub(crate) const CREDENTIAL_STORE: &str = "credential_store";
pub(crate) const TIMEOUT_MS: IntegerKey = IntegerKey { name: "timeout_ms", default: 30_000, min: 1, max: 600_000 };
pub(crate) const CONNECT_TIMEOUT_MS: IntegerKey =
    IntegerKey { name: "connect_timeout_ms", default: 10_000, min: 1, max: 600_000 };
pub(crate) const DEADLINE_MS: IntegerKey = IntegerKey { name: "deadline_ms", default: 60_000, min: 1, max: 3_600_000 };
pub(crate) const RETRIES: IntegerKey = IntegerKey { name: "retries", default: 2, min: 0, max: 10 };
pub(crate) const RETRY_BACKOFF_MS: IntegerKey =
    IntegerKey { name: "retry_backoff_ms", default: 200, min: 0, max: 60_000 };
pub(crate) const MAX_RESPONSE_BYTES: IntegerKey = IntegerKey {
    name: "max_response_bytes",
    default: crate::config::DEFAULT_MAX_RESPONSE_BYTES,
    min: 1024,
    max: 1024 * 1024 * 1024,
};
pub(crate) const USER_AGENT: &str = "user_agent";
pub(crate) const PROXY: &str = "proxy";
pub(crate) const CA_CERTIFICATES: &str = "ca_certificates";
pub(crate) const CA_CERTIFICATES_ONLY: BooleanKey = BooleanKey { name: "ca_certificates_only", default: false };
pub(crate) const PREFETCH: IntegerKey =
    IntegerKey { name: "prefetch", default: 1, min: 0, max: crate::paging::MOST_PREFETCH as u64 };

/// What a key holds, and what it is when absent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConfigKind {
    /// Text the config must give, not empty.
    Required,
    /// Text; absent means unset, or with `computed` the value the client works out (the text says how).
    Text {
        computed: Option<&'static str>,
    },
    Url(UrlKey),
    Choice(ChoiceKey),
    Integer(IntegerKey),
    Boolean(BooleanKey),
}

/// One key of a client's config object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConfigKey {
    pub name: &'static str,
    pub providers: &'static [Provider],
    pub kind: ConfigKind,
    /// Documented values (the labels say what they mean); a [`ChoiceKey`] accepts nothing else.
    pub choices: &'static [Choice],
    /// Whether the value is a credential: never echoed in a message, a log event or a description.
    pub secret: bool,
    pub description: &'static str,
}

const ESHOUHOU: &[Provider] = &[Provider::Eshouhou];
const ZHIBANG: &[Provider] = &[Provider::Zhibang];
const BOTH: &[Provider] = &[Provider::Eshouhou, Provider::Zhibang];

impl ConfigKey {
    const fn new(
        name: &'static str,
        providers: &'static [Provider],
        kind: ConfigKind,
        description: &'static str,
    ) -> Self {
        ConfigKey { name, providers, kind, choices: &[], secret: false, description }
    }

    const fn required(name: &'static str, providers: &'static [Provider], description: &'static str) -> Self {
        ConfigKey::new(name, providers, ConfigKind::Required, description)
    }

    const fn text(name: &'static str, providers: &'static [Provider], description: &'static str) -> Self {
        ConfigKey::new(name, providers, ConfigKind::Text { computed: None }, description)
    }

    const fn url(key: UrlKey, providers: &'static [Provider], description: &'static str) -> Self {
        ConfigKey::new(key.name, providers, ConfigKind::Url(key), description)
    }

    const fn choice(key: ChoiceKey, providers: &'static [Provider], description: &'static str) -> Self {
        ConfigKey { choices: key.choices, ..ConfigKey::new(key.name, providers, ConfigKind::Choice(key), description) }
    }

    const fn integer(key: IntegerKey, providers: &'static [Provider], description: &'static str) -> Self {
        ConfigKey::new(key.name, providers, ConfigKind::Integer(key), description)
    }

    const fn boolean(key: BooleanKey, providers: &'static [Provider], description: &'static str) -> Self {
        ConfigKey::new(key.name, providers, ConfigKind::Boolean(key), description)
    }

    const fn computed(mut self, how: &'static str) -> Self {
        self.kind = ConfigKind::Text { computed: Some(how) };
        self
    }

    const fn secret(mut self) -> Self {
        self.secret = true;
        self
    }

    const fn labelled(mut self, choices: &'static [Choice]) -> Self {
        self.choices = choices;
        self
    }

    /// Whether the config of `provider`'s client takes this key.
    pub fn applies_to(&self, provider: Provider) -> bool {
        self.providers.contains(&provider)
    }
}

/// Every key, each provider's own first (eshouhou, then Zhibang), then the keys both take; this is the
/// order of the "known keys" an unknown key's error lists.
static KEYS: &[ConfigKey] = &[
    ConfigKey::required(APP_ID, ESHOUHOU, "the app's 接口凭证Id, from 系统设置 → 我的应用"),
    ConfigKey::required(
        APP_SECRET,
        ESHOUHOU,
        "the app's secret, from 系统设置 → 我的应用; it only signs the token request",
    )
    .secret(),
    ConfigKey::url(ESHOUHOU_BASE_URL, ESHOUHOU, "the platform, or a white-label host of it"),
    ConfigKey::integer(
        TOKEN_EXPIRE_HOURS,
        ESHOUHOU,
        "the token lifetime asked for, in hours; the token is renewed shortly before it ends",
    ),
    ConfigKey::text(
        SERVICE_SPACE_ID,
        ESHOUHOU,
        "sent as `serviceSpaceId` wherever an endpoint takes it and the call leaves it out",
    ),
    ConfigKey::text(
        SERVICE_NETWORK_ID,
        ESHOUHOU,
        "sent as `serviceNetworkId` wherever an endpoint takes it and the call leaves it out",
    ),
    ConfigKey::integer(
        SERVICE_NETWORK_TYPE,
        ESHOUHOU,
        "sent as `serviceNetworkType` wherever an endpoint takes it and the call leaves it out",
    )
    .labelled(NETWORK_TYPE),
    ConfigKey::url(ZHIBANG_BASE_URL, ZHIBANG, "the customer's ZB server, e.g. `http://erp.example.com:8080`"),
    ConfigKey::required(
        USERNAME,
        ZHIBANG,
        "a dedicated API account (a login elsewhere with it ends this client's session); sent as `txt:` plain text",
    ),
    ConfigKey::required(PASSWORD, ZHIBANG, "the account's password; sent as `txt:` plain text").secret(),
    ConfigKey::text(
        SERIAL_NUMBER,
        ZHIBANG,
        "the device serial (用户串号), 1 to 20 letters or digits; the default stays the same across restarts",
    )
    .computed("derived from the user name and server"),
    ConfigKey::choice(LOGIN_PATH, ZHIBANG, "the login page"),
    ConfigKey::boolean(
        VERIFY_WRITES,
        ZHIBANG,
        "when a write gets no decisive answer (a timeout or reset once it was sent, a 5xx, an answer that \
         cannot be read, or prose saying neither success nor failure), read the record back: the outcome is \
         `succeeded` with `verified` true when the record shows the write, else `outcome_unknown` saying what \
         was seen; false reports the outcome as it came",
    ),
    ConfigKey::text(NAME, BOTH, "a label for this client in log events, stats and descriptions, e.g. `erp-sync`"),
    ConfigKey::text(
        CREDENTIAL_STORE,
        BOTH,
        "share the session or token with the clients of the same account and server in other processes and on \
         other machines: a directory path (this machine), or `callbacks:NAME` for a store the host registered \
         under NAME (in C with `aftersales_credential_store_register`)",
    ),
    ConfigKey::integer(
        TIMEOUT_MS,
        BOTH,
        "the limit of one request, from connect to the last byte of the answer (within the deadline)",
    ),
    ConfigKey::integer(CONNECT_TIMEOUT_MS, BOTH, "the limit of connecting"),
    ConfigKey::integer(
        DEADLINE_MS,
        BOTH,
        "the limit of the whole call: every attempt, back-off, token renewal, re-login and read-back",
    ),
    ConfigKey::integer(
        RETRIES,
        BOTH,
        "how many times a read is retried after a connect failure, a reset, a timeout or HTTP \
         408/429/502/503/504 (a write only when it never left), each within the deadline",
    ),
    ConfigKey::integer(
        RETRY_BACKOFF_MS,
        BOTH,
        "the ceiling of the first retry's random wait (full jitter), doubled for each further one; \
         `Retry-After` wins",
    ),
    ConfigKey::integer(
        MAX_RESPONSE_BYTES,
        BOTH,
        "the largest answer accepted (32 MiB by default), counted after decompression and enforced while it \
         streams in; a larger one is `response_too_large`",
    ),
    ConfigKey::text(
        USER_AGENT,
        BOTH,
        "the HTTP User-Agent: printable text without line breaks (checked when the client is created)",
    )
    .computed("`aftersales/` and the library version"),
    ConfigKey::text(PROXY, BOTH, "an HTTP(S) proxy URL; without it the usual proxy environment variables apply"),
    ConfigKey::text(
        CA_CERTIFICATES,
        BOTH,
        "extra trust anchors for a server behind an internal CA or with a self-signed certificate: PEM text, \
         or the path of a PEM file",
    ),
    ConfigKey::boolean(
        CA_CERTIFICATES_ONLY,
        BOTH,
        "trust only `ca_certificates` (which it then requires), not the system's trust store; there is no \
         switch that turns verification off",
    ),
    ConfigKey::integer(
        PREFETCH,
        BOTH,
        "pages a cursor, `list_all` or a binding's row iterator fetches ahead while the caller works on the \
         current one: Zhibang tables (page count known) fetch that many at once, eshouhou lists one ahead; \
         pages come out in order, and memory holds only the pages in flight",
    ),
];

/// Every config key of every provider.
pub fn all() -> &'static [ConfigKey] {
    KEYS
}

/// The names of the keys `provider`'s config takes, in catalogue order.
pub fn names(provider: Provider) -> Vec<&'static str> {
    KEYS.iter().filter(|key| key.applies_to(provider)).map(|key| key.name).collect()
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn names_are_unique_per_provider() {
        for provider in [Provider::Eshouhou, Provider::Zhibang] {
            let names = names(provider);
            assert_eq!(names.iter().collect::<HashSet<_>>().len(), names.len(), "{provider:?}");
        }
    }

    #[test]
    fn defaults_are_within_their_ranges_and_choices() {
        for key in all() {
            match key.kind {
                ConfigKind::Integer(integer) => {
                    assert!((integer.min..=integer.max).contains(&integer.default), "{}", key.name);
                    for choice in key.choices {
                        let value: u64 = choice.value.parse().unwrap_or(u64::MAX);
                        assert!((integer.min..=integer.max).contains(&value), "{}", key.name);
                    }
                }
                ConfigKind::Choice(choice) => assert!(!choice.choices.is_empty(), "{}", key.name),
                _ => {}
            }
        }
    }
}
