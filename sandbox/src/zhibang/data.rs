//! The Zhibang demo installation: staff and departments, the enumerations (per-installation ids, see
//! sandbox/README.md), product categories, and the generated customers, products and repair intakes.

use crate::calendar::LocalTime;
use crate::demo::{self, Appliance, Region};
use crate::seed::{mobile, pick, row_rng};

pub struct Department {
    pub id: u64,
    pub name: &'static str,
    /// 0 for the company itself.
    pub parent: u64,
}

pub const DEPARTMENTS: &[Department] = &[
    Department { id: 1, name: "智邦国际演示公司", parent: 0 },
    Department { id: 2, name: "售后服务部", parent: 1 },
    Department { id: 7, name: "上门服务组", parent: 2 },
    Department { id: 3, name: "销售部", parent: 1 },
    Department { id: 4, name: "技术部", parent: 1 },
    Department { id: 5, name: "财务部", parent: 1 },
    Department { id: 6, name: "行政部", parent: 1 },
];

pub const SALES_DEPARTMENT: u64 = 3;

pub struct User {
    pub ord: u64,
    pub name: &'static str,
    pub username: &'static str,
    pub department: u64,
    pub frozen: bool,
}

const fn user(ord: u64, name: &'static str, username: &'static str, department: u64) -> User {
    User { ord, name, username, department, frozen: false }
}

/// Every account; the staff (the people a service can be assigned to) are ords 61..=80.
pub const USERS: &[User] = &[
    user(61, "张伟", "zhangwei", 2),
    user(62, "王芳", "wangfang", 2),
    user(63, "李娜", "lina", 2),
    user(64, "刘洋", "liuyang", 2),
    user(65, "陈静", "chenjing", 7),
    user(66, "杨磊", "yanglei", 7),
    user(67, "赵敏", "zhaomin", 7),
    user(68, "黄强", "huangqiang", 7),
    user(69, "周杰", "zhoujie", 3),
    user(70, "吴丽", "wuli", 3),
    user(71, "徐明", "xuming", 3),
    user(72, "孙涛", "suntao", 3),
    user(73, "胡娟", "hujuan", 3),
    user(74, "朱勇", "zhuyong", 3),
    user(75, "高超", "gaochao", 4),
    user(76, "林霞", "linxia", 4),
    user(77, "何军", "hejun", 4),
    user(78, "郭艳", "guoyan", 4),
    user(79, "马平", "maping", 5),
    user(80, "罗刚", "luogang", 5),
    user(81, "接口用户", crate::ZHIBANG_USER, 6),
    User { frozen: true, ..user(82, "冻结用户", crate::ZHIBANG_FROZEN_USER, 6) },
];

pub const FIRST_STAFF: u64 = 61;
pub const LAST_STAFF: u64 = 80;
/// The after-sales department and its field team: who handles services.
const HANDLERS: std::ops::RangeInclusive<u64> = 61..=68;
/// The first of the sales department's staff.
pub const SALES_STAFF_FIRST: u64 = 69;
const SALESPEOPLE: std::ops::RangeInclusive<u64> = SALES_STAFF_FIRST..=74;

pub fn staff() -> impl Iterator<Item = &'static User> {
    USERS.iter().filter(|user| (FIRST_STAFF..=LAST_STAFF).contains(&user.ord))
}

pub fn staff_name(ord: u64) -> Option<&'static str> {
    staff().find(|user| user.ord == ord).map(|user| user.name)
}

/// The API account every sandbox session belongs to: who applies, shares and writes follow-ups.
pub const API_ACCOUNT: u64 = 81;

/// The name of any seeded account, staff or not.
pub fn account_name(ord: u64) -> Option<&'static str> {
    USERS.iter().find(|user| user.ord == ord).map(|user| user.name)
}

pub fn random_handler(rng: &mut fastrand::Rng) -> u64 {
    rng.u64(HANDLERS)
}

pub fn department_name(id: u64) -> &'static str {
    DEPARTMENTS.iter().find(|department| department.id == id).map_or("", |department| department.name)
}

/// An enumeration served by `source.asp?enumid=N`.
pub struct Enumeration {
    pub id: u32,
    pub options: &'static [(u64, &'static str)],
}

pub const CUSTOMER_SOURCE: Enumeration = Enumeration {
    id: 13,
    options: &[(201, "电话来访"), (202, "网络推广"), (203, "老客户介绍"), (204, "展会"), (205, "陌生拜访")],
};
pub const INDUSTRY: Enumeration = Enumeration {
    id: 11,
    options: &[
        (211, "制造业"),
        (212, "餐饮酒店"),
        (213, "教育培训"),
        (214, "医疗卫生"),
        (215, "房地产"),
        (216, "政府机关"),
        (217, "商贸零售"),
    ],
};
pub const CUSTOMER_VALUE: Enumeration =
    Enumeration { id: 14, options: &[(221, "高价值"), (222, "中价值"), (223, "低价值")] };
