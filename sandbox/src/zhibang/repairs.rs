//! Repair orders (reference §8.2): the list, the detail bill, and add/edit through `dealadd.asp`. The
//! 800 seeded orders are computed from their index; edits and added orders are stored.

use std::collections::HashMap;
use std::sync::RwLock;

use serde_json::Value;

use super::data::{Dataset, REPAIR_PROCESS};
use super::document::{self, Column, Field, column};
use super::request::PagePost;
use super::table::{self, ListQuery};
use crate::calendar::LocalTime;
use crate::locks;
use crate::seed::{pick, row_rng};

const FIRST_REPAIR_ORD: u64 = 30_001;
const SEEDED_REPAIRS: usize = 800;
const REPAIR_TABLE: u64 = 102;
const REMIND_HANDLING: &str = "102";
const NOT_FOUND: &str = "该维修单不存在或已被删除！";

const COLUMNS: &[Column] = &[
    column("ord", "int"),
    column("SerialNumber", "varchar"),
    column("title", "varchar"),
    column("repair_sl", "varchar"),
    column("ProcessID", "varchar"),
    column("num", "number"),
    column("Cost", "money"),
    column("date1", "datetime"),
];

#[derive(Clone)]
struct Repair {
    ord: u64,
    serial: String,
    title: String,
    intake: u64,
    process: u64,
    summary: String,
    quantity: f64,
    cost_cents: i64,
    created: LocalTime,
    finished: bool,
}

#[derive(Default)]
struct Changes {
    edited: HashMap<u64, Repair>,
    added: Vec<Repair>,
}

/// The repair orders changed or added since start or reset.
#[derive(Default)]
pub(crate) struct RepairBook {
    changes: RwLock<Changes>,
}

impl RepairBook {
    pub fn reset(&self) {
        *locks::write(&self.changes) = Changes::default();
    }

    fn all(&self, dataset: &Dataset) -> Vec<Repair> {
        current(&locks::read(&self.changes), dataset)
    }

    fn find(&self, dataset: &Dataset, ord: &str) -> Option<Repair> {
        find(self.all(dataset), ord)
    }
}

/// Every current repair order, oldest first.
fn current(changes: &Changes, dataset: &Dataset) -> Vec<Repair> {
    (0..SEEDED_REPAIRS)
        .map(|index| {
            let ord = FIRST_REPAIR_ORD + index as u64;
            changes.edited.get(&ord).cloned().unwrap_or_else(|| seeded(dataset, index))
        })
        .chain(changes.added.iter().cloned())
        .collect()
}

fn find(repairs: Vec<Repair>, ord: &str) -> Option<Repair> {
    let ord = ord.parse::<u64>().ok()?;
    repairs.into_iter().find(|repair| repair.ord == ord)
}

fn seeded(dataset: &Dataset, index: usize) -> Repair {
    let mut rng = row_rng(REPAIR_TABLE, index);
    let intake = &dataset.intakes[rng.usize(..dataset.intakes.len())];
    let appliance = dataset.products[intake.product].appliance;
    let created = LocalTime::midnight(2024, 1, 2).plus_minutes(index as i64 * 780 + rng.i64(0..600));
    Repair {
        ord: FIRST_REPAIR_ORD + index as u64,
        serial: format!("WX{}{:04}", created.date().replace('-', ""), index + 1),
        title: format!("{}{}维修", appliance.kind, pick(&mut rng, appliance.problems)),
        intake: intake.ord,
        process: rng.u64(1..=3),
        summary: pick(
            &mut rng,
            &["", "检测后更换主要部件。", "返厂检测，预计七个工作日。", "上门维修，客户已确认费用。"],
        )
        .to_owned(),
        quantity: f64::from(rng.u8(1..=3)),
        cost_cents: i64::from(rng.u32(5..200)) * 1000,
        created,
        finished: index < SEEDED_REPAIRS * 7 / 8 && rng.u8(..10) > 0,
    }
}

fn quantity_text(quantity: f64) -> String {
    if quantity.fract() == 0.0 { format!("{quantity:.0}") } else { quantity.to_string() }
}

fn row(dataset: &Dataset, repair: &Repair) -> Vec<String> {
    vec![
        repair.ord.to_string(),
        repair.serial.clone(),
        repair.title.clone(),
        dataset.intake(repair.intake).map_or(String::new(), |intake| intake.title.clone()),
        REPAIR_PROCESS.label(repair.process).to_owned(),
        quantity_text(repair.quantity),
        document::money(repair.cost_cents),
        repair.created.date_minutes(),
    ]
}

