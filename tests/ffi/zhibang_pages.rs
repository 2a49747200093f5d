//! The Zhibang pages around the desk through the C ABI: every page of the vendor's parameter tables is in
//! the catalogue, every one answers against the sandbox through its own exported function, and the
//! after-sales flow of a desk runs end to end.

use std::collections::HashMap;
use std::time::Duration;

use aftersales_sandbox::{Fault, FaultKind};
use serde_json::{Value, json};

use crate::common::{Client, catalogue, failed, ok, sandbox};

/// The vendor's tables, copied from `../shared/vendors/zhibang-api-tables.json` (the repository must
/// build without the shared folder).
const TABLES: &str = include_str!("../data/zhibang-api-tables.json");

fn endpoints() -> Vec<Value> {
    catalogue()["endpoints"]
        .as_array()
        .expect("endpoints")
        .iter()
        .filter(|endpoint| endpoint["provider"] == "zhibang")
        .cloned()
        .collect()
}

fn split(path: &str) -> (String, Vec<(String, String)>) {
    let (base, query) = path.split_once('?').unwrap_or((path, ""));
    let pairs = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (key.to_owned(), value.to_owned())
        })
        .collect();
    (base.to_ascii_lowercase(), pairs)
}

/// A page of the tables is covered by an endpoint with the same path, or by one whose path is the same
/// page and which takes the page's query values as parameters (the pickers the help lists apart).
fn covers(endpoint: &Value, page: &str) -> bool {
    let path = endpoint["path"].as_str().expect("path");
    if path == page {
        return true;
    }
    let (base, query) = split(page);
    let (own_base, own_query) = split(path);
    let params: Vec<&str> =
        endpoint["params"].as_array().expect("params").iter().filter_map(|param| param["name"].as_str()).collect();
    base == own_base
        && own_query.iter().all(|pair| query.contains(pair))
        && query
            .iter()
            .all(|(key, value)| own_query.contains(&(key.clone(), value.clone())) || params.contains(&key.as_str()))
}

#[test]
fn every_page_of_the_vendor_tables_is_an_endpoint() {
    let tables: Value = serde_json::from_str(TABLES).expect("the tables are JSON");
    let pages = tables["apis"].as_array().expect("apis");
    assert_eq!(pages.len(), 74);
    let endpoints = endpoints();
    let missing: Vec<&str> = pages
        .iter()
        .map(|page| page["path"].as_str().expect("path"))
        .filter(|page| !endpoints.iter().any(|endpoint| covers(endpoint, page)))
        .collect();
    assert!(missing.is_empty(), "pages without an endpoint: {missing:?}");
    let listed: Vec<&str> = endpoints.iter().filter_map(|endpoint| endpoint["path"].as_str()).collect();
    assert!(listed.contains(&"/sysa/mobilephone/salesmanage/custom/list.asp"), "the customer picker is customer_list");
}

#[test]
fn the_documented_parameters_and_limits_are_the_vendors() {
    let tables: Value = serde_json::from_str(TABLES).expect("the tables are JSON");
    let endpoints = endpoints();
    let by_path: HashMap<&str, &Value> =
        endpoints.iter().map(|endpoint| (endpoint["path"].as_str().expect("path"), endpoint)).collect();
    let mut checked = 0;
    for page in tables["apis"].as_array().expect("apis") {
        let Some(endpoint) = by_path.get(page["path"].as_str().expect("path")) else { continue };
        // The help lists a list's line fields flat, after the list itself.
        let mut fields = endpoint["params"].clone();
        for documented in page["request_params"].as_array().expect("params") {
            let name = documented["name"].as_str().expect("name");
            let description = documented["description"].as_str().unwrap_or_default();
            let Some(param) = fields.as_array().expect("params").iter().find(|param| param["name"] == name).cloned()
            else {
                continue;
            };
            if documented["type"] == "list" {
                fields = param["keys"].clone();
            }
            checked += 1;
            if let Some(limit) = description.split("字以内").next().filter(|_| description.contains("字以内")) {
                let digits: String = limit.chars().rev().take_while(char::is_ascii_digit).collect();
                let limit: u64 = digits.chars().rev().collect::<String>().parse().expect("a limit");
                assert_eq!(param["max_length"], json!(limit), "{}.{name}", endpoint["name"]);
            }
            if description.contains("999999999以内") {
                assert_eq!(param["type"], "decimal", "{}.{name}", endpoint["name"]);
                assert_eq!(param["range"][1], json!(999_999_999), "{}.{name}", endpoint["name"]);
            }
        }
    }
    assert!(checked > 300, "only {checked} parameters matched");
}

