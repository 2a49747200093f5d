//! eshouhou through the C ABI against the sandbox: every endpoint, token handling, every error class.

use std::collections::BTreeSet;
use std::time::Duration;

use aftersales_sandbox::{Fault, FaultKind, Quirks, SandboxConfig};
use serde_json::{Value, json};

use crate::common::{Client, catalogue, failed, ok, sandbox, sandbox_with};

const PROJECT: &str = "a6fa4a6c-f0a8-4684-b09c-880cb29a61b9";
const CUSTOMER: &str = "dc540ce7-5bc5-4275-b8fa-2004eb5839e3";
const DEVICE: &str = "034f293b-ef48-44b5-8fcc-ead69235829e";
const WORK_ORDER: &str = "4cda4c70-9d53-47c6-8641-c9e50d078c09";

/// A call for each endpoint; the test fails when the catalogue gains an endpoint without one.
fn example(endpoint: &str) -> Value {
    match endpoint {
        "token" | "get_service_space" => json!({}),
        "get_work_orders_v1"
        | "get_customer_products"
        | "get_customer_contacts"
        | "search_product_list"
        | "search_accessory_list"
        | "get_products"
        | "get_accessories" => json!({"pageSize": 5}),
        "get_work_orders" => json!({"pageSize": 5, "condition": {"state": [1, 2, 4, 5, 6, 7, 8, 9]}}),
        "get_work_process" => json!({"workOrderId": WORK_ORDER}),
        "get_customer" => json!({"customerId": CUSTOMER}),
        "get_customer_project" => json!({"projectId": PROJECT}),
        "get_customer_product" => json!({"productId": DEVICE}),
        "get_customer_by_user_name" => json!({"phoneNum": "13888888888"}),
        "get_category_and_product_list" => json!({"categoryId": "0", "queryType": 1}),
        other => panic!("no example call for eshouhou endpoint {other}: add one"),
    }
}

fn assert_shape(endpoint: &str, result: &str, data: &Value) {
    match result {
        "token_info" => assert!(data["expires_in"].as_u64().is_some_and(|seconds| seconds > 0), "{data}"),
        "record" => assert!(data.as_object().is_some_and(|record| !record.is_empty()), "{endpoint}: {data}"),
        "records" => assert!(data["rows"].as_array().is_some_and(|rows| !rows.is_empty()), "{endpoint}: {data}"),
        "display_rows" => {
            assert!(data["rows"].as_array().is_some_and(|rows| !rows.is_empty()), "{endpoint}: {data}");
            assert!(data["fields"].as_object().is_some_and(|fields| !fields.is_empty()), "{endpoint}: {data}");
        }
        "category_and_products" => assert!(data["Product"].is_array() || data["Category"].is_array(), "{data}"),
        other => panic!("unexpected eshouhou result shape {other}"),
    }
}

#[test]
fn every_endpoint_answers_through_its_own_function() {
    let sandbox = sandbox();
    let client = Client::eshouhou(&sandbox, json!({}));
    let catalogue = catalogue();
    let endpoints: Vec<&Value> =
        catalogue["endpoints"].as_array().expect("endpoints").iter().filter(|e| e["provider"] == "eshouhou").collect();
    assert_eq!(endpoints.len(), 16, "the 16 documented eshouhou endpoints");
    for endpoint in endpoints {
        let name = endpoint["name"].as_str().expect("name");
        let envelope = ok(client.endpoint(name, &example(name)));
        assert_eq!(envelope["meta"]["endpoint"], json!(name));
        assert_shape(name, endpoint["result"].as_str().expect("result"), &envelope["data"]);
        let by_name = ok(client.call(name, &example(name)));
        assert_eq!(by_name["meta"]["endpoint"], json!(name), "the generic call reaches the same endpoint");
    }
}

