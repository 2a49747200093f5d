//! One cached credential per client (eshouhou token, Zhibang session), obtained by one thread at a time.
//!
//! Obtaining happens while the lock is held, so concurrent callers wait for the single login instead of
//! starting their own: on Zhibang a second login would end the first session (single login per account).
//! Each credential carries a generation; a caller whose credential was refused asks for renewal *of that
//! generation*, so when eight threads see the same refusal only the first one logs in again and the others
//! pick up its result.

use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

use crate::error::{Error, ErrorCode};

/// A freshly obtained credential and the HTTP requests it took.
pub struct Obtained<T> {
    pub credential: T,
    pub requests: u32,
    /// After this instant the credential is renewed before use (None: until refused).
    pub renew_at: Option<Instant>,
    /// The generation a shared credential store gave it (None: the next one of this client).
    pub generation: Option<u64>,
}

/// A credential handed to one call.
#[derive(Clone, Debug)]
pub struct Lease<T> {
    pub credential: T,
    pub generation: u64,
    /// HTTP requests made to obtain it during this call (0 when it came from the cache).
    pub requests: u32,
}

/// Whether a refused login is remembered so later calls fail fast instead of trying again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusals {
    /// Remember: Zhibang asks for a captcha after 3 failed logins, so a wrong password must not be
    /// retried by every call. A new explicit login clears it.
    Remember,
    /// Forget: the next call tries again (eshouhou has no lock-out).
    Forget,
}

/// The outcome of one attempt of a call with a credential.
pub enum Attempt<V> {
    Done(V),
    /// The vendor refused the credential; the error is what the caller gets if a renewed one is refused too.
    Refused(Error),
}

/// An attempt's outcome with `secret` (the credential it sent) scrubbed from any error, refused or failed:
/// by the time the caller sees the error, a renewal may have replaced that credential in the cache.
pub fn redact_attempt<V>(outcome: Result<(Attempt<V>, u32), Error>, secret: &str) -> Result<(Attempt<V>, u32), Error> {
    match outcome {
        Ok((Attempt::Refused(error), requests)) => Ok((Attempt::Refused(error.redact(&[secret])), requests)),
        Err(error) => Err(error.redact(&[secret])),
        done => done,
    }
}

/// A call's value and what it took.
pub struct Authorized<V> {
    pub value: V,
    /// HTTP requests, counting any obtained credential.
    pub requests: u32,
    /// Whether the credential had to be renewed after a refusal.
    pub reauthenticated: bool,
}

impl<V> Authorized<V> {
    /// Turns the value (e.g. decodes it), keeping what the call took.
    pub fn try_map<U>(self, turn: impl FnOnce(V) -> Result<U, Error>) -> Result<Authorized<U>, Error> {
        Ok(Authorized { value: turn(self.value)?, requests: self.requests, reauthenticated: self.reauthenticated })
    }
}

enum State<T> {
    Empty,
    Held { credential: T, generation: u64, renew_at: Option<Instant> },
    Refused(Error),
}

struct Slot<T> {
    state: State<T>,
    /// The generation of the most recent credential obtained.
    last_generation: u64,
}

impl<T: Clone> Slot<T> {
    /// The generation of the credential held, due for renewal or not.
    fn held_generation(&self) -> Option<u64> {
        match &self.state {
            State::Held { generation, .. } => Some(*generation),
            _ => None,
        }
    }

    /// The held credential, unless it is due for renewal.
    fn fresh_lease(&self) -> Option<Lease<T>> {
        match &self.state {
            State::Held { credential, generation, renew_at } if renew_at.is_none_or(|at| Instant::now() < at) => {
                Some(Lease { credential: credential.clone(), generation: *generation, requests: 0 })
            }
            _ => None,
        }
    }
}

pub struct CredentialCache<T> {
    slot: Mutex<Slot<T>>,
    refusals: Refusals,
}

impl<T: Clone> CredentialCache<T> {
    pub fn new(refusals: Refusals) -> CredentialCache<T> {
        CredentialCache { slot: Mutex::new(Slot { state: State::Empty, last_generation: 0 }), refusals }
    }

    fn lock(&self) -> MutexGuard<'_, Slot<T>> {
        // A panic while obtaining leaves the slot consistent (it is only replaced on success or refusal).
        self.slot.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The cached credential, or a new one when there is none or it is due for renewal.
    pub fn lease(&self, obtain: impl FnOnce(Option<u64>) -> Result<Obtained<T>, Error>) -> Result<Lease<T>, Error> {
        let mut slot = self.lock();
        if let Some(lease) = slot.fresh_lease() {
            return Ok(lease);
        }
        if let State::Refused(error) = &slot.state {
            return Err(error.clone());
        }
        let expiring = slot.held_generation();
        self.obtain_locked(&mut slot, || obtain(expiring))
    }