pub const FOLLOW_UP_METHOD: Enumeration =
    Enumeration { id: 98, options: &[(481, "电话"), (482, "邮件"), (483, "拜访"), (484, "其他")] };
pub const CUSTOMER_CATEGORY: Enumeration = Enumeration {
    id: 12,
    options: &[(231, "潜在客户"), (232, "意向客户"), (233, "成交客户"), (234, "VIP客户")],
};
pub const URGENCY: Enumeration =
    Enumeration { id: 51, options: &[(151, "一般"), (152, "紧急"), (153, "非常紧急")] };
pub const SERVICE_CATEGORY: Enumeration = Enumeration {
    id: 52,
    options: &[(161, "安装调试"), (162, "故障维修"), (163, "退换货"), (164, "产品咨询"), (165, "客户投诉")],
};
pub const HANDLING_RESULT: Enumeration =
    Enumeration { id: 53, options: &[(171, "已解决"), (175, "未解决"), (176, "待跟进")] };
pub const REPAIR_PROCESS: Enumeration =
    Enumeration { id: 54, options: &[(1, "标准维修流程"), (2, "返厂维修流程"), (3, "上门维修流程")] };

pub const CUSTOMER_STAGE: Enumeration = Enumeration {
    id: 15,
    options: &[(241, "初步接触"), (242, "需求确认"), (243, "方案报价"), (244, "谈判签约"), (245, "成交")],
};
/// The follow-up templates (`reply.asp` `intro`): the vendor sample server's ids and texts.
pub const REPLY_TEMPLATE: Enumeration = Enumeration {
    id: 97,
    options: &[
        (106, "谈的很好，让发合同。"),
        (107, "电话无人接听。"),
        (108, "现在还没考虑。"),
        (109, "今天谈的不错，让明天面谈。"),
        (120, "正在考虑中。"),
    ],
};
pub const PROJECT_SOURCE: Enumeration = Enumeration {
    id: 21,
    options: &[(301, "电话咨询"), (302, "网站"), (303, "老客户推荐"), (304, "招投标")],
};
pub const PROJECT_STATUS: Enumeration =
    Enumeration { id: 22, options: &[(311, "跟进中"), (312, "已签约"), (313, "已放弃"), (314, "暂停")] };
pub const PROJECT_STAGE: Enumeration = Enumeration {
    id: 23,
    options: &[(321, "初步洽谈"), (322, "需求确认"), (323, "方案报价"), (324, "商务谈判"), (325, "赢单")],
};
pub const PROJECT_CATEGORY: Enumeration = Enumeration {
    id: 24,
    options: &[(331, "设备采购"), (332, "维保服务"), (333, "安装工程"), (334, "配件供应")],
};
/// The vendor sample server's contract categories, statuses and currency.
pub const CONTRACT_CATEGORY: Enumeration = Enumeration {
    id: 25,
    options: &[(192, "产品销售"), (985, "技术服务"), (193, "商务服务"), (194, "代理分销")],
};
pub const CONTRACT_STATUS: Enumeration = Enumeration {
    id: 26,
    options: &[(195, "生效执行中"), (196, "执行完毕"), (197, "意外终止"), (354, "需要开电子发票")],
};
pub const CURRENCY: Enumeration = Enumeration { id: 27, options: &[(14, "人民币")] };
pub const SHIPPING_METHOD: Enumeration =
    Enumeration { id: 55, options: &[(261, "快递"), (262, "物流"), (263, "送货上门"), (264, "客户自提")] };
/// The product units; the ids are those of the product list's `units` column.
pub const UNIT: Enumeration =
    Enumeration { id: 56, options: &[(1, "台"), (2, "套"), (3, "个"), (4, "件"), (5, "箱")] };
pub const INVOICE_TYPE: Enumeration = Enumeration {
    id: 57,
    options: &[(0, "不开票"), (1, "增值税普通发票"), (2, "增值税专用发票"), (3, "电子普通发票")],
};

pub const ENUMERATIONS: &[&Enumeration] = &[
    &CUSTOMER_SOURCE,
    &INDUSTRY,
    &CUSTOMER_VALUE,
    &FOLLOW_UP_METHOD,
    &CUSTOMER_CATEGORY,
    &CUSTOMER_STAGE,
    &REPLY_TEMPLATE,
    &URGENCY,
    &SERVICE_CATEGORY,
    &HANDLING_RESULT,
    &REPAIR_PROCESS,
    &PROJECT_SOURCE,
    &PROJECT_STATUS,
    &PROJECT_STAGE,
    &PROJECT_CATEGORY,
    &CONTRACT_CATEGORY,
    &CONTRACT_STATUS,
    &CURRENCY,
    &SHIPPING_METHOD,
    &UNIT,
    &INVOICE_TYPE,
];