#[test]
fn the_seed_project_comes_back_as_rows_and_a_label_map() {
    let sandbox = sandbox();
    let client = Client::eshouhou(&sandbox, json!({}));
    let data = ok(client.endpoint("get_customer_project", &json!({"projectId": PROJECT})))["data"].clone();
    assert_eq!(data["rows"].as_array().map(Vec::len), Some(18));
    assert_eq!(
        data["rows"][0],
        json!({"ShowType": 0, "ShowTypeName": "纯展示", "Key": "项目编号", "Value": "CP00000097"})
    );
    assert_eq!(data["fields"]["项目名称"], json!("花苑净水设备安装"));
    assert_eq!(data["fields"]["保修期限"], json!("六个月"));
}

#[test]
fn work_orders_carry_state_labels_and_filters_apply() {
    let sandbox = sandbox();
    let client = Client::eshouhou(&sandbox, json!({}));
    let rows =
        ok(client.endpoint("get_work_orders", &json!({"pageSize": 50, "condition": {"state": [5]}})))["data"]["rows"]
            .clone();
    let rows = rows.as_array().expect("rows");
    assert!(!rows.is_empty());
    for row in rows {
        assert_eq!(row["State"], json!(5));
        assert_eq!(row["StateName"], json!("已派工"));
        assert!(row["PendStateName"].is_string(), "{row}");
    }
}

#[test]
fn the_token_is_fetched_once_and_reused() {
    let sandbox = sandbox();
    let client = Client::eshouhou(&sandbox, json!({}));
    let first = ok(client.endpoint("get_service_space", &json!({})));
    assert_eq!(first["meta"]["requests"], json!(2), "token plus call");
    for _ in 0..5 {
        let again = ok(client.endpoint("get_service_space", &json!({})));
        assert_eq!(again["meta"]["requests"], json!(1));
    }
    assert_eq!(sandbox.stats().eshouhou_tokens_issued, 1);
}

#[test]
fn a_refused_token_is_renewed_once_and_the_call_retried() {
    let sandbox = sandbox();
    let client = Client::eshouhou(&sandbox, json!({}));
    ok(client.endpoint("get_service_space", &json!({})));
    sandbox.expire_tokens();
    let renewed = ok(client.endpoint("get_customer", &json!({"customerId": CUSTOMER})));
    assert_eq!(renewed["meta"]["reauthenticated"], json!(true));
    assert_eq!(renewed["meta"]["requests"], json!(3), "refused call, new token, retried call");
    let stats = sandbox.stats();
    assert_eq!((stats.eshouhou_tokens_issued, stats.eshouhou_token_rejections), (2, 1));
}

#[test]
fn a_token_is_renewed_before_its_lifetime_ends() {
    let sandbox = sandbox_with(SandboxConfig { token_ttl: Some(Duration::from_secs(1)), ..SandboxConfig::default() });
    let client = Client::eshouhou(&sandbox, json!({}));
    ok(client.endpoint("get_service_space", &json!({})));
    std::thread::sleep(Duration::from_millis(1100));
    let later = ok(client.endpoint("get_service_space", &json!({})));
    assert_eq!(later["meta"]["reauthenticated"], json!(false), "renewed ahead of expiry, not after a refusal");
    let stats = sandbox.stats();
    assert_eq!((stats.eshouhou_tokens_issued, stats.eshouhou_token_rejections), (2, 0));
}

#[test]
fn tokens_with_url_special_characters_keep_working() {
    let sandbox = sandbox();
    let client = Client::eshouhou(&sandbox, json!({}));
    for _ in 0..12 {
        sandbox.expire_tokens();
        ok(client.endpoint("get_service_space", &json!({})));
    }
    assert_eq!(sandbox.stats().eshouhou_tokens_issued, 12);
}

#[test]
fn the_token_endpoint_reports_lifetime_but_never_the_token() {
    let sandbox = sandbox();
    let client = Client::eshouhou(&sandbox, json!({}));
    let data = ok(client.endpoint("token", &json!({"expire": 3})))["data"].clone();
    assert_eq!(data["expires_in"], json!(3 * 3600));
    assert_eq!(data.as_object().map(|object| object.len()), Some(2), "only expires_in and expires_at_ms: {data}");
    ok(client.endpoint("get_service_space", &json!({})));
    assert_eq!(sandbox.stats().eshouhou_tokens_issued, 1, "the fetched token is the cached one");
}

