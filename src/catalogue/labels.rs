//! The vendors' documented enumerations, code → label (eshouhou reference §4 and §2.8).

use serde_json::Value;

use super::Choice;

const fn c(value: &'static str, label: &'static str) -> Choice {
    Choice { value, label }
}

/// Work-order `State` (W-STATE).
pub const WORK_ORDER_STATE: &[Choice] = &[
    c("0", "默认"),
    c("1", "新建"),
    c("2", "已受理"),
    c("3", "已收货"),
    c("4", "已分配"),
    c("5", "已派工"),
    c("6", "已接收"),
    c("7", "已预约"),
    c("8", "服务中"),
    c("9", "已完工"),
    c("10", "已质检"),
    c("11", "已发货"),
    c("12", "已结算"),
    c("13", "已回访"),
    c("14", "已关闭"),
    c("15", "已取消"),
    c("16", "异常"),
];

/// Work-order `PendState` (W-PEND).
pub const WORK_ORDER_PEND_STATE: &[Choice] = &[
    c("0", "默认"),
    c("1", "待受理"),
    c("2", "待收货"),
    c("3", "待分配"),
    c("4", "待派工"),
    c("5", "待接收"),
    c("6", "待预约"),
    c("7", "待服务"),
    c("8", "待回单"),
    c("9", "待质检"),
    c("10", "待发货"),
    c("11", "待结算"),
    c("12", "待回访"),
    c("13", "待关闭"),
    c("14", "已关闭"),
    c("15", "已取消"),
    c("16", "异常"),
];

/// Product and spare-part `WarrantyPeriod`.
pub const WARRANTY_PERIOD: &[Choice] = &[
    c("0", "默认"),
    c("1", "无保修"),
    c("2", "一个月"),
    c("3", "三个月"),
    c("4", "六个月"),
    c("5", "一年"),
    c("6", "二年"),
    c("7", "三年"),
    c("8", "四年"),
    c("9", "五年"),
    c("10", "六年"),
    c("11", "七年"),
    c("12", "八年"),
    c("13", "九年"),
    c("14", "十年"),
    c("15", "终生"),
];

/// Display-row `ShowType` of the v2 detail endpoints.
pub const SHOW_TYPE: &[Choice] = &[
    c("0", "纯展示"),
    c("1", "回单图片"),
    c("2", "服务项目"),
    c("3", "使用备件"),
    c("4", "回收备件"),
    c("5", "客户签名"),
    c("6", "客户标签"),
];

/// Contact and customer `Gender`.
pub const GENDER: &[Choice] = &[c("0", "默认"), c("1", "男"), c("2", "女")];

/// Service-space `EditionType`.
pub const EDITION_TYPE: &[Choice] = &[c("0", "默认"), c("1", "试用版"), c("3", "专业版"), c("4", "企业版")];

/// `serviceNetworkType` request parameter.
pub const NETWORK_TYPE: &[Choice] = &[c("1", "总部"), c("2", "网点")];

/// `queryType` of GetCategoryAndProductList.
pub const CATEGORY_QUERY_TYPE: &[Choice] = &[c("1", "子分类及产品"), c("2", "仅子分类"), c("3", "仅产品")];

/// The label of an enum code, sent as a number or as text.
pub fn label_for(choices: &'static [Choice], code: &Value) -> Option<&'static str> {
    let choice = match code {
        Value::Number(number) => {
            let code = number.as_i64()?;
            choices.iter().find(|choice| choice.value.parse::<i64>() == Ok(code))
        }
        Value::String(text) => {
            let text = text.trim();
            choices.iter().find(|choice| choice.value == text)
        }
        _ => None,
    };
    choice.map(|choice| choice.label)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn codes_as_numbers_or_text() {
        assert_eq!(label_for(WORK_ORDER_STATE, &json!(5)), Some("已派工"));
        assert_eq!(label_for(WORK_ORDER_STATE, &json!(" 5")), Some("已派工"));
        assert_eq!(label_for(WORK_ORDER_STATE, &json!(99)), None);
        assert_eq!(label_for(WORK_ORDER_STATE, &json!(true)), None);
    }
}
