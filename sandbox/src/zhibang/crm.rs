//! Customers, contacts and follow-ups (reference §8.3, §8.4; the tables of help nodes 15–33): the
//! customer list and bill, allocating an id and saving a company or person customer, the v3 add and edit,
//! assign, take back, apply, approve, review, share and protect; contacts; and the follow-ups
//! (`reply.asp`) of customers, contacts, projects and contracts.

use serde_json::{Value, json};

use super::books::Ledger;
use super::data::{
    self, API_ACCOUNT, CURRENCY, CUSTOMER_CATEGORY, CUSTOMER_SOURCE, CUSTOMER_STAGE, CUSTOMER_VALUE, Dataset,
    FOLLOW_UP_METHOD, INDUSTRY, REPLY_TEMPLATE,
};
use super::document::{self, Column, Field, column};
use super::forms::{self, Input, Kind, Values, input, text};
use super::request::{PagePost, WebPost};
use super::table::{self, ListQuery};
use crate::calendar::{DEMO_TODAY, LocalTime};
use crate::demo;
use crate::seed::{pick, row_rng};

const FIRST_CONTACT_ORD: u64 = 7001;
const CONTACT_TABLE: u64 = 204;
const NEWEST_DAYS: i64 = 30;
const BIRTHDAY_DAYS: i64 = 30;

const NOT_FOUND: &str = "该客户不存在或已被删除！";

pub struct Customer {
    pub ord: u64,
    /// 1 company (单位客户), 2 person (个人客户).
    pub kind: u8,
    /// What the save forms hold, by field id.
    pub values: Values,
    /// `None` while the customer is in the customer pool (客户池).
    pub salesperson: Option<u64>,
    pub created: LocalTime,
    pub protected: bool,
    pub share: Option<Share>,
    /// The account whose application to take the customer over awaits approval.
    pub applicant: Option<u64>,
    pub review: String,
}

pub struct Share {
    /// With every user, or with `users`.
    pub all: bool,
    pub users: Vec<u64>,
    /// What goes with the customer: contacts, follow-ups, projects, contracts.
    pub with: [bool; 4],
}

pub struct Contact {
    pub ord: u64,
    pub company: u64,
    pub values: Values,
    pub created: LocalTime,
}

pub struct FollowUp {
    pub id: u64,
    pub datatype: &'static str,
    pub ord: u64,
    pub text: String,
    pub method: u64,
    pub plantype: u8,
    pub author: u64,
    pub at: LocalTime,
}

const YES_NO: &[(&str, &str)] = &[("1", "是"), ("0", "否")];
const SEX: &[(&str, &str)] = &[("男", "男"), ("女", "女")];
const POINTS: &[(&str, &str)] = &[("1", "积分"), ("0", "不积分")];

/// The customer fields both save forms share, before the contact block.
const CUSTOMER_BASE: &[Input] = &[
    text("name", "客户名称", 100).required(),
    text("pym", "拼音码", 200),
    text("khid", "客户编号", 50),
    Input { max: 50, ..input("sort1", "客户分类", Kind::Enum(&CUSTOMER_CATEGORY)).required() },
    input("ly", "客户来源", Kind::Enum(&CUSTOMER_SOURCE)),
    input("jf2", "是否积分", Kind::Choice(POINTS)),
    input("area", "客户区域", Kind::Region),
    input("trade", "客户行业", Kind::Enum(&INDUSTRY)),
    input("jz", "价值评估", Kind::Enum(&CUSTOMER_VALUE)),
    text("credit", "信用等级", 50),
    text("url", "客户网址", 100),
    Input { max: 50, ..input("bz", "客户币种", Kind::Enum(&CURRENCY)) },
    input("hk_xz", "到款限制", Kind::Decimal),
    text("address", "客户地址", 200),
    text("lng", "经度", 50),
    text("lat", "纬度", 50),
    text("zip", "邮编", 10),
    input("date1", "添加时间", Kind::Date),
];

const COMPANY_EXTRA: &[Input] = &[
    text("faren", "法人代表", 50),
    input("zijin", "注册资本", Kind::Decimal),
    input("pernum1", "人员数量-销售", Kind::Integer),
    input("pernum2", "人员数量-技术", Kind::Integer),
];

/// The contact block of a company customer (a person customer is their own contact).
const CONTACT_BLOCK: &[Input] = &[
    text("person_name", "联系人姓名", 50).required(),
    text("@personpym", "拼音码", 50),
    input("sex", "性别", Kind::Choice(SEX)),
    input("age", "年龄", Kind::Integer),
    input("year1", "生日", Kind::Date),
    text("part1", "部门", 50),
    text("job", "职务", 50),
    text("phone", "办公电话", 50),
    text("fax", "传真", 50),
    text("mobile", "手机", 50),
    text("phone2", "家庭电话", 50),
    text("email", "电子邮件", 50),
    text("qq", "QQ", 20),
    text("weixinAcc", "微信", 50),
    text("XiQueIntro", "喜鹊声声", 50),
    text("msn", "MSN", 50),
    text("jg", "籍贯", 50),
];

const PROFILE: &[Input] = &[
    text("product", "客户简介", 4000),
    text("c2", "合作现状", 4000),
    text("c3", "合作前景", 4000),
    text("c4", "跟进策略", 4000),
    text("intro", "备注", 4000),
];

const BANKS: &[Input] = &[
    text("bank_1", "开户银行1", 50),
    text("bank_2", "开户名称1", 50),
    text("bank_7", "银行行号1", 50),
    text("bank_3", "银行账号1", 50),
    text("bank_4", "税号1", 50),
    text("bank_5", "地址1", 50),
    text("bank_6", "电话1", 50),
    text("bank2_1", "开户银行2", 50),
    text("bank2_2", "开户名称2", 50),
    text("bank2_7", "银行行号2", 50),
    text("bank2_3", "银行账号2", 50),
    text("bank2_4", "税号2", 50),
    text("bank2_5", "地址2", 50),
    text("bank2_6", "电话2", 50),
    input("fkdays", "账期", Kind::Integer),
    input("fkdate", "结算日期", Kind::Integer),
];

