//! The pages around the after-sales desk: customers, contacts, follow-ups, projects, contracts,
//! shipments, stock, products and the org, families A, B and C. Every write is read back.

use serde_json::{Map, Value, json};

use crate::client;
use crate::{bill_fields, start, table_rows, zhibang_page, zhibang_session};

const CUSTOMER: &str = "/sysa/mobilephone/salesmanage/custom/add.asp";
const CUSTOMERS: &str = "/sysa/mobilephone/salesmanage/custom/list.asp";
const CONTACT: &str = "/sysa/mobilephone/salesmanage/person/add.asp";
const CONTACTS: &str = "/sysa/mobilephone/salesmanage/person/list.asp";
const REPLY: &str = "/sysa/mobilephone/systemmanage/reply.asp";
const LINES: &str = "/sysa/mobilephone/salesmanage/contract/contractlist.asp";
const CONTRACTS: &str = "/sysa/mobilephone/salesmanage/contract/billlist.asp";

fn message(answer: &Value) -> String {
    assert_eq!(answer["body"]["model"], "message", "{answer}");
    answer["body"]["message"]["text"].as_str().expect("text").to_owned()
}

fn text<'a>(row: &'a Map<String, Value>, id: &str) -> &'a str {
    row[id].as_str().unwrap_or_else(|| panic!("{id} in {row:?}"))
}

struct Desk {
    base: String,
    session: String,
}

impl Desk {
    fn page(&self, path: &str, cmdkey: &str, datas: &[(&str, Value)]) -> Value {
        zhibang_page(&self.base, &self.session, path, cmdkey, datas)
    }

    fn rows(&self, path: &str, datas: &[(&str, Value)]) -> Vec<Map<String, Value>> {
        let mut datas = datas.to_vec();
        datas.push(("pagesize", json!(1000)));
        table_rows(&self.page(path, "refresh", &datas))
    }

    fn web(&self, path: &str, body: &Value) -> Value {
        let headers = [("Content-Type", "application/json"), ("ZBAPI-Token", self.session.as_str())];
        client::send(&self.base, "POST", path, &headers, &body.to_string()).json()
    }

    fn handler(&self, path: &str) -> Value {
        client::post_json(&self.base, path, &json!({"Token": self.session, "Datas": ""})).json()
    }
}

fn desk(sandbox: &aftersales_sandbox::Sandbox) -> Desk {
    let base = sandbox.url();
    let session = zhibang_session(&base, "desk1");
    Desk { base, session }
}

