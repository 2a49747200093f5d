use aftersales_sandbox::Quirks;
use serde_json::{Value, json};

use crate::client;
use crate::{eshouhou_get, eshouhou_token, login_datas, start, zhibang_page, zhibang_session};

const SERVICES: &str = "/sysa/mobilephone/salesmanage/service/list.asp";
const HANDLE: &str = "/sysa/mobilephone/salesmanage/service/chuli.asp";
const INVALID_RESULT: &str = "处理结果无效，不能保存！";

/// A handling save the sandbox refuses with [`INVALID_RESULT`].
fn refused_save(base: &str, session: &str) -> client::Reply {
    let datas: Vec<Value> =
        [("ord", "100001"), ("cateid", "61"), ("info1", "已上门更换滤芯。"), ("cate", "69"), ("intro", "999")]
            .iter()
            .map(|(id, val)| json!({"id": id, "val": val}))
            .collect();
    client::post_json(base, HANDLE, &json!({"session": session, "cmdkey": "__sys_dosave", "datas": datas}))
}

fn gbk(text: &str) -> Vec<u8> {
    encoding_rs::GBK.encode(text).0.into_owned()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|window| window == needle)
}

fn from_gbk(reply: &client::Reply) -> Value {
    let (text, had_errors) = encoding_rs::GBK.decode_without_bom_handling(&reply.body);
    assert!(!had_errors, "not GBK: {}", reply.text());
    serde_json::from_str(&text).expect("JSON once decoded")
}

#[test]
fn eshouhou_quirks_send_codes_and_show_types_as_strings() {
    let sandbox = start();
    let base = sandbox.url();
    let token = eshouhou_token(&base);
    sandbox.set_quirks(Quirks { result_code_as_string: true, show_type_as_string: true, ..Quirks::default() });
    let query = "customerId=dc540ce7-5bc5-4275-b8fa-2004eb5839e3";
    let answer = eshouhou_get(&base, &token, "/open/v2/Customer/GetCustomer", query);
    assert_eq!(answer["ResultCode"], "0");
    assert_eq!(answer["ResultValue"][0]["ShowType"], "0");
    assert_eq!(client::get(&base, "/api/CustomerService/GetServiceSpace").json()["ResultCode"], "1");
    sandbox.set_quirks(Quirks::default());
    assert_eq!(eshouhou_get(&base, &token, "/open/v2/Customer/GetCustomer", query)["ResultValue"][0]["ShowType"], 0);
}

#[test]
fn zhibang_quirks_change_status_type_keys_and_rows() {
    let sandbox = start();
    let base = sandbox.url();
    let session = zhibang_session(&base, "dev1");
    sandbox.set_quirks(Quirks {
        status_as_string: true,
        type_key_plain: true,
        rows_as_objects: true,
        ..Quirks::default()
    });
    let list = zhibang_page(&base, &session, SERVICES, "refresh", &[("pagesize", json!(2))]);
    assert_eq!(list["header"]["status"], "0");
    assert_eq!(list["body"]["source"]["type"], "table");
    assert!(list["body"]["source"].get("type_").is_none());
    let row = &list["body"]["source"]["table"]["rows"][0];
    assert_eq!(row["value"][0], "103000");
    let form =
        zhibang_page(&base, &session, "/sysa/mobilephone/salesmanage/service/chuli.asp", "", &[("ord", json!(100001))]);
    let field = &form["body"]["bill"]["groups"][0]["fields"][0];
    assert_eq!(field["type"], "select");
    assert_eq!(field["source"]["type"], "options");
    let refused = zhibang_page(&base, "", SERVICES, "refresh", &[]);
    assert_eq!(refused["header"]["status"], "1");
}

