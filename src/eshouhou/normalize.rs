//! Turns an eshouhou `ResultValue` into the documented `data` shape of its endpoint.

use serde_json::value::RawValue;
use serde_json::{Map, Value};

use super::display_rows::DisplayRows;
use super::reply::{Reply, decode, decode_display_rows};
use crate::catalogue::eshouhou::ResultShape;
use crate::catalogue::{Endpoint, Eshouhou, LabelledField, labels};
use crate::envelope::Data;
use crate::error::Error;
use crate::page::{Page, PageInfo};
use crate::params::Params;

/// Reads an answer's body: the vendor's failure, or the documented `data` of its endpoint. Display rows
/// are read in the same pass as the envelope around them.
pub fn read(params: &Params<Eshouhou>, result: ResultShape, body: Vec<u8>) -> Result<Reply<Data>, Error> {
    let body = match result {
        ResultShape::DisplayRows => match decode_display_rows(body) {
            Ok(Reply::Success(rows)) => return Ok(Reply::Success(Data::DisplayRows(rows))),
            Ok(Reply::Failure { code, message }) => return Ok(Reply::Failure { code, message }),
            Err(body) => body,
        },
        _ => body,
    };
    match decode(&body)? {
        Reply::Success(value) => Ok(Reply::Success(normalize(params, result, value.as_deref())?)),
        Reply::Failure { code, message } => Ok(Reply::Failure { code, message }),
    }
}

/// Normalizes the payload (`ResultValue`, as raw JSON) of a successful answer to `result`.
pub fn normalize(
    params: &Params<Eshouhou>,
    result: ResultShape,
    result_value: Option<&RawValue>,
) -> Result<Data, Error> {
    let endpoint = params.endpoint();
    let data = match result {
        ResultShape::DisplayRows => {
            let rows = DisplayRows::parse(result_value).map_err(|_| shape_error(endpoint, "a list of display rows"))?;
            return Ok(Data::DisplayRows(rows));
        }
        ResultShape::Record => {
            let mut record = single_object(parse(endpoint, result_value)?, endpoint)?;
            add_labels(&mut record, endpoint.labels);
            Value::Object(record)
        }
        ResultShape::Records => return records(params, parse(endpoint, result_value)?).map(Data::Page),
        ResultShape::CategoryAndProducts => {
            let mut category = single_object(parse(endpoint, result_value)?, endpoint)?;
            if let Some(Value::Array(products)) = category.get_mut("Product") {
                for product in products.iter_mut().filter_map(Value::as_object_mut) {
                    add_labels(product, endpoint.labels);
                }
            }
            Value::Object(category)
        }
    };
    Ok(Data::Json(data))
}

/// The `ResultValue` as a JSON tree (absent: null).
fn parse(endpoint: &Endpoint<Eshouhou>, result_value: Option<&RawValue>) -> Result<Value, Error> {
    match result_value {
        Some(raw) => serde_json::from_str(raw.get()).map_err(|_| shape_error(endpoint, "JSON")),
        None => Ok(Value::Null),
    }
}

/// The documented Array/Object labels are unreliable (reference §6.4): an object may come as a
/// one-element array.
fn single_object(value: Value, endpoint: &Endpoint<Eshouhou>) -> Result<Map<String, Value>, Error> {
    match value {
        Value::Object(object) => Ok(object),
        Value::Array(mut items) if items.len() == 1 && items[0].is_object() => match items.pop() {
            Some(Value::Object(object)) => Ok(object),
            _ => Err(shape_error(endpoint, "an object")),
        },
        Value::Null => Ok(Map::new()),
        _ => Err(shape_error(endpoint, "an object")),
    }
}

fn shape_error(endpoint: &Endpoint<Eshouhou>, expected: &str) -> Error {
    Error::invalid_response(format!("eshouhou {} answered a ResultValue that is not {expected}", endpoint.name))
}

fn records(params: &Params<Eshouhou>, value: Value) -> Result<Page, Error> {
    let endpoint = params.endpoint();
    let mut rows = match value {
        Value::Array(rows) => rows,
        Value::Object(object) => vec![Value::Object(object)],
        Value::Null => Vec::new(),
        _ => return Err(shape_error(endpoint, "a list")),
    };
    for row in rows.iter_mut().filter_map(Value::as_object_mut) {
        add_labels(row, endpoint.labels);
    }
    let page = endpoint.paging.map(|paging| {
        let index = params.integer(paging.index_param).unwrap_or(1);
        let size = params.integer(paging.size_param).unwrap_or(i64::from(paging.vendor_default_size));
        let has_more = i64::try_from(rows.len()).is_ok_and(|count| count >= size);
        PageInfo { count: None, has_more, index, size, total: None }
    });
    Ok(Page { columns: None, page, rows })
}