#[test]
fn a_person_customer_is_allocated_saved_and_read_back_with_contact_and_follow_up() {
    let sandbox = start();
    let desk = desk(&sandbox);
    let allocated = desk.page(CUSTOMER, "", &[("intsort", json!(2))]);
    let ord = allocated["body"]["bill"]["value"].as_str().expect("new id").to_owned();
    assert_eq!(ord, "2501");
    assert_eq!(bill_fields(&allocated)["khid"]["value"], "KH000501");

    let refused = desk.page(&format!("{CUSTOMER}?intsort=2"), "__sys_dosave", &[("ord", json!(ord))]);
    assert_eq!(message(&refused), "客户名称不能为空！");
    let refused =
        desk.page(&format!("{CUSTOMER}?intsort=2"), "__sys_dosave", &[("ord", json!(0)), ("name", json!("x"))]);
    assert_eq!(message(&refused), "客户ID无效，请先分配新客户ID，不能保存！");
    let saved = desk.page(
        &format!("{CUSTOMER}?intsort=2"),
        "__sys_dosave",
        &[
            ("ord", json!(ord)),
            ("name", json!("王建国")),
            ("sort1", json!(231)),
            ("mobile", json!("13800138000")),
            ("area", json!(110105)),
        ],
    );
    assert_eq!(message(&saved), "保存成功！");
    let again = desk.page(
        &format!("{CUSTOMER}?intsort=1"),
        "__sys_dosave",
        &[("ord", json!(2001)), ("name", json!("王建国")), ("sort1", json!(231)), ("person_name", json!("x"))],
    );
    assert_eq!(message(&again), "客户名称已存在，不能保存！");

    let listed = desk.rows(CUSTOMERS, &[("name", json!("王建国"))]);
    assert_eq!(listed.len(), 1);
    assert_eq!(text(&listed[0], "ord"), ord);
    assert_eq!(text(&listed[0], "area"), "北京市-北京市-朝阳区");

    let contact = desk.page(
        CONTACT,
        "__sys_dosave",
        &[("company", json!(ord)), ("person_name", json!("王小明")), ("mobile", json!("13900139000"))],
    );
    assert_eq!(message(&contact), "保存成功！");
    let contacts = desk.rows(CONTACTS, &[("company", json!(ord))]);
    let names: Vec<&str> = contacts.iter().map(|row| text(row, "person_name")).collect();
    assert_eq!(names, ["王小明", "王建国"], "the person customer is their own contact");
    let contact_ord = text(&contacts[0], "ord").to_owned();
    let detail = desk.page(&format!("{CONTACT}?edit=1"), "", &[("ord", json!(contact_ord))]);
    assert_eq!(bill_fields(&detail)["company"]["value"], ord);

    let follow_up =
        |datas: &[(&str, Value)]| message(&desk.page(&format!("{REPLY}?datatype=tel"), "__sys_dosave", datas));
    assert_eq!(follow_up(&[("ord", json!(ord)), ("intro", json!("106")), ("sort", json!(481))]), "日程类型不能为空！");
    assert_eq!(
        follow_up(&[("ord", json!(ord)), ("intro", json!("106")), ("sort", json!(481)), ("plantype", json!(2))]),
        "开始时间不能为空！"
    );
    assert_eq!(
        follow_up(&[
            ("ord", json!(ord)),
            ("intro", json!("x")),
            ("sort", json!(481)),
            ("plantype", json!(0)),
            ("lead", json!(7001))
        ]),
        "关联联系人不存在，不能保存！"
    );
    assert_eq!(
        follow_up(&[
            ("ord", json!(ord)),
            ("intro", json!("106")),
            ("sort", json!(483)),
            ("plantype", json!(0)),
            ("lead", json!(contact_ord))
        ]),
        "保存成功！"
    );
    let bill = desk.page(&format!("{CUSTOMER}?edit=1"), "", &[("ord", json!(ord))]);
    let fields = bill_fields(&bill);
    assert_eq!(fields["intsort"]["value"], "2");
    let replies = &fields["reply"]["source"]["table"]["rows"];
    assert_eq!(replies[0][3], "谈的很好，让发合同。", "a template id is stored as its text");
    assert_eq!(replies[0][2], "拜访");
}

#[test]
fn customer_ownership_commands_change_the_lists() {
    let sandbox = start();
    let desk = desk(&sandbox);
    let pool = |stype: u32| desk.rows(CUSTOMERS, &[("stype", json!(stype))]);
    let in_pool = pool(1).len();
    assert_eq!(in_pool, 20);
    let taken = message(&desk.page("/sysa/mobilephone/salesmanage/custom/takeback.asp", "", &[("ord", json!(2001))]));
    assert_eq!(taken, "收回成功！");
    assert_eq!(pool(1).len(), in_pool + 1);
    let again = message(&desk.page("/sysa/mobilephone/salesmanage/custom/takeback.asp", "", &[("ord", json!(2001))]));
    assert_eq!(again, "该客户已在客户池中，收回失败！");
    assert_eq!(
        message(&desk.page("/sysa/mobilephone/salesmanage/custom/apply.asp", "", &[("ord", json!(2001))])),
        "申请成功，请等待审批！"
    );
    assert!(pool(2).iter().any(|row| text(row, "ord") == "2001"));
    let approve = desk.page(
        "/sysa/mobilephone/salesmanage/custom/approve.asp?__msgid=onsave",
        "onsave",
        &[("ord", json!(2001)), ("blset", json!(1))],
    );
    assert_eq!(message(&approve), "审批成功！");
    assert!(!pool(1).iter().any(|row| text(row, "ord") == "2001"));
    let review = desk.page(
        "/sysa/mobilephone/salesmanage/custom/approve_set.asp",
        "__sys_dosave",
        &[("ord", json!(2001)), ("jg", json!(1))],
    );
    assert_eq!(message(&review), "该客户没有待审批的申请，审批失败！");

    let protect =
        |msgid: &str| message(&desk.page(&format!("{CUSTOMER}?__msgid={msgid}"), msgid, &[("ord", json!(2002))]));
    assert_eq!(protect("profect"), "保护成功！");
    assert!(pool(3).iter().any(|row| text(row, "ord") == "2002"));
    assert_eq!(protect("profect"), "该客户已被保护，保护失败！");
    assert_eq!(protect("unprofect"), "放弃保护成功！");

    let share = desk.page(
        "/sysa/mobilephone/salesmanage/custom/share.asp",
        "__sys_dosave",
        &[
            ("ord", json!(2003)),
            ("member1", json!(0)),
            ("sharecontact", json!(1)),
            ("replyshare", json!(1)),
            ("chanceshare", json!(0)),
            ("contractshare", json!(0)),
        ],
    );
    assert_eq!(message(&share), "共享用户不能为空！");
    let share = desk.page(
        "/sysa/mobilephone/salesmanage/custom/share.asp",
        "__sys_dosave",
        &[
            ("ord", json!(2003)),
            ("member1", json!(0)),
            ("member2", json!("81,62")),
            ("sharecontact", json!(1)),
            ("replyshare", json!(1)),
            ("chanceshare", json!(0)),
            ("contractshare", json!(0)),
        ],
    );
    assert_eq!(message(&share), "共享用户无效，不能保存！", "81 is an account, not staff");
    let share = desk.page(
        "/sysa/mobilephone/salesmanage/custom/share.asp",
        "__sys_dosave",
        &[
            ("ord", json!(2003)),
            ("member1", json!(1)),
            ("sharecontact", json!(1)),
            ("replyshare", json!(1)),
            ("chanceshare", json!(0)),
            ("contractshare", json!(0)),
        ],
    );
    assert_eq!(message(&share), "共享成功！");
    assert!(pool(5).iter().any(|row| text(row, "ord") == "2003"));

    let assign = desk.page(
        "/sysa/mobilephone/systemmanage/order.asp?datatype=tel",
        "__sys_dosave",
        &[("ord", json!(2004)), ("member1", json!(0)), ("member2", json!(70))],
    );
    assert_eq!(message(&assign), "指派成功！");
    let row = desk.rows(CUSTOMERS, &[("telord", json!(2004))]);
    assert_eq!(text(&row[0], "cateid"), "吴丽");
}

