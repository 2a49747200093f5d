//! The eshouhou demo tenant: one service space with its networks, engineers, customers, projects,
//! customer devices, contacts, work orders, product catalogue and spare parts. Generated once, on first
//! use, from fixed seeds; the records the vendor's examples show keep their documented ids and values.

use fastrand::Rng;

use crate::ESHOUHOU_HQ_NETWORK_ID;
use crate::calendar::{DEMO_TODAY, LocalTime};
use crate::demo::{self, Appliance};
use crate::seed::{guid, mobile, pick, row_rng};

pub const WARRANTY_NAMES: [&str; 16] = [
    "默认",
    "无保修",
    "一个月",
    "三个月",
    "六个月",
    "一年",
    "二年",
    "三年",
    "四年",
    "五年",
    "六年",
    "七年",
    "八年",
    "九年",
    "十年",
    "终生",
];
const NO_WARRANTY: u8 = 1;

const CUSTOMER_COUNT: usize = 200;
const PROJECT_COUNT: usize = 300;
const DEVICE_COUNT: usize = 600;
const CONTACT_COUNT: usize = 400;
const PRODUCT_COUNT: usize = 300;
const PART_COUNT: usize = 1200;

const NETWORK_TABLE: u64 = 1;
const ENGINEER_TABLE: u64 = 2;
const CUSTOMER_TABLE: u64 = 3;
const PROJECT_TABLE: u64 = 4;
const DEVICE_TABLE: u64 = 5;
const CONTACT_TABLE: u64 = 6;
const WORK_ORDER_TABLE: u64 = 7;
const PRODUCT_TABLE: u64 = 8;
const PART_TABLE: u64 = 9;
const LABEL_TABLE: u64 = 10;

/// The customer the vendor's GetCustomerByUserName example returns.
const EXAMPLE_PHONE_CUSTOMER: usize = 0;
/// 胡效鑫1, CF00000179, of the GetCustomer example.
const EXAMPLE_CUSTOMER: usize = 178;
/// CP00000097, the project of the seed page.
const EXAMPLE_PROJECT: usize = 96;
/// CE00000154, the device of the GetCustomerProduct example.
const EXAMPLE_DEVICE: usize = 153;
/// The product of that device, LPR-30ⅡD/BP.
const EXAMPLE_DEVICE_PRODUCT: usize = 30;
/// 海尔洗衣机, ID 69, code PD00000020, of the SearchProductList example.
const EXAMPLE_SEARCH_PRODUCT: usize = 19;
/// 家电5, code PD00000006, of the GetCategoryAndProductList example.
const EXAMPLE_CATEGORY_PRODUCT: usize = 5;
/// Products that sit directly in the root category 家电, as in the GetCategoryAndProductList example.
const ROOT_CATEGORY_PRODUCTS: usize = 6;
const FIRST_PRODUCT_ID: usize = 50;

pub struct Dataset {
    pub networks: Vec<Network>,
    pub engineers: Vec<Engineer>,
    pub customers: Vec<Customer>,
    pub projects: Vec<Project>,
    pub devices: Vec<Device>,
    pub contacts: Vec<Contact>,
    pub work_orders: Vec<WorkOrder>,
    pub categories: Vec<Category>,
    pub products: Vec<Product>,
    pub part_categories: Vec<Category>,
    pub parts: Vec<SparePart>,
}

pub struct Network {
    pub id: String,
    pub name: String,
}

pub struct Engineer {
    pub id: String,
    pub name: String,
    pub network: usize,
}

pub struct Customer {
    pub id: String,
    pub number: String,
    pub name: String,
    pub contact: String,
    pub gender: u8,
    pub phone: String,
    pub mail: String,
    pub area: String,
    pub address: String,
    pub company_name: String,
    pub label_ids: String,
    pub label_names: String,
    pub source: &'static str,
    pub created: LocalTime,
    pub recent_service: String,
}

pub struct Project {
    pub id: String,
    pub number: String,
    pub customer: usize,
    pub name: String,
    pub warranty_type: &'static str,
    pub delivery_date: String,
    pub address: String,
    pub area: String,
    pub phone: String,
    pub contact: String,
    pub description: String,
    pub acceptance_date: String,
    pub warranty: &'static str,
    pub warranty_start: String,
    pub warranty_end: String,
    pub kind: &'static str,
    pub network_name: String,
    pub remark: String,
    pub created: LocalTime,
}

