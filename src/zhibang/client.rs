//! The Zhibang client: one shared login session, family-A ZSML pages, family-B web API calls and the
//! family-C apiHelper handlers.

use std::borrow::Cow;
use std::sync::Arc;

use serde_json::{Map, Value, json};

use super::config::ZhibangConfig;
use super::document::{Document, Refusal, classify, decode, decode_handler, decode_web_api};
use super::normalize::{self, PageRequest};
use super::outcome::{self, Outcome};
use crate::call;
use crate::catalogue::zhibang::{ResultShape, WebApiResult, Wire};
use crate::catalogue::{Endpoint, ParamLocation, Provider, ReadBack, Vendor, Zhibang};
use crate::client::Client;
use crate::credential::{Attempt, Authorized, CredentialCache, Obtained, Refusals, redact_attempt};
use crate::envelope::{Data, Meta, Response};
use crate::error::{Error, ErrorCode};
use crate::events::Level;
use crate::options::CallOptions;
use crate::params::{self, Params};
use crate::secret::Secret;
use crate::store::{self, Fresh, SharedStore};
use crate::transport::{CallScope, Exchange, NO_QUERY, Owner, Transport};

/// A logged-in session as the login answered it.
#[derive(Clone, Debug)]
struct Session {
    value: Secret,
    server_version: Option<String>,
}

struct Inner {
    config: ZhibangConfig,
    transport: Transport,
    /// Shared, not copied, by every call that leases it.
    session: CredentialCache<Arc<Session>>,
    /// The session shared with other processes, when the config names a store.
    store: Option<SharedStore>,
}

/// A Zhibang client: one account on one server, safe to use from many threads at once. Its calls share
/// one connection pool and one session.
#[derive(Clone)]
pub struct ZhibangClient {
    inner: Arc<Inner>,
}

impl ZhibangClient {
    pub fn new(config: ZhibangConfig) -> Result<ZhibangClient, Error> {
        let paths = Zhibang::ENDPOINTS.iter().map(|endpoint| endpoint.path);
        let owner = Owner { provider: Provider::Zhibang, name: config.name.clone(), stats: Arc::default() };
        let transport =
            Transport::new(&config.transport, &config.base_url, paths.chain([config.login_path.as_str()]), owner)?;
        let session = CredentialCache::new(Refusals::Remember);
        let store = match &config.credential_store {
            Some(setting) => {
                let owner = format!("zhibang {} {}", config.base_url, config.username);
                Some(SharedStore::new(store::open(setting)?, owner))
            }
            None => None,
        };
        Ok(ZhibangClient { inner: Arc::new(Inner { config, transport, session, store }) })
    }

    /// A client from a JSON config object (see [`ZhibangConfig`]).
    pub fn from_json(config_json: Option<&str>) -> Result<ZhibangClient, Error> {
        let map = params::parse_object(config_json, "config_json")?;
        ZhibangClient::new(ZhibangConfig::from_map(map)?)
    }

    /// Counters since the client was created (see `ClientStats::to_json`).
    pub fn stats(&self) -> Value {
        self.inner.transport.owner().stats.to_json()
    }

    /// The client as an operator may see it: provider, server, account and label, never a secret.
    pub fn describe(&self) -> Value {
        let config = &self.inner.config;
        json!({"provider": "zhibang", "base_url": config.base_url, "username": config.username, "name": config.name})
    }

