use std::time::{Duration, Instant};

use aftersales_sandbox::{Fault, FaultKind};
use serde_json::{Value, json};

use crate::client;
use crate::{bill_fields, eshouhou_get, eshouhou_token, start, table_rows, zhibang_page, zhibang_session};

const SPACE: &str = "/api/CustomerService/GetServiceSpace";
const SERVICES: &str = "/sysa/mobilephone/salesmanage/service/list.asp";
const SERVICE: &str = "/sysa/mobilephone/salesmanage/service/add.asp";
const HANDLE: &str = "/sysa/mobilephone/salesmanage/service/chuli.asp";
const JSON: [(&str, &str); 1] = [("Content-Type", "application/json; charset=utf-8")];

fn fault(path_prefix: &str, kind: FaultKind, times: u32) -> Fault {
    Fault { path_prefix: path_prefix.to_owned(), kind, times }
}

/// The ord of a service nobody has handled yet.
fn pending_service(base: &str, session: &str) -> String {
    let pending = table_rows(&zhibang_page(base, session, SERVICES, "refresh", &[("stype", json!(1))]));
    pending[0]["ord"].as_str().expect("ord").to_owned()
}

/// The body of a valid handling save of service `ord`.
fn handling_save(session: &str, ord: &str) -> String {
    let datas: Vec<Value> =
        [("ord", ord), ("cateid", "61"), ("info1", "已上门更换滤芯，客户确认。"), ("cate", "69"), ("intro", "171")]
            .iter()
            .map(|(id, val)| json!({"id": id, "val": val}))
            .collect();
    json!({"session": session, "cmdkey": "__sys_dosave", "datas": datas}).to_string()
}

fn handling_status(base: &str, session: &str, ord: &str) -> Value {
    bill_fields(&zhibang_page(base, session, SERVICE, "", &[("ord", json!(ord))]))["status"]["text"].clone()
}

#[test]
fn transport_faults_fire_the_given_number_of_times_then_stop() {
    let sandbox = start();
    let base = sandbox.url();
    let token = eshouhou_token(&base);
    let path = format!("{SPACE}?access_token={}", client::encode(&token));
    sandbox.inject_fault(fault("/API/CustomerService", FaultKind::Http500, 2));
    for _ in 0..2 {
        let failed = client::get(&base, &path);
        assert_eq!(failed.status, 500);
        assert!(failed.text().contains("服务程序发生错误"));
    }
    assert_eq!(client::get(&base, &path).json()["ResultCode"], 0);

    sandbox.inject_fault(fault("/api/", FaultKind::Garbage, 1));
    let garbage = client::get(&base, &path);
    assert_eq!(garbage.status, 200);
    assert_eq!(garbage.text(), "<html><body>抱歉，您访问的页面出问题了</body></html>");

    sandbox.inject_fault(fault("/api/", FaultKind::Empty, 1));
    let empty = client::get(&base, &path);
    assert_eq!(empty.status, 200);
    assert!(empty.body.is_empty());

    sandbox.inject_fault(fault("/sysa/", FaultKind::Empty, 5));
    assert_eq!(client::get(&base, &path).json()["ResultCode"], 0);
    sandbox.clear_faults();
    let session = zhibang_session(&base, "dev1");
    assert_eq!(zhibang_page(&base, &session, SERVICES, "refresh", &[])["header"]["status"], 0);
}

#[test]
fn vendor_errors_come_in_each_familys_own_form() {
    let sandbox = start();
    let base = sandbox.url();
    let token = eshouhou_token(&base);
    let session = zhibang_session(&base, "dev1");
    sandbox.inject_fault(fault("/api/customerservice/", FaultKind::VendorError, 1));
    assert_eq!(
        eshouhou_get(&base, &token, SPACE, ""),
        json!({"ResultCode": 500, "ErrorMsg": "系统繁忙，请稍后再试", "ResultValue": null})
    );
    sandbox.inject_fault(fault("/sysa/", FaultKind::VendorError, 1));
    assert_eq!(
        zhibang_page(&base, &session, SERVICES, "refresh", &[]),
        json!({"header": {"status": "11", "message": "服务器异常: 【数据库连接失败】"}})
    );
    sandbox.inject_fault(fault("/webapi/v3/orgs/", FaultKind::VendorError, 1));
    let headers = [("ZBAPI-Token", session.as_str())];
    let family_b = client::send(&base, "POST", "/webapi/v3/orgs/user/list", &headers, "{}").json();
    assert_eq!(family_b, json!({"Code": 500, "Msg": "服务器内部错误"}));
}

#[test]
fn a_delay_fault_answers_normally_but_late() {
    let sandbox = start();
    let base = sandbox.url();
    sandbox.inject_fault(fault("/api/", FaultKind::Delay(Duration::from_millis(400)), 1));
    let started = Instant::now();
    let answer = client::get(&base, SPACE).json();
    assert!(started.elapsed() >= Duration::from_millis(400));
    assert_eq!(answer["ErrorMsg"], "access_token不能为空");
    let started = Instant::now();
    client::get(&base, SPACE);
    assert!(started.elapsed() < Duration::from_millis(400));
}

