//! One login for the whole deployment: a credential (Zhibang session, eshouhou token) shared by every
//! client of every process that names the same store, because a Zhibang account allows one session and
//! each extra login ends another process's.
//!
//! The store holds, per (server, account), the credential, its generation and when it expires; never a
//! password or app secret. Obtaining happens under the store's lock: the first process logs in and
//! writes, the others wait on the lock and reuse what it wrote. A credential the server refused is
//! replaced once for everyone: a process replaces generation N only if the store still holds N, so N
//! processes seeing one kick cause one login.

mod directory;
mod registry;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use md5::{Digest, Md5};
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorCode};

pub use directory::DirectoryStore;
pub use registry::{register, registered};

/// Where shared credentials live: a directory of this machine, or a store the host provides.
pub trait StoreBackend: Send + Sync {
    /// The value under `key`, if any.
    fn get(&self, key: &str) -> Result<Option<Vec<u8>>, Error>;
    /// Replaces the value under `key`, atomically (a reader sees the old value or the new, whole).
    fn put(&self, key: &str, value: &[u8]) -> Result<(), Error>;
    /// Takes the lock of `key`, waiting at most `timeout`; released when the guard is dropped, and by
    /// the store itself if its holder dies.
    fn lock(&self, key: &str, timeout: Duration) -> Result<StoreLock, Error>;
}

/// A held store lock; dropping it releases the lock.
pub struct StoreLock {
    release: Option<Box<dyn FnOnce() + Send>>,
}

impl StoreLock {
    pub fn new(release: impl FnOnce() + Send + 'static) -> StoreLock {
        StoreLock { release: Some(Box::new(release)) }
    }
}

impl Drop for StoreLock {
    fn drop(&mut self) {
        if let Some(release) = self.release.take() {
            release();
        }
    }
}

/// What the store keeps for one (server, account).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stored {
    /// Names the server and account, so a file copied or renamed from elsewhere is never used.
    pub owner: String,
    pub generation: u64,
    pub credential: String,
    /// Milliseconds since the Unix epoch after which the credential is not used (None: until refused).
    pub expires_at_ms: Option<u64>,
    /// The provider's own details (e.g. the Zhibang server version), no secret.
    #[serde(default)]
    pub details: serde_json::Value,
}

/// The most a store value may weigh; a larger one is foreign and ignored.
const MOST_STORED_BYTES: usize = 64 * 1024;

/// A freshly obtained credential, before it is stored.
pub struct Fresh {
    pub credential: String,
    pub expires_at_ms: Option<u64>,
    pub details: serde_json::Value,
    /// HTTP requests the login took.
    pub requests: u32,
}

/// The shared store of one client: its backend and the key of its (server, account).
pub struct SharedStore {
    backend: std::sync::Arc<dyn StoreBackend>,
    key: String,
    owner: String,
}

impl SharedStore {
    /// `owner` names the provider, server and account (no secret); the key is derived from it.
    pub fn new(backend: std::sync::Arc<dyn StoreBackend>, owner: String) -> SharedStore {
        let digest: String = Md5::digest(owner.as_bytes()).iter().map(|byte| format!("{byte:02x}")).collect();
        SharedStore { backend, key: format!("aftersales-{digest}"), owner }
    }

