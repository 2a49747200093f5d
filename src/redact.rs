//! Every form a credential may take on its way back to us. A server that echoes a request in an error
//! page shows the token the way it travelled (percent-encoded in a query, form-encoded, JSON-escaped in a
//! body, HTML-escaped in a page), so blanking only the raw value is not enough. And the page reaches us as
//! an excerpt (see [`crate::excerpt`]): markup removed, white space collapsed, cut after so many
//! characters, so each form is also blanked as the excerpt renders it, and a form cut off at the end.

use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};

/// Secrets shorter than this are not scrubbed: blanking every "ab" in a message would garble it, and no
/// credential the vendors issue is that short.
const SHORTEST_SECRET: usize = 4;

/// Forms are spelled from at most this many characters of a secret (and the whole of it as is): an
/// excerpt shows no more of one, real credentials are far shorter, and a hostile server handing out a
/// megabyte session must not make every error spell dozens of megabyte-sized forms.
const LONGEST_SPELLED: usize = 512;

/// The distinct spellings of `secret` to blank: the way it travelled (as is in a header, JSON-escaped in
/// a body, percent- or form-encoded in a query), each the way a page may echo it (as is, percent-encoded
/// strictly or query-style, form-encoded, upper- or lower-case hex, JSON-escaped plain or ASCII-only,
/// HTML-escaped); and each of those as an excerpt renders it.
pub fn forms(secret: &str) -> Vec<String> {
    if secret.chars().count() < SHORTEST_SECRET {
        return Vec::new();
    }
    let (secret, whole) = match secret.char_indices().nth(LONGEST_SPELLED) {
        Some((cut, _)) => (&secret[..cut], Some(secret.to_owned())),
        None => (secret, None),
    };
    let mut travelled = vec![
        secret.to_owned(),
        json_escaped(secret),
        ascii_json(secret),
        utf8_percent_encode(secret, QUERY_VALUE).to_string(),
        form_urlencoded::byte_serialize(secret.as_bytes()).collect(),
    ];
    travelled.dedup();
    let mut forms: Vec<String> = travelled.iter().flat_map(|form| echoed(form)).collect();
    // As an excerpt of a page shows them: a `<` in a secret starts what the excerpt takes for a tag.
    let rendered: Vec<String> = forms
        .iter()
        .flat_map(|form| [collapsed(form), collapsed(&without_tags(form))])
        .filter(|form| form.chars().count() >= SHORTEST_SECRET)
        .collect();
    forms.extend(rendered);
    forms.extend(whole);
    // Longest first, so a form that contains another is blanked whole.
    forms.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    forms.dedup();
    forms
}

/// The ways a page may write `text` when it echoes it.
fn echoed(text: &str) -> [String; 12] {
    let strict = utf8_percent_encode(text, NON_ALPHANUMERIC).to_string();
    let query = utf8_percent_encode(text, QUERY_VALUE).to_string();
    let form: String = form_urlencoded::byte_serialize(text.as_bytes()).collect();
    [
        text.to_owned(),
        lower_hex(&strict),
        lower_hex(&query),
        lower_hex(&form),
        strict,
        query,
        form,
        ascii_json(text),
        json_escaped(text),
        html_escape::encode_text(text).into_owned(),
        html_escape::encode_double_quoted_attribute(text).into_owned(),
        html_escape::encode_single_quoted_attribute(text).into_owned(),
    ]
}

/// The text inside a JSON string.
fn json_escaped(text: &str) -> String {
    let json = serde_json::to_string(text).unwrap_or_default();
    json.trim_matches('"').to_owned()
}

