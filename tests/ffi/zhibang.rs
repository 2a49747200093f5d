//! Zhibang through the C ABI against the sandbox: every endpoint, the session rules, saves that answer in
//! prose, quirks and every error class.

use std::sync::Arc;
use std::time::Duration;

use aftersales_sandbox::{Fault, FaultKind, Quirks, SandboxConfig};
use serde_json::{Value, json};

use crate::common::{Client, catalogue, failed, ok, sandbox, sandbox_with};

const SERVICE_LIST: &str = "/sysa/mobilephone/salesmanage/service/list.asp";

fn first_row(client: &Client, list: &str) -> Value {
    let data = ok(client.endpoint(list, &json!({"pagesize": 1})))["data"].clone();
    data["rows"][0].clone()
}

fn first_ord(client: &Client, list: &str) -> String {
    let ord = first_row(client, list)["ord"].clone();
    ord.as_str().map(str::to_owned).unwrap_or_else(|| ord.to_string())
}

/// A valid handling of `ord`, with ids read from the server's own form (as an integrator would).
fn handling(client: &Client, ord: &str) -> Value {
    let form = ok(client.endpoint("service_handle_form", &json!({"ord": ord})))["data"].clone();
    let field =
        |id: &str| form["fields"].as_array().and_then(|fields| fields.iter().find(|field| field["id"] == id)).cloned();
    let option = |id: &str| field(id).map(|field| field["options"][0]["value"].clone()).expect("field with options");
    json!({"ord": ord, "cateid": option("cateid"), "cate": option("cate"), "intro": option("intro"),
           "info1": "更换滤芯，客户确认水质正常。"})
}

/// A call for each endpoint; the test fails when the catalogue gains an endpoint without one.
fn example(client: &Client, endpoint: &str) -> Value {
    match endpoint {
        "login" | "logout" | "product_category_tree" => json!({}),
        "dept_list" => json!({"page_size": 5}),
        "service_list" | "repair_list" | "customer_list" | "product_list" => json!({"pagesize": 5}),
        "user_list" => json!({"page_size": 5}),
        "service_detail" | "service_handle_form" => json!({"ord": first_ord(client, "service_list")}),
        "service_handle" => handling(client, &first_ord(client, "service_list")),
        "repair_detail" => json!({"ord": first_ord(client, "repair_list")}),
        "repair_save" => {
            json!({"title": "压缩机更换", "SerialNumber": "WX-TEST-0001", "repair_sl": "5001", "ProcessID": 1,
                                "num": "1", "Cost": "380"})
        }
        "customer_detail" => json!({"ord": first_ord(client, "customer_list")}),
        "product_detail" => json!({"ord": first_ord(client, "product_list")}),
        "staff_list" => json!({"stype": "radio", "sort": 4}),
        "region_list" => json!({"stype": "radio"}),
        "enum_options" => json!({"enumid": 13}),
        other => crate::zhibang_pages::example(client, other),
    }
}

fn assert_shape(endpoint: &str, result: &str, data: &Value) {
    let non_empty = |value: &Value| value.as_array().is_some_and(|items| !items.is_empty());
    match result {
        "table" => assert!(non_empty(&data["rows"]) && non_empty(&data["columns"]), "{endpoint}: {data}"),
        "bill" => assert!(
            data["id"].as_str().is_some_and(|id| !id.is_empty()) && non_empty(&data["fields"]),
            "{endpoint}: {data}"
        ),
        "message" => assert_eq!(data["outcome"], json!("succeeded"), "{endpoint}: {data}"),
        "source" => assert!(
            non_empty(&data["nodes"]) || non_empty(&data["options"]) || non_empty(&data["rows"]),
            "{endpoint}: {data}"
        ),
        "data" => {
            assert!(data.as_object().is_some_and(|data| !data.is_empty()) || non_empty(data), "{endpoint}: {data}")
        }
        "session" => assert_eq!(data["logged_in"], json!(true)),
        "logged_out" => assert!(data["logged_out"].is_boolean()),
        other => panic!("unexpected Zhibang result shape {other}"),
    }
}

#[test]
fn every_endpoint_answers_through_its_own_function() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({}));
    let catalogue = catalogue();
    let endpoints: Vec<&Value> =
        catalogue["endpoints"].as_array().expect("endpoints").iter().filter(|e| e["provider"] == "zhibang").collect();
    for endpoint in endpoints {
        let name = endpoint["name"].as_str().expect("name");
        let params = example(&client, name);
        let envelope = ok(client.endpoint(name, &params));
        assert_eq!(envelope["meta"]["endpoint"], json!(name));
        assert_shape(name, endpoint["result"].as_str().expect("result"), &envelope["data"]);
    }
}

