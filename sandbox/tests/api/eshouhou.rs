use std::collections::HashSet;
use std::time::Duration;

use aftersales_sandbox::{ESHOUHOU_APP_ID, ESHOUHOU_HQ_NETWORK_ID, ESHOUHOU_SERVICE_SPACE_ID, SandboxConfig};
use base64::Engine;
use serde_json::Value;

use crate::client::{self, encode};
use crate::{eshouhou_get, eshouhou_token, now_ms, sign, start, start_with};

const NETWORK: &str = "serviceNetworkId=bd7fc093-0ccf-4335-9daf-10931b4e7c7d&serviceNetworkType=1";

fn token_request(base: &str, query: &str) -> Value {
    client::get(base, &format!("/api/TokenApi?{query}")).json()
}

#[test]
fn a_signed_token_request_gets_a_url_unsafe_token_that_opens_the_api() {
    let sandbox = start();
    let base = sandbox.url();
    let timestamp = now_ms().to_string();
    let answer =
        token_request(&base, &format!("appid={ESHOUHOU_APP_ID}&timestamp={timestamp}&sign={}", sign(&timestamp)));
    assert_eq!(answer["ResultCode"], 0);
    assert_eq!(answer["ErrorMsg"], "");
    assert_eq!(answer["ResultValue"]["expires_in"], 7200);
    let token = answer["ResultValue"]["access_token"].as_str().expect("token");
    assert!(token.contains('+') && token.contains('/'), "{token}");
    let decoded = base64::engine::general_purpose::STANDARD.decode(token).expect("standard base64");
    assert!(decoded.starts_with(format!("{ESHOUHOU_APP_ID}&{ESHOUHOU_SERVICE_SPACE_ID}&120&").as_bytes()));

    let space = eshouhou_get(&base, token, "/api/CustomerService/GetServiceSpace", "");
    assert_eq!(space["ResultCode"], 0);
    assert_eq!(space["ResultValue"]["HQServiceNetworkID"], ESHOUHOU_HQ_NETWORK_ID);
    assert_eq!(space["ResultValue"]["EditionType"], 4);
    assert_eq!(space["ResultValue"]["EditionName"], "企业版");
    assert_eq!(sandbox.stats().eshouhou_tokens_issued, 1);
}

#[test]
fn token_requests_are_checked_for_sign_timestamp_and_expire() {
    let sandbox = start();
    let base = sandbox.url();
    let now = now_ms().to_string();
    let good_sign = sign(&now);
    let error = |query: &str| token_request(&base, query)["ErrorMsg"].as_str().expect("message").to_owned();
    assert_eq!(
        error(&format!("appid={ESHOUHOU_APP_ID}&timestamp={now}&sign={}", good_sign.to_lowercase())),
        "签名验证失败"
    );
    assert_eq!(error(&format!("appid=someone&timestamp={now}&sign={good_sign}")), "签名验证失败");
    let stale = (now_ms() - 6 * 60 * 1000).to_string();
    assert_eq!(
        error(&format!("appid={ESHOUHOU_APP_ID}&timestamp={stale}&sign={}", sign(&stale))),
        "时间戳无效或已过期"
    );
    assert_eq!(
        error(&format!("appid={ESHOUHOU_APP_ID}&timestamp={now}&sign={good_sign}&expire=25")),
        "expire参数范围为0-24"
    );
    let long = token_request(&base, &format!("appid={ESHOUHOU_APP_ID}&timestamp={now}&sign={good_sign}&expire=24"));
    assert_eq!(long["ResultValue"]["expires_in"], 86_400);
    let refused = token_request(&base, &format!("appid={ESHOUHOU_APP_ID}&timestamp={now}&sign=x"));
    assert_eq!(refused["ResultCode"], 1);
    assert_eq!(refused["ResultValue"], Value::Null);
}

#[test]
fn missing_unknown_expired_and_unencoded_tokens_are_refused() {
    let sandbox = start();
    let base = sandbox.url();
    let path = "/api/CustomerService/GetServiceSpace";
    assert_eq!(client::get(&base, path).json()["ErrorMsg"], "access_token不能为空");
    assert_eq!(eshouhou_get(&base, "bm90LWEtdG9rZW4=", path, "")["ErrorMsg"], "access_token无效或已过期");
    let token = eshouhou_token(&base);
    // Sent raw, the '+' of the token arrives as a space and the token no longer matches.
    let raw = client::get(&base, &format!("{path}?access_token={token}")).json();
    assert_eq!(raw["ErrorMsg"], "access_token无效或已过期");
    assert_eq!(eshouhou_get(&base, &token, path, "")["ResultCode"], 0);
    sandbox.expire_tokens();
    let expired = eshouhou_get(&base, &token, path, "");
    assert_eq!(expired["ResultCode"], 1);
    assert_eq!(expired["ErrorMsg"], "access_token无效或已过期");
    assert_eq!(sandbox.stats().eshouhou_token_rejections, 4);
}

