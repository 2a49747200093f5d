//! The machine-local store: one JSON file per (server, account) in a directory every process of the
//! deployment names, and an OS file lock beside it (`flock` / `LockFileEx`, which the kernel releases
//! when the holder dies, so a crashed process never leaves it held).

use std::fs::{self, File, OpenOptions};
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::{StoreBackend, StoreLock};
use crate::error::{Error, ErrorCode};

/// How often a waiting process tries the lock again: short next to a login's round trip.
const LOCK_POLL: Duration = Duration::from_millis(10);

pub struct DirectoryStore {
    directory: PathBuf,
}

impl DirectoryStore {
    /// The store in `directory`, created (owner-only) if missing.
    pub fn open(directory: &str) -> Result<DirectoryStore, Error> {
        let directory = PathBuf::from(directory.trim());
        if directory.as_os_str().is_empty() {
            return Err(store_error("config `credential_store` is empty"));
        }
        create_private_directory(&directory)
            .map_err(|error| store_error(&format!("the credential store directory cannot be created: {error}")))?;
        Ok(DirectoryStore { directory })
    }

    fn path(&self, key: &str, extension: &str) -> PathBuf {
        self.directory.join(format!("{key}.{extension}"))
    }
}

impl StoreBackend for DirectoryStore {
    fn get(&self, key: &str) -> Result<Option<Vec<u8>>, Error> {
        match fs::read(self.path(key, "json")) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(error) if error.kind() == ErrorKind::NotFound => Ok(None),
            Err(error) => Err(store_error(&format!("the credential store cannot be read: {error}"))),
        }
    }

    fn put(&self, key: &str, value: &[u8]) -> Result<(), Error> {
        let target = self.path(key, "json");
        // A reader sees the old file or the new one, never half of one: write aside, then rename.
        let aside = self.path(key, &format!("{}.{:x}.tmp", std::process::id(), fastrand::u64(..)));
        let written = private_file(&aside, true).and_then(|mut file| {
            file.write_all(value)?;
            file.sync_all()
        });
        let renamed = written.and_then(|()| fs::rename(&aside, &target));
        renamed.map_err(|error| {
            let _ = fs::remove_file(&aside);
            store_error(&format!("the credential store cannot be written: {error}"))
        })
    }

    fn lock(&self, key: &str, timeout: Duration) -> Result<StoreLock, Error> {
        let file = private_file(&self.path(key, "lock"), false)
            .map_err(|error| store_error(&format!("the credential store's lock file cannot be opened: {error}")))?;
        let started = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(StoreLock::new(move || drop(file.unlock()))),
                Err(fs::TryLockError::WouldBlock) if started.elapsed() < timeout => std::thread::sleep(LOCK_POLL),
                Err(fs::TryLockError::WouldBlock) => {
                    return Err(Error::new(
                        ErrorCode::Timeout,
                        format!(
                            "another process held the credential store's login lock for more than {:.1} s",
                            timeout.as_secs_f64()
                        ),
                    ));
                }
                Err(fs::TryLockError::Error(error)) => {
                    return Err(store_error(&format!("the credential store cannot be locked: {error}")));
                }
            }
        }
    }
}

fn store_error(message: &str) -> Error {
    Error::parameter(ErrorCode::InvalidParameter, "credential_store", message)
}

#[cfg(unix)]
fn create_private_directory(directory: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    match fs::DirBuilder::new().recursive(true).mode(0o700).create(directory) {
        Err(error) if error.kind() == ErrorKind::AlreadyExists => Ok(()),
        other => other,
    }
}

#[cfg(not(unix))]
fn create_private_directory(directory: &Path) -> std::io::Result<()> {
    fs::create_dir_all(directory)
}

/// A file only its owner may read or write (on Windows the directory's ACL, inherited, decides).
fn private_file(path: &Path, truncate: bool) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(truncate);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_owner_only_and_a_held_lock_times_out_the_others() {
        let dir = std::env::temp_dir().join(format!("aftersales-dir-test-{}", fastrand::u64(..)));
        let store = DirectoryStore::open(&dir.to_string_lossy()).expect("store");
        assert_eq!(store.get("k").expect("read"), None);
        store.put("k", b"{\"a\":1}").expect("write");
        assert_eq!(store.get("k").expect("read").as_deref(), Some(&b"{\"a\":1}"[..]));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(store.path("k", "json")).map(|meta| meta.permissions().mode() & 0o777);
            assert_eq!(mode.ok(), Some(0o600));
        }
        let held = store.lock("k", Duration::from_secs(1)).expect("first lock");
        let other = DirectoryStore::open(&dir.to_string_lossy()).expect("store");
        let waited = other.lock("k", Duration::from_millis(50));
        assert_eq!(waited.err().map(|error| error.code()), Some(ErrorCode::Timeout));
        drop(held);
        assert!(other.lock("k", Duration::from_millis(50)).is_ok(), "a released lock is free");
        let _ = fs::remove_dir_all(dir);
    }
}
