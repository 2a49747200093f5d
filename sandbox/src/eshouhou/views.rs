//! The JSON shape of every eshouhou record, field names exactly as the reference documents them (§3).
//! Fields past the point where a vendor page was cut off are the sandbox's own, named in the vendor's
//! style; sandbox/README.md lists them.

use serde_json::{Value, json};

use super::data::{Category, Contact, Customer, Dataset, Device, Project, SparePart, WARRANTY_NAMES, WorkOrder};
use crate::calendar::LocalTime;
use crate::{ESHOUHOU_HQ_NETWORK_ID, ESHOUHOU_SERVICE_SPACE_ID};

/// ShowType of the reference §2.8.
const PLAIN: u8 = 0;
const IMAGE: u8 = 1;
const CUSTOMER_TAG: u8 = 6;

pub fn service_space(dataset: &Dataset) -> Value {
    json!({
        "OrganizationID": "4d69eb28-eac4-457b-91ff-dbd0c73d2635",
        "OrganizationName": "知觉",
        "Name": "知觉测试",
        "Logo": "",
        "BackgroundImg": "",
        "Description": "",
        "EditionType": 4,
        "EditionName": "企业版",
        "EffectiveDate": "2020-04-11",
        "FailureDate": "2030-04-11",
        "CreateTime": "2020-04-11",
        "HasAccessory": true,
        "HasStatemented": true,
        "SpaceAdminID": "8b0c1f6e-5d0a-4f3e-9a51-7c2d3e4f5a60",
        "SpaceAdminName": "管理员",
        "HQServiceNetworkID": ESHOUHOU_HQ_NETWORK_ID,
        "AdviserID": "2f6a9c1d-3b7e-4e8a-8c5d-1a2b3c4d5e6f",
        "ServicePersonCount": dataset.engineers.len(),
        "IsDefaulted": true,
        "LabelIDs": "",
        "Contact": "路梦建",
        "ContactNumber": "13888888888",
        "ContactEmail": "service@zhijue.example.cn",
    })
}

pub fn work_order(dataset: &Dataset, order: &WorkOrder) -> Value {
    let customer = &dataset.customers[order.customer];
    json!({
        "ID": order.id,
        "ServiceSpaceID": ESHOUHOU_SERVICE_SPACE_ID,
        "ServiceNetworkID": dataset.networks[order.network].id,
        "Number": order.number,
        "Description": order.description,
        "CustomerID": customer.id,
        "CustomerName": customer.name,
        "CustomerPhone": customer.phone,
        "ServiceStaffID": order.engineer.map(|engineer| dataset.engineers[engineer].id.as_str()),
        "Contact": order.contact,
        "ContactNumber": order.contact_number,
        "Address": order.address,
        "CreateTime": order.created.date(),
        "CallCount": order.call_count,
        "State": order.state,
        "PendState": order.pend_state,
        "ProductName": dataset.products[order.product].name,
    })
}

pub fn process_step(
    action: &str,
    description: String,
    handed: LocalTime,
    deadline: Option<(LocalTime, bool)>,
    network: &str,
) -> Value {
    json!({
        "ActionName": action,
        "Description": description,
        "HandedTime": handed.slash_seconds(),
        "IsTimeOut": deadline.is_some_and(|(_, late)| late),
        "Deadline": deadline.map(|(deadline, _)| deadline.slash_seconds()),
        "ServiceNetworkName": network,
    })
}

fn display_row(show_type: u8, key: &str, value: impl Into<String>) -> Value {
    json!({"ShowType": show_type, "Key": key, "Value": value.into()})
}

pub fn customer_rows(customer: &Customer) -> Value {
    json!([
        display_row(PLAIN, "客户编号", &customer.number),
        display_row(PLAIN, "客户名称", &customer.name),
        display_row(PLAIN, "联系人", &customer.contact),
        display_row(PLAIN, "联系电话", &customer.phone),
        display_row(PLAIN, "邮箱", &customer.mail),
        display_row(PLAIN, "所属区域", &customer.area),
        display_row(PLAIN, "详细地址", &customer.address),
        display_row(PLAIN, "客户类型", if customer.company_name.is_empty() { "个人客户" } else { "企业客户" }),
        display_row(PLAIN, "客户来源", customer.source),
        display_row(CUSTOMER_TAG, "客户标签", &customer.label_names),
        display_row(PLAIN, "最近服务时间", &customer.recent_service),
        display_row(PLAIN, "创建时间", customer.created.date()),
    ])
}