#[test]
fn contracts_take_the_pending_lines_and_numbers_stay_unique() {
    let sandbox = start();
    let desk = desk(&sandbox);
    let add = |product: u64, number: &str| {
        message(&desk.page(
            &format!("{LINES}?__msgid=addtocontract"),
            "addtocontract",
            &[("ord", json!(product)), ("num1", json!(number)), ("company", json!(2001))],
        ))
    };
    assert_eq!(add(8001, "2"), "加入合同成功！");
    assert_eq!(add(8002, "1"), "加入合同成功！");
    assert_eq!(add(9999, "1"), "该产品不存在或已被删除，加入失败！");
    let lines = desk.rows(LINES, &[]);
    assert_eq!(lines.len(), 2);
    let first = text(&lines[0], "id").to_owned();
    let deleted =
        desk.page(&format!("{LINES}?__msgid=delete&batch=0"), "delete", &[("batch", json!(0)), ("id", json!(first))]);
    assert_eq!(message(&deleted), "删除成功！");
    assert_eq!(desk.rows(LINES, &[]).len(), 1);
    let units = desk.page(
        "/sysa/mobilephone/salesmanage/contract/unitchange.asp?ord=0&__unit=0&company=0",
        "",
        &[("ord", json!(8001))],
    );
    assert_eq!(bill_fields(&units)["unit"]["source"]["options"][0]["n"], "台");

    let contract = |number: &str| {
        desk.page(
            "/sysa/mobilephone/salesmanage/contract/add.asp",
            "__sys_dosave",
            &[
                ("company", json!(2001)),
                ("htid", json!(number)),
                ("title", json!("滤芯年度供应合同")),
                ("date3", json!("2025-07-01")),
                ("date1", json!("2025-07-01")),
                ("sort", json!(192)),
                ("bz", json!(14)),
                ("premoney", json!("1,200.00")),
                ("yhvalue", json!(0)),
                ("money1", json!("1200")),
                ("fqhk", json!(0)),
                ("invoicePlan", json!(1)),
                ("invoiceMode", json!(2)),
            ],
        )
    };
    assert_eq!(message(&contract("HT-DESK-1")), "保存成功！");
    assert!(desk.rows(LINES, &[]).is_empty(), "the save took the pending lines");
    assert_eq!(message(&contract("HT-DESK-1")), "合同编号已被使用，不能保存！");
    let listed = desk.rows(CONTRACTS, &[("htbh", json!("HT-DESK-1"))]);
    assert_eq!(text(&listed[0], "spzt"), "待审批");
    assert_eq!(text(&listed[0], "moneyall"), "1,200.00");
    let ord = text(&listed[0], "ord").to_owned();

    let detail = desk.web("/webapi/v3/sales/contract/detail", &json!({"ord": ord}));
    assert_eq!(detail["Code"], 200);
    assert_eq!(detail["Data"]["Htid"], "HT-DESK-1");
    assert_eq!(detail["Data"]["contractlist"].as_array().map(Vec::len), Some(1));
    let stages = desk.web("/webapi/v3/sales/contract/approve/approveStageList/detail", &json!({"ord": ord}));
    assert_eq!(stages["Data"][0]["StageID"], "1");
    let approved = desk.web(
        "/webapi/v3/sales/contract/approve/edit",
        &json!({"ord": ord, "approveResult": "1", "approveMessage": "同意"}),
    );
    assert_eq!(approved, json!({"Code": 200, "Msg": "审批成功"}));
    let again = desk.web(
        "/webapi/v3/sales/contract/approve/edit",
        &json!({"ord": ord, "approveResult": "1", "approveMessage": "同意"}),
    );
    assert_eq!(again["Code"], 300);
    assert_eq!(desk.web("/webapi/v3/sales/contract/detail", &json!({"ord": ord}))["Data"]["SpStatus"], "审批通过");

    let v3 = desk.web(
        "/webapi/v3/sale/contract/add",
        &json!({"Title": "空调维保合同", "HTId": "HT-DESK-2", "CompanyName": listed[0]["khmc"], "SignDate": "2025-07-02",
                "BeginDate": "2025-07-02", "SortName": "技术服务", "Currency": "人民币", "AutoCreateType": 0, "StatusName": "生效执行中",
                "PaymentStatus": 0, "PaybackMode": 1, "InvoiceStatus": 1, "InvoiceMode": 2,
                "contractList": [{"ProductName": "x", "ProductCode": "CP000001", "productUnitName": "台", "InvoiceTypeName": "增值税普通发票",
                                  "Num": 2, "Discount": 1, "TaxRate": 13, "Price": 300.5, "IsTax": 1}]}),
    );
    assert_eq!(v3, json!({"Code": 200, "Msg": "添加成功"}));
    let listed = desk.rows(CONTRACTS, &[("htbh", json!("HT-DESK-2"))]);
    assert_eq!(text(&listed[0], "moneyall"), "601.00");
}