fn first_row(client: &Client, endpoint: &str, params: Value) -> Value {
    let data = ok(client.endpoint(endpoint, &params))["data"].clone();
    data["rows"][0].clone()
}

fn text_of(value: &Value) -> String {
    value.as_str().map_or_else(|| value.to_string(), str::to_owned)
}

/// A call for each endpoint of the desk pages, with ids read from the sandbox as an integrator would.
pub fn example(client: &Client, endpoint: &str) -> Value {
    let customer = || text_of(&first_row(client, "customer_list", json!({"pagesize": 1}))["ord"]);
    let contract = || text_of(&first_row(client, "contract_list", json!({"pagesize": 1}))["ord"]);
    match endpoint {
        "customer_new_id" => json!({"intsort": 2}),
        "customer_save_company" | "customer_save_person" => {
            let kind = if endpoint == "customer_save_company" { 1 } else { 2 };
            let id = ok(client.endpoint("customer_new_id", &json!({"intsort": kind})))["data"]["id"].clone();
            let mut params =
                json!({"ord": id, "name": format!("示例客户{kind}"), "sort1": "231", "mobile": "13800000000"});
            if kind == 1 {
                params["person_name"] = json!("赵六");
            }
            params
        }
        "customer_add" => {
            json!({"sort2": 1, "name": "示例客户三", "sort": "潜在客户", "sort1": "初步接触", "person_name": "钱七"})
        }
        "customer_edit" => {
            json!({"ord": 2005, "sort2": 1, "name": "示例客户四", "sort": "潜在客户", "sort1": "需求确认", "person_name": "孙八"})
        }
        "customer_assign" => json!({"ord": 2006, "member1": 0, "member2": "70"}),
        "customer_take_back" => json!({"ord": 2007}),
        "customer_apply" => json!({"ord": 2050}),
        "customer_approve" => json!({"ord": 2075, "blset": 1}),
        "customer_review" => json!({"ord": 2125, "jg": 2, "intro": "资料不全"}),
        "customer_share" => {
            json!({"ord": 2008, "member1": 1, "sharecontact": 1, "replyshare": 1, "chanceshare": 0, "contractshare": 0})
        }
        "customer_protect" => json!({"ord": 2009}),
        "customer_unprotect" => json!({"ord": 2008}),
        "contact_save" => json!({"company": customer(), "person_name": "李四", "mobile": "13900000000"}),
        "contact_detail" => json!({"ord": text_of(&first_row(client, "contact_list", json!({"pagesize": 1}))["ord"])}),
        "contact_list" | "project_list" | "contract_list" | "shipment_list" | "stock_list" | "repair_intake_list" => {
            json!({"pagesize": 5})
        }
        "follow_up" => json!({"datatype": "tel", "ord": customer(), "intro": "107", "sort": 481, "plantype": 0}),
        "project_detail" => json!({"ord": text_of(&first_row(client, "project_list", json!({"pagesize": 1}))["ord"])}),
        "project_approve" => {
            let pending = text_of(&first_row(client, "project_list", json!({"stype": 1, "pagesize": 1}))["ord"]);
            json!({"ord": pending, "@__sp_money": "1000", "@__sp_result": 1})
        }
        "contract_line_add" => json!({"ord": 8001, "num1": "2", "company": customer()}),
        "contract_line_list" => {
            ok(client.endpoint("contract_line_add", &json!({"ord": 8002})));
            json!({"pagesize": 5})
        }
        "contract_line_delete" => json!({"batch": "1"}),
        "contract_line_edit" => {
            ok(client.endpoint("contract_line_add", &json!({"ord": 8003})));
            let line = text_of(&first_row(client, "contract_line_list", json!({}))["id"]);
            let amounts = [
                "price1",
                "priceAfterDiscount",
                "priceIncludeTax",
                "priceAfterTaxPre",
                "taxRate",
                "moneyAfterTax",
                "concessions",
                "priceAfterTax",
                "moneyAfterConcessions",
                "money1",
                "taxValue",
                "pricejy",
                "tpricejy",
            ];
            let mut params = json!({"ord": line, "unit": 1, "num1": "3", "discountValue": "100%", "discount": "1", "invoiceType": 1, "jf": 0});
            for name in amounts {
                params[name] = json!("100.00");
            }
            params
        }
        "contract_unit_choices" => json!({"ord": 8001}),
        "contract_save" => {
            json!({"company": customer(), "htid": "HT-FFI-0001", "title": "示例合同", "date3": "2025-07-01",
                                  "date1": "2025-07-01", "sort": 192, "bz": 14, "premoney": "0", "yhvalue": "0", "money1": "0",
                                  "fqhk": 0, "invoicePlan": 1, "invoiceMode": 2})
        }
        "contract_share" => json!({"ord": contract(), "member1": 1}),
        "contract_approve" => {
            let pending = text_of(&first_row(client, "contract_list", json!({"stype": 1, "pagesize": 1}))["ord"]);
            json!({"ord": pending, "@__sp_money": "1000", "@__sp_result": 3})
        }
        "contract_detail" | "contract_approval_stages" => json!({"ord": contract()}),
        "contract_approval_edit" => {
            let pending = text_of(&first_row(client, "contract_list", json!({"stype": 1, "pagesize": 1}))["ord"]);
            json!({"ord": pending, "approveResult": "1", "approveMessage": "同意"})
        }
        "contract_add" => {
            let name = text_of(&first_row(client, "customer_list", json!({"pagesize": 1}))["name"]);
            json!({"Title": "示例维保合同", "HTId": "HT-FFI-0002", "CompanyName": name, "SignDate": "2025-07-01", "BeginDate": "2025-07-01",
                   "SortName": "技术服务", "Currency": "人民币", "AutoCreateType": 0, "StatusName": "生效执行中", "PaymentStatus": 0,
                   "PaybackMode": 1, "InvoiceStatus": 1, "InvoiceMode": 2,
                   "contractList": [{"ProductName": "x", "ProductCode": "CP000001", "productUnitName": "台", "InvoiceTypeName": "增值税普通发票",
                                     "Num": "1", "Discount": "1", "TaxRate": "13", "Price": "199.90", "IsTax": 1}]})
        }
        "shipment_detail" | "shipment_products" => {
            json!({"ord": text_of(&first_row(client, "shipment_list", json!({"pagesize": 1}))["ord"])})
        }
        "stock_detail" => json!({"ord": text_of(&first_row(client, "stock_list", json!({"pagesize": 1}))["ord"])}),
        "inventory_details" | "inventory_summary" | "location_list" | "warehouse_structure" => json!({"page_size": 5}),
        "warehouse_list" | "product_units" | "invoice_types" => json!({}),
        "product_add" => {
            json!({"Title": "示例配件", "Sort1": 22, "CanOutStore": 1, "Roles": "3", "PriceMode": 0, "Unitjb": 3})
        }
        "product_edit" => json!({"ord": 8010, "Model": "X-1"}),
        "product_batch_add" => {
            json!({"productlvw": [{"Title": "示例配件二", "Sort1": 22, "Roles": "3", "PriceMode": 0, "Unitjb": 3}]})
        }
        "dept_add" => json!({"name": "示例部门", "pid": 1}),
        "dept_edit" => json!({"ord": 6, "name": "行政部", "pid": 1, "intro": "示例"}),
        "dept_detail" => json!({"ord": 2}),
        "user_add" => json!({"Name": "示例员工", "Orgsid": 2, "WorkPosition": 939, "Username": "example", "Pw": "pw-1",
                             "ConfirmPassword": "pw-1", "QxTemplate": -1}),
        "user_edit" => {
            json!({"ord": 62, "Name": "王芳", "Orgsid": 2, "WorkPosition": 939, "Username": "wangfang", "Pw": "pw-2",
                              "ConfirmPassword": "pw-2", "QxTemplate": -1})
        }
        "user_delete" => json!({"ord": 80}),
        "user_detail" => json!({"ord": 61}),
        other => panic!("no example call for Zhibang endpoint {other}: add one"),
    }
}

