//! Shipments and stock (reference §8.8; the stock-view and shipment help pages): the shipment list, bill
//! and lines, the stock list and bill, the v3 inventory details and summary, warehouses (v3 and family
//! C) and storage locations.

use serde_json::{Value, json};

use super::books::Ledger;
use super::data::{self, Dataset, SHIPPING_METHOD};
use super::document::{self, Column, Field, column};
use super::forms;
use super::request::{PagePost, WebPost};
use super::sales::Contract;
use super::table::{self, ListQuery};
use crate::calendar::LocalTime;
use crate::seed::{pick, row_rng};

const FIRST_SHIPMENT_ORD: u64 = 90_001;
const FIRST_STOCK_ORD: u64 = 70_001;
const SHIPMENT_TABLE: u64 = 207;
const STOCK_TABLE: u64 = 208;
/// Contracts before this index have been shipped (in full or in part).
const SHIPPED_CONTRACTS: usize = 800;

pub struct Shipment {
    pub ord: u64,
    pub number: String,
    pub title: String,
    pub contract: u64,
    pub customer: u64,
    pub method: u64,
    pub planned: LocalTime,
    pub sent: Option<LocalTime>,
    pub sender: u64,
    pub carrier: &'static str,
    pub tracking: String,
    /// Product, quantity, warehouse.
    pub lines: Vec<(u64, u32, u64)>,
}

pub struct StockRecord {
    pub ord: u64,
    pub product: u64,
    pub warehouse: u64,
    pub location: u64,
    pub quantity: u32,
    pub frozen: u32,
    pub batch: String,
    pub serial: String,
    pub produced: LocalTime,
    pub expires: LocalTime,
    pub received: LocalTime,
}

pub struct Warehouse {
    pub id: u64,
    pub name: &'static str,
    pub parent: u64,
    pub code: &'static str,
}

/// Two roots with their stores; stock lies in the leaves.
pub const WAREHOUSES: &[Warehouse] = &[
    Warehouse { id: 1, name: "总仓", parent: 0, code: "CK01" },
    Warehouse { id: 11, name: "成品仓", parent: 1, code: "CK0101" },
    Warehouse { id: 12, name: "配件仓", parent: 1, code: "CK0102" },
    Warehouse { id: 2, name: "售后备件仓", parent: 0, code: "CK02" },
    Warehouse { id: 21, name: "北京备件库", parent: 2, code: "CK0201" },
];

fn warehouse_name(id: u64) -> &'static str {
    WAREHOUSES.iter().find(|warehouse| warehouse.id == id).map_or("", |warehouse| warehouse.name)
}

fn warehouse_path(id: u64) -> String {
    let mut names = Vec::new();
    let mut current = WAREHOUSES.iter().find(|warehouse| warehouse.id == id);
    while let Some(warehouse) = current {
        names.push(warehouse.name);
        current = WAREHOUSES.iter().find(|parent| parent.id == warehouse.parent);
    }
    names.reverse();
    names.join("/")
}

fn is_leaf(warehouse: &Warehouse) -> bool {
    !WAREHOUSES.iter().any(|child| child.parent == warehouse.id)
}

/// Four locations per leaf store: `A-01-01` …, location id = store id × 100 + n.
fn locations() -> impl Iterator<Item = (u64, u64, String)> {
    WAREHOUSES.iter().filter(|warehouse| is_leaf(warehouse)).flat_map(|warehouse| {
        (1..=4).map(move |n| (warehouse.id * 100 + n, warehouse.id, format!("A-{:02}-{:02}", n.div_ceil(2), n)))
    })
}

fn location_name(id: u64) -> String {
    locations().find(|(location, _, _)| *location == id).map_or(String::new(), |(_, _, name)| name)
}

const CARRIERS: &[&str] = &["顺丰速运", "德邦物流", "京东物流", "中通快递"];

