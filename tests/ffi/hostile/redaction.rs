//! Finding 3, encoded secrets: servers that echo the request into an error page (HTTP 500, HTTP 400, or
//! a 200 page that is not JSON) show the password, session, token or sign the way it travelled or the
//! way their page encodes it. No field of any envelope may hold it in any of those spellings.

use std::sync::{Arc, Mutex};

use serde_json::{Value, json};

use super::server::{Reply, Request, Server};
use super::{
    APP_SECRET, FRAGMENTS, LOGIN, PASSWORD, SERVICE_HANDLE, SERVICE_LIST, SERVICE_SPACE, SESSION, TOKEN, TOKEN_API,
    USER_LIST, assert_no_leak, eshouhou, eshouhou_answer, handling, login_answer, zhibang,
};

/// How the error page writes what it echoes.
#[derive(Clone, Copy, Debug)]
enum Encoding {
    Raw,
    PercentUpper,
    PercentLower,
    Form,
    Json,
    Html,
}

const ENCODINGS: [Encoding; 6] =
    [Encoding::Raw, Encoding::PercentUpper, Encoding::PercentLower, Encoding::Form, Encoding::Json, Encoding::Html];

/// What the page is served as: an error status, or 200 with a page that is not JSON.
const STATUSES: [u16; 3] = [500, 400, 200];

fn encode(encoding: Encoding, text: &str) -> String {
    let percent = |lower: bool, space: &str| -> String {
        text.bytes()
            .map(|byte| match byte {
                b' ' if !space.is_empty() => space.to_owned(),
                byte if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) => char::from(byte).to_string(),
                byte if lower => format!("%{byte:02x}"),
                byte => format!("%{byte:02X}"),
            })
            .collect()
    };
    match encoding {
        Encoding::Raw => text.to_owned(),
        Encoding::PercentUpper => percent(false, ""),
        Encoding::PercentLower => percent(true, ""),
        Encoding::Form => percent(false, "+"),
        Encoding::Json => serde_json::to_string(text).expect("a string serializes"),
        Encoding::Html => text
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
            .replace('\'', "&#39;"),
    }
}

/// The credential a request carries, as the server received it: the login's password, the session of a
/// page or web API call, the access token or the sign of a GET.
fn carried_secret(request: &Request) -> String {
    if request.method == "GET" {
        return form_urlencoded::parse(request.query().as_bytes())
            .find(|(name, _)| name == "access_token" || name == "sign")
            .map(|(_, value)| value.into_owned())
            .unwrap_or_default();
    }
    if let Some(token) = request.header("ZBAPI-Token") {
        return token.to_owned();
    }
    let body: Value = serde_json::from_slice(&request.body).unwrap_or_default();
    let password = body["datas"]
        .as_array()
        .and_then(|datas| datas.iter().find(|data| data["id"] == "password"))
        .and_then(|data| data["val"].as_str());
    password.or(body["session"].as_str()).unwrap_or_default().to_owned()
}

/// An error page echoing the request: first the credential it carried, then the whole request
/// (query or body), both in `encoding`.
fn echo_page(status: u16, encoding: Encoding, request: &Request) -> Reply {
    let secret = carried_secret(request);
    assert!(!secret.is_empty(), "the echoed request carries a credential: {}", request.text());
    let whole = if request.method == "GET" { request.target.clone() } else { request.body_text() };
    let page = format!(
        "<html><head><title>Error</title></head><body><p>{}</p><pre>{}</pre></body></html>",
        encode(encoding, &secret),
        encode(encoding, &whole)
    );
    Reply::bytes(status, "text/html; charset=utf-8", page.into_bytes())
}

/// The page the server answers with, switched between calls.
type Mode = Arc<Mutex<(u16, Encoding)>>;

fn mode() -> Mode {
    Arc::new(Mutex::new((500, Encoding::Raw)))
}

/// Calls `call` once for every status and encoding of the echoed page and checks each envelope: the
/// page shows in `vendor_message` (blanked where the secret was), except for the 200 page when
/// `excerpt_of_200` is false (a save's undecodable answer is reported without it).
fn every_page(mode: &Mode, secrets: &[&str], excerpt_of_200: bool, call: impl Fn() -> Value) {
    for status in STATUSES {
        for encoding in ENCODINGS {
            *mode.lock().expect("mode") = (status, encoding);
            let envelope = call();
            assert_eq!(envelope["ok"], json!(false), "HTTP {status}, {encoding:?}: {envelope}");
            assert_no_leak(&envelope, secrets, FRAGMENTS);
            if status != 200 || excerpt_of_200 {
                let shown = envelope["error"]["vendor_message"].as_str().unwrap_or_default();
                assert!(
                    shown.starts_with("Error ") && shown.contains("***"),
                    "HTTP {status}, {encoding:?}: the page shows, blanked: {envelope}"
                );
            }
        }
    }
}