    fn send(&self, scope: &CallScope<'_>, params: &Params<Zhibang>) -> Result<Authorized<Data>, Error> {
        let endpoint = params.endpoint();
        let outcome = match endpoint.wire {
            Wire::Login => self.login(scope, params),
            Wire::Logout => self.logout(scope),
            Wire::Mobile { cmdkey, result } => self
                .with_session(scope, |session| self.post_mobile(scope, params, cmdkey, session))
                .and_then(|answer| answer.try_map(|document| normalize_document(params, result, document))),
            Wire::WebApi { result } => self
                .with_session(scope, |session| self.post_web_api(scope, params, session))
                .and_then(|answer| answer.try_map(|object| normalize_web_api(params, result, object))),
            Wire::Handler => self
                .with_session(scope, |session| self.post_handler(scope, params, session))
                .and_then(|answer| answer.try_map(|rows| normalize::handler_rows(rows).map(Data::Page))),
        };
        match outcome {
            // An answer to a write that cannot be read says nothing about whether it was done.
            Err(error) if endpoint.writes && error.code() == ErrorCode::InvalidResponse => Err(Error::new(
                ErrorCode::OutcomeUnknown,
                format!(
                    "{}: the answer to the write could not be read ({}); it may have been done: read the record back \
                     before repeating it",
                    endpoint.name,
                    error.message()
                ),
            )),
            outcome => outcome,
        }
    }

    /// After a write whose answer did not say it was done (`outcome_unknown`, or prose that is neither
    /// success nor failure), reads the record back: when it shows what the write sent, the write is
    /// `succeeded` with `verified: true`; otherwise the outcome stays unknown, with what was seen.
    fn verify(
        &self,
        scope: &CallScope<'_>,
        params: &Params<Zhibang>,
        read_back: ReadBack,
        outcome: Result<Authorized<Data>, Error>,
    ) -> Result<Authorized<Data>, Error> {
        let unconfirmed = Value::from(outcome::Outcome::Unconfirmed.as_str());
        let (answer, before) = match outcome {
            Ok(done) if done.value.as_json().is_some_and(|message| message["outcome"] == unconfirmed) => {
                let done = done.try_map(|message| Ok(message.into_json()))?;
                let text = done.value["text"].as_str().unwrap_or_default().to_owned();
                let name = params.endpoint().name;
                (done, format!("{name}: the server answered \"{text}\", which does not say it was done"))
            }
            Err(error) if error.code() == ErrorCode::OutcomeUnknown => {
                let nothing = json!({"title": "", "text": ""});
                // The write went out once; that is all a failed call can say of its requests.
                (Authorized { value: nothing, requests: 1, reauthenticated: false }, error.message().to_owned())
            }
            decided => return decided,
        };
        let checked = self.read_back(scope, params, read_back);
        let verified = checked.as_ref().is_ok_and(|missing| missing.value.is_empty());
        self.inner.transport.client_event(Level::Info, "verify", scope, |event| {
            event.code = Some(if verified { "succeeded" } else { ErrorCode::OutcomeUnknown.as_str() });
        });
        let seen = match checked {
            Ok(missing) if missing.value.is_empty() => {
                let mut value = answer.value;
                value["outcome"] = Value::from(outcome::Outcome::Succeeded.as_str());
                value["verified"] = Value::Bool(true);
                return Ok(Authorized {
                    value: value.into(),
                    requests: answer.requests + missing.requests,
                    reauthenticated: answer.reauthenticated || missing.reauthenticated,
                });
            }
            Ok(missing) => format!("the record read back does not show {}", missing.value.join(", ")),
            Err(error) => format!("reading the record back failed: {}", error.message()),
        };
        Err(Error::new(
            ErrorCode::OutcomeUnknown,
            format!("{before}; {seen} (via {}): check before repeating it", read_back.endpoint),
        ))
    }

