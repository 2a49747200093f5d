//! Zhibang login, logout and sessions (reference §2): `txt:` credentials, the captcha after three
//! failures, frozen accounts, single login per account (a new login kicks the old session), idle
//! timeout, and the vendor's texts for each way a session can end.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::document;
use super::request::PagePost;
use crate::state::State;
use crate::{ZHIBANG_CAPTCHA, ZHIBANG_FROZEN_USER, ZHIBANG_PASSWORD, ZHIBANG_USER, locks};

/// Every login takes this long, so logins a client lets overlap are seen overlapping.
const LOGIN_DELAY: Duration = Duration::from_millis(30);
const FAILURES_BEFORE_CAPTCHA: u32 = 3;
const PLAIN_TEXT_PREFIX: &str = "txt:";
const APP_VERSION: &str = "32.17";

const SERIAL_INVALID: &str = "用户串号无效";
const WRONG_CREDENTIALS: &str = "用户名或密码错误。";
const WRONG_CAPTCHA: &str = "请输入正确的验证码。";
const FROZEN: &str = "用户被冻结。";
const NOT_LOGGED_IN: &str = "非法访问，未登录系统。";
const TIMED_OUT: &str = "会话超时，请您重新登录。";
const LOGGED_OUT: &str = "您的账号已经下线退出。";
const KICKED_BY_OTHER_DEVICE: &str = "您的账号已在其它移动设备上登录，请您重新登录。";
const KICKED_BY_SAME_DEVICE: &str = "会话已失效,UniqueLogin队列中无记录。";

/// The vendor's UniqueLogin table, plus the failed-login counts that decide when a captcha is due.
#[derive(Default)]
pub(crate) struct Sessions {
    table: Mutex<Table>,
}

#[derive(Default)]
struct Table {
    sessions: HashMap<String, Session>,
    current_by_user: HashMap<String, String>,
    failures: HashMap<String, u32>,
}

struct Session {
    serial: String,
    last_active: Instant,
    /// Why the session no longer works; `None` while it does.
    ended: Option<&'static str>,
}

impl Sessions {
    /// Opens a session for `user` and ends the one they had, with the text the vendor uses for a new
    /// login from the same device (serial number) or from another one.
    fn open(&self, user: &str, serial: &str) -> String {
        let token = format!("{:032x}", fastrand::u128(..));
        let mut table = locks::lock(&self.table);
        if let Some(previous) = table.current_by_user.get(user).cloned()
            && let Some(session) = table.sessions.get_mut(&previous).filter(|session| session.ended.is_none())
        {
            session.ended = Some(if session.serial == serial { KICKED_BY_SAME_DEVICE } else { KICKED_BY_OTHER_DEVICE });
        }
        let session = Session { serial: serial.to_owned(), last_active: Instant::now(), ended: None };
        table.sessions.insert(token.clone(), session);
        table.current_by_user.insert(user.to_owned(), token.clone());
        token
    }

    /// Accepts a working session and marks it used; otherwise answers the vendor's reason.
    pub fn check(&self, token: &str, idle_timeout: Duration) -> Result<(), &'static str> {
        let mut table = locks::lock(&self.table);
        let session = table.sessions.get_mut(token).ok_or(NOT_LOGGED_IN)?;
        if session.ended.is_none() && session.last_active.elapsed() > idle_timeout {
            session.ended = Some(TIMED_OUT);
        }
        match session.ended {
            Some(reason) => Err(reason),
            None => {
                session.last_active = Instant::now();
                Ok(())
            }
        }
    }

    fn close(&self, token: &str) {
        let mut table = locks::lock(&self.table);
        if let Some(session) = table.sessions.get_mut(token).filter(|session| session.ended.is_none()) {
            session.ended = Some(LOGGED_OUT);
        }
    }

    pub fn expire_all(&self) {
        let mut table = locks::lock(&self.table);
        for session in table.sessions.values_mut().filter(|session| session.ended.is_none()) {
            session.ended = Some(TIMED_OUT);
        }
    }

    /// Ends `user`'s session as a login on another device would.
    pub fn kick(&self, user: &str) {
        let mut table = locks::lock(&self.table);
        let Some(token) = table.current_by_user.get(user).cloned() else {
            return;
        };
        if let Some(session) = table.sessions.get_mut(&token).filter(|session| session.ended.is_none()) {
            session.ended = Some(KICKED_BY_OTHER_DEVICE);
        }
    }

    pub fn active_count(&self, idle_timeout: Duration) -> usize {
        let table = locks::lock(&self.table);
        table
            .sessions
            .values()
            .filter(|session| session.ended.is_none() && session.last_active.elapsed() <= idle_timeout)
            .count()
    }

    fn failures(&self, user: &str) -> u32 {
        locks::lock(&self.table).failures.get(user).copied().unwrap_or(0)
    }

    fn record_failure(&self, user: &str) -> u32 {
        let mut table = locks::lock(&self.table);
        let failures = table.failures.entry(user.to_owned()).or_default();
        *failures += 1;
        *failures
    }

    fn clear_failures(&self, user: &str) {
        locks::lock(&self.table).failures.remove(user);
    }

    pub fn reset_failures(&self) {
        locks::lock(&self.table).failures.clear();
    }
}

struct LoginFailure {
    message: &'static str,
    captcha_required: bool,
}

