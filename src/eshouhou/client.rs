//! The eshouhou client: signed token handling, GET calls and their normalization.

use std::borrow::Cow;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::Deserialize;
use serde_json::{Value, json};

use super::config::EshouhouConfig;
use super::normalize;
use super::reply::{Reply, decode, is_token_refusal};
use super::sign::sign;
use crate::call;
use crate::catalogue::eshouhou::{ResultShape, Wire};
use crate::catalogue::{Endpoint, Eshouhou, Provider, Vendor};
use crate::client::Client;
use crate::credential::{Attempt, Authorized, CredentialCache, Obtained, Refusals, redact_attempt};
use crate::envelope::{Data, Meta, Response};
use crate::error::{Error, ErrorCode};
use crate::events::Level;
use crate::options::CallOptions;
use crate::params::{self, Params, WireValue};
use crate::secret::Secret;
use crate::store::{self, Fresh, SharedStore};
use crate::transport::{CallScope, Exchange, Owner, Transport};

/// An access token as TokenApi issued it.
#[derive(Clone, Debug)]
struct Token {
    value: Secret,
    expires_in: u64,
    expires_at_ms: u64,
}

struct Inner {
    config: EshouhouConfig,
    transport: Transport,
    /// Shared, not copied, by every call that leases it.
    token: CredentialCache<Arc<Token>>,
    /// The token shared with other processes, when the config names a store.
    store: Option<SharedStore>,
}

/// An eshouhou client: one account on one server, safe to use from many threads at once. Its calls share
/// one connection pool and one token.
#[derive(Clone)]
pub struct EshouhouClient {
    inner: Arc<Inner>,
}

impl EshouhouClient {
    pub fn new(config: EshouhouConfig) -> Result<EshouhouClient, Error> {
        let paths = Eshouhou::ENDPOINTS.iter().map(|endpoint| endpoint.path);
        let owner = Owner { provider: Provider::Eshouhou, name: config.name.clone(), stats: Arc::default() };
        let transport = Transport::new(&config.transport, &config.base_url, paths, owner)?;
        let token = CredentialCache::new(Refusals::Forget);
        let store = match &config.credential_store {
            Some(setting) => {
                let owner = format!("eshouhou {} {}", config.base_url, config.app_id);
                Some(SharedStore::new(store::open(setting)?, owner))
            }
            None => None,
        };
        Ok(EshouhouClient { inner: Arc::new(Inner { config, transport, token, store }) })
    }

    /// A client from a JSON config object (see [`EshouhouConfig`]).
    pub fn from_json(config_json: Option<&str>) -> Result<EshouhouClient, Error> {
        let map = params::parse_object(config_json, "config_json")?;
        EshouhouClient::new(EshouhouConfig::from_map(map)?)
    }

    /// Counters since the client was created (see `ClientStats::to_json`).
    pub fn stats(&self) -> Value {
        self.inner.transport.owner().stats.to_json()
    }

    /// The client as an operator may see it: provider, server, app id and label, never a secret.
    pub fn describe(&self) -> Value {
        let config = &self.inner.config;
        json!({"provider": "eshouhou", "base_url": config.base_url, "app_id": config.app_id, "name": config.name})
    }

    fn redact(&self, error: Error) -> Error {
        let token = self.inner.token.current();
        let mut secrets = vec![self.inner.config.app_secret.expose()];
        if let Some(token) = &token {
            secrets.push(token.value.expose());
        }
        error.redact(&secrets)
    }

    /// The `token` endpoint: fetch a token now (optionally with another lifetime) and cache it.
    fn renew_token_now(&self, scope: &CallScope<'_>, params: &Params<Eshouhou>) -> Result<Authorized<Data>, Error> {
        let lease =
            self.inner.token.replace(|replaced| self.obtain_token(scope, params.integer("expire"), true, replaced))?;
        let token = &lease.credential;
        let data = json!({"expires_in": token.expires_in, "expires_at_ms": token.expires_at_ms});
        Ok(Authorized { value: data.into(), requests: lease.requests, reauthenticated: false })
    }