/// A person customer's own fields: the contact block without a separate contact name, and 所在单位.
const PERSON_EXTRA: &[Input] = &[text("faren", "所在单位", 50)];

fn form(kind: u8) -> Vec<Input> {
    let mut inputs = CUSTOMER_BASE.to_vec();
    if kind == 1 {
        inputs.extend_from_slice(COMPANY_EXTRA);
        inputs.extend_from_slice(CONTACT_BLOCK);
    } else {
        inputs.extend(CONTACT_BLOCK.iter().filter(|input| !matches!(input.id, "person_name" | "@personpym")));
        inputs.extend_from_slice(PERSON_EXTRA);
    }
    inputs.extend_from_slice(PROFILE);
    if kind == 1 {
        inputs.extend_from_slice(BANKS);
    }
    inputs
}

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

pub fn seed_customers(dataset: &Dataset) -> Vec<Customer> {
    dataset
        .customers
        .iter()
        .enumerate()
        .map(|(index, seeded)| {
            let mut values = Values::new();
            let mut set = |id: &str, value: String| {
                values.insert(id.to_owned(), value);
            };
            set("name", seeded.name.clone());
            set("khid", seeded.number.clone());
            set("sort1", seeded.category.to_string());
            set("ly", seeded.source.to_string());
            set("trade", seeded.industry.to_string());
            set("jz", seeded.value.to_string());
            set("area", seeded.district.id.to_string());
            set("address", seeded.address.clone());
            set("phone", seeded.phone.clone());
            set("bz", "14".to_owned());
            set("date1", seeded.created.date_minutes());
            set("sex", seeded.contact_sex.to_owned());
            set("job", seeded.contact_job.to_owned());
            set("mobile", seeded.contact_mobile.clone());
            set("email", seeded.email.clone());
            if seeded.is_company {
                set("person_name", seeded.contact.clone());
            }
            let in_pool = index % 25 == 24;
            Customer {
                ord: seeded.ord,
                kind: if seeded.is_company { 1 } else { 2 },
                values,
                salesperson: (!in_pool).then_some(seeded.salesperson),
                created: seeded.created,
                protected: !in_pool && index % 40 == 7,
                share: (index % 30 == 11).then(|| Share { all: true, users: Vec::new(), with: [true; 4] }),
                applicant: (index % 50 == 24).then_some(data::SALES_STAFF_FIRST),
                review: String::new(),
            }
        })
        .collect()
}

pub fn seed_contacts(dataset: &Dataset) -> Vec<Contact> {
    dataset
        .customers
        .iter()
        .enumerate()
        .map(|(index, seeded)| {
            let mut rng = row_rng(CONTACT_TABLE, index);
            let birthday = LocalTime::midnight(rng.i64(1960..1996), 1, 1).plus_days(rng.i64(0..365));
            let mut values = Values::new();
            for (id, value) in [
                ("company", seeded.ord.to_string()),
                ("person_name", seeded.contact.clone()),
                ("sex", seeded.contact_sex.to_owned()),
                ("job", seeded.contact_job.to_owned()),
                ("part1", pick(&mut rng, &["行政部", "采购部", "工程部", "总经办"]).to_owned()),
                ("mobile", seeded.contact_mobile.clone()),
                ("phone", seeded.phone.clone()),
                ("email", seeded.email.clone()),
                ("year1", birthday.date()),
            ] {
                values.insert(id.to_owned(), value);
            }
            Contact { ord: FIRST_CONTACT_ORD + index as u64, company: seeded.ord, values, created: seeded.created }
        })
        .collect()
}

/// One follow-up for every third seeded customer: the last call after the sale.
pub fn seed_follow_ups(customers: &[Customer]) -> Vec<FollowUp> {
    customers
        .iter()
        .enumerate()
        .filter(|(index, _)| index % 3 == 0)
        .enumerate()
        .map(|(position, (_, customer))| FollowUp {
            id: position as u64 + 1,
            datatype: "tel",
            ord: customer.ord,
            text: "电话回访，客户反馈设备运行正常。".to_owned(),
            method: 481,
            plantype: 0,
            author: customer.salesperson.unwrap_or(API_ACCOUNT),
            at: customer.created.plus_days(30),
        })
        .collect()
}

fn find<'a>(ledger: &'a Ledger, ord: &str) -> Option<&'a Customer> {
    let ord = ord.parse::<u64>().ok()?;
    ledger.customers.iter().find(|customer| customer.ord == ord)
}

fn find_mut<'a>(ledger: &'a mut Ledger, ord: &str) -> Option<&'a mut Customer> {
    let ord = ord.parse::<u64>().ok()?;
    ledger.customers.iter_mut().find(|customer| customer.ord == ord)
}

impl Customer {
    pub fn name(&self) -> &str {
        self.value("name")
    }

    pub fn value(&self, id: &str) -> &str {
        self.values.get(id).map_or("", String::as_str)
    }

    fn id_value(&self, id: &str) -> Option<u64> {
        self.value(id).parse().ok()
    }

    pub fn in_areas(&self, areas: &[u64]) -> bool {
        self.id_value("area")
            .and_then(|id| u32::try_from(id).ok())
            .and_then(demo::region_by_id)
            .is_some_and(|region| demo::region_chain(region).any(|region| areas.contains(&u64::from(region.id))))
    }

    fn shared_with_api(&self) -> bool {
        self.share.as_ref().is_some_and(|share| share.all || share.users.contains(&API_ACCOUNT))
    }

    fn row(&self) -> Vec<String> {
        vec![
            self.ord.to_string(),
            self.value("khid").to_owned(),
            self.name().to_owned(),
            forms::display(Kind::Enum(&CUSTOMER_CATEGORY), self.value("sort1")),
            forms::region_text(self.value("area")),
            self.value("phone").to_owned(),
            self.salesperson.and_then(data::account_name).unwrap_or_default().to_owned(),
            self.created.date_minutes(),
        ]
    }
}