#[test]
fn login_is_lazy_and_shared() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({}));
    assert_eq!(sandbox.stats().zhibang_logins, 0, "creating a client sends nothing");
    let first = ok(client.endpoint("service_list", &json!({"pagesize": 2})));
    assert_eq!(first["meta"]["requests"], json!(2), "login plus call");
    let second = ok(client.endpoint("customer_list", &json!({"pagesize": 2})));
    assert_eq!(second["meta"]["requests"], json!(1));
    let login = ok(client.endpoint("login", &json!({})))["data"].clone();
    assert_eq!((login["reused"].clone(), login["server_version"].clone()), (json!(true), json!("32.17")));
    assert_eq!(sandbox.stats().zhibang_logins, 1);
}

#[test]
fn eight_threads_share_one_login() {
    let sandbox = sandbox();
    let client = Arc::new(Client::zhibang(&sandbox, json!({})));
    let threads: Vec<_> = (0..8)
        .map(|_| {
            let client = Arc::clone(&client);
            std::thread::spawn(move || {
                for _ in 0..5 {
                    ok(client.endpoint("service_list", &json!({"pagesize": 3})));
                }
            })
        })
        .collect();
    for thread in threads {
        thread.join().expect("thread");
    }
    let stats = sandbox.stats();
    assert_eq!((stats.zhibang_logins, stats.max_concurrent_logins), (1, 1));
}

#[test]
fn an_expired_session_means_one_new_login_and_one_retry() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({}));
    ok(client.endpoint("service_list", &json!({"pagesize": 1})));
    sandbox.expire_sessions();
    let retried = ok(client.endpoint("service_list", &json!({"pagesize": 1})));
    assert_eq!(retried["meta"]["reauthenticated"], json!(true));
    assert_eq!(retried["meta"]["requests"], json!(3));
    assert_eq!(sandbox.stats().zhibang_logins, 2);
}

#[test]
fn a_kicked_session_is_replaced_once_across_threads() {
    let sandbox = sandbox();
    let client = Arc::new(Client::zhibang(&sandbox, json!({})));
    ok(client.endpoint("service_list", &json!({"pagesize": 1})));
    sandbox.kick(aftersales_sandbox::ZHIBANG_USER);
    let threads: Vec<_> = (0..8)
        .map(|_| {
            let client = Arc::clone(&client);
            std::thread::spawn(move || ok(client.endpoint("customer_list", &json!({"pagesize": 1}))))
        })
        .collect();
    for thread in threads {
        thread.join().expect("thread");
    }
    assert_eq!(sandbox.stats().zhibang_logins, 2, "one login after the kick, not one per thread");
}

#[test]
fn a_session_idle_too_long_is_renewed() {
    let sandbox =
        sandbox_with(SandboxConfig { session_idle_timeout: Duration::from_millis(300), ..SandboxConfig::default() });
    let client = Client::zhibang(&sandbox, json!({}));
    ok(client.endpoint("service_list", &json!({"pagesize": 1})));
    std::thread::sleep(Duration::from_millis(500));
    let renewed = ok(client.endpoint("service_list", &json!({"pagesize": 1})));
    assert_eq!(renewed["meta"]["reauthenticated"], json!(true));
}

#[test]
fn a_wrong_password_is_reported_once_and_never_retried() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({"password": "wrong-password-1"}));
    let error = failed(client.endpoint("service_list", &json!({})), "credentials_rejected");
    assert_eq!(error["retryable"], json!(false));
    assert!(!error.to_string().contains("wrong-password-1"));
    failed(client.endpoint("customer_list", &json!({})), "credentials_rejected");
    failed(client.endpoint("service_list", &json!({})), "credentials_rejected");
    assert_eq!(sandbox.stats().zhibang_login_failures, 1, "later calls do not try the password again");
}