/// `deallist.asp` with `cmdkey: "refresh"`: newest first.
pub fn list(book: &RepairBook, dataset: &Dataset, post: &PagePost) -> Value {
    let query = ListQuery::from_post(post, COLUMNS);
    let unfinished_only = post.get("remind") == REMIND_HANDLING || post.get("stype") == "1";
    let scope_ord = post.get("ord").parse::<u64>().ok();
    let scope = match post.get("datatype") {
        "tel" => Some(true),
        "product" => Some(false),
        _ => None,
    };
    let search = table::fuzzy(post, "searchKey");
    let rows = book
        .all(dataset)
        .iter()
        .rev()
        .filter(|repair| !unfinished_only || !repair.finished)
        .filter(|repair| {
            scope.is_none_or(|by_customer| {
                dataset.intake(repair.intake).is_some_and(|intake| {
                    let linked = if by_customer {
                        dataset.customers[intake.customer].ord
                    } else {
                        dataset.products[intake.product].ord
                    };
                    scope_ord == Some(linked)
                })
            })
        })
        .map(|repair| row(dataset, repair))
        .filter(|row| table::searched(search, row))
        .collect();
    query.answer(COLUMNS, rows)
}

/// `dealcontent.asp`: the detail bill of one repair order.
pub fn detail(book: &RepairBook, dataset: &Dataset, post: &PagePost) -> Value {
    match book.find(dataset, post.get("ord")) {
        Some(repair) => repair_bill(dataset, &repair, "dealcontent", "维修单详情"),
        None => document::notice(NOT_FOUND),
    }
}

/// `dealadd.asp`: the form without a cmdkey (empty to add, filled to edit), the save with `__sys_dosave`.
pub fn edit(book: &RepairBook, dataset: &Dataset, post: &PagePost) -> Value {
    if post.is_save() {
        return document::notice(save(book, dataset, post).unwrap_or_else(|refusal| refusal));
    }
    match post.get("ord") {
        "" | "0" => {
            let blank = Repair {
                ord: 0,
                serial: String::new(),
                title: String::new(),
                intake: 0,
                process: 1,
                summary: String::new(),
                quantity: 1.0,
                cost_cents: 0,
                created: LocalTime::now(),
                finished: false,
            };
            repair_bill(dataset, &blank, "dealadd", "维修单添加")
        }
        ord => match book.find(dataset, ord) {
            Some(repair) => repair_bill(dataset, &repair, "dealadd", "维修单修改"),
            None => document::notice(NOT_FOUND),
        },
    }
}

fn repair_bill(dataset: &Dataset, repair: &Repair, id: &str, caption: &str) -> Value {
    let intake = dataset.intake(repair.intake);
    let intake_options =
        document::options(dataset.intakes.iter().map(|intake| (intake.ord.to_string(), intake.title.as_str())));
    let process_options = document::options(REPAIR_PROCESS.options.iter().map(|(id, label)| (id.to_string(), *label)));
    let fields = vec![
        Field::new("title", "维修主题", &repair.title).required(100),
        Field::new("SerialNumber", "维修单号", &repair.serial).required(100),
        Field::new("repair_sl", "关联受理单", intake.map_or("", |intake| intake.title.as_str()))
            .value(if intake.is_some() { repair.intake.to_string() } else { String::new() })
            .choices(intake_options)
            .required(50),
        Field::new("ProcessID", "维修流程", REPAIR_PROCESS.label(repair.process))
            .value(repair.process)
            .choices(process_options)
            .required(50),
        Field::new("num", "数量", quantity_text(repair.quantity)).dbtype("number").required(20),
        Field::new("Cost", "维修费用", document::money(repair.cost_cents)).dbtype("money").required(20),
        Field::new("Summary", "概要", &repair.summary).kind("textarea").max_length(500),
        Field::new("date1", "添加时间", repair.created.date_minutes()).kind("date").dbtype("datetime"),
        Field::new("status", "维修状态", if repair.finished { "已完成" } else { "维修中" }),
    ];
    let linked = vec![
        Field::new("telname", "客户名称", intake.map_or("", |intake| dataset.customers[intake.customer].name.as_str()))
            .value(intake.map_or(String::new(), |intake| dataset.customers[intake.customer].ord.to_string())),
        Field::new("proname", "产品名称", intake.map_or("", |intake| dataset.products[intake.product].name.as_str()))
            .value(intake.map_or(String::new(), |intake| dataset.products[intake.product].ord.to_string())),
    ];
    document::bill(
        id,
        caption,
        repair.ord,
        vec![document::group("base", "维修信息", fields), document::group("link", "关联信息", linked)],
    )
}

