//! Cursors and whole-list calls through the C ABI: every row once, in pages, across renewals.

use std::collections::HashSet;

use aftersales_sandbox::SandboxConfig;
use serde_json::{Value, json};

use crate::common::{Client, failed, ok, sandbox, sandbox_with};

fn rows_of(pages: &[Value]) -> Vec<Value> {
    pages.iter().flat_map(|page| page["data"]["rows"].as_array().cloned().unwrap_or_default()).collect()
}

fn distinct(rows: &[Value], key: &str) -> usize {
    rows.iter().map(|row| row[key].to_string()).collect::<HashSet<_>>().len()
}

#[test]
fn a_zhibang_cursor_walks_every_row_by_page_count() {
    let sandbox = sandbox_with(SandboxConfig { zhibang_services: 1234, ..SandboxConfig::default() });
    let client = Client::zhibang(&sandbox, json!({}));
    let cursor = client.cursor("service_list", &json!({"pagesize": 100}));
    let pages = cursor.pages();
    assert_eq!(pages.len(), 13);
    assert_eq!(pages[0]["data"]["page"]["count"], json!(13));
    let rows = rows_of(&pages);
    assert_eq!((rows.len(), distinct(&rows, "ord")), (1234, 1234));
    let after = ok(cursor.next_page());
    assert_eq!((after["data"].clone(), after["meta"]["done"].clone()), (Value::Null, json!(true)));
}

#[test]
fn an_eshouhou_cursor_stops_at_the_short_page() {
    let sandbox = sandbox_with(SandboxConfig { eshouhou_work_orders: 250, ..SandboxConfig::default() });
    let client = Client::eshouhou(&sandbox, json!({}));
    let pages = client.cursor("get_work_orders", &json!({"pageSize": 100})).pages();
    let sizes: Vec<usize> = pages.iter().map(|page| page["data"]["rows"].as_array().map_or(0, Vec::len)).collect();
    assert_eq!(sizes, [100, 100, 50]);
    let rows = rows_of(&pages);
    assert_eq!(distinct(&rows, "ID"), 250);
    assert!(rows.iter().all(|row| row["StateName"].is_string()), "labels on every page");
}

#[test]
fn an_exact_multiple_ends_with_an_empty_page() {
    let sandbox = sandbox_with(SandboxConfig { eshouhou_work_orders: 200, ..SandboxConfig::default() });
    let client = Client::eshouhou(&sandbox, json!({}));
    let pages = client.cursor("get_work_orders_v1", &json!({"pageSize": 100})).pages();
    assert_eq!(pages.len(), 3);
    assert_eq!(rows_of(&pages).len(), 200);
}

#[test]
fn a_walk_survives_a_session_and_a_token_renewal() {
    let sandbox =
        sandbox_with(SandboxConfig { zhibang_services: 600, eshouhou_work_orders: 300, ..SandboxConfig::default() });
    // Without read-ahead, so the page after the kick is the next one asked for.
    let zhibang = Client::zhibang(&sandbox, json!({"prefetch": 0}));
    let cursor = zhibang.cursor("service_list", &json!({"pagesize": 100}));
    let mut rows = rows_of(&[ok(cursor.next_page())]);
    sandbox.kick(aftersales_sandbox::ZHIBANG_USER);
    let rest = cursor.pages();
    assert_eq!(rest[0]["meta"]["reauthenticated"], json!(true));
    rows.extend(rows_of(&rest));
    assert_eq!(distinct(&rows, "ord"), 600);

    let eshouhou = Client::eshouhou(&sandbox, json!({}));
    let cursor = eshouhou.cursor("get_work_orders", &json!({"pageSize": 100}));
    let mut rows = rows_of(&[ok(cursor.next_page())]);
    sandbox.expire_tokens();
    rows.extend(rows_of(&cursor.pages()));
    assert_eq!(distinct(&rows, "ID"), 300);
}