#[test]
fn http_503_is_iis_service_unavailable() {
    let sandbox = start();
    let base = sandbox.url();
    sandbox.inject_fault(fault(SPACE, FaultKind::Http503, 1));
    let unavailable = client::get(&base, SPACE);
    assert_eq!(unavailable.status, 503);
    assert!(unavailable.text().contains("Service Unavailable"));
}

#[test]
fn overlapping_requests_raise_the_concurrency_high_water_mark() {
    let sandbox = start();
    let base = sandbox.url();
    assert_eq!(sandbox.stats().max_concurrent_requests, 0);
    sandbox.inject_fault(fault(SPACE, FaultKind::Delay(Duration::from_millis(300)), 4));
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let base = base.clone();
            std::thread::spawn(move || client::get(&base, SPACE).status)
        })
        .collect();
    for thread in threads {
        assert_eq!(thread.join().ok(), Some(200));
    }
    assert!(sandbox.stats().max_concurrent_requests >= 2, "{:?}", sandbox.stats());
}

#[test]
fn a_delay_after_fault_saves_first_and_answers_late() {
    let sandbox = start();
    let base = sandbox.url();
    let session = zhibang_session(&base, "dev1");
    let ord = pending_service(&base, &session);
    let delay = Duration::from_millis(2000);
    sandbox.inject_fault(fault(HANDLE, FaultKind::DelayAfter(delay), 1));
    let saving = {
        let (base, body) = (base.clone(), handling_save(&session, &ord));
        std::thread::spawn(move || {
            let started = Instant::now();
            let answer = client::send(&base, "POST", HANDLE, &JSON, &body).json();
            (started.elapsed(), answer)
        })
    };
    // The save shows in the detail while its own answer is still being held back.
    while handling_status(&base, &session, &ord) != "已处理" {
        assert!(!saving.is_finished(), "the save answered before it took effect");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(!saving.is_finished(), "the save answered without the delay");
    let (elapsed, answer) = saving.join().expect("saving thread");
    assert!(elapsed >= delay, "{elapsed:?}");
    assert_eq!(answer["body"]["message"]["text"], "保存成功！");
}

#[test]
fn a_truncated_answer_breaks_off_halfway_after_the_request_was_handled() {
    let sandbox = start();
    let base = sandbox.url();
    let session = zhibang_session(&base, "dev1");
    let ord = pending_service(&base, &session);
    let body = handling_save(&session, &ord);
    sandbox.inject_fault(fault(HANDLE, FaultKind::Truncated, 1));
    let (raw, _) = client::exchange(&base, "POST", HANDLE, &JSON, &body, Duration::from_secs(30));
    let truncated = client::parse(&raw);
    assert_eq!(truncated.status, 200);
    let length: usize = truncated.header("content-length").expect("content-length").parse().expect("a number");
    assert_eq!(truncated.body.len(), length / 2);
    assert_eq!(handling_status(&base, &session, &ord), "已处理");

    // Saving the same handling again answers the same message, this time whole.
    let whole = client::send(&base, "POST", HANDLE, &JSON, &body);
    assert_eq!(whole.body.len(), length);
    assert!(whole.body.starts_with(&truncated.body));
    assert_eq!(whole.json()["body"]["message"]["text"], "保存成功！");
}

#[test]
fn a_truncated_list_page_is_cut_inside_its_rows() {
    let sandbox = start();
    let base = sandbox.url();
    let session = zhibang_session(&base, "dev1");
    sandbox.inject_fault(fault(SERVICES, FaultKind::Truncated, 1));
    let body = json!({"session": session, "cmdkey": "refresh", "datas": [{"id": "pagesize", "val": 200}]});
    let (raw, _) = client::exchange(&base, "POST", SERVICES, &JSON, &body.to_string(), Duration::from_secs(30));
    let truncated = client::parse(&raw);
    let length: usize = truncated.header("content-length").expect("content-length").parse().expect("a number");
    assert!(length > 10_000, "{length}");
    assert_eq!(truncated.body.len(), length / 2);
    assert!(serde_json::from_slice::<Value>(&truncated.body).is_err());
}

#[test]
fn http_429_is_not_handled_and_says_when_to_retry() {
    let sandbox = start();
    let base = sandbox.url();
    let session = zhibang_session(&base, "dev1");
    let ord = pending_service(&base, &session);
    let retry_after = |milliseconds: u64| {
        sandbox.inject_fault(fault(HANDLE, FaultKind::Http429 { retry_after: Duration::from_millis(milliseconds) }, 1));
        let reply = client::send(&base, "POST", HANDLE, &JSON, &handling_save(&session, &ord));
        assert_eq!(reply.status, 429);
        assert!(reply.text().contains("Too Many Requests"));
        reply.header("retry-after")
    };
    assert_eq!(retry_after(0), None);
    assert_eq!(retry_after(1500).as_deref(), Some("2"));
    assert_eq!(retry_after(2000).as_deref(), Some("2"));
    assert_eq!(retry_after(1).as_deref(), Some("1"));
    assert_ne!(handling_status(&base, &session, &ord), "已处理");
}