    /// The parameters of `read_back.shows` that the record read back does not show (empty: all shown).
    fn read_back(
        &self,
        scope: &CallScope<'_>,
        params: &Params<Zhibang>,
        read_back: ReadBack,
    ) -> Result<Authorized<Vec<&'static str>>, Error> {
        let detail = self.endpoint(read_back.endpoint)?;
        let key = params.get(read_back.key).ok_or_else(|| {
            Error::new(ErrorCode::InternalError, format!("the read-back key `{}` is not a parameter", read_back.key))
        })?;
        let mut lookup = Map::new();
        lookup.insert(read_back.key.to_owned(), key.to_json());
        let detail_params = self.prepare(detail, &lookup)?;
        let record = self.send(scope, &detail_params)?;
        record.try_map(|bill| {
            let bill = bill.into_json();
            let values: Vec<String> =
                bill["values"].as_object().map(|values| values.values().map(value_text).collect()).unwrap_or_default();
            Ok(read_back
                .shows
                .iter()
                .copied()
                .filter(|name| {
                    let sent = params.get(name).map(|value| value.as_text().trim().to_owned()).unwrap_or_default();
                    !values.iter().any(|value| value.trim() == sent)
                })
                .collect())
        })
    }

    /// Runs one request with the shared session, logging in first or again as needed.
    fn with_session<V>(
        &self,
        scope: &CallScope<'_>,
        attempt: impl Fn(&Session) -> Result<(Attempt<V>, u32), Error>,
    ) -> Result<Authorized<V>, Error> {
        self.inner.session.with_renewal(
            |replaced| self.obtain_session(scope, None, replaced),
            |session| redact_attempt(attempt(session), session.value.expose()),
        )
    }

    /// Scrubs the password, the session and the call's secret parameters (a new account's password).
    fn redact(&self, error: Error, params: &Params<Zhibang>) -> Error {
        let session = self.inner.session.current();
        let given: Vec<Cow<'_, str>> =
            params.iter().filter(|(param, _)| param.secret).map(|(_, value)| value.as_text()).collect();
        let mut secrets = vec![self.inner.config.password.expose()];
        secrets.extend(given.iter().map(|secret| secret.as_ref()).filter(|secret| !secret.is_empty()));
        if let Some(session) = &session {
            secrets.push(session.value.expose());
        }
        error.redact(&secrets)
    }

    /// The `login` endpoint: reuse the session, or log in (again) when there is none, when the last
    /// login was refused, or when a captcha answer is given.
    fn login(&self, scope: &CallScope<'_>, params: &Params<Zhibang>) -> Result<Authorized<Data>, Error> {
        let captcha = params.get("rndcode").map(|code| code.as_text().into_owned());
        let cache = &self.inner.session;
        let lease = match captcha {
            Some(code) => cache.replace(|replaced| self.obtain_session(scope, Some(&code), replaced)),
            None => cache.lease_retrying_refusal(|replaced| self.obtain_session(scope, None, replaced)),
        }?;
        let data = json!({
            "logged_in": true,
            "server_version": lease.credential.server_version,
            "serial_number": self.inner.config.serial_number,
            "reused": lease.requests == 0,
        });
        Ok(Authorized { value: data.into(), requests: lease.requests, reauthenticated: false })
    }

    /// The `logout` endpoint: ends the session on the server and forgets it.
    fn logout(&self, scope: &CallScope<'_>) -> Result<Authorized<Data>, Error> {
        let Some(session) = self.inner.session.clear() else {
            return Ok(Authorized {
                value: json!({"logged_out": false, "text": ""}).into(),
                requests: 0,
                reauthenticated: false,
            });
        };
        let body = json!({"session": session.value.expose()});
        let answer = self.inner.transport.post_json(
            scope,
            "/sysa/mobilephone/logout.asp",
            NO_QUERY,
            &[],
            body.to_string().into_bytes(),
            Exchange::Read,
        )?;
        let mut document = decode(&answer.body)?;
        // A session the server had already ended counts as logged out too.
        let text =
            if document.accepted() { normalize::message(document.take_payload("message")).1 } else { document.message };
        Ok(Authorized {
            value: json!({"logged_out": true, "text": text}).into(),
            requests: answer.attempts,
            reauthenticated: false,
        })
    }

    /// A session for this client: from the shared store when one is configured (logging in only when it
    /// holds none newer than `replaced`), else from a login of its own.
    fn obtain_session(
        &self,
        scope: &CallScope<'_>,
        captcha: Option<&str>,
        replaced: Option<u64>,
    ) -> Result<Obtained<Arc<Session>>, Error> {
        let (fresh, generation) = match &self.inner.store {
            None => (self.log_in(scope, captcha)?, None),
            Some(store) => {
                let lock_timeout = scope.deadline.remaining();
                let (stored, requests) =
                    store.obtain(replaced, captcha.is_some(), lock_timeout, || self.log_in(scope, captcha))?;
                let fresh =
                    Fresh { credential: stored.credential, expires_at_ms: None, details: stored.details, requests };
                (fresh, Some(stored.generation))
            }
        };
        let server_version = fresh.details["server_version"].as_str().map(str::to_owned);
        Ok(Obtained {
            credential: Arc::new(Session { value: Secret::new(fresh.credential), server_version }),
            requests: fresh.requests,
            renew_at: None,
            generation,
        })
    }

    /// One login with the account's credentials (and a captcha answer, if given).
    fn log_in(&self, scope: &CallScope<'_>, captcha: Option<&str>) -> Result<Fresh, Error> {
        let config = &self.inner.config;
        let mut datas = vec![
            json!({"id": "user", "val": plain_text_credential(&config.username)}),
            json!({"id": "password", "val": plain_text_credential(config.password.expose())}),
            json!({"id": "serialnum", "val": config.serial_number}),
        ];
        if let Some(code) = captcha {
            datas.push(json!({"id": "rndcode", "val": code}));
        }
        let body = json!({"session": "", "cmdkey": "", "datas": datas});
        // Never re-sent once it may have left: each refused attempt counts towards the server's captcha limit.
        let answer = self.inner.transport.post_json(
            scope,
            &config.login_path,
            NO_QUERY,
            &[],
            body.to_string().into_bytes(),
            Exchange::Login,
        )?;
        let document = decode(&answer.body)?;
        if !document.accepted() {
            return Err(self.login_refusal(document));
        }
        let session = document
            .session
            .ok_or_else(|| Error::invalid_response("the Zhibang login answer has no header.session"))?;
        // The session travels in the `ZBAPI-Token` header of web API calls: one that cannot is a broken
        // answer, not a transport failure to retry.
        if reqwest::header::HeaderValue::from_str(&session).is_err() {
            return Err(Error::invalid_response(
                "the Zhibang login answer's session holds characters that cannot be sent in an HTTP header",
            ));
        }
        self.inner.transport.owner().stats.login();
        self.inner.transport.client_event(Level::Info, "login", scope, |event| event.requests = Some(answer.attempts));
        Ok(Fresh {
            credential: session,
            expires_at_ms: None,
            details: json!({"server_version": document.server_version}),
            requests: answer.attempts,
        })
    }

    fn login_refusal(&self, mut document: Document) -> Error {
        let mut fail = match document.take_payload("fail") {
            Some(Value::Object(fail)) => fail,
            _ => Map::new(),
        };
        let text = match fail.remove("message") {
            Some(Value::String(text)) if !text.is_empty() => text,
            _ => document.message.clone(),
        };
        let captcha_url = match fail.remove("newrndcode") {
            Some(Value::String(url)) if !url.is_empty() => Some(self.absolute_url(&url)),
            _ => None,
        };
        let user = &self.inner.config.username;
        // The server may send the captcha image already with the failure that reaches its limit; only a
        // text about the captcha means the captcha is what stands in the way. The URL travels with either.
        let error = if classify(&document.status, &text) == Refusal::AccountDisabled {
            Error::new(ErrorCode::AccountDisabled, format!("Zhibang says the account `{user}` cannot log in: {text}"))
        } else if text.contains("验证码") {
            Error::new(
                ErrorCode::CaptchaRequired,
                format!("Zhibang wants a captcha for `{user}` after failed logins; log in with `rndcode`: {text}"),
            )
        } else {
            let next_time =
                if captcha_url.is_some() { "; the next login needs a captcha (see captcha_url)" } else { "" };
            Error::new(
                ErrorCode::CredentialsRejected,
                format!("Zhibang refused the login of `{user}`: {text}{next_time}"),
            )
        };
        let error = error.with_vendor(Some(document.status), text);
        match captcha_url {
            Some(url) => error.with_captcha_url(url),
            None => error,
        }
    }

    fn absolute_url(&self, url: &str) -> String {
        if url.starts_with("http://") || url.starts_with("https://") {
            url.to_owned()
        } else {
            format!("{}/{}", self.inner.config.base_url, url.trim_start_matches('/'))
        }
    }

    /// One family-A request: `{session, cmdkey, datas}`.
    fn post_mobile(
        &self,
        scope: &CallScope<'_>,
        params: &Params<Zhibang>,
        cmdkey: Option<&str>,
        session: &Session,
    ) -> Result<(Attempt<Document>, u32), Error> {
        let endpoint = params.endpoint();
        let datas: Vec<Value> = params
            .located(ParamLocation::Body)
            .map(|(param, value)| json!({"id": param.name, "val": value.as_text()}))
            .collect();
        let mut body = Map::with_capacity(3);
        body.insert("session".into(), Value::from(session.value.expose()));
        if let Some(cmdkey) = cmdkey {
            body.insert("cmdkey".into(), Value::from(cmdkey));
        }
        body.insert("datas".into(), Value::Array(datas));
        let query: Vec<(&str, Cow<'_, str>)> =
            params.located(ParamLocation::Query).map(|(param, value)| (param.name, value.as_text())).collect();
        let exchange = if endpoint.writes { Exchange::Write } else { Exchange::Read };
        let bytes = Value::Object(body).to_string().into_bytes();
        let answer = self.inner.transport.post_json(scope, endpoint.path, &query, &[], bytes, exchange)?;
        let document = decode(&answer.body)?;
        if document.accepted() {
            return Ok((Attempt::Done(document), answer.attempts));
        }
        let refusal = classify(&document.status, &document.message);
        let status = Some(document.status);
        let text = document.message;
        let error = match refusal {
            Refusal::SessionExpired => Error::new(
                ErrorCode::SessionExpired,
                format!("the Zhibang session ended and logging in again did not help ({})", endpoint.name),
            ),
            Refusal::SessionKicked => Error::new(
                ErrorCode::SessionKicked,
                format!(
                    "another login of `{}` ended the Zhibang session, again after logging in anew; give this \
                     client its own account",
                    self.inner.config.username
                ),
            ),
            Refusal::AccountDisabled => {
                return Err(Error::new(ErrorCode::AccountDisabled, format!("Zhibang refused the account: {text}"))
                    .with_vendor(status, text));
            }
            Refusal::Other => {
                return Err(Error::new(ErrorCode::VendorError, format!("Zhibang {} failed: {text}", endpoint.name))
                    .with_vendor(status, text));
            }
        };
        self.inner
            .transport
            .client_event(Level::Warn, "relogin", scope, |event| event.code = Some(error.code().as_str()));
        Ok((Attempt::Refused(error.with_vendor(status, text)), answer.attempts))
    }

    /// One family-B request: named JSON fields and the session in the `ZBAPI-Token` header.
    fn post_web_api(
        &self,
        scope: &CallScope<'_>,
        params: &Params<Zhibang>,
        session: &Session,
    ) -> Result<(Attempt<Map<String, Value>>, u32), Error> {
        let endpoint = params.endpoint();
        let body = named_fields(params);
        let headers = [("ZBAPI-Token", session.value.expose())];
        let bytes = Value::Object(body).to_string().into_bytes();
        let exchange = if endpoint.writes { Exchange::Write } else { Exchange::Read };
        let answer = self.inner.transport.post_json(scope, endpoint.path, NO_QUERY, &headers, bytes, exchange)?;
        let reply = decode_web_api(&answer.body)?;
        let attempt = match reply.code.as_str() {
            "200" => {
                let mut object = reply.object;
                object.insert("Msg".into(), Value::String(reply.message));
                Attempt::Done(object)
            }
            "400" => self.token_refused(scope, endpoint, reply.code, reply.message),
            code => return Err(web_failure(endpoint, code, reply.message)),
        };
        Ok((attempt, answer.attempts))
    }

    /// One family-C request: `{Token, Datas}`, answered by `{flag, code, msg, datas}`.
    fn post_handler(
        &self,
        scope: &CallScope<'_>,
        params: &Params<Zhibang>,
        session: &Session,
    ) -> Result<(Attempt<Value>, u32), Error> {
        let endpoint = params.endpoint();
        let body = json!({"Token": session.value.expose(), "Datas": named_fields(params)});
        let bytes = body.to_string().into_bytes();
        let answer = self.inner.transport.post_json(scope, endpoint.path, NO_QUERY, &[], bytes, Exchange::Read)?;
        let reply = decode_handler(&answer.body)?;
        let attempt = match reply.code.as_str() {
            "200" if reply.flag => Attempt::Done(reply.datas),
            "400" => self.token_refused(scope, endpoint, reply.code, reply.message),
            _ => {
                return Err(Error::new(
                    ErrorCode::VendorError,
                    format!("Zhibang {} failed: {}", endpoint.name, reply.message),
                )
                .with_vendor(Some(reply.code), reply.message));
            }
        };
        Ok((attempt, answer.attempts))
    }

    /// A family-B or family-C answer that refuses the session (`Code` 400): logged in again once by the
    /// caller's retry, then reported as an ended session.
    fn token_refused<T>(
        &self,
        scope: &CallScope<'_>,
        endpoint: &Endpoint<Zhibang>,
        code: String,
        message: String,
    ) -> Attempt<T> {
        self.inner.transport.client_event(Level::Warn, "relogin", scope, |event| event.code = Some("session_expired"));
        Attempt::Refused(
            Error::new(
                ErrorCode::SessionExpired,
                format!("Zhibang refused the token for {} even after logging in again", endpoint.name),
            )
            .with_vendor(Some(code), message),
        )
    }
}