#[test]
fn a_configured_ttl_overrides_the_requested_lifetime() {
    let sandbox =
        start_with(SandboxConfig { token_ttl: Some(Duration::from_millis(1500)), ..SandboxConfig::default() });
    let base = sandbox.url();
    let timestamp = now_ms().to_string();
    let answer =
        token_request(&base, &format!("appid={ESHOUHOU_APP_ID}&timestamp={timestamp}&sign={}", sign(&timestamp)));
    assert_eq!(answer["ResultValue"]["expires_in"], 1);
    let token = answer["ResultValue"]["access_token"].as_str().expect("token");
    assert_eq!(eshouhou_get(&base, token, "/api/CustomerService/GetServiceSpace", "")["ResultCode"], 0);
    std::thread::sleep(Duration::from_millis(1700));
    assert_eq!(
        eshouhou_get(&base, token, "/api/CustomerService/GetServiceSpace", "")["ErrorMsg"],
        "access_token无效或已过期"
    );
}

#[test]
fn the_seed_project_answers_exactly_the_vendor_example_rows() {
    let sandbox = start();
    let base = sandbox.url();
    let token = eshouhou_token(&base);
    let query = format!("{NETWORK}&projectId=a6fa4a6c-f0a8-4684-b09c-880cb29a61b9");
    let answer = eshouhou_get(&base, &token, "/open/v2/Customer/GetCustomerProject", &query);
    let expected = [
        ("项目编号", "CP00000097"),
        ("所属客户", "胡效鑫1"),
        ("项目名称", "花苑净水设备安装"),
        ("保修类型", "全保"),
        ("交付日期", "2022-11-02"),
        ("详细地址", "东郊森林公园-华北树木园"),
        ("所属区域", "北京市-北京市-通州区"),
        ("联系电话", "18539622352"),
        ("联系人", "胡效鑫"),
        ("项目描述", "222"),
        ("验收日期", "2022-11-02"),
        ("保修期限", "六个月"),
        ("保修开始日期", "2022-10-21"),
        ("保修截止日期", "2022-11-24"),
        ("项目类型", "企业项目"),
        ("默认服务网点", "ZJ"),
        ("备注", "1"),
        ("创建时间", "2022-10-27"),
    ];
    let rows = answer["ResultValue"].as_array().expect("rows");
    assert_eq!(rows.len(), expected.len());
    for (row, (key, value)) in rows.iter().zip(expected) {
        assert_eq!(row["ShowType"], 0);
        assert_eq!(row["Key"], key);
        assert_eq!(row["Value"], value);
    }
    let unknown =
        eshouhou_get(&base, &token, "/open/v2/Customer/GetCustomerProject", &format!("{NETWORK}&projectId=nope"));
    assert_eq!(unknown["ErrorMsg"], "未找到客户项目");
}

fn display_value<'a>(rows: &'a Value, key: &str) -> &'a Value {
    rows.as_array().expect("rows").iter().find(|row| row["Key"] == key).unwrap_or_else(|| panic!("no {key} in {rows}"))
}

#[test]
fn the_documented_example_records_exist_with_their_values() {
    let sandbox = start();
    let base = sandbox.url();
    let token = eshouhou_token(&base);
    let customer = eshouhou_get(
        &base,
        &token,
        "/open/v2/Customer/GetCustomer",
        &format!("{NETWORK}&customerId=dc540ce7-5bc5-4275-b8fa-2004eb5839e3"),
    )["ResultValue"]
        .clone();
    assert_eq!(display_value(&customer, "客户编号")["Value"], "CF00000179");
    assert_eq!(display_value(&customer, "客户名称")["Value"], "胡效鑫1");
    assert_eq!(display_value(&customer, "联系电话")["Value"], "18539622352");
    assert_eq!(display_value(&customer, "客户标签")["ShowType"], 6);

    let device = eshouhou_get(
        &base,
        &token,
        "/open/v2/Customer/GetCustomerProduct",
        &format!("{NETWORK}&productId=034f293b-ef48-44b5-8fcc-ead69235829e"),
    )["ResultValue"]
        .clone();
    assert_eq!(display_value(&device, "设备编号")["Value"], "CE00000154");
    assert_eq!(display_value(&device, "购买凭证")["ShowType"], 1);
    assert_eq!(display_value(&device, "产品名称")["Value"], "LPR-30ⅡD/BP");
    assert_eq!(display_value(&device, "所属项目")["Value"], "花苑净水设备安装");

    let by_phone = eshouhou_get(&base, &token, "/open/v2/Client/GetCustomerByUserName", "phoneNum=13888888888");
    assert_eq!(by_phone["ResultValue"]["Name"], "测试");
    assert_eq!(by_phone["ResultValue"]["UserName"], "13888888888");
    assert_eq!(by_phone["ResultValue"]["CreateTime"], "2020-01-21");

    let process = eshouhou_get(
        &base,
        &token,
        "/api/CustomerService/GetWorkProcess",
        "workOrderId=4cda4c70-9d53-47c6-8641-c9e50d078c09",
    );
    let steps = process["ResultValue"].as_array().expect("steps");
    assert!((2..=6).contains(&steps.len()));
    let dispatch = steps.iter().find(|step| step["ActionName"] == "派工").expect("a 派工 step");
    assert_eq!(dispatch["HandedTime"], "2020/4/29 16:20:16");
    assert_eq!(dispatch["ServiceNetworkName"], "ZJ");
    assert_eq!(dispatch["Deadline"], Value::Null);
    assert!(dispatch["Description"].as_str().expect("text").contains("路梦建"));
    let missing = eshouhou_get(&base, &token, "/api/CustomerService/GetWorkProcess", "workOrderId=nope");
    assert_eq!(missing["ErrorMsg"], "未找到工单");
}