#[test]
fn projects_approve_and_follow_up() {
    let sandbox = start();
    let desk = desk(&sandbox);
    let pending = desk.rows("/sysa/mobilephone/salesmanage/chance/list.asp", &[("stype", json!(1))]);
    assert_eq!(pending.len(), 50);
    let ord = text(&pending[0], "ord").to_owned();
    let approve = |datas: &[(&str, Value)]| {
        message(&desk.page("/sysa/mobilephone/systemmanage/approve.asp?dtype=25", "__sys_dosave", datas))
    };
    assert_eq!(approve(&[("ord", json!(ord)), ("@__sp_result", json!(1))]), "审批金额不能为空！");
    assert_eq!(
        approve(&[("ord", json!(ord)), ("@__sp_result", json!(3)), ("@__sp_money", json!(1))]),
        "审批结果无效，不能保存！"
    );
    assert_eq!(
        approve(&[("ord", json!(ord)), ("@__sp_result", json!(1)), ("@__sp_money", json!("88000"))]),
        "审批成功！"
    );
    assert_eq!(
        approve(&[("ord", json!(ord)), ("@__sp_result", json!(1)), ("@__sp_money", json!("1"))]),
        "该项目无需审批或已审批，审批失败！"
    );
    let reply = desk.page(
        &format!("{REPLY}?datatype=chance"),
        "__sys_dosave",
        &[("ord", json!(ord)), ("intro", json!("客户要求报价。")), ("sort", json!(482)), ("plantype", json!(0))],
    );
    assert_eq!(message(&reply), "保存成功！");
    let bill = desk.page("/sysa/mobilephone/salesmanage/chance/add.asp", "", &[("ord", json!(ord))]);
    let fields = bill_fields(&bill);
    assert_eq!(fields["spzt"]["text"], "审批通过");
    assert_eq!(fields["money"]["value"], "88000.00");
    assert_eq!(fields["reply"]["source"]["table"]["rows"][0][3], "客户要求报价。");
}