    /// One GET of a call with `token`, its answer read as `result`.
    fn get(
        &self,
        scope: &CallScope<'_>,
        params: &Params<Eshouhou>,
        result: ResultShape,
        token: &Token,
    ) -> Result<(Attempt<Data>, u32), Error> {
        let endpoint = params.endpoint();
        let mut query: Vec<(&str, Cow<'_, str>)> = Vec::with_capacity(endpoint.params.len() + 1);
        query.push(("access_token", Cow::Borrowed(token.value.expose())));
        query.extend(params.iter().map(|(param, value)| (param.name, value.as_text())));
        let answer = match self.inner.transport.get(scope, endpoint.path, &query, Exchange::Read) {
            Ok(answer) => answer,
            Err(error) if matches!(error.http_status(), Some(401 | 403)) => {
                let status = error.http_status().map(|status| status.to_string());
                return Ok((Attempt::Refused(token_expired(endpoint, status, "")), 1));
            }
            Err(error) => return Err(error),
        };
        let attempt = match normalize::read(params, result, answer.body)? {
            Reply::Success(data) => Attempt::Done(data),
            Reply::Failure { code, message } if is_token_refusal(&message) => {
                self.inner.transport.client_event(Level::Warn, "token_refused", scope, |event| {
                    event.code = Some(ErrorCode::TokenExpired.as_str());
                });
                Attempt::Refused(token_expired(endpoint, Some(code), &message))
            }
            Reply::Failure { code, message } => {
                return Err(Error::new(
                    ErrorCode::VendorError,
                    format!("eshouhou {} failed: {message}", endpoint.name),
                )
                .with_vendor(Some(code), message));
            }
        };
        Ok((attempt, answer.attempts))
    }

    /// A token for this client: from the shared store when one is configured (fetching one only when it
    /// holds none newer than `replaced` and still valid), else fetched for this client. `force` (the
    /// `token` endpoint) always fetches one.
    fn obtain_token(
        &self,
        scope: &CallScope<'_>,
        expire_hours: Option<i64>,
        force: bool,
        replaced: Option<u64>,
    ) -> Result<Obtained<Arc<Token>>, Error> {
        let Some(store) = &self.inner.store else {
            return self.fetch_token(scope, expire_hours).map(|fresh| token_from(fresh, None));
        };
        let (stored, requests) =
            store.obtain(replaced, force, scope.deadline.remaining(), || self.fetch_token(scope, expire_hours))?;
        let generation = stored.generation;
        let fresh = Fresh {
            credential: stored.credential,
            expires_at_ms: stored.expires_at_ms,
            details: stored.details,
            requests,
        };
        Ok(token_from(fresh, Some(generation)))
    }

    /// One TokenApi request, signed with the app secret. `expires_at_ms` of the result is when the token
    /// is to be renewed, a little before the vendor's expiry.
    fn fetch_token(&self, scope: &CallScope<'_>, expire_hours: Option<i64>) -> Result<Fresh, Error> {
        let config = &self.inner.config;
        let now_ms = store::now_ms();
        let timestamp = now_ms.to_string();
        let signature = sign(&config.app_id, config.app_secret.expose(), now_ms);
        let expire = expire_hours.unwrap_or(i64::from(config.token_expire_hours)).to_string();
        let query = [
            ("appid", config.app_id.as_str()),
            ("timestamp", timestamp.as_str()),
            ("sign", signature.as_str()),
            ("expire", expire.as_str()),
        ];
        // The sign is a credential too (it proves the secret): scrubbed from anything the answer echoes.
        let answer = self
            .inner
            .transport
            .get(scope, "/api/TokenApi", &query, Exchange::Read)
            .map_err(|error| error.redact(&[&signature]))?;
        // A page that is not JSON comes back as an excerpt, which may echo the request's query.
        let value = match decode(&answer.body).map_err(|error| error.redact(&[&signature]))? {
            Reply::Success(value) => value,
            Reply::Failure { code, message } => {
                return Err(Error::new(
                    ErrorCode::CredentialsRejected,
                    format!("eshouhou refused the token request for app `{}`: {message}", config.app_id),
                )
                .with_vendor(Some(code), message)
                .redact(&[&signature]));
            }
        };
        let issued: IssuedToken = value
            .and_then(|raw| serde_json::from_str(raw.get()).ok())
            .ok_or_else(|| Error::invalid_response("the TokenApi answer has no ResultValue object"))?;
        let Value::String(token) = issued.access_token else {
            return Err(Error::invalid_response("the TokenApi answer has no access_token"));
        };
        // `expires_in` is documented as a string and shown as a number.
        let expires_in = match issued.expires_in {
            Value::Number(number) => number.as_u64(),
            Value::String(text) => text.trim().parse().ok(),
            _ => None,
        }
        .ok_or_else(|| Error::invalid_response("the TokenApi answer has no expires_in"))?;
        // Renew shortly before the vendor's expiry: a tenth of the lifetime, at most a minute, so a call
        // never goes out with a token about to lapse in flight.
        let margin_ms = (expires_in * 100).min(60_000);
        self.inner.transport.owner().stats.token_renewal();
        self.inner.transport.client_event(Level::Info, "token_issued", scope, |event| {
            event.requests = Some(answer.attempts);
        });
        Ok(Fresh {
            credential: token,
            expires_at_ms: Some((now_ms + expires_in * 1000).saturating_sub(margin_ms)),
            details: json!({"expires_in": expires_in, "expires_at_ms": now_ms + expires_in * 1000}),
            requests: answer.attempts,
        })
    }
}

impl Client for EshouhouClient {
    type Vendor = Eshouhou;

