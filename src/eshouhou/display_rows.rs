//! eshouhou detail answers: display rows `{ShowType, Key, Value}` (reference §2.8), kept typed.
//!
//! A detail answer is a rendered form with a fixed, documented schema, so it is parsed straight into rows
//! and written straight out as `{"rows": [...], "fields": {Key: Value}}`: no JSON tree is built and dropped,
//! and the label map is the first row of each label. Fields outside the documented three are not kept.
//!
//! The rows keep the answer's text and point into it: a label or value that came without escapes is not
//! copied when read, nor escaped again when written, because such a string is already written exactly as
//! serde_json would write it (a JSON string without a backslash holds no quote, backslash or control
//! character).

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::value::RawValue;
use serde_json::{Number, Value};

use crate::catalogue::labels::{SHOW_TYPE, label_for};

/// A member of a vendor row as read: text (borrowed from the answer unless it had escapes), or any other
/// JSON value, exactly as a `serde_json::Value` would hold it.
enum Member<'a> {
    Text(Cow<'a, str>),
    Json(Value),
}

impl Default for Member<'_> {
    fn default() -> Self {
        Member::Json(Value::Null)
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Member<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(MemberVisitor)
    }
}

struct MemberVisitor;

/// Builds what `Value`'s own visitor builds, except that text stays borrowed.
impl<'de> Visitor<'de> for MemberVisitor {
    type Value = Member<'de>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("any JSON value")
    }

    fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Member<'de>, E> {
        Ok(Member::Text(Cow::Borrowed(text)))
    }

    fn visit_str<E>(self, text: &str) -> Result<Member<'de>, E> {
        Ok(Member::Text(Cow::Owned(text.to_owned())))
    }

    fn visit_string<E>(self, text: String) -> Result<Member<'de>, E> {
        Ok(Member::Text(Cow::Owned(text)))
    }

    fn visit_bool<E>(self, value: bool) -> Result<Member<'de>, E> {
        Ok(Member::Json(Value::Bool(value)))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Member<'de>, E> {
        Ok(Member::Json(Value::from(value)))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Member<'de>, E> {
        Ok(Member::Json(Value::from(value)))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Member<'de>, E> {
        Ok(Member::Json(Number::from_f64(value).map_or(Value::Null, Value::Number)))
    }

    fn visit_unit<E>(self) -> Result<Member<'de>, E> {
        Ok(Member::Json(Value::Null))
    }

    fn visit_none<E>(self) -> Result<Member<'de>, E> {
        Ok(Member::Json(Value::Null))
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Member<'de>, D::Error> {
        Value::deserialize(deserializer).map(Member::Json)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Member<'de>, A::Error> {
        Value::deserialize(SeqAccessDeserializer::new(seq)).map(Member::Json)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Member<'de>, A::Error> {
        Value::deserialize(MapAccessDeserializer::new(map)).map(Member::Json)
    }
}

/// A display row as the vendor sends it; each member may be missing or of an unexpected type.
#[derive(Deserialize)]
pub(crate) struct VendorRow<'a> {
    #[serde(rename = "ShowType", default, borrow)]
    show_type: Member<'a>,
    #[serde(rename = "Key", default, borrow)]
    key: Member<'a>,
    #[serde(rename = "Value", default, borrow)]
    value: Member<'a>,
}

/// Text of a row: a stretch of the answer's text, or a string of its own (it had escapes).
#[derive(Clone, Debug)]
enum Text {
    Answer { start: usize, end: usize },
    Own(String),
}

/// A row's value: text, or any other JSON value.
#[derive(Clone, Debug)]
enum Cell {
    Text(Text),
    Json(Value),
}

/// One display row, normalized.
#[derive(Clone, Debug)]
pub(crate) struct DisplayRow {
    /// The ShowType code: an integer whenever the vendor sent a number or numeric text (it is documented
    /// as a string and shown as an integer).
    show_type: Value,
    /// The documented label of the code, e.g. 纯展示.
    show_type_name: Option<&'static str>,
    /// The row's label (tenant-configured Chinese text).
    key: Text,
    value: Cell,
}

/// The rows of a detail answer, in display order, with the first row of each label for the label map.
#[derive(Clone, Debug, Default)]
pub struct DisplayRows {
    /// The text the rows point into.
    text: String,
    rows: Vec<DisplayRow>,
    first_of_label: Vec<usize>,
}

