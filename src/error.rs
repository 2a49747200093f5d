//! Errors as values: one closed set of stable codes shared by every provider and every language.
//!
//! A code never changes meaning or spelling once released; bindings map them to exception classes by
//! [`ErrorFamily`], so a new code only needs a family to be handled everywhere.

use std::fmt;

use serde::Serialize;

/// Which broad kind of failure an [`ErrorCode`] belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorFamily {
    /// The caller's input was refused before anything was sent.
    Input,
    /// The vendor refused the credentials, token or session.
    Auth,
    /// The request did not complete at the HTTP level.
    Transport,
    /// The vendor answered and said no.
    Vendor,
    /// The vendor answered something that is not the documented shape.
    Decode,
    /// A bug in this library (a caught panic).
    Internal,
}

macro_rules! error_codes {
    ($($(#[doc = $doc:literal])* $variant:ident = $number:literal => $name:literal, $family:ident, $retryable:literal;)+) => {
        /// The closed set of error codes. The `snake_case` name is the stable, public spelling.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ErrorCode {
            $($(#[doc = $doc])* $variant,)+
        }

        impl ErrorCode {
            /// Every code, in documentation order.
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant),+];

            /// The stable public name, e.g. `"missing_parameter"`.
            pub const fn as_str(self) -> &'static str {
                match self { $(ErrorCode::$variant => $name,)+ }
            }

            /// The code's stable number: `AFTERSALES_ERROR_<CODE>` in C, `ErrorCode` in Python,
            /// `AfterSalesErrorCode` in .NET (0 there means a code the caller does not know).
            pub const fn number(self) -> u32 {
                match self { $(ErrorCode::$variant => $number,)+ }
            }

            /// The code of a stable name, e.g. `"missing_parameter"`.
            pub fn from_name(name: &str) -> Option<ErrorCode> {
                match name { $($name => Some(ErrorCode::$variant),)+ _ => None }
            }

            /// The family the code belongs to.
            pub const fn family(self) -> ErrorFamily {
                match self { $(ErrorCode::$variant => ErrorFamily::$family,)+ }
            }

            /// Whether the same call may succeed if simply made again later.
            pub const fn retryable(self) -> bool {
                match self { $(ErrorCode::$variant => $retryable,)+ }
            }

            /// One line describing when the code is returned (used in the header and README).
            pub const fn description(self) -> &'static str {
                match self { $(ErrorCode::$variant => concat!($($doc),+).trim_ascii_start(),)+ }
            }
        }
    };
}