/// The parameters as one JSON object under the vendor's names (the body of families B and C).
fn named_fields(params: &Params<Zhibang>) -> Map<String, Value> {
    params.iter().map(|(param, value)| (param.name.to_owned(), value.to_json())).collect()
}

/// A family-B answer other than 200 or 400: for a read, the vendor's error; for a write, 300 is the
/// server refusing it (`vendor_rejected`) and anything else (500: a server error) leaves its outcome
/// unknown.
fn web_failure(endpoint: &Endpoint<Zhibang>, code: &str, message: String) -> Error {
    let error = match (endpoint.writes, code) {
        (false, _) => Error::new(ErrorCode::VendorError, format!("Zhibang {} failed: {message}", endpoint.name)),
        (true, "300") => {
            Error::new(ErrorCode::VendorRejected, format!("Zhibang did not do {}: {message}", endpoint.name))
        }
        (true, _) => Error::new(
            ErrorCode::OutcomeUnknown,
            format!(
                "{}: the server answered code {code} ({message}); the write may have been done: read the record back \
                 before repeating it",
                endpoint.name
            ),
        ),
    };
    error.with_vendor(Some(code.to_owned()), message)
}

impl Client for ZhibangClient {
    type Vendor = Zhibang;

    fn execute_with(&self, params: &Params<Zhibang>, options: &CallOptions) -> Result<Response, Error> {
        let endpoint = params.endpoint();
        let request_id = options.request_id.clone().unwrap_or_else(call::request_id);
        let scope = call::scope(endpoint.name, &self.inner.config.transport, options, &request_id);
        let outcome = self.send(&scope, params);
        let outcome = match endpoint.read_back {
            Some(read_back) if self.inner.config.verify_writes => self.verify(&scope, params, read_back, outcome),
            _ => outcome,
        };
        let outcome = match outcome {
            Ok(Authorized { value, requests, reauthenticated }) => Ok(Response {
                data: value,
                meta: Meta {
                    requests,
                    reauthenticated,
                    ..Meta::new(Provider::Zhibang, endpoint.name, scope.deadline.started())
                },
            }),
            Err(error) => Err(self.redact(error, params)),
        };
        call::finish(self.inner.transport.owner(), &scope, outcome)
    }

