//! Projects and contracts (reference §8.5, §8.6; help nodes 36–53, 252, 285, 286, 296): the lists, the
//! project bill, the account's pending contract lines (add, list, edit, delete, unit choices), the
//! contract save, share and approvals, and the v3 contract detail, approval, approval stages and add.

use serde_json::{Value, json};

use super::books::Ledger;
use super::crm::{self, Share};
use super::data::{
    self, API_ACCOUNT, CONTRACT_CATEGORY, CONTRACT_STATUS, CURRENCY, Dataset, PROJECT_CATEGORY, PROJECT_SOURCE,
    PROJECT_STAGE, PROJECT_STATUS, UNIT,
};
use super::document::{self, Column, Field, column};
use super::forms::{self, Input, Kind, Values, input, text};
use super::request::{PagePost, WebPost};
use super::table::{self, ListQuery};
use crate::calendar::{DEMO_TODAY, LocalTime};
use crate::seed::{pick, row_rng};

pub const FIRST_PROJECT_ORD: u64 = 60_001;
pub const FIRST_CONTRACT_ORD: u64 = 40_001;
const PROJECT_COUNT: usize = 600;
const CONTRACT_COUNT: usize = 1200;
const PROJECT_TABLE: u64 = 205;
const CONTRACT_TABLE: u64 = 206;
const NEWEST_DAYS: i64 = 30;
const EXPIRING_DAYS: i64 = 30;

/// Where an approval stands.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Approval {
    Pending,
    Approved,
    Rejected,
    Returned,
}

impl Approval {
    pub fn label(self) -> &'static str {
        match self {
            Approval::Pending => "待审批",
            Approval::Approved => "审批通过",
            Approval::Rejected => "审批否决",
            Approval::Returned => "已退回",
        }
    }
}

/// One decision in a record's approval history.
pub struct Decision {
    pub stage: &'static str,
    pub approver: u64,
    pub at: LocalTime,
    pub result: Approval,
    pub comment: String,
}

/// The contract approval stages (`approveStageList`): id and name.
const STAGES: &[(u64, &str)] = &[(1, "部门经理审批"), (2, "总经理审批")];

pub struct Project {
    pub ord: u64,
    pub values: Values,
    pub created: LocalTime,
    pub approval: Approval,
    pub decisions: Vec<Decision>,
}

pub struct Contract {
    pub ord: u64,
    pub values: Values,
    pub lines: Vec<Line>,
    pub received_cents: i64,
    pub created: LocalTime,
    pub creator: u64,
    pub approval: Approval,
    pub decisions: Vec<Decision>,
    pub share: Option<Share>,
}

/// A contract line: pending (`contractlist.asp`) until a contract save takes it.
#[derive(Clone)]
pub struct Line {
    pub id: u64,
    pub product: u64,
    pub company: u64,
    pub values: Values,
}

fn values_of(pairs: &[(&str, String)]) -> Values {
    pairs.iter().filter(|(_, value)| !value.is_empty()).map(|(id, value)| ((*id).to_owned(), value.clone())).collect()
}

/// `1280000` cents → `"12800.00"`.
pub fn decimal(cents: i64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

/// `"12,800.5"` → `1280050` cents.
pub fn cents(text: &str) -> i64 {
    forms::amount(text).map_or(0, |amount| (amount * 100.0).round() as i64)
}

pub fn seed_projects(dataset: &Dataset) -> Vec<Project> {
    (0..PROJECT_COUNT)
        .map(|index| {
            let mut rng = row_rng(PROJECT_TABLE, index);
            let customer = &dataset.customers[rng.usize(..dataset.customers.len())];
            let product = &dataset.products[rng.usize(..data::APPLIANCE_PRODUCTS.min(dataset.products.len()))];
            let found = LocalTime::midnight(2023, 7, 1)
                .plus_days(index as i64 + rng.i64(0..3))
                .plus_minutes(rng.i64(540..1080));
            let expected = found.plus_days(rng.i64(20..120));
            let values = values_of(&[
                ("title", format!("{}{}采购项目", customer.name, product.appliance.kind)),
                ("xmid", format!("XM{}{:04}", found.date().replace('-', ""), index + 1)),
                ("company", customer.ord.to_string()),
                ("sorce", pick(&mut rng, PROJECT_SOURCE.options).0.to_string()),
                ("complete1", pick(&mut rng, PROJECT_STATUS.options).0.to_string()),
                ("complete2", pick(&mut rng, PROJECT_STAGE.options).0.to_string()),
                ("trade", pick(&mut rng, PROJECT_CATEGORY.options).0.to_string()),
                ("cateid", customer.salesperson.to_string()),
                ("date1", found.date()),
                ("date2", expected.date()),
                ("money", decimal(i64::from(rng.u32(2..200)) * 100_000)),
                ("intro", format!("客户计划采购{}，预算已批。", product.name)),
            ]);
            let pending = index % 12 == 5;
            Project {
                ord: FIRST_PROJECT_ORD + index as u64,
                values,
                created: found,
                approval: if pending { Approval::Pending } else { Approval::Approved },
                decisions: if pending { Vec::new() } else { vec![seeded_decision(found)] },
            }
        })
        .collect()
}

fn seeded_decision(created: LocalTime) -> Decision {
    Decision {
        stage: STAGES[0].1,
        approver: 69,
        at: created.plus_minutes(120),
        result: Approval::Approved,
        comment: "同意".into(),
    }
}

pub fn seed_contracts(dataset: &Dataset) -> Vec<Contract> {
    (0..CONTRACT_COUNT)
        .map(|index| {
            let mut rng = row_rng(CONTRACT_TABLE, index);
            let customer = &dataset.customers[rng.usize(..dataset.customers.len())];
            let signed =
                LocalTime::midnight(2023, 1, 3).plus_days(index as i64 * 2 / 3).plus_minutes(rng.i64(540..1080));
            let lines: Vec<Line> = (0..rng.usize(1..=3))
                .map(|position| {
                    let product = &dataset.products[rng.usize(..dataset.products.len())];
                    let item = Item {
                        ord: product.ord,
                        name: &product.name,
                        number: &product.number,
                        model: &product.model,
                        unit: UNIT.resolve(product.unit).unwrap_or(1),
                    };
                    line_for(
                        index as u64 * 10 + position as u64 + 1,
                        &item,
                        product.price_cents,
                        rng.u32(1..=5).into(),
                        customer.ord,
                    )
                })
                .collect();
            let total: i64 = lines.iter().map(|line| cents(line.value("money1"))).sum();
            let discount = if rng.u8(..4) == 0 { total / 20 } else { 0 };
            let net = total - discount;
            let received = match rng.u8(..3) {
                0 => 0,
                1 => net / 2,
                _ => net,
            };
            let pending = index % 15 == 4;
            let values = values_of(&[
                ("company", customer.ord.to_string()),
                ("htid", format!("HT{}{:04}", signed.date().replace('-', ""), index + 1)),
                ("title", format!("{}设备采购合同", customer.name)),
                ("date3", signed.date()),
                ("date1", signed.date()),
                ("date2", signed.plus_days(365).date()),
                ("cateid", customer.salesperson.to_string()),
                ("sort", pick(&mut rng, CONTRACT_CATEGORY.options).0.to_string()),
                ("complete1", if index < CONTRACT_COUNT * 2 / 3 { "196" } else { "195" }.to_owned()),
                ("bz", "14".to_owned()),
                (
                    "chance",
                    if index % 3 == 0 { (FIRST_PROJECT_ORD + (index as u64 % 600)).to_string() } else { String::new() },
                ),
                ("premoney", decimal(total)),
                ("yhvalue", decimal(discount)),
                ("money1", decimal(net)),
                ("fqhk", "0".to_owned()),
                ("invoicePlan", "1".to_owned()),
                ("invoiceMode", "2".to_owned()),
                ("jh_intro3", "银行转账".to_owned()),
                ("jh_intro4", customer.address.clone()),
                ("jh_intro5", pick(&mut rng, &["快递", "物流", "送货上门"]).to_owned()),
            ]);
            Contract {
                ord: FIRST_CONTRACT_ORD + index as u64,
                values,
                lines,
                received_cents: received,
                created: signed,
                creator: customer.salesperson,
                approval: if pending { Approval::Pending } else { Approval::Approved },
                decisions: if pending { Vec::new() } else { vec![seeded_decision(signed)] },
                share: None,
            }
        })
        .collect()
}

/// What a contract line copies from its product.
struct Item<'a> {
    ord: u64,
    name: &'a str,
    number: &'a str,
    model: &'a str,
    unit: u64,
}