#[test]
fn after_three_failures_a_captcha_is_required_and_can_be_answered() {
    let sandbox = sandbox();
    for attempt in 0..3 {
        let client = Client::zhibang(&sandbox, json!({"password": format!("wrong-{attempt}")}));
        let error = failed(client.endpoint("login", &json!({})), "credentials_rejected");
        assert_eq!(error["captcha_url"].is_string(), attempt == 2, "the third failure announces the captcha: {error}");
    }
    let client = Client::zhibang(&sandbox, json!({}));
    let error = failed(client.endpoint("service_list", &json!({})), "captcha_required");
    let captcha_url = error["captcha_url"].as_str().expect("captcha url");
    assert!(captcha_url.starts_with(&sandbox.url()), "{captcha_url}");
    let wrong = failed(client.endpoint("login", &json!({"rndcode": "0000"})), "captcha_required");
    assert!(wrong["vendor_message"].is_string());
    let login = ok(client.endpoint("login", &json!({"rndcode": aftersales_sandbox::ZHIBANG_CAPTCHA})));
    assert_eq!(login["data"]["reused"], json!(false));
    ok(client.endpoint("service_list", &json!({"pagesize": 1})));
}

#[test]
fn a_frozen_account_is_disabled() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({"username": aftersales_sandbox::ZHIBANG_FROZEN_USER}));
    let error = failed(client.endpoint("service_list", &json!({})), "account_disabled");
    assert_eq!(error["vendor_message"], json!("用户被冻结。"));
}

#[test]
fn a_successful_handling_is_visible_afterwards() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({}));
    let ord = first_ord(&client, "service_list");
    let params = handling(&client, &ord);
    let saved = ok(client.endpoint("service_handle", &params))["data"].clone();
    assert_eq!((saved["text"].clone(), saved["outcome"].clone()), (json!("保存成功！"), json!("succeeded")));
    let detail = ok(client.endpoint("service_detail", &json!({"ord": ord})))["data"].clone();
    assert_eq!(detail["values"]["introN"], params["info1"], "{detail}");
}

#[test]
fn a_save_refused_in_prose_is_an_error() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({}));
    let ord = first_ord(&client, "service_list");
    let mut params = handling(&client, &ord);
    params["intro"] = json!("99999");
    let error = failed(client.endpoint("service_handle", &params), "vendor_rejected");
    assert_eq!(error["vendor_message"], json!("处理结果无效，不能保存！"));
    params["intro"] = handling(&client, &ord)["intro"].clone();
    params["cateid"] = json!("1");
    let error = failed(client.endpoint("service_handle", &params), "vendor_rejected");
    assert!(error["vendor_message"].as_str().is_some_and(|text| text.contains("保存失败")), "{error}");
}

#[test]
fn the_handling_form_lists_what_the_server_accepts() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({}));
    let ord = first_ord(&client, "service_list");
    let form = ok(client.endpoint("service_handle_form", &json!({"ord": ord})))["data"].clone();
    let intro =
        form["fields"].as_array().and_then(|fields| fields.iter().find(|field| field["id"] == "intro")).expect("intro");
    assert_eq!((intro["required"].clone(), intro["max_length"].clone()), (json!(true), json!(50)));
    assert!(intro["options"].as_array().is_some_and(|options| options.len() >= 2), "{intro}");
    let info1 =
        form["fields"].as_array().and_then(|fields| fields.iter().find(|field| field["id"] == "info1")).expect("info1");
    assert_eq!(info1["max_length"], json!(4000));
}

#[test]
fn documented_length_limits_are_enforced_locally() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({}));
    let base = json!({"ord": 1, "cateid": "61", "cate": "62", "intro": "171", "info1": "x"});
    for (field, limit) in [("cateid", 50), ("cate", 50), ("intro", 50), ("info1", 4000)] {
        let mut params = base.clone();
        params[field] = json!("维".repeat(limit + 1));
        let error = failed(client.endpoint("service_handle", &params), "value_too_long");
        assert_eq!(error["parameter"], json!(field));
    }
    assert_eq!(sandbox.stats().zhibang_logins, 0, "refused before logging in");
}

#[test]
fn vendor_quirks_normalize_to_the_same_data() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({}));
    let list = json!({"pagesize": 20, "_rpt_sort": "ord"});
    let ord = first_ord(&client, "service_list");
    let plain_list = ok(client.endpoint("service_list", &list))["data"].clone();
    let plain_form = ok(client.endpoint("service_handle_form", &json!({"ord": ord})))["data"].clone();
    let plain_tree = ok(client.endpoint("staff_list", &json!({})))["data"].clone();
    sandbox.set_quirks(Quirks {
        status_as_string: true,
        type_key_plain: true,
        rows_as_objects: true,
        control_chars: true,
        ..Quirks::default()
    });
    let quirky_list = ok(client.endpoint("service_list", &list))["data"].clone();
    assert_eq!(plain_list["rows"].as_array().map(Vec::len), quirky_list["rows"].as_array().map(Vec::len));
    assert_eq!(plain_list["columns"], quirky_list["columns"]);
    assert_eq!(plain_list["rows"][0]["ord"], quirky_list["rows"][0]["ord"]);
    assert_eq!(
        plain_form["fields"],
        ok(client.endpoint("service_handle_form", &json!({"ord": ord})))["data"]["fields"]
    );
    assert_eq!(plain_tree, ok(client.endpoint("staff_list", &json!({})))["data"]);
}