/// `custom/list.asp` with `cmdkey: "refresh"`: newest first.
pub fn list(ledger: &Ledger, post: &PagePost) -> Value {
    let query = ListQuery::from_post(post, COLUMNS);
    let stype = post.get("stype");
    let newest = post.get("remind") == "147";
    let texts: Vec<(&str, Option<&str>)> = ["name", "pym", "khid", "phone", "fax", "url", "address", "zip", "intro"]
        .into_iter()
        .map(|id| (id, table::fuzzy(post, id)))
        .collect();
    let customer_ord = table::id_list(post, "telord");
    let categories = table::id_list(post, "telsort");
    let areas = table::id_list(post, "area");
    let salespeople = table::id_list(post, "a_cateid");
    let staff = table::id_list(post, "cateid");
    let roles = table::id_list(post, "catetype").unwrap_or_default();
    let sources = table::id_list(post, "ly").or_else(|| table::id_list(post, "khly"));
    let values = table::id_list(post, "jz").or_else(|| table::id_list(post, "khjz"));
    let industries = table::id_list(post, "trade").or_else(|| table::id_list(post, "khhy"));
    let added_from = forms::date(post.get("a_date_0")).or_else(|| forms::date(post.get("date1_0")));
    let added_to = forms::date(post.get("a_date_1")).or_else(|| forms::date(post.get("date1_1")));
    let search = table::fuzzy(post, "searchKey");
    let rows = ledger
        .customers
        .iter()
        .rev()
        .filter(|customer| match stype {
            "1" => customer.salesperson.is_none(),
            "2" => customer.applicant.is_some(),
            "3" => customer.protected,
            "4" => customer.share.is_some(),
            "5" => customer.shared_with_api(),
            _ => true,
        })
        .filter(|customer| !newest || customer.created >= DEMO_TODAY.plus_days(1 - NEWEST_DAYS))
        .filter(|customer| texts.iter().all(|(id, needle)| table::allows_text(*needle, customer.value(id))))
        .filter(|customer| {
            let id = |field: &str| customer.id_value(field).unwrap_or(0);
            table::allows(&customer_ord, customer.ord)
                && table::allows(&categories, id("sort1"))
                && areas.as_ref().is_none_or(|areas| customer.in_areas(areas))
                && salespeople.as_ref().is_none_or(|ids| customer.salesperson.is_some_and(|ord| ids.contains(&ord)))
                && staff.as_ref().is_none_or(|ids| staffed(customer, ids, &roles))
                && table::allows(&sources, id("ly"))
                && table::allows(&values, id("jz"))
                && table::allows(&industries, id("trade"))
                && added_from.is_none_or(|from| customer.created >= from)
                && added_to.is_none_or(|to| customer.created < to.plus_days(1))
        })
        .map(Customer::row)
        .filter(|row| table::searched(search, row))
        .collect();
    query.answer(COLUMNS, rows)
}

/// `catetype`: 6 looks at who protects the customer (the salesperson), 7 at unprotected customers'
/// salespeople; every other role at the salesperson, the one person the sandbox records.
fn staffed(customer: &Customer, ids: &[u64], roles: &[u64]) -> bool {
    let salesperson = customer.salesperson.is_some_and(|ord| ids.contains(&ord));
    match roles {
        [6] => salesperson && customer.protected,
        [7] => salesperson && !customer.protected,
        _ => salesperson,
    }
}

/// `custom/add.asp`: the detail (`edit=1`), a save (`__sys_dosave`, `intsort` 1 or 2 in the URL),
/// protect and unprotect (`__msgid=profect`/`unprofect`), or, with none of these, a new customer id.
pub fn page(ledger: &mut Ledger, post: &PagePost) -> Value {
    match post.cmdkey.to_ascii_lowercase().as_str() {
        "profect" => return document::notice(&protect(ledger, post.get("ord"), true)),
        "unprofect" => return document::notice(&protect(ledger, post.get("ord"), false)),
        _ => {}
    }
    if post.is_save() {
        return document::notice(&save(ledger, post).unwrap_or_else(|refusal| refusal));
    }
    if !post.get("edit").is_empty() {
        return detail(ledger, post);
    }
    allocate(ledger, post)
}

fn kind_of(post: &PagePost) -> u8 {
    if post.get("intsort") == "2" { 2 } else { 1 }
}

/// A new customer id and the empty form, with the next customer number suggested.
fn allocate(ledger: &mut Ledger, post: &PagePost) -> Value {
    let ord = ledger.next_customer;
    ledger.next_customer += 1;
    ledger.allocated.push(ord);
    let kind = kind_of(post);
    let mut values = Values::new();
    values.insert("khid".into(), format!("KH{:06}", ord - data::FIRST_CUSTOMER_ORD + 1));
    values.insert("bz".into(), "14".into());
    let caption = if kind == 1 { "单位客户添加" } else { "个人客户添加" };
    document::bill("tel", caption, ord, vec![document::group("base", "基本信息", forms::fields(&form(kind), &values))])
}

fn save(ledger: &mut Ledger, post: &PagePost) -> Result<String, String> {
    let ord = post.get("ord");
    let existing = find(ledger, ord).map(|customer| customer.ord);
    let allocated = ord.parse::<u64>().ok().filter(|ord| ledger.allocated.contains(ord));
    let Some(target) = existing.or(allocated) else {
        return Err(if ord.is_empty() || ord == "0" {
            "客户ID无效，请先分配新客户ID，不能保存！".to_owned()
        } else {
            "该客户不存在或已被删除，不能保存！".to_owned()
        });
    };
    let kind = kind_of(post);
    let values = forms::check(post, &form(kind))?;
    store_customer(ledger, target, kind, values, None)?;
    ledger.allocated.retain(|allocated| *allocated != target);
    Ok("保存成功！".to_owned())
}