impl<'a> From<&'a super::products::ProductRecord> for Item<'a> {
    fn from(product: &'a super::products::ProductRecord) -> Item<'a> {
        Item {
            ord: product.ord,
            name: &product.name,
            number: &product.number,
            model: &product.model,
            unit: product.unit_id,
        }
    }
}

fn line_for(id: u64, item: &Item<'_>, price_cents: i64, number: f64, company: u64) -> Line {
    let money = (price_cents as f64 * number).round() as i64;
    Line {
        id,
        product: item.ord,
        company,
        values: values_of(&[
            ("productOrd", item.ord.to_string()),
            ("title", item.name.to_owned()),
            ("order1", item.number.to_owned()),
            ("type1", item.model.to_owned()),
            ("unit", item.unit.to_string()),
            ("num1", quantity(number)),
            ("price1", decimal(price_cents)),
            ("discount", "1".to_owned()),
            ("money1", decimal(money)),
            ("invoiceType", "1".to_owned()),
            ("taxRate", "13".to_owned()),
        ]),
    }
}

fn quantity(number: f64) -> String {
    if number.fract() == 0.0 { format!("{number:.0}") } else { number.to_string() }
}

impl Line {
    pub fn value(&self, id: &str) -> &str {
        self.values.get(id).map_or("", String::as_str)
    }
}

impl Project {
    pub fn value(&self, id: &str) -> &str {
        self.values.get(id).map_or("", String::as_str)
    }
}

impl Contract {
    pub fn value(&self, id: &str) -> &str {
        self.values.get(id).map_or("", String::as_str)
    }

    pub fn company(&self) -> u64 {
        self.value("company").parse().unwrap_or(0)
    }
}

fn customer_name(ledger: &Ledger, ord: &str) -> String {
    ledger
        .customers
        .iter()
        .find(|customer| customer.ord.to_string() == ord)
        .map_or(String::new(), |customer| customer.name().to_owned())
}

fn in_range(value: Option<LocalTime>, post: &PagePost, from: &str, to: &str) -> bool {
    let from = forms::date(post.get(from));
    let to = forms::date(post.get(to));
    match value {
        Some(value) => from.is_none_or(|from| value >= from) && to.is_none_or(|to| value < to.plus_days(1)),
        None => from.is_none() && to.is_none(),
    }
}

fn amount_in_range(value: &str, post: &PagePost, low: &str, high: &str) -> bool {
    let value = forms::amount(value).unwrap_or(0.0);
    forms::amount(post.get(low)).is_none_or(|low| value >= low)
        && forms::amount(post.get(high)).is_none_or(|high| value <= high)
}

// Projects.

const PROJECT_COLUMNS: &[Column] = &[
    column("ord", "int"),
    column("xmid", "varchar"),
    column("title", "varchar"),
    column("khmc", "varchar"),
    column("complete1", "varchar"),
    column("complete2", "varchar"),
    column("sorce", "varchar"),
    column("trade", "varchar"),
    column("cateid", "varchar"),
    column("date1", "date"),
    column("date2", "date"),
    column("money", "money"),
    column("spzt", "varchar"),
];

const PROJECT_FORM: &[Input] = &[
    text("title", "项目主题", 100).required(),
    text("xmid", "项目编号", 50),
    input("company", "关联客户", Kind::Integer).required(),
    input("sorce", "项目来源", Kind::Enum(&PROJECT_SOURCE)),
    input("complete1", "项目状态", Kind::Enum(&PROJECT_STATUS)),
    input("complete2", "项目阶段", Kind::Enum(&PROJECT_STAGE)),
    input("trade", "项目分类", Kind::Enum(&PROJECT_CATEGORY)),
    input("cateid", "领用人", Kind::Staff),
    input("date1", "发现日期", Kind::Date),
    input("date2", "预计签单日期", Kind::Date),
    input("money", "预计金额", Kind::Decimal),
    text("intro", "项目概要", 4000),
];