#[test]
fn shipments_stock_and_family_c_lists() {
    let sandbox = start();
    let desk = desk(&sandbox);
    let unsent = desk.rows("/sysa/mobilephone/storemanage/sent/list.asp", &[("stype", json!(1))]);
    assert_eq!(unsent.len(), 80);
    assert!(unsent.iter().all(|row| text(row, "dateSF").is_empty()));
    let of_contract = desk.rows(
        "/sysa/mobilephone/storemanage/sent/list.asp",
        &[("datatype", json!("contract")), ("ord", json!(40_002))],
    );
    let ord = text(&of_contract[0], "ord").to_owned();
    let bill = desk.page("/sysa/mobilephone/storemanage/sent/detail.asp", "", &[("ord", json!(ord))]);
    assert_eq!(bill_fields(&bill)["contract"]["value"], "40002");
    let lines = desk.rows("/sysa/mobilephone/storemanage/sent/moresendlist.asp", &[("ord", json!(ord))]);
    assert!(!lines.is_empty());

    let stock = desk
        .rows("/sysa/mobilephone/storemanage/store/list.asp", &[("dataType", json!("product")), ("ord", json!(8001))]);
    assert_eq!(stock.len(), 2, "appliance 8001 lies in 成品仓 and 北京备件库");
    let record =
        desk.page("/sysa/mobilephone/storemanage/store/content.asp", "", &[("ord", json!(text(&stock[0], "ord")))]);
    assert_eq!(bill_fields(&record)["ck"]["text"], "总仓/成品仓");

    let details = desk.web("/webapi/v3/store/inventory/InventoryDetails", &json!({"cks": 21, "page_size": 5}));
    assert_eq!(details["Page"]["PageSize"], 5);
    assert!(details["Rows"].as_array().is_some_and(|rows| rows.iter().all(|row| row[13] == "北京备件库")));
    assert_eq!(details["Cols"][6], json!({"id": "Num2", "dbtype": "decimal"}));
    let summary = desk.web("/webapi/v3/store/inventory/InventorySummary", &json!({"title": "滤芯"}));
    assert!(summary["Page"]["RecordCount"].as_u64().is_some_and(|count| count > 0));
    let structure = desk.web("/webapi/v3/store/WareHouseStructList", &json!({}));
    assert_eq!(structure["Rows"][1][6], "总仓/成品仓");
    let locations =
        desk.web("/webapi/v3/uview/stock/Pages/WareHouse/SettingApiList", &json!({"Store": 11, "Status": "1"}));
    assert_eq!(locations["Page"]["RecordCount"], 1);

    let warehouses = desk.handler("/webapi/api/ZBServices/webapi/Store/Stock/StockHandler/GetWarehouses");
    assert_eq!(warehouses["flag"], true);
    assert_eq!(warehouses["datas"][0], json!({"ID": 11, "Name": "成品仓"}));
    let units = desk.handler("/webapi/api/ZBServices/webapi/Sales/Product/ProductHandler/GetProductUnitLists");
    assert_eq!(units["datas"][0], json!({"ID": 1, "Name": "台"}));
    let invoices = desk.handler("/webapi/api/ZBServices/webapi/Sales/Product/ProductHandler/GetInvoiceTypesLists");
    assert_eq!(invoices["datas"].as_array().map(Vec::len), Some(4));
    let refused = client::post_json(
        &desk.base,
        "/webapi/api/ZBServices/webapi/Store/Stock/StockHandler/GetWarehouses",
        &json!({"Token": "nope"}),
    )
    .json();
    assert_eq!((refused["flag"].clone(), refused["code"].clone()), (json!(false), json!(400)));
}