/// The desk's flow: a new person customer, a contact, a service handled, a repair intake picked, a repair
/// saved, a follow-up written, and everything read back.
#[test]
fn the_after_sales_desk_flow_runs_end_to_end() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({}));

    let allocated = ok(client.endpoint("customer_new_id", &json!({"intsort": 2})))["data"].clone();
    let customer = allocated["id"].as_str().expect("a new id").to_owned();
    let number = allocated["values"]["khid"].clone();
    let saved = ok(client.endpoint(
        "customer_save_person",
        &json!({"ord": customer, "name": "周晓梅", "khid": number, "sort1": "231", "mobile": "13812345678", "area": "330106"}),
    ));
    assert_eq!(saved["data"]["outcome"], "succeeded");

    let contact = ok(client.endpoint(
        "contact_save",
        &json!({"company": customer, "person_name": "周晓梅的丈夫", "mobile": "13912345678", "job": "家属"}),
    ));
    assert_eq!(contact["data"]["outcome"], "succeeded");

    let service = first_row(&client, "service_list", json!({"stype": 1, "pagesize": 1}));
    let service_ord = text_of(&service["ord"]);
    let form = ok(client.endpoint("service_handle_form", &json!({"ord": service_ord})))["data"].clone();
    let option = |id: &str| {
        let fields = form["fields"].as_array().expect("fields");
        let field = fields.iter().find(|field| field["id"] == id).expect("field");
        field["options"][0]["value"].clone()
    };
    let handled = ok(client.endpoint(
        "service_handle",
        &json!({"ord": service_ord, "cateid": option("cateid"), "cate": option("cate"), "intro": option("intro"),
                "info1": "上门检测，更换加热管，客户确认。"}),
    ));
    assert_eq!(handled["data"]["outcome"], "succeeded");

    let intake =
        first_row(&client, "repair_intake_list", json!({"datatype": "addDeal", "checktype": "radio", "pagesize": 1}));
    let intake_ord = text_of(&intake["ord"]);
    let repairs_before = intake["repairs"].as_i64().expect("an int column is a number");
    let repair = ok(client.endpoint(
        "repair_save",
        &json!({"title": "热水器加热管更换", "SerialNumber": "WX-DESK-0001", "repair_sl": intake_ord, "ProcessID": 3,
                "num": "1.5", "Cost": "1,280.50", "Summary": "上门更换", "hiddentmp": ""}),
    ));
    assert_eq!(repair["data"]["outcome"], "succeeded");

    let follow_up = ok(client.endpoint(
        "follow_up",
        &json!({"datatype": "tel", "ord": customer, "intro": "回访：热水器已修好，客户满意。", "sort": 481, "plantype": 0}),
    ));
    assert_eq!(follow_up["data"]["outcome"], "succeeded");

    let found = ok(client.endpoint("customer_list", &json!({"name": "周晓梅", "pagesize": ""})))["data"].clone();
    assert_eq!(found["rows"].as_array().map(Vec::len), Some(1));
    assert_eq!(text_of(&found["rows"][0]["ord"]), customer);
    let bill = ok(client.endpoint("customer_detail", &json!({"ord": customer})))["data"].clone();
    assert_eq!(bill["values"]["name"], "周晓梅");
    let fields = bill["fields"].as_array().expect("fields");
    let table =
        |id: &str| fields.iter().find(|field| field["id"] == id).expect("embedded table")["table"]["rows"].clone();
    assert_eq!(table("reply")[0]["intro"], "回访：热水器已修好，客户满意。");
    let persons: Vec<String> =
        table("persons").as_array().expect("rows").iter().map(|row| text_of(&row["person_name"])).collect();
    assert!(persons.contains(&"周晓梅的丈夫".to_owned()), "{persons:?}");
    let contacts = ok(client.endpoint("contact_list", &json!({"company": customer})))["data"]["rows"].clone();
    assert_eq!(contacts.as_array().map(Vec::len), Some(2), "the person and the added contact");

    let detail = ok(client.endpoint("service_detail", &json!({"ord": service_ord})))["data"].clone();
    assert_eq!(detail["values"]["introN"], "上门检测，更换加热管，客户确认。");
    let repairs = ok(client.endpoint("repair_list", &json!({"searchKey": "WX-DESK-0001"})))["data"]["rows"].clone();
    let repair_ord = text_of(&repairs[0]["ord"]);
    let repair_bill = ok(client.endpoint("repair_detail", &json!({"ord": repair_ord})))["data"].clone();
    assert_eq!(repair_bill["values"]["repair_sl"], json!(intake_ord));
    assert_eq!(repair_bill["values"]["Cost"], "1280.50", "a decimal field reads back as an exact decimal");
    let intakes =
        ok(client.endpoint("repair_intake_list", &json!({"searchKey": intake["title"]})))["data"]["rows"].clone();
    assert_eq!(intakes[0]["repairs"], json!(repairs_before + 1), "the intake has one repair more");
}