pub fn seed_shipments(contracts: &[Contract]) -> Vec<Shipment> {
    contracts
        .iter()
        .take(SHIPPED_CONTRACTS)
        .enumerate()
        .map(|(index, contract)| {
            let mut rng = row_rng(SHIPMENT_TABLE, index);
            let signed = forms::date(contract.value("date3")).unwrap_or(contract.created);
            let planned = signed.plus_days(7).plus_minutes(600);
            let sent = (index % 10 != 0).then(|| planned.plus_days(rng.i64(0..3)).plus_minutes(rng.i64(0..480)));
            let method = pick(&mut rng, SHIPPING_METHOD.options).0;
            Shipment {
                ord: FIRST_SHIPMENT_ORD + index as u64,
                number: format!("FH{}{:04}", planned.date().replace('-', ""), index + 1),
                title: format!("{}发货", contract.value("title")),
                contract: contract.ord,
                customer: contract.company(),
                method,
                planned,
                sent,
                sender: rng.u64(75..=78),
                carrier: pick(&mut rng, CARRIERS),
                tracking: format!("SF{:012}", rng.u64(..1_000_000_000_000)),
                lines: contract
                    .lines
                    .iter()
                    .map(|line| {
                        (
                            line.product,
                            line.value("num1").parse().unwrap_or(1),
                            if line.product < data::FIRST_PRODUCT_ORD + data::APPLIANCE_PRODUCTS as u64 {
                                11
                            } else {
                                12
                            },
                        )
                    })
                    .collect(),
            }
        })
        .collect()
}

pub fn seed_stock(dataset: &Dataset) -> Vec<StockRecord> {
    let mut records = Vec::new();
    for (index, product) in dataset.products.iter().enumerate() {
        let appliance = index < data::APPLIANCE_PRODUCTS;
        let stores: &[u64] = match (appliance, index % 4) {
            (true, 0) => &[11, 21],
            (true, _) => &[11],
            (false, _) => &[12, 21],
        };
        for &store in stores {
            let mut rng = row_rng(STOCK_TABLE, records.len());
            let received = LocalTime::midnight(2024, 3, 1).plus_days(rng.i64(0..400)).plus_minutes(rng.i64(480..1080));
            let produced = received.plus_days(-rng.i64(10..90));
            records.push(StockRecord {
                ord: FIRST_STOCK_ORD + records.len() as u64,
                product: product.ord,
                warehouse: store,
                location: store * 100 + rng.u64(1..=4),
                quantity: if appliance { rng.u32(0..60) } else { rng.u32(20..500) },
                frozen: rng.u32(0..3),
                batch: format!("PH{}", produced.date().replace('-', "")),
                serial: if appliance { format!("SN{:010}", rng.u64(..10_000_000_000)) } else { String::new() },
                produced,
                expires: produced.plus_days(if appliance { 3650 } else { 730 }),
                received,
            });
        }
    }
    records
}

fn product_of(ledger: &Ledger, ord: u64) -> Option<&super::products::ProductRecord> {
    ledger.products.iter().find(|product| product.ord == ord)
}

fn customer_name(ledger: &Ledger, ord: u64) -> String {
    ledger
        .customers
        .iter()
        .find(|customer| customer.ord == ord)
        .map_or(String::new(), |customer| customer.name().to_owned())
}

// Shipments.

const SHIPMENT_COLUMNS: &[Column] = &[
    column("ord", "int"),
    column("fhbh", "varchar"),
    column("title", "varchar"),
    column("khmc", "varchar"),
    column("htid", "varchar"),
    column("fhfs", "varchar"),
    column("dateYF", "datetime"),
    column("dateSF", "datetime"),
    column("cateid", "varchar"),
    column("status", "varchar"),
];

/// `sent/list.asp` with `cmdkey: "refresh"`: newest first.
pub fn shipment_list(ledger: &Ledger, post: &PagePost) -> Value {
    let query = ListQuery::from_post(post, SHIPMENT_COLUMNS);
    let unsent = post.get("stype") == "1" || post.get("remind") == "62";
    let scope = (post.get("datatype"), post.get("ord").parse::<u64>().ok());
    let title = table::fuzzy(post, "title");
    let number = table::fuzzy(post, "fhbh");
    let customer = table::fuzzy(post, "khmc");
    let methods = table::id_list(post, "fhfs");
    let senders = table::id_list(post, "cateid");
    let areas = table::id_list(post, "area");
    let in_range = |value: Option<LocalTime>, from: &str, to: &str| {
        let from = forms::date(post.get(from));
        let to = forms::date(post.get(to));
        match value {
            Some(value) => from.is_none_or(|from| value >= from) && to.is_none_or(|to| value < to.plus_days(1)),
            None => from.is_none() && to.is_none(),
        }
    };
    let search = table::fuzzy(post, "searchKey");
    let rows = ledger
        .shipments
        .iter()
        .rev()
        .filter(|shipment| !unsent || shipment.sent.is_none())
        .filter(|shipment| match scope {
            ("contract", Some(ord)) => shipment.contract == ord,
            ("tel", Some(ord)) => shipment.customer == ord,
            _ => true,
        })
        .filter(|shipment| {
            let customer_record = ledger.customers.iter().find(|record| record.ord == shipment.customer);
            table::allows_text(title, &shipment.title)
                && table::allows_text(number, &shipment.number)
                && table::allows_text(customer, &customer_name(ledger, shipment.customer))
                && table::allows(&methods, shipment.method)
                && table::allows(&senders, shipment.sender)
                && areas.as_ref().is_none_or(|areas| customer_record.is_some_and(|record| record.in_areas(areas)))
                && in_range(Some(shipment.planned), "dateYF_0", "dateYF_1")
                && in_range(shipment.sent, "dateSF_0", "dateSF_1")
        })
        .map(|shipment| shipment_row(ledger, shipment))
        .filter(|row| table::searched(search, row))
        .collect();
    query.answer(SHIPMENT_COLUMNS, rows)
}