impl Enumeration {
    pub fn label(&self, id: u64) -> &'static str {
        self.options.iter().find(|(option, _)| *option == id).map_or("", |(_, label)| label)
    }

    pub fn contains(&self, id: u64) -> bool {
        self.options.iter().any(|(option, _)| *option == id)
    }

    /// An option named by its id or by its label (the web API takes names).
    pub fn resolve(&self, text: &str) -> Option<u64> {
        let text = text.trim();
        self.options
            .iter()
            .find(|(option, label)| *label == text || text.parse::<u64>().is_ok_and(|id| id == *option))
            .map(|(option, _)| *option)
    }
}

pub struct ProductCategory {
    pub id: u64,
    pub name: &'static str,
    pub parent: u64,
}

pub const PRODUCT_CATEGORIES: &[ProductCategory] = &[
    ProductCategory { id: 1, name: "家用电器", parent: 0 },
    ProductCategory { id: 11, name: "净水设备", parent: 1 },
    ProductCategory { id: 12, name: "热水器", parent: 1 },
    ProductCategory { id: 13, name: "空调", parent: 1 },
    ProductCategory { id: 14, name: "洗衣机", parent: 1 },
    ProductCategory { id: 15, name: "冰箱", parent: 1 },
    ProductCategory { id: 16, name: "厨房电器", parent: 1 },
    ProductCategory { id: 2, name: "配件耗材", parent: 0 },
    ProductCategory { id: 21, name: "滤芯滤材", parent: 2 },
    ProductCategory { id: 22, name: "维修配件", parent: 2 },
];

pub fn category_path(id: u64) -> String {
    let mut names = Vec::new();
    let mut current = PRODUCT_CATEGORIES.iter().find(|category| category.id == id);
    while let Some(category) = current {
        names.push(category.name);
        current = PRODUCT_CATEGORIES.iter().find(|parent| parent.id == category.parent);
    }
    names.reverse();
    names.join("/")
}

pub fn category_and_below(id: u64) -> Vec<u64> {
    PRODUCT_CATEGORIES
        .iter()
        .filter(|category| category.id == id || category.parent == id)
        .map(|category| category.id)
        .collect()
}

pub const FIRST_CUSTOMER_ORD: u64 = 2001;
pub const FIRST_PRODUCT_ORD: u64 = 8001;
pub const FIRST_INTAKE_ORD: u64 = 5001;
const CUSTOMER_COUNT: usize = 500;
const PRODUCT_COUNT: usize = 300;
/// Products before this index are appliances (what services are about); the rest are consumables.
pub const APPLIANCE_PRODUCTS: usize = 240;
const INTAKE_COUNT: usize = 50;

const CUSTOMER_TABLE: u64 = 201;
const PRODUCT_TABLE: u64 = 202;
const INTAKE_TABLE: u64 = 203;

pub struct Dataset {
    pub customers: Vec<Customer>,
    pub products: Vec<Product>,
    pub intakes: Vec<Intake>,
}

pub struct Customer {
    pub ord: u64,
    pub number: String,
    pub name: String,
    pub is_company: bool,
    pub category: u64,
    pub source: u64,
    pub industry: u64,
    pub value: u64,
    pub district: &'static Region,
    pub address: String,
    pub phone: String,
    pub contact: String,
    pub contact_mobile: String,
    pub contact_sex: &'static str,
    pub contact_job: &'static str,
    pub email: String,
    pub salesperson: u64,
    pub created: LocalTime,
}

pub struct Product {
    pub ord: u64,
    pub name: String,
    pub number: String,
    pub model: String,
    pub category: u64,
    /// The base unit's name.
    pub unit: &'static str,
    /// Unit id → name, as the JSON text the vendor's `units` column carries.
    pub units: &'static str,
    pub price_cents: i64,
    pub appliance: &'static Appliance,
}

/// A repair intake (受理单) that repair orders hang off.
pub struct Intake {
    pub ord: u64,
    pub title: String,
    pub customer: usize,
    pub product: usize,
}

impl Dataset {
    pub fn generate() -> Dataset {
        let customers: Vec<Customer> = (0..CUSTOMER_COUNT).map(customer).collect();
        let products: Vec<Product> = (0..PRODUCT_COUNT).map(product).collect();
        let intakes = (0..INTAKE_COUNT).map(|index| intake(index, &customers, &products)).collect();
        Dataset { customers, products, intakes }
    }

    pub fn intake(&self, ord: u64) -> Option<&Intake> {
        let index = ord.checked_sub(FIRST_INTAKE_ORD)?;
        self.intakes.get(usize::try_from(index).ok()?)
    }
}

impl Customer {
    pub fn in_areas(&self, areas: &[u64]) -> bool {
        demo::region_chain(self.district).any(|region| areas.contains(&u64::from(region.id)))
    }
}