/// Runs under the write lock, so two saves cannot both claim the same repair number.
fn save(book: &RepairBook, dataset: &Dataset, post: &PagePost) -> Result<&'static str, &'static str> {
    let mut changes = locks::write(&book.changes);
    let repairs = current(&changes, dataset);
    let existing = match post.get("ord") {
        "" | "0" => None,
        ord => Some(find(repairs.clone(), ord).ok_or("该维修单不存在或已被删除，不能保存！")?),
    };
    let required = [
        ("title", "维修主题不能为空！"),
        ("SerialNumber", "维修单号不能为空！"),
        ("repair_sl", "关联受理单不能为空！"),
        ("ProcessID", "维修流程不能为空！"),
        ("num", "数量不能为空！"),
        ("Cost", "维修费用不能为空！"),
    ];
    if let Some((_, empty)) = required.iter().find(|(id, _)| post.get(id).is_empty()) {
        return Err(empty);
    }
    let limits = [
        ("title", 100, "维修主题超出长度限制，不能保存！"),
        ("SerialNumber", 100, "维修单号超出长度限制，不能保存！"),
        ("Summary", 500, "概要超出长度限制，不能保存！"),
    ];
    if let Some((_, _, too_long)) = limits.iter().find(|(id, limit, _)| post.raw(id).chars().count() > *limit) {
        return Err(too_long);
    }
    let intake = post.get("repair_sl").parse::<u64>().ok().filter(|ord| dataset.intake(*ord).is_some());
    let intake = intake.ok_or("关联受理单不存在，不能保存！")?;
    let process = post.get("ProcessID").parse::<u64>().ok().filter(|id| REPAIR_PROCESS.contains(*id));
    let process = process.ok_or("维修流程无效，不能保存！")?;
    let quantity = number(post.get("num")).ok_or("数量必须是数字，不能保存！")?;
    let cost = number(post.get("Cost")).ok_or("维修费用必须是数字，不能保存！")?;
    let serial = post.get("SerialNumber");
    let own_ord = existing.as_ref().map(|repair| repair.ord);
    if repairs.iter().any(|other| other.serial == serial && Some(other.ord) != own_ord) {
        return Err("维修单号已被使用，不能保存！");
    }
    let repair = Repair {
        ord: own_ord.unwrap_or(FIRST_REPAIR_ORD + repairs.len() as u64),
        serial: serial.to_owned(),
        title: post.get("title").to_owned(),
        intake,
        process,
        summary: post.get("Summary").to_owned(),
        quantity,
        cost_cents: (cost * 100.0).round() as i64,
        created: existing.as_ref().map_or_else(LocalTime::now, |repair| repair.created),
        finished: existing.as_ref().is_some_and(|repair| repair.finished),
    };
    match changes.added.iter_mut().find(|added| added.ord == repair.ord) {
        Some(added) => *added = repair,
        None if existing.is_some() => {
            changes.edited.insert(repair.ord, repair);
        }
        None => changes.added.push(repair),
    }
    Ok("保存成功！")
}

/// A non-negative amount, thousands separators allowed.
fn number(text: &str) -> Option<f64> {
    text.replace(',', "").parse::<f64>().ok().filter(|value| value.is_finite() && *value >= 0.0)
}

const INTAKE_COLUMNS: &[Column] = &[
    column("ord", "int"),
    column("title", "varchar"),
    column("telname", "varchar"),
    column("telord", "int"),
    column("proname", "varchar"),
    column("date1", "datetime"),
    column("repairs", "int"),
];

/// `repair/list.asp` with `cmdkey: "refresh"`: the repair intakes (受理单) a repair order hangs off,
/// newest first, with how many repair orders each already has. `datatype=addDeal` is the picker of
/// `dealadd.asp`'s `repair_sl`; the sandbox lists every intake in both modes.
pub fn intakes(book: &RepairBook, dataset: &Dataset, post: &PagePost) -> Value {
    let query = ListQuery::from_post(post, INTAKE_COLUMNS);
    let repairs = book.all(dataset);
    let search = table::fuzzy(post, "searchKey");
    let rows = dataset
        .intakes
        .iter()
        .enumerate()
        .rev()
        .map(|(index, intake)| {
            let customer = &dataset.customers[intake.customer];
            vec![
                intake.ord.to_string(),
                intake.title.clone(),
                customer.name.clone(),
                customer.ord.to_string(),
                dataset.products[intake.product].name.clone(),
                LocalTime::midnight(2024, 1, 1).plus_days(index as i64 * 7).plus_minutes(600).date_minutes(),
                repairs.iter().filter(|repair| repair.intake == intake.ord).count().to_string(),
            ]
        })
        .filter(|row| table::searched(search, row))
        .collect();
    query.answer(INTAKE_COLUMNS, rows)
}
