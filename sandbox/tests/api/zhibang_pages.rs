use std::time::{Duration, Instant};

use aftersales_sandbox::SandboxConfig;
use serde_json::{Value, json};

use crate::client;
use crate::{bill_fields, start, start_with, table_rows, zhibang_page, zhibang_session};

const SERVICES: &str = "/sysa/mobilephone/salesmanage/service/list.asp";
const SERVICE: &str = "/sysa/mobilephone/salesmanage/service/add.asp";
const HANDLE: &str = "/sysa/mobilephone/salesmanage/service/chuli.asp";
const REPAIRS: &str = "/sysa/mobilephone/salesmanage/repair/deallist.asp";
const REPAIR: &str = "/sysa/mobilephone/salesmanage/repair/dealcontent.asp";
const REPAIR_SAVE: &str = "/sysa/mobilephone/salesmanage/repair/dealadd.asp";

fn cell<'a>(row: &'a serde_json::Map<String, Value>, id: &str) -> &'a str {
    row[id].as_str().unwrap_or_else(|| panic!("{id} is not text in {row:?}"))
}

#[test]
fn the_service_list_pages_newest_first_with_page_info() {
    let sandbox = start();
    let base = sandbox.url();
    let session = zhibang_session(&base, "dev1");
    let first = zhibang_page(&base, &session, SERVICES, "refresh", &[("pagesize", json!(50))]);
    assert_eq!(first["header"]["status"], 0);
    assert_eq!(first["body"]["model"], "source");
    assert_eq!(first["body"]["source"]["type_"], "table");
    let page = &first["body"]["source"]["table"]["page"];
    assert_eq!(page["recordcount"], 3000);
    assert_eq!(page["pagesize"], 50);
    assert_eq!(page["pagecount"], 60);
    assert_eq!(page["pageindex"], 1);
    let rows = table_rows(&first);
    assert_eq!(rows.len(), 50);
    assert_eq!(cell(&rows[0], "ord"), "103000");
    assert!(rows.windows(2).all(|pair| cell(&pair[0], "date1") >= cell(&pair[1], "date1")));

    let last =
        zhibang_page(&base, &session, SERVICES, "refresh", &[("pagesize", json!("50")), ("pageindex", json!("60"))]);
    assert_eq!(cell(&table_rows(&last)[49], "ord"), "100001");
    let beyond = zhibang_page(&base, &session, SERVICES, "refresh", &[("pageindex", json!(1000))]);
    assert!(table_rows(&beyond).is_empty());
    let default_page = zhibang_page(&base, &session, SERVICES, "refresh", &[]);
    assert_eq!(table_rows(&default_page).len(), 20);

    let skeleton = zhibang_page(&base, &session, SERVICES, "", &[]);
    assert_eq!(skeleton["body"]["model"], "report");
    assert!(skeleton["body"].get("source").is_none());
}

#[test]
fn a_hundred_thousand_row_table_pages_in_page_sized_time() {
    let sandbox = start_with(SandboxConfig { zhibang_services: 100_000, ..SandboxConfig::default() });
    let base = sandbox.url();
    let session = zhibang_session(&base, "dev1");
    let started = Instant::now();
    for page in [1, 250, 500, 999, 1000] {
        let answer =
            zhibang_page(&base, &session, SERVICES, "refresh", &[("pagesize", json!(100)), ("pageindex", json!(page))]);
        assert_eq!(answer["body"]["source"]["table"]["page"]["recordcount"], 100_000);
        assert_eq!(table_rows(&answer).len(), 100);
    }
    // A full scan per page would take several seconds here even in release builds.
    assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());
}

