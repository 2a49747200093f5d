//! Credential stores the host provides through C callbacks (a Redis, a database, a cache several
//! machines share), registered once per process by name; a client whose config says
//! `"credential_store": "callbacks:NAME"` shares its session or token through it.

use std::ffi::{CString, c_char, c_void};
use std::sync::Arc;
use std::time::Duration;

use super::boundary::required_str;
use crate::error::{Error, ErrorCode};
use crate::store::{self, StoreBackend, StoreLock};

/// Where a `get` callback puts the value it found (copied by `aftersales_store_reply_set`).
pub struct StoreReply(Option<Vec<u8>>);

/// The four operations of a host's credential store, each given the `user_data` registered with it. Keys
/// are short ASCII names; values are JSON text holding a session or token and its generation, never a
/// password or app secret. Every callback may be called from any thread that calls the library.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct AftersalesCredentialStoreCallbacks {
    /// Looks `key` up: on a hit, hands the value to `aftersales_store_reply_set(reply, ...)` and returns
    /// 0; returns 1 when there is none, anything else on a failure.
    pub get: Option<unsafe extern "C" fn(user_data: *mut c_void, key: *const c_char, reply: *mut StoreReply) -> i32>,
    /// Stores `length` bytes of `value` under `key`, replacing what was there; returns 0 on success.
    pub put: Option<
        unsafe extern "C" fn(user_data: *mut c_void, key: *const c_char, value: *const c_char, length: usize) -> i32,
    >,
    /// Takes the lock of `key`, waiting at most `timeout_ms`: returns 0 when taken, 1 when the time ran out,
    /// anything else on a failure. A lock whose holder dies must expire by itself (e.g. Redis `SET NX PX`).
    pub lock: Option<unsafe extern "C" fn(user_data: *mut c_void, key: *const c_char, timeout_ms: u32) -> i32>,
    /// Releases the lock of `key` this process took; returns 0 on success.
    pub unlock: Option<unsafe extern "C" fn(user_data: *mut c_void, key: *const c_char) -> i32>,
}

struct CallbackStore {
    callbacks: AftersalesCredentialStoreCallbacks,
    user_data: UserData,
}

/// The host's `user_data`, handed back as it was given.
#[derive(Clone, Copy)]
struct UserData(*mut c_void);

// SAFETY: never dereferenced here; the host promised its callbacks may run on any thread with it.
unsafe impl Send for UserData {}
// SAFETY: as above.
unsafe impl Sync for UserData {}

fn failed(operation: &str, status: i32) -> Error {
    Error::new(
        ErrorCode::TransportFailed,
        format!("the host's credential store failed to {operation} (status {status})"),
    )
}

fn key_text(key: &str) -> Result<CString, Error> {
    CString::new(key).map_err(|_| Error::new(ErrorCode::InternalError, "a store key held a NUL byte"))
}

impl StoreBackend for CallbackStore {
    fn get(&self, key: &str) -> Result<Option<Vec<u8>>, Error> {
        let get = self.callbacks.get.ok_or_else(|| failed("look up (no get callback)", -1))?;
        let key = key_text(key)?;
        let mut reply = StoreReply(None);
        // SAFETY: the host registered `get` for this `user_data`; `key` and `reply` outlive the call.
        match unsafe { get(self.user_data.0, key.as_ptr(), &mut reply) } {
            0 => Ok(reply.0),
            1 => Ok(None),
            status => Err(failed("look up", status)),
        }
    }

    fn put(&self, key: &str, value: &[u8]) -> Result<(), Error> {
        let put = self.callbacks.put.ok_or_else(|| failed("store (no put callback)", -1))?;
        let key = key_text(key)?;
        // SAFETY: as for `get`; `value` is valid for `value.len()` bytes during the call.
        match unsafe { put(self.user_data.0, key.as_ptr(), value.as_ptr().cast(), value.len()) } {
            0 => Ok(()),
            status => Err(failed("store", status)),
        }
    }

    fn lock(&self, key: &str, timeout: Duration) -> Result<StoreLock, Error> {
        let (Some(lock), Some(unlock)) = (self.callbacks.lock, self.callbacks.unlock) else {
            return Err(failed("lock (no lock or unlock callback)", -1));
        };
        let key = key_text(key)?;
        let timeout_ms = u32::try_from(timeout.as_millis()).unwrap_or(u32::MAX);
        // SAFETY: as for `get`.
        match unsafe { lock(self.user_data.0, key.as_ptr(), timeout_ms) } {
            0 => {
                let user_data = self.user_data;
                Ok(StoreLock::new(move || {
                    let user_data = user_data;
                    // SAFETY: as for `get`; a failed unlock is left to the lock's own expiry.
                    let _ = unsafe { unlock(user_data.0, key.as_ptr()) };
                }))
            }
            1 => Err(Error::new(
                ErrorCode::Timeout,
                format!("the host's credential store lock stayed taken for more than {:.1} s", timeout.as_secs_f64()),
            )),
            status => Err(failed("lock", status)),
        }
    }
}

/// Registers a credential store the host provides, under `name`, for the whole process: clients created
/// afterwards with `"credential_store": "callbacks:NAME"` in their config share their Zhibang session or
/// eshouhou token through it, so processes on several machines log in once between them. Registering a
/// name again replaces the store for clients created afterwards.
///
/// `callbacks` is copied; `user_data` is handed to every callback. Returns 0, or -1 when `name` or
/// `callbacks` is NULL, `name` is not UTF-8, or a callback is missing.
///
/// Pointers: `name` is NULL or NUL-terminated; `callbacks` is NULL or valid for reading; its functions may be
/// called from any thread with `user_data` for as long as the process runs.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_credential_store_register(
    name: *const c_char,
    callbacks: *const AftersalesCredentialStoreCallbacks,
    user_data: *mut c_void,
) -> i32 {
    // SAFETY: forwarded from the caller.
    let Ok(name) = (unsafe { required_str(name, "name") }) else { return -1 };
    // SAFETY: the caller guarantees `callbacks` is NULL or readable; it is copied here.
    let Some(callbacks) = (unsafe { callbacks.as_ref() }).copied() else { return -1 };
    let complete =
        callbacks.get.is_some() && callbacks.put.is_some() && callbacks.lock.is_some() && callbacks.unlock.is_some();
    if !complete {
        return -1;
    }
    store::register(name, Arc::new(CallbackStore { callbacks, user_data: UserData(user_data) }));
    0
}

/// Hands the value a `get` callback found to the library, which copies `length` bytes of `value`. Call
/// it only from within that `get` callback, with the `reply` it was given.
///
/// Pointers: `reply` is the pointer the `get` callback received; `value` is valid for `length` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_store_reply_set(reply: *mut StoreReply, value: *const c_char, length: usize) {
    // SAFETY: the caller passes the reply of the running `get` callback.
    let Some(reply) = (unsafe { reply.as_mut() }) else { return };
    if value.is_null() {
        return;
    }
    // SAFETY: the caller guarantees `value` is valid for `length` bytes.
    reply.0 = Some(unsafe { std::slice::from_raw_parts(value.cast::<u8>(), length) }.to_vec());
}