/// `chance/list.asp` with `cmdkey: "refresh"`: newest first.
pub fn project_list(ledger: &Ledger, post: &PagePost) -> Value {
    let query = ListQuery::from_post(post, PROJECT_COLUMNS);
    let pending = post.get("stype") == "1";
    let newest = post.get("remind") == "146";
    let company = table::id_list(post, "company");
    let scope = (post.get("datatype"), post.get("ord").parse::<u64>().ok());
    let owners = table::id_list(post, "a_cateid");
    let enums: Vec<(&str, Option<Vec<u64>>)> =
        ["complete1", "sorce", "complete2", "trade"].into_iter().map(|id| (id, table::id_list(post, id))).collect();
    let areas = table::id_list(post, "area");
    let title = table::fuzzy(post, "title");
    let number = table::fuzzy(post, "xmid");
    let customer_texts = [("cName", "name"), ("cAddr", "address"), ("cPhone", "phone"), ("cFax", "fax")]
        .map(|(filter, field)| (field, table::fuzzy(post, filter)));
    let search = table::fuzzy(post, "searchKey");
    let rows = ledger
        .projects
        .iter()
        .rev()
        .filter(|project| !pending || project.approval == Approval::Pending)
        .filter(|project| !newest || project.created >= DEMO_TODAY.plus_days(1 - NEWEST_DAYS))
        .filter(|project| {
            let customer =
                ledger.customers.iter().find(|customer| customer.ord.to_string() == project.value("company"));
            let linked = match scope {
                ("tel", Some(ord)) => project.value("company") == ord.to_string(),
                ("contract", Some(ord)) => ledger
                    .contracts
                    .iter()
                    .any(|contract| contract.ord == ord && contract.value("chance") == project.ord.to_string()),
                _ => true,
            };
            linked
                && table::allows(&company, project.value("company").parse().unwrap_or(0))
                && owners.as_ref().is_none_or(|ids| ids.contains(&project.value("cateid").parse().unwrap_or(0)))
                && enums.iter().all(|(id, ids)| table::allows(ids, project.value(id).parse().unwrap_or(0)))
                && areas.as_ref().is_none_or(|areas| customer.is_some_and(|customer| customer.in_areas(areas)))
                && table::allows_text(title, project.value("title"))
                && table::allows_text(number, project.value("xmid"))
                && customer_texts.iter().all(|(field, needle)| {
                    needle.is_none()
                        || customer.is_some_and(|customer| table::allows_text(*needle, customer.value(field)))
                })
                && in_range(forms::date(project.value("date1")), post, "a_date_0", "a_date_1")
                && in_range(forms::date(project.value("date2")), post, "a_date2_0", "a_date2_1")
        })
        .map(|project| {
            let label = |id: &str, kind: Kind| forms::display(kind, project.value(id));
            vec![
                project.ord.to_string(),
                project.value("xmid").to_owned(),
                project.value("title").to_owned(),
                customer_name(ledger, project.value("company")),
                label("complete1", Kind::Enum(&PROJECT_STATUS)),
                label("complete2", Kind::Enum(&PROJECT_STAGE)),
                label("sorce", Kind::Enum(&PROJECT_SOURCE)),
                label("trade", Kind::Enum(&PROJECT_CATEGORY)),
                label("cateid", Kind::Staff),
                project.value("date1").to_owned(),
                project.value("date2").to_owned(),
                document::money(cents(project.value("money"))),
                project.approval.label().to_owned(),
            ]
        })
        .filter(|row| table::searched(search, row))
        .collect();
    query.answer(PROJECT_COLUMNS, rows)
}

/// `chance/add.asp`: the bill of one project with its follow-ups.
pub fn project_detail(ledger: &Ledger, post: &PagePost) -> Value {
    let Some(project) = ledger.projects.iter().find(|project| project.ord.to_string() == post.get("ord")) else {
        return document::notice("该项目不存在或已被删除！");
    };
    let mut fields = forms::fields(PROJECT_FORM, &project.values);
    if let Some(company) = fields.get_mut(2) {
        *company = Field::new("company", "关联客户", customer_name(ledger, project.value("company")))
            .value(project.value("company"))
            .required(0);
    }
    fields.push(Field::new("spzt", "审批状态", project.approval.label()));
    document::bill(
        "chance",
        "项目详情",
        project.ord,
        vec![
            document::group("base", "项目信息", fields),
            document::group("related", "相关信息", vec![crm::follow_up_field(ledger, "chance", project.ord)]),
        ],
    )
}

const SP_RESULT_PROJECT: &[(&str, &str)] = &[("1", "同意"), ("2", "否决")];
const SP_RESULT_CONTRACT: &[(&str, &str)] = &[("1", "同意"), ("2", "否决"), ("3", "退回")];

const PROJECT_APPROVAL_FORM: &[Input] = &[
    input("@__sp_money", "审批金额", Kind::Decimal).required(),
    input("@__sp_result", "审批结果", Kind::Choice(SP_RESULT_PROJECT)).required(),
    text("@__sp_intro", "审批意见", 50),
    text("@__sp_sign", "手写签名", 50),
    text("@bill.approve.list", "审批列表", 50),
];
pub const CONTRACT_APPROVAL_FORM: &[Input] = &[
    input("@__sp_money", "审批金额", Kind::Decimal).required(),
    input("@__sp_result", "审批结果", Kind::Choice(SP_RESULT_CONTRACT)).required(),
    text("@__sp_intro", "审批意见", 50),
    text("@__sp_sign", "手写签名", 50),
    text("@bill.approve.list", "审批列表", 50),
];

/// `systemmanage/approve.asp?dtype=25` (projects) or `dtype=2` (contracts).
pub fn approve(ledger: &mut Ledger, post: &PagePost) -> Value {
    let outcome = match post.get("dtype") {
        "25" => approve_project(ledger, post),
        "2" => approve_contract(ledger, post),
        _ => Err("审批类型无效，审批失败！".to_owned()),
    };
    document::notice(&outcome.unwrap_or_else(|refusal| refusal))
}

fn decision(values: &Values) -> (Approval, String) {
    let result = match values.get("@__sp_result").map(String::as_str) {
        Some("1") => Approval::Approved,
        Some("3") => Approval::Returned,
        _ => Approval::Rejected,
    };
    (result, values.get("@__sp_intro").cloned().unwrap_or_default())
}

fn approve_project(ledger: &mut Ledger, post: &PagePost) -> Result<String, String> {
    let values = forms::check(post, PROJECT_APPROVAL_FORM)?;
    let project = ledger.projects.iter_mut().find(|project| project.ord.to_string() == post.get("ord"));
    let project = project.ok_or("该项目不存在或已被删除，审批失败！")?;
    if project.approval != Approval::Pending {
        return Err("该项目无需审批或已审批，审批失败！".to_owned());
    }
    let (result, comment) = decision(&values);
    if result == Approval::Approved
        && let Some(money) = values.get("@__sp_money")
    {
        project.values.insert("money".into(), decimal(cents(money)));
    }
    project.approval = result;
    project.decisions.push(Decision {
        stage: STAGES[0].1,
        approver: API_ACCOUNT,
        at: LocalTime::now(),
        result,
        comment,
    });
    Ok("审批成功！".to_owned())
}

