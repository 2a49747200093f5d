//! ZBDocuments (reference §4–§5): the `{"header", "body"}` answers of family-A pages and the payload
//! classes inside them (source tables, options and trees, bills, messages), plus the quirks that bend
//! an answer into the other forms real servers send.

use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

use crate::faults::Quirks;

/// A page answer with status 0.
pub fn ok(body: Value) -> Value {
    json!({"header": {"status": 0, "message": "ok"}, "body": body})
}

/// A header-only refusal, the form of every session error.
pub fn refusal(status: u32, message: &str) -> Value {
    json!({"header": {"status": status, "message": message}})
}

/// What the vendor's global error handler answers a JSON request with (reference §6).
pub fn runtime_error(message: &str) -> Value {
    json!({"header": {"status": "11", "message": format!("服务器异常: 【{message}】")}})
}

/// A MessageClass body: the outcome of a command, in words only.
pub fn message(title: &str, text: &str) -> Value {
    json!({"model": "message", "message": {"title": title, "text": text}})
}

/// A business notice (saved, refused, not found), titled as the vendor titles them.
pub fn notice(text: &str) -> Value {
    message("提示", text)
}

/// What a list page answers without `cmdkey: "refresh"`: the report UI, no data.
pub fn report_skeleton(id: &str, caption: &str) -> Value {
    json!({
        "model": "report",
        "report": {
            "id": id,
            "caption": caption,
            "search": {"keybox": {"id": "searchKey", "visible": true, "description": "请输入关键字", "value": "", "post": ""}},
        },
    })
}

pub struct Column {
    pub id: &'static str,
    pub dbtype: &'static str,
}

pub const fn column(id: &'static str, dbtype: &'static str) -> Column {
    Column { id, dbtype }
}

/// TablePageClass.
pub struct TablePage {
    pub record_count: usize,
    pub page_size: usize,
    pub page_index: usize,
}

/// A SourceClass body holding one page of a table.
pub fn table(columns: &[Column], rows: Vec<Vec<String>>, page: &TablePage) -> Value {
    let cols: Vec<Value> = columns.iter().map(|column| json!({"id": column.id, "dbtype": column.dbtype})).collect();
    json!({
        "model": "source",
        "source": {
            "type_": "table",
            "table": {
                "cols": cols,
                "rows": rows,
                "page": {
                    "recordcount": page.record_count,
                    "pagesize": page.page_size,
                    "pagecount": page.record_count.div_ceil(page.page_size.max(1)),
                    "pageindex": page.page_index,
                },
            },
        },
    })
}

/// OptionClass items `{n, v}`.
pub fn options<'a>(items: impl IntoIterator<Item = (String, &'a str)>) -> Value {
    items.into_iter().map(|(value, name)| json!({"n": name, "v": value})).collect()
}

/// A SourceClass body of enumeration options.
pub fn options_source(options: Value) -> Value {
    json!({"model": "source", "source": {"type_": "options", "options": options}})
}

/// A SourceClass body holding a tree.
pub fn trees_source(root: Value) -> Value {
    json!({"model": "source", "source": {"type_": "trees", "trees": root}})
}

/// A TreeClass node.
pub fn tree_node(id: String, text: &str, value: String, depth: u32, nodes: Vec<Value>) -> Value {
    json!({"id": id, "text": text, "value": value, "deep": depth, "nodes": nodes})
}

/// A BillClass body.
pub fn bill(id: &str, caption: &str, value: u64, groups: Vec<Value>) -> Value {
    json!({"model": "bill", "bill": {"id": id, "caption": caption, "value": value.to_string(), "groups": groups}})
}

pub fn group(id: &str, caption: &str, fields: Vec<Field>) -> Value {
    let fields: Vec<Value> = fields.into_iter().map(Field::into_json).collect();
    json!({"id": id, "caption": caption, "visible": true, "fields": fields})
}