/// Adds or replaces a customer after the checks every save shares (unique name and number), and keeps
/// its main contact in step with the contact block.
fn store_customer(
    ledger: &mut Ledger,
    ord: u64,
    kind: u8,
    mut values: Values,
    salesperson: Option<u64>,
) -> Result<(), String> {
    let name = values.get("name").cloned().unwrap_or_default();
    let others = || ledger.customers.iter().filter(move |customer| customer.ord != ord);
    if others().any(|customer| customer.name() == name) {
        return Err("客户名称已存在，不能保存！".to_owned());
    }
    if let Some(number) = values.get("khid").filter(|number| !number.is_empty())
        && others().any(|customer| customer.value("khid") == number)
    {
        return Err("客户编号已存在，不能保存！".to_owned());
    }
    let now = LocalTime::now();
    values.entry("date1".to_owned()).or_insert_with(|| now.date_minutes());
    let contact_name = if kind == 1 { values.get("person_name").cloned() } else { Some(name.clone()) };
    let contact_values: Values = CONTACT_BLOCK
        .iter()
        .filter_map(|input| values.get(input.id).map(|value| (input.id.to_owned(), value.clone())))
        .collect();
    match ledger.customers.iter_mut().find(|customer| customer.ord == ord) {
        Some(customer) => {
            customer.kind = kind;
            customer.values = values;
            if salesperson.is_some() {
                customer.salesperson = salesperson;
            }
        }
        None => ledger.customers.push(Customer {
            ord,
            kind,
            values,
            salesperson: Some(salesperson.unwrap_or(API_ACCOUNT)),
            created: now,
            protected: false,
            share: None,
            applicant: None,
            review: String::new(),
        }),
    }
    if let Some(contact_name) = contact_name.filter(|name| !name.is_empty()) {
        let mut values = contact_values;
        values.insert("person_name".into(), contact_name);
        values.insert("company".into(), ord.to_string());
        match ledger.contacts.iter_mut().find(|contact| contact.company == ord) {
            Some(contact) => contact.values.extend(values),
            None => {
                let contact = next_contact_ord(ledger);
                ledger.contacts.push(Contact { ord: contact, company: ord, values, created: now });
            }
        }
    }
    Ok(())
}

fn next_contact_ord(ledger: &Ledger) -> u64 {
    ledger.contacts.iter().map(|contact| contact.ord).max().unwrap_or(FIRST_CONTACT_ORD - 1) + 1
}

/// `custom/add.asp?edit=1`: the bill of one customer, its contacts and its follow-ups.
fn detail(ledger: &Ledger, post: &PagePost) -> Value {
    let Some(customer) = find(ledger, post.get("ord")) else {
        return document::notice(NOT_FOUND);
    };
    let (kind_name, all) = if customer.kind == 1 { ("单位客户", form(1)) } else { ("个人客户", form(2)) };
    let in_block = |input: &Input| CONTACT_BLOCK.iter().any(|block| block.id == input.id);
    let base: Vec<Input> = all.iter().copied().filter(|input| customer.kind == 2 || !in_block(input)).collect();
    let mut basics = vec![Field::new("intsort", "客户类型", kind_name).value(customer.kind)];
    basics.extend(forms::fields(&base, &customer.values));
    let mut groups = vec![document::group("base", "基本信息", basics)];
    if customer.kind == 1 {
        let block: Vec<Input> = all.iter().copied().filter(in_block).collect();
        groups.push(document::group("person", "联系人信息", forms::fields(&block, &customer.values)));
    }
    let share = match &customer.share {
        None => String::new(),
        Some(share) => {
            let who = if share.all {
                "所有用户".to_owned()
            } else {
                forms::display(Kind::StaffList, &join(&share.users))
            };
            let with: Vec<&str> = ["联系人", "洽谈进展", "项目", "合同"]
                .into_iter()
                .zip(share.with)
                .filter_map(|(what, shared)| shared.then_some(what))
                .collect();
            if with.is_empty() {
                format!("共享给{who}")
            } else {
                format!("共享给{who}（含{}）", with.join("、"))
            }
        }
    };
    let status = vec![
        Field::new("cateid", "销售人员", customer.salesperson.and_then(data::account_name).unwrap_or_default())
            .value(customer.salesperson.map_or(String::new(), |ord| ord.to_string())),
        Field::new("pool", "客户池", if customer.salesperson.is_none() { "是" } else { "否" }),
        Field::new("protect", "保护状态", if customer.protected { "已保护" } else { "未保护" }),
        Field::new("share", "共享", share),
        Field::new("apply", "申请状态", if customer.applicant.is_some() { "待审批" } else { "" }),
        Field::new("approve_intro", "审核意见", &customer.review),
    ];
    groups.push(document::group("other", "其他信息", status));
    let contacts: Vec<Vec<String>> = ledger
        .contacts
        .iter()
        .filter(|contact| contact.company == customer.ord)
        .map(|contact| {
            ["person_name", "mobile", "job"].iter().fold(vec![contact.ord.to_string()], |mut row, id| {
                row.push(contact.value(id).to_owned());
                row
            })
        })
        .collect();
    let contact_columns =
        [column("ord", "int"), column("person_name", "varchar"), column("mobile", "varchar"), column("job", "varchar")];
    groups.push(document::group(
        "related",
        "相关信息",
        vec![
            Field::new("persons", "联系人", "").table(&contact_columns, contacts),
            follow_up_field(ledger, "tel", customer.ord),
        ],
    ));
    document::bill("tel", "客户详情", customer.ord, groups)
}

fn join(ids: &[u64]) -> String {
    ids.iter().map(u64::to_string).collect::<Vec<_>>().join(",")
}

fn protect(ledger: &mut Ledger, ord: &str, on: bool) -> String {
    let Some(customer) = find_mut(ledger, ord) else {
        return "该客户不存在或已被删除，操作失败！".to_owned();
    };
    match (on, customer.protected) {
        (true, true) => "该客户已被保护，保护失败！".to_owned(),
        (true, false) if customer.salesperson.is_none() => "客户池中的客户不能保护，保护失败！".to_owned(),
        (false, false) => "该客户未被保护，操作失败！".to_owned(),
        _ => {
            customer.protected = on;
            if on { "保护成功！" } else { "放弃保护成功！" }.to_owned()
        }
    }
}

/// `custom/takeback.asp`: the customer goes back to the customer pool.
pub fn take_back(ledger: &mut Ledger, post: &PagePost) -> Value {
    let outcome = match find_mut(ledger, post.get("ord")) {
        None => "该客户不存在或已被删除，收回失败！",
        Some(customer) if customer.salesperson.is_none() => "该客户已在客户池中，收回失败！",
        Some(customer) => {
            customer.salesperson = None;
            customer.protected = false;
            "收回成功！"
        }
    };
    document::notice(outcome)
}

