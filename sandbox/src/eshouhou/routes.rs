//! The eshouhou endpoints (reference §3): which path does what, how each list filters, and the record
//! each detail call looks up. Lists run newest first and answer only the requested page, without totals.

use serde_json::{Value, json};

use super::condition::Condition;
use super::data::{DISPATCH_STEP, Dataset, WorkOrder, process_offsets};
use super::params::Params;
use super::views;

pub type Endpoint = fn(&Dataset, &Params) -> Result<Value, String>;

pub enum Route {
    Token,
    Api(Endpoint),
}

/// The endpoint serving a lower-cased path.
pub fn route(path: &str) -> Option<Route> {
    let endpoint: Endpoint = match path {
        "/api/tokenapi" => return Some(Route::Token),
        "/api/customerservice/getservicespace" => service_space,
        "/api/customerservice/getworkorders" => work_orders_v1,
        "/open/v2/workorder/getworkorders" => work_orders_v2,
        "/api/customerservice/getworkprocess" => work_process,
        "/open/v2/customer/getcustomer" => customer,
        "/open/v2/customer/getcustomerproject" => customer_project,
        "/open/v2/customer/getcustomerproducts" => customer_devices,
        "/open/v2/customer/getcustomerproduct" => customer_device,
        "/open/v2/customer/getcustomercontacts" => customer_contacts,
        "/open/v2/client/getcustomerbyusername" => customer_by_phone,
        "/api/customerservice/getcategoryandproductlist" => category_and_products,
        "/api/customerservice/searchproductlist" => search_products,
        "/open/v2/basic/getproducts" => products,
        "/api/customerservice/searchaccessorylist" => search_parts,
        "/open/v2/basic/getaccessories" => parts,
        _ => return None,
    };
    Some(Route::Api(endpoint))
}

fn service_space(dataset: &Dataset, _: &Params) -> Result<Value, String> {
    Ok(views::service_space(dataset))
}

fn work_orders_v1(dataset: &Dataset, params: &Params) -> Result<Value, String> {
    work_orders(dataset, params, None, "")
}

fn work_orders_v2(dataset: &Dataset, params: &Params) -> Result<Value, String> {
    let scope = params.network_scope(dataset)?;
    work_orders(dataset, params, scope, params.text("searchKey"))
}

/// Both versions accept every documented key of either version's condition.
fn work_orders(dataset: &Dataset, params: &Params, network: Option<usize>, search: &str) -> Result<Value, String> {
    let condition = params.condition()?;
    let page = params.page()?;
    let filter = WorkOrderFilter::new(&condition)?;
    let matching = dataset
        .work_orders
        .iter()
        .rev()
        .filter(|order| network.is_none_or(|network| order.network == network))
        .filter(|order| filter.matches(dataset, order))
        .filter(|order| search.is_empty() || work_order_text(dataset, order).iter().any(|text| text.contains(search)));
    Ok(page.of(matching).map(|order| views::work_order(dataset, order)).collect())
}

struct WorkOrderFilter {
    states: Option<Vec<String>>,
    pend_states: Option<Vec<String>>,
    categories: Option<Vec<String>>,
    service_modes: Option<Vec<String>>,
    channels: Option<Vec<String>>,
    networks: Option<Vec<String>>,
    engineers: Option<Vec<String>>,
    customer_id: Option<String>,
    customer_name: Option<String>,
    contact: Option<String>,
    contact_number: Option<String>,
    created: super::condition::DayRange,
}

impl WorkOrderFilter {
    fn new(condition: &Condition) -> Result<WorkOrderFilter, String> {
        let single_network = condition.text("servicenetworkid").map(|network| vec![network]);
        Ok(WorkOrderFilter {
            states: condition.list("state"),
            pend_states: condition.list("pendstate"),
            categories: condition.list("categorylist"),
            service_modes: condition.list("servicemodelist"),
            channels: condition.list("channel"),
            networks: condition.list("networklist").or(single_network),
            engineers: condition.list("servicepersonlist"),
            customer_id: condition.text("customerid"),
            customer_name: condition.text("customername"),
            contact: condition.text("contact"),
            contact_number: condition.text("contactnumber"),
            created: condition.day_range("startdate", "enddate")?,
        })
    }