// Numbers are part of the C ABI and of both bindings: a code keeps its number for ever, a new code takes
// the next unused one wherever it is listed (the order here is the documentation's), and no number is
// reused. `numbers_are_append_only` holds the released assignments.
error_codes! {
    /// A required pointer argument (client, endpoint name, cursor) was NULL.
    NullArgument = 1 => "null_argument", Input, false;
    /// A string argument was not valid UTF-8.
    InvalidUtf8 = 2 => "invalid_utf8", Input, false;
    /// A JSON argument did not parse, or was not a JSON object.
    InvalidJson = 3 => "invalid_json", Input, false;
    /// The endpoint name is not in the catalogue of this provider.
    UnknownEndpoint = 4 => "unknown_endpoint", Input, false;
    /// A parameter or config key is not one the endpoint (or client) knows; `parameter` names it.
    UnknownParameter = 5 => "unknown_parameter", Input, false;
    /// A required parameter or config key is absent or empty; `parameter` names it.
    MissingParameter = 6 => "missing_parameter", Input, false;
    /// A parameter has the wrong JSON type, format or value; `parameter` names it.
    InvalidParameter = 7 => "invalid_parameter", Input, false;
    /// A text parameter is longer than the vendor's documented limit (in characters).
    ValueTooLong = 8 => "value_too_long", Input, false;
    /// The vendor rejected the app id / secret or the user name / password. Never retried; `captcha_url`
    /// is set when the server will want a captcha at the next login.
    CredentialsRejected = 9 => "credentials_rejected", Auth, false;
    /// Zhibang wants a captcha after repeated failed logins; `captcha_url` points at the image.
    CaptchaRequired = 10 => "captcha_required", Auth, false;
    /// Zhibang reports the account as frozen or invalid.
    AccountDisabled = 11 => "account_disabled", Auth, false;
    /// The eshouhou token was rejected even after it was renewed once.
    TokenExpired = 12 => "token_expired", Auth, true;
    /// The Zhibang session ended and a new login plus one retry did not help.
    SessionExpired = 13 => "session_expired", Auth, true;
    /// Another login of the same Zhibang account ended this session, again after one re-login.
    SessionKicked = 14 => "session_kicked", Auth, true;
    /// The server could not be reached (DNS, refused, reset before an answer).
    ConnectFailed = 15 => "connect_failed", Transport, true;
    /// The request or the connection timed out.
    Timeout = 16 => "timeout", Transport, true;
    /// The TLS handshake or certificate check failed.
    TlsFailed = 17 => "tls_failed", Transport, false;
    /// The server answered with a non-2xx HTTP status other than those of `server_unavailable`;
    /// `http_status` holds it.
    HttpStatus = 18 => "http_status", Transport, false;
    /// The server answered HTTP 408, 429, 502, 503 or 504 (busy, or a gateway could not reach it) on every
    /// attempt the call's deadline allowed; `http_status` holds the last status.
    ServerUnavailable = 19 => "server_unavailable", Transport, true;
    /// Any other HTTP-level failure (e.g. a connection reset during a read).
    TransportFailed = 20 => "transport_failed", Transport, true;
    /// The answer was larger than the config's `max_response_bytes` (counted after decompression); the
    /// connection was dropped without reading the rest.
    ResponseTooLarge = 21 => "response_too_large", Transport, false;
    /// The server redirected to another origin (or to plain `http`, or a POST through a 301/302), which is
    /// never followed: the request carries a credential. The message names the target's origin only.
    RedirectRefused = 22 => "redirect_refused", Transport, false;
    /// The caller cancelled the call with its cancel token (a write that may have left is
    /// `outcome_unknown` instead).
    Cancelled = 23 => "cancelled", Transport, false;
    /// A write (or another call that is not safe to repeat) may have reached the server, but no decisive
    /// answer came back (timeout or reset after sending, 5xx, truncated or undecodable answer). Do not
    /// simply repeat it: read the record back first.
    OutcomeUnknown = 24 => "outcome_unknown", Transport, false;
    /// The vendor answered with a non-zero result code or status; `vendor_code`/`vendor_message` keep it.
    VendorError = 25 => "vendor_error", Vendor, false;
    /// Zhibang answered in prose that it did not do it (e.g. 不能保存); `vendor_message` keeps the text.
    VendorRejected = 26 => "vendor_rejected", Vendor, false;
    /// The answer was not JSON or not the documented shape.
    InvalidResponse = 27 => "invalid_response", Decode, false;
    /// A bug in the library was caught at the boundary; the client stays usable.
    InternalError = 28 => "internal_error", Internal, false;
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// A failed call: a stable code, a readable message and whatever the vendor said.
///
/// Messages are written by this library and never contain a secret; vendor texts are passed through
/// [`Error::redact`] by the clients before they leave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    code: ErrorCode,
    message: String,
    /// Boxed so that `Result<T, Error>` stays small on the success path.
    details: Box<Details>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Details {
    parameter: Option<String>,
    http_status: Option<u16>,
    vendor_code: Option<String>,
    vendor_message: Option<String>,
    captcha_url: Option<String>,
    /// For a cursor's page: whether the walk is over (a non-retryable failure ends it).
    walk_done: Option<bool>,
    /// The id of the call that failed, when it got as far as sending.
    request_id: Option<String>,
}

impl Error {
    /// An error with a code and a message and nothing else.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Error {
        Error { code, message: message.into(), details: Box::default() }
    }

    /// An input error about one named parameter.
    pub fn parameter(code: ErrorCode, parameter: &str, message: impl Into<String>) -> Error {
        Error::new(code, message).with_parameter(parameter)
    }

    /// An answer that is not the documented shape.
    pub fn invalid_response(message: impl Into<String>) -> Error {
        Error::new(ErrorCode::InvalidResponse, message)
    }

    pub fn with_message(mut self, message: impl Into<String>) -> Error {
        self.message = message.into();
        self
    }

    /// Names the parameter at fault (capped, as it may be the caller's own mistyped name).
    pub fn with_parameter(mut self, parameter: &str) -> Error {
        self.details.parameter = Some(crate::excerpt::echo(parameter).into_owned());
        self
    }

    pub fn with_http_status(mut self, status: u16) -> Error {
        self.details.http_status = Some(status);
        self
    }

    pub fn with_vendor(mut self, code: Option<String>, message: impl Into<String>) -> Error {
        self.details.vendor_code = code;
        self.details.vendor_message = Some(message.into());
        self
    }

    pub fn with_captcha_url(mut self, url: impl Into<String>) -> Error {
        self.details.captcha_url = Some(url.into());
        self
    }

    /// Marks the error as a cursor page's, saying whether the walk is over.
    pub fn with_walk_done(mut self, done: bool) -> Error {
        self.details.walk_done = Some(done);
        self
    }

    /// Marks the error with the id of its call, in a field and at the end of its message, so a support
    /// team can find the call's log events from any error a user pastes.
    pub fn with_request_id(mut self, request_id: &str) -> Error {
        if self.details.request_id.is_none() {
            self.message = format!("{} (request {request_id})", self.message);
            self.details.request_id = Some(request_id.to_owned());
        }
        self
    }

    pub fn request_id(&self) -> Option<&str> {
        self.details.request_id.as_deref()
    }

    pub fn code(&self) -> ErrorCode {
        self.code
    }

    pub fn message(&self) -> &str {
        &self.message
    }

    pub fn parameter_name(&self) -> Option<&str> {
        self.details.parameter.as_deref()
    }

    pub fn http_status(&self) -> Option<u16> {
        self.details.http_status
    }

    pub fn vendor_code(&self) -> Option<&str> {
        self.details.vendor_code.as_deref()
    }

    pub fn vendor_message(&self) -> Option<&str> {
        self.details.vendor_message.as_deref()
    }

    pub fn captcha_url(&self) -> Option<&str> {
        self.details.captcha_url.as_deref()
    }

    /// For a cursor's page: whether the walk is over.
    pub fn walk_done(&self) -> Option<bool> {
        self.details.walk_done
    }

    /// Whether making the same call again later may succeed: a property of the code alone, so the
    /// documented table is the whole truth.
    pub fn retryable(&self) -> bool {
        self.code.retryable()
    }

    /// Replaces every occurrence of each secret, in every form it may have travelled in (see
    /// [`crate::redact::forms`]), in the texts that may have come from a vendor or a transport library,
    /// so an echoed token or password never reaches a caller.
    pub fn redact(mut self, secrets: &[&str]) -> Error {
        let forms: Vec<String> = secrets.iter().flat_map(|secret| crate::redact::forms(secret)).collect();
        if forms.is_empty() {
            return self;
        }
        crate::redact::scrub(&mut self.message, &forms);
        let details = &mut self.details;
        for text in
            [&mut details.vendor_message, &mut details.captcha_url, &mut details.parameter].into_iter().flatten()
        {
            crate::redact::scrub(text, &forms);
        }
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_names_are_unique_snake_case() {
        let mut seen = std::collections::HashSet::new();
        for code in ErrorCode::ALL {
            let name = code.as_str();
            assert!(seen.insert(name), "duplicate code {name}");
            assert!(name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'), "{name}");
            assert!(!code.description().is_empty() && !code.description().starts_with(" "), "{name}");
        }
    }

    /// The codes in number order, as released: append new codes here, never change or reorder this list.
    const RELEASED: &str = "null_argument invalid_utf8 invalid_json unknown_endpoint unknown_parameter \
        missing_parameter invalid_parameter value_too_long credentials_rejected captcha_required account_disabled \
        token_expired session_expired session_kicked connect_failed timeout tls_failed http_status \
        server_unavailable transport_failed response_too_large redirect_refused cancelled outcome_unknown \
        vendor_error vendor_rejected invalid_response internal_error";

    #[test]
    fn numbers_are_append_only() {
        for (index, name) in RELEASED.split_whitespace().enumerate() {
            let code = ErrorCode::from_name(name).unwrap_or_else(|| panic!("released code {name} is gone"));
            assert_eq!(code.number() as usize, index + 1, "{name} changed its number");
        }
        let mut numbers: Vec<u32> = ErrorCode::ALL.iter().map(|code| code.number()).collect();
        numbers.sort_unstable();
        let expected: Vec<u32> = (1..=ErrorCode::ALL.len() as u32).collect();
        assert_eq!(numbers, expected, "numbers are unique, from 1 (0 is the unknown code), without gaps");
    }

    #[test]
    fn names_find_their_codes() {
        for &code in ErrorCode::ALL {
            assert_eq!(ErrorCode::from_name(code.as_str()), Some(code));
        }
        assert_eq!(ErrorCode::from_name("no_such_code"), None);
    }

    #[test]
    fn retryable_is_the_codes_whatever_the_status() {
        let server_error = Error::new(ErrorCode::HttpStatus, "x").with_http_status(500);
        let busy = Error::new(ErrorCode::ServerUnavailable, "x").with_http_status(503);
        assert!(!server_error.retryable(), "the README table says http_status is not retryable");
        assert!(busy.retryable());
        assert!(!Error::new(ErrorCode::OutcomeUnknown, "x").retryable());
    }

    #[test]
    fn redact_scrubs_message_and_vendor_text() {
        let error = Error::new(ErrorCode::VendorError, "token abcd1234 refused")
            .with_vendor(None, "bad session abcd1234")
            .redact(&["abcd1234", ""]);
        assert_eq!(error.message(), "token *** refused");
        assert_eq!(error.vendor_message(), Some("bad session ***"));
    }
}
