//! After-sales services (reference §8.1): the list with its 24 filters, the detail bill, and the
//! handling form and save. Rows are computed from their index, so a table of any size costs nothing
//! to hold and an unfiltered page costs only its own rows; only handled services are stored.

use std::collections::HashMap;
use std::sync::RwLock;

use serde_json::Value;

use super::data::{self, Customer, Dataset, HANDLING_RESULT, Product, SERVICE_CATEGORY, URGENCY};
use super::document::{self, Column, Field, column};
use super::request::PagePost;
use super::table::{self, ListQuery};
use crate::calendar::{DEMO_TODAY, LocalTime};
use crate::locks;
use crate::seed::{pick, row_rng};

const FIRST_SERVICE_ORD: u64 = 100_001;
const SERVICE_TABLE: u64 = 101;
const HISTORY_DAYS: i64 = 730;
const NEWEST_DAYS: i64 = 30;

const REMIND_PENDING: &str = "22";
const REMIND_NEWEST: &str = "137";
const REMIND_SHARED: &str = "202";

const PENDING: &str = "待处理";
const IN_PROGRESS: &str = "处理中";
const HANDLED: &str = "已处理";

const NOT_FOUND: &str = "该售后服务不存在或已被删除！";
const NOT_FOUND_ON_SAVE: &str = "该售后服务不存在或已被删除，不能保存！";

const COLUMNS: &[Column] = &[
    column("ord", "int"),
    column("shid", "varchar"),
    column("title", "varchar"),
    column("telname", "varchar"),
    column("telord", "int"),
    column("proname", "varchar"),
    column("great1", "varchar"),
    column("sort1", "varchar"),
    column("result1", "varchar"),
    column("status", "varchar"),
    column("cateid", "varchar"),
    column("date1", "datetime"),
    column("date2", "datetime"),
];

/// The service table: its size, and the services handled through `chuli.asp` since start or reset.
pub(crate) struct ServiceBook {
    count: usize,
    handled: RwLock<HashMap<u64, Handling>>,
}

#[derive(Clone)]
struct Handling {
    handlers: Vec<u64>,
    salesperson: u64,
    result: u64,
    content: String,
    at: LocalTime,
}

struct Service<'a> {
    ord: u64,
    number: String,
    title: String,
    content: String,
    remark: &'static str,
    customer: &'a Customer,
    product: &'a Product,
    contract: u64,
    chance: u64,
    urgency: u64,
    category: u64,
    creator: u64,
    salesperson: u64,
    handlers: Vec<u64>,
    result: Option<u64>,
    handling: String,
    created: LocalTime,
    handled: Option<LocalTime>,
    shared: bool,
}

impl ServiceBook {
    pub fn new(count: usize) -> ServiceBook {
        ServiceBook { count, handled: RwLock::new(HashMap::new()) }
    }

    pub fn reset(&self) {
        locks::write(&self.handled).clear();
    }

    fn index_of(&self, ord: &str) -> Option<usize> {
        let index = ord.parse::<u64>().ok()?.checked_sub(FIRST_SERVICE_ORD)?;
        usize::try_from(index).ok().filter(|index| *index < self.count)
    }

    fn service<'a>(&self, dataset: &'a Dataset, index: usize, handled: &HashMap<u64, Handling>) -> Service<'a> {
        let mut service = generate(dataset, index, self.count);
        if let Some(handling) = handled.get(&service.ord) {
            service.handlers = handling.handlers.clone();
            service.salesperson = handling.salesperson;
            service.result = Some(handling.result);
            service.handling = handling.content.clone();
            service.handled = Some(handling.at);
        }
        service
    }
}