    fn matches(&self, dataset: &Dataset, order: &WorkOrder) -> bool {
        let customer = &dataset.customers[order.customer];
        let engineer = order.engineer.map_or("", |engineer| dataset.engineers[engineer].id.as_str());
        listed(&self.states, &order.state.to_string())
            && listed(&self.pend_states, &order.pend_state.to_string())
            && listed(&self.categories, &order.category.to_string())
            && listed(&self.service_modes, &order.service_mode.to_string())
            && listed(&self.channels, &order.channel.to_string())
            && listed(&self.networks, &dataset.networks[order.network].id)
            && listed(&self.engineers, engineer)
            && self.customer_id.as_deref().is_none_or(|id| id.eq_ignore_ascii_case(&customer.id))
            && contains(&self.customer_name, &customer.name)
            && contains(&self.contact, &order.contact)
            && contains(&self.contact_number, &order.contact_number)
            && self.created.contains(order.created)
    }
}

fn work_order_text<'a>(dataset: &'a Dataset, order: &'a WorkOrder) -> [&'a str; 8] {
    let customer = &dataset.customers[order.customer];
    [
        &order.number,
        &order.description,
        &customer.name,
        &customer.phone,
        &order.contact,
        &order.contact_number,
        &order.address,
        &dataset.products[order.product].name,
    ]
}

/// The steps a work order in its state has been through, the most recent six of them.
fn work_process(dataset: &Dataset, params: &Params) -> Result<Value, String> {
    let id = required(params, "workOrderId")?;
    let index = dataset.work_orders.iter().position(|order| order.id.eq_ignore_ascii_case(id)).ok_or("未找到工单")?;
    let order = &dataset.work_orders[index];
    let customer = &dataset.customers[order.customer];
    let network = dataset.networks[order.network].name.as_str();
    let headquarters = dataset.networks[0].name.as_str();
    let engineer = order.engineer.map_or("", |engineer| dataset.engineers[engineer].name.as_str());
    let offsets = process_offsets(index);
    let steps: &[usize] = match order.state {
        15 => &[0, 1, CANCELLED],
        16 => &[0, 1, 2, FAULTY],
        state => &STEP_CHAIN[..steps_reached(state)],
    };
    let timeline: Vec<Value> = steps
        .iter()
        .enumerate()
        .map(|(position, &step)| {
            let handed = order.created.plus_seconds(offsets[position]);
            let (action, description) = match step {
                0 => ("新建", format!("客户【{}】报修：{}", customer.name, order.description)),
                1 => ("提交", "工单已提交，等待受理".to_owned()),
                2 => ("受理", "客服已受理工单".to_owned()),
                3 => ("分配", format!("工单已分配至服务网点【{network}】")),
                DISPATCH_STEP => (
                    "派工",
                    format!(
                        "系统自动派工给工程师【{engineer}】，联系人：{}，联系电话：{}",
                        order.contact, order.contact_number
                    ),
                ),
                5 => ("接收", format!("工程师【{engineer}】已接收工单")),
                6 => ("预约", format!("已与客户预约上门时间 {}", handed.plus_days(1).date_minutes())),
                7 => ("服务", format!("工程师【{engineer}】已到达现场，开始服务")),
                8 => ("完工", "服务完成，工程师已提交回单".to_owned()),
                9 => ("质检", "回单质检通过".to_owned()),
                10 => ("结算", "服务费用已结算".to_owned()),
                11 => ("回访", "客户回访完成，满意度：满意".to_owned()),
                12 => ("关闭", "工单已关闭".to_owned()),
                CANCELLED => ("取消", "客户取消服务请求".to_owned()),
                _ => ("异常", "工单异常：客户电话无法接通".to_owned()),
            };
            // Appointments and visits run against a deadline; about one in seven is missed.
            let deadline = matches!(step, 6 | 7).then(|| (handed.plus_days(1), offsets[position] % 7 == 0));
            let by = if step < 3 { headquarters } else { network };
            views::process_step(action, description, handed, deadline, by)
        })
        .collect();
    let recent = timeline.len().saturating_sub(6);
    Ok(Value::Array(timeline[recent..].to_vec()))
}

