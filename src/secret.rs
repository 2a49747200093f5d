//! A string that must never be printed: app secrets, passwords, tokens and session values.

use std::fmt;

/// Holds a secret; `Debug` prints `***` so a config or client can be logged safely.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }

    /// The value itself, for the one place that must send it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

#[cfg(test)]
mod tests {
    use super::Secret;

    #[test]
    fn debug_hides_the_value() {
        let secret = Secret::new("hunter22");
        assert_eq!(format!("{secret:?}"), "***");
        assert_eq!(secret.expose(), "hunter22");
    }
}