pub fn project_rows(dataset: &Dataset, project: &Project) -> Value {
    json!([
        display_row(PLAIN, "项目编号", &project.number),
        display_row(PLAIN, "所属客户", &dataset.customers[project.customer].name),
        display_row(PLAIN, "项目名称", &project.name),
        display_row(PLAIN, "保修类型", project.warranty_type),
        display_row(PLAIN, "交付日期", &project.delivery_date),
        display_row(PLAIN, "详细地址", &project.address),
        display_row(PLAIN, "所属区域", &project.area),
        display_row(PLAIN, "联系电话", &project.phone),
        display_row(PLAIN, "联系人", &project.contact),
        display_row(PLAIN, "项目描述", &project.description),
        display_row(PLAIN, "验收日期", &project.acceptance_date),
        display_row(PLAIN, "保修期限", project.warranty),
        display_row(PLAIN, "保修开始日期", &project.warranty_start),
        display_row(PLAIN, "保修截止日期", &project.warranty_end),
        display_row(PLAIN, "项目类型", project.kind),
        display_row(PLAIN, "默认服务网点", &project.network_name),
        display_row(PLAIN, "备注", &project.remark),
        display_row(PLAIN, "创建时间", project.created.date()),
    ])
}

pub fn device(dataset: &Dataset, device: &Device) -> Value {
    let customer = &dataset.customers[device.customer];
    let product = &dataset.products[device.product];
    let project = device.project.map(|project| &dataset.projects[project]);
    json!({
        "ID": device.id,
        "ServiceSpaceID": ESHOUHOU_SERVICE_SPACE_ID,
        "CustomerID": customer.id,
        "CustomerName": customer.name,
        "CustomerContact": customer.contact,
        "CustomerTelephone": customer.phone,
        "CustomerMail": customer.mail,
        "CustomerArea": customer.area,
        "CustomerAddress": customer.address,
        "CategoryID": dataset.categories[product.category].id,
        "ProductID": product.id,
        "ProductName": product.name,
        "ProductType": product.model,
        "ProductBrand": product.brand,
        "Number": device.number,
        "SerialNumber1": device.serial,
        "ProjectID": project.map(|project| project.id.as_str()),
        "ProjectName": project.map_or("", |project| project.name.as_str()),
        "WarrantyPeriod": device.warranty,
        "WarrantyPeriodName": WARRANTY_NAMES[usize::from(device.warranty)],
        "WarrantyStartDate": device.warranty_start,
        "WarrantyEndDate": device.warranty_end,
        "LastServiceTime": device.last_service.map_or(String::new(), LocalTime::date),
        "CreateTime": device.created.date(),
    })
}

pub fn device_rows(dataset: &Dataset, device: &Device) -> Value {
    let product = &dataset.products[device.product];
    json!([
        display_row(PLAIN, "设备编号", &device.number),
        display_row(IMAGE, "购买凭证", &device.receipt_image),
        display_row(PLAIN, "产品分类", dataset.categories[product.category].name),
        display_row(PLAIN, "产品名称", &product.name),
        display_row(PLAIN, "产品型号", &product.model),
        display_row(PLAIN, "保修期限", WARRANTY_NAMES[usize::from(device.warranty)]),
        display_row(PLAIN, "保修开始日期", &device.warranty_start),
        display_row(PLAIN, "保修截止日期", &device.warranty_end),
        display_row(PLAIN, "所属客户", &dataset.customers[device.customer].name),
        display_row(PLAIN, "产品序列号", &device.serial),
        display_row(PLAIN, "所属项目", device.project.map_or("", |project| dataset.projects[project].name.as_str())),
        display_row(
            PLAIN,
            "默认服务网点",
            device.network.map_or("", |network| dataset.networks[network].name.as_str())
        ),
        display_row(PLAIN, "最近服务时间", device.last_service.map_or(String::new(), LocalTime::date)),
        display_row(PLAIN, "创建时间", device.created.date()),
    ])
}

pub fn contact(dataset: &Dataset, contact: &Contact) -> Value {
    json!({
        "ID": contact.id,
        "CustomerID": dataset.customers[contact.customer].id,
        "CustomerName": dataset.customers[contact.customer].name,
        "Name": contact.name,
        "Gender": contact.gender,
        "Title": contact.title,
        "Telephone": contact.phone,
        "Mail": contact.mail,
        "QQ": contact.qq,
        "WeChat": contact.wechat,
        "Area": contact.area,
        "Address": contact.address,
        "Remark": contact.remark,
        "IsMain": contact.is_main,
        "Country": "中国",
        "Dial": "+86",
        "Longitude": contact.longitude,
        "Latitude": contact.latitude,
        "CreateTime": contact.created.date(),
    })
}

