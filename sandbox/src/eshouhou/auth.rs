//! TokenApi (reference §3.1): signed token requests, and the access_token check every other call makes.

use std::collections::HashMap;
use std::fmt::Write;
use std::sync::RwLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use md5::{Digest, Md5};
use serde_json::{Value, json};

use super::params::Params;
use crate::state::State;
use crate::{ESHOUHOU_APP_ID, ESHOUHOU_APP_SECRET, ESHOUHOU_SERVICE_SPACE_ID, locks};

const SIGNATURE_FAILED: &str = "签名验证失败";
const TIMESTAMP_INVALID: &str = "时间戳无效或已过期";
const EXPIRE_OUT_OF_RANGE: &str = "expire参数范围为0-24";
const TOKEN_MISSING: &str = "access_token不能为空";
const TOKEN_INVALID: &str = "access_token无效或已过期";
const DEFAULT_EXPIRE_HOURS: u64 = 2;
const TIMESTAMP_TOLERANCE_MS: u128 = 5 * 60 * 1000;
/// Pruning expired tokens on every issue would make issuing O(tokens); every this many is enough.
const PRUNE_EVERY: usize = 1024;

/// The tokens issued so far, with when each stops being accepted.
#[derive(Default)]
pub(crate) struct TokenStore {
    expiries: RwLock<HashMap<String, Instant>>,
}

impl TokenStore {
    fn insert(&self, token: String, expires: Instant) {
        let mut expiries = locks::write(&self.expiries);
        if expiries.len() % PRUNE_EVERY == PRUNE_EVERY - 1 {
            let now = Instant::now();
            expiries.retain(|_, expiry| *expiry > now);
        }
        expiries.insert(token, expires);
    }

    fn accepts(&self, token: &str) -> bool {
        locks::read(&self.expiries).get(token).is_some_and(|expiry| *expiry > Instant::now())
    }

    pub fn expire_all(&self) {
        locks::write(&self.expiries).clear();
    }
}

/// Upper-case hex MD5 of `appid + appSecret + timestamp` (reference §2.2).
pub fn sign(app_id: &str, app_secret: &str, timestamp: &str) -> String {
    let digest = Md5::new().chain_update(app_id).chain_update(app_secret).chain_update(timestamp).finalize();
    digest.iter().fold(String::with_capacity(32), |mut hex, byte| {
        let _ = write!(hex, "{byte:02X}");
        hex
    })
}

/// `GET /api/TokenApi?appid=&timestamp=&sign=[&expire=]`
pub fn issue_token(state: &State, params: &Params) -> Result<Value, String> {
    let timestamp = params.text("timestamp");
    if params.text("appid") != ESHOUHOU_APP_ID
        || params.text("sign") != sign(ESHOUHOU_APP_ID, ESHOUHOU_APP_SECRET, timestamp)
    {
        return Err(SIGNATURE_FAILED.to_owned());
    }
    if !is_fresh(timestamp) {
        return Err(TIMESTAMP_INVALID.to_owned());
    }
    let hours = match params.text("expire") {
        "" | "0" => DEFAULT_EXPIRE_HOURS,
        text => text.parse::<u64>().ok().filter(|hours| *hours <= 24).ok_or(EXPIRE_OUT_OF_RANGE)?,
    };
    let lifetime = state.config.token_ttl.unwrap_or(Duration::from_secs(hours * 3600));
    let token = new_token(lifetime.as_secs() / 60);
    state.eshouhou.tokens.insert(token.clone(), Instant::now() + lifetime);
    state.counters.token_issued();
    Ok(json!({"access_token": token, "expires_in": lifetime.as_secs()}))
}

/// Refuses a call whose access_token is missing, unknown or expired.
pub fn authorize(state: &State, params: &Params) -> Result<(), String> {
    let refusal = match params.text("access_token") {
        "" => TOKEN_MISSING,
        token if state.eshouhou.tokens.accepts(token) => return Ok(()),
        _ => TOKEN_INVALID,
    };
    state.counters.token_rejected();
    Err(refusal.to_owned())
}

fn is_fresh(timestamp: &str) -> bool {
    let Ok(sent) = timestamp.parse::<u128>() else {
        return false;
    };
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |elapsed| elapsed.as_millis());
    now.abs_diff(sent) <= TIMESTAMP_TOLERANCE_MS
}

/// The vendor's token is base64 of `appid&serviceSpaceId&minutes`; random bytes follow so tokens are
/// unguessable, and the loop keeps only tokens holding both `+` and `/`, so a client that forgets to
/// URL-encode the token fails at once instead of one time in three.
fn new_token(minutes: u64) -> String {
    let prefix = format!("{ESHOUHOU_APP_ID}&{ESHOUHOU_SERVICE_SPACE_ID}&{minutes}&");
    loop {
        let mut bytes = prefix.clone().into_bytes();
        bytes.extend(std::iter::repeat_with(|| fastrand::u8(..)).take(12));
        let token = STANDARD.encode(bytes);
        if token.contains('+') && token.contains('/') {
            return token;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{new_token, sign};

    /// The worked example of the vendor's TokenApi page (openapi/4).
    #[test]
    fn signs_the_vendor_example() {
        assert_eq!(
            sign("ysh54dd4f8arinfx", "45e1cc23a7144a28ab110804491e3135", "1588239113429"),
            "70DC53194F29171C3B58C5158E9F6450"
        );
    }

    #[test]
    fn tokens_carry_the_documented_prefix_and_need_url_encoding() {
        use base64::Engine;
        let token = new_token(120);
        assert!(token.contains('+') && token.contains('/'));
        let decoded = base64::engine::general_purpose::STANDARD.decode(&token).expect("base64");
        assert!(decoded.starts_with(b"ysh54dd4f8arinfx&6a8251ba-ce64-46b7-a505-a4e560032706&120&"));
    }
}
