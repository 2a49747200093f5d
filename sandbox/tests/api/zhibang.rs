use std::time::Duration;

use aftersales_sandbox::{SandboxConfig, ZHIBANG_CAPTCHA, ZHIBANG_FROZEN_USER, ZHIBANG_PASSWORD, ZHIBANG_USER};
use serde_json::{Value, json};

use crate::client;
use crate::{login_datas, start, start_with, zhibang_page, zhibang_session};

const LOGIN: &str = "/webapi/v3/ov1/login";
const SERVICES: &str = "/sysa/mobilephone/salesmanage/service/list.asp";

fn login(base: &str, user: &str, password: &str, serial: &str) -> Value {
    client::post_json(base, LOGIN, &login_datas(user, password, serial)).json()
}

fn login_with_captcha(base: &str, captcha: &str) -> Value {
    let mut body = login_datas(&format!("txt:{ZHIBANG_USER}"), &format!("txt:{ZHIBANG_PASSWORD}"), "dev1");
    if let Some(datas) = body["datas"].as_array_mut() {
        datas.push(json!({"id": "rndcode", "val": captcha}));
    }
    client::post_json(base, LOGIN, &body).json()
}

fn page_message(base: &str, session: &str) -> Value {
    zhibang_page(base, session, SERVICES, "refresh", &[])["header"].clone()
}

#[test]
fn login_needs_plain_text_credentials_and_a_valid_serial_number() {
    let sandbox = start();
    let base = sandbox.url();
    let user = format!("txt:{ZHIBANG_USER}");
    let password = format!("txt:{ZHIBANG_PASSWORD}");
    let success = login(&base, &user, &password, "SANDBOX01");
    assert_eq!(success["header"]["status"], 0);
    assert_eq!(success["header"]["message"], "API鉴权成功.");
    assert_eq!(success["header"]["appversion"], "32.17");
    let session = success["header"]["session"].as_str().expect("session");
    assert!(session.len() == 32 && session.bytes().all(|byte| byte.is_ascii_hexdigit()));

    let encrypted = login(&base, ZHIBANG_USER, ZHIBANG_PASSWORD, "SANDBOX01");
    assert_eq!(encrypted["header"]["status"], 1);
    assert_eq!(encrypted["header"]["message"], "用户名或密码错误。");
    assert_eq!(encrypted["body"]["model"], "init");
    assert_eq!(encrypted["body"]["action"], "fail");
    assert_eq!(encrypted["body"]["fail"]["message"], "用户名或密码错误。");
    assert_eq!(encrypted["body"]["fail"]["newrndcode"], "");

    for serial in ["", "has-dash", "ABCDEFGHIJKLMNOPQRSTU"] {
        assert_eq!(login(&base, &user, &password, serial)["header"]["message"], "用户串号无效", "{serial:?}");
    }
    let stats = sandbox.stats();
    assert_eq!(stats.zhibang_logins, 1);
    assert_eq!(stats.zhibang_login_failures, 4);
}

#[test]
fn three_failures_make_every_login_need_the_captcha() {
    let sandbox = start();
    let base = sandbox.url();
    let user = format!("txt:{ZHIBANG_USER}");
    for attempt in 1..=3 {
        let failed = login(&base, &user, "txt:wrong", "dev1");
        let captcha = failed["body"]["fail"]["newrndcode"].as_str().expect("newrndcode");
        assert_eq!(captcha.is_empty(), attempt < 3, "attempt {attempt}: {failed}");
    }
    let refused = login_with_captcha(&base, "");
    assert_eq!(refused["header"]["status"], 1);
    assert_eq!(refused["header"]["message"], "请输入正确的验证码。");
    let captcha_url = refused["body"]["fail"]["newrndcode"].as_str().expect("captcha url");
    let prefix = format!("{base}/sysa/mobilephone/rndcode.asp?r=");
    assert!(captcha_url.starts_with(&prefix), "{captcha_url}");
    let image = client::get(&base, &captcha_url[base.len()..]);
    assert_eq!(image.status, 200);
    assert_eq!(image.content_type, "image/gif");
    assert!(image.body.starts_with(b"GIF89a"));

    assert_eq!(login_with_captcha(&base, "1234")["header"]["message"], "请输入正确的验证码。");
    assert_eq!(login_with_captcha(&base, ZHIBANG_CAPTCHA)["header"]["status"], 0);
    // A successful login clears the failures: no captcha any more.
    assert_eq!(login_with_captcha(&base, "")["header"]["status"], 0);
}

#[test]
fn a_frozen_account_is_refused_with_its_own_text() {
    let sandbox = start();
    let base = sandbox.url();
    let frozen = login(&base, &format!("txt:{ZHIBANG_FROZEN_USER}"), &format!("txt:{ZHIBANG_PASSWORD}"), "dev1");
    assert_eq!(frozen["header"]["status"], 1);
    assert_eq!(frozen["header"]["message"], "用户被冻结。");
    assert_eq!(frozen["body"]["fail"]["message"], "用户被冻结。");
}

