use std::time::{Duration, Instant};

use aftersales_sandbox::{Sandbox, SandboxConfig};
use serde_json::{Value, json};

use crate::client;
use crate::{eshouhou_get, eshouhou_token, login_datas, start, zhibang_page, zhibang_session};

const SERVICES: &str = "/sysa/mobilephone/salesmanage/service/list.asp";

fn admin(base: &str, path: &str, body: Value) -> client::Reply {
    client::post_json(base, &format!("/__sandbox/{path}"), &body)
}

#[test]
fn starting_a_sandbox_is_quick_and_its_url_answers() {
    let started = Instant::now();
    let sandbox = Sandbox::start(SandboxConfig::default()).expect("starts");
    let startup = started.elapsed();
    // The budget is 100 ms in a debug build; the margin absorbs the other tests running meanwhile.
    assert!(startup < Duration::from_millis(500), "{startup:?}");
    let url = sandbox.url();
    assert!(url.starts_with("http://127.0.0.1:") && !url.ends_with('/'));
    assert_eq!(client::get(&url, "/__sandbox/health").json(), json!({"ok": true}));
}

#[test]
fn stats_count_requests_by_lower_cased_path() {
    let sandbox = start();
    let base = sandbox.url();
    client::get(&base, "/API/CustomerService/GetServiceSpace?x=1");
    client::get(&base, "/api/customerservice/getservicespace");
    client::get(&base, "/__sandbox/health");
    let stats = client::get(&base, "/__sandbox/stats").json();
    assert_eq!(stats["requests"], json!({"/api/customerservice/getservicespace": 2}));
    assert_eq!(stats["eshouhou_token_rejections"], 2);
    for counter in [
        "eshouhou_tokens_issued",
        "zhibang_logins",
        "zhibang_login_failures",
        "zhibang_session_rejections",
        "zhibang_active_sessions",
        "max_concurrent_logins",
    ] {
        assert_eq!(stats[counter], 0, "{counter}");
    }
}

#[test]
fn faults_and_quirks_can_be_set_over_http() {
    let sandbox = start();
    let base = sandbox.url();
    let injected = admin(&base, "faults", json!({"path_prefix": "/api/", "kind": "http_500", "times": 2}));
    assert_eq!(injected.json(), json!({"ok": true}));
    assert_eq!(client::get(&base, "/api/CustomerService/GetServiceSpace").status, 500);
    assert_eq!(client::delete(&base, "/__sandbox/faults").json(), json!({"ok": true}));
    assert_eq!(client::get(&base, "/api/CustomerService/GetServiceSpace").status, 200);

    admin(&base, "faults", json!({"path_prefix": "/api/", "kind": "delay", "delay_ms": 300}));
    let started = Instant::now();
    client::get(&base, "/api/CustomerService/GetServiceSpace");
    assert!(started.elapsed() >= Duration::from_millis(300));

    let unknown = admin(&base, "faults", json!({"path_prefix": "/api/", "kind": "meteor"}));
    assert_eq!(unknown.status, 400);
    assert_eq!(unknown.json()["ok"], false);
    assert_eq!(admin(&base, "faults", json!({"kind": "empty"})).status, 400);

    assert_eq!(admin(&base, "quirks", json!({"result_code_as_string": true})).json(), json!({"ok": true}));
    assert_eq!(client::get(&base, "/api/CustomerService/GetServiceSpace").json()["ResultCode"], "1");
    admin(&base, "quirks", json!({}));
    assert_eq!(client::get(&base, "/api/CustomerService/GetServiceSpace").json()["ResultCode"], 1);
}