#[test]
fn the_control_chars_quirk_sends_raw_control_characters() {
    let sandbox = start();
    let base = sandbox.url();
    let session = zhibang_session(&base, "dev1");
    sandbox.set_quirks(Quirks { control_chars: true, ..Quirks::default() });
    let body = json!({"session": session, "cmdkey": "refresh", "datas": [{"id": "pagesize", "val": 2}]});
    let reply = client::post_json(&base, SERVICES, &body);
    assert!(reply.body.contains(&0x01));
    assert!(reply.body.contains(&b'\n'));
    assert!(serde_json::from_slice::<Value>(&reply.body).is_err(), "no longer strict JSON");
    let cleaned = reply.text().replace('\u{1}', "\\u0001").replace('\n', "\\n");
    let answer: Value = serde_json::from_str(&cleaned).expect("JSON once the raw characters are escaped");
    let title = answer["body"]["source"]["table"]["rows"][0][2].as_str().expect("title");
    assert!(title.ends_with("\u{1}\n"), "{title:?}");

    let detail = client::post_json(
        &base,
        "/sysa/mobilephone/salesmanage/service/add.asp",
        &json!({"session": session, "datas": [{"id": "ord", "val": 100001}]}),
    );
    // The service content is multi-line; its newline now arrives raw as well.
    assert!(detail.text().contains("。\n"));
}

#[test]
fn the_gbk_quirk_sends_family_a_answers_in_labelled_gbk() {
    let sandbox = start();
    let base = sandbox.url();
    let session = zhibang_session(&base, "dev1");
    let list = |base: &str| {
        let body = json!({"session": session, "cmdkey": "refresh", "datas": [{"id": "pagesize", "val": 100}]});
        client::post_json(base, SERVICES, &body)
    };
    let utf8_list = list(&base).json();
    sandbox.set_quirks(Quirks { gbk: true, ..Quirks::default() });

    let refused = refused_save(&base, &session);
    assert_eq!(refused.content_type, "text/html; charset=gbk");
    assert!(std::str::from_utf8(&refused.body).is_err(), "not UTF-8");
    assert!(contains(&refused.body, &gbk(INVALID_RESULT)));
    assert_eq!(from_gbk(&refused)["body"]["message"]["text"], INVALID_RESULT);

    // Every document decodes to what the UTF-8 answer says: the demo data holds nothing GBK lacks.
    let gbk_list = list(&base);
    assert_eq!(gbk_list.content_type, "text/html; charset=gbk");
    assert_eq!(from_gbk(&gbk_list), utf8_list);

    let login = client::post_json(&base, "/webapi/v3/ov1/login", &login_datas("txt:apiuser", "txt:wrong", "dev2"));
    assert_eq!(login.content_type, "text/html; charset=gbk");
    assert_eq!(from_gbk(&login)["header"]["message"], "用户名或密码错误。");
    let not_json = client::send(&base, "POST", SERVICES, &[], "{session: abc");
    assert_eq!(from_gbk(&not_json)["header"]["message"], "服务器异常: 【请求数据不是有效的JSON格式】");

    // Family B (.NET) and eshouhou stay UTF-8 JSON.
    let headers = [("ZBAPI-Token", session.as_str())];
    let family_b = client::send(&base, "POST", "/webapi/v3/orgs/dept/list", &headers, "{}");
    assert_eq!(family_b.content_type, "application/json; charset=utf-8");
    assert_eq!(family_b.json()["Code"], 200);
    let eshouhou = client::get(&base, "/api/CustomerService/GetServiceSpace");
    assert_eq!(eshouhou.json()["ErrorMsg"], "access_token不能为空");
}

#[test]
fn the_gbk_unlabelled_quirk_sends_gbk_without_a_charset() {
    let sandbox = start();
    let base = sandbox.url();
    let session = zhibang_session(&base, "dev1");
    sandbox.set_quirks(Quirks { gbk_unlabelled: true, ..Quirks::default() });
    let refused = refused_save(&base, &session);
    assert_eq!(refused.content_type, "text/html");
    assert!(contains(&refused.body, &gbk(INVALID_RESULT)));
    assert_eq!(from_gbk(&refused)["body"]["message"]["text"], INVALID_RESULT);
}
