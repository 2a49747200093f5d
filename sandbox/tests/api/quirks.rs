use aftersales_sandbox::Quirks;
use serde_json::{Value, json};

use crate::client;
use crate::{eshouhou_get, eshouhou_token, start, zhibang_page, zhibang_session};

const SERVICES: &str = "/sysa/mobilephone/salesmanage/service/list.asp";

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