#[test]
fn wrong_credentials_are_rejected_without_leaking_the_secret() {
    let sandbox = sandbox();
    let client = Client::eshouhou(&sandbox, json!({"app_secret": "not-the-secret-at-all"}));
    let error = failed(client.endpoint("get_service_space", &json!({})), "credentials_rejected");
    assert_eq!(error["family"], json!("auth"));
    assert_eq!(error["retryable"], json!(false));
    assert_eq!(error["vendor_message"], json!("签名验证失败"));
    assert!(!error.to_string().contains("not-the-secret-at-all"));
}

#[test]
fn vendor_errors_keep_the_vendor_code_and_text() {
    let sandbox = sandbox();
    let client = Client::eshouhou(&sandbox, json!({}));
    let error =
        failed(client.endpoint("get_customer_project", &json!({"projectId": "no-such-project"})), "vendor_error");
    assert_eq!(error["vendor_code"], json!("1"));
    assert!(error["vendor_message"].as_str().is_some_and(|text| text.contains("未找到")), "{error}");
    sandbox.inject_fault(Fault {
        path_prefix: "/api/CustomerService/GetServiceSpace".into(),
        kind: FaultKind::VendorError,
        times: 1,
    });
    let busy = failed(client.endpoint("get_service_space", &json!({})), "vendor_error");
    assert_eq!(busy["vendor_code"], json!("500"));
}

#[test]
fn unavailable_is_retried_and_a_server_error_reported() {
    let sandbox = sandbox();
    let client = Client::eshouhou(&sandbox, json!({"retry_backoff_ms": 1}));
    ok(client.endpoint("get_service_space", &json!({})));
    let path = "/api/CustomerService/GetServiceSpace";
    sandbox.inject_fault(Fault { path_prefix: path.into(), kind: FaultKind::Http503, times: 2 });
    let recovered = ok(client.endpoint("get_service_space", &json!({})));
    assert_eq!(recovered["meta"]["requests"], json!(3), "two 503 answers, then the retry that worked");
    sandbox.inject_fault(Fault { path_prefix: path.into(), kind: FaultKind::Http503, times: 3 });
    let error = failed(client.endpoint("get_service_space", &json!({})), "server_unavailable");
    assert_eq!((error["http_status"].clone(), error["retryable"].clone()), (json!(503), json!(true)));
    sandbox.inject_fault(Fault { path_prefix: path.into(), kind: FaultKind::Http500, times: 1 });
    let error = failed(client.endpoint("get_service_space", &json!({})), "http_status");
    assert_eq!(error["http_status"], json!(500), "a 500 may be deterministic: reported, not re-sent");
    assert_eq!(error["retryable"], json!(false), "as the README's error table says of http_status");
    assert!(error["vendor_message"].as_str().is_some_and(|text| text.contains("服务程序发生错误")), "{error}");
}

#[test]
fn a_slow_answer_is_a_timeout() {
    let sandbox = sandbox();
    // A second of patience keeps the warm-up call safe on a loaded machine; the fault waits three.
    let client = Client::eshouhou(&sandbox, json!({"timeout_ms": 1000, "retries": 0}));
    ok(client.endpoint("get_service_space", &json!({})));
    sandbox.inject_fault(Fault {
        path_prefix: "/api/CustomerService/GetServiceSpace".into(),
        kind: FaultKind::Delay(Duration::from_millis(3000)),
        times: 1,
    });
    let error = failed(client.endpoint("get_service_space", &json!({})), "timeout");
    assert_eq!((error["family"].clone(), error["retryable"].clone()), (json!("transport"), json!(true)));
}

#[test]
fn garbage_and_empty_bodies_are_invalid_responses() {
    let sandbox = sandbox();
    let client = Client::eshouhou(&sandbox, json!({}));
    ok(client.endpoint("get_service_space", &json!({})));
    for kind in [FaultKind::Garbage, FaultKind::Empty] {
        sandbox.inject_fault(Fault { path_prefix: "/api/CustomerService/GetServiceSpace".into(), kind, times: 1 });
        let error = failed(client.endpoint("get_service_space", &json!({})), "invalid_response");
        assert_eq!(error["family"], json!("decode"));
    }
}