/// A FieldClass: `text` is what is shown, `value` the hidden value (an id for choices, else the text).
pub struct Field {
    id: &'static str,
    caption: &'static str,
    dbtype: &'static str,
    kind: &'static str,
    text: String,
    value: String,
    required: bool,
    max_length: usize,
    options: Option<Value>,
    table: Option<Value>,
}

impl Field {
    pub fn new(id: &'static str, caption: &'static str, text: impl Into<String>) -> Field {
        let text = text.into();
        Field {
            id,
            caption,
            dbtype: "varchar",
            kind: "text",
            value: text.clone(),
            text,
            required: false,
            max_length: 0,
            options: None,
            table: None,
        }
    }

    pub fn value(mut self, value: impl ToString) -> Field {
        self.value = value.to_string();
        self
    }

    pub fn kind(mut self, kind: &'static str) -> Field {
        self.kind = kind;
        self
    }

    pub fn dbtype(mut self, dbtype: &'static str) -> Field {
        self.dbtype = dbtype;
        self
    }

    /// Marks the field required, with its maximum length in characters.
    pub fn required(mut self, max_length: usize) -> Field {
        self.required = true;
        self.max_length = max_length;
        self
    }

    pub fn max_length(mut self, max_length: usize) -> Field {
        self.max_length = max_length;
        self
    }

    /// A select field choosing among `options`.
    pub fn choices(mut self, options: Value) -> Field {
        self.kind = "select";
        self.options = Some(options);
        self
    }

    /// A field holding an embedded list (follow-ups, contacts, lines): `source.table`.
    pub fn table(mut self, columns: &[Column], rows: Vec<Vec<String>>) -> Field {
        let count = rows.len();
        let page = TablePage { record_count: count, page_size: count.max(1), page_index: 1 };
        self.kind = "table";
        self.text = String::new();
        self.value = String::new();
        self.table = table(columns, rows, &page).pointer("/source/table").cloned();
        self
    }

    fn into_json(self) -> Value {
        let mut field = json!({
            "id": self.id,
            "caption": self.caption,
            "dbtype": self.dbtype,
            "type_": self.kind,
            "text": self.text,
            "value": self.value,
            "notnull": self.required,
            "maxl": self.max_length,
        });
        if let (Some(options), Value::Object(members)) = (self.options, &mut field) {
            members.insert("source".to_owned(), json!({"type_": "options", "options": options}));
        }
        if let (Some(table), Value::Object(members)) = (self.table, &mut field) {
            members.insert("source".to_owned(), json!({"type_": "table", "table": table}));
        }
        field
    }
}