    fn execute_with(&self, params: &Params<Eshouhou>, options: &CallOptions) -> Result<Response, Error> {
        let endpoint = params.endpoint();
        let request_id = options.request_id.clone().unwrap_or_else(call::request_id);
        let scope = call::scope(endpoint.name, &self.inner.config.transport, options, &request_id);
        let started = scope.deadline.started();
        let outcome = match endpoint.wire {
            Wire::Token => self.renew_token_now(&scope, params),
            Wire::Get { result } => self.inner.token.with_renewal(
                |replaced| self.obtain_token(&scope, None, false, replaced),
                |token| redact_attempt(self.get(&scope, params, result, token), token.value.expose()),
            ),
        };
        let outcome = match outcome {
            Ok(Authorized { value, requests, reauthenticated }) => Ok(Response {
                data: value,
                meta: Meta { requests, reauthenticated, ..Meta::new(Provider::Eshouhou, endpoint.name, started) },
            }),
            Err(error) => Err(self.redact(error)),
        };
        call::finish(self.inner.transport.owner(), &scope, outcome)
    }

    fn config_value(&self, config_key: &str) -> Option<WireValue> {
        self.inner.config.parameter_value(config_key)
    }

    fn prefetch(&self) -> usize {
        self.inner.config.transport.prefetch
    }
}

/// A token as the cache holds it, renewed at `fresh.expires_at_ms`.
fn token_from(fresh: Fresh, generation: Option<u64>) -> Obtained<Arc<Token>> {
    let renew_in = fresh.expires_at_ms.map_or(0, |at| at.saturating_sub(store::now_ms()));
    Obtained {
        credential: Arc::new(Token {
            value: Secret::new(fresh.credential),
            expires_in: fresh.details["expires_in"].as_u64().unwrap_or_default(),
            expires_at_ms: fresh.details["expires_at_ms"].as_u64().unwrap_or_default(),
        }),
        requests: fresh.requests,
        renew_at: Some(Instant::now() + Duration::from_millis(renew_in)),
        generation,
    }
}

/// TokenApi's `ResultValue`.
#[derive(Deserialize)]
struct IssuedToken {
    #[serde(default)]
    access_token: Value,
    #[serde(default)]
    expires_in: Value,
}

fn token_expired(endpoint: &Endpoint<Eshouhou>, code: Option<String>, message: &str) -> Error {
    Error::new(
        ErrorCode::TokenExpired,
        format!("eshouhou refused the access token for {} even after renewing it", endpoint.name),
    )
    .with_vendor(code, message)
}
