//! Every form a credential may take on its way back to us. A server that echoes a request in an error
//! page shows the token the way it travelled (percent-encoded in a query, form-encoded, JSON-escaped in a
//! body, HTML-escaped in a page), so blanking only the raw value is not enough.

use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};

/// Secrets shorter than this are not scrubbed: blanking every "ab" in a message would garble it, and no
/// credential the vendors issue is that short.
const SHORTEST_SECRET: usize = 4;

/// The distinct spellings of `secret` to blank: raw, percent-encoded (upper- and lower-case hex, strict
/// and query-style), form-encoded, JSON-escaped (plain and ASCII-only) and HTML-escaped.
pub fn forms(secret: &str) -> Vec<String> {
    if secret.chars().count() < SHORTEST_SECRET {
        return Vec::new();
    }
    let strict = utf8_percent_encode(secret, NON_ALPHANUMERIC).to_string();
    let query = utf8_percent_encode(secret, QUERY_VALUE).to_string();
    let form: String = form_urlencoded::byte_serialize(secret.as_bytes()).collect();
    let json = serde_json::to_string(secret).unwrap_or_default();
    let json = json.trim_matches('"').to_owned();
    let mut forms = vec![
        secret.to_owned(),
        lower_hex(&strict),
        lower_hex(&query),
        lower_hex(&form),
        strict,
        query,
        form,
        ascii_json(secret),
        json,
        html_escape::encode_text(secret).into_owned(),
        html_escape::encode_double_quoted_attribute(secret).into_owned(),
        html_escape::encode_single_quoted_attribute(secret).into_owned(),
    ];
    // Longest first, so a form that contains another is blanked whole.
    forms.sort_by_key(|form| std::cmp::Reverse(form.len()));
    forms.dedup();
    forms
}

/// What a URL query value leaves alone (RFC 3986 unreserved characters), as most HTTP stacks encode it.
const QUERY_VALUE: &percent_encoding::AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

fn lower_hex(encoded: &str) -> String {
    let mut lowered = String::with_capacity(encoded.len());
    let mut hex_left = 0;
    for character in encoded.chars() {
        if character == '%' {
            hex_left = 2;
            lowered.push(character);
        } else if hex_left > 0 {
            hex_left -= 1;
            lowered.push(character.to_ascii_lowercase());
        } else {
            lowered.push(character);
        }
    }
    lowered
}

/// JSON with every non-ASCII character as `\uXXXX`, as Python's `json.dumps` and many servers write it.
fn ascii_json(secret: &str) -> String {
    let mut escaped = String::with_capacity(secret.len());
    for character in secret.chars() {
        match character {
            '"' => escaped.push_str("\\\""),
            '\\' => escaped.push_str("\\\\"),
            '/' => escaped.push('/'),
            ' '..='~' => escaped.push(character),
            other => {
                let mut units = [0u16; 2];
                for unit in other.encode_utf16(&mut units) {
                    escaped.push_str(&format!("\\u{unit:04x}"));
                }
            }
        }
    }
    escaped
}

/// `text` with every form of every secret replaced by `***`.
pub fn scrub(text: &mut String, forms: &[String]) {
    for form in forms {
        if text.contains(form.as_str()) {
            *text = text.replace(form.as_str(), "***");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_travelled_form_is_blanked() {
        let secret = "TOK+EN/密 \"x\"<y>==";
        let forms = forms(secret);
        for echoed in [
            "access_token=TOK%2BEN%2F%E5%AF%86%20%22x%22%3Cy%3E%3D%3D&x=1".to_owned(),
            "access_token=TOK%2bEN%2f%e5%af%86%20%22x%22%3cy%3e%3d%3d".to_owned(),
            "password=TOK%2BEN%2F%E5%AF%86+%22x%22%3Cy%3E%3D%3D".to_owned(),
            r#"{"session": "TOK+EN/密 \"x\"<y>=="}"#.to_owned(),
            r#"{"session": "TOK+EN/\u5bc6 \"x\"<y>=="}"#.to_owned(),
            "<td>TOK+EN/密 &quot;x&quot;&lt;y&gt;==</td>".to_owned(),
            "<td>TOK+EN/密 \"x\"&lt;y&gt;==</td>".to_owned(),
        ] {
            let mut text = echoed.clone();
            scrub(&mut text, &forms);
            assert!(text.contains("***"), "{echoed} -> {text}");
            for part in ["TOK", "tok%", "EN%2F", "en%2f", "3D%3D", "3d%3d", "=="] {
                assert!(!text.contains(part), "{echoed} -> {text}");
            }
        }
    }

    #[test]
    fn short_values_are_left_alone() {
        assert!(forms("abc").is_empty());
        assert_eq!(forms("abcd"), vec!["abcd".to_owned()]);
    }
}