    /// Like [`CredentialCache::lease`], except that a remembered refusal is tried again: the caller is
    /// asking explicitly (e.g. a `login` call after fixing the account). One request at most.
    pub fn lease_retrying_refusal(
        &self,
        obtain: impl FnOnce(Option<u64>) -> Result<Obtained<T>, Error>,
    ) -> Result<Lease<T>, Error> {
        let mut slot = self.lock();
        match slot.fresh_lease() {
            Some(lease) => Ok(lease),
            None => {
                let expiring = slot.held_generation();
                self.obtain_locked(&mut slot, || obtain(expiring))
            }
        }
    }

    /// A new credential after the vendor refused generation `refused`, unless another caller already
    /// renewed it, in which case that newer credential is returned.
    pub fn renew(
        &self,
        refused: u64,
        obtain: impl FnOnce(Option<u64>) -> Result<Obtained<T>, Error>,
    ) -> Result<Lease<T>, Error> {
        let mut slot = self.lock();
        match &slot.state {
            State::Held { credential, generation, .. } if *generation != refused => {
                Ok(Lease { credential: credential.clone(), generation: *generation, requests: 0 })
            }
            State::Refused(error) => Err(error.clone()),
            _ => self.obtain_locked(&mut slot, || obtain(Some(refused))),
        }
    }

    /// Obtains a new credential whatever the state, e.g. an explicit login with a captcha answer.
    pub fn replace(&self, obtain: impl FnOnce(Option<u64>) -> Result<Obtained<T>, Error>) -> Result<Lease<T>, Error> {
        let mut slot = self.lock();
        let replaced = slot.held_generation();
        self.obtain_locked(&mut slot, || obtain(replaced))
    }

    /// Runs `attempt` (which returns its outcome and the HTTP requests it made) with the cached
    /// credential; when the vendor refuses it, renews it once and attempts once more.
    pub fn with_renewal<V>(
        &self,
        obtain: impl Fn(Option<u64>) -> Result<Obtained<T>, Error>,
        attempt: impl Fn(&T) -> Result<(Attempt<V>, u32), Error>,
    ) -> Result<Authorized<V>, Error> {
        let lease = self.lease(&obtain)?;
        let (first, attempts) = attempt(&lease.credential)?;
        let mut requests = lease.requests + attempts;
        match first {
            Attempt::Done(value) => Ok(Authorized { value, requests, reauthenticated: false }),
            Attempt::Refused(_) => {
                let renewed = self.renew(lease.generation, &obtain)?;
                let (second, attempts) = attempt(&renewed.credential)?;
                requests += renewed.requests + attempts;
                match second {
                    Attempt::Done(value) => Ok(Authorized { value, requests, reauthenticated: true }),
                    Attempt::Refused(error) => Err(error),
                }
            }
        }
    }

    /// The cached credential without obtaining one.
    pub fn current(&self) -> Option<T> {
        match &self.lock().state {
            State::Held { credential, .. } => Some(credential.clone()),
            _ => None,
        }
    }

    /// Forgets the credential (after a logout) and returns it.
    pub fn clear(&self) -> Option<T> {
        match std::mem::replace(&mut self.lock().state, State::Empty) {
            State::Held { credential, .. } => Some(credential),
            _ => None,
        }
    }