/// `custom/apply.asp`: the API account applies to take over a customer of the pool.
pub fn apply(ledger: &mut Ledger, post: &PagePost) -> Value {
    let outcome = match find_mut(ledger, post.get("ord")) {
        None => "该客户不存在或已被删除，申请失败！",
        Some(customer) if customer.salesperson.is_some() => "该客户不在客户池中，申请失败！",
        Some(customer) if customer.applicant.is_some() => "该客户已有待审批的申请，申请失败！",
        Some(customer) => {
            customer.applicant = Some(API_ACCOUNT);
            "申请成功，请等待审批！"
        }
    };
    document::notice(outcome)
}

/// `custom/approve.asp?__msgid=onsave` (`blset` 1 agree, 0 reject) and `approve_set.asp` (`jg` 1 agree,
/// 2 reject, with a comment): decide a pending application.
pub fn approve(ledger: &mut Ledger, post: &PagePost, review: bool) -> Value {
    document::notice(&decide(ledger, post, review).unwrap_or_else(|refusal| refusal))
}

const BLSET: &[(&str, &str)] = &[("1", "同意"), ("0", "否决")];
const JG: &[(&str, &str)] = &[("1", "同意"), ("2", "否决")];
pub const REVIEW_FORM: &[Input] = &[
    input("jg", "审核结果", Kind::Choice(JG)).required(),
    text("intro", "审核意见", 500),
    text("approveSign", "手写签名", 50),
];

fn decide(ledger: &mut Ledger, post: &PagePost, review: bool) -> Result<String, String> {
    let values = if review {
        forms::check(post, REVIEW_FORM)?
    } else {
        forms::check(post, &[input("blset", "审批结果", Kind::Choice(BLSET)).required()])?
    };
    let customer = find_mut(ledger, post.get("ord")).ok_or("该客户不存在或已被删除，审批失败！")?;
    let applicant = customer.applicant.ok_or("该客户没有待审批的申请，审批失败！")?;
    let agreed = values.get("jg").or_else(|| values.get("blset")).is_some_and(|result| result == "1");
    customer.applicant = None;
    if agreed {
        customer.salesperson = Some(applicant);
    }
    if review {
        customer.review = values.get("intro").cloned().unwrap_or_default();
    }
    Ok(if review { "审核成功！" } else { "审批成功！" }.to_owned())
}

const MEMBER1_SHARE: &[(&str, &str)] = &[("1", "共享给所有用户"), ("0", "共享给以下用户")];
pub const SHARE_FORM: &[Input] = &[
    input("member1", "共享类型", Kind::Choice(MEMBER1_SHARE)).required(),
    Input { max: 50, ..input("member2", "共享用户", Kind::StaffList) },
    input("sharecontact", "客户联系人", Kind::Choice(YES_NO)).required(),
    input("replyshare", "洽谈进展", Kind::Choice(YES_NO)).required(),
    input("chanceshare", "客户项目", Kind::Choice(YES_NO)).required(),
    input("contractshare", "客户合同", Kind::Choice(YES_NO)).required(),
];

/// `custom/share.asp`.
pub fn share(ledger: &mut Ledger, post: &PagePost) -> Value {
    let outcome = forms::check(post, SHARE_FORM).and_then(|values| {
        let share = share_of(&values)?;
        let customer = find_mut(ledger, post.get("ord")).ok_or("该客户不存在或已被删除，共享失败！")?;
        customer.share = Some(share);
        Ok("共享成功！".to_owned())
    });
    document::notice(&outcome.unwrap_or_else(|refusal| refusal))
}

/// The share a checked share form asks for; `member2` is needed unless everyone gets it.
pub fn share_of(values: &Values) -> Result<Share, String> {
    let flag = |id: &str| values.get(id).is_some_and(|value| value == "1");
    let all = flag("member1");
    let users: Vec<u64> = values
        .get("member2")
        .map(|ids| ids.split(',').filter_map(|id| id.trim().parse().ok()).collect())
        .unwrap_or_default();
    if !all && users.is_empty() {
        return Err("共享用户不能为空！".to_owned());
    }
    Ok(Share { all, users, with: ["sharecontact", "replyshare", "chanceshare", "contractshare"].map(flag) })
}

const MEMBER1_ASSIGN: &[(&str, &str)] = &[("1", "对所有用户公开"), ("0", "指派给以下用户")];
pub const ASSIGN_FORM: &[Input] = &[
    input("member1", "指派方式", Kind::Choice(MEMBER1_ASSIGN)).required(),
    Input { max: 50, ..input("member2", "指派用户", Kind::StaffList) },
];

/// `systemmanage/order.asp?datatype=tel`: open the customer to everyone (back to the pool) or assign it.
pub fn assign(ledger: &mut Ledger, post: &PagePost) -> Value {
    if post.get("datatype") != "tel" {
        return document::notice("指派类型无效，指派失败！");
    }
    let outcome = forms::check(post, ASSIGN_FORM).and_then(|values| {
        let to_all = values.get("member1").is_some_and(|value| value == "1");
        let assignee = values.get("member2").and_then(|ids| ids.split(',').next()).and_then(forms::staff);
        if !to_all && assignee.is_none() {
            return Err("指派用户不能为空！".to_owned());
        }
        let customer = find_mut(ledger, post.get("ord")).ok_or("该客户不存在或已被删除，指派失败！")?;
        customer.salesperson = if to_all { None } else { assignee };
        customer.applicant = None;
        Ok("指派成功！".to_owned())
    });
    document::notice(&outcome.unwrap_or_else(|refusal| refusal))
}

const SORT2: &[(&str, &str)] = &[("1", "单位客户"), ("2", "个人客户")];