    fn prefetch(&self) -> usize {
        self.inner.config.transport.prefetch
    }
}

/// A bill value as text, to compare with what a write sent.
fn value_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Credentials travel as `txt:<value>` unless the caller already wrote the prefix.
fn plain_text_credential(value: &str) -> String {
    if value.starts_with("txt:") { value.to_owned() } else { format!("txt:{value}") }
}

fn page_request(params: &Params<Zhibang>) -> PageRequest {
    let endpoint = params.endpoint();
    match endpoint.paging {
        Some(paging) => PageRequest {
            index: params.integer(paging.index_param).unwrap_or(1),
            size: params.integer(paging.size_param).unwrap_or(i64::from(paging.vendor_default_size)),
        },
        None => PageRequest { index: 1, size: 0 },
    }
}

/// Picks the payload `result` names out of a ZBDocument and normalizes it.
pub(crate) fn normalize_document(
    params: &Params<Zhibang>,
    result: ResultShape,
    mut document: Document,
) -> Result<Data, Error> {
    let endpoint = params.endpoint();
    let request = page_request(params);
    match result {
        ResultShape::Table => match document.take_payload("source") {
            Some(Value::Object(mut source)) => {
                let table = source.remove("table").ok_or_else(|| missing(endpoint, "source.table"))?;
                normalize::table(table, request).map(Data::Page)
            }
            Some(_) => Err(missing(endpoint, "source object")),
            None => Err(no_data(endpoint, document, "source")),
        },
        ResultShape::Source => match document.take_payload("source") {
            Some(source) => normalize::source(source, request).map(Data::Json),
            None => Err(no_data(endpoint, document, "source")),
        },
        ResultShape::Bill => match document.take_payload("bill") {
            Some(bill) => normalize::bill(bill, request).map(Data::Json),
            None => Err(no_data(endpoint, document, "bill")),
        },
        ResultShape::Message => command_outcome(endpoint, document).map(Data::Json),
    }
}