#[test]
fn a_page_that_failed_retryably_is_asked_for_again() {
    let sandbox = sandbox_with(SandboxConfig { zhibang_services: 300, ..SandboxConfig::default() });
    // Without read-ahead, so the fault meets the page the test asks for next.
    let client = Client::zhibang(&sandbox, json!({"retries": 0, "prefetch": 0}));
    let cursor = client.cursor("service_list", &json!({"pagesize": 100}));
    let first = rows_of(&[ok(cursor.next_page())]);
    sandbox.inject_fault(aftersales_sandbox::Fault {
        path_prefix: "/sysa/mobilephone/salesmanage/service/list.asp".into(),
        kind: aftersales_sandbox::FaultKind::Http503,
        times: 1,
    });
    let busy = cursor.next_page();
    failed(busy.clone(), "server_unavailable");
    assert_eq!(busy["meta"]["done"], json!(false), "a retryable failure leaves the walk where it was: {busy}");
    let rest = rows_of(&cursor.pages());
    assert_eq!(distinct(&[first, rest].concat(), "ord"), 300);
}

#[test]
fn a_permanent_failure_ends_the_walk_without_more_requests() {
    let sandbox = sandbox_with(SandboxConfig { zhibang_services: 300, ..SandboxConfig::default() });
    // Without read-ahead, so the fault meets the page the test asks for next.
    let client = Client::zhibang(&sandbox, json!({"retries": 0, "prefetch": 0}));
    let cursor = client.cursor("service_list", &json!({"pagesize": 100}));
    ok(cursor.next_page());
    let list = "/sysa/mobilephone/salesmanage/service/list.asp";
    sandbox.inject_fault(aftersales_sandbox::Fault {
        path_prefix: list.into(),
        kind: aftersales_sandbox::FaultKind::Http500,
        times: 1,
    });
    let first = cursor.next_page();
    failed(first.clone(), "http_status");
    assert_eq!(first["meta"]["done"], json!(true), "{first}");
    let sent = sandbox.stats().requests.get(list).copied().unwrap_or(0);
    for _ in 0..5 {
        assert_eq!(cursor.next_page(), first, "the same failure, again and again");
    }
    assert_eq!(sandbox.stats().requests.get(list).copied().unwrap_or(0), sent, "and no further request");
}

#[test]
fn a_cursor_with_refused_credentials_ends_on_its_first_page() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({"password": "wrong-password"}));
    let cursor = client.cursor("service_list", &json!({}));
    let refused = cursor.next_page();
    failed(refused.clone(), "credentials_rejected");
    assert_eq!(refused["meta"]["done"], json!(true));
    assert_eq!(cursor.next_page(), refused);
}

#[test]
fn a_start_page_beyond_the_vendors_range_is_refused_not_wrapped() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({}));
    let cursor = client.cursor("service_list", &json!({"pageindex": i64::MAX}));
    let refused = failed(cursor.next_page(), "invalid_parameter");
    assert_eq!(refused["parameter"], json!("pageindex"));
    let last = client.cursor("service_list", &json!({"pageindex": i32::MAX, "pagesize": 5}));
    let page = last.next_page();
    assert_eq!(page["meta"]["done"], json!(true), "no page follows the highest page number: {page}");
}

#[test]
fn list_all_stops_at_the_page_limit() {
    let sandbox = sandbox_with(SandboxConfig { zhibang_services: 500, ..SandboxConfig::default() });
    let client = Client::zhibang(&sandbox, json!({}));
    let limited = ok(client.list_all("service_list", &json!({"pagesize": 100}), 2))["data"].clone();
    assert_eq!((limited["pages"].clone(), limited["complete"].clone()), (json!(2), json!(false)));
    assert_eq!(limited["rows"].as_array().map(Vec::len), Some(200));
    assert!(limited["columns"].as_array().is_some_and(|columns| !columns.is_empty()));
    let whole = ok(client.list_all("service_list", &json!({"pagesize": 100}), 0))["data"].clone();
    assert_eq!((whole["pages"].clone(), whole["complete"].clone()), (json!(5), json!(true)));
    assert_eq!(whole["rows"].as_array().map(Vec::len), Some(500));
}

