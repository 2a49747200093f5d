//! Products (reference §8.7; help nodes 89–94, 304–306): the product list and bill, the v3 add, edit and
//! batch add, and the family-C unit and invoice-type lists.

use serde_json::{Value, json};

use super::books::Ledger;
use super::data::{self, Dataset, INVOICE_TYPE, PRODUCT_CATEGORIES, UNIT};
use super::document::{self, Column, Field, column};
use super::forms::{self, Input, Kind, Source, Values, input, text};
use super::request::{PagePost, WebPost};
use super::table::{self, ListQuery};
use crate::calendar::LocalTime;

const NOT_FOUND: &str = "该产品不存在或已被删除！";

pub struct ProductRecord {
    pub ord: u64,
    pub name: String,
    pub number: String,
    pub model: String,
    pub category: u64,
    /// The base unit's id, and every unit as the JSON text of the list's `units` column.
    pub unit_id: u64,
    pub units: String,
    pub price_cents: i64,
    pub intro: String,
    /// The v3 fields the list and bill do not show, kept as sent.
    pub extra: Values,
    pub added: LocalTime,
}

/// The first unit id of a `units` JSON text (`{"1":"台","2":"套"}` → 1).
pub fn first_unit(units: &str) -> u64 {
    serde_json::from_str::<serde_json::Map<String, Value>>(units)
        .ok()
        .and_then(|units| units.keys().next().and_then(|id| id.parse().ok()))
        .unwrap_or(1)
}

pub fn seed(dataset: &Dataset) -> Vec<ProductRecord> {
    dataset
        .products
        .iter()
        .map(|product| ProductRecord {
            ord: product.ord,
            name: product.name.clone(),
            number: product.number.clone(),
            model: product.model.clone(),
            category: product.category,
            unit_id: UNIT.resolve(product.unit).unwrap_or_else(|| first_unit(product.units)),
            units: product.units.to_owned(),
            price_cents: product.price_cents,
            intro: format!("{}，{}年整机保修。", product.name, product.appliance.warranty_years),
            extra: Values::new(),
            added: crate::calendar::LocalTime::midnight(2021, 1, 4),
        })
        .collect()
}

impl ProductRecord {
    fn unit_name(&self) -> &'static str {
        UNIT.label(self.unit_id)
    }
}

const COLUMNS: &[Column] = &[
    column("ord", "int"),
    column("cpname", "varchar"),
    column("cpbh", "varchar"),
    column("cpxh", "varchar"),
    column("unitname", "varchar"),
    column("unitjb", "varchar"),
    column("units", "varchar"),
    column("fenlei", "varchar"),
];

fn row(product: &ProductRecord) -> Vec<String> {
    vec![
        product.ord.to_string(),
        product.name.clone(),
        product.number.clone(),
        product.model.clone(),
        product.unit_name().to_owned(),
        product.unit_name().to_owned(),
        product.units.clone(),
        data::category_path(product.category),
    ]
}

/// `product/billlist.asp` with `cmdkey: "refresh"`: newest first.
pub fn list(ledger: &Ledger, post: &PagePost) -> Value {
    let query = ListQuery::from_post(post, COLUMNS);
    let name = table::fuzzy(post, "cpname");
    let number = table::fuzzy(post, "cpbh");
    let model = table::fuzzy(post, "cpxh");
    let ords = table::id_list(post, "ords");
    let categories = table::id_list(post, "idProductClass")
        .map(|classes| classes.into_iter().flat_map(data::category_and_below).collect::<Vec<_>>());
    let search = table::fuzzy(post, "searchKey");
    let rows = ledger
        .products
        .iter()
        .rev()
        .filter(|product| {
            table::allows_text(name, &product.name)
                && table::allows_text(number, &product.number)
                && table::allows_text(model, &product.model)
                && table::allows(&ords, product.ord)
                && table::allows(&categories, product.category)
        })
        .map(row)
        .filter(|row| table::searched(search, row))
        .collect();
    query.answer(COLUMNS, rows)
}