#[test]
fn the_faults_for_hostile_servers_and_the_gbk_quirks_can_be_set_over_http() {
    let sandbox = start();
    let base = sandbox.url();
    let space = "/api/CustomerService/GetServiceSpace";
    let injected = admin(&base, "faults", json!({"path_prefix": "/api/", "kind": "http_429", "retry_after_ms": 1500}));
    assert_eq!(injected.json(), json!({"ok": true}));
    let limited = client::get(&base, space);
    assert_eq!(limited.status, 429);
    assert_eq!(limited.header("retry-after").as_deref(), Some("2"));
    admin(&base, "faults", json!({"path_prefix": "/api/", "kind": "http_429"}));
    assert_eq!(client::get(&base, space).header("retry-after"), None);

    admin(&base, "faults", json!({"path_prefix": "/api/", "kind": "delay_after", "delay_ms": 300}));
    let started = Instant::now();
    assert_eq!(client::get(&base, space).json()["ErrorMsg"], "access_token不能为空");
    assert!(started.elapsed() >= Duration::from_millis(300));

    admin(&base, "faults", json!({"path_prefix": "/api/", "kind": "truncated"}));
    let (raw, _) = client::exchange(&base, "GET", space, &[], "", Duration::from_secs(30));
    let truncated = client::parse(&raw);
    let length: usize = truncated.header("content-length").expect("content-length").parse().expect("a number");
    assert_eq!(truncated.body.len(), length / 2);

    let session = zhibang_session(&base, "dev1");
    admin(&base, "quirks", json!({"gbk": true}));
    let page = zhibang_page_reply(&base, &session);
    assert_eq!(page.content_type, "text/html; charset=gbk");
    admin(&base, "quirks", json!({"gbk_unlabelled": true}));
    assert_eq!(zhibang_page_reply(&base, &session).content_type, "text/html");
    admin(&base, "quirks", json!({}));
    assert_eq!(zhibang_page_reply(&base, &session).content_type, "application/json; charset=utf-8");
}

fn zhibang_page_reply(base: &str, session: &str) -> client::Reply {
    client::post_json(base, SERVICES, &json!({"session": session, "cmdkey": "refresh", "datas": []}))
}

#[test]
fn expire_and_kick_work_over_http() {
    let sandbox = start();
    let base = sandbox.url();
    let token = eshouhou_token(&base);
    let session = zhibang_session(&base, "dev1");
    admin(&base, "expire", json!({"tokens": true}));
    assert_eq!(eshouhou_get(&base, &token, "/api/CustomerService/GetServiceSpace", "")["ResultCode"], 1);
    assert_eq!(zhibang_page(&base, &session, SERVICES, "refresh", &[])["header"]["status"], 0);
    admin(&base, "expire", json!({"sessions": true}));
    assert_eq!(
        zhibang_page(&base, &session, SERVICES, "refresh", &[])["header"]["message"],
        "会话超时，请您重新登录。"
    );

    let session = zhibang_session(&base, "dev1");
    assert_eq!(admin(&base, "kick", json!({"username": "apiuser"})).json(), json!({"ok": true}));
    assert_eq!(
        zhibang_page(&base, &session, SERVICES, "refresh", &[])["header"]["message"],
        "您的账号已在其它移动设备上登录，请您重新登录。"
    );
    assert_eq!(admin(&base, "kick", json!({})).status, 400);
}

#[test]
fn reset_clears_counters_faults_quirks_and_login_failures() {
    let sandbox = start();
    let base = sandbox.url();
    for _ in 0..3 {
        client::post_json(&base, "/webapi/v3/ov1/login", &login_datas("txt:apiuser", "txt:wrong", "dev1"));
    }
    admin(&base, "faults", json!({"path_prefix": "/api/", "kind": "garbage", "times": 10}));
    admin(&base, "quirks", json!({"status_as_string": true}));
    assert_eq!(admin(&base, "reset", json!({})).json(), json!({"ok": true}));
    let stats = sandbox.stats();
    assert_eq!(stats.zhibang_login_failures, 0);
    assert!(stats.requests.is_empty());
    assert_eq!(client::get(&base, "/api/CustomerService/GetServiceSpace").json()["ResultCode"], 1);
    // No captcha is asked for any more, and the answer's status is a number again.
    let session = zhibang_session(&base, "dev1");
    assert!(!session.is_empty());
}