pub struct Device {
    pub id: String,
    pub number: String,
    pub customer: usize,
    pub project: Option<usize>,
    pub product: usize,
    pub serial: String,
    pub receipt_image: String,
    pub warranty: u8,
    pub warranty_start: String,
    pub warranty_end: String,
    pub network: Option<usize>,
    pub created: LocalTime,
    pub last_service: Option<LocalTime>,
}

pub struct Contact {
    pub id: String,
    pub customer: usize,
    pub name: String,
    pub gender: u8,
    pub title: &'static str,
    pub phone: String,
    pub mail: String,
    pub qq: String,
    pub wechat: String,
    pub area: String,
    pub address: String,
    pub remark: &'static str,
    pub is_main: bool,
    pub longitude: f64,
    pub latitude: f64,
    pub created: LocalTime,
}

pub struct WorkOrder {
    pub id: String,
    pub number: String,
    pub network: usize,
    pub customer: usize,
    pub product: usize,
    pub description: String,
    pub contact: String,
    pub contact_number: String,
    pub address: String,
    pub created: LocalTime,
    pub call_count: u32,
    pub state: u8,
    pub pend_state: u8,
    pub engineer: Option<usize>,
    /// Work-order type (condition key `categorylist`).
    pub category: u8,
    /// Condition key `servicemodelist`.
    pub service_mode: u8,
    /// Condition key `channel`.
    pub channel: u8,
}

pub struct Category {
    pub id: &'static str,
    pub name: &'static str,
    pub parent: Option<usize>,
}

pub struct Product {
    pub id: String,
    pub code: String,
    pub name: String,
    pub model: String,
    pub category: usize,
    pub brand: &'static str,
    pub brand_id: String,
    pub unit: &'static str,
    pub weight: String,
    pub volume: String,
    pub description: String,
    pub retail_price: u32,
    pub agent_price: u32,
    pub warranty: u8,
    pub created: LocalTime,
    pub service_capacity: (&'static str, &'static str),
    pub stock: u32,
    /// The appliance kind, for the problems a work order on it describes.
    pub appliance: &'static Appliance,
}

pub struct SparePart {
    pub id: String,
    pub category: usize,
    pub code: String,
    pub name: String,
    pub spec: String,
    pub model: String,
    pub unit: &'static str,
    pub brand: &'static str,
    pub barcode: String,
    pub price: u32,
    pub customer_price: u32,
    pub network_price: u32,
    pub staff_price: u32,
    pub charged: bool,
    pub warranty: u8,
    pub deleted: bool,
    pub stock: u32,
}

/// The pending state that goes with each work-order state (W-STATE → W-PEND of the reference).
pub fn pend_state_of(state: u8) -> u8 {
    match state {
        1 => 1,
        2 => 3,
        4 => 4,
        5 => 5,
        6 => 6,
        7 => 7,
        8 => 8,
        9 => 9,
        10 => 11,
        12 => 12,
        13 => 13,
        other => other,
    }
}

impl Dataset {
    pub fn generate(work_order_count: usize) -> Dataset {
        let networks = networks();
        let engineers = engineers(&networks);
        let categories = categories();
        let products = (0..PRODUCT_COUNT).map(product).collect::<Vec<_>>();
        let customers = (0..CUSTOMER_COUNT).map(customer).collect::<Vec<_>>();
        let projects = (0..PROJECT_COUNT).map(|index| project(index, &customers, &networks)).collect::<Vec<_>>();
        let devices = (0..DEVICE_COUNT).map(|index| device(index, &projects, &networks)).collect::<Vec<_>>();
        let contacts = (0..CONTACT_COUNT).map(|index| contact(index, &customers)).collect::<Vec<_>>();
        let part_categories = part_categories();
        let parts = (0..PART_COUNT).map(|index| spare_part(index, &part_categories)).collect::<Vec<_>>();
        let mut dataset = Dataset {
            networks,
            engineers,
            customers,
            projects,
            devices,
            contacts,
            work_orders: Vec::new(),
            categories,
            products,
            part_categories,
            parts,
        };
        let mut devices_by_customer = vec![Vec::new(); dataset.customers.len()];
        for (index, device) in dataset.devices.iter().enumerate() {
            devices_by_customer[device.customer].push(index);
        }
        dataset.work_orders = (0..work_order_count)
            .map(|index| dataset.work_order(index, work_order_count, &devices_by_customer))
            .collect();
        dataset
    }