#[test]
fn html_entities_in_text_are_decoded() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({}));
    let rows = ok(client.list_all("service_list", &json!({"pagesize": 500}), 0))["data"]["rows"].clone();
    let titles: Vec<&str> = rows.as_array().expect("rows").iter().filter_map(|row| row["title"].as_str()).collect();
    assert!(titles.iter().all(|title| !title.contains("&#")), "an entity was left in a title");
    assert!(titles.iter().any(|title| title.contains('“')), "the sandbox's entity-bearing titles decode");
}

#[test]
fn server_side_failures_map_to_their_codes() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({"retries": 0}));
    ok(client.endpoint("service_list", &json!({"pagesize": 1})));
    let fault = |kind| Fault { path_prefix: SERVICE_LIST.into(), kind, times: 1 };
    sandbox.inject_fault(fault(FaultKind::VendorError));
    let error = failed(client.endpoint("service_list", &json!({})), "vendor_error");
    assert_eq!(error["vendor_code"], json!("11"));
    sandbox.inject_fault(fault(FaultKind::Http500));
    assert_eq!(failed(client.endpoint("service_list", &json!({})), "http_status")["http_status"], json!(500));
    sandbox.inject_fault(fault(FaultKind::Garbage));
    failed(client.endpoint("service_list", &json!({})), "invalid_response");
    let missing = failed(client.endpoint("service_detail", &json!({"ord": 987654321})), "vendor_error");
    assert!(missing["vendor_message"].as_str().is_some_and(|text| text.contains("不存在")), "{missing}");
}

#[test]
fn a_save_is_not_resent_after_a_timeout() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({"timeout_ms": 300, "retries": 3, "retry_backoff_ms": 1}));
    let ord = first_ord(&client, "service_list");
    let params = handling(&client, &ord);
    let chuli = "/sysa/mobilephone/salesmanage/service/chuli.asp";
    let before = sandbox.stats().requests.get(chuli).copied().unwrap_or(0);
    sandbox.inject_fault(Fault {
        path_prefix: chuli.into(),
        kind: FaultKind::Delay(Duration::from_millis(1500)),
        times: 5,
    });
    let unknown = failed(client.endpoint("service_handle", &params), "outcome_unknown");
    assert_eq!(unknown["retryable"], json!(false), "a retry wrapper must not send it again: {unknown}");
    assert_eq!(sandbox.stats().requests.get(chuli).copied().unwrap_or(0), before + 1, "sent exactly once");
}

#[test]
fn web_api_lists_page_and_use_the_token_header() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({}));
    let page = ok(client.endpoint("user_list", &json!({"page_size": 5, "page_index": 2})))["data"].clone();
    assert_eq!(page["page"]["index"], json!(2));
    assert_eq!(page["rows"].as_array().map(Vec::len), Some(5));
    assert!(page["rows"][0]["username"].is_string(), "{page}");
    sandbox.expire_sessions();
    let renewed = ok(client.endpoint("user_list", &json!({"page_size": 5})));
    assert_eq!(renewed["meta"]["reauthenticated"], json!(true), "Code 400 means log in again");
}

#[test]
fn logout_ends_the_session_and_the_next_call_logs_in_again() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({}));
    assert_eq!(ok(client.endpoint("logout", &json!({})))["data"]["logged_out"], json!(false), "nothing to end yet");
    ok(client.endpoint("service_list", &json!({"pagesize": 1})));
    let logout = ok(client.endpoint("logout", &json!({})))["data"].clone();
    assert_eq!(logout["logged_out"], json!(true));
    assert_eq!(sandbox.stats().zhibang_active_sessions, 0);
    let again = ok(client.endpoint("service_list", &json!({"pagesize": 1})));
    assert_eq!(again["meta"]["requests"], json!(2), "a fresh login, not a refused call");
}