#[test]
fn lists_page_without_totals_and_reject_non_numeric_paging() {
    let sandbox = start();
    let base = sandbox.url();
    let token = eshouhou_token(&base);
    let path = "/api/CustomerService/GetWorkOrders";
    let page = |query: &str| eshouhou_get(&base, &token, path, query)["ResultValue"].as_array().expect("rows").clone();
    assert_eq!(page("").len(), 10);
    let mut ids = HashSet::new();
    for index in 1.. {
        let rows = page(&format!("pageSize=1000&pageIndex={index}"));
        ids.extend(rows.iter().map(|row| row["ID"].as_str().expect("id").to_owned()));
        if rows.len() < 1000 {
            break;
        }
    }
    assert_eq!(ids.len(), 2500);
    let first = page("pageSize=3&pageIndex=1");
    let second = page("pageSize=3&pageIndex=2");
    assert_ne!(first[0]["ID"], second[0]["ID"]);
    assert_eq!(eshouhou_get(&base, &token, path, "pageSize=ten")["ErrorMsg"], "参数错误: pageSize");
    assert_eq!(eshouhou_get(&base, &token, path, "pageIndex=-1")["ErrorMsg"], "参数错误: pageIndex");
}

#[test]
fn work_order_conditions_filter_and_states_stay_consistent() {
    let sandbox = start();
    let base = sandbox.url();
    let token = eshouhou_token(&base);
    let path = "/open/v2/WorkOrder/GetWorkOrders";
    let list = |condition: &str| {
        let query = format!("{NETWORK}&pageSize=5000&condition={}", encode(condition));
        eshouhou_get(&base, &token, path, &query)["ResultValue"].as_array().expect("rows").clone()
    };
    let all = list("");
    assert_eq!(all.len(), 2500);
    let pend_of = |state: u64| match state {
        2 => 3,
        10 => 11,
        other => other,
    };
    for row in &all {
        assert_eq!(row["PendState"].as_u64(), row["State"].as_u64().map(pend_of), "{row}");
        assert_eq!(row["ServiceSpaceID"], ESHOUHOU_SERVICE_SPACE_ID);
    }
    let dispatched = list(r#"{"state":[5]}"#);
    assert!(!dispatched.is_empty() && dispatched.len() < all.len());
    assert!(dispatched.iter().all(|row| row["State"] == 5 && row["PendState"] == 5));
    let customer = all[0]["CustomerID"].as_str().expect("customer id");
    let of_customer = list(&format!(r#"{{"customerid":"{customer}"}}"#));
    assert!(of_customer.iter().all(|row| row["CustomerID"] == customer));
    assert_eq!(of_customer.len(), all.iter().filter(|row| row["CustomerID"] == customer).count());
    let in_2021 = list(r#"{"startdate":"2021-01-01","enddate":"2021-12-31"}"#);
    assert!(!in_2021.is_empty());
    assert!(in_2021.iter().all(|row| row["CreateTime"].as_str().is_some_and(|date| date.starts_with("2021-"))));
    let malformed = eshouhou_get(&base, &token, path, &format!("condition={}", encode("{'state':[5]}")));
    assert_eq!(malformed["ErrorMsg"], "condition参数格式错误");
    let bad_type = eshouhou_get(&base, &token, path, "serviceNetworkType=3");
    assert_eq!(bad_type["ErrorMsg"], "参数错误: serviceNetworkType");
    let bad_space = eshouhou_get(&base, &token, path, "serviceSpaceId=00000000-0000-0000-0000-000000000000");
    assert_eq!(bad_space["ErrorMsg"], "服务空间不存在");
}

#[test]
fn device_and_contact_lists_filter_by_their_sys_keys() {
    let sandbox = start();
    let base = sandbox.url();
    let token = eshouhou_token(&base);
    let space = format!("serviceSpaceId={ESHOUHOU_SERVICE_SPACE_ID}&{NETWORK}&pageSize=1000");
    let devices = |condition: &str| {
        let query = format!("{space}&condition={}", encode(condition));
        eshouhou_get(&base, &token, "/open/v2/Customer/GetCustomerProducts", &query)["ResultValue"]
            .as_array()
            .expect("rows")
            .clone()
    };
    let owned = devices(r#"{"sys_customerid":"dc540ce7-5bc5-4275-b8fa-2004eb5839e3"}"#);
    assert!(owned.iter().any(|device| device["Number"] == "CE00000154" && device["WarrantyPeriodName"] == "无保修"));
    assert!(owned.iter().all(|device| device["CustomerName"] == "胡效鑫1"));
    assert_eq!(devices(r#"{"sys_number":"CE00000154"}"#).len(), 1);

    let contacts = eshouhou_get(
        &base,
        &token,
        "/open/v2/Customer/GetCustomerContacts",
        &format!("{space}&condition={}", encode(r#"{"sys_customername":"胡效鑫1"}"#)),
    )["ResultValue"]
        .as_array()
        .expect("rows")
        .clone();
    assert!(contacts.iter().any(|contact| contact["IsMain"] == true && contact["Name"] == "胡效鑫1"));
    assert!(contacts.iter().all(|contact| contact["Gender"].is_u64()));
}

#[test]
fn the_catalogue_answers_in_each_endpoints_documented_shape() {
    let sandbox = start();
    let base = sandbox.url();
    let token = eshouhou_token(&base);
    let root =
        eshouhou_get(&base, &token, "/api/CustomerService/GetCategoryAndProductList", "categoryId=0&queryType=1");
    assert_eq!(root["ResultValue"]["ID"], "1");
    assert_eq!(root["ResultValue"]["Name"], "家电");
    assert!(
        root["ResultValue"]["Category"]
            .as_array()
            .expect("categories")
            .iter()
            .any(|category| category["Name"] == "净水设备")
    );
    let products = root["ResultValue"]["Product"].as_array().expect("products");
    assert!(products.iter().any(|product| product["Name"] == "家电5" && product["Code"] == "PD00000006"));
    let only_categories =
        eshouhou_get(&base, &token, "/api/CustomerService/GetCategoryAndProductList", "categoryId=0&queryType=2");
    assert_eq!(only_categories["ResultValue"]["Product"], serde_json::json!([]));

    let found = eshouhou_get(
        &base,
        &token,
        "/api/CustomerService/SearchProductList",
        &format!("searchKey={}", encode("海尔洗衣机")),
    );
    let washer = &found["ResultValue"][0];
    assert_eq!(washer["ID"], "69");
    assert_eq!(washer["Code"], "PD00000020");
    assert!(washer["WarrantyPeriod"].is_u64() && washer["WarrantyPeriodName"].is_string());

    let listed = eshouhou_get(
        &base,
        &token,
        "/open/v2/Basic/GetProducts",
        &format!("serviceSpaceId={ESHOUHOU_SERVICE_SPACE_ID}"),
    );
    assert_eq!(listed["ResultValue"].as_array().expect("rows").len(), 10);
    assert!(listed["ResultValue"][0].get("ID").is_none());
    assert!(listed["ResultValue"][0]["Count"].is_u64());

    let searched = eshouhou_get(
        &base,
        &token,
        "/api/CustomerService/SearchAccessoryList",
        &format!("searchKey={}", encode("晶智塑料出水管")),
    );
    assert_eq!(searched["ResultValue"][0]["Code"], "9320460001");
    assert!(searched["ResultValue"][0]["IsCharged"].is_string());
    assert!(searched["ResultValue"][0]["WarrantyPeriod"].is_string());
    let parts = eshouhou_get(&base, &token, "/open/v2/Basic/GetAccessories", "pageSize=3");
    assert!(parts["ResultValue"][0]["IsCharged"].is_boolean() && parts["ResultValue"][0]["IsDeleted"].is_boolean());
}

#[test]
fn unknown_paths_and_other_verbs_get_asp_net_errors() {
    let sandbox = start();
    let base = sandbox.url();
    assert_eq!(client::get(&base, "/api/CustomerService/Nope").status, 404);
    let posted = client::send(&base, "POST", "/api/CustomerService/GetServiceSpace", &[], "");
    assert_eq!(posted.status, 405);
    assert!(posted.text().contains("POST"));
    let mixed_case = client::get(&base, "/API/customerservice/getservicespace");
    assert_eq!(mixed_case.json()["ErrorMsg"], "access_token不能为空");
}