pub fn customer_account(customer: &Customer) -> Value {
    json!({
        "ID": customer.id,
        "ServiceSpaceID": ESHOUHOU_SERVICE_SPACE_ID,
        "Name": customer.name,
        "Contact": customer.contact,
        "Gender": customer.gender,
        "Telephone": customer.phone,
        "Mobile": customer.phone,
        "Mail": customer.mail,
        "HeadImg": "",
        "LabelIDs": customer.label_ids,
        "LabelNames": customer.label_names,
        "UserName": customer.phone,
        "CompanyName": customer.company_name,
        "Area": customer.area,
        "Address": customer.address,
        "CreateTime": customer.created.date(),
        "RecentService": customer.recent_service,
    })
}

pub fn category(category: &Category, parent: Option<&Category>) -> Value {
    json!({
        "ID": category.id,
        "Name": category.name,
        "ParentID": parent.map_or("0", |parent| parent.id),
        "ServiceSpaceID": ESHOUHOU_SERVICE_SPACE_ID,
    })
}

/// A product as SearchProductList and GetCategoryAndProductList show it: with its `ID`.
pub fn product_v1(dataset: &Dataset, index: usize) -> Value {
    let product = &dataset.products[index];
    let mut row = product_v2(dataset, index);
    if let Value::Object(fields) = &mut row {
        for v2_only in ["ProductBOMs", "ServiceCapacity", "ServiceCapacityName", "Price", "PriceUnit", "Count"] {
            fields.remove(v2_only);
        }
        fields.insert("ID".to_owned(), json!(product.id));
    }
    row
}

/// A product as GetProducts (v2) shows it: no `ID`, as documented, plus stock and service capacity.
pub fn product_v2(dataset: &Dataset, index: usize) -> Value {
    let product = &dataset.products[index];
    json!({
        "CategoryID": dataset.categories[product.category].id,
        "CategoryName": dataset.categories[product.category].name,
        "ServiceSpaceID": ESHOUHOU_SERVICE_SPACE_ID,
        "Name": product.name,
        "Type": product.model,
        "Brand": product.brand,
        "ImgUrl": "",
        "CreateTime": product.created.date(),
        "Code": product.code,
        "Unit": product.unit,
        "BrandID": product.brand_id,
        "Weight": product.weight,
        "WeightUnit": "kg",
        "Volume": product.volume,
        "VolumeUnit": "m³",
        "Description": product.description,
        "RetailPrice": yuan(product.retail_price),
        "RetailPriceUnit": "元",
        "AgentPrice": yuan(product.agent_price),
        "AgentPriceUnit": "元",
        "WarrantyPeriod": product.warranty,
        "WarrantyPeriodName": WARRANTY_NAMES[usize::from(product.warranty)],
        "ProductBOMs": [],
        "ServiceCapacity": product.service_capacity.0,
        "ServiceCapacityName": product.service_capacity.1,
        "Price": yuan(product.agent_price),
        "PriceUnit": "元",
        "Count": product.stock,
    })
}

/// A spare part as SearchAccessoryList (v1) shows it: IsCharged and WarrantyPeriod as strings.
pub fn part_v1(dataset: &Dataset, part: &SparePart) -> Value {
    let mut row = part_v2(dataset, part);
    if let Value::Object(fields) = &mut row {
        fields.remove("IsDeleted");
        fields.remove("Count");
        fields.insert("IsCharged".to_owned(), json!(part.charged.to_string()));
    }
    row
}

/// A spare part as GetAccessories (v2) shows it: IsCharged and IsDeleted as booleans, with Count.
pub fn part_v2(dataset: &Dataset, part: &SparePart) -> Value {
    let category = &dataset.part_categories[part.category];
    json!({
        "ID": part.id,
        "CategoryID": category.id,
        "CategoryName": category.name,
        "ServiceSpaceID": ESHOUHOU_SERVICE_SPACE_ID,
        "ServiceSpaceName": null,
        "Code": part.code,
        "Name": part.name,
        "Spec": part.spec,
        "Type": part.model,
        "Unit": part.unit,
        "Brand": part.brand,
        "Barcode": part.barcode,
        "ImgUrl": "",
        "Price": yuan(part.price),
        "CustomerPrice": yuan(part.customer_price),
        "NetworkPrice": yuan(part.network_price),
        "StaffPrice": yuan(part.staff_price),
        "IsCharged": part.charged,
        "IsDeleted": part.deleted,
        "WarrantyPeriod": part.warranty.to_string(),
        "WarrantyPeriodName": WARRANTY_NAMES[usize::from(part.warranty)],
        "Count": part.stock,
    })
}

fn yuan(amount: u32) -> String {
    format!("{amount}.00")
}
