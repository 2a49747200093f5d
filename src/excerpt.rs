//! Short, readable excerpts of unexpected answer bodies for error messages. IIS and ASP answer errors
//! with HTML pages; their text ("服务程序发生错误 …") is what a reader needs, not the markup.

/// The first `limit` characters of a body's text, tags removed and white space collapsed.
pub fn excerpt(body: &[u8], limit: usize) -> String {
    let text = String::from_utf8_lossy(body);
    let text = text.trim_start();
    let plain = if text.starts_with('<') { strip_tags(text) } else { text.to_owned() };
    let mut words = plain.split_whitespace();
    let mut collapsed = words.next().unwrap_or_default().to_owned();
    for word in words {
        collapsed.push(' ');
        collapsed.push_str(word);
    }
    collapsed.chars().take(limit).collect()
}

/// The longest echo of a caller's own input (a name, a value) in a message: enough to recognise it, never
/// enough to turn a 10 MB mistake into a 100 MB envelope.
const ECHO_CHARS: usize = 64;

/// `text` as a message may quote it: at most 64 characters, with `…` when cut.
pub fn echo(text: &str) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(ECHO_CHARS) {
        None => std::borrow::Cow::Borrowed(text),
        Some((cut, _)) => std::borrow::Cow::Owned(format!("{}…", &text[..cut])),
    }
}

fn strip_tags(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for character in html.chars() {
        match character {
            '<' => {
                in_tag = true;
                text.push(' ');
            }
            '>' => in_tag = false,
            character if !in_tag => text.push(character),
            _ => {}
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::excerpt;

    #[test]
    fn html_pages_become_their_text() {
        let page = "<!DOCTYPE html>\r\n<html><head><title>500 - 内部服务器错误。</title></head>\
                    <body><h2>服务程序发生错误</h2></body></html>";
        assert_eq!(excerpt(page.as_bytes(), 200), "500 - 内部服务器错误。 服务程序发生错误");
        assert_eq!(excerpt(b"  plain\n text  ", 200), "plain text");
        assert_eq!(excerpt("一二三四".as_bytes(), 2), "一二");
    }

    #[test]
    fn echoes_are_capped() {
        assert_eq!(super::echo("short"), "short");
        let long = "名".repeat(10_000);
        let echoed = super::echo(&long);
        assert_eq!(echoed.chars().count(), 65);
        assert!(echoed.ends_with('…'));
    }
}