/// The v3 add and edit: names where the mobile form has ids (category, stage, source, region, salesperson).
const V3_FORM: &[Input] = &[
    input("sort2", "客户属性", Kind::Choice(SORT2)).required(),
    text("name", "客户名称", 100).required(),
    text("khid", "客户编号", 50),
    text("sort", "客户分类", 50).required(),
    text("sort1", "跟进程度", 50).required(),
    text("ly", "客户来源", 50),
    text("area", "客户区域", 50),
    text("trade", "客户行业", 50),
    text("jz", "价值评估", 50),
    text("credit", "信用等级", 50),
    text("url", "客户网址", 100),
    input("hk_xz", "到款限制", Kind::Integer),
    input("pernum1", "人员数量(销售)", Kind::Integer),
    input("pernum2", "人员数量(技术)", Kind::Integer),
    text("address", "客户地址", 200),
    text("zip", "邮编", 6),
    text("faren", "法人代表", 50),
    input("zijin", "注册资本(万元)", Kind::Integer),
    input("fkdays", "账期", Kind::Integer),
    input("fkdate", "结算日期", Kind::Integer),
    text("cateName", "销售人员", 50),
    input("Date1", "添加时间", Kind::Date),
    text("person_name", "联系人姓名", 50).required(),
    text("mobile", "联系人手机", 11),
];

/// `/webapi/v3/sales/customer/add` and `/edit`: `{Code, Msg}`.
pub fn v3_save(ledger: &mut Ledger, post: &WebPost, edit: bool) -> Value {
    match v3_store(ledger, post, edit) {
        Ok(()) => json!({"Code": 200, "Msg": if edit { "修改成功" } else { "添加成功" }}),
        Err(message) => json!({"Code": 300, "Msg": message}),
    }
}

fn v3_store(ledger: &mut Ledger, post: &WebPost, edit: bool) -> Result<(), String> {
    let existing = if edit {
        let ord = post.get("ord");
        if ord.is_empty() {
            return Err("单据ID不能为空".to_owned());
        }
        Some(find(ledger, ord).map(|customer| customer.ord).ok_or("客户不存在或已被删除")?)
    } else {
        None
    };
    let checked = forms::check(post, V3_FORM)?;
    let named = |enumeration: &data::Enumeration, id: &str, caption: &str| -> Result<Option<String>, String> {
        match checked.get(id) {
            None => Ok(None),
            Some(name) => {
                enumeration.resolve(name).map(|id| Some(id.to_string())).ok_or_else(|| format!("{caption}不存在"))
            }
        }
    };
    let mut values = Values::new();
    values.insert("name".into(), checked.get("name").cloned().unwrap_or_default());
    for (id, enumeration, target, caption) in [
        ("sort", &CUSTOMER_CATEGORY, "sort1", "客户分类"),
        ("sort1", &CUSTOMER_STAGE, "stage", "跟进程度"),
        ("ly", &CUSTOMER_SOURCE, "ly", "客户来源"),
        ("trade", &INDUSTRY, "trade", "客户行业"),
        ("jz", &CUSTOMER_VALUE, "jz", "价值评估"),
    ] {
        if let Some(value) = named(enumeration, id, caption)? {
            values.insert(target.into(), value);
        }
    }
    if let Some(area) = checked.get("area") {
        let region = demo::REGIONS
            .iter()
            .rev()
            .find(|region| {
                region.name == area.rsplit(['-', '/']).next().unwrap_or(area) || region.id.to_string() == *area
            })
            .ok_or("客户区域不存在")?;
        values.insert("area".into(), region.id.to_string());
    }
    if checked.get("hk_xz").and_then(|limit| limit.parse::<i64>().ok()).is_some_and(|limit| !(0..=100).contains(&limit))
    {
        return Err("到款限制必须在0-100之间".to_owned());
    }
    let salesperson = match checked.get("cateName") {
        None => None,
        Some(name) => Some(data::staff().find(|user| user.name == name).map(|user| user.ord).ok_or("销售人员不存在")?),
    };
    for id in
        ["khid", "credit", "url", "hk_xz", "pernum1", "pernum2", "address", "zip", "faren", "zijin", "fkdays", "fkdate"]
    {
        if let Some(value) = checked.get(id) {
            values.insert(id.into(), value.clone());
        }
    }
    if let Some(added) = checked.get("Date1") {
        values.insert("date1".into(), added.clone());
    }
    for id in [
        "person_name",
        "sex",
        "year1",
        "jg",
        "part1",
        "job",
        "phone",
        "fax",
        "mobile",
        "email",
        "qq",
        "weixinAcc",
        "msn",
    ] {
        let value = post.get(id);
        if !value.is_empty() {
            values.insert(id.into(), value.to_owned());
        }
    }
    for input in PROFILE.iter().chain(BANKS) {
        let value = post.get(input.id);
        if !value.is_empty() {
            values.insert(input.id.into(), value.to_owned());
        }
    }
    let kind = if checked.get("sort2").is_some_and(|kind| kind == "2") { 2 } else { 1 };
    let ord = existing.unwrap_or_else(|| {
        let ord = ledger.next_customer;
        ledger.next_customer += 1;
        ord
    });
    store_customer(ledger, ord, kind, values, salesperson)
        .map_err(|refusal| refusal.trim_end_matches("，不能保存！").to_owned())
}

// Contacts.

const CONTACT_FORM: &[Input] = &[
    input("company", "关联客户", Kind::Integer).required(),
    text("person_name", "联系人姓名", 50).required(),
    text("pym", "拼音码", 50),
    Input { max: 50, ..input("sex", "性别", Kind::Choice(SEX)) },
    input("age", "年龄", Kind::Integer),
    input("year1", "生日", Kind::Date),
    text("part1", "部门", 50),
    text("job", "职务", 50),
    text("phone", "办公电话", 50),
    text("fax", "传真", 50),
    text("mobile", "手机", 50),
    text("mobile2", "手机2", 50),
    text("phone2", "家庭电话", 50),
    text("email", "电子邮件", 50),
    text("qq", "QQ", 20),
    text("weixinAcc", "微信", 50),
    text("XiQueIntro", "喜鹊声声", 50),
    text("msn", "MSN", 50),
    text("jg", "籍贯", 50),
    text("zip", "邮编", 10),
    text("joy", "爱好特长", 3000),
    text("intro", "备注", 5000),
];

const CONTACT_COLUMNS: &[Column] = &[
    column("ord", "int"),
    column("person_name", "varchar"),
    column("sex", "varchar"),
    column("company", "int"),
    column("name", "varchar"),
    column("part1", "varchar"),
    column("job", "varchar"),
    column("mobile", "varchar"),
    column("phone", "varchar"),
    column("email", "varchar"),
    column("year1", "date"),
    column("date1", "datetime"),
];