#[test]
fn the_legacy_login_path_works_too() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({"login_path": "/sysa/mobilephone/login.asp"}));
    ok(client.endpoint("service_list", &json!({"pagesize": 1})));
    assert_eq!(sandbox.stats().requests.get("/sysa/mobilephone/login.asp").copied(), Some(1));
}

/// A save the server did while its answer was lost: the library reads the record back and, seeing the
/// write there, reports it done (`verified`), having sent it once.
#[test]
fn a_write_whose_answer_was_lost_is_verified_by_reading_it_back() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({"timeout_ms": 400, "retries": 3, "retry_backoff_ms": 1}));
    let ord = first_ord(&client, "service_list");
    let params = handling(&client, &ord);
    let chuli = "/sysa/mobilephone/salesmanage/service/chuli.asp";
    for kind in [FaultKind::DelayAfter(Duration::from_millis(1500)), FaultKind::Truncated] {
        let before = sandbox.stats().requests.get(chuli).copied().unwrap_or(0);
        sandbox.inject_fault(Fault { path_prefix: chuli.into(), kind, times: 5 });
        let done = ok(client.endpoint("service_handle", &params));
        assert_eq!(
            (done["data"]["outcome"].clone(), done["data"]["verified"].clone()),
            (json!("succeeded"), json!(true))
        );
        assert_eq!(sandbox.stats().requests.get(chuli).copied().unwrap_or(0), before + 1, "{kind:?}: sent once");
        sandbox.clear_faults();
    }
}

#[test]
fn without_verification_a_lost_answer_is_an_unknown_outcome_never_retryable() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({"timeout_ms": 400, "verify_writes": false}));
    let ord = first_ord(&client, "service_list");
    let params = handling(&client, &ord);
    let chuli = "/sysa/mobilephone/salesmanage/service/chuli.asp";
    for kind in [FaultKind::DelayAfter(Duration::from_millis(1500)), FaultKind::Truncated, FaultKind::Http500] {
        sandbox.inject_fault(Fault { path_prefix: chuli.into(), kind, times: 1 });
        let unknown = failed(client.endpoint("service_handle", &params), "outcome_unknown");
        assert_eq!(unknown["retryable"], json!(false), "{kind:?}: {unknown}");
    }
    sandbox.inject_fault(Fault { path_prefix: chuli.into(), kind: FaultKind::Garbage, times: 1 });
    failed(client.endpoint("service_handle", &params), "outcome_unknown");
}

#[test]
fn answers_in_gbk_are_decoded_with_or_without_a_charset() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({}));
    let ord = first_ord(&client, "service_list");
    let mut params = handling(&client, &ord);
    params["intro"] = json!("999");
    for quirks in [Quirks { gbk: true, ..Quirks::default() }, Quirks { gbk_unlabelled: true, ..Quirks::default() }] {
        sandbox.set_quirks(quirks);
        let refused = failed(client.endpoint("service_handle", &params), "vendor_rejected");
        assert_eq!(refused["vendor_message"], json!("处理结果无效，不能保存！"), "{quirks:?}");
        let title = first_row(&client, "service_list")["title"].clone();
        assert!(title.as_str().is_some_and(|text| !text.contains('\u{fffd}') && !text.is_ascii()), "{title}");
    }
}

#[test]
fn a_busy_answer_is_waited_for_as_retry_after_asks() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({"retry_backoff_ms": 1}));
    ok(client.endpoint("service_list", &json!({})));
    let list = "/sysa/mobilephone/salesmanage/service/list.asp";
    let retry_after = Duration::from_secs(1);
    sandbox.inject_fault(Fault { path_prefix: list.into(), kind: FaultKind::Http429 { retry_after }, times: 1 });
    let started = std::time::Instant::now();
    let page = ok(client.endpoint("service_list", &json!({})));
    assert!(started.elapsed() >= retry_after, "answered before Retry-After: {:?}", started.elapsed());
    assert_eq!(page["meta"]["requests"], json!(2));
    let impatient = Client::zhibang(&sandbox, json!({"deadline_ms": 500}));
    ok(impatient.endpoint("service_list", &json!({})));
    sandbox.inject_fault(Fault {
        path_prefix: list.into(),
        kind: FaultKind::Http429 { retry_after: Duration::from_secs(30) },
        times: 1,
    });
    let busy = failed(impatient.endpoint("service_list", &json!({})), "server_unavailable");
    assert_eq!((busy["http_status"].clone(), busy["retryable"].clone()), (json!(429), json!(true)));
}