fn generate(dataset: &Dataset, index: usize, count: usize) -> Service<'_> {
    let mut rng = row_rng(SERVICE_TABLE, index);
    let customer = &dataset.customers[rng.usize(..dataset.customers.len())];
    let product = &dataset.products[rng.usize(..data::APPLIANCE_PRODUCTS.min(dataset.products.len()))];
    let history_start = DEMO_TODAY.plus_days(-HISTORY_DAYS).plus_minutes(8 * 60);
    let step = (HISTORY_DAYS * 86_400 / count.max(1) as i64).max(1);
    // Whole minutes: the list shows `yyyy-MM-dd HH:mm`, so hidden seconds would make sorting look random.
    let created = history_start.plus_seconds(index as i64 * step + rng.i64(0..step)).whole_minutes();
    let age = index as f64 / count.max(1) as f64;
    let is_handled = rng.f64() < if age < 0.9 { 0.92 } else { 0.3 };
    let is_assigned = is_handled || rng.bool();
    // One service in ten is flagged urgent in its title, with the HTML entities real servers send.
    let urgent_title = index % 10 == 3;
    let problem = pick(&mut rng, product.appliance.problems);
    let handling = pick(
        &mut rng,
        &[
            (171, "已上门检修，更换配件后设备恢复正常。"),
            (171, "电话指导客户操作，问题已解决。"),
            (171, "已更换整机，客户签字确认。"),
            (176, "配件缺货，待到货后再次上门。"),
            (175, "客户不在家，未能上门处理。"),
        ],
    );
    Service {
        ord: FIRST_SERVICE_ORD + index as u64,
        number: format!("SH{}{:06}", created.date().replace('-', ""), index + 1),
        title: format!("{}{}{}", if urgent_title { "&#8220;加急&#8221;" } else { "" }, product.appliance.kind, problem),
        content: format!(
            "客户反映{}{}。\n{}",
            product.appliance.kind,
            problem,
            pick(&mut rng, &["要求尽快上门处理。", "客户下午在家，请提前电话联系。", "设备在保修期内。"])
        ),
        remark: pick(&mut rng, &["", "", "老客户", "VIP客户，优先处理"]),
        customer,
        product,
        contract: if rng.bool() { 40_001 + rng.u64(..1200) } else { 0 },
        chance: if rng.bool() { 60_001 + rng.u64(..600) } else { 0 },
        urgency: if urgent_title { 153 } else { pick(&mut rng, &[151, 151, 151, 152]) },
        category: pick(&mut rng, SERVICE_CATEGORY.options).0,
        creator: rng.u64(data::FIRST_STAFF..=data::LAST_STAFF),
        salesperson: customer.salesperson,
        handlers: if is_assigned { vec![data::random_handler(&mut rng)] } else { Vec::new() },
        result: is_handled.then_some(handling.0),
        handling: if is_handled { handling.1.to_owned() } else { String::new() },
        created,
        handled: is_handled.then(|| created.plus_minutes(rng.i64(120..72 * 60))),
        shared: rng.u8(..7) == 0,
    }
}

impl Service<'_> {
    fn status(&self) -> &'static str {
        match (self.result, self.handlers.is_empty()) {
            (Some(_), _) => HANDLED,
            (None, false) => IN_PROGRESS,
            (None, true) => PENDING,
        }
    }

    fn handler_names(&self) -> String {
        self.handlers.iter().filter_map(|&handler| data::staff_name(handler)).collect::<Vec<_>>().join(",")
    }

    fn row(&self) -> Vec<String> {
        vec![
            self.ord.to_string(),
            self.number.clone(),
            self.title.clone(),
            self.customer.name.clone(),
            self.customer.ord.to_string(),
            self.product.name.clone(),
            URGENCY.label(self.urgency).to_owned(),
            SERVICE_CATEGORY.label(self.category).to_owned(),
            self.result.map_or("", |result| HANDLING_RESULT.label(result)).to_owned(),
            self.status().to_owned(),
            self.handler_names(),
            self.created.date_minutes(),
            self.handled.map_or(String::new(), LocalTime::date_minutes),
        ]
    }
}