#[test]
fn service_filters_and_sorting_select_the_matching_rows() {
    let sandbox = start();
    let base = sandbox.url();
    let session = zhibang_session(&base, "dev1");
    let list = |datas: &[(&str, Value)]| {
        let mut datas = datas.to_vec();
        datas.push(("pagesize", json!(5000)));
        table_rows(&zhibang_page(&base, &session, SERVICES, "refresh", &datas))
    };
    let pending = list(&[("stype", json!(1))]);
    assert!(!pending.is_empty() && pending.len() < 3000);
    assert!(pending.iter().all(|row| cell(row, "status") != "已处理"));
    assert_eq!(list(&[("remind", json!("22"))]).len(), pending.len());

    let urgent = list(&[("great1", json!("153"))]);
    assert!(!urgent.is_empty());
    assert!(urgent.iter().all(|row| cell(row, "great1") == "非常紧急"));
    assert!(urgent.iter().any(|row| cell(row, "title").contains("&#8220;加急&#8221;")));

    let customer = cell(&pending[0], "telord").to_owned();
    let by_customer = list(&[("datatype", json!("tel")), ("ord", json!(customer))]);
    assert!(!by_customer.is_empty());
    assert!(by_customer.iter().all(|row| cell(row, "telord") == customer));

    let name = cell(&pending[0], "telname").to_owned();
    let by_name = list(&[("TelName", json!(name))]);
    assert!(by_name.iter().all(|row| cell(row, "telname").contains(&name)));
    let searched = list(&[("searchKey", json!("净水器"))]);
    assert!(!searched.is_empty());
    assert!(
        searched
            .iter()
            .all(|row| { row.values().any(|cell| cell.as_str().is_some_and(|text| text.contains("净水器"))) })
    );

    let newest = list(&[("remind", json!("137"))]);
    assert!(!newest.is_empty() && newest.len() < 3000);
    assert!(newest.iter().all(|row| cell(row, "date1") >= "2025-06-01"));

    let by_handler = list(&[("cateid", json!("61,62"))]);
    assert!(by_handler.iter().all(|row| ["张伟", "王芳"].iter().any(|name| cell(row, "cateid").contains(name))));

    let ascending = list(&[("_rpt_sort", json!("date1"))]);
    assert!(ascending.windows(2).all(|pair| cell(&pair[0], "date1") <= cell(&pair[1], "date1")));
    let by_title = list(&[("stype", json!(1)), ("_rpt_sort", json!("-title"))]);
    assert!(by_title.windows(2).all(|pair| cell(&pair[0], "title") >= cell(&pair[1], "title")));
    let unknown_sort = list(&[("_rpt_sort", json!("-nosuchcolumn"))]);
    assert_eq!(cell(&unknown_sort[0], "ord"), "103000");
}

#[test]
fn the_handling_form_lists_its_fields_and_options() {
    let sandbox = start();
    let base = sandbox.url();
    let session = zhibang_session(&base, "dev1");
    let form = zhibang_page(&base, &session, HANDLE, "", &[("ord", json!("100010"))]);
    assert_eq!(form["body"]["model"], "bill");
    assert_eq!(form["body"]["bill"]["value"], "100010");
    let fields = bill_fields(&form);
    assert_eq!(fields["info1"]["caption"], "处理内容");
    assert_eq!(fields["info1"]["type_"], "textarea");
    assert_eq!(fields["info1"]["maxl"], 4000);
    for (id, caption) in [("cateid", "指派售后"), ("cate", "客户销售人员"), ("intro", "处理结果")] {
        assert_eq!(fields[id]["caption"], caption);
        assert_eq!(fields[id]["type_"], "select");
        assert_eq!(fields[id]["notnull"], true);
        assert_eq!(fields[id]["maxl"], 50);
    }
    let results: Vec<&str> = fields["intro"]["source"]["options"]
        .as_array()
        .expect("options")
        .iter()
        .map(|option| option["v"].as_str().expect("v"))
        .collect();
    assert_eq!(results, ["171", "175", "176"]);
    let staff = fields["cateid"]["source"]["options"].as_array().expect("staff");
    assert_eq!(staff.len(), 20);
    assert_eq!(staff[0], json!({"n": "张伟", "v": "61"}));
}