/// `product/billservice.asp`: the bill of one product.
pub fn detail(ledger: &Ledger, post: &PagePost) -> Value {
    let Some(product) = ledger.products.iter().find(|product| product.ord.to_string() == post.get("ord")) else {
        return document::notice(NOT_FOUND);
    };
    let fields = vec![
        Field::new("cpname", "产品名称", &product.name).required(100),
        Field::new("cpbh", "产品编号", &product.number).max_length(50),
        Field::new("cpxh", "产品型号", &product.model).max_length(100),
        Field::new("sort", "产品分类", data::category_path(product.category)).value(product.category),
        Field::new("unitjb", "基本单位", product.unit_name()).value(product.unit_id),
        Field::new("price1", "建议售价", document::money(product.price_cents)).dbtype("money"),
        Field::new("intro", "产品说明", &product.intro).kind("textarea").max_length(4000),
        Field::new("date7", "添加时间", product.added.date_minutes()).kind("date").dbtype("datetime"),
    ];
    document::bill("product", "产品详情", product.ord, vec![document::group("base", "产品信息", fields)])
}

const UNIT_PERIODS: &[(&str, &str)] = &[("1", "小时"), ("2", "天"), ("3", "周"), ("4", "月"), ("5", "年")];

/// The fields the v3 add and edit check; the product policy (策略) of the sandbox requires a name. A
/// batch line may leave out `CanOutStore` (default 1, goods).
fn product_form(adding: bool, batch: bool) -> Vec<Input> {
    let required = |input: Input| if adding { input.required() } else { input };
    let can_out_store = input("CanOutStore", "产品属性", Kind::Choice(&[("1", "实体"), ("0", "虚拟")]));
    vec![
        required(text("Title", "产品名称", 500)),
        text("Code", "产品编号", 500),
        text("Model", "产品型号", 500),
        required(input("Sort1", "产品分类", Kind::Integer)),
        text("Pym", "产品拼音码", 500),
        if batch { can_out_store } else { required(can_out_store) },
        required(text("Roles", "产品角色", 50)),
        required(input(
            "PriceMode",
            "计价方式",
            Kind::Choice(&[("0", "先进先出法"), ("1", "个别计价法"), ("2", "全月平均法"), ("3", "移动加权平均法")]),
        )),
        input("IncludeTax", "是否含税", Kind::Choice(&[("1", "含税"), ("0", "不含税")])),
        text("InvoiceTypes", "可开票据类型", 200),
        required(input("Unitjb", "基本单位", Kind::Enum(&UNIT))),
        text("Intro1", "产品说明", 4000),
        input("CpyxqUnit", "产品有效期单位", Kind::Choice(&UNIT_PERIODS[1..])),
        input("RemindUnit", "失效提前期单位", Kind::Choice(UNIT_PERIODS)),
        input("MaintainUnit", "养护周期单位", Kind::Choice(UNIT_PERIODS)),
        input("InDate", "创建时间", Kind::Date),
    ]
}

/// `/webapi/v3/store/product/add`, `/edit` and `/webapi/v3/store/productbatch/add`: `{Code, Msg}`.
pub fn v3_save(ledger: &mut Ledger, post: &WebPost, path: &str) -> Value {
    let outcome = match path {
        "/webapi/v3/store/product/edit" => edit(ledger, post),
        "/webapi/v3/store/productbatch/add" => batch(ledger, post),
        _ => add(ledger, post, false).map(|()| "添加成功".to_owned()),
    };
    match outcome {
        Ok(message) => json!({"Code": 200, "Msg": message}),
        Err(message) => json!({"Code": 300, "Msg": message.trim_end_matches('！').trim_end_matches("，不能保存")}),
    }
}

fn checked_category(values: &Values) -> Result<Option<u64>, String> {
    match values.get("Sort1") {
        None => Ok(None),
        Some(sort) => {
            let sort =
                sort.parse::<u64>().ok().filter(|id| PRODUCT_CATEGORIES.iter().any(|category| category.id == *id));
            sort.map(Some).ok_or_else(|| "产品分类不存在，必须大于0".to_owned())
        }
    }
}