#[test]
fn unreachable_and_non_tls_servers_are_transport_errors() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = closed.local_addr().expect("address").port();
    drop(closed);
    let config = |base_url: String| json!({"app_id": "a", "app_secret": "s", "base_url": base_url, "retries": 0, "connect_timeout_ms": 2000});
    let refused = Client::new("eshouhou", &config(format!("http://127.0.0.1:{port}"))).expect("client");
    failed(refused.endpoint("get_service_space", &json!({})), "connect_failed");
    let sandbox = sandbox();
    let plain = sandbox.url().replacen("http://", "https://", 1);
    let tls = Client::new("eshouhou", &config(plain)).expect("client");
    failed(tls.endpoint("get_service_space", &json!({})), "tls_failed");
}

#[test]
fn vendor_quirks_normalize_to_the_same_data() {
    let sandbox = sandbox();
    let client = Client::eshouhou(&sandbox, json!({}));
    let project = json!({"projectId": PROJECT});
    let plain = ok(client.endpoint("get_customer_project", &project))["data"].clone();
    sandbox.set_quirks(Quirks { result_code_as_string: true, show_type_as_string: true, ..Quirks::default() });
    let quirky = ok(client.endpoint("get_customer_project", &project))["data"].clone();
    assert_eq!(plain, quirky);
}

#[test]
fn input_is_checked_before_anything_is_sent() {
    let sandbox = sandbox();
    let client = Client::eshouhou(&sandbox, json!({}));
    let cases = [
        ("get_customer_project", json!({}), "missing_parameter", "projectId"),
        ("get_customer_project", json!({"projectid": "x"}), "unknown_parameter", "projectid"),
        ("get_customer_project", json!({"projectId": true}), "invalid_parameter", "projectId"),
        (
            "get_customer_project",
            json!({"projectId": "x", "serviceNetworkType": 3}),
            "invalid_parameter",
            "serviceNetworkType",
        ),
        ("get_work_orders", json!({"condition": {"State": [1]}}), "unknown_parameter", "condition.State"),
        (
            "get_work_orders",
            json!({"condition": {"startdate": "2024/1/1"}}),
            "invalid_parameter",
            "condition.startdate",
        ),
        ("get_work_orders", json!({"pageSize": 0}), "invalid_parameter", "pageSize"),
    ];
    for (endpoint, params, code, parameter) in cases {
        let error = failed(client.endpoint(endpoint, &params), code);
        assert_eq!(error["parameter"], json!(parameter), "{error}");
        assert_eq!(error["family"], json!("input"));
    }
    assert!(sandbox.stats().requests.is_empty(), "nothing reached the server: {:?}", sandbox.stats().requests);
}

#[test]
fn the_network_context_comes_from_the_config() {
    let sandbox = sandbox();
    let bare = Client::new(
        "eshouhou",
        &json!({"app_id": aftersales_sandbox::ESHOUHOU_APP_ID, "app_secret": aftersales_sandbox::ESHOUHOU_APP_SECRET,
                "base_url": sandbox.url()}),
    )
    .expect("client");
    let error = failed(bare.endpoint("get_customer_products", &json!({})), "missing_parameter");
    assert_eq!(error["parameter"], json!("serviceSpaceId"));
    let configured = Client::eshouhou(&sandbox, json!({}));
    ok(configured.endpoint("get_customer_products", &json!({"pageSize": 3})));
}

#[test]
fn condition_filters_reach_the_vendor_as_json() {
    let sandbox = sandbox();
    let client = Client::eshouhou(&sandbox, json!({}));
    let rows = ok(
        client.endpoint("get_customer_products", &json!({"pageSize": 100, "condition": {"sys_customerid": CUSTOMER}}))
    )["data"]["rows"]
        .clone();
    let customers: BTreeSet<&str> =
        rows.as_array().expect("rows").iter().filter_map(|row| row["CustomerID"].as_str()).collect();
    assert_eq!(customers.into_iter().collect::<Vec<_>>(), vec![CUSTOMER]);
}
