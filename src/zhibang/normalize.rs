//! Turns Zhibang's ZSML payloads (tableClass, BillClass, SourceClass, MessageClass) into the documented
//! `data` shapes.
//!
//! The vendor's collections can arrive as arrays or as objects, a single row may come unwrapped, rows may
//! be arrays or objects, a kind may be keyed `type_` or `type`, flags may be booleans, numbers or strings,
//! and text may carry HTML numeric entities (reference §10). Every form is accepted here and mapped by
//! column id, never by position.
//!
//! Cells and bill values arrive as text whatever their column says. They are converted by the declared
//! `dbtype`: integers become JSON numbers, decimals exact decimal text without separators (`"12800.00"`),
//! dates and times ISO 8601 (`"2025-06-30T08:30:00"`), an empty cell `null`; a cell that does not read as
//! its type becomes `{"raw": "<the vendor's text>"}`.

use serde_json::{Map, Value, json};

use crate::error::Error;
use crate::json_object::object;
use crate::page::{Column, Page, PageInfo};

/// The page the caller asked for, used where the answer leaves it out.
#[derive(Clone, Copy, Debug)]
pub struct PageRequest {
    pub index: i64,
    pub size: i64,
}

/// A vendor collection as a list: arrays stay, object-serialised collections give their values.
fn items(value: Option<Value>) -> Vec<Value> {
    match value {
        Some(Value::Array(items)) => items,
        Some(Value::Object(map)) => map.into_iter().map(|(_, item)| item).collect(),
        Some(Value::Null) | None => Vec::new(),
        Some(Value::String(text)) if text.is_empty() => Vec::new(),
        Some(other) => vec![other],
    }
}

/// Decodes HTML numeric and named entities the ASP pages leave in text.
fn decode_text(text: String) -> String {
    if text.contains('&') { html_escape::decode_html_entities(&text).into_owned() } else { text }
}

fn decode_value(value: Value) -> Value {
    match value {
        Value::String(text) => Value::String(decode_text(text)),
        other => other,
    }
}

fn take_text(object: &mut Map<String, Value>, key: &str) -> String {
    match object.remove(key) {
        Some(Value::String(text)) => decode_text(text),
        Some(Value::Number(number)) => number.to_string(),
        _ => String::new(),
    }
}

/// An integer sent as a number or as text, possibly with thousands separators.
fn integer_of(value: &Value) -> Option<i64> {
    match value {
        Value::Number(number) => number.as_i64().or_else(|| number.as_f64().map(|float| float as i64)),
        Value::String(text) => text.trim().replace(',', "").parse().ok(),
        _ => None,
    }
}

fn flag_of(value: Option<&Value>) -> bool {
    match value {
        Some(Value::Bool(flag)) => *flag,
        Some(Value::Number(number)) => number.as_i64().is_some_and(|number| number != 0),
        Some(Value::String(text)) => matches!(text.trim().to_ascii_lowercase().as_str(), "1" | "true" | "yes"),
        _ => false,
    }
}

fn get_ignoring_case<'a>(object: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    object.get(key).or_else(|| object.iter().find(|(name, _)| name.eq_ignore_ascii_case(key)).map(|(_, value)| value))
}

/// tableClass → `{"columns", "rows", "page"}`.
pub fn table(value: Value, request: PageRequest) -> Result<Page, Error> {
    let Value::Object(mut table) = value else {
        return Err(Error::invalid_response("the Zhibang table is not an object"));
    };
    let columns: Vec<Column> = items(table.remove("cols").or_else(|| table.remove("Cols")))
        .into_iter()
        .filter_map(|column| match column {
            Value::Object(mut column) => {
                let id = take_text(&mut column, "id");
                let dbtype = get_ignoring_case(&column, "dbtype").cloned().unwrap_or(Value::Null);
                (!id.is_empty()).then(|| Column { kind: CellType::of(&dbtype).as_str(), dbtype, id })
            }
            Value::String(id) => Some(Column { dbtype: Value::Null, id, kind: CellType::Text.as_str() }),
            _ => None,
        })
        .collect();
    let rows = rows(table.remove("rows").or_else(|| table.remove("Rows")), &columns);
    let page = page(table.remove("page").or_else(|| table.remove("Page")), request, rows.len());
    Ok(Page { columns: Some(columns), page: Some(page), rows })
}