#[test]
fn handling_a_service_validates_saves_and_shows_in_list_and_detail() {
    let sandbox = start();
    let base = sandbox.url();
    let session = zhibang_session(&base, "dev1");
    let pending = table_rows(&zhibang_page(&base, &session, SERVICES, "refresh", &[("stype", json!(1))]));
    let ord = cell(&pending[0], "ord").to_owned();
    let save = |fields: &[(&str, Value)]| {
        let answer = zhibang_page(&base, &session, HANDLE, "__sys_dosave", fields);
        assert_eq!(answer["header"]["status"], 0);
        assert_eq!(answer["body"]["model"], "message");
        answer["body"]["message"]["text"].as_str().expect("text").to_owned()
    };
    let valid = |ord: &str| {
        vec![
            ("ord", json!(ord)),
            ("cateid", json!("61")),
            ("info1", json!("已上门更换滤芯，客户确认。")),
            ("cate", json!("69")),
            ("intro", json!("171")),
        ]
    };
    let with = |ord: &str, id: &'static str, value: Value| {
        let mut fields = valid(ord);
        fields.retain(|(field, _)| *field != id);
        fields.push((id, value));
        fields
    };
    assert_eq!(save(&valid("999999")), "该售后服务不存在或已被删除，不能保存！");
    assert_eq!(save(&with(&ord, "info1", json!(""))), "处理内容不能为空！");
    assert_eq!(save(&with(&ord, "cateid", json!(""))), "指派售后不能为空！");
    assert_eq!(save(&with(&ord, "cate", json!(" "))), "客户销售人员不能为空！");
    assert_eq!(save(&with(&ord, "intro", json!(""))), "处理结果不能为空！");
    assert_eq!(save(&with(&ord, "intro", json!("999"))), "处理结果无效，不能保存！");
    assert_eq!(save(&with(&ord, "cateid", json!("999"))), "指派人员不存在，保存失败！");
    assert_eq!(save(&with(&ord, "cate", json!("abc"))), "指派人员不存在，保存失败！");
    assert_eq!(save(&with(&ord, "info1", json!("长".repeat(4001)))), "处理内容超出长度限制，不能保存！");
    let untouched = bill_fields(&zhibang_page(&base, &session, SERVICE, "", &[("ord", json!(ord))]));
    assert_ne!(untouched["status"]["text"], "已处理");

    let saved = zhibang_page(&base, &session, HANDLE, "__sys_dosave", &valid(&ord));
    assert_eq!(saved["body"]["message"]["title"], "提示");
    assert_eq!(saved["body"]["message"]["text"], "保存成功！");

    let detail = bill_fields(&zhibang_page(&base, &session, SERVICE, "", &[("ord", json!(ord))]));
    assert_eq!(detail["status"]["text"], "已处理");
    assert_eq!(detail["result1"]["text"], "已解决");
    assert_eq!(detail["result1"]["value"], "171");
    assert_eq!(detail["cateid"]["text"], "张伟");
    assert_eq!(detail["introN"]["text"], "已上门更换滤芯，客户确认。");
    assert_ne!(detail["date2"]["text"], "");
    let listed = table_rows(&zhibang_page(&base, &session, SERVICES, "refresh", &[("introN", json!("客户确认"))]));
    assert_eq!(listed.len(), 1);
    assert_eq!(cell(&listed[0], "ord"), ord);
    assert_eq!(cell(&listed[0], "status"), "已处理");
    assert_eq!(cell(&listed[0], "result1"), "已解决");

    sandbox.reset();
    let after_reset = bill_fields(&zhibang_page(&base, &session, SERVICE, "", &[("ord", json!(ord))]));
    assert_ne!(after_reset["status"]["text"], "已处理");
}

