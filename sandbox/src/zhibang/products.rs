//! Products (reference §8.7): the product list and the product bill of `billservice.asp`.

use serde_json::Value;

use super::data::{self, Dataset, Product};
use super::document::{self, Column, Field, column};
use super::request::PagePost;
use super::table::{self, ListQuery};

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

fn row(product: &Product) -> Vec<String> {
    vec![
        product.ord.to_string(),
        product.name.clone(),
        product.number.clone(),
        product.model.clone(),
        product.unit.to_owned(),
        product.unit.to_owned(),
        product.units.to_owned(),
        data::category_path(product.category),
    ]
}

/// `product/billlist.asp` with `cmdkey: "refresh"`: newest first.
pub fn list(dataset: &Dataset, post: &PagePost) -> Value {
    let query = ListQuery::from_post(post, COLUMNS);
    let name = table::fuzzy(post, "cpname");
    let number = table::fuzzy(post, "cpbh");
    let model = table::fuzzy(post, "cpxh");
    let ords = table::id_list(post, "ords");
    let categories = table::id_list(post, "idProductClass")
        .map(|classes| classes.into_iter().flat_map(data::category_and_below).collect::<Vec<_>>());
    let search = table::fuzzy(post, "searchKey");
    let rows = dataset
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
pub fn detail(dataset: &Dataset, post: &PagePost) -> Value {
    let Some(product) = post.get("ord").parse().ok().and_then(|ord| dataset.product(ord)) else {
        return document::notice("该产品不存在或已被删除！");
    };
    let fields = vec![
        Field::new("cpname", "产品名称", &product.name).required(100),
        Field::new("cpbh", "产品编号", &product.number).max_length(50),
        Field::new("cpxh", "产品型号", &product.model).max_length(100),
        Field::new("sort", "产品分类", data::category_path(product.category)).value(product.category),
        Field::new("unitjb", "基本单位", product.unit),
        Field::new("price1", "建议售价", document::money(product.price_cents)).dbtype("money"),
        Field::new("intro", "产品说明", format!("{}，{}年整机保修。", product.name, product.appliance.warranty_years))
            .kind("textarea")
            .max_length(4000),
    ];
    document::bill("product", "产品详情", product.ord, vec![document::group("base", "产品信息", fields)])
}