fn rows(value: Option<Value>, columns: &[Column]) -> Vec<Value> {
    let raw = match value {
        // One row not wrapped in an array: a list of plain cells.
        Some(Value::Array(cells))
            if !cells.is_empty() && cells.iter().all(|cell| !cell.is_array() && !cell.is_object()) =>
        {
            vec![Value::Array(cells)]
        }
        Some(Value::Object(row)) if row.get("value").is_some_and(Value::is_array) => vec![Value::Object(row)],
        Some(Value::Object(map)) if !map.values().all(|item| item.is_array() || item.is_object()) => {
            vec![Value::Object(map)]
        }
        other => items(other),
    };
    raw.into_iter().map(|row| row_object(row, columns)).collect()
}

fn row_object(row: Value, columns: &[Column]) -> Value {
    let mut object = Map::with_capacity(columns.len());
    let (cells, extra) = match row {
        Value::Array(cells) => (cells, Map::new()),
        Value::Object(mut fields) => match fields.remove("value") {
            Some(Value::Array(cells)) => (cells, fields),
            Some(value) => {
                fields.insert("value".into(), value);
                (Vec::new(), fields)
            }
            None => (Vec::new(), fields),
        },
        scalar => (vec![scalar], Map::new()),
    };
    for (index, cell) in cells.into_iter().enumerate() {
        let (name, kind) = columns.get(index).map_or_else(
            || (format!("column_{index}"), CellType::Text),
            |column| (column.id.clone(), CellType::named(column.kind)),
        );
        object.insert(name, kind.convert(decode_value(cell)));
    }
    for (name, value) in extra {
        let kind = columns
            .iter()
            .find(|column| column.id == name)
            .map_or(CellType::Text, |column| CellType::named(column.kind));
        object.entry(name).or_insert_with(|| kind.convert(decode_value(value)));
    }
    Value::Object(object)
}

/// What a column's or a field's cells are converted to, by its declared `dbtype`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CellType {
    Integer,
    Decimal,
    Datetime,
    Text,
}

impl CellType {
    /// SQL Server's and the vendor's type names; `money` and `number` are decimals (money is never a
    /// binary float), anything unknown stays text.
    fn of(dbtype: &Value) -> CellType {
        let name = dbtype.as_str().unwrap_or_default().trim().to_ascii_lowercase();
        let name = name.split('(').next().unwrap_or_default();
        match name {
            "int" | "integer" | "bigint" | "smallint" | "tinyint" | "long" | "int32" | "int64" => CellType::Integer,
            "decimal" | "numeric" | "money" | "smallmoney" | "number" | "float" | "double" | "real" | "currency" => {
                CellType::Decimal
            }
            "datetime" | "datetime2" | "smalldatetime" | "date" | "datetimeoffset" => CellType::Datetime,
            _ => CellType::Text,
        }
    }

    const fn as_str(self) -> &'static str {
        match self {
            CellType::Integer => "integer",
            CellType::Decimal => "decimal",
            CellType::Datetime => "datetime",
            CellType::Text => "text",
        }
    }

    fn named(name: &str) -> CellType {
        [CellType::Integer, CellType::Decimal, CellType::Datetime]
            .into_iter()
            .find(|kind| kind.as_str() == name)
            .unwrap_or(CellType::Text)
    }

    /// The cell as its type: `null` when empty, `{"raw": text}` when it does not read as the type.
    fn convert(self, cell: Value) -> Value {
        let text = match &cell {
            Value::String(text) => text.trim(),
            Value::Number(number) if self != CellType::Datetime => {
                return match self {
                    CellType::Decimal => Value::String(number.to_string()),
                    _ => cell,
                };
            }
            _ => return cell,
        };
        if self == CellType::Text {
            return cell;
        }
        if text.is_empty() {
            return Value::Null;
        }
        let converted = match self {
            CellType::Integer => text.replace(',', "").parse::<i64>().ok().map(Value::from),
            CellType::Decimal => decimal_text(text).map(Value::String),
            _ => iso_datetime(text).map(Value::String),
        };
        converted.unwrap_or_else(|| json!({"raw": text}))
    }
}