fn approve_contract(ledger: &mut Ledger, post: &PagePost) -> Result<String, String> {
    let values = forms::check(post, CONTRACT_APPROVAL_FORM)?;
    let contract = ledger.contracts.iter_mut().find(|contract| contract.ord.to_string() == post.get("ord"));
    let contract = contract.ok_or("该合同不存在或已被删除，审批失败！")?;
    if contract.approval != Approval::Pending {
        return Err("该合同无需审批或已审批，审批失败！".to_owned());
    }
    let (result, comment) = decision(&values);
    contract.approval = result;
    contract.decisions.push(Decision {
        stage: STAGES[0].1,
        approver: API_ACCOUNT,
        at: LocalTime::now(),
        result,
        comment,
    });
    Ok("审批成功！".to_owned())
}

// Pending contract lines.

const LINE_COLUMNS: &[Column] = &[
    column("id", "int"),
    column("productOrd", "int"),
    column("title", "varchar"),
    column("order1", "varchar"),
    column("type1", "varchar"),
    column("unit", "varchar"),
    column("num1", "number"),
    column("price1", "money"),
    column("money1", "money"),
    column("date2", "date"),
    column("intro", "varchar"),
];

fn line_row(line: &Line) -> Vec<String> {
    vec![
        line.id.to_string(),
        line.product.to_string(),
        line.value("title").to_owned(),
        line.value("order1").to_owned(),
        line.value("type1").to_owned(),
        forms::display(Kind::Enum(&UNIT), line.value("unit")),
        line.value("num1").to_owned(),
        document::money(cents(line.value("price1"))),
        document::money(cents(line.value("money1"))),
        line.value("date2").to_owned(),
        line.value("intro").to_owned(),
    ]
}

/// `contractlist.asp`: the pending lines (`refresh`), adding a product (`__msgid=addtocontract`) and
/// deleting lines (`__msgid=delete`, `batch` 1 all, 0 the line `id`).
pub fn lines_page(ledger: &mut Ledger, post: &PagePost) -> Value {
    match post.cmdkey.to_ascii_lowercase().as_str() {
        "refresh" => {
            let query = ListQuery::from_post(post, LINE_COLUMNS);
            let company = table::id_list(post, "company");
            let rows = ledger
                .pending_lines
                .iter()
                .filter(|line| table::allows(&company, line.company))
                .map(line_row)
                .collect();
            query.answer(LINE_COLUMNS, rows)
        }
        "addtocontract" => document::notice(&add_line(ledger, post).unwrap_or_else(|refusal| refusal)),
        "delete" => document::notice(&delete_lines(ledger, post)),
        _ => document::report_skeleton("contractlist", "合同产品明细"),
    }
}

fn add_line(ledger: &mut Ledger, post: &PagePost) -> Result<String, String> {
    let values = forms::check(
        post,
        &[
            input("ord", "产品", Kind::Integer).required(),
            input("num1", "产品数量", Kind::Decimal),
            input("company", "客户", Kind::Integer),
        ],
    )?;
    let product =
        values.get("ord").and_then(|ord| ledger.products.iter().find(|product| product.ord.to_string() == *ord));
    let product = product.ok_or("该产品不存在或已被删除，加入失败！")?;
    let company = match values.get("company") {
        Some(company) => ledger
            .customers
            .iter()
            .find(|customer| customer.ord.to_string() == *company)
            .map(|customer| customer.ord)
            .ok_or("客户不存在，加入失败！")?,
        None => 0,
    };
    let number = values.get("num1").and_then(|number| forms::amount(number)).unwrap_or(1.0);
    let line = line_for(ledger.next_line, &Item::from(product), product.price_cents, number, company);
    ledger.next_line += 1;
    ledger.pending_lines.push(line);
    Ok("加入合同成功！".to_owned())
}

fn delete_lines(ledger: &mut Ledger, post: &PagePost) -> String {
    if post.get("batch") == "1" {
        ledger.pending_lines.clear();
        return "删除成功！".to_owned();
    }
    let before = ledger.pending_lines.len();
    ledger.pending_lines.retain(|line| line.id.to_string() != post.get("id"));
    if ledger.pending_lines.len() < before {
        "删除成功！"
    } else {
        "该明细不存在或已被删除，删除失败！"
    }
    .to_owned()
}

const INVOICE_TYPE_CHOICES: &[(&str, &str)] =
    &[("0", "不开票"), ("1", "增值税普通发票"), ("2", "增值税专用发票"), ("3", "电子普通发票")];
const COLOURS: &[(&str, &str)] = &[("5", "灰色"), ("4", "绿色"), ("3", "黄色"), ("1", "红色"), ("2", "白色")];
const SIZES: &[(&str, &str)] = &[("8", "小码"), ("7", "中码"), ("6", "大码")];

const fn amount(id: &'static str, caption: &'static str) -> Input {
    input(id, caption, Kind::Decimal).required()
}

pub const LINE_FORM: &[Input] = &[
    text("productOrd", "产品id", 50),
    text("jf_per_num", "积分", 50),
    text("includeTax", "是否含税", 50),
    text("title", "产品名称", 50),
    text("order1", "编号", 50),
    text("type1", "型号", 50),
    input("unit", "单位", Kind::Enum(&UNIT)).required(),
    amount("num1", "数量"),
    amount("price1", "未税单价"),
    text("discountValue", "折扣", 50).required(),
    amount("discount", "折扣"),
    amount("priceAfterDiscount", "未税折后单价"),
    amount("priceIncludeTax", "含税单价"),
    amount("priceAfterTaxPre", "含税折后单价"),
    input("invoiceType", "票据类型", Kind::Choice(INVOICE_TYPE_CHOICES)).required(),
    amount("taxRate", "税率"),
    amount("moneyAfterTax", "税后总价"),
    amount("concessions", "明细优惠"),
    amount("priceAfterTax", "优惠后单价"),
    amount("moneyAfterConcessions", "金额"),
    amount("money1", "优惠后总价"),
    amount("taxValue", "税额"),
    amount("pricejy", "建议进价"),
    amount("tpricejy", "建议总价"),
    input("date2", "交货日期", Kind::Date),
    text("intro", "备注", 50),
    text("@InheritId_id_1", "自定义1", 50),
    text("@InheritId_id_2", "自定义2", 50),
    text("@InheritId_id_3", "自定义3", 50),
    text("@InheritId_id_4", "自定义4", 50),
    input("@InheritId_id_5", "自定义5", Kind::Choice(COLOURS)),
    input("@InheritId_id_6", "自定义6", Kind::Choice(SIZES)),
    input("jf", "积分", Kind::Integer).required(),
];

/// `contractlist_edit.asp` with `__sys_dosave`: one pending line (`ord` = its id) rewritten.
pub fn edit_line(ledger: &mut Ledger, post: &PagePost) -> Value {
    let outcome = (|| {
        let position = ledger.pending_lines.iter().position(|line| line.id.to_string() == post.get("ord"));
        let position = position.ok_or("该明细不存在或已被删除，不能保存！")?;
        let values = forms::check(post, LINE_FORM)?;
        let line = &mut ledger.pending_lines[position];
        line.values.extend(values);
        Ok::<_, String>("保存成功！".to_owned())
    })();
    document::notice(&outcome.unwrap_or_else(|refusal| refusal))
}

