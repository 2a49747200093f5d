//! Checks a call's JSON parameters against its catalogue entry before anything is sent.
//!
//! The result keeps the catalogue's parameter order, so the same call always produces the same request.

use std::borrow::Cow;

use serde_json::{Map, Value};

use crate::catalogue::{ConditionKey, ConditionKind, Endpoint, Param, ParamLocation, ParamType, Vendor};
use crate::error::{Error, ErrorCode};
use crate::excerpt::echo;

/// A checked parameter value in the form it travels in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WireValue {
    Text(String),
    Integer(i64),
    /// Plain decimal text: digits, an optional sign and fraction, no separators, at most 15 significant
    /// digits (so the JSON number the web API gets writes back as exactly these digits).
    Decimal(String),
    /// Lines of a `rows` parameter, checked and converted.
    Json(Value),
}

impl WireValue {
    pub fn as_text(&self) -> Cow<'_, str> {
        match self {
            WireValue::Text(text) | WireValue::Decimal(text) => Cow::Borrowed(text),
            WireValue::Integer(number) => Cow::Owned(number.to_string()),
            WireValue::Json(value) => Cow::Owned(value.to_string()),
        }
    }

    pub fn to_json(&self) -> Value {
        match self {
            WireValue::Text(text) => Value::String(text.clone()),
            WireValue::Integer(number) => Value::from(*number),
            WireValue::Decimal(text) => match text.parse::<i64>() {
                Ok(whole) => Value::from(whole),
                Err(_) => text.parse::<f64>().map_or_else(|_| Value::String(text.clone()), Value::from),
            },
            WireValue::Json(value) => value.clone(),
        }
    }
}

/// The checked parameters of one call of vendor `V`, in catalogue order.
#[derive(Clone, Debug)]
pub struct Params<V: Vendor> {
    endpoint: &'static Endpoint<V>,
    values: Vec<Option<WireValue>>,
}

impl<V: Vendor> Params<V> {
    pub fn endpoint(&self) -> &'static Endpoint<V> {
        self.endpoint
    }

    /// The parameters that were given or defaulted, with their catalogue entries.
    pub fn iter(&self) -> impl Iterator<Item = (&'static Param, &WireValue)> + '_ {
        self.endpoint
            .params
            .iter()
            .zip(&self.values)
            .filter_map(|(param, value)| value.as_ref().map(|value| (param, value)))
    }

    /// The parameters that travel in `location`.
    pub fn located(&self, location: ParamLocation) -> impl Iterator<Item = (&'static Param, &WireValue)> + '_ {
        self.iter().filter(move |(param, _)| param.location == location)
    }

    pub fn get(&self, name: &str) -> Option<&WireValue> {
        let index = self.endpoint.params.iter().position(|param| param.name == name)?;
        self.values[index].as_ref()
    }

    /// Sets a parameter the library manages itself (the page number of a cursor).
    pub fn set(&mut self, name: &str, value: WireValue) {
        if let Some(index) = self.endpoint.params.iter().position(|param| param.name == name) {
            self.values[index] = Some(value);
        }
    }

    /// The integer value of a parameter, if it is set and numeric.
    pub fn integer(&self, name: &str) -> Option<i64> {
        match self.get(name)? {
            WireValue::Integer(number) => Some(*number),
            WireValue::Text(text) | WireValue::Decimal(text) => text.parse().ok(),
            WireValue::Json(_) => None,
        }
    }
}

/// Parses `params_json` (absent or empty means `{}`) into a JSON object.
pub fn parse_object(json: Option<&str>, what: &str) -> Result<Map<String, Value>, Error> {
    let text = json.map(str::trim).unwrap_or("");
    if text.is_empty() {
        return Ok(Map::new());
    }
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(Error::new(ErrorCode::InvalidJson, format!("{what} must be a JSON object"))),
        Err(error) => Err(Error::new(ErrorCode::InvalidJson, format!("{what} is not valid JSON: {error}"))),
    }
}

