"""Every exception class, raised by real failures against the sandbox, with the envelope's details."""

from __future__ import annotations

import json
import pickle
import socket
from typing import Any

import pytest
from sandbox_support import (
    ESHOUHOU_APP_SECRET,
    ZHIBANG_CAPTCHA,
    ZHIBANG_FROZEN_USER,
    ZHIBANG_PASSWORD,
    SandboxAdmin,
    make_eshouhou,
    make_zhibang,
)

import aftersales
from aftersales import (
    AfterSalesError,
    AuthError,
    Cancelled,
    DecodeError,
    InternalError,
    InvalidArgument,
    OutcomeUnknown,
    TransportError,
    VendorError,
)

WORK_ORDERS_PATH = "/open/v2/WorkOrder/GetWorkOrders"
SERVICE_LIST_PATH = "/sysa/mobilephone/salesmanage/service/list.asp"
SERVICE_HANDLE_PATH = "/sysa/mobilephone/salesmanage/service/chuli.asp"


def test_every_documented_family_has_its_class() -> None:
    families = {error["family"] for error in aftersales.endpoints()["error_codes"]}
    assert families == {"input", "auth", "transport", "vendor", "decode", "internal"}


def test_an_unknown_parameter_is_an_invalid_argument_naming_it(eshouhou: aftersales.EshouhouClient) -> None:
    with pytest.raises(InvalidArgument) as raised:
        eshouhou.call("get_customer", customerid="x")
    error = raised.value
    assert (error.code, error.family, error.parameter, error.retryable) == (
        "unknown_parameter",
        "input",
        "customerid",
        False,
    )
    assert "customerId" in error.message


def test_a_value_over_the_vendor_limit_is_refused_before_sending(
    zhibang: aftersales.ZhibangClient, sandbox: SandboxAdmin
) -> None:
    with pytest.raises(InvalidArgument) as raised:
        zhibang.service_handle(ord=1, cateid="61", info1="长" * 4001, cate="62", intro="171")
    assert (raised.value.code, raised.value.parameter) == ("value_too_long", "info1")
    assert sandbox.stats()["zhibang_logins"] == 0


def test_a_bad_config_is_an_invalid_argument_from_the_constructor(sandbox: SandboxAdmin) -> None:
    with pytest.raises(InvalidArgument) as raised:
        make_zhibang(sandbox.url, serial_number="not a serial!")
    assert (raised.value.code, raised.value.parameter) == ("invalid_parameter", "serial_number")


def test_the_hostile_network_settings_reach_the_library(sandbox: SandboxAdmin) -> None:
    with make_zhibang(sandbox.url, deadline_ms=3000, verify_writes=False, ca_certificates_only=False) as client:
        assert client.service_list(pagesize=1)["rows"]
    with make_eshouhou(sandbox.url, deadline_ms=3000, max_response_bytes=1 << 20) as client:
        assert client.get_service_space()
    refusals: list[tuple[dict[str, Any], str, str]] = [
        ({"ca_certificates_only": True}, "missing_parameter", "ca_certificates"),
        ({"ca_certificates": "/no/such/ca.pem"}, "invalid_parameter", "ca_certificates"),
        ({"deadline_ms": 0}, "invalid_parameter", "deadline_ms"),
        ({"max_response_bytes": 10}, "invalid_parameter", "max_response_bytes"),
        ({"verify_writes": "yes"}, "invalid_parameter", "verify_writes"),
    ]
    for settings, code, parameter in refusals:
        with pytest.raises(InvalidArgument) as raised:
            make_zhibang(sandbox.url, **settings)
        assert (raised.value.code, raised.value.parameter) == (code, parameter)
    with pytest.raises(InvalidArgument) as raised:
        make_eshouhou(sandbox.url, ca_certificates_only=True)
    assert (raised.value.code, raised.value.parameter) == ("missing_parameter", "ca_certificates")


def test_an_unknown_config_key_is_still_refused(sandbox: SandboxAdmin) -> None:
    with pytest.raises(TypeError, match="verify_write"):
        make_zhibang(sandbox.url, verify_write=False)
    with pytest.raises(TypeError, match="verify_writes"):
        make_eshouhou(sandbox.url, verify_writes=False)
    # Below the keyword arguments, the library refuses a key it does not know.
    from aftersales._endpoints import EshouhouEndpoints

    with pytest.raises(InvalidArgument) as raised:
        EshouhouEndpoints({"app_id": "a", "app_secret": "s", "verify_writes": False})
    assert (raised.value.code, raised.value.parameter) == ("unknown_parameter", "verify_writes")