    fn obtain_locked(
        &self,
        slot: &mut Slot<T>,
        obtain: impl FnOnce() -> Result<Obtained<T>, Error>,
    ) -> Result<Lease<T>, Error> {
        match obtain() {
            Ok(obtained) => {
                let generation = obtained.generation.unwrap_or(slot.last_generation + 1);
                slot.last_generation = slot.last_generation.max(generation);
                slot.state =
                    State::Held { credential: obtained.credential.clone(), generation, renew_at: obtained.renew_at };
                Ok(Lease { credential: obtained.credential, generation, requests: obtained.requests })
            }
            Err(error) => {
                let is_refusal = matches!(
                    error.code(),
                    ErrorCode::CredentialsRejected | ErrorCode::CaptchaRequired | ErrorCode::AccountDisabled
                );
                slot.state = if is_refusal && self.refusals == Refusals::Remember {
                    State::Refused(error.clone())
                } else {
                    State::Empty
                };
                Err(error)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU32, Ordering};
    use std::time::Duration;

    use super::*;

    fn obtained(value: &str) -> Result<Obtained<String>, Error> {
        Ok(Obtained { credential: value.to_owned(), requests: 1, renew_at: None, generation: None })
    }

    #[test]
    fn cached_until_renewal_time() {
        let cache = CredentialCache::new(Refusals::Forget);
        let first = cache
            .lease(|_| {
                Ok(Obtained {
                    credential: "a".to_owned(),
                    requests: 1,
                    renew_at: Some(Instant::now()),
                    generation: None,
                })
            })
            .expect("first");
        assert_eq!(first.requests, 1);
        let second = cache.lease(|_| obtained("b")).expect("second");
        assert_eq!(second.credential, "b", "a credential past its renewal time is replaced");
        let third = cache.lease(|_| obtained("c")).expect("third");
        assert_eq!((third.credential.as_str(), third.requests), ("b", 0));
    }

    #[test]
    fn one_renewal_per_refused_generation() {
        let cache = Arc::new(CredentialCache::new(Refusals::Forget));
        let refused = cache.lease(|_| obtained("old")).expect("lease").generation;
        let renewals = Arc::new(AtomicU32::new(0));
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let (cache, renewals) = (cache.clone(), renewals.clone());
                std::thread::spawn(move || {
                    cache
                        .renew(refused, |_| {
                            renewals.fetch_add(1, Ordering::SeqCst);
                            std::thread::sleep(Duration::from_millis(20));
                            obtained("new")
                        })
                        .map(|lease| lease.credential)
                })
            })
            .collect();
        for thread in threads {
            assert_eq!(thread.join().ok().and_then(Result::ok).as_deref(), Some("new"));
        }
        assert_eq!(renewals.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn a_refused_credential_is_renewed_once() {
        let cache = CredentialCache::new(Refusals::Forget);
        let obtains = AtomicU32::new(0);
        let obtain = |_: Option<u64>| {
            let number = obtains.fetch_add(1, Ordering::SeqCst);
            obtained(&format!("token{number}"))
        };
        let done = cache
            .with_renewal(obtain, |token: &String| {
                Ok((
                    if token == "token0" {
                        Attempt::Refused(Error::new(ErrorCode::TokenExpired, "old"))
                    } else {
                        Attempt::Done(token.clone())
                    },
                    1,
                ))
            })
            .expect("renewed");
        assert_eq!((done.value.as_str(), done.requests, done.reauthenticated), ("token1", 4, true));
        let refused = cache.with_renewal(obtain, |_: &String| -> Result<(Attempt<()>, u32), Error> {
            Ok((Attempt::Refused(Error::new(ErrorCode::TokenExpired, "always")), 1))
        });
        assert_eq!(refused.err().map(|error| error.message().to_owned()).as_deref(), Some("always"));
        assert_eq!(obtains.load(Ordering::SeqCst), 3);
    }

    #[test]
    fn remembered_refusals_fail_fast_until_replaced() {
        let cache: CredentialCache<String> = CredentialCache::new(Refusals::Remember);
        let refuse = |_: Option<u64>| Err(Error::new(ErrorCode::CredentialsRejected, "wrong password"));
        assert!(cache.lease(refuse).is_err());
        let attempts = AtomicU32::new(0);
        let again = cache.lease(|_| {
            attempts.fetch_add(1, Ordering::SeqCst);
            obtained("x")
        });
        assert_eq!(again.expect_err("remembered").code(), ErrorCode::CredentialsRejected);
        assert_eq!(attempts.load(Ordering::SeqCst), 0);
        assert_eq!(cache.replace(|_| obtained("y")).expect("replaced").credential, "y");
    }

    #[test]
    fn an_explicit_retry_sends_one_attempt_per_call() {
        let cache: CredentialCache<String> = CredentialCache::new(Refusals::Remember);
        let attempts = AtomicU32::new(0);
        let refuse = |_: Option<u64>| {
            attempts.fetch_add(1, Ordering::SeqCst);
            Err(Error::new(ErrorCode::CredentialsRejected, "wrong password"))
        };
        assert!(cache.lease_retrying_refusal(refuse).is_err());
        assert!(cache.lease_retrying_refusal(refuse).is_err());
        assert_eq!(attempts.load(Ordering::SeqCst), 2, "one login per explicit call, remembered or not");
        let held = cache.lease_retrying_refusal(|_| obtained("ok")).expect("logged in");
        assert_eq!(cache.lease_retrying_refusal(|_| obtained("other")).expect("held").generation, held.generation);
    }

    #[test]
    fn an_attempts_errors_are_scrubbed_of_the_credential_it_sent() {
        let echoed = || Error::new(ErrorCode::VendorError, "会话 abc123def 无效").with_vendor(None, "abc123def");
        let refused = redact_attempt::<()>(Ok((Attempt::Refused(echoed()), 1)), "abc123def");
        let Ok((Attempt::Refused(error), 1)) = refused else { panic!("still a refusal") };
        assert_eq!((error.message(), error.vendor_message()), ("会话 *** 无效", Some("***")));
        let failed = redact_attempt::<()>(Err(echoed()), "abc123def").err().expect("still an error");
        assert!(!failed.message().contains("abc123def"));
    }

    #[test]
    fn transport_failures_are_not_remembered() {
        let cache: CredentialCache<String> = CredentialCache::new(Refusals::Remember);
        assert!(cache.lease(|_| Err(Error::new(ErrorCode::Timeout, "slow"))).is_err());
        assert_eq!(cache.lease(|_| obtained("z")).expect("retried").credential, "z");
    }
}