fn checked_roles(values: &Values) -> Result<(), String> {
    match values.get("Roles") {
        Some(roles) if !roles.split(',').all(|role| matches!(role.trim(), "0" | "1" | "2" | "3")) => {
            Err("产品角色无效".to_owned())
        }
        _ => Ok(()),
    }
}

fn add(ledger: &mut Ledger, post: &dyn Source, batch: bool) -> Result<(), String> {
    let values = forms::check(post, &product_form(true, batch))?;
    let category = checked_category(&values)?.unwrap_or(1);
    checked_roles(&values)?;
    let code = values.get("Code").cloned().unwrap_or_default();
    if !code.is_empty() && ledger.products.iter().any(|product| product.number == code) {
        return Err("产品编号已存在".to_owned());
    }
    let unit = values.get("Unitjb").and_then(|unit| unit.parse().ok()).unwrap_or(1);
    let ord = ledger.products.iter().map(|product| product.ord).max().unwrap_or(data::FIRST_PRODUCT_ORD - 1) + 1;
    let price = forms::amount(post.value("Price2jy")).map_or(0, |price| (price * 100.0).round() as i64);
    ledger.products.push(ProductRecord {
        ord,
        name: values.get("Title").cloned().unwrap_or_default(),
        number: if code.is_empty() { format!("CP{:06}", ord - data::FIRST_PRODUCT_ORD + 1) } else { code },
        model: values.get("Model").cloned().unwrap_or_default(),
        category,
        unit_id: unit,
        units: json!({unit.to_string(): UNIT.label(unit)}).to_string(),
        price_cents: price,
        intro: values.get("Intro1").cloned().unwrap_or_default(),
        extra: values,
        added: LocalTime::now(),
    });
    Ok(())
}

fn edit(ledger: &mut Ledger, post: &WebPost) -> Result<String, String> {
    if post.get("ord").is_empty() {
        return Err("单据ID不能为空".to_owned());
    }
    let position = ledger.products.iter().position(|product| product.ord.to_string() == post.get("ord"));
    let position = position.ok_or("产品不存在或已被删除")?;
    let values = forms::check(post, &product_form(false, false))?;
    let category = checked_category(&values)?;
    checked_roles(&values)?;
    if let Some(code) = values.get("Code")
        && ledger.products.iter().any(|other| other.number == *code && other.ord.to_string() != post.get("ord"))
    {
        return Err("产品编号已存在".to_owned());
    }
    let product = &mut ledger.products[position];
    for (id, target) in [
        ("Title", &mut product.name),
        ("Code", &mut product.number),
        ("Model", &mut product.model),
        ("Intro1", &mut product.intro),
    ] {
        if let Some(value) = values.get(id) {
            target.clone_from(value);
        }
    }
    if let Some(category) = category {
        product.category = category;
    }
    if let Some(unit) = values.get("Unitjb").and_then(|unit| unit.parse().ok()) {
        product.unit_id = unit;
    }
    product.extra.extend(values);
    Ok("修改成功".to_owned())
}

fn batch(ledger: &mut Ledger, post: &WebPost) -> Result<String, String> {
    let products = post.list("productlvw").filter(|products| !products.is_empty()).ok_or("产品明细不能为空")?;
    for (position, product) in products.iter().enumerate() {
        add(ledger, product, true).map_err(|message| format!("第{}行{}", position + 1, message))?;
    }
    Ok(format!("添加成功，共{}条", products.len()))
}

/// Family C, `GetProductUnitLists` and `GetInvoiceTypesLists`: `[{ID, Name}]`.
pub fn units() -> Value {
    UNIT.options.iter().map(|(id, name)| json!({"ID": id, "Name": name})).collect()
}

pub fn invoice_types() -> Value {
    INVOICE_TYPE.options.iter().map(|(id, name)| json!({"ID": id, "Name": name})).collect()
}