    /// The credential to use: the stored one when it is valid and newer than `replaced` (the generation
    /// this process holds and wants replaced), else a fresh one from `login`, stored under a new
    /// generation. `force` logs in whatever is stored (an explicit login with a captcha answer).
    pub fn obtain(
        &self,
        replaced: Option<u64>,
        force: bool,
        lock_timeout: Duration,
        login: impl FnOnce() -> Result<Fresh, Error>,
    ) -> Result<(Stored, u32), Error> {
        let _lock = self.backend.lock(&self.key, lock_timeout)?;
        let current = self.read()?;
        if !force
            && let Some(stored) = &current
            && replaced.is_none_or(|replaced| stored.generation > replaced)
            && stored.expires_at_ms.is_none_or(|at| now_ms() < at)
        {
            return Ok((stored.clone(), 0));
        }
        let fresh = login()?;
        let last = current.map_or(0, |stored| stored.generation).max(replaced.unwrap_or(0));
        let stored = Stored {
            owner: self.owner.clone(),
            generation: last + 1,
            credential: fresh.credential,
            expires_at_ms: fresh.expires_at_ms,
            details: fresh.details,
        };
        let bytes = serde_json::to_vec(&stored).map_err(|error| {
            Error::new(ErrorCode::InternalError, format!("the credential could not be stored: {error}"))
        })?;
        self.backend.put(&self.key, &bytes)?;
        Ok((stored, fresh.requests))
    }

    /// The stored value, when it parses and belongs to this (server, account); anything else is ignored
    /// (and replaced by the next login).
    fn read(&self) -> Result<Option<Stored>, Error> {
        let Some(bytes) = self.backend.get(&self.key)? else { return Ok(None) };
        if bytes.len() > MOST_STORED_BYTES {
            return Ok(None);
        }
        Ok(serde_json::from_slice::<Stored>(&bytes).ok().filter(|stored| stored.owner == self.owner))
    }
}

pub fn now_ms() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |since| since.as_millis() as u64)
}

/// A store named in a config: a directory path, or `callbacks:NAME` for a store the host registered.
pub fn open(setting: &str) -> Result<std::sync::Arc<dyn StoreBackend>, Error> {
    match setting.strip_prefix("callbacks:") {
        Some(name) => registered(name).ok_or_else(|| {
            Error::parameter(
                ErrorCode::InvalidParameter,
                "credential_store",
                format!("no credential store is registered as `{}`", crate::excerpt::echo(name)),
            )
        }),
        None => Ok(std::sync::Arc::new(DirectoryStore::open(setting)?)),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU32, Ordering};

    use super::*;

    fn store(dir: &std::path::Path, owner: &str) -> SharedStore {
        let backend: Arc<dyn StoreBackend> = Arc::new(DirectoryStore::open(&dir.to_string_lossy()).expect("store"));
        SharedStore::new(backend, owner.to_owned())
    }

    fn fresh(value: &str) -> Result<Fresh, Error> {
        Ok(Fresh { credential: value.to_owned(), expires_at_ms: None, details: serde_json::Value::Null, requests: 1 })
    }

    #[test]
    fn one_login_per_generation_across_stores_of_one_directory() {
        let dir = std::env::temp_dir().join(format!("aftersales-store-test-{}", fastrand::u64(..)));
        let logins = AtomicU32::new(0);
        let login = || {
            logins.fetch_add(1, Ordering::SeqCst);
            fresh("s1")
        };
        let first = store(&dir, "zhibang http://zb api").obtain(None, false, Duration::from_secs(1), login);
        let (stored, requests) = first.expect("logged in");
        assert_eq!((stored.generation, requests), (1, 1));
        let again = store(&dir, "zhibang http://zb api").obtain(None, false, Duration::from_secs(1), || fresh("s2"));
        assert_eq!(again.expect("reused").0.credential, "s1", "another client reuses the stored session");
        let renewed =
            store(&dir, "zhibang http://zb api").obtain(Some(1), false, Duration::from_secs(1), || fresh("s2"));
        assert_eq!(renewed.expect("renewed").0.generation, 2);
        let late = store(&dir, "zhibang http://zb api").obtain(Some(1), false, Duration::from_secs(1), || fresh("s3"));
        assert_eq!(late.expect("newer").0.credential, "s2", "a refusal already replaced is not replaced again");
        let other = store(&dir, "zhibang http://zb other").obtain(None, false, Duration::from_secs(1), || fresh("o1"));
        assert_eq!(other.expect("own").0.credential, "o1", "another account has its own entry");
        assert_eq!(logins.load(Ordering::SeqCst), 1);
        let _ = std::fs::remove_dir_all(dir);
    }
}