/// `POST /webapi/v3/ov1/login` (`legacy` false) and `POST /sysa/mobilephone/login.asp` (`legacy` true).
pub async fn login(state: &State, post: &PagePost, legacy: bool) -> Value {
    let _in_flight = state.counters.login_started();
    tokio::time::sleep(LOGIN_DELAY).await;
    match attempt(state, post) {
        Ok(session) => {
            state.counters.login_succeeded();
            let header = json!({"status": 0, "message": "API鉴权成功.", "session": session, "appversion": APP_VERSION});
            if legacy {
                json!({"header": header, "body": system_settings(&state.base_url)})
            } else {
                json!({"header": header})
            }
        }
        Err(failure) => {
            state.counters.login_failed();
            let captcha = if failure.captcha_required {
                format!("{}/sysa/mobilephone/rndcode.asp?r={}", state.base_url, fastrand::u32(..))
            } else {
                String::new()
            };
            json!({
                "header": {"status": 1, "message": failure.message},
                "body": {
                    "model": "init",
                    "action": "fail",
                    "fail": {"message": failure.message, "newrndcode": captcha, "newappurl": ""},
                },
            })
        }
    }
}

fn attempt(state: &State, post: &PagePost) -> Result<String, LoginFailure> {
    let sessions = &state.zhibang.sessions;
    let serial = post.get("serialnum");
    if !(1..=20).contains(&serial.len()) || !serial.bytes().all(|byte| byte.is_ascii_alphanumeric()) {
        return Err(LoginFailure { message: SERIAL_INVALID, captcha_required: false });
    }
    // Without the prefix a credential is DES ciphertext, which the sandbox (like a server with another
    // key) cannot decrypt: it then matches no account, exactly like a wrong password.
    let user = post.get("user").strip_prefix(PLAIN_TEXT_PREFIX);
    let password = post.get("password").strip_prefix(PLAIN_TEXT_PREFIX);
    let account = user.unwrap_or(post.get("user"));
    if sessions.failures(account) >= FAILURES_BEFORE_CAPTCHA && post.get("rndcode") != ZHIBANG_CAPTCHA {
        return Err(LoginFailure { message: WRONG_CAPTCHA, captcha_required: true });
    }
    match (user, password) {
        (Some(ZHIBANG_USER), Some(ZHIBANG_PASSWORD)) => {
            sessions.clear_failures(ZHIBANG_USER);
            Ok(sessions.open(ZHIBANG_USER, serial))
        }
        (Some(ZHIBANG_FROZEN_USER), Some(ZHIBANG_PASSWORD)) => {
            Err(LoginFailure { message: FROZEN, captcha_required: false })
        }
        _ => {
            let failures = sessions.record_failure(account);
            Err(LoginFailure { message: WRONG_CREDENTIALS, captcha_required: failures >= FAILURES_BEFORE_CAPTCHA })
        }
    }
}

/// InitSysClass (reference §5.9): what the legacy login returns besides the session.
fn system_settings(base_url: &str) -> Value {
    json!({
        "model": "init",
        "action": "sys",
        "sys": {
            "info": {
                "floatbit": 2, "moneybit": 2, "commpricebit": 2, "salespricebit": 2, "storepricebit": 2,
                "financepricebit": 2, "disbit": 2, "dismax": 10, "hlbit": 4, "mxbit": 200, "remind": 300,
                "isopenrecord": false,
            },
            "trees": {"id": "menu", "text": "售后服务", "value": "", "nodes": []},
            "homeurl": format!("{base_url}/sysa/mobilephone/home.asp"),
            "exiturl": format!("{base_url}/sysa/mobilephone/logout.asp"),
            "helpurl": "",
            "updateurl": "",
        },
    })
}

/// `POST /sysa/mobilephone/logout.asp` and `/webapi/v3/ov1/logout`: always answers that the user has
/// logged out, like the vendor, and ends the session when it still worked.
pub fn logout(state: &State, post: &PagePost) -> Value {
    state.zhibang.sessions.close(&post.session);
    document::ok(document::message("退出系统", "您已成功退出系统。"))
}

/// A 1×1 GIF: the captcha's text is always [`ZHIBANG_CAPTCHA`], so the picture does not matter.
pub const CAPTCHA_IMAGE: &[u8] = &[
    0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF,
    0x21, 0xF9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02,
    0x02, 0x44, 0x01, 0x00, 0x3B,
];

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::{KICKED_BY_OTHER_DEVICE, KICKED_BY_SAME_DEVICE, NOT_LOGGED_IN, Sessions, TIMED_OUT};

    const IDLE: Duration = Duration::from_secs(900);

    #[test]
    fn a_new_login_kicks_the_previous_session_with_the_device_specific_text() {
        let sessions = Sessions::default();
        let first = sessions.open("apiuser", "dev1");
        let second = sessions.open("apiuser", "dev1");
        let third = sessions.open("apiuser", "dev2");
        assert_eq!(sessions.check(&first, IDLE), Err(KICKED_BY_SAME_DEVICE));
        assert_eq!(sessions.check(&second, IDLE), Err(KICKED_BY_OTHER_DEVICE));
        assert_eq!(sessions.check(&third, IDLE), Ok(()));
        assert_eq!(sessions.active_count(IDLE), 1);
    }

    #[test]
    fn idle_sessions_time_out_and_unknown_ones_are_not_logged_in() {
        let sessions = Sessions::default();
        let token = sessions.open("apiuser", "dev1");
        std::thread::sleep(Duration::from_millis(5));
        assert_eq!(sessions.check(&token, Duration::from_millis(1)), Err(TIMED_OUT));
        assert_eq!(sessions.check(&token, IDLE), Err(TIMED_OUT));
        assert_eq!(sessions.check("nope", IDLE), Err(NOT_LOGGED_IN));
    }
}
