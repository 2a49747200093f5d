//! Parsing vendor bodies that are almost JSON.
//!
//! Zhibang's classic ASP pages write text values with raw control characters (vendor reference §10), which
//! strict JSON forbids inside strings. Such a body is repaired before parsing: tabs, newlines and carriage
//! returns inside strings are escaped and kept, every other control character is dropped. Well-formed
//! bodies take the fast path and are parsed once.

use std::fmt::Write;

use serde::de::DeserializeOwned;

use crate::error::Error;
use crate::excerpt::excerpt;

/// Parses a body as JSON into `T`, tolerating a UTF-8 byte order mark, raw control characters inside
/// strings and invalid UTF-8 sequences.
pub fn parse<T: DeserializeOwned>(body: &[u8]) -> Result<T, Error> {
    let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    match serde_json::from_slice(body) {
        Ok(value) => Ok(value),
        Err(shape_error) if shape_error.is_data() => {
            Err(Error::invalid_response(format!("the answer is JSON but not the documented shape ({shape_error})")))
        }
        Err(strict_error) => {
            let text = String::from_utf8_lossy(body);
            if text.trim().is_empty() {
                return Err(Error::invalid_response("the answer was empty"));
            }
            serde_json::from_str(&repair_control_characters(&text)).map_err(|_| {
                Error::invalid_response(format!("the answer is not JSON ({strict_error})"))
                    .with_vendor(None, excerpt(body, 200))
            })
        }
    }
}

fn repair_control_characters(text: &str) -> String {
    let mut repaired = String::with_capacity(text.len() + 16);
    let mut in_string = false;
    let mut after_backslash = false;
    for character in text.chars() {
        if !in_string {
            in_string = character == '"';
            if !character.is_control() || character.is_ascii_whitespace() {
                repaired.push(character);
            }
            continue;
        }
        if after_backslash {
            after_backslash = false;
            repaired.push(character);
            continue;
        }
        match character {
            '\\' => {
                after_backslash = true;
                repaired.push(character);
            }
            '"' => {
                in_string = false;
                repaired.push(character);
            }
            '\n' | '\r' | '\t' => {
                let _ = write!(repaired, "\\u{:04x}", u32::from(character));
            }
            character if u32::from(character) < 0x20 => {}
            character => repaired.push(character),
        }
    }
    repaired
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;

    fn value(body: &[u8]) -> Result<Value, Error> {
        parse(body)
    }
    use crate::error::ErrorCode;

    #[test]
    fn strict_json_parses_directly() {
        assert_eq!(value(br#"{"a": [1, "x"]}"#).ok(), Some(json!({"a": [1, "x"]})));
    }

    #[test]
    fn raw_control_characters_inside_strings_are_repaired() {
        let body = "{\"text\": \"第一行\n第二行\u{1}\", \"escaped\": \"a\\\"\u{2}b\"}\n";
        assert_eq!(value(body.as_bytes()).ok(), Some(json!({"text": "第一行\n第二行", "escaped": "a\"b"})));
    }

    #[test]
    fn bom_is_skipped() {
        assert_eq!(value(b"\xEF\xBB\xBF{\"ok\": 1}").ok(), Some(json!({"ok": 1})));
    }

    #[test]
    fn garbage_is_invalid_response_with_an_excerpt() {
        let error = value("<html>抱歉，您访问的页面出问题了</html>".as_bytes()).expect_err("not json");
        assert_eq!(error.code(), ErrorCode::InvalidResponse);
        assert!(error.vendor_message().is_some_and(|text| text.contains("抱歉")));
        assert_eq!(value(b"").expect_err("empty").code(), ErrorCode::InvalidResponse);
    }

    #[test]
    fn well_formed_json_of_another_shape_is_named_as_such() {
        let error = parse::<Vec<u8>>(br#"{"a": 1}"#).expect_err("an object is not a list");
        assert_eq!(error.code(), ErrorCode::InvalidResponse);
        assert!(error.message().contains("not the documented shape"), "{}", error.message());
    }
}
