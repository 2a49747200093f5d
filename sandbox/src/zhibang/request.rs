//! Reading a Zhibang request (reference §3): the family-A envelope `{"session", "cmdkey", "datas"}`
//! merged with the query string, and family B's flat JSON object. Values arrive as strings or numbers
//! and are kept as text, as the vendor's PostItemClass does.

use std::collections::HashMap;

use serde_json::{Map, Value};

/// The body is not JSON (the vendor's runtime error handler answers that with status 11).
#[derive(Debug)]
pub struct Malformed;

/// One family-A page request.
pub struct PagePost {
    pub session: String,
    pub cmdkey: String,
    params: HashMap<String, String>,
}

impl PagePost {
    /// The query string counts as datas too; datas of the same id win over it. `__msgid` in the query
    /// overrides the body's `cmdkey`, as the vendor's dispatcher does.
    pub fn parse(query: Vec<(String, String)>, body: &[u8]) -> Result<PagePost, Malformed> {
        let envelope = json_object(body)?;
        let mut params: HashMap<String, String> = HashMap::new();
        let mut message_id = None;
        for (key, value) in query {
            if key.eq_ignore_ascii_case("__msgid") {
                message_id = Some(value.clone());
            }
            params.insert(key, value);
        }
        match envelope.get("datas") {
            Some(Value::Array(items)) => {
                for item in items {
                    if let Some(id) = item.get("id").map(text).filter(|id| !id.is_empty()) {
                        params.insert(id, item.get("val").map(text).unwrap_or_default());
                    }
                }
            }
            // The vendor's collections can also be serialised as objects (reference §10).
            Some(Value::Object(items)) => params.extend(items.iter().map(|(id, value)| (id.clone(), text(value)))),
            _ => {}
        }
        let cmdkey = message_id.unwrap_or_else(|| envelope.get("cmdkey").map(text).unwrap_or_default());
        Ok(PagePost { session: envelope.get("session").map(text).unwrap_or_default(), cmdkey, params })
    }

    /// A parameter, trimmed; "" when absent.
    pub fn get(&self, id: &str) -> &str {
        self.params.get(id).map_or("", |value| value.trim())
    }

    /// A parameter as given, untrimmed, for free text whose length is checked.
    pub fn raw(&self, id: &str) -> &str {
        self.params.get(id).map_or("", String::as_str)
    }

    pub fn is_refresh(&self) -> bool {
        self.cmdkey.eq_ignore_ascii_case("refresh")
    }

    pub fn is_save(&self) -> bool {
        self.cmdkey.eq_ignore_ascii_case("__sys_dosave")
    }
}

impl super::forms::Source for PagePost {
    fn value(&self, id: &str) -> &str {
        self.get(id)
    }

    fn raw(&self, id: &str) -> &str {
        PagePost::raw(self, id)
    }
}

/// A family-B body (named fields) or a family-C body's `Datas`: scalar values kept as text, lists kept
/// as they came for the pages that take lines inline.
pub struct WebPost {
    fields: HashMap<String, String>,
    object: Map<String, Value>,
}

impl WebPost {
    pub fn parse(body: &[u8]) -> Result<WebPost, Malformed> {
        Ok(WebPost::from_object(json_object(body)?))
    }

    pub fn from_object(object: Map<String, Value>) -> WebPost {
        let fields = object
            .iter()
            .filter(|(_, value)| !value.is_array())
            .map(|(key, value)| (key.clone(), text(value)))
            .collect();
        WebPost { fields, object }
    }

    pub fn get(&self, name: &str) -> &str {
        self.fields.get(name).map_or("", |value| value.trim())
    }

    /// The objects of a list field (`contractList`, `productlvw`, ...); a field that is not a list of
    /// objects is `None`.
    pub fn list(&self, name: &str) -> Option<Vec<WebPost>> {
        match self.object.get(name)? {
            Value::Array(items) => items
                .iter()
                .map(|item| match item {
                    Value::Object(object) => Some(WebPost::from_object(object.clone())),
                    _ => None,
                })
                .collect(),
            _ => None,
        }
    }
}

impl super::forms::Source for WebPost {
    fn value(&self, id: &str) -> &str {
        self.get(id)
    }

    fn raw(&self, id: &str) -> &str {
        self.fields.get(id).map_or("", String::as_str)
    }
}

fn json_object(body: &[u8]) -> Result<Map<String, Value>, Malformed> {
    let body = body.strip_prefix("\u{feff}".as_bytes()).unwrap_or(body);
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Map::new());
    }
    match serde_json::from_slice(body) {
        Ok(Value::Object(object)) => Ok(object),
        _ => Err(Malformed),
    }
}

fn text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::PagePost;

    #[test]
    fn datas_win_over_the_query_and_numbers_become_text() {
        let query = vec![("ord".to_owned(), "1".to_owned()), ("edit".to_owned(), "1".to_owned())];
        let body =
            br#"{"session":"abc","cmdkey":"refresh","datas":[{"id":"ord","val":100001},{"id":"title","val":" x "}]}"#;
        let post = PagePost::parse(query, body).expect("parses");
        assert_eq!(post.session, "abc");
        assert!(post.is_refresh());
        assert_eq!(post.get("ord"), "100001");
        assert_eq!(post.get("edit"), "1");
        assert_eq!(post.get("title"), "x");
        assert_eq!(post.raw("title"), " x ");
    }

    #[test]
    fn msgid_in_the_query_overrides_the_cmdkey() {
        let query = vec![("__msgid".to_owned(), "onsave".to_owned())];
        let post = PagePost::parse(query, br#"{"cmdkey":"refresh"}"#).expect("parses");
        assert_eq!(post.cmdkey, "onsave");
    }

    #[test]
    fn a_body_that_is_not_a_json_object_is_malformed() {
        assert!(PagePost::parse(Vec::new(), b"session=abc").is_err());
        assert!(PagePost::parse(Vec::new(), b"[1]").is_err());
        assert!(PagePost::parse(Vec::new(), b"  ").is_ok());
    }
}