fn customer(index: usize) -> Customer {
    let mut rng = row_rng(CUSTOMER_TABLE, index);
    let district = demo::random_district(&mut rng);
    let contact = demo::person_name(&mut rng);
    let is_company = index % 3 != 2;
    Customer {
        ord: FIRST_CUSTOMER_ORD + index as u64,
        number: format!("KH{:06}", index + 1),
        name: if is_company { demo::company_name(&mut rng, demo::city_of(district)) } else { contact.clone() },
        is_company,
        category: pick(&mut rng, CUSTOMER_CATEGORY.options).0,
        source: pick(&mut rng, CUSTOMER_SOURCE.options).0,
        industry: pick(&mut rng, INDUSTRY.options).0,
        value: pick(&mut rng, CUSTOMER_VALUE.options).0,
        district,
        address: demo::street_address(&mut rng),
        phone: format!("0{}-{:08}", rng.u32(10..30), rng.u32(..100_000_000)),
        contact,
        contact_mobile: mobile(&mut rng),
        contact_sex: pick(&mut rng, &["男", "女"]),
        contact_job: demo::job_title(&mut rng),
        email: format!("{}@163.com", rng.u32(10_000_000..999_999_999)),
        salesperson: rng.u64(SALESPEOPLE),
        created: LocalTime::midnight(2021, 3, 1)
            .plus_days(index as i64 * 2 + rng.i64(0..2))
            .plus_minutes(rng.i64(480..1080)),
    }
}

const APPLIANCE_CATEGORIES: [(u64, &Appliance); 6] = [
    (11, &demo::WATER_PURIFIER),
    (12, &demo::WATER_HEATER),
    (13, &demo::AIR_CONDITIONER),
    (14, &demo::WASHING_MACHINE),
    (15, &demo::REFRIGERATOR),
    (16, &demo::KITCHEN_HOOD),
];
const CONSUMABLES: [(u64, &Appliance, &[&str]); 2] = [
    (21, &demo::WATER_PURIFIER, &["PP棉滤芯", "RO反渗透膜", "活性炭滤芯", "超滤膜"]),
    (22, &demo::WATER_HEATER, &["加热管", "温控器", "镁棒", "压缩机电容"]),
];

fn product(index: usize) -> Product {
    let mut rng = row_rng(PRODUCT_TABLE, index);
    let brand = pick(&mut rng, demo::BRANDS);
    let (category, appliance, name, unit, units) = if index < APPLIANCE_PRODUCTS {
        let (category, appliance) = APPLIANCE_CATEGORIES[index % APPLIANCE_CATEGORIES.len()];
        let series = pick(&mut rng, &["", "智享", "致尚", "悦享", "臻品"]);
        (category, appliance, format!("{brand}{series}{}", appliance.kind), appliance.unit, r#"{"1":"台","2":"套"}"#)
    } else {
        let (category, appliance, parts) = CONSUMABLES[index % CONSUMABLES.len()];
        (category, appliance, format!("{brand}{}", pick(&mut rng, parts)), "个", r#"{"3":"个","5":"箱"}"#)
    };
    let yuan =
        if index < APPLIANCE_PRODUCTS { rng.u32(appliance.price.0..=appliance.price.1) } else { rng.u32(20..600) };
    Product {
        ord: FIRST_PRODUCT_ORD + index as u64,
        name,
        number: format!("CP{:06}", index + 1),
        model: format!("{}-{:02}", pick(&mut rng, appliance.model_prefixes), rng.u32(1..100)),
        category,
        unit,
        units,
        price_cents: i64::from(yuan / 10 * 10) * 100,
        appliance,
    }
}

fn intake(index: usize, customers: &[Customer], products: &[Product]) -> Intake {
    let mut rng = row_rng(INTAKE_TABLE, index);
    let customer = rng.usize(..customers.len());
    let product = rng.usize(..APPLIANCE_PRODUCTS.min(products.len()));
    Intake {
        ord: FIRST_INTAKE_ORD + index as u64,
        title: format!("{}{}报修", customers[customer].name, products[product].appliance.kind),
        customer,
        product,
    }
}

#[cfg(test)]
mod tests {
    use super::{Dataset, category_path};

    #[test]
    fn records_are_found_by_their_ords() {
        let dataset = Dataset::generate();
        assert_eq!(dataset.customers.last().map(|customer| customer.ord), Some(2500));
        assert_eq!(dataset.products.last().map(|product| product.ord), Some(8300));
        assert_eq!(dataset.intake(5050).map(|intake| intake.ord), Some(5050));
        assert!(dataset.intake(5051).is_none());
    }

    #[test]
    fn trees_resolve_paths_and_descendants() {
        assert_eq!(category_path(11), "家用电器/净水设备");
    }
}
