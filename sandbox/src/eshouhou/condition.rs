//! The `condition` parameter: a JSON object serialised into the query string (reference §2.5). Keys
//! are case-sensitive; unknown keys are ignored, as the vendor does.

use serde_json::{Map, Value};

use crate::calendar::LocalTime;

const MALFORMED: &str = "condition参数格式错误";

pub struct Condition(Map<String, Value>);

impl Condition {
    pub fn parse(raw: &str) -> Result<Condition, String> {
        if raw.is_empty() {
            return Ok(Condition(Map::new()));
        }
        match serde_json::from_str(raw) {
            Ok(Value::Object(keys)) => Ok(Condition(keys)),
            _ => Err(MALFORMED.to_owned()),
        }
    }

    /// A non-empty scalar value as text.
    pub fn text(&self, key: &str) -> Option<String> {
        self.0.get(key).and_then(scalar).filter(|text| !text.is_empty())
    }

    /// A non-empty list; a lone scalar counts as a list of one.
    pub fn list(&self, key: &str) -> Option<Vec<String>> {
        let items: Vec<String> = match self.0.get(key)? {
            Value::Array(items) => items.iter().filter_map(scalar).collect(),
            other => scalar(other).into_iter().collect(),
        };
        (!items.is_empty()).then_some(items)
    }

    /// A `yyyy-MM-dd` date; a value that is not a date makes the whole condition malformed.
    pub fn date(&self, key: &str) -> Result<Option<LocalTime>, String> {
        match self.text(key) {
            None => Ok(None),
            Some(text) => LocalTime::parse_date(&text).map(Some).ok_or_else(|| MALFORMED.to_owned()),
        }
    }

    /// The inclusive day range `from_key`..=`to_key`, as start and exclusive end.
    pub fn day_range(&self, from_key: &str, to_key: &str) -> Result<DayRange, String> {
        Ok(DayRange { from: self.date(from_key)?, until: self.date(to_key)?.map(|day| day.plus_days(1)) })
    }
}

pub struct DayRange {
    from: Option<LocalTime>,
    until: Option<LocalTime>,
}

impl DayRange {
    pub fn is_open(&self) -> bool {
        self.from.is_none() && self.until.is_none()
    }

    pub fn contains(&self, time: LocalTime) -> bool {
        self.from.is_none_or(|from| time >= from) && self.until.is_none_or(|until| time < until)
    }
}

fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.trim().to_owned()),
        Value::Number(number) => Some(number.to_string()),
        Value::Bool(flag) => Some(flag.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::Condition;

    #[test]
    fn the_vendors_single_quoted_example_is_rejected() {
        assert!(Condition::parse("{'customerid':'xx','categorylist':[1,2,3]}").is_err());
        assert!(Condition::parse("[1,2]").is_err());
    }

    #[test]
    fn lists_accept_numbers_strings_and_lone_scalars() {
        let condition = Condition::parse(r#"{"state":[5,"6"],"pendstate":7,"channel":[]}"#).expect("valid");
        assert_eq!(condition.list("state"), Some(vec!["5".to_owned(), "6".to_owned()]));
        assert_eq!(condition.list("pendstate"), Some(vec!["7".to_owned()]));
        assert_eq!(condition.list("channel"), None);
    }

    #[test]
    fn a_bad_date_is_a_format_error() {
        let condition = Condition::parse(r#"{"startdate":"2020-13-01"}"#).expect("valid json");
        assert!(condition.date("startdate").is_err());
    }
}
