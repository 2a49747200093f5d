//! Answer bodies as UTF-8 whatever they were sent in. Old IIS/ASP Zhibang installations answer in GBK
//! whatever their documents say, sometimes with a `charset` in `Content-Type` and sometimes without.

use std::borrow::Cow;

use encoding_rs::{Encoding, GB18030, UTF_8};

/// `body` in UTF-8: decoded by the `charset` that `content_type` names, else kept when it is valid UTF-8,
/// else decoded as GB18030 (a superset of GBK and GB2312, the only other encoding these servers use).
pub fn to_utf8<'a>(content_type: Option<&str>, body: &'a [u8]) -> Cow<'a, [u8]> {
    let named = content_type.and_then(charset_of).and_then(|label| Encoding::for_label(label.as_bytes()));
    let encoding = match named {
        Some(encoding) if encoding != UTF_8 => encoding,
        // A body labelled UTF-8 that is not is left for the JSON reader's lenient path, as before.
        Some(_) => return Cow::Borrowed(body),
        None if std::str::from_utf8(body).is_ok() => return Cow::Borrowed(body),
        None => GB18030,
    };
    match encoding.decode_without_bom_handling(body).0 {
        Cow::Borrowed(text) => Cow::Borrowed(text.as_bytes()),
        Cow::Owned(text) => Cow::Owned(text.into_bytes()),
    }
}

/// The `charset` parameter of a `Content-Type` value, unquoted.
fn charset_of(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|parameter| {
        let (name, value) = parameter.split_once('=')?;
        name.trim().eq_ignore_ascii_case("charset").then(|| value.trim().trim_matches('"'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gbk(text: &str) -> Vec<u8> {
        encoding_rs::GBK.encode(text).0.into_owned()
    }

    #[test]
    fn a_named_charset_is_honoured() {
        let body = gbk("处理结果无效，不能保存！");
        for content_type in
            ["text/html; charset=gbk", "text/html;charset=GB2312", "application/json; charset=\"GB18030\""]
        {
            assert_eq!(
                to_utf8(Some(content_type), &body).as_ref(),
                "处理结果无效，不能保存！".as_bytes(),
                "{content_type}"
            );
        }
    }

    #[test]
    fn unlabelled_bodies_are_utf8_when_valid_else_gb18030() {
        let utf8 = "保存成功！".as_bytes();
        assert!(matches!(to_utf8(Some("text/html"), utf8), Cow::Borrowed(_)));
        assert_eq!(to_utf8(None, &gbk("保存成功！")).as_ref(), utf8);
        assert_eq!(to_utf8(Some("text/html; charset=utf-8"), utf8).as_ref(), utf8);
    }
}