    pub fn customer_by_id(&self, id: &str) -> Option<&Customer> {
        self.customers.iter().find(|customer| customer.id == id)
    }

    pub fn network_by_id(&self, id: &str) -> Option<usize> {
        self.networks.iter().position(|network| network.id.eq_ignore_ascii_case(id))
    }

    /// Orders for a customer who owns devices are about one of those devices' products.
    fn work_order(&self, index: usize, count: usize, devices_by_customer: &[Vec<usize>]) -> WorkOrder {
        let mut rng = row_rng(WORK_ORDER_TABLE, index);
        let first_created = LocalTime::midnight(2020, 4, 29).plus_seconds(16 * 3600 + 10 * 60 + 2);
        let step = first_created.seconds_until(DEMO_TODAY.plus_days(1)) / count.max(1) as i64;
        let mut created = first_created.plus_seconds(index as i64 * step + rng.i64(0..step.max(1) / 2 + 1));
        let customer = if index == 0 { EXAMPLE_PHONE_CUSTOMER } else { rng.usize(..self.customers.len()) };
        let product = match devices_by_customer[customer].as_slice() {
            [] => rng.usize(ROOT_CATEGORY_PRODUCTS..self.products.len()),
            devices => self.devices[pick(&mut rng, devices)].product,
        };
        let state = if index == 0 { 5 } else { random_state(&mut rng, index as f64 / count.max(1) as f64) };
        let network = if index == 0 || rng.u8(..10) < 3 { 0 } else { rng.usize(1..self.networks.len()) };
        let crew: Vec<usize> = (0..self.engineers.len()).filter(|&e| self.engineers[e].network == network).collect();
        let dispatched = (5..=14).contains(&state) || (state == 16 && rng.bool());
        let engineer = match (index, dispatched) {
            // 路梦建, whom the vendor's GetWorkProcess example shows this order dispatched to.
            (0, _) => Some(0),
            (_, true) => Some(pick(&mut rng, &crew)),
            (_, false) => None,
        };
        let owner = &self.customers[customer];
        let appliance = self.products[product].appliance;
        if index == 0 {
            // The vendor's GetWorkProcess example shows this order dispatched at 2020/4/29 16:20:16.
            let documented_dispatch = LocalTime::midnight(2020, 4, 29).plus_seconds(16 * 3600 + 20 * 60 + 16);
            created = documented_dispatch.plus_seconds(-process_offsets(index)[DISPATCH_STEP]);
        }
        WorkOrder {
            id: if index == 0 { "4cda4c70-9d53-47c6-8641-c9e50d078c09".to_owned() } else { guid(&mut rng) },
            number: format!("GD{:08}", index + 1),
            network,
            customer,
            product,
            description: format!("{}{}，请尽快安排上门处理", appliance.kind, pick(&mut rng, appliance.problems)),
            contact: owner.contact.clone(),
            contact_number: owner.phone.clone(),
            address: format!("{}{}", owner.area.replace('-', ""), owner.address),
            created,
            call_count: if state < 9 { rng.u32(0..4) } else { 0 },
            state,
            pend_state: pend_state_of(state),
            engineer,
            category: rng.u8(1..=5),
            service_mode: rng.u8(1..=4),
            channel: rng.u8(1..=5),
        }
    }
}

/// The step of a work order's process at which it is dispatched (派工).
pub const DISPATCH_STEP: usize = 4;

/// Seconds from a work order's creation to each step of its process; pure, so the process can be
/// computed on request instead of stored.
pub fn process_offsets(index: usize) -> Vec<i64> {
    let mut rng = row_rng(WORK_ORDER_TABLE ^ 0xFF, index);
    let mut elapsed = 0;
    (0..13)
        .map(|step| {
            if step > 0 {
                elapsed += if step < 5 { rng.i64(30..900) } else { rng.i64(1800..86_400) };
            }
            elapsed
        })
        .collect()
}