/// `"12,800.00"` → `"12800.00"`, `"-.5"` → `"-0.5"`: the digits as written, without separators.
fn decimal_text(text: &str) -> Option<String> {
    let plain = text.replace(',', "");
    let (sign, unsigned) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain.strip_prefix('+').unwrap_or(&plain)),
    };
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let digits = |part: &str| part.bytes().all(|byte| byte.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !digits(whole) || !digits(fraction) {
        return None;
    }
    let whole = if whole.is_empty() { "0" } else { whole };
    Some(if fraction.is_empty() { format!("{sign}{whole}") } else { format!("{sign}{whole}.{fraction}") })
}

/// `2025-06-30`, `2025/6/30`, either with ` HH:mm[:ss]` or `THH:mm[:ss]`, as ISO 8601: the date alone
/// stays a date, a time gets its seconds (`2025-06-30T08:30:00`).
fn iso_datetime(text: &str) -> Option<String> {
    let (day, time) = match text.split_once([' ', 'T']) {
        Some((day, time)) => (day, Some(time.trim())),
        None => (text, None),
    };
    let parts: Vec<&str> = day.split(['-', '/']).collect();
    let [year, month, day] = parts.as_slice() else { return None };
    let number =
        |part: &str, low: u32, high: u32| part.parse::<u32>().ok().filter(|value| (low..=high).contains(value));
    let (year, month, day) = (number(year, 1, 9999)?, number(month, 1, 12)?, number(day, 1, 31)?);
    if year < 1000 {
        return None;
    }
    let date = format!("{year:04}-{month:02}-{day:02}");
    let Some(time) = time.filter(|time| !time.is_empty()) else {
        return Some(date);
    };
    let clock: Vec<&str> = time.trim_end_matches(".000").split(':').collect();
    let (hour, minute, second) = match clock.as_slice() {
        [hour, minute] => (number(hour, 0, 23)?, number(minute, 0, 59)?, 0),
        [hour, minute, second] => (number(hour, 0, 23)?, number(minute, 0, 59)?, number(second, 0, 59)?),
        _ => return None,
    };
    Some(format!("{date}T{hour:02}:{minute:02}:{second:02}"))
}

fn page(value: Option<Value>, request: PageRequest, row_count: usize) -> PageInfo {
    let page = match value {
        Some(Value::Object(page)) => page,
        _ => Map::new(),
    };
    let field = |key: &str| get_ignoring_case(&page, key).and_then(integer_of);
    let index = field("pageindex").unwrap_or(request.index);
    let size = field("pagesize").unwrap_or(request.size);
    let count = field("pagecount");
    let total = field("recordcount");
    let has_more = match count {
        Some(count) => index < count && row_count > 0,
        None => i64::try_from(row_count).is_ok_and(|rows| rows >= size),
    };
    PageInfo { count, has_more, index, size, total }
}

/// BillClass → `{"id", "kind", "caption", "values", "fields"}`.
pub fn bill(value: Value, request: PageRequest) -> Result<Value, Error> {
    let Value::Object(mut bill) = value else {
        return Err(Error::invalid_response("the Zhibang bill is not an object"));
    };
    let mut values = Map::new();
    let mut fields = Vec::new();
    for group in items(bill.remove("groups")) {
        let Value::Object(mut group) = group else { continue };
        let group_caption = take_text(&mut group, "caption");
        for field in items(group.remove("fields")) {
            let Value::Object(field) = field else { continue };
            let field = bill_field(field, &group_caption, request)?;
            let value = match (&field["value"], &field["text"]) {
                (Value::String(value), _) if !value.is_empty() => value.clone(),
                (_, Value::String(text)) => text.clone(),
                _ => String::new(),
            };
            // A field's text and value stay the vendor's; `values` holds the value as the field's type.
            let kind = field["type"].as_str().map_or(CellType::Text, CellType::named);
            let typed = if value.is_empty() { Value::String(value) } else { kind.convert(Value::String(value)) };
            if let Some(id) = field["id"].as_str().filter(|id| !id.is_empty()) {
                values.entry(id.to_owned()).or_insert(typed);
            }
            fields.push(field);
        }
    }
    Ok(object([
        ("id", Value::String(take_text(&mut bill, "value"))),
        ("kind", Value::String(take_text(&mut bill, "id"))),
        ("caption", Value::String(take_text(&mut bill, "caption"))),
        ("values", Value::Object(values)),
        ("fields", Value::Array(fields)),
    ]))
}