/// `unitchange.asp`: the units a product's line can be in (`ord` = the product).
pub fn unit_choices(ledger: &Ledger, post: &PagePost) -> Value {
    let Some(product) = ledger.products.iter().find(|product| product.ord.to_string() == post.get("ord")) else {
        return document::notice("该产品不存在或已被删除！");
    };
    let units: Vec<(String, String)> = serde_json::from_str::<serde_json::Map<String, Value>>(&product.units)
        .map(|units| units.into_iter().map(|(id, name)| (id, name.as_str().unwrap_or_default().to_owned())).collect())
        .unwrap_or_default();
    let options = document::options(units.iter().map(|(id, name)| (id.clone(), name.as_str())));
    let current = units.first().map(|(id, name)| (id.clone(), name.clone())).unwrap_or_default();
    let field = Field::new("unit", "单位", current.1).value(current.0).choices(options).required(0);
    document::bill("unitchange", "单位选择", product.ord, vec![document::group("unit", "单位", vec![field])])
}

// Contracts.

const FQHK: &[(&str, &str)] =
    &[("0", "自动生成"), ("3", "出库自动收款"), ("4", "发货自动收款"), ("5", "开票自动收款"), ("6", "对账手动生成")];
const INVOICE_PLAN: &[(&str, &str)] = &[("1", "自动开票"), ("3", "出库自动开票"), ("4", "发货自动开票")];
const INVOICE_MODE: &[(&str, &str)] = &[("2", "明细"), ("0", "不开票")];

pub const CONTRACT_FORM: &[Input] = &[
    input("company", "关联客户", Kind::Integer).required(),
    text("htid", "合同编号", 50).required(),
    text("title", "合同主题", 100).required(),
    input("date3", "签订日期", Kind::Date).required(),
    input("date1", "开始日期", Kind::Date).required(),
    input("date2", "结束日期", Kind::Date),
    input("cateid", "销售人员", Kind::Staff),
    input("person2id", "对方代表", Kind::Integer),
    input("sort", "合同分类", Kind::Enum(&CONTRACT_CATEGORY)).required(),
    input("complete1", "合同状态", Kind::Enum(&CONTRACT_STATUS)),
    input("bz", "币种", Kind::Enum(&CURRENCY)).required(),
    text("intro", "合同概要", 4000),
    text("chance", "关联项目", 50),
    amount("premoney", "合同总额"),
    amount("yhvalue", "优惠总额"),
    amount("money1", "优惠后总额"),
    input("fqhk", "收款计划", Kind::Choice(FQHK)).required(),
    input("invoicePlan", "开票计划", Kind::Choice(INVOICE_PLAN)).required(),
    input("invoiceMode", "开票类型", Kind::Choice(INVOICE_MODE)).required(),
    input("extras", "运杂费", Kind::Decimal),
    input("维修单id", "维修单id", Kind::Integer),
    text("@contractlist", "合同明细", 50),
    text("jh_intro3", "付款方式", 100),
    text("jh_intro4", "交货地址", 100),
    text("jh_intro5", "交货方式", 100),
    text("jh_intro6", "交货时间", 100),
    text("jh_intro1", "配件", 100),
    text("jh_intro2", "备注", 500),
];

/// `contract/add.asp` with `__sys_dosave`: a new contract takes the pending lines; an edit keeps its own.
pub fn save_contract(ledger: &mut Ledger, post: &PagePost) -> Value {
    document::notice(&store_contract(ledger, post).unwrap_or_else(|refusal| refusal))
}

fn store_contract(ledger: &mut Ledger, post: &PagePost) -> Result<String, String> {
    let existing = match post.get("ord") {
        "" | "0" => None,
        ord => Some(
            ledger
                .contracts
                .iter()
                .position(|contract| contract.ord.to_string() == ord)
                .ok_or("该合同不存在或已被删除，不能保存！")?,
        ),
    };
    let values = forms::check(post, CONTRACT_FORM)?;
    let value = |id: &str| values.get(id).map_or("", String::as_str);
    if !ledger.customers.iter().any(|customer| customer.ord.to_string() == value("company")) {
        return Err("关联客户不存在，不能保存！".to_owned());
    }
    if !value("person2id").is_empty()
        && !ledger.contacts.iter().any(|contact| contact.ord.to_string() == value("person2id"))
    {
        return Err("对方代表不存在，不能保存！".to_owned());
    }
    if !value("chance").is_empty() && !ledger.projects.iter().any(|project| project.ord.to_string() == value("chance"))
    {
        return Err("关联项目不存在，不能保存！".to_owned());
    }
    let own = existing.map(|position| ledger.contracts[position].ord);
    if ledger.contracts.iter().any(|contract| contract.value("htid") == value("htid") && Some(contract.ord) != own) {
        return Err("合同编号已被使用，不能保存！".to_owned());
    }
    match existing {
        Some(position) => ledger.contracts[position].values = values,
        None => {
            let ord = ledger.contracts.iter().map(|contract| contract.ord).max().unwrap_or(FIRST_CONTRACT_ORD - 1) + 1;
            let lines = std::mem::take(&mut ledger.pending_lines);
            ledger.contracts.push(Contract {
                ord,
                values,
                lines,
                received_cents: 0,
                created: LocalTime::now(),
                creator: API_ACCOUNT,
                approval: Approval::Pending,
                decisions: Vec::new(),
                share: None,
            });
        }
    }
    Ok("保存成功！".to_owned())
}

const CONTRACT_COLUMNS: &[Column] = &[
    column("ord", "int"),
    column("htid", "varchar"),
    column("title", "varchar"),
    column("khmc", "varchar"),
    column("xsry", "varchar"),
    column("htfl", "varchar"),
    column("moneyall", "money"),
    column("hkmoney", "money"),
    column("htbz", "varchar"),
    column("dateQD", "date"),
    column("dateKS", "date"),
    column("dateZZ", "date"),
    column("spzt", "varchar"),
    column("spMan", "varchar"),
    column("ckjz", "varchar"),
    column("fhjz", "varchar"),
    column("skjz", "varchar"),
    column("kpjz", "varchar"),
    column("UrgentType", "varchar"),
];

/// 未发货 / 部分发货 / 已发货, from the contract's shipments.
fn shipped(ledger: &Ledger, contract: &Contract) -> &'static str {
    let shipments: Vec<_> = ledger.shipments.iter().filter(|shipment| shipment.contract == contract.ord).collect();
    match (shipments.len(), shipments.iter().filter(|shipment| shipment.sent.is_some()).count()) {
        (0, _) | (_, 0) => "未发货",
        (all, sent) if sent < all => "部分发货",
        _ => "已发货",
    }
}