fn random_state(rng: &mut Rng, age: f64) -> u8 {
    let (states, weights): (&[u8], &[u32]) = if age < 0.85 {
        (&[14, 13, 12, 15, 10, 9, 16], &[50, 15, 10, 10, 5, 5, 5])
    } else {
        (&[1, 2, 4, 5, 6, 7, 8, 9, 16], &[12, 12, 10, 14, 12, 12, 12, 10, 6])
    };
    let mut roll = rng.u32(..weights.iter().sum::<u32>());
    for (state, weight) in states.iter().zip(weights) {
        if roll < *weight {
            return *state;
        }
        roll -= weight;
    }
    states[0]
}

fn networks() -> Vec<Network> {
    let outlets = ["北京朝阳服务网点", "上海浦东服务网点", "广州天河服务网点", "成都武侯服务网点", "杭州西湖服务网点"];
    let headquarters = Network { id: ESHOUHOU_HQ_NETWORK_ID.to_owned(), name: "ZJ".to_owned() };
    std::iter::once(headquarters)
        .chain(
            outlets.iter().enumerate().map(|(index, name)| Network {
                id: guid(&mut row_rng(NETWORK_TABLE, index)),
                name: (*name).to_owned(),
            }),
        )
        .collect()
}

fn engineers(networks: &[Network]) -> Vec<Engineer> {
    (0..networks.len() * 3)
        .map(|index| {
            let mut rng = row_rng(ENGINEER_TABLE, index);
            Engineer {
                id: guid(&mut rng),
                name: if index == 0 { "路梦建".to_owned() } else { demo::person_name(&mut rng) },
                network: index / 3,
            }
        })
        .collect()
}

const LABELS: [&str; 4] = ["VIP客户", "老客户", "重点客户", "经销商"];

fn customer(index: usize) -> Customer {
    let mut rng = row_rng(CUSTOMER_TABLE, index);
    let district = demo::random_district(&mut rng);
    let person = demo::person_name(&mut rng);
    let is_company = !index.is_multiple_of(3);
    let labels: Vec<usize> = (0..LABELS.len()).filter(|_| rng.u8(..4) == 0).collect();
    let created = LocalTime::midnight(2020, 1, 21).plus_days(index as i64 * 9 + rng.i64(0..9));
    let company = if is_company { demo::company_name(&mut rng, demo::city_of(district)) } else { String::new() };
    let mut customer = Customer {
        id: guid(&mut rng),
        number: format!("CF{:08}", index + 1),
        name: if is_company { company.clone() } else { person.clone() },
        contact: person,
        gender: rng.u8(0..=2),
        phone: mobile(&mut rng),
        mail: format!("{}@qq.com", rng.u32(10_000_000..999_999_999)),
        area: demo::region_path(district, "-"),
        address: demo::street_address(&mut rng),
        company_name: company,
        label_ids: labels.iter().map(|&label| guid(&mut row_rng(LABEL_TABLE, label))).collect::<Vec<_>>().join(","),
        label_names: labels.iter().map(|&label| LABELS[label]).collect::<Vec<_>>().join(","),
        source: pick(&mut rng, &["电话报修", "微信公众号", "官网", "经销商推荐", "后台录入"]),
        created,
        recent_service: if rng.bool() { created.plus_days(rng.i64(10..400)).date() } else { String::new() },
    };
    match index {
        EXAMPLE_PHONE_CUSTOMER => {
            customer = Customer {
                id: "05690412-5229-4a64-bbe5-970f90753f7f".to_owned(),
                name: "测试".to_owned(),
                contact: "测试".to_owned(),
                gender: 0,
                phone: "13888888888".to_owned(),
                mail: String::new(),
                area: String::new(),
                address: String::new(),
                company_name: String::new(),
                label_ids: String::new(),
                label_names: String::new(),
                created: LocalTime::midnight(2020, 1, 21),
                recent_service: String::new(),
                ..customer
            }
        }
        EXAMPLE_CUSTOMER => {
            customer = Customer {
                id: "dc540ce7-5bc5-4275-b8fa-2004eb5839e3".to_owned(),
                name: "胡效鑫1".to_owned(),
                contact: "胡效鑫1".to_owned(),
                gender: 1,
                phone: "18539622352".to_owned(),
                mail: "903146517@qq.com".to_owned(),
                area: "北京市-北京市-通州区".to_owned(),
                address: "东郊森林公园-华北树木园".to_owned(),
                company_name: String::new(),
                created: LocalTime::midnight(2022, 10, 20),
                ..customer
            }
        }
        _ => {}
    }
    customer
}