const STEP_CHAIN: [usize; 13] = [0, 1, 2, 3, DISPATCH_STEP, 5, 6, 7, 8, 9, 10, 11, 12];
const CANCELLED: usize = 13;
const FAULTY: usize = 14;

/// How many steps of the chain an order in `state` has done (新建 and 提交 at least).
fn steps_reached(state: u8) -> usize {
    match state {
        0 | 1 => 2,
        2 => 3,
        3 | 4 => 4,
        5 => 5,
        6 => 6,
        7 => 7,
        8 => 8,
        9 => 9,
        10 => 10,
        11 | 12 => 11,
        13 => 12,
        _ => 13,
    }
}

fn customer(dataset: &Dataset, params: &Params) -> Result<Value, String> {
    params.network_scope(dataset)?;
    let id = required(params, "customerId")?;
    dataset.customer_by_id(id).map(views::customer_rows).ok_or_else(|| "未找到客户".to_owned())
}

fn customer_project(dataset: &Dataset, params: &Params) -> Result<Value, String> {
    params.network_scope(dataset)?;
    let id = required(params, "projectId")?;
    let project =
        dataset.projects.iter().find(|project| project.id.eq_ignore_ascii_case(id)).ok_or("未找到客户项目")?;
    Ok(views::project_rows(dataset, project))
}

fn customer_device(dataset: &Dataset, params: &Params) -> Result<Value, String> {
    params.network_scope(dataset)?;
    let id = required(params, "productId")?;
    let device = dataset.devices.iter().find(|device| device.id.eq_ignore_ascii_case(id)).ok_or("未找到客户设备")?;
    Ok(views::device_rows(dataset, device))
}

fn customer_devices(dataset: &Dataset, params: &Params) -> Result<Value, String> {
    params.network_scope(dataset)?;
    let condition = params.condition()?;
    let page = params.page()?;
    let search = params.text("searchKey");
    let number = condition.text("sys_number");
    let serial = condition.text("sys_serialnumber1");
    let customer_id = condition.text("sys_customerid");
    let project_id = condition.text("sys_projectid");
    let contact = condition.text("sys_contact");
    let phone = condition.text("sys_telephone");
    let created = condition.day_range("sys_startdate", "sys_enddate")?;
    let serviced = condition.day_range("sys_startservicedate", "sys_endservicedate")?;
    let matching = dataset.devices.iter().rev().filter(|device| {
        let customer = &dataset.customers[device.customer];
        let product = &dataset.products[device.product];
        let project_matches = project_id.as_deref().is_none_or(|id| {
            device.project.is_some_and(|project| dataset.projects[project].id.eq_ignore_ascii_case(id))
        });
        contains(&number, &device.number)
            && contains(&serial, &device.serial)
            && customer_id.as_deref().is_none_or(|id| id.eq_ignore_ascii_case(&customer.id))
            && project_matches
            && contains(&contact, &customer.contact)
            && contains(&phone, &customer.phone)
            && created.contains(device.created)
            && (serviced.is_open() || device.last_service.is_some_and(|time| serviced.contains(time)))
            && searched(
                search,
                &[&device.number, &device.serial, &customer.name, &customer.contact, &product.name, &product.model],
            )
    });
    Ok(page.of(matching).map(|device| views::device(dataset, device)).collect())
}

fn customer_contacts(dataset: &Dataset, params: &Params) -> Result<Value, String> {
    params.network_scope(dataset)?;
    let condition = params.condition()?;
    let page = params.page()?;
    let search = params.text("searchKey");
    let customer_name = condition.text("sys_customername");
    let name = condition.text("sys_name");
    let phone = condition.text("sys_telephone");
    let title = condition.text("sys_title");
    let created = condition.day_range("sys_startdate", "sys_enddate")?;
    let matching = dataset.contacts.iter().rev().filter(|contact| {
        let customer = &dataset.customers[contact.customer];
        contains(&customer_name, &customer.name)
            && contains(&name, &contact.name)
            && contains(&phone, &contact.phone)
            && contains(&title, contact.title)
            && created.contains(contact.created)
            && searched(
                search,
                &[&contact.name, &customer.name, &contact.phone, contact.title, &contact.mail, &contact.address],
            )
    });
    Ok(page.of(matching).map(|contact| views::contact(dataset, contact)).collect())
}