fn contract_row(ledger: &Ledger, contract: &Contract) -> Vec<String> {
    let net = cents(contract.value("money1"));
    let shipped = shipped(ledger, contract);
    vec![
        contract.ord.to_string(),
        contract.value("htid").to_owned(),
        contract.value("title").to_owned(),
        customer_name(ledger, contract.value("company")),
        forms::display(Kind::Staff, contract.value("cateid")),
        forms::display(Kind::Enum(&CONTRACT_CATEGORY), contract.value("sort")),
        document::money(net),
        document::money(contract.received_cents),
        forms::display(Kind::Enum(&CURRENCY), contract.value("bz")),
        contract.value("date3").to_owned(),
        contract.value("date1").to_owned(),
        contract.value("date2").to_owned(),
        contract.approval.label().to_owned(),
        contract
            .decisions
            .last()
            .and_then(|decision| data::account_name(decision.approver))
            .unwrap_or_default()
            .to_owned(),
        if shipped == "未发货" { "未出库" } else { "已出库" }.to_owned(),
        shipped.to_owned(),
        match contract.received_cents {
            0 => "未收款",
            received if received < net => "部分收款",
            _ => "已收款",
        }
        .to_owned(),
        if contract.value("invoiceMode") == "0" { "不开票" } else { "未开票" }.to_owned(),
        String::new(),
    ]
}

/// `contract/billlist.asp` with `cmdkey: "refresh"`: newest first.
pub fn contract_list(ledger: &Ledger, post: &PagePost) -> Value {
    let query = ListQuery::from_post(post, CONTRACT_COLUMNS);
    let remind = post.get("remind");
    let pending = post.get("stype") == "1" || remind == "14";
    let expiring = post.get("stype") == "2" || remind == "21";
    let newest = remind == "151";
    let shared = remind == "201";
    let scope = (post.get("datatype"), post.get("ord").parse::<u64>().ok());
    let salespeople = table::id_list(post, "a_cateid");
    let staff = table::id_list(post, "cateid");
    let by_creator = post.get("catetype") == "2";
    let enums: Vec<(&str, Option<Vec<u64>>)> = [("bz", "bz"), ("htfl", "sort"), ("htzt", "complete1")]
        .into_iter()
        .map(|(filter, field)| (field, table::id_list(post, filter)))
        .collect();
    let texts = [("title", "title"), ("htbh", "htid")].map(|(filter, field)| (field, table::fuzzy(post, filter)));
    let customer = table::fuzzy(post, "khmc");
    let search = table::fuzzy(post, "searchKey");
    let rows = ledger
        .contracts
        .iter()
        .rev()
        .filter(|contract| !pending || contract.approval == Approval::Pending)
        .filter(|contract| {
            !expiring
                || forms::date(contract.value("date2"))
                    .is_some_and(|end| end >= DEMO_TODAY && end <= DEMO_TODAY.plus_days(EXPIRING_DAYS))
        })
        .filter(|contract| !newest || contract.created >= DEMO_TODAY.plus_days(1 - NEWEST_DAYS))
        .filter(|contract| !shared || contract.share.is_some())
        .filter(|contract| match scope {
            ("tel", Some(ord)) => contract.company() == ord,
            ("product", Some(ord)) => contract.lines.iter().any(|line| line.product == ord),
            ("chance", Some(ord)) => contract.value("chance") == ord.to_string(),
            _ => true,
        })
        .filter(|contract| {
            let person = if by_creator { contract.creator } else { contract.value("cateid").parse().unwrap_or(0) };
            salespeople.as_ref().is_none_or(|ids| ids.contains(&contract.value("cateid").parse().unwrap_or(0)))
                && staff.as_ref().is_none_or(|ids| ids.contains(&person))
                && enums.iter().all(|(field, ids)| table::allows(ids, contract.value(field).parse().unwrap_or(0)))
                && texts.iter().all(|(field, needle)| table::allows_text(*needle, contract.value(field)))
                && table::allows_text(customer, &customer_name(ledger, contract.value("company")))
                && amount_in_range(contract.value("premoney"), post, "htmoney_0", "htmoney_1")
                && amount_in_range(contract.value("money1"), post, "moneyall_0", "moneyall_1")
                && in_range(forms::date(contract.value("date3")), post, "a_date_0", "a_date_1")
                && in_range(forms::date(contract.value("date3")), post, "dateQD_0", "dateQD_1")
                && in_range(forms::date(contract.value("date1")), post, "dateKS_0", "dateKS_1")
                && in_range(forms::date(contract.value("date2")), post, "dateZZ_0", "dateZZ_1")
        })
        .map(|contract| contract_row(ledger, contract))
        .filter(|row| table::searched(search, row))
        .collect();
    query.answer(CONTRACT_COLUMNS, rows)
}

pub const CONTRACT_SHARE_FORM: &[Input] = &[
    input("member1", "共享用户类型", Kind::Choice(&[("1", "共享给所有用户"), ("0", "共享给以下用户")])).required(),
    Input { max: 50, ..input("member2", "共享用户集合", Kind::StaffList) },
];

/// `contract/share.asp`.
pub fn share_contract(ledger: &mut Ledger, post: &PagePost) -> Value {
    let outcome = forms::check(post, CONTRACT_SHARE_FORM).and_then(|mut values| {
        for flag in ["sharecontact", "replyshare", "chanceshare", "contractshare"] {
            values.insert(flag.into(), "1".into());
        }
        let share = crm::share_of(&values)?;
        let contract = ledger.contracts.iter_mut().find(|contract| contract.ord.to_string() == post.get("ord"));
        contract.ok_or("该合同不存在或已被删除，共享失败！")?.share = Some(share);
        Ok("共享成功！".to_owned())
    });
    document::notice(&outcome.unwrap_or_else(|refusal| refusal))
}

// The v3 contract pages.

