//! Customers (reference §8.3): the list with the filters that make sense for a demo installation, and
//! the customer bill of `custom/add.asp?edit=1`.

use serde_json::Value;

use super::data::{self, CUSTOMER_CATEGORY, CUSTOMER_SOURCE, CUSTOMER_VALUE, Customer, Dataset, INDUSTRY};
use super::document::{self, Column, Field, column};
use super::request::PagePost;
use super::table::{self, ListQuery};

const COLUMNS: &[Column] = &[
    column("ord", "int"),
    column("khid", "varchar"),
    column("name", "varchar"),
    column("telsort", "varchar"),
    column("area", "varchar"),
    column("phone", "varchar"),
    column("cateid", "varchar"),
    column("date1", "datetime"),
];

fn row(customer: &Customer) -> Vec<String> {
    vec![
        customer.ord.to_string(),
        customer.number.clone(),
        customer.name.clone(),
        CUSTOMER_CATEGORY.label(customer.category).to_owned(),
        customer.area(),
        customer.phone.clone(),
        data::staff_name(customer.salesperson).unwrap_or_default().to_owned(),
        customer.created.date_minutes(),
    ]
}

/// `custom/list.asp` with `cmdkey: "refresh"`: newest first.
pub fn list(dataset: &Dataset, post: &PagePost) -> Value {
    let query = ListQuery::from_post(post, COLUMNS);
    let name = table::fuzzy(post, "name");
    let number = table::fuzzy(post, "khid");
    let phone = table::fuzzy(post, "phone");
    let address = table::fuzzy(post, "address");
    let customer_ord = table::id_list(post, "telord");
    let categories = table::id_list(post, "telsort");
    let areas = table::id_list(post, "area");
    let salespeople = table::id_list(post, "a_cateid");
    let sources = table::id_list(post, "ly").or_else(|| table::id_list(post, "khly"));
    let values = table::id_list(post, "jz").or_else(|| table::id_list(post, "khjz"));
    let industries = table::id_list(post, "trade").or_else(|| table::id_list(post, "khhy"));
    let search = table::fuzzy(post, "searchKey");
    let rows = dataset
        .customers
        .iter()
        .rev()
        .filter(|customer| {
            table::allows_text(name, &customer.name)
                && table::allows_text(number, &customer.number)
                && phone.is_none_or(|phone| customer.phone.contains(phone) || customer.contact_mobile.contains(phone))
                && table::allows_text(address, &customer.address)
                && table::allows(&customer_ord, customer.ord)
                && table::allows(&categories, customer.category)
                && areas.as_ref().is_none_or(|areas| customer.in_areas(areas))
                && table::allows(&salespeople, customer.salesperson)
                && table::allows(&sources, customer.source)
                && table::allows(&values, customer.value)
                && table::allows(&industries, customer.industry)
        })
        .map(row)
        .filter(|row| table::searched(search, row))
        .collect();
    query.answer(COLUMNS, rows)
}

/// `custom/add.asp?edit=1`: the bill of one customer.
pub fn detail(dataset: &Dataset, post: &PagePost) -> Value {
    let Some(customer) = post.get("ord").parse().ok().and_then(|ord| dataset.customer(ord)) else {
        return document::notice("该客户不存在或已被删除！");
    };
    let choice = |enumeration: &data::Enumeration, id: u64, field: &'static str, caption: &'static str| {
        Field::new(field, caption, enumeration.label(id))
            .value(id)
            .choices(document::options(enumeration.options.iter().map(|(option, label)| (option.to_string(), *label))))
    };
    let (kind, kind_name) = if customer.is_company { (1, "单位客户") } else { (2, "个人客户") };
    let basics = vec![
        Field::new("intsort", "客户类型", kind_name).value(kind),
        Field::new("name", "客户名称", &customer.name).required(100),
        Field::new("khid", "客户编号", &customer.number).max_length(50),
        choice(&CUSTOMER_CATEGORY, customer.category, "sort1", "客户分类").required(50),
        choice(&CUSTOMER_SOURCE, customer.source, "ly", "客户来源"),
        choice(&INDUSTRY, customer.industry, "trade", "行业"),
        choice(&CUSTOMER_VALUE, customer.value, "jz", "客户价值"),
        Field::new("area", "客户区域", customer.area()).value(customer.district.id),
        Field::new("address", "地址", &customer.address).max_length(200),
        Field::new("phone", "电话", &customer.phone).max_length(50),
    ];
    let contact = vec![
        Field::new("person_name", "联系人", &customer.contact).required(50),
        Field::new("sex", "性别", customer.contact_sex),
        Field::new("job", "职务", customer.contact_job),
        Field::new("mobile", "手机", &customer.contact_mobile).max_length(50),
        Field::new("email", "邮件", &customer.email).max_length(100),
    ];
    let ownership = vec![
        Field::new("cateid", "销售人员", data::staff_name(customer.salesperson).unwrap_or_default())
            .value(customer.salesperson),
        Field::new("date1", "添加时间", customer.created.date_minutes()).kind("date").dbtype("datetime"),
    ];
    let mut groups = vec![document::group("base", "基本信息", basics)];
    if customer.is_company {
        groups.push(document::group("person", "联系人信息", contact));
    }
    groups.push(document::group("other", "其他信息", ownership));
    document::bill("tel", "客户详情", customer.ord, groups)
}