fn project(index: usize, customers: &[Customer], networks: &[Network]) -> Project {
    if index == EXAMPLE_PROJECT {
        return seed_project();
    }
    let mut rng = row_rng(PROJECT_TABLE, index);
    let customer = rng.usize(..customers.len());
    let owner = &customers[customer];
    let place = pick(&mut rng, &["花苑", "锦绣", "阳光", "滨江", "翠湖", "金地", "华府", "紫金", "望京", "星河"]);
    let work = pick(&mut rng, &["净水设备安装", "中央空调改造", "热水系统安装", "厨房设备更新", "设备年度维保"]);
    let delivered = owner.created.plus_days(rng.i64(5..200));
    let warranty = rng.u8(3..=7);
    let months = [0, 0, 1, 3, 6, 12, 24, 36][usize::from(warranty)];
    Project {
        id: guid(&mut rng),
        number: format!("CP{:08}", index + 1),
        customer,
        name: format!("{place}{work}"),
        warranty_type: pick(&mut rng, &["全保", "半保", "保外"]),
        delivery_date: delivered.date(),
        address: owner.address.clone(),
        area: owner.area.clone(),
        phone: owner.phone.clone(),
        contact: owner.contact.clone(),
        description: format!("{}共{}台设备", work, rng.u32(1..20)),
        acceptance_date: delivered.plus_days(rng.i64(0..10)).date(),
        warranty: WARRANTY_NAMES[usize::from(warranty)],
        warranty_start: delivered.date(),
        warranty_end: delivered.plus_days(months * 30).date(),
        kind: if owner.company_name.is_empty() { "个人项目" } else { "企业项目" },
        network_name: networks[rng.usize(..networks.len())].name.clone(),
        remark: String::new(),
        created: delivered.plus_days(-rng.i64(1..30)),
    }
}

/// Exactly the 18 display rows of the vendor's GetCustomerProject example (seed page 000).
fn seed_project() -> Project {
    Project {
        id: "a6fa4a6c-f0a8-4684-b09c-880cb29a61b9".to_owned(),
        number: "CP00000097".to_owned(),
        customer: EXAMPLE_CUSTOMER,
        name: "花苑净水设备安装".to_owned(),
        warranty_type: "全保",
        delivery_date: "2022-11-02".to_owned(),
        address: "东郊森林公园-华北树木园".to_owned(),
        area: "北京市-北京市-通州区".to_owned(),
        phone: "18539622352".to_owned(),
        contact: "胡效鑫".to_owned(),
        description: "222".to_owned(),
        acceptance_date: "2022-11-02".to_owned(),
        warranty: "六个月",
        warranty_start: "2022-10-21".to_owned(),
        warranty_end: "2022-11-24".to_owned(),
        kind: "企业项目",
        network_name: "ZJ".to_owned(),
        remark: "1".to_owned(),
        created: LocalTime::midnight(2022, 10, 27),
    }
}

fn device(index: usize, projects: &[Project], networks: &[Network]) -> Device {
    let mut rng = row_rng(DEVICE_TABLE, index);
    if index == EXAMPLE_DEVICE {
        return Device {
            id: "034f293b-ef48-44b5-8fcc-ead69235829e".to_owned(),
            number: "CE00000154".to_owned(),
            customer: EXAMPLE_CUSTOMER,
            project: Some(EXAMPLE_PROJECT),
            product: EXAMPLE_DEVICE_PRODUCT,
            serial: String::new(),
            receipt_image: String::new(),
            warranty: NO_WARRANTY,
            warranty_start: String::new(),
            warranty_end: String::new(),
            network: None,
            created: LocalTime::midnight(2022, 10, 27),
            last_service: None,
        };
    }
    let project = rng.usize(..projects.len());
    let installed = LocalTime::parse_date(&projects[project].delivery_date).unwrap_or(DEMO_TODAY);
    let warranty = rng.u8(1..=7);
    let months = [0, 0, 1, 3, 6, 12, 24, 36][usize::from(warranty)];
    Device {
        id: guid(&mut rng),
        number: format!("CE{:08}", index + 1),
        customer: projects[project].customer,
        project: rng.bool().then_some(project),
        product: rng.usize(ROOT_CATEGORY_PRODUCTS..PRODUCT_COUNT),
        serial: format!("SN{}{:06}", installed.date().replace('-', ""), rng.u32(..1_000_000)),
        receipt_image: if rng.bool() {
            format!("https://img.eshouhou.cn/receipt/{}.jpg", guid(&mut rng))
        } else {
            String::new()
        },
        warranty,
        warranty_start: if warranty == NO_WARRANTY { String::new() } else { installed.date() },
        warranty_end: if warranty == NO_WARRANTY { String::new() } else { installed.plus_days(months * 30).date() },
        network: rng.bool().then(|| rng.usize(..networks.len())),
        created: installed,
        last_service: rng.bool().then(|| installed.plus_days(rng.i64(30..700))),
    }
}