#[test]
fn the_service_detail_is_a_bill_and_an_unknown_one_a_message() {
    let sandbox = start();
    let base = sandbox.url();
    let session = zhibang_session(&base, "dev1");
    let detail = zhibang_page(&base, &session, SERVICE, "", &[("ord", json!(100004))]);
    assert_eq!(detail["body"]["bill"]["value"], "100004");
    let captions: Vec<&str> = detail["body"]["bill"]["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .map(|group| group["caption"].as_str().expect("caption"))
        .collect();
    assert_eq!(captions, ["基本信息", "客户信息", "处理信息"]);
    let fields = bill_fields(&detail);
    assert!(fields["title"]["text"].as_str().expect("title").contains("&#8220;加急&#8221;"));
    assert_eq!(fields["great1"]["value"], "153");
    assert!(fields["telname"]["value"].as_str().expect("customer ord").parse::<u64>().is_ok());
    let missing = zhibang_page(&base, &session, SERVICE, "", &[("ord", json!(42))]);
    assert_eq!(missing["header"]["status"], 0);
    assert_eq!(missing["body"]["model"], "message");
    assert_eq!(missing["body"]["message"]["text"], "该售后服务不存在或已被删除！");
}

#[test]
fn repair_orders_can_be_added_edited_and_are_checked() {
    let sandbox = start();
    let base = sandbox.url();
    let session = zhibang_session(&base, "dev1");
    let repairs = table_rows(&zhibang_page(&base, &session, REPAIRS, "refresh", &[("pagesize", json!(1000))]));
    assert_eq!(repairs.len(), 800);
    let taken_serial = cell(&repairs[5], "SerialNumber").to_owned();
    let fields = |serial: &str, intake: &str| {
        vec![
            ("title", json!("热水器不加热维修")),
            ("SerialNumber", json!(serial)),
            ("repair_sl", json!(intake)),
            ("ProcessID", json!(1)),
            ("Summary", json!("更换加热管")),
            ("num", json!("2")),
            ("Cost", json!("1,280.5")),
            ("hiddentmp", json!("ignored")),
        ]
    };
    let save = |fields: &[(&str, Value)]| {
        zhibang_page(&base, &session, REPAIR_SAVE, "__sys_dosave", fields)["body"]["message"]["text"].clone()
    };
    assert_eq!(save(&fields(&taken_serial, "5001")), "维修单号已被使用，不能保存！");
    assert_eq!(save(&fields("WX-NEW-1", "4999")), "关联受理单不存在，不能保存！");
    assert_eq!(save(&fields("", "5001")), "维修单号不能为空！");
    let mut bad_cost = fields("WX-NEW-1", "5001");
    bad_cost.push(("Cost", json!("a lot")));
    assert_eq!(save(&bad_cost), "维修费用必须是数字，不能保存！");
    assert_eq!(save(&fields("WX-NEW-1", "5001")), "保存成功！");

    let newest = table_rows(&zhibang_page(&base, &session, REPAIRS, "refresh", &[]));
    assert_eq!(cell(&newest[0], "ord"), "30801");
    assert_eq!(cell(&newest[0], "SerialNumber"), "WX-NEW-1");
    assert_eq!(cell(&newest[0], "Cost"), "1,280.50");
    assert_eq!(cell(&newest[0], "num"), "2");
    assert_eq!(save(&fields("WX-NEW-1", "5002")), "维修单号已被使用，不能保存！");

    let mut edit = fields("WX-NEW-1", "5002");
    edit.push(("ord", json!("30801")));
    assert_eq!(save(&edit), "保存成功！");
    let detail = bill_fields(&zhibang_page(&base, &session, REPAIR, "", &[("ord", json!(30801))]));
    assert_eq!(detail["repair_sl"]["value"], "5002");
    assert_eq!(detail["Summary"]["text"], "更换加热管");
    let mut unknown = fields("WX-NEW-2", "5001");
    unknown.push(("ord", json!("99")));
    assert_eq!(save(&unknown), "该维修单不存在或已被删除，不能保存！");
    let pending = table_rows(&zhibang_page(
        &base,
        &session,
        REPAIRS,
        "refresh",
        &[("remind", json!("102")), ("pagesize", json!(1000))],
    ));
    assert!(!pending.is_empty() && pending.len() < 801);
}

#[test]
fn customers_products_and_pickers_answer_their_sources() {
    let sandbox = start();
    let base = sandbox.url();
    let session = zhibang_session(&base, "dev1");
    let customers = zhibang_page(&base, &session, "/sysa/mobilephone/salesmanage/custom/list.asp", "refresh", &[]);
    assert_eq!(customers["body"]["source"]["table"]["page"]["recordcount"], 500);
    let in_beijing = table_rows(&zhibang_page(
        &base,
        &session,
        "/sysa/mobilephone/salesmanage/custom/list.asp",
        "refresh",
        &[("area", json!("110000")), ("pagesize", json!(500))],
    ));
    assert!(!in_beijing.is_empty() && in_beijing.len() < 500);
    assert!(in_beijing.iter().all(|row| cell(row, "area").starts_with("北京市-")));
    let customer = zhibang_page(
        &base,
        &session,
        "/sysa/mobilephone/salesmanage/custom/add.asp?edit=1",
        "",
        &[("ord", json!(2001))],
    );
    assert_eq!(customer["body"]["bill"]["value"], "2001");
    assert!(bill_fields(&customer)["intsort"]["value"].as_str().is_some_and(|kind| kind == "1" || kind == "2"));

    let purifiers = table_rows(&zhibang_page(
        &base,
        &session,
        "/sysa/mobilephone/salesmanage/product/billlist.asp",
        "refresh",
        &[("idProductClass", json!("11")), ("pagesize", json!(300))],
    ));
    assert!(!purifiers.is_empty());
    assert!(purifiers.iter().all(|row| cell(row, "fenlei") == "家用电器/净水设备"));
    let units: Value = serde_json::from_str(cell(&purifiers[0], "units")).expect("units is a JSON string");
    assert!(units.is_object());
    let product = zhibang_page(
        &base,
        &session,
        "/sysa/mobilephone/salesmanage/product/billservice.asp",
        "",
        &[("ord", json!(8001))],
    );
    assert!(bill_fields(&product)["price1"]["text"].as_str().expect("price").ends_with(".00"));

    let categories =
        zhibang_page(&base, &session, "/sysa/mobilephone/systemmanage/product_sort_list.asp?stype=check", "", &[]);
    assert_eq!(categories["body"]["source"]["type_"], "trees");
    assert_eq!(categories["body"]["source"]["trees"]["nodes"][0]["text"], "家用电器");

    let sales =
        zhibang_page(&base, &session, "/sysa/mobilephone/systemmanage/gate_list.asp?stype=radio&sort=4", "", &[]);
    let text = sales["body"]["source"]["trees"].to_string();
    assert!(text.contains("周杰") && !text.contains("张伟"));
    let everyone = zhibang_page(&base, &session, "/sysa/mobilephone/systemmanage/gate_list.asp?stype=check", "", &[]);
    let everyone = everyone["body"]["source"]["trees"].to_string();
    assert!(everyone.contains("售后服务部") && everyone.contains("\"value\":\"61\""));

    let regions = zhibang_page(&base, &session, "/sysa/mobilephone/systemmanage/area_list.asp?stype=radio", "", &[]);
    let beijing = &regions["body"]["source"]["trees"]["nodes"][0];
    assert_eq!(beijing["nodes"][0]["nodes"][0]["text"], "东城区");

    let results = zhibang_page(&base, &session, "/sysa/mobilephone/source.asp?enumid=53", "", &[]);
    assert_eq!(results["body"]["source"]["type_"], "options");
    assert_eq!(results["body"]["source"]["options"][0], json!({"n": "已解决", "v": "171"}));
    let follow_up = zhibang_page(&base, &session, "/sysa/mobilephone/source.asp", "", &[("enumid", json!(98))]);
    assert_eq!(follow_up["body"]["source"]["options"][0]["v"], "481");
    let unknown = zhibang_page(&base, &session, "/sysa/mobilephone/source.asp?enumid=7", "", &[]);
    assert_eq!(unknown["body"]["source"]["options"], json!([]));
}

#[test]
fn family_b_lists_need_the_token_header() {
    let sandbox = start();
    let base = sandbox.url();
    let refused = client::post_json(&base, "/webapi/v3/orgs/user/list", &json!({}));
    assert_eq!(refused.status, 200);
    assert_eq!(refused.json(), json!({"Code": 400, "Msg": "token无效，请重新登录"}));
    let session = zhibang_session(&base, "dev1");
    let users = |body: Value| {
        let headers = [("Content-Type", "application/json"), ("ZBAPI-Token", session.as_str())];
        client::send(&base, "POST", "/webapi/v3/orgs/user/list", &headers, &body.to_string()).json()
    };
    let all = users(json!({"page_size": 100}));
    assert_eq!(all["Code"], 200);
    assert_eq!(all["Page"]["RecordCount"], 22);
    assert_eq!(all["Cols"][0], json!({"id": "ord"}));
    assert_eq!(all["Rows"].as_array().expect("rows").len(), 22);
    let frozen = users(json!({"userstatus": "2"}));
    assert_eq!(frozen["Rows"][0][1], "frozen");
    let sales = users(json!({"orgsid": 3, "page_size": "2", "page_index": "2"}));
    assert_eq!(sales["Page"], json!({"RecordCount": 6, "PageSize": 2, "PageIndex": 2, "PageCount": 3}));
    assert!(sales["Rows"].as_array().expect("rows").iter().all(|row| row[6] == "销售部"));

    let headers = [("ZBAPI-Token", session.as_str())];
    let departments = client::send(&base, "POST", "/webapi/v3/orgs/dept/list", &headers, "").json();
    let cols: Vec<&str> =
        departments["Cols"].as_array().expect("cols").iter().filter_map(|col| col["id"].as_str()).collect();
    assert_eq!(&cols[..4], ["NodeId", "ParentId", "NodeText", "fullpath"]);
    let field_team =
        departments["Rows"].as_array().expect("rows").iter().find(|row| row[0] == "7").expect("dept 7").clone();
    assert_eq!(field_team[1], "2");
    assert_eq!(field_team[3], "智邦国际演示公司/售后服务部/上门服务组");
}

#[test]
fn paths_are_case_insensitive_and_datas_may_be_numbers() {
    let sandbox = start();
    let base = sandbox.url();
    let session = zhibang_session(&base, "dev1");
    let body = json!({"session": session, "cmdkey": "refresh", "datas": [{"id": "pagesize", "val": 3}]});
    let reply = client::send(
        &base,
        "POST",
        "/SYSA/mobilephone/SalesManage/Service/List.asp",
        &[("Content-Type", "application/zsml; charset=utf-8")],
        &body.to_string(),
    );
    assert_eq!(table_rows(&reply.json()).len(), 3);
    assert_eq!(client::post_json(&base, "/sysa/mobilephone/nosuchpage.asp", &body).status, 404);
}
