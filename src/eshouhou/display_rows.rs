//! eshouhou detail answers: display rows `{ShowType, Key, Value}` (reference §2.8), kept typed.
//!
//! A detail answer is a rendered form with a fixed, documented schema, so it is parsed straight into rows
//! and written straight out as `{"rows": [...], "fields": {Key: Value}}`: no JSON tree is built and dropped,
//! no label or value is copied, and the label map is the first row of each label. Fields outside the
//! documented three are not kept.

use std::collections::HashSet;

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value;
use serde_json::value::RawValue;

use crate::catalogue::labels::{SHOW_TYPE, label_for};

/// A display row as the vendor sends it; each member may be missing or of an unexpected type.
#[derive(Deserialize)]
struct VendorRow {
    #[serde(rename = "ShowType", default)]
    show_type: Value,
    #[serde(rename = "Key", default)]
    key: Value,
    #[serde(rename = "Value", default)]
    value: Value,
}

/// One display row, normalized.
#[derive(Clone, Debug, PartialEq)]
pub struct DisplayRow {
    /// The ShowType code: an integer whenever the vendor sent a number or numeric text (it is documented
    /// as a string and shown as an integer).
    pub show_type: Value,
    /// The documented label of the code, e.g. 纯展示.
    pub show_type_name: Option<&'static str>,
    /// The row's label (tenant-configured Chinese text).
    pub key: String,
    pub value: Value,
}

/// The rows of a detail answer, in display order, with the first row of each label for the label map.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DisplayRows {
    pub rows: Vec<DisplayRow>,
    first_of_label: Vec<usize>,
}

impl DisplayRows {
    /// Parses a `ResultValue` (`None` or `null`: no rows).
    pub fn parse(result_value: Option<&RawValue>) -> Result<DisplayRows, serde_json::Error> {
        let vendor_rows: Vec<VendorRow> = match result_value {
            Some(raw) if raw.get() != "null" => serde_json::from_str(raw.get())?,
            _ => Vec::new(),
        };
        let rows: Vec<DisplayRow> = vendor_rows.into_iter().map(DisplayRow::from_vendor).collect();
        let mut seen = HashSet::with_capacity(rows.len());
        let first_of_label = (0..rows.len()).filter(|&index| seen.insert(rows[index].key.as_str())).collect();
        Ok(DisplayRows { rows, first_of_label })
    }

    /// `{"rows": [...], "fields": {Key: Value}}` as a JSON value, for Rust callers.
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).expect("display rows hold only string keys")
    }
}

impl DisplayRow {
    fn from_vendor(row: VendorRow) -> DisplayRow {
        let show_type = match row.show_type {
            Value::String(text) => match text.trim().parse::<i64>() {
                Ok(code) => Value::from(code),
                Err(_) => Value::String(text),
            },
            other => other,
        };
        let key = match row.key {
            Value::String(key) => key,
            Value::Null => String::new(),
            other => other.to_string(),
        };
        DisplayRow { show_type_name: label_for(SHOW_TYPE, &show_type), show_type, key, value: row.value }
    }
}

impl Serialize for DisplayRow {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(4))?;
        map.serialize_entry("ShowType", &self.show_type)?;
        if let Some(name) = self.show_type_name {
            map.serialize_entry("ShowTypeName", name)?;
        }
        map.serialize_entry("Key", &self.key)?;
        map.serialize_entry("Value", &self.value)?;
        map.end()
    }
}

/// The `fields` map: the value of the first row of each label, in display order.
struct LabelMap<'a>(&'a DisplayRows);

impl Serialize for LabelMap<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.first_of_label.len()))?;
        for &index in &self.0.first_of_label {
            let row = &self.0.rows[index];
            map.serialize_entry(&row.key, &row.value)?;
        }
        map.end()
    }
}

struct Rows<'a>(&'a [DisplayRow]);

impl Serialize for Rows<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for row in self.0 {
            seq.serialize_element(row)?;
        }
        seq.end()
    }
}

impl Serialize for DisplayRows {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("rows", &Rows(&self.rows))?;
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
    fn the_label_map_keeps_display_order() {
        let text = serde_json::to_string(&parse(
            r#"[{"ShowType": 0, "Key": "乙", "Value": "2"}, {"ShowType": 0, "Key": "甲", "Value": "1"}]"#,
        ))
        .expect("json");
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