fn shipment_row(ledger: &Ledger, shipment: &Shipment) -> Vec<String> {
    let contract = ledger.contracts.iter().find(|contract| contract.ord == shipment.contract);
    vec![
        shipment.ord.to_string(),
        shipment.number.clone(),
        shipment.title.clone(),
        customer_name(ledger, shipment.customer),
        contract.map_or(String::new(), |contract| contract.value("htid").to_owned()),
        SHIPPING_METHOD.label(shipment.method).to_owned(),
        shipment.planned.date_minutes(),
        shipment.sent.map_or(String::new(), LocalTime::date_minutes),
        data::staff_name(shipment.sender).unwrap_or_default().to_owned(),
        if shipment.sent.is_some() { "已发货" } else { "未发货" }.to_owned(),
    ]
}

/// `sent/detail.asp`: the bill of one shipment.
pub fn shipment_detail(ledger: &Ledger, post: &PagePost) -> Value {
    let Some(shipment) = ledger.shipments.iter().find(|shipment| shipment.ord.to_string() == post.get("ord")) else {
        return document::notice("该发货单不存在或已被删除！");
    };
    let contract = ledger.contracts.iter().find(|contract| contract.ord == shipment.contract);
    let fields = vec![
        Field::new("title", "发货主题", &shipment.title).required(100),
        Field::new("fhbh", "发货单号", &shipment.number).required(50),
        Field::new("company", "客户名称", customer_name(ledger, shipment.customer)).value(shipment.customer),
        Field::new("contract", "关联合同", contract.map_or("", |contract| contract.value("title")))
            .value(shipment.contract),
        Field::new("fhfs", "发货方式", SHIPPING_METHOD.label(shipment.method)).value(shipment.method),
        Field::new("dateYF", "应发日期", shipment.planned.date_minutes()).kind("date").dbtype("datetime"),
        Field::new("dateSF", "实发日期", shipment.sent.map_or(String::new(), LocalTime::date_minutes))
            .kind("date")
            .dbtype("datetime"),
        Field::new("cateid", "发货人", data::staff_name(shipment.sender).unwrap_or_default()).value(shipment.sender),
        Field::new("wlgs", "物流公司", shipment.carrier),
        Field::new("wlbh", "物流单号", &shipment.tracking),
        Field::new("num", "产品数量", shipment.lines.iter().map(|(_, quantity, _)| quantity).sum::<u32>().to_string())
            .dbtype("int"),
        Field::new("status", "发货状态", if shipment.sent.is_some() { "已发货" } else { "未发货" }),
    ];
    document::bill("sent", "发货单详情", shipment.ord, vec![document::group("base", "发货信息", fields)])
}

const SHIPMENT_LINE_COLUMNS: &[Column] = &[
    column("id", "int"),
    column("productOrd", "int"),
    column("cpname", "varchar"),
    column("cpbh", "varchar"),
    column("cpxh", "varchar"),
    column("unit", "varchar"),
    column("num1", "number"),
    column("ck", "varchar"),
];