def test_an_answer_over_max_response_bytes_is_refused(sandbox: SandboxAdmin) -> None:
    with make_zhibang(sandbox.url, max_response_bytes=1024) as client:
        client.login()
        with pytest.raises(TransportError) as raised:
            client.service_list(pagesize=200)
    assert (raised.value.code, raised.value.retryable) == ("response_too_large", False)


def test_a_wrong_app_secret_is_an_auth_error_that_does_not_reveal_it(sandbox: SandboxAdmin) -> None:
    wrong_secret = "0" * len(ESHOUHOU_APP_SECRET)
    with make_eshouhou(sandbox.url, app_secret=wrong_secret) as client:
        with pytest.raises(AuthError) as raised:
            client.get_service_space()
    error = raised.value
    assert (error.code, error.vendor_code, error.vendor_message) == ("credentials_rejected", "1", "签名验证失败")
    assert wrong_secret not in str(error.details)


def test_a_frozen_account_is_an_auth_error(sandbox: SandboxAdmin) -> None:
    with make_zhibang(sandbox.url, username=ZHIBANG_FROZEN_USER) as client:
        with pytest.raises(AuthError) as raised:
            client.service_list()
    assert raised.value.code == "account_disabled"
    assert raised.value.vendor_message == "用户被冻结。"


def test_a_captcha_is_required_after_three_refused_passwords_and_can_be_answered(sandbox: SandboxAdmin) -> None:
    for _ in range(3):
        with make_zhibang(sandbox.url, password="wrong-password") as client:
            with pytest.raises(AuthError) as raised:
                client.service_list()
            # The third refusal may already carry the captcha the next login will need.
            assert raised.value.code in {"credentials_rejected", "captcha_required"}
            assert "wrong-password" not in str(raised.value.details)
    with make_zhibang(sandbox.url) as client:
        with pytest.raises(AuthError) as raised:
            client.service_list()
        assert raised.value.code == "captcha_required"
        assert raised.value.captcha_url is not None and raised.value.captcha_url.startswith(sandbox.url)
        assert ZHIBANG_PASSWORD not in str(raised.value.details)
        assert client.login(rndcode=ZHIBANG_CAPTCHA)["logged_in"] is True
        assert client.service_list(pagesize=1)["rows"]


def test_an_http_error_status_is_a_transport_error(eshouhou: aftersales.EshouhouClient, sandbox: SandboxAdmin) -> None:
    eshouhou.token()
    sandbox.fault(WORK_ORDERS_PATH, "http_500")
    with pytest.raises(TransportError) as raised:
        eshouhou.get_work_orders()
    assert (raised.value.code, raised.value.http_status) == ("http_status", 500)


def test_a_server_error_is_reported_at_once_and_is_not_retryable(sandbox: SandboxAdmin) -> None:
    with make_eshouhou(sandbox.url, retries=2) as client:
        client.token()
        sandbox.fault(WORK_ORDERS_PATH, "http_500")
        with pytest.raises(TransportError) as raised:
            client.get_work_orders()
    assert (raised.value.code, raised.value.http_status, raised.value.retryable) == ("http_status", 500, False)
    assert sandbox.requests_to(WORK_ORDERS_PATH) == 1, "a 500 may be deterministic: not sent again"


def test_a_server_unavailable_on_every_attempt_is_retryable(sandbox: SandboxAdmin) -> None:
    retries = 2
    with make_eshouhou(sandbox.url, retries=retries, retry_backoff_ms=20) as client:
        client.token()
        sandbox.fault(WORK_ORDERS_PATH, "http_503", times=retries + 2)
        with pytest.raises(TransportError) as raised:
            client.get_work_orders()
    error = raised.value
    assert type(error) is TransportError
    assert (error.code, error.http_status, error.retryable) == ("server_unavailable", 503, True)
    assert sandbox.requests_to(WORK_ORDERS_PATH) == retries + 1
    assert "503" in error.message


def test_an_unreachable_server_is_a_retryable_transport_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    with make_zhibang(f"http://127.0.0.1:{closed_port}") as client:
        with pytest.raises(TransportError) as raised:
            client.login()
    assert raised.value.code == "connect_failed"
    assert raised.value.retryable is True


def test_a_vendor_failure_code_is_a_vendor_error_with_the_vendor_text(
    eshouhou: aftersales.EshouhouClient, sandbox: SandboxAdmin
) -> None:
    eshouhou.token()
    sandbox.fault(WORK_ORDERS_PATH, "vendor_error")
    with pytest.raises(VendorError) as raised:
        eshouhou.get_work_orders()
    error = raised.value
    assert (error.code, error.vendor_code, error.vendor_message) == ("vendor_error", "500", "系统繁忙，请稍后再试")