#[test]
fn a_cursor_reports_a_bad_start_on_its_first_page() {
    let sandbox = sandbox();
    let client = Client::zhibang(&sandbox, json!({}));
    let not_a_list = client.cursor("service_detail", &json!({}));
    assert_eq!(failed(not_a_list.next_page(), "invalid_parameter")["parameter"], json!("endpoint"));
    let bad_filter = client.cursor("service_list", &json!({"TelNmae": "x"}));
    failed(bad_filter.next_page(), "unknown_parameter");
    failed(bad_filter.next_page(), "unknown_parameter");
    let unknown = client.cursor("no_such_list", &json!({}));
    failed(unknown.next_page(), "unknown_endpoint");
}

/// The `ord` of every row of every page, in the order the cursor handed them out.
fn ords(pages: &[Value]) -> Vec<String> {
    rows_of(pages)
        .iter()
        .map(|row| row["ord"].as_str().map(str::to_owned).unwrap_or_else(|| row["ord"].to_string()))
        .collect()
}

#[test]
fn read_ahead_keeps_the_order_and_bounds_the_pages_in_flight() {
    let sandbox = sandbox_with(SandboxConfig { zhibang_services: 1000, ..SandboxConfig::default() });
    let list = "/sysa/mobilephone/salesmanage/service/list.asp";
    let plain = Client::zhibang(&sandbox, json!({"prefetch": 0}));
    let expected = ords(&plain.cursor("service_list", &json!({"pagesize": 50})).pages());
    assert_eq!(expected.len(), 1000);
    for prefetch in [1, 4, 8] {
        let client = Client::zhibang(&sandbox, json!({"prefetch": prefetch}));
        ok(client.endpoint("service_list", &json!({"pagesize": 1})));
        let before = sandbox.stats().max_concurrent_requests;
        sandbox.inject_fault(aftersales_sandbox::Fault {
            path_prefix: list.into(),
            kind: aftersales_sandbox::FaultKind::Delay(std::time::Duration::from_millis(60)),
            times: 1000,
        });
        let walked = ords(&client.cursor("service_list", &json!({"pagesize": 50})).pages());
        sandbox.clear_faults();
        assert_eq!(walked, expected, "prefetch {prefetch}: every row once, in order");
        let peak = sandbox.stats().max_concurrent_requests;
        assert!(peak <= before.max(prefetch as u64), "prefetch {prefetch}: {peak} requests at once");
        if prefetch > 1 {
            assert!(peak > 1, "prefetch {prefetch}: the pages were fetched at the same time");
        }
    }
}

#[test]
fn read_ahead_stops_at_the_failed_page() {
    let sandbox = sandbox_with(SandboxConfig { zhibang_services: 1000, ..SandboxConfig::default() });
    let client = Client::zhibang(&sandbox, json!({"prefetch": 4, "retries": 0}));
    let cursor = client.cursor("service_list", &json!({"pagesize": 50}));
    let first = ok(cursor.next_page());
    sandbox.inject_fault(aftersales_sandbox::Fault {
        path_prefix: "/sysa/mobilephone/salesmanage/service/list.asp".into(),
        kind: aftersales_sandbox::FaultKind::Http500,
        times: 1,
    });
    let mut pages = vec![first];
    let failure = loop {
        let page = cursor.next_page();
        if page["ok"] != json!(true) {
            break page;
        }
        pages.push(page);
    };
    assert_eq!(
        (failure["error"]["code"].clone(), failure["meta"]["done"].clone()),
        (json!("http_status"), json!(true))
    );
    let indexes: Vec<i64> = pages.iter().filter_map(|page| page["data"]["page"]["index"].as_i64()).collect();
    assert_eq!(indexes, (1..=indexes.len() as i64).collect::<Vec<_>>(), "pages up to the failure, in order");
    assert_eq!(cursor.next_page(), failure, "the walk ended there");
}

#[test]
fn an_eshouhou_walk_reads_one_page_ahead_and_ends_at_the_short_page() {
    let sandbox = sandbox();
    let plain = Client::eshouhou(&sandbox, json!({"prefetch": 0}));
    let expected = rows_of(&plain.cursor("get_work_orders", &json!({"pageSize": 7})).pages());
    let ahead = Client::eshouhou(&sandbox, json!({"prefetch": 8}));
    let walked = rows_of(&ahead.cursor("get_work_orders", &json!({"pageSize": 7})).pages());
    assert_eq!(walked, expected);
}