#[test]
fn a_new_login_of_the_same_user_kicks_the_previous_session() {
    let sandbox = start();
    let base = sandbox.url();
    let first = zhibang_session(&base, "phone1");
    let second = zhibang_session(&base, "phone2");
    let kicked = page_message(&base, &first);
    assert_eq!(kicked["status"], 1);
    assert_eq!(kicked["message"], "您的账号已在其它移动设备上登录，请您重新登录。");
    let third = zhibang_session(&base, "phone2");
    assert_eq!(page_message(&base, &second)["message"], "会话已失效,UniqueLogin队列中无记录。");
    assert_eq!(page_message(&base, &third)["status"], 0);
    assert_eq!(sandbox.stats().zhibang_active_sessions, 1);
    sandbox.kick(ZHIBANG_USER);
    assert_eq!(page_message(&base, &third)["message"], "您的账号已在其它移动设备上登录，请您重新登录。");
    let stats = sandbox.stats();
    assert_eq!(stats.zhibang_active_sessions, 0);
    assert_eq!(stats.zhibang_session_rejections, 3);
}

#[test]
fn sessions_end_by_idleness_by_expiry_and_by_logout() {
    let sandbox =
        start_with(SandboxConfig { session_idle_timeout: Duration::from_millis(600), ..SandboxConfig::default() });
    let base = sandbox.url();
    assert_eq!(page_message(&base, "")["message"], "非法访问，未登录系统。");
    assert_eq!(page_message(&base, "0123456789abcdef0123456789abcdef")["message"], "非法访问，未登录系统。");

    let idle = zhibang_session(&base, "dev1");
    // Use within the timeout keeps the session alive.
    for _ in 0..3 {
        std::thread::sleep(Duration::from_millis(300));
        assert_eq!(page_message(&base, &idle)["status"], 0);
    }
    std::thread::sleep(Duration::from_millis(800));
    assert_eq!(page_message(&base, &idle)["message"], "会话超时，请您重新登录。");

    let expired = zhibang_session(&base, "dev1");
    sandbox.expire_sessions();
    assert_eq!(page_message(&base, &expired)["message"], "会话超时，请您重新登录。");

    let leaving = zhibang_session(&base, "dev1");
    let logout = client::post_json(&base, "/sysa/mobilephone/logout.asp", &json!({"session": leaving})).json();
    assert_eq!(logout["header"]["status"], 0);
    assert_eq!(logout["body"]["model"], "message");
    assert_eq!(logout["body"]["message"]["title"], "退出系统");
    assert_eq!(logout["body"]["message"]["text"], "您已成功退出系统。");
    assert_eq!(page_message(&base, &leaving)["message"], "您的账号已经下线退出。");
}

#[test]
fn the_legacy_login_also_returns_the_system_settings() {
    let sandbox = start();
    let base = sandbox.url();
    let body = login_datas(&format!("txt:{ZHIBANG_USER}"), &format!("txt:{ZHIBANG_PASSWORD}"), "legacy1");
    let answer = client::send(
        &base,
        "POST",
        "/SYSA/MobilePhone/Login.asp",
        &[("Content-Type", "application/zsml; charset=utf-8")],
        &body.to_string(),
    )
    .json();
    assert_eq!(answer["header"]["status"], 0);
    assert_eq!(answer["body"]["model"], "init");
    assert_eq!(answer["body"]["action"], "sys");
    assert_eq!(answer["body"]["sys"]["exiturl"], format!("{base}/sysa/mobilephone/logout.asp"));
    let session = answer["header"]["session"].as_str().expect("session");
    assert_eq!(page_message(&base, session)["status"], 0);
}

#[test]
fn overlapping_logins_are_observed_as_concurrent() {
    let sandbox = start_with(SandboxConfig { threads: 4, ..SandboxConfig::default() });
    let base = sandbox.url();
    let logins: Vec<_> = (0..4)
        .map(|device| {
            let base = base.clone();
            std::thread::spawn(move || zhibang_session(&base, &format!("device{device}")))
        })
        .collect();
    for login in logins {
        login.join().expect("login thread");
    }
    let stats = sandbox.stats();
    assert_eq!(stats.zhibang_logins, 4);
    assert!(stats.max_concurrent_logins >= 2, "{stats:?}");
    assert_eq!(stats.zhibang_active_sessions, 1);
}

#[test]
fn a_body_that_is_not_json_gets_the_runtime_error_answer() {
    let sandbox = start();
    let base = sandbox.url();
    let reply = client::send(&base, "POST", SERVICES, &[("Content-Type", "text/zsml")], "{session: abc");
    assert_eq!(reply.status, 200);
    let answer = reply.json();
    assert_eq!(answer["header"]["status"], "11");
    assert!(answer["header"]["message"].as_str().expect("message").starts_with("服务器异常: 【"));
}