/// `/webapi/v3/sales/contract/detail`: the header fields, the lines, the approvals and the deliveries.
pub fn v3_detail(ledger: &Ledger, post: &WebPost) -> Value {
    let Some(contract) = ledger.contracts.iter().find(|contract| contract.ord.to_string() == post.get("ord")) else {
        return json!({"Code": 300, "Msg": "合同不存在或已被删除"});
    };
    let money = |value: i64| json!(value as f64 / 100.0);
    let net = cents(contract.value("money1"));
    let lines: Vec<Value> = contract
        .lines
        .iter()
        .map(|line| {
            json!({
                "Title": line.value("title"), "Order1": line.value("order1"), "Type1": line.value("type1"),
                "Unit": line.value("unit").parse::<i64>().unwrap_or(0), "Num1": forms::amount(line.value("num1")).unwrap_or(0.0),
                "Num2": "0", "Num3": "0", "Num4": "0", "NumTH": "0",
                "InvoiceType": forms::display(Kind::Choice(INVOICE_TYPE_CHOICES), line.value("invoiceType")),
                "TaxRate": forms::amount(line.value("taxRate")).unwrap_or(0.0),
                "Date2": line.value("date2"), "Intro": line.value("intro"), "Jf": "0",
            })
        })
        .collect();
    let approvals: Vec<Value> = contract
        .decisions
        .iter()
        .map(|decision| {
            json!({"sp": decision.stage, "name": data::account_name(decision.approver).unwrap_or_default(),
                   "时间": decision.at.date_seconds(), "结果": decision.result.label(), "意见": decision.comment, "sptype": "普通审批"})
        })
        .collect();
    let deliveries: Vec<Value> = ledger
        .shipments
        .iter()
        .filter(|shipment| shipment.contract == contract.ord && shipment.sent.is_some())
        .map(|shipment| {
            json!({"SendDateFormatted": shipment.sent.map(LocalTime::date).unwrap_or_default(), "Title": shipment.title,
                   "LogisticsNumber": shipment.number, "Sort1": shipment.carrier, "LogisticsCode": shipment.tracking})
        })
        .collect();
    let company = contract.value("company");
    let region = ledger
        .customers
        .iter()
        .find(|customer| customer.ord.to_string() == company)
        .map_or(String::new(), |customer| forms::region_text(customer.value("area")));
    let shipped = shipped(ledger, contract);
    json!({
        "Code": 200,
        "Msg": "获取成功",
        "Data": {
            "Title": contract.value("title"), "Htid": contract.value("htid"),
            "AddcateName": data::account_name(contract.creator).unwrap_or_default(),
            "CateName": forms::display(Kind::Staff, contract.value("cateid")),
            "Person1": forms::display(Kind::Staff, contract.value("cateid")),
            "Person2": ledger.contacts.iter().find(|contact| contact.ord.to_string() == contract.value("person2id")).map_or("", |contact| contact.name()),
            "Date7": contract.created.date_seconds(), "Date3": contract.value("date3"),
            "SortName": forms::display(Kind::Enum(&CONTRACT_CATEGORY), contract.value("sort")),
            "Complete1Name": forms::display(Kind::Enum(&CONTRACT_STATUS), contract.value("complete1")),
            "mZt1": if shipped == "未发货" { "未出库" } else { "已出库" }, "mZt2": shipped,
            "PlanPreStatus": -1, "SpStatus": contract.approval.label(),
            "CurSp": if contract.approval == Approval::Pending { data::account_name(69).unwrap_or_default() } else { "" },
            "LastSp": contract.decisions.last().and_then(|decision| data::account_name(decision.approver)).unwrap_or_default(),
            "BzName": forms::display(Kind::Enum(&CURRENCY), contract.value("bz")), "areatext": region,
            "Premoney": money(cents(contract.value("premoney"))), "YhMoneyM": money(cents(contract.value("yhvalue"))),
            "Money1": money(net), "HkMoney1": money(contract.received_cents),
            "PaybackMode": 1, "Fqhk": contract.value("fqhk").parse::<i64>().unwrap_or(0),
            "InvoiceMode": contract.value("invoiceMode").parse::<i64>().unwrap_or(0),
            "InvoicePlan": contract.value("invoicePlan").parse::<i64>().unwrap_or(0),
            "Extras": money(cents(contract.value("extras"))), "FkDays": "",
            "Intro3": contract.value("jh_intro3"), "Intro4": contract.value("jh_intro4"), "Intro5": contract.value("jh_intro5"),
            "Intro6": contract.value("jh_intro6"), "Intro1": contract.value("jh_intro1"),
            "contractlist": lines,
            "approvelist": approvals,
            "logisticslist": deliveries,
        },
    })
}

const APPROVE_RESULT: &[(&str, &str)] = &[("1", "同意"), ("0", "否决"), ("2", "退回")];

/// `/webapi/v3/sales/contract/approve/edit`: decide (or, with `__cmdtag=__cmd_updateapprove`, change) a
/// contract's approval.
pub fn v3_approve(ledger: &mut Ledger, post: &WebPost) -> Value {
    let form = [
        input("ord", "单据ID", Kind::Integer).required(),
        input("approveResult", "审批结果", Kind::Choice(APPROVE_RESULT)).required(),
        text("approveMessage", "审批意见", 500).required(),
        input("returnProc", "退回级别", Kind::Integer),
        Input { max: 4000, ..input("newApprovers", "下一级审批人", Kind::StaffList) },
        input("__cmdtag", "审批模式", Kind::Choice(&[("__cmd_updateapprove", "改批")])),
    ];
    let outcome = forms::check(post, &form).and_then(|values| {
        let contract = ledger.contracts.iter_mut().find(|contract| contract.ord.to_string() == post.get("ord"));
        let contract = contract.ok_or("合同不存在或已被删除")?;
        let changing = values.contains_key("__cmdtag");
        if contract.approval != Approval::Pending && !changing {
            return Err("该合同无需审批或已审批".to_owned());
        }
        let result = match values.get("approveResult").map(String::as_str) {
            Some("1") => Approval::Approved,
            Some("2") => Approval::Returned,
            _ => Approval::Rejected,
        };
        let stage = values
            .get("returnProc")
            .and_then(|stage| STAGES.iter().find(|(id, _)| id.to_string() == *stage))
            .map_or(STAGES[0].1, |(_, name)| name);
        contract.approval = result;
        contract.decisions.push(Decision {
            stage,
            approver: API_ACCOUNT,
            at: LocalTime::now(),
            result,
            comment: values.get("approveMessage").cloned().unwrap_or_default(),
        });
        Ok(())
    });
    match outcome {
        Ok(()) => json!({"Code": 200, "Msg": "审批成功"}),
        Err(message) => json!({"Code": 300, "Msg": message.trim_end_matches('！')}),
    }
}

/// `/webapi/v3/sales/contract/approve/approveStageList/detail`: the stages a return can go back to.
pub fn v3_stages(ledger: &Ledger, post: &WebPost) -> Value {
    if !ledger.contracts.iter().any(|contract| contract.ord.to_string() == post.get("ord")) {
        return json!({"Code": 300, "Msg": "合同不存在或已被删除"});
    }
    let stages: Vec<Value> =
        STAGES.iter().map(|(id, name)| json!({"StageID": id.to_string(), "ApproveStage": name})).collect();
    json!({"Code": 200, "Msg": "获取成功", "Data": stages})
}