/// Adds `<Field>Name` beside each documented enum code, unless the vendor already sent a label there.
pub fn add_labels(row: &mut Map<String, Value>, labelled_fields: &[LabelledField]) {
    for labelled in labelled_fields {
        let has_label = matches!(row.get(labelled.label_field), Some(Value::String(text)) if !text.is_empty());
        if has_label {
            continue;
        }
        if let Some(label) = row.get(labelled.field).and_then(|code| labels::label_for(labelled.labels, code)) {
            row.insert(labelled.label_field.to_owned(), Value::from(label));
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::catalogue::Vendor;
    use crate::catalogue::eshouhou::Wire;
    use crate::params::validate;

    fn params(name: &str, input: Value) -> Params<Eshouhou> {
        let endpoint = Eshouhou::endpoint(name).expect("endpoint");
        validate(endpoint, input.as_object().expect("object"), &|_| None).expect("valid")
    }

    fn normalized(params: &Params<Eshouhou>, result_value: Value) -> Result<Value, Error> {
        let raw = RawValue::from_string(result_value.to_string()).expect("raw json");
        let Wire::Get { result } = params.endpoint().wire else { panic!("not a GET endpoint") };
        normalize(params, result, Some(&raw)).map(|data| data.to_json())
    }

    #[test]
    fn work_orders_get_state_labels_and_page_info() {
        let data = normalized(
            &params("get_work_orders", json!({"pageSize": 2})),
            json!([{"ID": "a", "State": 5, "PendState": "5"}, {"ID": "b", "State": 9, "PendState": 0}]),
        )
        .expect("normalized");
        assert_eq!(data["rows"][0]["StateName"], json!("已派工"));
        assert_eq!(data["rows"][0]["PendStateName"], json!("待接收"));
        assert_eq!(data["rows"][1]["StateName"], json!("已完工"));
        assert_eq!(data["page"], json!({"index": 1, "size": 2, "count": null, "total": null, "has_more": true}));
    }

    #[test]
    fn vendor_labels_are_kept() {
        let mut row = json!({"WarrantyPeriod": 5, "WarrantyPeriodName": "一年(厂家)"});
        let object = row.as_object_mut().expect("object");
        add_labels(
            object,
            &[LabelledField {
                field: "WarrantyPeriod",
                label_field: "WarrantyPeriodName",
                labels: labels::WARRANTY_PERIOD,
            }],
        );
        assert_eq!(object["WarrantyPeriodName"], json!("一年(厂家)"));
    }

    #[test]
    fn display_rows_become_rows_and_a_label_map() {
        let data = normalized(
            &params("get_customer_project", json!({"projectId": "p"})),
            json!([{"ShowType": "0", "Key": "项目编号", "Value": "CP00000097"}, {"ShowType": 1, "Key": "图片", "Value": "u"},
                   {"ShowType": 0, "Key": "项目编号", "Value": "dup"}]),
        )
        .expect("normalized");
        assert_eq!(data["rows"][0]["ShowType"], json!(0));
        assert_eq!(data["rows"][0]["ShowTypeName"], json!("纯展示"));
        assert_eq!(data["rows"][1]["ShowTypeName"], json!("回单图片"));
        assert_eq!(data["fields"], json!({"项目编号": "CP00000097", "图片": "u"}));
    }

    /// What an answer reads as: the data written out, the vendor's failure, or the error.
    fn outcome(reply: Result<Reply<Data>, Error>) -> String {
        match reply {
            Ok(Reply::Success(data)) => serde_json::to_string(&data).expect("json"),
            Ok(Reply::Failure { code, message }) => format!("failure {code}: {message}"),
            Err(error) => format!("error {}: {}", error.code().as_str(), error.message()),
        }
    }

    #[test]
    fn display_rows_read_in_one_pass_as_the_general_path_reads_them() {
        let params = params("get_customer_project", json!({"projectId": "p"}));
        let mut bodies: Vec<Vec<u8>> = [
            r#"{"ResultCode": 0, "ErrorMsg": "", "ResultValue": [{"ShowType": 0, "Key": "k", "Value": "v"}]}"#,
            r#"{"ResultValue": [{"ShowType": "1", "Key": "备\"注", "Value": "a\nb"}, {"Key": "备\"注"}], "ResultCode": "0"}"#,
            r#"{"ResultCode": 0, "ResultValue": null}"#,
            r#"{"ResultCode": 0}"#,
            r#"{"ResultCode": 1, "ErrorMsg": "no", "ResultValue": {"a": 1}}"#,
            r#"{"ResultCode": 0, "ResultValue": {"a": 1}}"#,
            r#"{"ErrorMsg": "no code", "ResultValue": []}"#,
            "{\"ResultCode\": 0, \"ResultValue\": [{\"Key\": \"k\", \"Value\": \"第一行\n第二行\"}]}",
            r#"{"ResultCode": 0, "ResultValue": [[0, "k", "v"]], "Other": [1]}"#,
            "<html>not json</html>",
        ]
        .iter()
        .map(|body| body.as_bytes().to_vec())
        .collect();
        let with_bom = [&[0xEF, 0xBB, 0xBF][..], &bodies[0]].concat();
        let mut not_utf8 = bodies[0].clone();
        let key_at = not_utf8.iter().rposition(|&byte| byte == b'k').expect("the key");
        not_utf8[key_at] = 0xFF;
        bodies.extend([with_bom, not_utf8]);
        for body in bodies {
            let general = decode(&body).and_then(|reply| match reply {
                Reply::Success(value) => {
                    normalize(&params, ResultShape::DisplayRows, value.as_deref()).map(Reply::Success)
                }
                Reply::Failure { code, message } => Ok(Reply::Failure { code, message }),
            });
            assert_eq!(
                outcome(read(&params, ResultShape::DisplayRows, body.clone())),
                outcome(general),
                "{}",
                String::from_utf8_lossy(&body)
            );
        }
    }

    #[test]
    fn object_labelled_as_array_is_accepted() {
        let data = normalized(
            &params("get_category_and_product_list", json!({})),
            json!([{"ID": "1", "Product": [{"WarrantyPeriod": 4}]}]),
        )
        .expect("normalized");
        assert_eq!(data["Product"][0]["WarrantyPeriodName"], json!("六个月"));
    }
}