fn contact(index: usize, customers: &[Customer]) -> Contact {
    let mut rng = row_rng(CONTACT_TABLE, index);
    // The first contact of every customer is its main contact, the one named on the customer record.
    let is_main = index < customers.len();
    let customer = if is_main { index } else { rng.usize(..customers.len()) };
    let owner = &customers[customer];
    Contact {
        id: guid(&mut rng),
        customer,
        name: if is_main { owner.contact.clone() } else { demo::person_name(&mut rng) },
        gender: rng.u8(1..=2),
        title: demo::job_title(&mut rng),
        phone: if is_main { owner.phone.clone() } else { mobile(&mut rng) },
        mail: format!("{}@163.com", rng.u32(10_000_000..999_999_999)),
        qq: rng.u32(100_000_000..999_999_999).to_string(),
        wechat: format!("wx_{}", rng.u32(100_000..999_999)),
        area: owner.area.clone(),
        address: owner.address.clone(),
        remark: pick(&mut rng, &["", "", "工作日联系", "请先电话预约"]),
        is_main,
        longitude: 116.0 + f64::from(rng.u32(..400_000)) / 100_000.0,
        latitude: 39.5 + f64::from(rng.u32(..100_000)) / 100_000.0,
        created: owner.created.plus_days(rng.i64(0..60)),
    }
}

fn categories() -> Vec<Category> {
    let category = |id, name, parent| Category { id, name, parent };
    vec![
        category("1", "家电", None),
        category("11", "净水设备", Some(0)),
        category("111", "家用净水器", Some(1)),
        category("112", "商用净水设备", Some(1)),
        category("12", "热水器", Some(0)),
        category("13", "空调", Some(0)),
        category("14", "洗衣机", Some(0)),
        category("15", "冰箱", Some(0)),
        category("16", "厨房电器", Some(0)),
    ]
}

/// The leaf categories products are filed under, with what they hold.
const LEAF_CATEGORIES: [(usize, &Appliance); 7] = [
    (2, &demo::WATER_PURIFIER),
    (3, &demo::WATER_PURIFIER),
    (4, &demo::WATER_HEATER),
    (5, &demo::AIR_CONDITIONER),
    (6, &demo::WASHING_MACHINE),
    (7, &demo::REFRIGERATOR),
    (8, &demo::KITCHEN_HOOD),
];