/// A message where data was expected is the page saying why it has none (not found, server error,
/// licence); anything else is not the documented shape.
fn no_data(endpoint: &Endpoint<Zhibang>, mut document: Document, expected: &str) -> Error {
    if document.model() != "message" {
        return missing(endpoint, expected);
    }
    let (_, text) = normalize::message(document.take_payload("message"));
    Error::new(ErrorCode::VendorError, format!("Zhibang {} answered a message instead of data: {text}", endpoint.name))
        .with_vendor(None, text)
}

/// A command answers only in prose: a text saying it failed is an error, not `ok`.
fn command_outcome(endpoint: &Endpoint<Zhibang>, mut document: Document) -> Result<Value, Error> {
    let Some(message) = document.take_payload("message") else {
        return Err(missing(endpoint, "message"));
    };
    let (title, text) = normalize::message(Some(message));
    match outcome::classify(&text) {
        Outcome::Failed => {
            Err(Error::new(ErrorCode::VendorRejected, format!("Zhibang did not do {}: {text}", endpoint.name))
                .with_vendor(None, text))
        }
        verdict => Ok(json!({"title": title, "text": text, "outcome": verdict.as_str()})),
    }
}

fn missing(endpoint: &Endpoint<Zhibang>, what: &str) -> Error {
    Error::invalid_response(format!("the Zhibang answer to {} has no {what}", endpoint.name))
}

/// Normalizes a family-B answer to `result`.
pub(crate) fn normalize_web_api(
    params: &Params<Zhibang>,
    result: WebApiResult,
    mut object: Map<String, Value>,
) -> Result<Data, Error> {
    match result {
        WebApiResult::Table => normalize::web_api_table(object, page_request(params)).map(Data::Page),
        WebApiResult::Data => Ok(Data::Json(normalize::web_api_data(object.remove("Data")))),
        WebApiResult::Message => {
            let text = match object.remove("Msg") {
                Some(Value::String(text)) => text,
                _ => String::new(),
            };
            Ok(Data::Json(json!({"title": "", "text": text, "outcome": Outcome::Succeeded.as_str()})))
        }
    }
}