def test_a_refusal_in_zhibang_prose_is_a_vendor_error(zhibang: aftersales.ZhibangClient) -> None:
    service = int(zhibang.service_list(pagesize=1)["rows"][0]["ord"])
    with pytest.raises(VendorError) as raised:
        zhibang.service_handle(ord=service, cateid="61", info1="测试", cate="62", intro="not-an-option")
    assert raised.value.code == "vendor_rejected"
    assert raised.value.vendor_message == "处理结果无效，不能保存！"


def handle_a_service_slowly(sandbox: SandboxAdmin, **settings: Any) -> OutcomeUnknown:
    """Saves a handling of the newest service while the server takes 1.5 s to answer a client that waits
    0.3 s. Retries are on: the library must not re-send a write whatever they say."""
    with make_zhibang(sandbox.url, timeout_ms=300, retries=2, **settings) as client:
        service = int(client.service_list(pagesize=1)["rows"][0]["ord"])
        sandbox.fault(SERVICE_HANDLE_PATH, "delay", delay_ms=1500)
        with pytest.raises(OutcomeUnknown) as raised:
            client.service_handle(ord=service, cateid="61", info1="已上门更换加热管", cate="62", intro="171")
    return raised.value


def test_a_write_without_an_answer_is_outcome_unknown_and_sent_once(sandbox: SandboxAdmin) -> None:
    error = handle_a_service_slowly(sandbox, verify_writes=False)
    assert isinstance(error, TransportError)
    assert (error.code, error.family, error.retryable) == ("outcome_unknown", "transport", False)
    assert sandbox.requests_to(SERVICE_HANDLE_PATH) == 1, "a write is never sent twice"


def test_a_write_read_back_without_it_stays_outcome_unknown(sandbox: SandboxAdmin) -> None:
    error = handle_a_service_slowly(sandbox)
    assert (error.code, error.retryable) == ("outcome_unknown", False)
    assert "does not show" in error.message and "service_detail" in error.message, error.message
    assert sandbox.requests_to(SERVICE_HANDLE_PATH) == 1, "the read-back reads, it never saves again"


def test_every_catalogue_code_maps_to_its_class() -> None:
    from aftersales._envelope import unwrap

    families = {
        "input": InvalidArgument,
        "auth": AuthError,
        "transport": TransportError,
        "vendor": VendorError,
        "decode": DecodeError,
        "internal": InternalError,
    }
    for entry in aftersales.endpoints()["error_codes"]:
        expected = {"outcome_unknown": OutcomeUnknown, "cancelled": Cancelled}.get(
            entry["code"], families[entry["family"]]
        )
        envelope = json.dumps({"ok": False, "error": {**entry, "message": "m"}})
        with pytest.raises(AfterSalesError) as raised:
            unwrap(envelope)
        assert type(raised.value) is expected, entry["code"]
        assert raised.value.retryable is entry["retryable"]


def test_an_answer_that_is_not_json_is_a_decode_error(zhibang: aftersales.ZhibangClient, sandbox: SandboxAdmin) -> None:
    zhibang.login()
    sandbox.fault(SERVICE_LIST_PATH, "garbage")
    with pytest.raises(DecodeError) as raised:
        zhibang.service_list()
    assert raised.value.code == "invalid_response"


def test_an_internal_error_envelope_becomes_internal_error() -> None:
    # The library reports a caught panic this way; nothing outside the library can make it panic, so
    # the mapping is checked on the envelope the boundary produces.
    from aftersales._envelope import unwrap

    envelope = (
        '{"ok": false, "error": {"code": "internal_error", "family": "internal", '
        '"message": "libaftersales caught a panic (a bug; the client is still usable): boom", "retryable": false}}'
    )
    with pytest.raises(InternalError) as raised:
        unwrap(envelope)
    assert raised.value.code == "internal_error"


def test_a_family_added_later_still_raises_the_base_class() -> None:
    from aftersales._envelope import unwrap

    with pytest.raises(AfterSalesError) as raised:
        unwrap(
            '{"ok": false, "error": {"code": "quota_exceeded", "family": "quota", "message": "m", "retryable": true}}'
        )
    assert type(raised.value) is AfterSalesError
    assert (raised.value.code, raised.value.retryable) == ("quota_exceeded", True)


def test_errors_survive_pickling_with_their_details(eshouhou: aftersales.EshouhouClient) -> None:
    with pytest.raises(InvalidArgument) as raised:
        eshouhou.call("no_such_endpoint")
    copy = pickle.loads(pickle.dumps(raised.value))
    assert type(copy) is InvalidArgument
    assert copy.details == raised.value.details
    assert str(copy) == str(raised.value) == f"[unknown_endpoint] {raised.value.message}"
    unknown = OutcomeUnknown({"code": "outcome_unknown", "family": "transport", "message": "m", "retryable": False})
    assert type(pickle.loads(pickle.dumps(unknown))) is OutcomeUnknown