/// White space runs as one space, as an excerpt collapses them.
fn collapsed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text with tags removed as an excerpt of a page removes them: `<` up to `>` becomes a space (up to
/// the end when no `>` follows), a `>` on its own goes.
fn without_tags(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    let mut in_tag = false;
    for character in text.chars() {
        match character {
            '<' => {
                in_tag = true;
                plain.push(' ');
            }
            '>' => in_tag = false,
            character if !in_tag => plain.push(character),
            _ => {}
        }
    }
    plain
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

/// `text` with every form of every secret replaced by `***`, including the beginning of one that an
/// excerpt's cut left at the very end.
pub fn scrub(text: &mut String, forms: &[String]) {
    for form in forms {
        if text.contains(form.as_str()) {
            *text = text.replace(form.as_str(), "***");
        }
    }
    if let Some(start) = forms.iter().filter_map(|form| cut_at_end(text, form)).min() {
        text.truncate(start);
        text.push_str("***");
    }
}

/// Where `text` ends with the beginning of `form` (at least [`SHORTEST_SECRET`] characters of it), the
/// longest such beginning.
fn cut_at_end(text: &str, form: &str) -> Option<usize> {
    form.char_indices()
        .map(|(end, _)| end)
        .take_while(|&end| end <= text.len())
        .skip(SHORTEST_SECRET)
        .filter(|&end| text.ends_with(&form[..end]))
        .max()
        .map(|end| text.len() - end)
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
    fn forms_are_blanked_as_an_excerpt_renders_them() {
        let secret = "p@ss  w+rd/\"<x>";
        let forms = forms(secret);
        let page = format!("<html><body><p>{secret}</p><pre>{}</pre></body></html>", serde_json::json!(secret));
        let mut text = crate::excerpt::excerpt(page.as_bytes(), 200);
        assert!(text.contains("w+rd"), "the excerpt mangles the secret: {text}");
        scrub(&mut text, &forms);
        assert!(!text.contains("w+rd") && !text.contains("p@ss"), "{text}");
    }

    #[test]
    fn a_travelled_form_echoed_in_another_encoding_is_blanked() {
        let secret = "SES+SION/ab==\"<y> z";
        let forms = forms(secret);
        let body = serde_json::json!({"session": secret}).to_string();
        let query: String = form_urlencoded::byte_serialize(secret.as_bytes()).collect();
        for echoed in [
            html_escape::encode_text(&body).into_owned(),
            utf8_percent_encode(&body, NON_ALPHANUMERIC).to_string(),
            serde_json::to_string(&body).unwrap_or_default(),
            html_escape::encode_double_quoted_attribute(&query).into_owned(),
            utf8_percent_encode(&query, NON_ALPHANUMERIC).to_string(),
        ] {
            let mut text = echoed.clone();
            scrub(&mut text, &forms);
            assert!(!text.contains("SES") && text.contains("***"), "{echoed} -> {text}");
        }
    }

    #[test]
    fn a_form_cut_at_the_end_is_blanked() {
        let forms = forms("TOK+EN/abc==");
        for cut in ["error: TOK+", "error: TOK+EN/ab", "error: TOK%2BEN%2"] {
            let mut text = cut.to_owned();
            scrub(&mut text, &forms);
            assert_eq!(text, "error: ***", "{cut}");
        }
        let mut text = "error: TOK and more".to_owned();
        scrub(&mut text, &forms);
        assert_eq!(text, "error: TOK and more", "three characters are no secret, nor is one in the middle");
    }

    #[test]
    fn a_huge_secret_costs_little() {
        let secret = "S+/=".repeat(2 * 1024 * 1024);
        let forms = forms(&secret);
        assert!(forms.iter().map(String::len).sum::<usize>() < secret.len() + 64 * 1024, "{} forms", forms.len());
        let mut text = format!("echo: {}", &secret[..300]);
        scrub(&mut text, &forms);
        assert_eq!(text, "echo: ***");
        let mut text = format!("echo: {secret}");
        scrub(&mut text, &forms);
        assert_eq!(text, "echo: ***");
    }

    #[test]
    fn short_values_are_left_alone() {
        assert!(forms("abc").is_empty());
        assert_eq!(forms("abcd"), vec!["abcd".to_owned()]);
    }
}