#[test]
fn writes_refused_in_prose_are_vendor_rejected() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({}));
    let error = failed(
        client.endpoint("customer_save_person", &json!({"ord": 2001, "name": "示例", "sort1": "999"})),
        "vendor_rejected",
    );
    assert_eq!(error["vendor_message"], "客户分类无效，不能保存！");
    let error = failed(
        client.endpoint(
            "customer_add",
            &json!({"sort2": 1, "name": "x", "sort": "没有", "sort1": "初步接触", "person_name": "y"}),
        ),
        "vendor_rejected",
    );
    assert_eq!(error["vendor_message"], "客户分类不存在");
    let error = failed(client.endpoint("user_delete", &json!({"ord": 81})), "vendor_rejected");
    assert_eq!(error["vendor_message"], "不能删除当前登录的账号");
}

#[test]
fn a_web_api_write_is_sent_once_and_an_unknown_outcome_is_reported() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({"timeout_ms": 300, "retries": 3, "retry_backoff_ms": 1}));
    ok(client.endpoint("login", &json!({})));
    let path = "/webapi/v3/sales/customer/add";
    let customer =
        |name: &str| json!({"sort2": 2, "name": name, "sort": "潜在客户", "sort1": "初步接触", "person_name": name});
    sandbox.inject_fault(Fault {
        path_prefix: path.into(),
        kind: FaultKind::DelayAfter(Duration::from_millis(1500)),
        times: 1,
    });
    let unknown = failed(client.endpoint("customer_add", &customer("吴晓晓")), "outcome_unknown");
    assert_eq!(unknown["retryable"], json!(false), "{unknown}");
    assert_eq!(sandbox.stats().requests.get(path).copied(), Some(1), "sent exactly once");
    let added = ok(client.endpoint("customer_list", &json!({"name": "吴晓晓"})))["data"]["rows"].clone();
    assert_eq!(added.as_array().map(Vec::len), Some(1), "the server did it once");

    sandbox.inject_fault(Fault { path_prefix: path.into(), kind: FaultKind::VendorError, times: 1 });
    let error = failed(client.endpoint("customer_add", &customer("郑多多")), "outcome_unknown");
    assert_eq!(error["vendor_code"], json!("500"), "a server error says nothing about whether it was done: {error}");
    assert_eq!(sandbox.stats().requests.get(path).copied(), Some(2));
}

