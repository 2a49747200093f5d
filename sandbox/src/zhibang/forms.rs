//! Forms the vendor's save pages check and its detail pages show: one list of inputs per page, each with
//! its caption, whether it is required, its length limit and what its value must be. Checking runs in the
//! vendor's order (required fields, then lengths, then values) and answers in the vendor's words, and the
//! same list renders the stored record as bill fields.

use std::collections::BTreeMap;

use serde_json::Value;

use super::data::{self, Enumeration};
use super::document::{self, Field};
use crate::calendar::LocalTime;
use crate::demo;

/// The largest amount the vendor's decimal fields take (`999999999以内`).
pub const MAX_AMOUNT: f64 = 999_999_999.0;

/// Where a form's values come from: a family-A post or a family-B body.
pub trait Source {
    /// The value, trimmed; "" when absent.
    fn value(&self, id: &str) -> &str;
    /// The value as given, for length checks.
    fn raw(&self, id: &str) -> &str;
}

/// What an input's value must be.
#[derive(Clone, Copy)]
pub enum Kind {
    Text,
    Integer,
    /// A non-negative amount up to [`MAX_AMOUNT`], thousands separators allowed.
    Decimal,
    /// `yyyy-MM-dd`, optionally followed by `HH:mm[:ss]`.
    Date,
    /// One of the listed values (value, label).
    Choice(&'static [(&'static str, &'static str)]),
    Enum(&'static Enumeration),
    /// One staff member's user id.
    Staff,
    /// Comma-separated staff user ids.
    StaffList,
    /// A region id of `area_list.asp`.
    Region,
}

#[derive(Clone, Copy)]
pub struct Input {
    pub id: &'static str,
    pub caption: &'static str,
    pub kind: Kind,
    pub required: bool,
    /// Longest value in characters; 0 for no limit.
    pub max: usize,
}

pub const fn input(id: &'static str, caption: &'static str, kind: Kind) -> Input {
    Input { id, caption, kind, required: false, max: 0 }
}

pub const fn text(id: &'static str, caption: &'static str, max: usize) -> Input {
    Input { max, ..input(id, caption, Kind::Text) }
}

impl Input {
    pub const fn required(mut self) -> Input {
        self.required = true;
        self
    }
}

/// A record's stored values by input id (trimmed, only those given).
pub type Values = BTreeMap<String, String>;

/// Checks `source` against `inputs`: the first failure in the vendor's order, as its message.
pub fn check(source: &dyn Source, inputs: &[Input]) -> Result<Values, String> {
    if let Some(empty) = inputs.iter().find(|input| input.required && source.value(input.id).is_empty()) {
        return Err(format!("{}不能为空！", empty.caption));
    }
    if let Some(long) = inputs.iter().find(|input| input.max > 0 && source.raw(input.id).chars().count() > input.max) {
        return Err(format!("{}超出长度限制，不能保存！", long.caption));
    }
    let mut values = Values::new();
    for input in inputs {
        let value = source.value(input.id);
        if value.is_empty() {
            continue;
        }
        if !valid(input.kind, value) {
            return Err(match input.kind {
                Kind::Integer | Kind::Decimal => format!("{}必须是数字，不能保存！", input.caption),
                Kind::Date => format!("{}格式不正确，不能保存！", input.caption),
                _ => format!("{}无效，不能保存！", input.caption),
            });
        }
        values.insert(input.id.to_owned(), value.to_owned());
    }
    Ok(values)
}

fn valid(kind: Kind, value: &str) -> bool {
    match kind {
        Kind::Text => true,
        Kind::Integer => value.parse::<i64>().is_ok(),
        Kind::Decimal => amount(value).is_some(),
        Kind::Date => date(value).is_some(),
        Kind::Choice(choices) => choices.iter().any(|(choice, _)| *choice == value),
        Kind::Enum(enumeration) => value.parse().is_ok_and(|id| enumeration.contains(id)),
        Kind::Staff => staff(value).is_some(),
        Kind::StaffList => value.split(',').all(|id| staff(id.trim()).is_some()),
        Kind::Region => value.parse().ok().and_then(demo::region_by_id).is_some(),
    }
}

/// A non-negative amount up to [`MAX_AMOUNT`], thousands separators allowed.
pub fn amount(text: &str) -> Option<f64> {
    text.replace(',', "").parse::<f64>().ok().filter(|value| value.is_finite() && (0.0..=MAX_AMOUNT).contains(value))
}

/// `yyyy-MM-dd`, optionally followed by ` HH:mm` or ` HH:mm:ss`.
pub fn date(text: &str) -> Option<LocalTime> {
    let (day, time) = match text.split_once(' ') {
        Some((day, time)) => (day, Some(time)),
        None => (text, None),
    };
    let start = LocalTime::parse_date(day)?;
    let Some(time) = time else {
        return Some(start);
    };
    let parts: Vec<i64> = time.split(':').map(str::parse).collect::<Result<_, _>>().ok()?;
    match parts.as_slice() {
        [hour, minute] | [hour, minute, _] if (0..24).contains(hour) && (0..60).contains(minute) => {
            Some(start.plus_minutes(hour * 60 + minute))
        }
        _ => None,
    }
}

/// A staff member's user id.
pub fn staff(text: &str) -> Option<u64> {
    text.parse().ok().filter(|ord| data::staff_name(*ord).is_some())
}

/// What a stored value shows: the label of a choice, the name of staff, the text otherwise.
pub fn display(kind: Kind, value: &str) -> String {
    match kind {
        Kind::Choice(choices) => {
            choices.iter().find(|(choice, _)| *choice == value).map_or(value, |(_, label)| label).to_owned()
        }
        Kind::Enum(enumeration) => value.parse().map_or(String::new(), |id| enumeration.label(id).to_owned()),
        Kind::Staff | Kind::StaffList => value
            .split(',')
            .filter_map(|id| id.trim().parse().ok().and_then(data::staff_name))
            .collect::<Vec<_>>()
            .join(","),
        Kind::Region => region_text(value),
        _ => value.to_owned(),
    }
}

/// `北京市-北京市-朝阳区` for a region id; "" for anything else.
pub fn region_text(value: &str) -> String {
    value.parse().ok().and_then(demo::region_by_id).map_or(String::new(), |region| demo::region_path(region, "-"))
}

/// The options of a choice input, for a select field.
pub fn options_of(kind: Kind) -> Option<Value> {
    match kind {
        Kind::Choice(choices) => {
            Some(document::options(choices.iter().map(|(value, label)| ((*value).to_owned(), *label))))
        }
        Kind::Enum(enumeration) => {
            Some(document::options(enumeration.options.iter().map(|(id, label)| (id.to_string(), *label))))
        }
        Kind::Staff | Kind::StaffList => {
            Some(document::options(data::staff().map(|user| (user.ord.to_string(), user.name))))
        }
        _ => None,
    }
}

/// Bill fields showing `values` through `inputs`: captions, limits, required flags, options and the
/// column type the vendor declares for numbers and dates.
pub fn fields(inputs: &[Input], values: &Values) -> Vec<Field> {
    inputs
        .iter()
        .map(|input| {
            let value = values.get(input.id).map_or("", String::as_str);
            let mut field = Field::new(input.id, input.caption, display(input.kind, value)).value(value);
            field = match input.kind {
                Kind::Integer => field.dbtype("int"),
                Kind::Decimal => field.dbtype("decimal"),
                Kind::Date => field.kind("date").dbtype("datetime"),
                _ => field,
            };
            if let Some(options) = options_of(input.kind) {
                field = field.choices(options);
            }
            match (input.required, input.max) {
                (true, max) => field.required(max),
                (false, 0) => field,
                (false, max) => field.max_length(max),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    struct Map(HashMap<&'static str, &'static str>);

    impl Source for Map {
        fn value(&self, id: &str) -> &str {
            self.0.get(id).map_or("", |value| value.trim())
        }

        fn raw(&self, id: &str) -> &str {
            self.0.get(id).copied().unwrap_or("")
        }
    }

    const FORM: &[Input] = &[
        text("name", "客户名称", 5).required(),
        input("num", "数量", Kind::Decimal).required(),
        input("date1", "添加时间", Kind::Date),
        input("sex", "性别", Kind::Choice(&[("男", "男"), ("女", "女")])),
    ];

    fn check_map(pairs: &[(&'static str, &'static str)]) -> Result<Values, String> {
        check(&Map(pairs.iter().copied().collect()), FORM)
    }

    #[test]
    fn checks_in_the_vendor_order_with_its_words() {
        assert_eq!(check_map(&[("num", "x")]), Err("客户名称不能为空！".into()));
        assert_eq!(check_map(&[("name", "六个字的名字"), ("num", "")]), Err("数量不能为空！".into()));
        assert_eq!(
            check_map(&[("name", "六个字的名字"), ("num", "1")]),
            Err("客户名称超出长度限制，不能保存！".into())
        );
        assert_eq!(check_map(&[("name", "张三"), ("num", "1e10")]), Err("数量必须是数字，不能保存！".into()));
        assert_eq!(
            check_map(&[("name", "张三"), ("num", "1"), ("date1", "2025/01/01")]),
            Err("添加时间格式不正确，不能保存！".into())
        );
        assert_eq!(check_map(&[("name", "张三"), ("num", "1"), ("sex", "x")]), Err("性别无效，不能保存！".into()));
        let values = check_map(&[("name", " 张三 "), ("num", "1,200.50"), ("date1", "2025-01-01 08:30")]).expect("ok");
        assert_eq!(values.get("name").map(String::as_str), Some("张三"));
        assert!(!values.contains_key("sex"));
    }

    #[test]
    fn amounts_and_dates() {
        assert_eq!(amount("999,999,999"), Some(MAX_AMOUNT));
        assert_eq!(amount("1000000000"), None);
        assert_eq!(amount("-1"), None);
        assert!(date("2025-06-30 23:59:59").is_some());
        assert!(date("2025-06-30 24:00").is_none());
    }
}