/// `sent/moresendlist.asp` with `cmdkey: "refresh"`: the products of one shipment (`ord`).
pub fn shipment_lines(ledger: &Ledger, post: &PagePost) -> Value {
    let query = ListQuery::from_post(post, SHIPMENT_LINE_COLUMNS);
    let rows = ledger
        .shipments
        .iter()
        .filter(|shipment| shipment.ord.to_string() == post.get("ord"))
        .flat_map(|shipment| {
            shipment.lines.iter().enumerate().map(move |(position, (product, quantity, store))| {
                let record = product_of(ledger, *product);
                vec![
                    (shipment.ord * 10 + position as u64 + 1).to_string(),
                    product.to_string(),
                    record.map_or(String::new(), |record| record.name.clone()),
                    record.map_or(String::new(), |record| record.number.clone()),
                    record.map_or(String::new(), |record| record.model.clone()),
                    record.map_or("", |record| data::UNIT.label(record.unit_id)).to_owned(),
                    quantity.to_string(),
                    warehouse_name(*store).to_owned(),
                ]
            })
        })
        .collect();
    query.answer(SHIPMENT_LINE_COLUMNS, rows)
}

// Stock.

const STOCK_COLUMNS: &[Column] = &[
    column("ord", "int"),
    column("productOrd", "int"),
    column("cpname", "varchar"),
    column("cpbh", "varchar"),
    column("cpxh", "varchar"),
    column("unit", "varchar"),
    column("ck", "varchar"),
    column("num", "number"),
    column("ph", "varchar"),
    column("date1", "datetime"),
];

/// `store/list.asp` with `cmdkey: "refresh"`; `dataType=product` with `ord` keeps one product's stock.
pub fn stock_list(ledger: &Ledger, post: &PagePost) -> Value {
    let query = ListQuery::from_post(post, STOCK_COLUMNS);
    let product = (post.get("dataType").eq_ignore_ascii_case("product") || post.get("datatype") == "product")
        .then(|| post.get("ord").parse::<u64>().unwrap_or(0));
    let search = table::fuzzy(post, "searchKey");
    let rows = ledger
        .stock
        .iter()
        .filter(|record| product.is_none_or(|product| record.product == product))
        .map(|record| {
            let item = product_of(ledger, record.product);
            vec![
                record.ord.to_string(),
                record.product.to_string(),
                item.map_or(String::new(), |item| item.name.clone()),
                item.map_or(String::new(), |item| item.number.clone()),
                item.map_or(String::new(), |item| item.model.clone()),
                item.map_or("", |item| data::UNIT.label(item.unit_id)).to_owned(),
                warehouse_name(record.warehouse).to_owned(),
                record.quantity.to_string(),
                record.batch.clone(),
                record.received.date_minutes(),
            ]
        })
        .filter(|row| table::searched(search, row))
        .collect();
    query.answer(STOCK_COLUMNS, rows)
}

/// `store/content.asp`: the bill of one stock record.
pub fn stock_detail(ledger: &Ledger, post: &PagePost) -> Value {
    let Some(record) = ledger.stock.iter().find(|record| record.ord.to_string() == post.get("ord")) else {
        return document::notice("该库存记录不存在或已被删除！");
    };
    let item = product_of(ledger, record.product);
    let fields = vec![
        Field::new("cpname", "产品名称", item.map_or("", |item| item.name.as_str())).value(record.product),
        Field::new("cpbh", "产品编号", item.map_or("", |item| item.number.as_str())),
        Field::new("cpxh", "产品型号", item.map_or("", |item| item.model.as_str())),
        Field::new("unit", "单位", item.map_or("", |item| data::UNIT.label(item.unit_id))),
        Field::new("ck", "仓库", warehouse_path(record.warehouse)).value(record.warehouse),
        Field::new("kw", "库位", location_name(record.location)).value(record.location),
        Field::new("num", "库存数量", record.quantity.to_string()).dbtype("decimal"),
        Field::new("djnum", "冻结数量", record.frozen.to_string()).dbtype("decimal"),
        Field::new("ph", "批号", &record.batch),
        Field::new("xlh", "序列号", &record.serial),
        Field::new("datesc", "生产日期", record.produced.date()).kind("date").dbtype("datetime"),
        Field::new("dateyx", "有效日期", record.expires.date()).kind("date").dbtype("datetime"),
        Field::new("daterk", "入库日期", record.received.date_minutes()).kind("date").dbtype("datetime"),
    ];
    document::bill("store", "库存详情", record.ord, vec![document::group("base", "库存信息", fields)])
}

// The v3 lists.