/// Checks `input` against `endpoint`. `fallback` supplies values the client config holds for
/// parameters the caller left out (e.g. the eshouhou network context); catalogue defaults come after.
pub fn validate<V: Vendor>(
    endpoint: &'static Endpoint<V>,
    input: &Map<String, Value>,
    fallback: &dyn Fn(&'static Param) -> Option<WireValue>,
) -> Result<Params<V>, Error> {
    let mut values: Vec<Option<WireValue>> = vec![None; endpoint.params.len()];
    for (key, value) in input {
        let Some(index) = endpoint.params.iter().position(|param| param.name == key) else {
            return Err(unknown_parameter(endpoint, key));
        };
        // The vendors write "默认为空": an empty value is a parameter not given.
        if is_empty(value) {
            continue;
        }
        values[index] = Some(check_value(&endpoint.params[index], value)?);
    }
    for (param, slot) in endpoint.params.iter().zip(values.iter_mut()) {
        if is_blank(slot.as_ref())
            && let Some(value) = fallback(param).or_else(|| param.default.map(|text| WireValue::Text(text.to_owned())))
        {
            *slot = Some(value);
        }
        if param.required && is_blank(slot.as_ref()) {
            return Err(Error::parameter(
                ErrorCode::MissingParameter,
                param.name,
                format!("`{}` is required by {} {}", param.name, V::PROVIDER.as_str(), endpoint.name),
            ));
        }
    }
    Ok(Params { endpoint, values })
}

fn is_empty(value: &Value) -> bool {
    value.is_null() || value.as_str().is_some_and(|text| text.trim().is_empty())
}

fn is_blank(value: Option<&WireValue>) -> bool {
    value.is_none_or(|value| matches!(value, WireValue::Text(text) if text.is_empty()))
}

fn unknown_parameter<V: Vendor>(endpoint: &Endpoint<V>, key: &str) -> Error {
    let suggestion = endpoint
        .params
        .iter()
        .find(|param| param.name.eq_ignore_ascii_case(key))
        .map(|param| format!("; did you mean `{}`? (names are case-sensitive)", param.name))
        .unwrap_or_default();
    Error::parameter(
        ErrorCode::UnknownParameter,
        key,
        format!("`{}` is not a parameter of {} {}{suggestion}", echo(key), V::PROVIDER.as_str(), endpoint.name),
    )
}

fn invalid(param: &Param, expected: &str) -> Error {
    Error::parameter(ErrorCode::InvalidParameter, param.name, format!("`{}` must be {expected}", param.name))
}

fn check_value(param: &Param, value: &Value) -> Result<WireValue, Error> {
    let wire = match param.kind {
        ParamType::Text => match value {
            Value::String(text) => WireValue::Text(text.clone()),
            Value::Number(number) if number.is_i64() || number.is_u64() => WireValue::Text(number.to_string()),
            _ => return Err(invalid(param, "a string")),
        },
        ParamType::Integer => WireValue::Integer(integer_of(value).ok_or_else(|| invalid(param, "an integer"))?),
        ParamType::IdList => WireValue::Text(id_list(value).ok_or_else(|| {
            invalid(param, "a comma-separated string or an array of ids, e.g. \"11,23\" or [11, 23]")
        })?),
        ParamType::Date => match value {
            Value::String(text) if text.is_empty() || is_date(text) => WireValue::Text(text.clone()),
            _ => return Err(invalid(param, "a date yyyy-MM-dd (optionally followed by HH:mm[:ss])")),
        },
        ParamType::Decimal => WireValue::Decimal(decimal(value).ok_or_else(|| {
            invalid(
                param,
                "a decimal number (a JSON number or text such as \"1,280.50\"), at most 15 significant digits",
            )
        })?),
        ParamType::Rows(fields) => WireValue::Json(rows(param, fields, value)?),
        ParamType::Condition(keys) => WireValue::Text(condition(param, keys, value)?),
    };
    check_limits(param, &wire)?;
    Ok(wire)
}

/// The plain decimal text of a JSON number or of text with optional thousands separators.
fn decimal(value: &Value) -> Option<String> {
    let text = match value {
        Value::Number(number) => match number.as_i64() {
            Some(whole) => whole.to_string(),
            None => number.as_f64().filter(|float| float.is_finite()).map(|float| float.to_string())?,
        },
        Value::String(text) => text.trim().replace(',', ""),
        _ => return None,
    };
    let unsigned = text.strip_prefix('-').unwrap_or(&text);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let digits_only = |part: &str| part.bytes().all(|byte| byte.is_ascii_digit());
    if whole.is_empty()
        || !digits_only(whole)
        || !digits_only(fraction)
        || (unsigned.contains('.') && fraction.is_empty())
    {
        return None;
    }
    let significant = format!("{whole}{fraction}").trim_start_matches('0').len();
    (significant <= 15).then_some(text)
}

/// A `rows` value: an array of objects, each checked against `fields` like a call's parameters; a
/// failure names the line and field (`contractList[0].Num`).
fn rows(param: &Param, fields: &'static [Param], value: &Value) -> Result<Value, Error> {
    let Value::Array(lines) = value else {
        return Err(invalid(param, "an array of objects"));
    };
    let mut checked = Vec::with_capacity(lines.len());
    for (index, line) in lines.iter().enumerate() {
        let Value::Object(line) = line else {
            return Err(invalid(param, "an array of objects"));
        };
        let qualified = |name: &str| format!("{}[{index}].{name}", param.name);
        let mut object = Map::new();
        for (key, item) in line {
            let Some(field) = fields.iter().find(|field| field.name == key) else {
                let known: Vec<&str> = fields.iter().map(|field| field.name).collect();
                return Err(Error::parameter(
                    ErrorCode::UnknownParameter,
                    &qualified(key),
                    format!(
                        "`{}` is not a field of `{}` (case-sensitive): {}",
                        echo(key),
                        param.name,
                        known.join(", ")
                    ),
                ));
            };
            if is_empty(item) {
                continue;
            }
            let wire = check_value(field, item).map_err(|error| {
                let name = qualified(field.name);
                let message = error.message().replacen(&format!("`{}`", field.name), &format!("`{name}`"), 1);
                Error::parameter(error.code(), &name, message)
            })?;
            object.insert(field.name.to_owned(), wire.to_json());
        }
        if let Some(missing) = fields.iter().find(|field| field.required && !object.contains_key(field.name)) {
            let name = qualified(missing.name);
            return Err(Error::parameter(ErrorCode::MissingParameter, &name, format!("`{name}` is required")));
        }
        checked.push(Value::Object(object));
    }
    Ok(Value::Array(checked))
}

fn check_limits(param: &Param, wire: &WireValue) -> Result<(), Error> {
    let outside = |number: f64, (min, max): (i64, i64)| number < min as f64 || number > max as f64;
    let out_of_range = match (param.range, wire) {
        (Some((min, max)), WireValue::Integer(number)) => *number < min || *number > max,
        (Some(range), WireValue::Decimal(text)) => text.parse::<f64>().is_ok_and(|number| outside(number, range)),
        _ => false,
    };
    if let (true, Some((min, max))) = (out_of_range, param.range) {
        let bound = if max == i64::MAX { format!("at least {min}") } else { format!("between {min} and {max}") };
        return Err(invalid(param, &bound));
    }
    let text = wire.as_text();
    if let Some(limit) = param.max_chars {
        let length = text.chars().count();
        if length > limit {
            return Err(Error::parameter(
                ErrorCode::ValueTooLong,
                param.name,
                format!("`{}` is {length} characters long; the vendor accepts at most {limit}", param.name),
            ));
        }
    }
    if !param.choices.is_empty() && !text.is_empty() && !param.choices.iter().any(|choice| choice.value == text) {
        let allowed: Vec<String> = param
            .choices
            .iter()
            .filter(|choice| !choice.value.is_empty())
            .map(|choice| format!("{} ({})", choice.value, choice.label))
            .collect();
        return Err(invalid(param, &format!("one of {}", allowed.join(", "))));
    }
    Ok(())
}

fn integer_of(value: &Value) -> Option<i64> {
    match value {
        Value::Number(number) => number.as_i64(),
        Value::String(text) => text.trim().parse().ok(),
        _ => None,
    }
}

fn id_list(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) if number.is_i64() || number.is_u64() => Some(number.to_string()),
        Value::Array(items) => {
            let parts: Option<Vec<String>> = items
                .iter()
                .map(|item| match item {
                    Value::String(text) if !text.contains(',') => Some(text.clone()),
                    Value::Number(number) if number.is_i64() || number.is_u64() => Some(number.to_string()),
                    _ => None,
                })
                .collect();
            parts.map(|parts| parts.join(","))
        }
        _ => None,
    }
}