impl Contact {
    pub fn value(&self, id: &str) -> &str {
        self.values.get(id).map_or("", String::as_str)
    }

    pub fn name(&self) -> &str {
        self.value("person_name")
    }

    /// Days from the demo's today to the next birthday, if the birthday is known.
    fn days_to_birthday(&self) -> Option<i64> {
        let birthday = forms::date(self.value("year1"))?.date();
        let month_day = birthday.get(5..)?;
        let year: i64 = DEMO_TODAY.date().get(..4)?.parse().ok()?;
        [year, year + 1]
            .into_iter()
            .filter_map(|year| LocalTime::parse_date(&format!("{year}-{month_day}")))
            .map(|next| DEMO_TODAY.seconds_until(next) / 86_400)
            .find(|days| *days >= 0)
    }
}

fn contact<'a>(ledger: &'a Ledger, ord: &str) -> Option<&'a Contact> {
    let ord = ord.parse::<u64>().ok()?;
    ledger.contacts.iter().find(|contact| contact.ord == ord)
}

/// `person/list.asp` with `cmdkey: "refresh"`: newest first.
pub fn contact_list(ledger: &Ledger, post: &PagePost) -> Value {
    let query = ListQuery::from_post(post, CONTACT_COLUMNS);
    let birthdays = post.get("stype") == "1" || post.get("remind") == "7";
    let company = table::id_list(post, "company");
    let texts: Vec<(&str, Option<&str>)> =
        ["person_name", "pym", "part1", "job", "mobile", "phone", "fax", "qq", "email", "joy", "intro"]
            .into_iter()
            .map(|id| (id, table::fuzzy(post, id)))
            .collect();
    let customer_name = table::fuzzy(post, "name");
    let categories = table::id_list(post, "telsort");
    let areas = table::id_list(post, "area");
    let industries = table::id_list(post, "trade");
    let sexes: Option<Vec<&str>> = table::fuzzy(post, "sex").map(|sexes| sexes.split(',').map(str::trim).collect());
    let from = forms::date(post.get("date1_0"));
    let to = forms::date(post.get("date1_1"));
    let search = table::fuzzy(post, "searchKey");
    let rows = ledger
        .contacts
        .iter()
        .rev()
        .filter(|contact| !birthdays || contact.days_to_birthday().is_some_and(|days| days < BIRTHDAY_DAYS))
        .filter(|contact| texts.iter().all(|(id, needle)| table::allows_text(*needle, contact.value(id))))
        .filter(|contact| {
            let customer = find(ledger, &contact.company.to_string());
            let customer_id = |id: &str| customer.and_then(|customer| customer.id_value(id)).unwrap_or(0);
            table::allows(&company, contact.company)
                && table::allows_text(customer_name, customer.map_or("", Customer::name))
                && table::allows(&categories, customer_id("sort1"))
                && areas.as_ref().is_none_or(|areas| customer.is_some_and(|customer| customer.in_areas(areas)))
                && table::allows(&industries, customer_id("trade"))
                && sexes.as_ref().is_none_or(|sexes| sexes.contains(&contact.value("sex")))
                && from.is_none_or(|from| contact.created >= from)
                && to.is_none_or(|to| contact.created < to.plus_days(1))
        })
        .map(|contact| {
            let customer = find(ledger, &contact.company.to_string()).map_or("", Customer::name);
            vec![
                contact.ord.to_string(),
                contact.name().to_owned(),
                contact.value("sex").to_owned(),
                contact.company.to_string(),
                customer.to_owned(),
                contact.value("part1").to_owned(),
                contact.value("job").to_owned(),
                contact.value("mobile").to_owned(),
                contact.value("phone").to_owned(),
                contact.value("email").to_owned(),
                contact.value("year1").to_owned(),
                contact.created.date_minutes(),
            ]
        })
        .filter(|row| table::searched(search, row))
        .collect();
    query.answer(CONTACT_COLUMNS, rows)
}

/// `person/add.asp`: the save with `__sys_dosave`, else the bill of `ord` (the empty form without one).
pub fn contact_page(ledger: &mut Ledger, post: &PagePost) -> Value {
    if post.is_save() {
        return document::notice(&save_contact(ledger, post).unwrap_or_else(|refusal| refusal));
    }
    let ord = post.get("ord");
    if ord.is_empty() || ord == "0" {
        return document::bill(
            "person",
            "联系人添加",
            0,
            vec![document::group("base", "基本信息", forms::fields(CONTACT_FORM, &Values::new()))],
        );
    }
    let Some(contact) = contact(ledger, ord) else {
        return document::notice("该联系人不存在或已被删除！");
    };
    let mut fields = forms::fields(CONTACT_FORM, &contact.values);
    if let Some(company) = fields.first_mut() {
        let name = find(ledger, &contact.company.to_string()).map_or("", Customer::name).to_owned();
        *company = Field::new("company", "关联客户", name).value(contact.company).required(0);
    }
    fields.push(Field::new("date1", "添加时间", contact.created.date_minutes()).kind("date").dbtype("datetime"));
    document::bill(
        "person",
        "联系人详情",
        contact.ord,
        vec![
            document::group("base", "基本信息", fields),
            document::group("related", "相关信息", vec![follow_up_field(ledger, "person", contact.ord)]),
        ],
    )
}

fn save_contact(ledger: &mut Ledger, post: &PagePost) -> Result<String, String> {
    let ord = post.get("ord");
    let existing = match ord {
        "" | "0" => None,
        ord => Some(contact(ledger, ord).map(|contact| contact.ord).ok_or("该联系人不存在或已被删除，不能保存！")?),
    };
    let values = forms::check(post, CONTACT_FORM)?;
    let company = values.get("company").and_then(|ord| find(ledger, ord)).map(|customer| customer.ord);
    let company = company.ok_or("关联客户不存在，不能保存！")?;
    match existing.and_then(|ord| ledger.contacts.iter_mut().find(|contact| contact.ord == ord)) {
        Some(contact) => {
            contact.company = company;
            contact.values = values;
        }
        None => {
            let ord = next_contact_ord(ledger);
            ledger.contacts.push(Contact { ord, company, values, created: LocalTime::now() });
        }
    }
    Ok("保存成功！".to_owned())
}