/// A Zhibang server that logs in with [`SESSION`] (unless the login is the echoed request) and answers
/// `echoed` with the page of the current mode.
fn zhibang_echoing(echoed: &'static str, mode: &Mode) -> Server {
    let mode = Arc::clone(mode);
    Server::start(move |request, _| {
        if request.path() == echoed {
            let (status, encoding) = *mode.lock().expect("mode");
            echo_page(status, encoding, request)
        } else if request.path() == LOGIN {
            login_answer(SESSION)
        } else {
            Reply::status(404)
        }
    })
}

#[test]
fn an_echoed_login_shows_no_form_of_the_password() {
    let mode = mode();
    let server = zhibang_echoing(LOGIN, &mode);
    let client = zhibang(&server, json!({"retries": 0}));
    every_page(&mode, &[PASSWORD, &format!("txt:{PASSWORD}")], true, || client.endpoint("service_list", &json!({})));
    assert_eq!(server.requests_to(LOGIN).len(), STATUSES.len() * ENCODINGS.len());
}

#[test]
fn an_echoed_page_call_shows_no_form_of_the_session() {
    let mode = mode();
    let server = zhibang_echoing(SERVICE_LIST, &mode);
    let client = zhibang(&server, json!({"retries": 0}));
    every_page(&mode, &[SESSION, PASSWORD], true, || client.endpoint("service_list", &json!({})));
    assert!(
        server.requests_to(SERVICE_LIST).iter().all(|request| request.body_text().contains(r#""session":"SES+SION"#))
    );
}

#[test]
fn an_echoed_web_api_call_shows_no_form_of_the_session_header() {
    let mode = mode();
    let server = zhibang_echoing(USER_LIST, &mode);
    let client = zhibang(&server, json!({"retries": 0}));
    every_page(&mode, &[SESSION, PASSWORD], true, || client.endpoint("user_list", &json!({"page_size": 5})));
    assert!(server.requests_to(USER_LIST).iter().all(|request| request.header("ZBAPI-Token") == Some(SESSION)));
}

#[test]
fn an_echoed_save_shows_no_form_of_the_session() {
    let mode = mode();
    let server = zhibang_echoing(SERVICE_HANDLE, &mode);
    let client = zhibang(&server, json!({"retries": 0, "verify_writes": false}));
    every_page(&mode, &[SESSION, PASSWORD], false, || client.endpoint("service_handle", &handling()));
}

/// An eshouhou server that issues [`TOKEN`] (unless the token request is the echoed one) and answers
/// `echoed` with the page of the current mode.
fn eshouhou_echoing(echoed: &'static str, mode: &Mode) -> Server {
    let mode = Arc::clone(mode);
    Server::start(move |request, _| {
        if request.path() == echoed {
            let (status, encoding) = *mode.lock().expect("mode");
            echo_page(status, encoding, request)
        } else if request.path() == TOKEN_API {
            eshouhou_answer(json!({"access_token": TOKEN, "expires_in": 7200}))
        } else {
            Reply::status(404)
        }
    })
}

#[test]
fn an_echoed_eshouhou_call_shows_no_form_of_the_access_token() {
    let mode = mode();
    let server = eshouhou_echoing(SERVICE_SPACE, &mode);
    let client = eshouhou(&server, json!({"retries": 0}));
    every_page(&mode, &[TOKEN, APP_SECRET], true, || client.endpoint("get_service_space", &json!({})));
}

#[test]
fn an_echoed_token_request_shows_no_form_of_the_sign() {
    let mode = mode();
    let server = eshouhou_echoing(TOKEN_API, &mode);
    let client = eshouhou(&server, json!({"retries": 0}));
    for status in STATUSES {
        for encoding in ENCODINGS {
            *mode.lock().expect("mode") = (status, encoding);
            let envelope = client.endpoint("get_service_space", &json!({}));
            let requests = server.requests_to(TOKEN_API);
            let sign = form_urlencoded::parse(requests.last().expect("a token request").query().as_bytes())
                .find(|(name, _)| name == "sign")
                .map(|(_, value)| value.into_owned())
                .expect("a sign");
            assert_eq!(envelope["ok"], json!(false), "HTTP {status}, {encoding:?}: {envelope}");
            assert_no_leak(&envelope, &[&sign, APP_SECRET], FRAGMENTS);
        }
    }
}