/// `yyyy-MM-dd`, optionally followed by ` HH:mm` or ` HH:mm:ss`.
fn is_date(text: &str) -> bool {
    let (day, time) = match text.split_once(' ') {
        Some((day, time)) => (day, Some(time)),
        None => (text, None),
    };
    let digits_at = |part: &str, shape: &str| {
        part.len() == shape.len()
            && part
                .bytes()
                .zip(shape.bytes())
                .all(|(byte, pattern)| if pattern == b'9' { byte.is_ascii_digit() } else { byte == pattern })
    };
    digits_at(day, "9999-99-99") && time.is_none_or(|time| digits_at(time, "99:99") || digits_at(time, "99:99:99"))
}

fn condition(param: &Param, keys: &'static [ConditionKey], value: &Value) -> Result<String, Error> {
    let parsed;
    let object = match value {
        Value::Object(object) => object,
        Value::String(text) => {
            parsed = serde_json::from_str::<Value>(text).map_err(|_| invalid(param, "a JSON object"))?;
            parsed.as_object().ok_or_else(|| invalid(param, "a JSON object"))?
        }
        _ => return Err(invalid(param, "a JSON object")),
    };
    for (name, item) in object {
        let qualified = format!("{}.{name}", param.name);
        let Some(key) = keys.iter().find(|key| key.name == name) else {
            let known: Vec<&str> = keys.iter().map(|key| key.name).collect();
            return Err(Error::parameter(
                ErrorCode::UnknownParameter,
                &qualified,
                format!(
                    "`{}` is not a documented key of `{}` (case-sensitive): {}",
                    echo(name),
                    param.name,
                    known.join(", ")
                ),
            ));
        };
        let fits = match key.kind {
            ConditionKind::List => item.is_array(),
            ConditionKind::Text => item.is_string() || item.is_number(),
            ConditionKind::Date => item.as_str().is_some_and(|text| text.is_empty() || is_date(text)),
        };
        if !fits {
            let expected = match key.kind {
                ConditionKind::List => "an array",
                ConditionKind::Text => "a string",
                ConditionKind::Date => "a date yyyy-MM-dd",
            };
            return Err(Error::parameter(
                ErrorCode::InvalidParameter,
                &qualified,
                format!("`{qualified}` must be {expected}"),
            ));
        }
    }
    serde_json::to_string(object).map_err(|_| invalid(param, "a JSON object"))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::catalogue::{Eshouhou, Zhibang};

    fn endpoint<V: Vendor>(_: V, name: &str) -> &'static Endpoint<V> {
        V::endpoint(name).expect("endpoint in catalogue")
    }

    fn check<V: Vendor>(vendor: V, name: &str, input: Value) -> Result<Params<V>, Error> {
        let object = input.as_object().cloned().unwrap_or_default();
        validate(endpoint(vendor, name), &object, &|_| None)
    }

    #[test]
    fn required_limits_and_order() {
        let params = check(
            Zhibang,
            "service_handle",
            json!({"intro": "171", "cate": 61, "info1": "换了滤芯", "cateid": "62", "ord": "1234"}),
        )
        .expect("valid");
        let names: Vec<&str> = params.iter().map(|(param, _)| param.name).collect();
        assert_eq!(names, ["ord", "cateid", "info1", "cate", "intro"]);
        assert_eq!(params.get("ord"), Some(&WireValue::Integer(1234)));
        assert_eq!(params.get("cate"), Some(&WireValue::Text("61".into())));

        let missing = check(Zhibang, "service_handle", json!({"ord": 1})).expect_err("missing");
        assert_eq!(missing.code(), ErrorCode::MissingParameter);
        assert_eq!(missing.parameter_name(), Some("cateid"));

        let long = "维".repeat(4001);
        let too_long = check(
            Zhibang,
            "service_handle",
            json!({"ord": 1, "cateid": "1", "info1": long, "cate": "1", "intro": "1"}),
        )
        .expect_err("too long");
        assert_eq!(too_long.code(), ErrorCode::ValueTooLong);
        assert_eq!(too_long.parameter_name(), Some("info1"));
        let at_limit = "维".repeat(4000);
        assert!(
            check(
                Zhibang,
                "service_handle",
                json!({"ord": 1, "cateid": "1", "info1": at_limit, "cate": "1", "intro": "1"})
            )
            .is_ok()
        );
    }

    #[test]
    fn unknown_names_suggest_the_right_case() {
        let error = check(Zhibang, "service_list", json!({"telname": "x"})).expect_err("unknown");
        assert_eq!(error.code(), ErrorCode::UnknownParameter);
        assert!(error.message().contains("`TelName`"), "{}", error.message());
    }

    #[test]
    fn types_are_checked() {
        let error = check(Zhibang, "service_detail", json!({"ord": "abc"})).expect_err("type");
        assert_eq!(error.code(), ErrorCode::InvalidParameter);
        let error = check(Zhibang, "service_list", json!({"title": true})).expect_err("type");
        assert_eq!(error.parameter_name(), Some("title"));
        let ids = check(Zhibang, "service_list", json!({"cateid": [61, "62"]})).expect("ids");
        assert_eq!(ids.get("cateid"), Some(&WireValue::Text("61,62".into())));
        let error = check(Zhibang, "customer_list", json!({"a_date_0": "2024/01/01"})).expect_err("date");
        assert_eq!(error.parameter_name(), Some("a_date_0"));
        assert!(check(Zhibang, "customer_list", json!({"a_date_0": "2024-01-01 08:30"})).is_ok());
    }

    #[test]
    fn choices_ranges_and_defaults() {
        let params = check(Zhibang, "staff_list", json!({})).expect("ok");
        assert_eq!(params.get("stype").map(WireValue::as_text).as_deref(), Some("check"));
        let endpoint = endpoint(Eshouhou, "get_customer_products");
        let from_config = |param: &'static Param| {
            (param.config_key == Some("service_space_id")).then(|| WireValue::Text("space".into()))
        };
        let filled = validate(endpoint, &Map::new(), &from_config).expect_err("network id still missing");
        assert_eq!(filled.parameter_name(), Some("serviceNetworkId"));
        let given = json!({"serviceSpaceId": "mine", "serviceNetworkId": "n", "serviceNetworkType": 1});
        let params = validate(endpoint, given.as_object().expect("object"), &from_config).expect("valid");
        assert_eq!(params.get("serviceSpaceId"), Some(&WireValue::Text("mine".into())), "a given value wins");
        let error = check(Eshouhou, "get_customer_project", json!({"projectId": "p", "serviceNetworkType": 3}))
            .expect_err("choice");
        assert_eq!(error.code(), ErrorCode::InvalidParameter);
        let error = check(Eshouhou, "token", json!({"expire": 25})).expect_err("range");
        assert_eq!(error.parameter_name(), Some("expire"));
        assert!(check(Zhibang, "service_list", json!({"remind": ""})).is_ok());
    }

    #[test]
    fn condition_is_serialized_and_its_keys_checked() {
        let params =
            check(Eshouhou, "get_work_orders", json!({"condition": {"state": [1, 2], "startdate": "2024-01-01"}}))
                .expect("ok");
        let text = params.get("condition").map(WireValue::as_text).expect("condition").into_owned();
        assert_eq!(
            serde_json::from_str::<Value>(&text).ok(),
            Some(json!({"state": [1, 2], "startdate": "2024-01-01"}))
        );
        let error = check(Eshouhou, "get_work_orders", json!({"condition": {"State": [1]}})).expect_err("case");
        assert_eq!(error.parameter_name(), Some("condition.State"));
        let error = check(Eshouhou, "get_work_orders", json!({"condition": {"state": 1}})).expect_err("array");
        assert_eq!(error.code(), ErrorCode::InvalidParameter);
        assert!(check(Eshouhou, "get_work_orders", json!({"condition": "{\"customerid\": \"x\"}"})).is_ok());
    }

    #[test]
    fn empty_strings_are_parameters_not_given() {
        let params =
            check(Zhibang, "service_list", json!({"stype": "", "pagesize": " ", "pageindex": "", "TelName": ""}))
                .expect("empty is not given");
        assert_eq!(params.iter().count(), 0);
        let error = check(Zhibang, "service_detail", json!({"ord": ""})).expect_err("still required");
        assert_eq!(error.code(), ErrorCode::MissingParameter);
    }

    #[test]
    fn decimals_are_exact_and_bounded() {
        let save = |num: Value| {
            check(
                Zhibang,
                "repair_save",
                json!({"title": "t", "SerialNumber": "s", "repair_sl": 5001, "ProcessID": 1, "num": num, "Cost": "1,280.50"}),
            )
        };
        let params = save(json!(1.5)).expect("valid");
        assert_eq!(params.get("num"), Some(&WireValue::Decimal("1.5".into())));
        assert_eq!(params.get("Cost"), Some(&WireValue::Decimal("1280.50".into())));
        assert_eq!(params.get("Cost").map(WireValue::to_json), Some(json!(1280.5)));
        assert_eq!(
            save(json!("999999999")).expect("at the limit").get("num").map(WireValue::to_json),
            Some(json!(999_999_999))
        );
        for bad in
            [json!("1000000000"), json!("-1"), json!("1e3"), json!("1.2.3"), json!("12345678.123456789"), json!(true)]
        {
            let error = save(bad.clone()).expect_err("invalid");
            assert_eq!((error.code(), error.parameter_name()), (ErrorCode::InvalidParameter, Some("num")), "{bad}");
        }
        let error = check(
            Zhibang,
            "repair_save",
            json!({"title": "t", "SerialNumber": "s", "repair_sl": 5001, "ProcessID": 1, "num": 1, "Cost": 1, "hiddentmp": "x".repeat(51)}),
        )
        .expect_err("too long");
        assert_eq!(error.parameter_name(), Some("hiddentmp"));
        let error = check(
            Zhibang,
            "repair_save",
            json!({"title": "t", "SerialNumber": "s", "repair_sl": "intake", "ProcessID": 1, "num": 1, "Cost": 1}),
        )
        .expect_err("an integer");
        assert_eq!(error.parameter_name(), Some("repair_sl"));
    }

    #[test]
    fn rows_are_checked_line_by_line() {
        let line = json!({"ProductName": "x", "ProductCode": "CP1", "productUnitName": "台", "InvoiceTypeName": "普票",
                          "Num": "2", "Discount": 1, "TaxRate": 13, "Price": "300.50", "IsTax": 1});
        let contract = |lines: Value| {
            check(
                Zhibang,
                "contract_add",
                json!({"Title": "t", "HTId": "h", "CompanyName": "c", "SignDate": "2025-07-01", "BeginDate": "2025-07-01",
                       "SortName": "s", "Currency": "人民币", "AutoCreateType": 0, "StatusName": "s", "PaymentStatus": 0,
                       "PaybackMode": 1, "InvoiceStatus": 1, "InvoiceMode": 2, "contractList": lines}),
            )
        };
        let params = contract(json!([line])).expect("valid");
        let sent = params.get("contractList").map(WireValue::to_json).expect("lines");
        assert_eq!(sent[0]["Price"], json!(300.5));
        assert_eq!(sent[0]["IsTax"], json!(1));
        let mut missing = line.clone();
        missing.as_object_mut().map(|line| line.remove("Num"));
        let error = contract(json!([line, missing])).expect_err("missing");
        assert_eq!((error.code(), error.parameter_name()), (ErrorCode::MissingParameter, Some("contractList[1].Num")));
        let error = contract(json!([{"Nope": 1}])).expect_err("unknown");
        assert_eq!(error.parameter_name(), Some("contractList[0].Nope"));
        let error = contract(json!({"ProductName": "x"})).expect_err("not a list");
        assert_eq!(error.parameter_name(), Some("contractList"));
    }

    #[test]
    fn parse_object_rejects_non_objects() {
        assert!(parse_object(None, "params_json").expect("empty").is_empty());
        assert!(parse_object(Some("  "), "params_json").expect("blank").is_empty());
        assert_eq!(parse_object(Some("[1]"), "params_json").expect_err("array").code(), ErrorCode::InvalidJson);
        assert_eq!(parse_object(Some("{"), "params_json").expect_err("broken").code(), ErrorCode::InvalidJson);
    }
}