#[test]
fn the_api_helper_handlers_carry_the_session_as_token_and_log_in_again() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({}));
    let units = ok(client.endpoint("product_units", &json!({})))["data"].clone();
    assert_eq!(units["rows"][0], json!({"ID": 1, "Name": "台"}));
    let ids: Vec<&str> =
        units["columns"].as_array().expect("columns").iter().filter_map(|column| column["id"].as_str()).collect();
    assert_eq!(ids, ["ID", "Name"]);
    sandbox.expire_sessions();
    let renewed = ok(client.endpoint("warehouse_list", &json!({})));
    assert_eq!(renewed["meta"]["reauthenticated"], json!(true), "code 400 means log in again");
}

#[test]
fn inferred_entries_say_so_and_name_their_source() {
    let catalogue = catalogue();
    let endpoints = catalogue["endpoints"].as_array().expect("endpoints");
    let inferred: Vec<&str> = endpoints
        .iter()
        .filter(|endpoint| endpoint["documented"] == json!(false))
        .map(|endpoint| endpoint["name"].as_str().expect("name"))
        .collect();
    assert_eq!(
        inferred,
        [
            "get_customer_by_user_name",
            "service_handle_form",
            "staff_list",
            "region_list",
            "enum_options",
            "repair_intake_list"
        ]
    );
    assert!(
        endpoints.iter().all(|endpoint| (endpoint["documented"] == json!(false)) == endpoint["source"].is_string())
    );
    let work_orders = endpoints.iter().find(|endpoint| endpoint["name"] == "get_work_orders").expect("v2 work orders");
    let condition =
        work_orders["params"].as_array().and_then(|params| params.iter().find(|param| param["name"] == "condition"));
    let pendstate =
        condition.and_then(|condition| condition["keys"].as_array()?.iter().find(|key| key["name"] == "pendstate"));
    assert_eq!(pendstate.map(|key| key["documented"].clone()), Some(json!(false)));
}