/// A family-B page of `rows` with declared column types: `{Code, Msg, Page, Cols, Rows}`.
pub fn web_page(post: &WebPost, columns: &[(&str, &str)], rows: Vec<Vec<String>>) -> Value {
    let positive = |name: &str| post.get(name).parse::<usize>().ok().filter(|number| *number > 0);
    let size = positive("page_size").unwrap_or(20);
    let index = positive("page_index").unwrap_or(1);
    let total = rows.len();
    let page: Vec<Vec<String>> = rows.into_iter().skip((index - 1).saturating_mul(size)).take(size).collect();
    let cols: Vec<Value> = columns
        .iter()
        .map(|(id, dbtype)| if dbtype.is_empty() { json!({"id": id}) } else { json!({"id": id, "dbtype": dbtype}) })
        .collect();
    json!({
        "Code": 200,
        "Msg": "获取成功",
        "Page": {"RecordCount": total, "PageSize": size, "PageIndex": index, "PageCount": total.div_ceil(size)},
        "Cols": cols,
        "Rows": page,
    })
}

const DETAIL_COLUMNS: &[(&str, &str)] = &[
    ("ID", "int"),
    ("Title", ""),
    ("Order1", ""),
    ("Type1", ""),
    ("ProductSort", ""),
    ("Unit", ""),
    ("Num2", "decimal"),
    ("BaseNumSum", "decimal"),
    ("DJNum", "decimal"),
    ("Ph", ""),
    ("Xlh", ""),
    ("Datesc", "datetime"),
    ("Dateyx", "datetime"),
    ("Ku", ""),
    ("WareHousePositionName", ""),
    ("Intro", ""),
    ("gysname", ""),
    ("kuintitle", ""),
];

/// Filters both inventory lists share: store, product name, number, model, category, unit.
fn inventory_matches(ledger: &Ledger, post: &WebPost, record: &StockRecord) -> bool {
    let Some(item) = product_of(ledger, record.product) else {
        return false;
    };
    let text = |name: &str, value: &str| post.get(name).is_empty() || value.contains(post.get(name));
    let id = |name: &str, value: u64| post.get(name).is_empty() || post.get(name).parse::<u64>().ok() == Some(value);
    let category = post.get("cpfl").parse::<u64>().ok();
    id("cks", record.warehouse)
        && text("title", &item.name)
        && text("order1", &item.number)
        && text("type1", &item.model)
        && category.is_none_or(|category| data::category_and_below(category).contains(&item.category))
        && (post.get("allunit").is_empty() || data::UNIT.resolve(post.get("allunit")) == Some(item.unit_id))
}

/// `/webapi/v3/store/inventory/InventoryDetails`: one row per stock record.
pub fn inventory_details(ledger: &Ledger, post: &WebPost) -> Value {
    let rows = ledger
        .stock
        .iter()
        .filter(|record| inventory_matches(ledger, post, record))
        .filter(|record| post.get("Ph").is_empty() || record.batch.contains(post.get("Ph")))
        .filter(|record| post.get("Xlh").is_empty() || record.serial.contains(post.get("Xlh")))
        .filter_map(|record| {
            let item = product_of(ledger, record.product)?;
            Some(vec![
                record.ord.to_string(),
                item.name.clone(),
                item.number.clone(),
                item.model.clone(),
                data::category_path(item.category),
                data::UNIT.label(item.unit_id).to_owned(),
                format!("{}.00", record.quantity),
                format!("{}.00", record.quantity),
                format!("{}.00", record.frozen),
                record.batch.clone(),
                record.serial.clone(),
                record.produced.date(),
                record.expires.date(),
                warehouse_name(record.warehouse).to_owned(),
                location_name(record.location),
                String::new(),
                String::new(),
                format!("RK{}", record.received.date().replace('-', "")),
            ])
        })
        .collect();
    web_page(post, DETAIL_COLUMNS, rows)
}

const SUMMARY_COLUMNS: &[(&str, &str)] = &[
    ("Title", ""),
    ("Order1", ""),
    ("Type1", ""),
    ("ProductSort", ""),
    ("UnitName", ""),
    ("Num2", "decimal"),
    ("WorkNum", "decimal"),
    ("YDNum", "decimal"),
    ("ZTNum", "decimal"),
    ("BaseNumSum", "decimal"),
    ("DJNum", "decimal"),
    ("KYNum", "decimal"),
    ("Ku", ""),
];