/// Rows this many or fewer find their labels' first rows by comparing a cheap hash of each label before the
/// label itself, which costs less than a `HashSet`'s hashing.
const FEW_ROWS: usize = 64;

impl DisplayRows {
    /// Parses a `ResultValue` (`None` or `null`: no rows).
    pub fn parse(result_value: Option<&RawValue>) -> Result<DisplayRows, serde_json::Error> {
        let Some(raw) = result_value else { return Ok(DisplayRows::default()) };
        let text = raw.get().to_owned();
        let vendor_rows: Option<Vec<VendorRow<'_>>> = serde_json::from_str(&text)?;
        let rows = from_vendor_rows(&text, vendor_rows.unwrap_or_default());
        Ok(DisplayRows::new(text, rows))
    }

    /// Rows read from `text`, with the first row of each label found.
    pub(crate) fn new(text: String, rows: Vec<DisplayRow>) -> DisplayRows {
        let keys: Vec<&str> = rows.iter().map(|row| row.key.get(&text)).collect();
        let first_of_label = if keys.len() <= FEW_ROWS {
            let hashes: Vec<u64> = keys.iter().map(|key| fnv1a(key)).collect();
            (0..keys.len())
                .filter(|&index| {
                    !(0..index).any(|earlier| hashes[earlier] == hashes[index] && keys[earlier] == keys[index])
                })
                .collect()
        } else {
            let mut seen = HashSet::with_capacity(keys.len());
            (0..keys.len()).filter(|&index| seen.insert(keys[index])).collect()
        };
        drop(keys);
        DisplayRows { text, rows, first_of_label }
    }

    /// `{"rows": [...], "fields": {Key: Value}}` as a JSON value, for Rust callers.
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).expect("display rows hold only string keys")
    }

    /// Writes `{"rows": [...], "fields": {Key: Value}}` exactly as serde_json writes it, without its
    /// per-character escaping of text that needs none.
    pub fn write_json(&self, out: &mut Vec<u8>) -> Result<(), serde_json::Error> {
        out.extend_from_slice(b"{\"rows\":[");
        for (index, row) in self.rows.iter().enumerate() {
            if index > 0 {
                out.push(b',');
            }
            out.extend_from_slice(b"{\"ShowType\":");
            write_value(out, &row.show_type)?;
            if let Some(name) = row.show_type_name {
                out.extend_from_slice(b",\"ShowTypeName\":");
                write_str(out, name)?;
            }
            out.extend_from_slice(b",\"Key\":");
            row.key.write(out, &self.text)?;
            out.extend_from_slice(b",\"Value\":");
            row.value.write(out, &self.text)?;
            out.push(b'}');
        }
        out.extend_from_slice(b"],\"fields\":{");
        for (position, &index) in self.first_of_label.iter().enumerate() {
            if position > 0 {
                out.push(b',');
            }
            let row = &self.rows[index];
            row.key.write(out, &self.text)?;
            out.push(b':');
            row.value.write(out, &self.text)?;
        }
        out.extend_from_slice(b"}}");
        Ok(())
    }

    /// About how many bytes [`DisplayRows::write_json`] writes, to size its buffer once.
    pub fn json_size_hint(&self) -> usize {
        self.text.len() * 2 + self.rows.len() * 48 + 32
    }
}

/// FNV-1a: enough to tell a form's labels apart before comparing them.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

/// Semantic equality: the same rows, wherever their text is kept.
impl PartialEq for DisplayRows {
    fn eq(&self, other: &DisplayRows) -> bool {
        self.rows.len() == other.rows.len()
            && self.first_of_label == other.first_of_label
            && self.rows.iter().zip(&other.rows).all(|(mine, theirs)| {
                mine.show_type == theirs.show_type
                    && mine.show_type_name == theirs.show_type_name
                    && mine.key.get(&self.text) == theirs.key.get(&other.text)
                    && mine.value_json(&self.text) == theirs.value_json(&other.text)
            })
    }
}

