//! Finding 7, the small ones: header injection through the config or through a session the server hands
//! out, and a caller's own 10 MB mistake echoed back whole.

use serde_json::{Value, json};

use super::server::{Reply, Server};
use super::{LOGIN, PASSWORD, SERVICE_LIST, USER, failure, login_answer, zhibang, zhibang_server};
use crate::common::Client;

#[test]
fn a_user_agent_with_cr_or_lf_is_refused_at_creation() {
    let server = Server::bystander();
    for agent in ["erp\r\nX-Evil: 1", "erp\nX-Evil: 1", "erp\rX-Evil: 1"] {
        let zhibang = json!({"base_url": server.url(), "username": USER, "password": PASSWORD, "user_agent": agent});
        let eshouhou = json!({"base_url": server.url(), "app_id": "a", "app_secret": "s3cret", "user_agent": agent});
        for (provider, config) in [("zhibang", zhibang), ("eshouhou", eshouhou)] {
            let envelope = Client::new(provider, &config).err().unwrap_or_else(|| panic!("{provider} took {agent:?}"));
            let error = failure(envelope, "invalid_parameter", "input", false);
            assert_eq!(error["parameter"], json!("user_agent"), "{provider}: {error}");
        }
    }
    assert_eq!(server.connections(), 0);
}

#[test]
fn a_session_with_cr_or_lf_is_invalid_response_and_the_login_is_not_retried() {
    for session in ["abc\r\nX-Evil: 1", "abc\ndef", "abc\rdef"] {
        let server = Server::start(move |request, _| match request.path() {
            LOGIN => login_answer(session),
            _ => Reply::status(404),
        });
        let client = zhibang(&server, json!({"retries": 3}));
        for (endpoint, params) in [("service_list", json!({})), ("user_list", json!({"page_size": 5}))] {
            let before = server.requests_to(LOGIN).len();
            let error = failure(client.endpoint(endpoint, &params), "invalid_response", "decode", false);
            assert!(!error.to_string().contains("X-Evil"), "{error}");
            assert_eq!(server.requests_to(LOGIN).len(), before + 1, "{session:?}: the login was sent once");
        }
        assert_eq!(server.requests().len(), 2, "{session:?}: nothing but the logins was sent");
    }
}

#[test]
fn a_10_mb_unknown_parameter_name_gives_a_small_envelope() {
    let name = "参数".repeat(5 * 1024 * 1024 / 3) + &"x".repeat(5 * 1024 * 1024);
    assert!(name.len() >= 10 * 1024 * 1024);
    let server = zhibang_server(
        |request, _| {
            if request.path() == SERVICE_LIST { Reply::status(500) } else { Reply::status(404) }
        },
    );
    let client = zhibang(&server, json!({}));
    let mut params = serde_json::Map::new();
    params.insert(name.clone(), Value::from(1));
    let small = |envelope: Value, code: &str| {
        let size = envelope.to_string().len();
        assert!(size < 4096, "a {size}-byte envelope");
        failure(envelope, code, "input", false)
    };
    let error = small(client.endpoint("service_list", &Value::Object(params.clone())), "unknown_parameter");
    assert!(error["parameter"].as_str().is_some_and(|parameter| parameter.starts_with("参数参数")), "{error}");
    // The same name as a config key.
    let mut config = json!({"base_url": server.url(), "username": USER, "password": PASSWORD});
    config[&name] = json!(1);
    let envelope = Client::new("zhibang", &config).err().expect("an unknown config key is refused");
    small(envelope, "unknown_parameter");
    assert!(server.requests().is_empty(), "nothing was sent");
}

#[test]
fn an_answer_nested_a_million_levels_deep_is_invalid_response() {
    let server = zhibang_server(|request, _| {
        if request.path() == SERVICE_LIST {
            let mut body = "[".repeat(1_000_000).into_bytes();
            body.extend(std::iter::repeat_n(b']', 1_000_000));
            Reply::bytes(200, "application/json", body)
        } else {
            Reply::status(404)
        }
    });
    let client = zhibang(&server, json!({}));
    let envelope = client.endpoint("service_list", &json!({}));
    assert!(envelope.to_string().len() < 4096, "a small envelope");
    failure(envelope, "invalid_response", "decode", false);
}