/// `/webapi/v3/store/inventory/InventorySummary`: one row per product and store.
pub fn inventory_summary(ledger: &Ledger, post: &WebPost) -> Value {
    let rows = ledger
        .stock
        .iter()
        .filter(|record| inventory_matches(ledger, post, record))
        .filter_map(|record| {
            let item = product_of(ledger, record.product)?;
            let available = record.quantity.saturating_sub(record.frozen);
            Some(vec![
                item.name.clone(),
                item.number.clone(),
                item.model.clone(),
                data::category_path(item.category),
                data::UNIT.label(item.unit_id).to_owned(),
                format!("{}.00", record.quantity),
                "0.00".to_owned(),
                "0.00".to_owned(),
                "0.00".to_owned(),
                format!("{}.00", record.quantity),
                format!("{}.00", record.frozen),
                format!("{available}.00"),
                warehouse_name(record.warehouse).to_owned(),
            ])
        })
        .collect();
    web_page(post, SUMMARY_COLUMNS, rows)
}

/// `/webapi/v3/store/WareHouseStructList` (32.15 and later): every store with its path.
pub fn warehouse_structure(post: &WebPost) -> Value {
    let columns = [
        ("Ord", "int"),
        ("Sort1", ""),
        ("Gate1", "int"),
        ("Del", "int"),
        ("StoreCode", ""),
        ("StoreComment", ""),
        ("FullPath", ""),
        ("RootPath", ""),
    ];
    let rows = WAREHOUSES
        .iter()
        .filter(|warehouse| post.get("Sort1").is_empty() || warehouse.name.contains(post.get("Sort1")))
        .filter(|_| post.get("Del").is_empty() || post.get("Del") == "1")
        .map(|warehouse| {
            let path = warehouse_path(warehouse.id);
            vec![
                warehouse.id.to_string(),
                warehouse.name.to_owned(),
                "1".to_owned(),
                "1".to_owned(),
                warehouse.code.to_owned(),
                String::new(),
                path.clone(),
                path.split('/').next().unwrap_or_default().to_owned(),
            ]
        })
        .collect();
    web_page(post, &columns, rows)
}

/// `/webapi/v3/uview/stock/Pages/WareHouse/SettingApiList`: storage locations.
pub fn locations_page(post: &WebPost) -> Value {
    let columns = [
        ("ID", "int"),
        ("Title", ""),
        ("Sortck", "int"),
        ("ProductMixing", ""),
        ("BatchMixing", ""),
        ("Status", "int"),
        ("Order", "int"),
        ("Area", ""),
        ("Row", ""),
        ("Column", ""),
        ("Layer", ""),
        ("Cell", ""),
        ("Intro", ""),
        ("FullPath", ""),
        ("Creator", "int"),
        ("InDate", "datetime"),
        ("UpUser", "int"),
        ("UpTime", "datetime"),
    ];
    let statuses: Option<Vec<&str>> = Some(post.get("Status"))
        .filter(|status| !status.is_empty())
        .map(|status| status.split(',').map(str::trim).collect());
    let created = LocalTime::midnight(2023, 2, 1).plus_minutes(600);
    let rows = locations()
        .filter(|(_, store, name)| {
            (post.get("Title").is_empty() || name.contains(post.get("Title")))
                && (post.get("Store").is_empty() || post.get("Store") == store.to_string())
        })
        .map(|(id, store, name)| {
            let status = if id % 100 == 4 { "1" } else { "0" };
            (id, store, name, status)
        })
        .filter(|(_, _, _, status)| statuses.as_ref().is_none_or(|statuses| statuses.contains(status)))
        .map(|(id, store, name, status)| {
            let parts: Vec<&str> = name.split('-').collect();
            vec![
                id.to_string(),
                name.clone(),
                store.to_string(),
                "是".to_owned(),
                "否".to_owned(),
                status.to_owned(),
                (id % 100).to_string(),
                parts.first().copied().unwrap_or_default().to_owned(),
                parts.get(1).copied().unwrap_or_default().to_owned(),
                parts.get(2).copied().unwrap_or_default().to_owned(),
                "1".to_owned(),
                "1".to_owned(),
                String::new(),
                format!("{}/{name}", warehouse_path(store)),
                "81".to_owned(),
                created.date_seconds(),
                "81".to_owned(),
                created.date_seconds(),
            ]
        })
        .collect();
    web_page(post, &columns, rows)
}

/// Family C `GetWarehouses`: the stores stock can lie in, `[{ID, Name}]`.
pub fn warehouses() -> Value {
    WAREHOUSES
        .iter()
        .filter(|warehouse| is_leaf(warehouse))
        .map(|warehouse| json!({"ID": warehouse.id, "Name": warehouse.name}))
        .collect()
}