fn customer_by_phone(dataset: &Dataset, params: &Params) -> Result<Value, String> {
    let phone = required(params, "phoneNum")?;
    let customer = dataset.customers.iter().find(|customer| customer.phone == phone).ok_or("未找到客户")?;
    Ok(views::customer_account(customer))
}

/// One level of the catalogue: the category, its direct sub-categories and the products filed
/// directly under it. categoryId 0 is the root, which the vendor's example answers with 家电.
fn category_and_products(dataset: &Dataset, params: &Params) -> Result<Value, String> {
    let category = match params.text("categoryId") {
        "" | "0" => 0,
        id => dataset.categories.iter().position(|category| category.id == id).ok_or("未找到产品分类")?,
    };
    let (with_categories, with_products) = match params.text("queryType") {
        "" | "1" => (true, true),
        "2" => (true, false),
        "3" => (false, true),
        _ => return Err("参数错误: queryType".to_owned()),
    };
    let this = &dataset.categories[category];
    let children: Vec<Value> = dataset
        .categories
        .iter()
        .filter(|child| with_categories && child.parent == Some(category))
        .map(|child| views::category(child, Some(this)))
        .collect();
    let products: Vec<Value> = (0..dataset.products.len())
        .filter(|&product| with_products && dataset.products[product].category == category)
        .map(|product| views::product_v1(dataset, product))
        .collect();
    Ok(json!({"ID": this.id, "Name": this.name, "Product": products, "Category": children}))
}

fn search_products(dataset: &Dataset, params: &Params) -> Result<Value, String> {
    product_page(dataset, params, views::product_v1)
}

fn products(dataset: &Dataset, params: &Params) -> Result<Value, String> {
    params.check_space()?;
    product_page(dataset, params, views::product_v2)
}

fn product_page(dataset: &Dataset, params: &Params, view: fn(&Dataset, usize) -> Value) -> Result<Value, String> {
    let page = params.page()?;
    let search = params.text("searchKey");
    let matching = (0..dataset.products.len()).filter(|&index| {
        let product = &dataset.products[index];
        let category = dataset.categories[product.category].name;
        searched(search, &[&product.name, &product.model, &product.code, product.brand, category])
    });
    Ok(page.of(matching).map(|index| view(dataset, index)).collect())
}

/// The v1 search leaves deleted parts out; the v2 list shows them with IsDeleted true.
fn search_parts(dataset: &Dataset, params: &Params) -> Result<Value, String> {
    let page = params.page()?;
    let search = params.text("searchKey");
    let matching = dataset.parts.iter().filter(|part| !part.deleted && part_matches(dataset, part, search));
    Ok(page.of(matching).map(|part| views::part_v1(dataset, part)).collect())
}

fn parts(dataset: &Dataset, params: &Params) -> Result<Value, String> {
    params.check_space()?;
    let page = params.page()?;
    let search = params.text("searchKey");
    let matching = dataset.parts.iter().filter(|part| part_matches(dataset, part, search));
    Ok(page.of(matching).map(|part| views::part_v2(dataset, part)).collect())
}

fn part_matches(dataset: &Dataset, part: &super::data::SparePart, search: &str) -> bool {
    let category = dataset.part_categories[part.category].name;
    searched(search, &[&part.name, &part.code, &part.model, &part.spec, part.brand, &part.barcode, category])
}

fn required<'a>(params: &'a Params, name: &str) -> Result<&'a str, String> {
    match params.text(name) {
        "" => Err(format!("参数错误: {name}")),
        value => Ok(value),
    }
}

fn listed(allowed: &Option<Vec<String>>, value: &str) -> bool {
    allowed.as_ref().is_none_or(|allowed| allowed.iter().any(|item| item.eq_ignore_ascii_case(value)))
}

fn contains(needle: &Option<String>, haystack: &str) -> bool {
    needle.as_deref().is_none_or(|needle| haystack.contains(needle))
}

fn searched(search: &str, fields: &[&str]) -> bool {
    search.is_empty() || fields.iter().any(|field| field.contains(search))
}
