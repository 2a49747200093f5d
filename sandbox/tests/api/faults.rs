use std::time::{Duration, Instant};

use aftersales_sandbox::{Fault, FaultKind};
use serde_json::json;

use crate::client;
use crate::{eshouhou_get, eshouhou_token, start, zhibang_page, zhibang_session};

const SPACE: &str = "/api/CustomerService/GetServiceSpace";
const SERVICES: &str = "/sysa/mobilephone/salesmanage/service/list.asp";

fn fault(path_prefix: &str, kind: FaultKind, times: u32) -> Fault {
    Fault { path_prefix: path_prefix.to_owned(), kind, times }
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