/// Normalizes rows read from `text` (which their borrowed members point into).
pub(crate) fn from_vendor_rows(text: &str, vendor_rows: Vec<VendorRow<'_>>) -> Vec<DisplayRow> {
    vendor_rows.into_iter().map(|row| DisplayRow::from_vendor(text, row)).collect()
}

impl DisplayRow {
    fn from_vendor(text: &str, row: VendorRow<'_>) -> DisplayRow {
        let show_type = match row.show_type {
            Member::Text(code) => match code.trim().parse::<i64>() {
                Ok(code) => Value::from(code),
                Err(_) => Value::String(code.into_owned()),
            },
            Member::Json(other) => other,
        };
        let key = match row.key {
            Member::Text(key) => Text::of(text, key),
            Member::Json(Value::Null) => Text::Own(String::new()),
            Member::Json(other) => Text::Own(other.to_string()),
        };
        let value = match row.value {
            Member::Text(value) => Cell::Text(Text::of(text, value)),
            Member::Json(other) => Cell::Json(other),
        };
        DisplayRow { show_type_name: label_for(SHOW_TYPE, &show_type), show_type, key, value }
    }

    fn value_json(&self, text: &str) -> Value {
        match &self.value {
            Cell::Text(value) => Value::String(value.get(text).to_owned()),
            Cell::Json(value) => value.clone(),
        }
    }
}

impl Text {
    /// `piece` as a stretch of `text` when it was borrowed from it, else as its own string.
    fn of(text: &str, piece: Cow<'_, str>) -> Text {
        match piece {
            Cow::Borrowed(piece) => {
                let start = (piece.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
                let end = start.wrapping_add(piece.len());
                match text.get(start..end) {
                    Some(found) if std::ptr::eq(found, piece) => Text::Answer { start, end },
                    _ => Text::Own(piece.to_owned()),
                }
            }
            Cow::Owned(piece) => Text::Own(piece),
        }
    }

    fn get<'a>(&'a self, text: &'a str) -> &'a str {
        match self {
            Text::Answer { start, end } => text.get(*start..*end).unwrap_or_default(),
            Text::Own(own) => own,
        }
    }

    fn write(&self, out: &mut Vec<u8>, text: &str) -> Result<(), serde_json::Error> {
        match self {
            // Borrowed by serde_json, so written between quotes without escapes (see the module doc).
            Text::Answer { .. } => {
                out.push(b'"');
                out.extend_from_slice(self.get(text).as_bytes());
                out.push(b'"');
                Ok(())
            }
            Text::Own(own) => write_str(out, own),
        }
    }
}

impl Cell {
    fn write(&self, out: &mut Vec<u8>, text: &str) -> Result<(), serde_json::Error> {
        match self {
            Cell::Text(value) => value.write(out, text),
            Cell::Json(value) => write_value(out, value),
        }
    }
}

/// A string as serde_json writes it; most need no escape and are copied.
fn write_str(out: &mut Vec<u8>, text: &str) -> Result<(), serde_json::Error> {
    if text.bytes().any(|byte| byte < 0x20 || byte == b'"' || byte == b'\\') {
        return serde_json::to_writer(out, text);
    }
    out.push(b'"');
    out.extend_from_slice(text.as_bytes());
    out.push(b'"');
    Ok(())
}

/// A value as serde_json writes it, small integers (every ShowType) without its formatter.
fn write_value(out: &mut Vec<u8>, value: &Value) -> Result<(), serde_json::Error> {
    let Some(number) = value.as_i64() else { return serde_json::to_writer(out, value) };
    let mut digits = [0u8; 20];
    let mut rest = number.unsigned_abs();
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    if number < 0 {
        out.push(b'-');
    }
    out.extend_from_slice(&digits[at..]);
    Ok(())
}

/// A row with the text it points into.
struct Row<'a> {
    row: &'a DisplayRow,
    text: &'a str,
}

impl Serialize for Row<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let row = self.row;
        let mut map = serializer.serialize_map(Some(4))?;
        map.serialize_entry("ShowType", &row.show_type)?;
        if let Some(name) = row.show_type_name {
            map.serialize_entry("ShowTypeName", name)?;
        }
        map.serialize_entry("Key", row.key.get(self.text))?;
        match &row.value {
            Cell::Text(value) => map.serialize_entry("Value", value.get(self.text))?,
            Cell::Json(value) => map.serialize_entry("Value", value)?,
        }
        map.end()
    }
}