fn bill_field(mut field: Map<String, Value>, group: &str, request: PageRequest) -> Result<Value, Error> {
    let kind = match field.remove("type_").or_else(|| field.remove("type")) {
        Some(Value::String(kind)) => kind,
        _ => String::new(),
    };
    let dbtype = field.remove("dbtype").unwrap_or(Value::Null);
    let mut normalized = json!({
        "id": take_text(&mut field, "id"),
        "caption": take_text(&mut field, "caption"),
        "group": group,
        "text": take_text(&mut field, "text"),
        "value": take_text(&mut field, "value"),
        "kind": kind,
        "dbtype": dbtype,
        "type": CellType::of(&dbtype).as_str(),
        "required": flag_of(field.get("notnull")),
        "read_only": flag_of(field.get("onlyread")),
        "max_length": field.get("maxl").and_then(integer_of).filter(|limit| *limit > 0),
        "options": [],
    });
    if let Some(Value::Object(mut source)) = field.remove("source") {
        normalized["options"] = options(source.remove("options"));
        if let Some(table_value) = source.remove("table") {
            normalized["table"] = table(table_value, request)?.to_json();
        }
    }
    Ok(normalized)
}

fn options(value: Option<Value>) -> Value {
    let options: Vec<Value> = items(value)
        .into_iter()
        .filter_map(|option| match option {
            Value::Object(mut option) => {
                Some(json!({"label": take_text(&mut option, "n"), "value": take_text(&mut option, "v")}))
            }
            _ => None,
        })
        .collect();
    Value::Array(options)
}

/// SourceClass → `{"kind": "table" | "trees" | "options" | "text", ...}`.
pub fn source(value: Value, request: PageRequest) -> Result<Value, Error> {
    let Value::Object(mut source) = value else {
        return Err(Error::invalid_response("the Zhibang source is not an object"));
    };
    let declared = match source.remove("type_").or_else(|| source.remove("type")) {
        Some(Value::String(kind)) if !kind.is_empty() => kind,
        _ => ["table", "trees", "options", "text"]
            .into_iter()
            .find(|kind| source.get(*kind).is_some_and(|value| !value.is_null()))
            .unwrap_or("")
            .to_owned(),
    };
    match declared.as_str() {
        "table" => {
            let mut normalized = Map::new();
            normalized.insert("kind".into(), Value::from("table"));
            if let Value::Object(table) = table(source.remove("table").unwrap_or(Value::Null), request)?.to_json() {
                normalized.extend(table);
            }
            Ok(Value::Object(normalized))
        }
        "trees" => {
            Ok(object([("kind", Value::from("trees")), ("nodes", Value::Array(tree_roots(source.remove("trees"))))]))
        }
        "options" => Ok(object([("kind", Value::from("options")), ("options", options(source.remove("options")))])),
        "text" => Ok(json!({"kind": "text", "text": take_text(&mut source, "text")})),
        other => Err(Error::invalid_response(format!("the Zhibang source has an unknown type `{other}`"))),
    }
}

/// A tree payload is either one root node or a collection of nodes; an unnamed root only groups its
/// children.
fn tree_roots(value: Option<Value>) -> Vec<Value> {
    match value {
        Some(Value::Object(mut root)) => {
            let unnamed = root.get("text").is_none_or(|text| text.as_str().is_some_and(str::is_empty));
            if unnamed {
                items(root.remove("nodes")).into_iter().map(tree_node).collect()
            } else {
                vec![tree_node(Value::Object(root))]
            }
        }
        other => items(other).into_iter().map(tree_node).collect(),
    }
}

