//! One page of a list, as the normalizers make it, a cursor walks it and the envelope writes it.
//!
//! Fields are declared in the order of their JSON names, so a page is written exactly as the same page
//! built as a JSON object would be (objects keep their keys sorted).

use serde::Serialize;
use serde_json::Value;

/// A list page: `{"columns"?, "page", "rows"}`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Page {
    /// The table's columns, where the vendor names them (Zhibang tables).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub columns: Option<Vec<Column>>,
    /// Where the page stands in the list (null: the endpoint does not page).
    pub page: Option<PageInfo>,
    pub rows: Vec<Value>,
}

/// A column of a Zhibang table: its id (the key of the cells in every row), its database type as the
/// vendor declares it, and the type its cells were converted to (`integer`, `decimal`, `datetime`, `text`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Column {
    pub dbtype: Value,
    pub id: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
}

/// The page number and size, the page count and row total where the vendor sends them, and whether a
/// page follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct PageInfo {
    pub count: Option<i64>,
    pub has_more: bool,
    pub index: i64,
    pub size: i64,
    pub total: Option<i64>,
}

impl Column {
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).expect("a column has only string keys and always converts")
    }
}

impl Page {
    /// The page as a JSON value: exactly what the envelope writes for it.
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).expect("a page has only string keys and always converts")
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_page_writes_as_the_same_page_built_as_json() {
        let page = Page {
            columns: Some(vec![Column { dbtype: json!("int"), id: "ord".into(), kind: "integer" }]),
            page: Some(PageInfo { count: Some(3), has_more: true, index: 1, size: 2, total: None }),
            rows: vec![json!({"ord": 1, "a": "x"})],
        };
        let written = serde_json::to_string(&page).expect("json");
        assert_eq!(written, page.to_json().to_string());
        assert_eq!(
            written,
            json!({"rows": [{"ord": 1, "a": "x"}], "page": {"index": 1, "size": 2, "count": 3, "total": null,
                   "has_more": true}, "columns": [{"id": "ord", "dbtype": "int", "type": "integer"}]})
            .to_string()
        );
        let unpaged = Page { columns: None, page: None, rows: Vec::new() };
        assert_eq!(serde_json::to_string(&unpaged).expect("json"), r#"{"page":null,"rows":[]}"#);
    }
}