/// `12800` cents → `"128.00"`; `1280000` → `"12,800.00"`, the vendor's formatted money.
pub fn money(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let cents = cents.unsigned_abs();
    let digits = (cents / 100).to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (position, digit) in digits.chars().enumerate() {
        if position > 0 && (digits.len() - position).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    format!("{sign}{grouped}.{:02}", cents % 100)
}

/// A document as UTF-8 JSON with the switched-on quirks applied; family-B answers always take this form.
pub fn respond(document: Value, quirks: Quirks) -> Response {
    ([(header::CONTENT_TYPE, "application/json; charset=utf-8")], render(document, quirks)).into_response()
}

/// A family-A document: as [`respond`], or in GBK as an old IIS/ASP server (code page 936) sends it.
pub fn respond_page(document: Value, quirks: Quirks) -> Response {
    let content_type = match (quirks.gbk, quirks.gbk_unlabelled) {
        (_, true) => "text/html",
        (true, false) => "text/html; charset=gbk",
        (false, false) => return respond(document, quirks),
    };
    let text = render(document, quirks);
    let (gbk, _, _) = encoding_rs::GBK.encode(&text);
    ([(header::CONTENT_TYPE, content_type)], gbk.into_owned()).into_response()
}

fn render(mut document: Value, quirks: Quirks) -> String {
    if quirks.status_as_string
        && let Some(status) = document.pointer_mut("/header/status").filter(|status| status.is_number())
    {
        *status = Value::String(status.to_string());
    }
    if quirks.control_chars {
        visit_objects(&mut document, &mut add_control_chars);
    }
    if quirks.rows_as_objects {
        visit_objects(&mut document, &mut wrap_rows);
    }
    if quirks.type_key_plain {
        visit_objects(&mut document, &mut |object| {
            if let Some(kind) = object.remove("type_") {
                object.insert("type".to_owned(), kind);
            }
        });
    }
    let text = document.to_string();
    if quirks.control_chars { raw_control_chars(&text) } else { text }
}

fn visit_objects(value: &mut Value, visit: &mut impl FnMut(&mut Map<String, Value>)) {
    match value {
        Value::Object(object) => {
            visit(object);
            for member in object.values_mut() {
                visit_objects(member, visit);
            }
        }
        Value::Array(items) => {
            for item in items {
                visit_objects(item, visit);
            }
        }
        _ => {}
    }
}

/// Appended to the title cell of every table row and to a bill's title field.
const CONTROL_CHARS: &str = "\u{1}\n";

fn add_control_chars(object: &mut Map<String, Value>) {
    let is_title_field = object.get("id").and_then(Value::as_str) == Some("title");
    if let (true, Some(Value::String(text))) = (is_title_field, object.get_mut("text")) {
        text.push_str(CONTROL_CHARS);
    }
    for (cols_key, rows_key) in [("cols", "rows"), ("Cols", "Rows")] {
        let Some(Value::Array(cols)) = object.get(cols_key) else {
            continue;
        };
        let title = cols.iter().position(|col| col.get("id").and_then(Value::as_str) == Some("title")).unwrap_or(1);
        if let Some(Value::Array(rows)) = object.get_mut(rows_key) {
            for row in rows {
                if let Some(Value::String(cell)) = row.get_mut(title) {
                    cell.push_str(CONTROL_CHARS);
                }
            }
        }
    }
}

fn wrap_rows(object: &mut Map<String, Value>) {
    for key in ["rows", "Rows"] {
        if let Some(Value::Array(rows)) = object.get_mut(key) {
            for row in rows.iter_mut().filter(|row| row.is_array()) {
                *row = json!({"value": row.take()});
            }
        }
    }
}

/// Turns the escapes `\n` and `\u0001` of serialised JSON back into the raw characters, leaving every
/// other escape (including an escaped backslash followed by `n`) alone.
fn raw_control_chars(json: &str) -> String {
    let mut raw = String::with_capacity(json.len());
    let mut rest = json;
    while let Some(position) = rest.find('\\') {
        raw.push_str(&rest[..position]);
        let escape = &rest[position..];
        let (replacement, length) = if escape.starts_with("\\n") {
            ("\n", 2)
        } else if escape.starts_with("\\u0001") {
            ("\u{1}", 6)
        } else {
            (escape.get(..2).unwrap_or(escape), 2)
        };
        raw.push_str(replacement);
        rest = escape.get(length..).unwrap_or("");
    }
    raw.push_str(rest);
    raw
}

#[cfg(test)]
mod tests {
    use super::{money, raw_control_chars};

    #[test]
    fn money_is_grouped_by_thousands() {
        assert_eq!(money(1_280_000), "12,800.00");
        assert_eq!(money(5), "0.05");
        assert_eq!(money(123_456_789), "1,234,567.89");
        assert_eq!(money(-100_000), "-1,000.00");
    }

    #[test]
    fn only_newline_and_u0001_escapes_become_raw() {
        let json = r#"{"a":"x\ny\u0001","b":"c:\\n","q":"\"\u0002"}"#;
        assert_eq!(raw_control_chars(json), "{\"a\":\"x\ny\u{1}\",\"b\":\"c:\\\\n\",\"q\":\"\\\"\\u0002\"}");
    }
}