fn tree_node(value: Value) -> Value {
    let Value::Object(mut node) = value else {
        return json!({"id": "", "text": "", "value": "", "children": []});
    };
    let children: Vec<Value> = items(node.remove("nodes")).into_iter().map(tree_node).collect();
    object([
        ("id", Value::String(take_text(&mut node, "id"))),
        ("text", Value::String(take_text(&mut node, "text"))),
        ("value", Value::String(take_text(&mut node, "value"))),
        ("children", Value::Array(children)),
    ])
}

/// MessageClass → `(title, text)`.
pub fn message(value: Option<Value>) -> (String, String) {
    match value {
        Some(Value::Object(mut message)) => (take_text(&mut message, "title"), take_text(&mut message, "text")),
        Some(Value::String(text)) => (String::new(), decode_text(text)),
        _ => (String::new(), String::new()),
    }
}

/// A family-B list answer: `Page`, `Cols` and `Rows` at the top level or inside `Data`.
pub fn web_api_table(mut object: Map<String, Value>, request: PageRequest) -> Result<Page, Error> {
    let holder = match object.remove("Data") {
        Some(Value::Object(data)) if data.keys().any(|key| key.eq_ignore_ascii_case("rows")) => data,
        _ => object,
    };
    let mut table = Map::new();
    for (key, value) in holder {
        let key = match key.to_ascii_lowercase().as_str() {
            "cols" => "cols",
            "rows" => "rows",
            "page" => "page",
            _ => continue,
        };
        table.insert(key.into(), value);
    }
    self::table(Value::Object(table), request)
}

/// A family-B detail's `Data`, with the HTML entities of its text decoded: an object as it came, a list
/// as `{"rows": [...]}` (`data` is always an object), nothing as an empty object.
pub fn web_api_data(data: Option<Value>) -> Value {
    fn decoded(value: Value) -> Value {
        match value {
            Value::String(text) => Value::String(decode_text(text)),
            Value::Array(items) => Value::Array(items.into_iter().map(decoded).collect()),
            Value::Object(members) => {
                Value::Object(members.into_iter().map(|(key, value)| (key, decoded(value))).collect())
            }
            other => other,
        }
    }
    match data.map(decoded) {
        None | Some(Value::Null) => Value::Object(Map::new()),
        Some(Value::Object(members)) => Value::Object(members),
        Some(Value::Array(rows)) => json!({"rows": rows}),
        Some(scalar) => json!({"value": scalar}),
    }
}

/// A family-C `datas` list as one unpaged table; its columns are the members of its rows, in the order
/// they first appear, untyped (the handlers declare none).
pub fn handler_rows(datas: Value) -> Result<Page, Error> {
    let rows = match datas {
        Value::Array(rows) => rows,
        Value::Null => Vec::new(),
        Value::String(text) if text.is_empty() => Vec::new(),
        Value::Object(row) => vec![Value::Object(row)],
        _ => return Err(Error::invalid_response("the Zhibang apiHelper `datas` is not a list")),
    };
    let mut columns: Vec<Column> = Vec::new();
    for row in &rows {
        let Value::Object(row) = row else {
            return Err(Error::invalid_response("a Zhibang apiHelper row is not an object"));
        };
        for key in row.keys() {
            if !columns.iter().any(|column| column.id == *key) {
                columns.push(Column { dbtype: Value::Null, id: key.clone(), kind: CellType::Text.as_str() });
            }
        }
    }
    let count = i64::try_from(rows.len()).unwrap_or(i64::MAX);
    let page = PageInfo { count: Some(1), has_more: false, index: 1, size: count, total: Some(count) };
    let rows = rows.into_iter().map(decode_value_deep).collect();
    Ok(Page { columns: Some(columns), page: Some(page), rows })
}