fn product(index: usize) -> Product {
    let mut rng = row_rng(PRODUCT_TABLE, index);
    let (category, appliance) = match index {
        EXAMPLE_SEARCH_PRODUCT => (6, &demo::WASHING_MACHINE),
        EXAMPLE_DEVICE_PRODUCT => (3, &demo::WATER_PURIFIER),
        root if root < ROOT_CATEGORY_PRODUCTS => (0, &demo::WATER_PURIFIER),
        _ => LEAF_CATEGORIES[index % LEAF_CATEGORIES.len()],
    };
    let brand_index = rng.usize(..demo::BRANDS.len());
    let series = pick(&mut rng, &["", "智享", "致尚", "悦享", "臻品", "畅享"]);
    let retail_price = rng.u32(appliance.price.0..=appliance.price.1) / 10 * 10;
    let (name, model, brand, brand_id) = match index {
        EXAMPLE_SEARCH_PRODUCT => ("海尔洗衣机".to_owned(), "HR_2020".to_owned(), "海尔", "41".to_owned()),
        EXAMPLE_DEVICE_PRODUCT => (
            "LPR-30ⅡD/BP".to_owned(),
            "LPR-30ⅡD/BP 商用反渗透纯水设备 产水量30L/H 220V/50Hz".to_owned(),
            "沁园",
            "45".to_owned(),
        ),
        root if root < ROOT_CATEGORY_PRODUCTS => (
            format!("家电{root}"),
            if root == EXAMPLE_CATEGORY_PRODUCT { "L55H7804A-UD".to_owned() } else { format!("L55H78{root:02}A") },
            "[示例]品牌",
            "46".to_owned(),
        ),
        _ => (
            format!("{}{series}{}", demo::BRANDS[brand_index], appliance.kind),
            format!("{}-{:02}", pick(&mut rng, appliance.model_prefixes), rng.u32(1..100)),
            demo::BRANDS[brand_index],
            (40 + brand_index).to_string(),
        ),
    };
    Product {
        id: (FIRST_PRODUCT_ID + index).to_string(),
        code: format!("PD{:08}", index + 1),
        description: format!("{}，{}年整机保修", name, appliance.warranty_years),
        name,
        model,
        category,
        brand,
        brand_id,
        unit: appliance.unit,
        weight: rng.u32(5..80).to_string(),
        volume: format!("{:.2}", f64::from(rng.u32(5..150)) / 100.0),
        retail_price,
        agent_price: retail_price * 8 / 10,
        warranty: 4 + appliance.warranty_years,
        created: LocalTime::midnight(2020, 10, 21).plus_days(index as i64 * 3),
        service_capacity: pick(&mut rng, &[("1", "安装"), ("2", "维修"), ("3", "安装,维修"), ("4", "保养")]),
        stock: rng.u32(0..500),
        appliance,
    }
}

fn part_categories() -> Vec<Category> {
    let category = |id, name| Category { id, name, parent: None };
    vec![
        category("61", "外设类"),
        category("113", "电热水器材料"),
        category("114", "净水滤芯"),
        category("115", "空调配件"),
        category("116", "电气元件"),
        category("117", "管件阀门"),
    ]
}

const PART_NAMES: [&[&str]; 6] = [
    &["塑料出水管", "鹅颈龙头", "压力桶", "增压泵", "进水电磁阀"],
    &["加热管", "镁棒", "温控器", "内胆", "安全阀"],
    &["PP棉滤芯", "前置活性炭滤芯", "RO反渗透膜", "后置活性炭滤芯", "超滤膜滤芯"],
    &["压缩机电容", "四通阀", "风扇电机", "室内机主板", "遥控器"],
    &["电源板", "显示板", "温度传感器", "漏电保护插头", "继电器"],
    &["三通接头", "球阀", "快接弯头", "进水软管", "减压阀"],
];
const PART_UNITS: [&str; 6] = ["个", "个", "支", "个", "块", "个"];

fn spare_part(index: usize, categories: &[Category]) -> SparePart {
    let mut rng = row_rng(PART_TABLE, index);
    let category = index % categories.len();
    let brand = pick(&mut rng, &["晶智", "沁园", "安吉尔", "美的", "海尔", "格力", "史密斯", "通用"]);
    let name = if index == 0 {
        "晶智塑料出水管".to_owned()
    } else {
        format!("{brand}{}", pick(&mut rng, PART_NAMES[category]))
    };
    let price = rng.u32(5..800);
    SparePart {
        id: guid(&mut rng),
        category,
        code: (9_320_460_001_u64 + index as u64).to_string(),
        name,
        spec: if rng.bool() { String::new() } else { format!("{}mm", rng.u32(6..60)) },
        model: if rng.bool() { String::new() } else { format!("PJ-{:04}", rng.u32(..10_000)) },
        unit: PART_UNITS[category],
        brand: if index == 0 { "晶智" } else { brand },
        barcode: format!("69{:011}", rng.u64(..100_000_000_000)),
        price,
        customer_price: price * 12 / 10,
        network_price: price,
        staff_price: price * 9 / 10,
        charged: rng.bool(),
        warranty: rng.u8(3..=5),
        deleted: rng.u8(..50) == 0,
        stock: rng.u32(0..1000),
    }
}