/// The filters of `list.asp` (reference §8.1.1).
struct ServiceFilter<'a> {
    pending_only: bool,
    newest_only: bool,
    shared_only: bool,
    scope: Option<(&'a str, Option<u64>)>,
    roles: Vec<u64>,
    staff: Option<Vec<u64>>,
    urgency: Option<Vec<u64>>,
    result: Option<Vec<u64>>,
    category: Option<Vec<u64>>,
    title: Option<&'a str>,
    number: Option<&'a str>,
    content: Option<&'a str>,
    handling: Option<&'a str>,
    remark: Option<&'a str>,
    customer_category: Option<Vec<u64>>,
    customer_value: Option<Vec<u64>>,
    area: Option<Vec<u64>>,
    customer_name: Option<&'a str>,
    product_name: Option<&'a str>,
    search: Option<&'a str>,
}

impl<'a> ServiceFilter<'a> {
    fn from_post(post: &'a PagePost) -> ServiceFilter<'a> {
        let remind = post.get("remind");
        let scope = match post.get("datatype") {
            datatype @ ("tel" | "product" | "contract" | "chance") if !post.get("ord").is_empty() => {
                Some((datatype, post.get("ord").parse().ok()))
            }
            _ => None,
        };
        let roles = table::id_list(post, "catetype").unwrap_or_default();
        ServiceFilter {
            pending_only: post.get("stype") == "1" || remind == REMIND_PENDING,
            newest_only: remind == REMIND_NEWEST,
            shared_only: remind == REMIND_SHARED,
            scope,
            roles: if roles.is_empty() { vec![HANDLER_ROLE] } else { roles },
            staff: table::id_list(post, "cateid"),
            urgency: table::id_list(post, "great1"),
            result: table::id_list(post, "result1"),
            category: table::id_list(post, "sort1"),
            title: table::fuzzy(post, "title"),
            number: table::fuzzy(post, "shid"),
            content: table::fuzzy(post, "introts"),
            handling: table::fuzzy(post, "introN"),
            remark: table::fuzzy(post, "introb"),
            customer_category: table::id_list(post, "telsort"),
            customer_value: table::id_list(post, "teljz"),
            area: table::id_list(post, "area"),
            customer_name: table::fuzzy(post, "TelName"),
            product_name: table::fuzzy(post, "ProName"),
            search: table::fuzzy(post, "searchKey"),
        }
    }

    fn is_empty(&self) -> bool {
        !self.pending_only
            && !self.newest_only
            && !self.shared_only
            && self.scope.is_none()
            && self.staff.is_none()
            && self.urgency.is_none()
            && self.result.is_none()
            && self.category.is_none()
            && self.title.is_none()
            && self.number.is_none()
            && self.content.is_none()
            && self.handling.is_none()
            && self.remark.is_none()
            && self.customer_category.is_none()
            && self.customer_value.is_none()
            && self.area.is_none()
            && self.customer_name.is_none()
            && self.product_name.is_none()
            && self.search.is_none()
    }

    /// Everything but `searchKey`, which needs the rendered row.
    fn matches(&self, service: &Service) -> bool {
        let scoped = self.scope.is_none_or(|(datatype, ord)| {
            let linked = match datatype {
                "tel" => service.customer.ord,
                "product" => service.product.ord,
                "contract" => service.contract,
                _ => service.chance,
            };
            ord == Some(linked)
        });
        let staffed = self.staff.as_ref().is_none_or(|staff| {
            self.roles.iter().any(|role| match *role {
                HANDLER_ROLE => service.handlers.iter().any(|handler| staff.contains(handler)),
                CREATOR_ROLE => staff.contains(&service.creator),
                SALESPERSON_ROLE => staff.contains(&service.salesperson),
                _ => false,
            })
        });
        (!self.pending_only || service.result.is_none())
            && (!self.newest_only || service.created >= DEMO_TODAY.plus_days(1 - NEWEST_DAYS))
            && (!self.shared_only || service.shared)
            && scoped
            && staffed
            && table::allows(&self.urgency, service.urgency)
            && self.result.as_ref().is_none_or(|results| service.result.is_some_and(|result| results.contains(&result)))
            && table::allows(&self.category, service.category)
            && table::allows_text(self.title, &service.title)
            && table::allows_text(self.number, &service.number)
            && table::allows_text(self.content, &service.content)
            && table::allows_text(self.handling, &service.handling)
            && table::allows_text(self.remark, service.remark)
            && table::allows(&self.customer_category, service.customer.category)
            && table::allows(&self.customer_value, service.customer.value)
            && self.area.as_ref().is_none_or(|areas| service.customer.in_areas(areas))
            && table::allows_text(self.customer_name, &service.customer.name)
            && table::allows_text(self.product_name, &service.product.name)
    }
}

/// `catetype`: which person of a service the `cateid` filter looks at.
const HANDLER_ROLE: u64 = 1;
const CREATOR_ROLE: u64 = 2;
const SALESPERSON_ROLE: u64 = 3;

/// `list.asp` with `cmdkey: "refresh"`.
pub fn list(book: &ServiceBook, dataset: &Dataset, post: &PagePost) -> Value {
    let query = ListQuery::from_post(post, COLUMNS);
    let filter = ServiceFilter::from_post(post);
    let handled = locks::read(&book.handled);
    let ordered_by_ord = query.sort.is_none_or(|(position, _)| position == 0);
    if filter.is_empty() && ordered_by_ord {
        // Newest first unless `_rpt_sort=ord` asks for ascending: either way row N of the page is
        // service index arithmetic, so the page costs O(page size) whatever the table size.
        let ascending = query.sort.is_some_and(|(_, descending)| !descending);
        let rows = query
            .window(book.count)
            .map(|position| if ascending { position } else { book.count - 1 - position })
            .map(|index| book.service(dataset, index, &handled).row())
            .collect();
        return document::table(COLUMNS, rows, &query.page_info(book.count));
    }
    let rows: Vec<Vec<String>> = (0..book.count)
        .rev()
        .map(|index| book.service(dataset, index, &handled))
        .filter(|service| filter.matches(service))
        .map(|service| service.row())
        .filter(|row| table::searched(filter.search, row))
        .collect();
    query.answer(COLUMNS, rows)
}

/// `add.asp`: the detail bill of one service.
pub fn detail(book: &ServiceBook, dataset: &Dataset, post: &PagePost) -> Value {
    let Some(index) = book.index_of(post.get("ord")) else {
        return document::notice(NOT_FOUND);
    };
    let service = book.service(dataset, index, &locks::read(&book.handled));
    let handler_ids = service.handlers.iter().map(u64::to_string).collect::<Vec<_>>().join(",");
    let basics = vec![
        Field::new("title", "售后主题", &service.title).required(100),
        Field::new("shid", "售后编号", &service.number).required(50),
        Field::new("great1", "紧急程度", URGENCY.label(service.urgency))
            .value(service.urgency)
            .choices(enumeration_options(&URGENCY)),
        Field::new("sort1", "售后分类", SERVICE_CATEGORY.label(service.category))
            .value(service.category)
            .choices(enumeration_options(&SERVICE_CATEGORY)),
        Field::new("date1", "受理时间", service.created.date_minutes()).kind("date").dbtype("datetime"),
        Field::new("introts", "售后内容", &service.content).kind("textarea").max_length(4000),
        Field::new("introb", "备注", service.remark).kind("textarea").max_length(500),
    ];
    let customer = vec![
        Field::new("telname", "客户名称", &service.customer.name).value(service.customer.ord),
        Field::new("person", "联系人", &service.customer.contact),
        Field::new("mobile", "联系电话", &service.customer.contact_mobile),
        Field::new("proname", "产品名称", &service.product.name).value(service.product.ord),
    ];
    let handling = vec![
        Field::new("status", "处理状态", service.status()),
        Field::new("cateid", "处理人员", service.handler_names()).value(handler_ids),
        Field::new("cate", "客户销售人员", data::staff_name(service.salesperson).unwrap_or_default())
            .value(service.salesperson),
        Field::new("result1", "处理结果", service.result.map_or("", |result| HANDLING_RESULT.label(result)))
            .value(service.result.map_or(String::new(), |result| result.to_string())),
        Field::new("introN", "处理内容", &service.handling).kind("textarea").max_length(4000),
        Field::new("date2", "处理时间", service.handled.map_or(String::new(), LocalTime::date_minutes))
            .kind("date")
            .dbtype("datetime"),
    ];
    document::bill(
        "service",
        "售后服务详情",
        service.ord,
        vec![
            document::group("base", "基本信息", basics),
            document::group("customer", "客户信息", customer),
            document::group("deal", "处理信息", handling),
        ],
    )
}

/// `chuli.asp`: the handling form without a cmdkey, the save with `__sys_dosave`.
pub fn handle(book: &ServiceBook, dataset: &Dataset, post: &PagePost) -> Value {
    if post.is_save() {
        return document::notice(save(book, post).unwrap_or_else(|refusal| refusal));
    }
    let Some(index) = book.index_of(post.get("ord")) else {
        return document::notice(NOT_FOUND);
    };
    let service = book.service(dataset, index, &locks::read(&book.handled));
    let staff_options = || document::options(data::staff().map(|user| (user.ord.to_string(), user.name)));
    let handler_ids = service.handlers.iter().map(u64::to_string).collect::<Vec<_>>().join(",");
    let fields = vec![
        Field::new("cateid", "指派售后", service.handler_names())
            .value(handler_ids)
            .choices(staff_options())
            .required(50),
        Field::new("info1", "处理内容", &service.handling).kind("textarea").required(4000),
        Field::new("cate", "客户销售人员", data::staff_name(service.salesperson).unwrap_or_default())
            .value(service.salesperson)
            .choices(staff_options())
            .required(50),
        Field::new("intro", "处理结果", service.result.map_or("", |result| HANDLING_RESULT.label(result)))
            .value(service.result.map_or(String::new(), |result| result.to_string()))
            .choices(enumeration_options(&HANDLING_RESULT))
            .required(50),
    ];
    document::bill("chuli", "售后处理", service.ord, vec![document::group("deal", "处理信息", fields)])
}

/// The vendor's checks, in its order: the record, then required fields, then lengths, then values.
fn save(book: &ServiceBook, post: &PagePost) -> Result<&'static str, &'static str> {
    let index = book.index_of(post.get("ord")).ok_or(NOT_FOUND_ON_SAVE)?;
    let fields = [
        ("cateid", "指派售后不能为空！", "指派售后超出长度限制，不能保存！", 50),
        ("info1", "处理内容不能为空！", "处理内容超出长度限制，不能保存！", 4000),
        ("cate", "客户销售人员不能为空！", "客户销售人员超出长度限制，不能保存！", 50),
        ("intro", "处理结果不能为空！", "处理结果超出长度限制，不能保存！", 50),
    ];
    for (id, empty, _, _) in fields {
        if post.get(id).is_empty() {
            return Err(empty);
        }
    }
    for (id, _, too_long, limit) in fields {
        if post.raw(id).chars().count() > limit {
            return Err(too_long);
        }
    }
    let result = post.get("intro").parse::<u64>().ok().filter(|result| HANDLING_RESULT.contains(*result));
    let result = result.ok_or("处理结果无效，不能保存！")?;
    let handlers = staff_ids(post.get("cateid")).ok_or("指派人员不存在，保存失败！")?;
    let salesperson = match staff_ids(post.get("cate")).as_deref() {
        Some([salesperson]) => *salesperson,
        _ => return Err("指派人员不存在，保存失败！"),
    };
    let ord = FIRST_SERVICE_ORD + index as u64;
    let handling =
        Handling { handlers, salesperson, result, content: post.get("info1").to_owned(), at: LocalTime::now() };
    locks::write(&book.handled).insert(ord, handling);
    Ok("保存成功！")
}

/// Comma-separated staff ords, all of which must be staff.
fn staff_ids(text: &str) -> Option<Vec<u64>> {
    text.split(',').map(|item| item.trim().parse::<u64>().ok().filter(|ord| data::staff_name(*ord).is_some())).collect()
}

fn enumeration_options(enumeration: &data::Enumeration) -> Value {
    document::options(enumeration.options.iter().map(|(id, label)| (id.to_string(), *label)))
}