fn decode_value_deep(row: Value) -> Value {
    match row {
        Value::Object(members) => {
            Value::Object(members.into_iter().map(|(key, value)| (key, decode_value(value))).collect())
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIRST_PAGE: PageRequest = PageRequest { index: 1, size: 20 };

    fn cols() -> Value {
        json!([{"id": "ord", "dbtype": "int"}, {"id": "title", "dbtype": "varchar"}])
    }

    #[test]
    fn rows_in_every_vendor_form_map_by_column_id() {
        let expected = json!([{"ord": 1, "title": "滤芯更换"}, {"ord": 2, "title": "“加急”"}]);
        for rows in [
            json!([["1", "滤芯更换"], ["2", "&#8220;加急&#8221;"]]),
            json!([{"value": ["1", "滤芯更换"]}, {"value": ["2", "&#8220;加急&#8221;"]}]),
            json!({"0": ["1", "滤芯更换"], "1": ["2", "&#8220;加急&#8221;"]}),
            json!([{"ord": "1", "title": "滤芯更换"}, {"ord": "2", "title": "&#8220;加急&#8221;"}]),
        ] {
            let data = table(json!({"cols": cols(), "rows": rows, "page": {"recordcount": "2", "pagesize": 20, "pagecount": 1, "pageindex": 1}}), FIRST_PAGE)
                .expect("table").to_json();
            assert_eq!(data["rows"], expected);
            assert_eq!(data["page"], json!({"index": 1, "size": 20, "count": 1, "total": 2, "has_more": false}));
        }
    }

    #[test]
    fn a_single_unwrapped_row_is_one_row() {
        let data = table(json!({"cols": cols(), "rows": ["7", "单行"]}), FIRST_PAGE).expect("table").to_json();
        assert_eq!(data["rows"], json!([{"ord": 7, "title": "单行"}]));
        assert_eq!(data["page"]["has_more"], json!(false));
    }

    #[test]
    fn cells_are_converted_by_their_declared_type() {
        let cols = json!([{"id": "ord", "dbtype": "int"}, {"id": "cost", "dbtype": "money"}, {"id": "num", "dbtype": "Decimal(18,4)"},
                          {"id": "at", "dbtype": "datetime"}, {"id": "note", "dbtype": "nvarchar"}]);
        let rows = json!([
            ["1,024", "12,800.00", "-.5", "2025/6/30 8:05:09", "07"],
            ["", "面议", 3.25, "2025-06-30 08:30", ""],
            ["x", "", "1e3", "2025-06-30", "a"]
        ]);
        let data = table(json!({"cols": cols, "rows": rows}), FIRST_PAGE).expect("table");
        let kinds: Vec<&str> = data.columns.iter().flatten().map(|column| column.kind).collect();
        assert_eq!(kinds, ["integer", "decimal", "decimal", "datetime", "text"]);
        assert_eq!(
            data.rows,
            vec![
                json!({"ord": 1024, "cost": "12800.00", "num": "-0.5", "at": "2025-06-30T08:05:09", "note": "07"}),
                json!({"ord": null, "cost": {"raw": "面议"}, "num": "3.25", "at": "2025-06-30T08:30:00", "note": ""}),
                json!({"ord": {"raw": "x"}, "cost": null, "num": {"raw": "1e3"}, "at": "2025-06-30", "note": "a"}),
            ]
        );
        assert_eq!(iso_datetime("2025-02-30 25:00"), None);
        assert_eq!(iso_datetime("99-1-1"), None);
    }

    #[test]
    fn bill_values_follow_the_field_type_and_the_field_keeps_the_vendor_text() {
        let data = bill(
            json!({"value": "30001", "groups": [{"caption": "维修", "fields": [
                {"id": "Cost", "dbtype": "money", "text": "1,280.50", "value": "1,280.50"},
                {"id": "date1", "dbtype": "datetime", "text": "2025-06-30 08:30", "value": ""},
                {"id": "num", "dbtype": "int", "text": "两个", "value": ""}
            ]}]}),
            FIRST_PAGE,
        )
        .expect("bill");
        assert_eq!(data["values"], json!({"Cost": "1280.50", "date1": "2025-06-30T08:30:00", "num": {"raw": "两个"}}));
        assert_eq!(
            (data["fields"][0]["text"].clone(), data["fields"][0]["type"].clone()),
            (json!("1,280.50"), json!("decimal"))
        );
    }

    #[test]
    fn web_api_data_is_always_an_object() {
        assert_eq!(web_api_data(Some(json!({"Title": "a&amp;b"}))), json!({"Title": "a&b"}));
        assert_eq!(web_api_data(Some(json!([{"StageID": "1"}]))), json!({"rows": [{"StageID": "1"}]}));
        assert_eq!(web_api_data(None), json!({}));
        assert_eq!(web_api_data(Some(json!(3))), json!({"value": 3}));
    }

    #[test]
    fn handler_rows_are_an_unpaged_table() {
        let data = handler_rows(json!([{"ID": 1, "Name": "台"}, {"ID": 2, "Name": "套&amp;件"}])).expect("rows");
        let ids: Vec<&str> = data.columns.iter().flatten().map(|column| column.id.as_str()).collect();
        assert_eq!(ids, ["ID", "Name"]);
        assert_eq!(data.rows[1], json!({"ID": 2, "Name": "套&件"}));
        assert!(data.page.is_some_and(|page| !page.has_more && page.total == Some(2)));
        assert!(handler_rows(Value::Null).expect("empty").rows.is_empty());
        assert!(handler_rows(json!("x")).is_err());
    }

    #[test]
    fn page_count_drives_has_more() {
        let data = table(
            json!({"cols": cols(), "rows": [["1", "a"]], "page": {"recordcount": "1,234", "pagesize": "1", "pagecount": "1,234", "pageindex": "2"}}),
            FIRST_PAGE,
        )
        .expect("table").to_json();
        assert_eq!(data["page"], json!({"index": 2, "size": 1, "count": 1234, "total": 1234, "has_more": true}));
    }

    #[test]
    fn bill_fields_values_and_options() {
        let data = bill(
            json!({"id": "service", "caption": "售后处理", "value": "12", "groups": [
                {"caption": "处理", "fields": [
                    {"id": "intro", "caption": "处理结果", "type": "select", "text": "", "value": "", "notnull": "1", "maxl": 50,
                     "source": {"type_": "options", "options": [{"n": "已解决", "v": "171"}]}},
                    {"id": "title", "caption": "主题", "type_": "text", "text": "滤芯&amp;水管", "value": ""}
                ]}]}),
            FIRST_PAGE,
        )
        .expect("bill");
        assert_eq!((data["id"].as_str(), data["kind"].as_str()), (Some("12"), Some("service")));
        assert_eq!(data["values"], json!({"intro": "", "title": "滤芯&水管"}));
        let intro = &data["fields"][0];
        assert_eq!(intro["kind"], json!("select"));
        assert_eq!(intro["required"], json!(true));
        assert_eq!(intro["max_length"], json!(50));
        assert_eq!(intro["options"], json!([{"label": "已解决", "value": "171"}]));
        assert_eq!(data["fields"][1]["kind"], json!("text"));
    }

    #[test]
    fn sources_of_every_kind() {
        let trees = source(
            json!({"type": "trees", "trees": {"id": "root", "text": "", "nodes": [{"id": "d1", "text": "售后服务部", "value": "", "nodes": [{"id": "u", "text": "张伟", "value": "61"}]}]}}),
            FIRST_PAGE,
        )
        .expect("trees");
        assert_eq!(trees["kind"], json!("trees"));
        assert_eq!(trees["nodes"][0]["children"][0], json!({"id": "u", "text": "张伟", "value": "61", "children": []}));
        let options =
            source(json!({"type_": "options", "options": [{"n": "电话", "v": 481}]}), FIRST_PAGE).expect("options");
        assert_eq!(options, json!({"kind": "options", "options": [{"label": "电话", "value": "481"}]}));
        let inferred = source(json!({"table": {"cols": cols(), "rows": []}}), FIRST_PAGE).expect("table");
        assert_eq!(inferred["kind"], json!("table"));
        assert!(source(json!({"type_": "icoview"}), FIRST_PAGE).is_err());
    }

    #[test]
    fn web_api_tables_at_top_level_or_in_data() {
        let top = json!({"Page": {"RecordCount": 3, "PageSize": 2, "PageIndex": 1, "PageCount": 2}, "Cols": [{"id": "ord"}, {"id": "name"}], "Rows": [[61, "张伟"], [62, "王芳"]]});
        let nested = json!({"Data": top.clone()});
        for object in [top, nested] {
            let data =
                web_api_table(object.as_object().cloned().unwrap_or_default(), FIRST_PAGE).expect("table").to_json();
            assert_eq!(data["rows"][1], json!({"ord": 62, "name": "王芳"}));
            assert_eq!(data["page"]["has_more"], json!(true));
        }
    }
}