#[test]
fn the_fidelity_fixes_hold() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({}));
    let departments = ok(client.endpoint("dept_list", &json!({"orgsname": "服务", "page_size": 1})))["data"].clone();
    assert_eq!(departments["page"]["total"], json!(2), "售后服务部 and 上门服务组");
    assert_eq!(departments["rows"].as_array().map(Vec::len), Some(1));
    let error = failed(client.endpoint("user_list", &json!({"orgsid": "sales"})), "invalid_parameter");
    assert_eq!(error["parameter"], json!("orgsid"));
    assert_eq!(
        ok(client.endpoint("user_list", &json!({"orgsid": 3})))["data"]["rows"].as_array().map(Vec::len),
        Some(6)
    );
    let empty = ok(client.endpoint("service_list", &json!({"stype": "", "pagesize": "", "pageindex": ""})));
    assert_eq!(empty["data"]["page"]["size"], json!(20), "empty means not given: the vendor's default");
    let big = ok(client.endpoint("customer_list", &json!({"pagesize": 5000})));
    assert_eq!(big["data"]["rows"].as_array().map(Vec::len), Some(500), "no page-size cap of the library's own");
    let repair = json!({"title": "t", "SerialNumber": "WX-FIX-1", "repair_sl": 5001, "ProcessID": 1, "num": "1", "Cost": "1000000000"});
    assert_eq!(failed(client.endpoint("repair_save", &repair), "invalid_parameter")["parameter"], json!("Cost"));
    let mut repair = repair;
    repair["Cost"] = json!("12.5");
    repair["hiddentmp"] = json!("x".repeat(51));
    assert_eq!(failed(client.endpoint("repair_save", &repair), "value_too_long")["parameter"], json!("hiddentmp"));
    repair["repair_sl"] = json!("5001-A");
    repair["hiddentmp"] = json!("");
    assert_eq!(failed(client.endpoint("repair_save", &repair), "invalid_parameter")["parameter"], json!("repair_sl"));
}
