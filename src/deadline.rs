//! The bound on a whole call: every attempt, back-off, token renewal and re-login it makes fits inside
//! one deadline, so no server, however slow or silent, can hold a caller longer than it allowed.

use std::time::{Duration, Instant};

/// When a call started and when it must be over.
#[derive(Clone, Copy, Debug)]
pub struct Deadline {
    started: Instant,
    ends: Instant,
}

impl Deadline {
    /// A deadline `limit` from now.
    pub fn after(limit: Duration) -> Deadline {
        let started = Instant::now();
        Deadline { started, ends: started.checked_add(limit).unwrap_or(started + Duration::from_secs(86_400)) }
    }

    /// The time left (zero once passed).
    pub fn remaining(&self) -> Duration {
        self.ends.saturating_duration_since(Instant::now())
    }

    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    pub fn started(&self) -> Instant {
        self.started
    }

    /// The whole allowance, for messages.
    pub fn limit(&self) -> Duration {
        self.ends.saturating_duration_since(self.started)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remaining_shrinks_to_zero_and_never_below() {
        let deadline = Deadline::after(Duration::from_millis(20));
        assert!(deadline.remaining() <= Duration::from_millis(20));
        std::thread::sleep(Duration::from_millis(30));
        assert_eq!(deadline.remaining(), Duration::ZERO);
        assert!(deadline.elapsed() >= Duration::from_millis(30));
        assert_eq!(deadline.limit(), Duration::from_millis(20));
    }
}