const V3_CONTRACT_FORM: &[Input] = &[
    text("Title", "合同主题", 100).required(),
    text("HTId", "合同编号", 50).required(),
    text("CompanyName", "客户名称", 100).required(),
    input("SignDate", "签订日期", Kind::Date).required(),
    input("BeginDate", "开始日期", Kind::Date).required(),
    input("EndDate", "终止日期", Kind::Date),
    text("SortName", "合同分类", 50).required(),
    text("Currency", "币种", 50).required(),
    input("AutoCreateType", "自动预计划", Kind::Choice(&[("0", "否"), ("1", "是")])).required(),
    text("Intro", "合同概要", 4000),
    text("StatusName", "合同状态", 50).required(),
    input("Extras", "运杂费", Kind::Decimal),
    input(
        "PaymentStatus",
        "收款计划",
        Kind::Choice(&[
            ("0", "自动生成"),
            ("1", "手动生成"),
            ("3", "出库自动收款"),
            ("4", "发货自动收款"),
            ("5", "开票自动收款"),
            ("6", "对账手动生成"),
        ]),
    )
    .required(),
    input("PaybackMode", "收款类型", Kind::Choice(&[("1", "汇总"), ("2", "明细")])).required(),
    input(
        "InvoiceStatus",
        "开票计划",
        Kind::Choice(&[
            ("1", "自动开票"),
            ("2", "手动开票"),
            ("3", "出库自动开票"),
            ("4", "发货自动开票"),
            ("5", "对账手动生成"),
        ]),
    )
    .required(),
    input("InvoiceMode", "开票类型", Kind::Choice(&[("0", "不开票"), ("1", "汇总开票"), ("2", "明细开票")])).required(),
];

const V3_LINE_FORM: &[Input] = &[
    text("ProductName", "产品名称", 500).required(),
    text("ProductCode", "产品编号", 500).required(),
    text("productUnitName", "产品单位", 500).required(),
    text("InvoiceTypeName", "可开具票据类型", 500).required(),
    input("Num", "数量", Kind::Decimal).required(),
    input("Discount", "折扣", Kind::Decimal).required(),
    input("TaxRate", "税率", Kind::Decimal).required(),
    input("Price", "单价", Kind::Decimal).required(),
    input("IsTax", "是否含税", Kind::Choice(&[("0", "不含税"), ("1", "含税")])).required(),
];

/// `/webapi/v3/sale/contract/add`: a contract with its lines inline, everything named rather than by id.
pub fn v3_add(ledger: &mut Ledger, post: &WebPost) -> Value {
    match v3_store(ledger, post) {
        Ok(()) => json!({"Code": 200, "Msg": "添加成功"}),
        Err(message) => json!({"Code": 300, "Msg": message.trim_end_matches('！').trim_end_matches("，不能保存")}),
    }
}

fn v3_store(ledger: &mut Ledger, post: &WebPost) -> Result<(), String> {
    let checked = forms::check(post, V3_CONTRACT_FORM)?;
    let value = |id: &str| checked.get(id).map_or("", String::as_str);
    let company =
        ledger.customers.iter().find(|customer| customer.name() == value("CompanyName")).map(|customer| customer.ord);
    let company = company.ok_or("客户不存在")?;
    let sort = CONTRACT_CATEGORY.resolve(value("SortName")).ok_or("合同分类不存在")?;
    let status = CONTRACT_STATUS.resolve(value("StatusName")).ok_or("合同状态不存在")?;
    let currency = CURRENCY.resolve(value("Currency")).ok_or("币种必须为系统设置的币种名称")?;
    if ledger.contracts.iter().any(|contract| contract.value("htid") == value("HTId")) {
        return Err("合同编号已被使用".to_owned());
    }
    let salesperson = match post.get("SeleManName") {
        "" => String::new(),
        name => {
            data::staff().find(|user| user.name == name).map(|user| user.ord.to_string()).ok_or("销售人员不存在")?
        }
    };
    let mut lines = Vec::new();
    for (position, item) in post.list("contractList").unwrap_or_default().iter().enumerate() {
        let line = forms::check(item, V3_LINE_FORM)?;
        let product = ledger
            .products
            .iter()
            .find(|product| product.number == line["ProductCode"] || product.name == line["ProductName"]);
        let product = product.ok_or_else(|| format!("第{}行产品不存在", position + 1))?;
        let number = forms::amount(&line["Num"]).filter(|number| *number > 0.0).ok_or("数量必须为大于0的数字")?;
        let mut entry = line_for(ledger.next_line, &Item::from(product), cents(&line["Price"]), number, company);
        ledger.next_line += 1;
        entry
            .values
            .insert("unit".into(), UNIT.resolve(&line["productUnitName"]).unwrap_or(product.unit_id).to_string());
        entry.values.insert("taxRate".into(), line["TaxRate"].clone());
        lines.push(entry);
    }
    let total: i64 = lines.iter().map(|line| cents(line.value("money1"))).sum();
    let values = values_of(&[
        ("company", company.to_string()),
        ("htid", value("HTId").to_owned()),
        ("title", value("Title").to_owned()),
        ("date3", value("SignDate").to_owned()),
        ("date1", value("BeginDate").to_owned()),
        ("date2", value("EndDate").to_owned()),
        ("cateid", salesperson),
        ("sort", sort.to_string()),
        ("complete1", status.to_string()),
        ("bz", currency.to_string()),
        ("intro", value("Intro").to_owned()),
        ("premoney", decimal(total)),
        ("yhvalue", "0.00".to_owned()),
        ("money1", decimal(total)),
        ("fqhk", value("PaymentStatus").to_owned()),
        ("invoicePlan", value("InvoiceStatus").to_owned()),
        ("invoiceMode", value("InvoiceMode").to_owned()),
        ("extras", value("Extras").to_owned()),
        ("jh_intro3", post.get("Payment").to_owned()),
        ("jh_intro4", post.get("DeliveryAddress").to_owned()),
        ("jh_intro5", post.get("DeliveryWay").to_owned()),
        ("jh_intro6", post.get("DeliveryDate").to_owned()),
        ("jh_intro1", post.get("Accessory").to_owned()),
        ("jh_intro2", post.get("Remark").to_owned()),
    ]);
    let ord = ledger.contracts.iter().map(|contract| contract.ord).max().unwrap_or(FIRST_CONTRACT_ORD - 1) + 1;
    ledger.contracts.push(Contract {
        ord,
        values,
        lines,
        received_cents: 0,
        created: LocalTime::now(),
        creator: API_ACCOUNT,
        approval: Approval::Pending,
        decisions: Vec::new(),
        share: None,
    });
    Ok(())
}