#[test]
fn org_customer_and_product_writes_of_the_web_api_are_read_back() {
    let sandbox = start();
    let desk = desk(&sandbox);
    let added = desk.web("/webapi/v3/orgs/dept/add", &json!({"name": "维修中心", "pid": 2}));
    assert_eq!(added, json!({"Code": 200, "Msg": "添加成功"}));
    let departments = desk.web("/webapi/v3/orgs/dept/list", &json!({"orgsname": "维修中心"}));
    let node = departments["Rows"][0].clone();
    assert_eq!(node[3], "智邦国际演示公司/售后服务部/维修中心");
    let id = node[0].clone();
    let loop_edit = desk.web("/webapi/v3/orgs/dept/edit", &json!({"ord": 2, "name": "售后服务部", "pid": id}));
    assert_eq!(loop_edit["Code"], 300);
    assert_eq!(
        desk.web("/webapi/v3/orgs/dept/edit", &json!({"ord": id, "name": "维修中心", "pid": 1, "intro": "返厂维修"}))["Code"],
        200
    );
    assert_eq!(desk.web("/webapi/v3/orgs/dept/detail", &json!({"ord": id}))["Data"]["intro"], "返厂维修");

    let user = json!({"Name": "钱多多", "Orgsid": id, "WorkPosition": 939, "Username": "qianduoduo", "Pw": "p1", "ConfirmPassword": "p2", "QxTemplate": -1});
    assert_eq!(desk.web("/webapi/v3/orgs/user/add", &user)["Msg"], "两次输入的密码不一致");
    let mut user = user;
    user["ConfirmPassword"] = json!("p1");
    assert_eq!(desk.web("/webapi/v3/orgs/user/add", &user)["Code"], 200);
    assert_eq!(desk.web("/webapi/v3/orgs/user/add", &user)["Msg"], "用户名已存在");
    let listed = desk.web("/webapi/v3/orgs/user/list", &json!({"username": "qianduoduo"}));
    let ord = listed["Rows"][0][0].as_str().expect("ord").to_owned();
    let detail = desk.web("/webapi/v3/orgs/user/detail", &json!({"ord": ord}));
    assert_eq!((detail["Data"]["Name"].clone(), detail["Data"]["Pw"].clone()), (json!("钱多多"), json!("******")));
    assert_eq!(desk.web("/webapi/v3/orgs/user/delete", &json!({"ord": 81}))["Code"], 300);
    assert_eq!(desk.web("/webapi/v3/orgs/user/delete", &json!({"ord": ord}))["Code"], 200);
    assert_eq!(desk.web("/webapi/v3/orgs/user/list", &json!({"username": "qianduoduo"}))["Rows"], json!([]));

    let customer = json!({"sort2": 1, "name": "杭州新视界眼镜有限公司", "sort": "意向客户", "sort1": "初步接触", "area": "西湖区",
                          "person_name": "周一", "mobile": "13700137000", "cateName": "吴丽"});
    assert_eq!(desk.web("/webapi/v3/sales/customer/add", &customer), json!({"Code": 200, "Msg": "添加成功"}));
    assert_eq!(desk.web("/webapi/v3/sales/customer/add", &customer)["Msg"], "客户名称已存在");
    let rows = desk.rows(CUSTOMERS, &[("name", json!("新视界"))]);
    assert_eq!((text(&rows[0], "telsort"), text(&rows[0], "cateid")), ("意向客户", "吴丽"));
    let mut edit = customer.clone();
    edit["ord"] = json!(text(&rows[0], "ord"));
    edit["address"] = json!("文三路1号");
    assert_eq!(desk.web("/webapi/v3/sales/customer/edit", &edit)["Code"], 200);
    assert_eq!(desk.rows(CUSTOMERS, &[("address", json!("文三路1号"))]).len(), 1);

    let product =
        json!({"Title": "净水器前置过滤器", "Sort1": 21, "CanOutStore": 1, "Roles": "3", "PriceMode": 0, "Unitjb": 3});
    assert_eq!(desk.web("/webapi/v3/store/product/add", &product)["Code"], 200);
    let products = desk.rows("/sysa/mobilephone/salesmanage/product/billlist.asp", &[("cpname", json!("前置过滤器"))]);
    let product_ord = text(&products[0], "ord").to_owned();
    assert_eq!(desk.web("/webapi/v3/store/product/edit", &json!({"ord": product_ord, "Model": "QZ-100"}))["Code"], 200);
    let bill = desk.page("/sysa/mobilephone/salesmanage/product/billservice.asp", "", &[("ord", json!(product_ord))]);
    assert_eq!(bill_fields(&bill)["cpxh"]["text"], "QZ-100");
    let batch = desk.web(
        "/webapi/v3/store/productbatch/add",
        &json!({"productlvw": [product.clone(), {"Title": "", "Sort1": 21}]}),
    );
    assert_eq!(batch["Msg"], "第2行产品名称不能为空");
}