// Follow-ups.

const PLANTYPE: &[(&str, &str)] = &[("2", "已完成日程"), ("1", "待完成日程"), ("0", "不生成")];
const REMIND: &[(&str, &str)] = &[("0", "提醒"), ("1", "不提醒")];

pub const FOLLOW_UP_FORM: &[Input] = &[
    text("intro", "选择模板", 1000).required(),
    text("files", "添加附件", 50),
    input("sort", "跟进方式", Kind::Enum(&FOLLOW_UP_METHOD)).required(),
    input("lead", "关联联系人", Kind::Integer),
    input("plantype", "日程类型", Kind::Choice(PLANTYPE)).required(),
    input("@ret2_0", "开始时间", Kind::Date),
    input("@ret2_1", "结束时间", Kind::Date),
    text("@title2", "日程内容", 1000),
    text("@intro2", "完成情况", 1000),
    Input { max: 4000, ..input("@cateid", "执行人员", Kind::StaffList) },
    input("@remind", "是否提醒", Kind::Choice(REMIND)),
    input("@ret_0", "开始时间", Kind::Date),
    input("@ret_1", "结束时间", Kind::Date),
    text("@title1", "日程内容", 1000),
];

/// `systemmanage/reply.asp?datatype=tel|person|chance|contract`: a follow-up of a customer, contact,
/// project or contract. The schedule fields the form marks required count only for the chosen
/// `plantype` (2: a done schedule, 1: a to-do one).
pub fn follow_up(ledger: &mut Ledger, post: &PagePost) -> Value {
    document::notice(&save_follow_up(ledger, post).unwrap_or_else(|refusal| refusal))
}

fn save_follow_up(ledger: &mut Ledger, post: &PagePost) -> Result<String, String> {
    let (datatype, missing) = match post.get("datatype") {
        "tel" => ("tel", "该客户不存在或已被删除，不能保存！"),
        "person" => ("person", "该联系人不存在或已被删除，不能保存！"),
        "chance" => ("chance", "该项目不存在或已被删除，不能保存！"),
        "contract" => ("contract", "该合同不存在或已被删除，不能保存！"),
        _ => return Err("关联类型无效，不能保存！".to_owned()),
    };
    let ord = post.get("ord").parse::<u64>().ok().filter(|ord| target_exists(ledger, datatype, *ord)).ok_or(missing)?;
    let values = forms::check(post, FOLLOW_UP_FORM)?;
    let plantype = values.get("plantype").map_or("0", String::as_str);
    let schedule: &[&str] = match plantype {
        "2" => &["@ret2_0", "@ret2_1", "@title2", "@intro2"],
        "1" => &["@ret_0", "@ret_1", "@title1", "@remind"],
        _ => &[],
    };
    if let Some(empty) = schedule.iter().find(|id| !values.contains_key(**id)) {
        let caption = FOLLOW_UP_FORM.iter().find(|input| input.id == *empty).map_or("", |input| input.caption);
        return Err(format!("{caption}不能为空！"));
    }
    if let [start, end, ..] = schedule
        && values.get(*end).and_then(|end| forms::date(end)) < values.get(*start).and_then(|start| forms::date(start))
    {
        return Err("结束时间不能早于开始时间，不能保存！".to_owned());
    }
    if let Some(lead) = values.get("lead").filter(|lead| lead.as_str() != "0") {
        let linked = datatype == "tel"
            && ledger.contacts.iter().any(|contact| contact.ord.to_string() == *lead && contact.company == ord);
        if !linked {
            return Err("关联联系人不存在，不能保存！".to_owned());
        }
    }
    let intro = values.get("intro").cloned().unwrap_or_default();
    let text = intro
        .parse()
        .ok()
        .map(|id| REPLY_TEMPLATE.label(id))
        .filter(|text| !text.is_empty())
        .map_or(intro, str::to_owned);
    let id = ledger.follow_ups.iter().map(|follow_up| follow_up.id).max().unwrap_or(0) + 1;
    ledger.follow_ups.push(FollowUp {
        id,
        datatype,
        ord,
        text,
        method: values.get("sort").and_then(|sort| sort.parse().ok()).unwrap_or(0),
        plantype: plantype.parse().unwrap_or(0),
        author: API_ACCOUNT,
        at: LocalTime::now(),
    });
    Ok("保存成功！".to_owned())
}

fn target_exists(ledger: &Ledger, datatype: &str, ord: u64) -> bool {
    match datatype {
        "tel" => ledger.customers.iter().any(|customer| customer.ord == ord),
        "person" => ledger.contacts.iter().any(|contact| contact.ord == ord),
        "chance" => ledger.projects.iter().any(|project| project.ord == ord),
        _ => ledger.contracts.iter().any(|contract| contract.ord == ord),
    }
}

const FOLLOW_UP_COLUMNS: &[Column] = &[
    column("id", "int"),
    column("date1", "datetime"),
    column("sort", "varchar"),
    column("intro", "varchar"),
    column("plantype", "varchar"),
    column("cateid", "varchar"),
];

/// The `reply` field of a detail bill: the record's follow-ups, newest first.
pub fn follow_up_field(ledger: &Ledger, datatype: &str, ord: u64) -> Field {
    let rows = ledger
        .follow_ups
        .iter()
        .rev()
        .filter(|follow_up| follow_up.datatype == datatype && follow_up.ord == ord)
        .map(|follow_up| {
            vec![
                follow_up.id.to_string(),
                follow_up.at.date_minutes(),
                FOLLOW_UP_METHOD.label(follow_up.method).to_owned(),
                follow_up.text.clone(),
                forms::display(Kind::Choice(PLANTYPE), &follow_up.plantype.to_string()),
                data::account_name(follow_up.author).unwrap_or_default().to_owned(),
            ]
        })
        .collect();
    Field::new("reply", "洽谈进展", "").table(FOLLOW_UP_COLUMNS, rows)
}