/// The `fields` map: the value of the first row of each label, in display order.
struct LabelMap<'a>(&'a DisplayRows);

impl Serialize for LabelMap<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let rows = self.0;
        let mut map = serializer.serialize_map(Some(rows.first_of_label.len()))?;
        for &index in &rows.first_of_label {
            let row = &rows.rows[index];
            let key = row.key.get(&rows.text);
            match &row.value {
                Cell::Text(value) => map.serialize_entry(key, value.get(&rows.text))?,
                Cell::Json(value) => map.serialize_entry(key, value)?,
            }
        }
        map.end()
    }
}

struct Rows<'a>(&'a DisplayRows);

impl Serialize for Rows<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.rows.len()))?;
        for row in &self.0.rows {
            seq.serialize_element(&Row { row, text: &self.0.text })?;
        }
        seq.end()
    }
}

impl Serialize for DisplayRows {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("rows", &Rows(self))?;
        map.serialize_entry("fields", &LabelMap(self))?;
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn parse(json: &str) -> DisplayRows {
        let raw = RawValue::from_string(json.to_owned()).expect("raw json");
        DisplayRows::parse(Some(&raw)).expect("display rows")
    }

    fn written(rows: &DisplayRows) -> String {
        let mut out = Vec::new();
        rows.write_json(&mut out).expect("written");
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn rows_get_labels_and_a_label_map_of_first_values() {
        let rows = parse(
            r#"[{"ShowType": "0", "Key": "项目编号", "Value": "CP00000097"}, {"ShowType": 1, "Key": "图片", "Value": "u"},
                {"ShowType": 0, "Key": "项目编号", "Value": "dup"}, {"ShowType": "x", "Key": null, "Value": null}]"#,
        );
        assert_eq!(
            rows.to_json(),
            json!({
                "rows": [
                    {"ShowType": 0, "ShowTypeName": "纯展示", "Key": "项目编号", "Value": "CP00000097"},
                    {"ShowType": 1, "ShowTypeName": "回单图片", "Key": "图片", "Value": "u"},
                    {"ShowType": 0, "ShowTypeName": "纯展示", "Key": "项目编号", "Value": "dup"},
                    {"ShowType": "x", "Key": "", "Value": null}
                ],
                "fields": {"项目编号": "CP00000097", "图片": "u", "": null}
            })
        );
    }

    #[test]
    fn written_rows_are_what_serde_json_writes() {
        let rows = parse(
            r#"[{"ShowType": " 2 ", "Key": "备\"注\"", "Value": "第一行\n第二行\u4e2d"}, {"ShowType": 1.5, "Key": 7,
                "Value": {"b": [1, 2.0, true], "a": "x"}}, {"Key": "编号", "Value": -12, "Extra": 1},
                {"ShowType": 18446744073709551615, "Key": "编号", "Value": "again"}, {"ShowType": 0}]"#,
        );
        assert_eq!(written(&rows), serde_json::to_string(&rows).expect("json"));
        let many: Vec<Value> =
            (0..40).map(|index| json!({"ShowType": 0, "Key": format!("标签{}", index % 35), "Value": index})).collect();
        let rows = parse(&Value::Array(many).to_string());
        assert_eq!(written(&rows), serde_json::to_string(&rows).expect("json"));
        assert_eq!(rows.to_json()["fields"].as_object().map(|fields| fields.len()), Some(35));
    }

    #[test]
    fn the_label_map_keeps_display_order() {
        let text = written(&parse(
            r#"[{"ShowType": 0, "Key": "乙", "Value": "2"}, {"ShowType": 0, "Key": "甲", "Value": "1"}]"#,
        ));
        assert!(text.ends_with(r#""fields":{"乙":"2","甲":"1"}}"#), "{text}");
    }

    #[test]
    fn null_or_absent_means_no_rows() {
        assert_eq!(parse("null"), DisplayRows::default());
        assert_eq!(DisplayRows::parse(None).ok(), Some(DisplayRows::default()));
        let raw = RawValue::from_string("{\"a\": 1}".into()).expect("raw");
        assert!(DisplayRows::parse(Some(&raw)).is_err(), "an object is not a list of rows");
    }
}
