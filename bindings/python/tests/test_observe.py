"""Seeing what the library does: its log events on `logging`, the `meta` of every result, request ids on
errors, the clients' stats and repr, and no secret in any of them."""

from __future__ import annotations

import json
import logging
import re
import subprocess
import sys
from typing import Any, Iterator

import pytest
from sandbox_support import (
    ESHOUHOU_APP_ID,
    ESHOUHOU_APP_SECRET,
    ZHIBANG_PASSWORD,
    ZHIBANG_USER,
    SandboxAdmin,
    encodings_of,
    make_eshouhou,
    make_zhibang,
)

import aftersales
from aftersales._loaded import LIBRARY

SERVICE_LIST_PATH = "/sysa/mobilephone/salesmanage/service/list.asp"
REQUEST_ID = re.compile(r"[0-9a-f]{16}")

# Every field an event may carry, and the names they have on a LogRecord (`message` would overwrite the
# record's own attribute).
EVENT_FIELDS = (
    "level",
    "event",
    "provider",
    "client",
    "endpoint",
    "method",
    "url",
    "status",
    "attempt",
    "requests",
    "elapsed_ms",
    "bytes",
    "wait_ms",
    "request_id",
    "code",
    "message",
)
RECORD_NAME = {field: field for field in EVENT_FIELDS} | {"message": "aftersales_message"}


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.DEBUG, logger="aftersales")
    yield caplog


def events(caplog: pytest.LogCaptureFixture, name: str) -> list[logging.LogRecord]:
    return [record for record in caplog.records if vars(record).get("event") == name]


def test_a_call_logs_its_login_requests_responses_and_itself_with_their_fields(
    sandbox: SandboxAdmin, debug_logs: pytest.LogCaptureFixture
) -> None:
    with make_zhibang(sandbox.url, name="desk-7") as client:
        table = client.service_list(pagesize=5)
    request_id = aftersales.meta_of(table)["request_id"]
    records = [record for record in debug_logs.records if vars(record).get("request_id") == request_id]
    assert [vars(record)["event"] for record in records] == [
        "request",
        "response",
        "login",
        "request",
        "response",
        "call",
    ]
    assert {record.name for record in records} == {"aftersales.zhibang"}
    for record in records:
        event = vars(record)["aftersales_event"]
        assert (event["provider"], event["client"], event["endpoint"]) == ("zhibang", "desk-7", "service_list")
        assert {RECORD_NAME[field]: value for field, value in event.items()} == {
            RECORD_NAME[field]: vars(record)[RECORD_NAME[field]] for field in event
        }
        assert record.levelno == {"debug": logging.DEBUG, "info": logging.INFO}[event["level"]]

    response = vars(events(debug_logs, "response")[-1])
    assert (response["method"], response["status"], response["attempt"]) == ("POST", 200, 1)
    assert response["url"] == sandbox.url + SERVICE_LIST_PATH
    assert response["bytes"] > 0 and response["elapsed_ms"] >= 0
    assert events(debug_logs, "login")[-1].levelno == logging.INFO

    call = records[-1]
    assert call.levelno == logging.INFO
    assert vars(call)["requests"] == aftersales.meta_of(table)["requests"] == 2
    message = call.getMessage()
    assert re.fullmatch(rf"call zhibang service_list ok in [0-9.]+ ms, 2 requests \(request {request_id}\)", message)


def test_eshouhou_events_arrive_on_their_own_logger(
    sandbox: SandboxAdmin, debug_logs: pytest.LogCaptureFixture
) -> None:
    with make_eshouhou(sandbox.url) as client:
        record = client.get_service_space()
    request_id = aftersales.meta_of(record)["request_id"]
    names = {(r.name, vars(r)["event"]) for r in debug_logs.records if vars(r).get("request_id") == request_id}
    assert {("aftersales.eshouhou", "token_issued"), ("aftersales.eshouhou", "call")} <= names
    assert {name for name, _ in names} == {"aftersales.eshouhou"}


def test_at_warning_a_successful_call_logs_nothing_and_a_failed_one_warns(
    zhibang: aftersales.ZhibangClient, sandbox: SandboxAdmin, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="aftersales")
    zhibang.service_list(pagesize=5)
    assert caplog.records == []

    sandbox.fault(SERVICE_LIST_PATH, "http_500")
    with pytest.raises(aftersales.TransportError) as raised:
        zhibang.service_list(pagesize=5)
    [record] = caplog.records
    fields = vars(record)
    assert (record.levelno, record.name, fields["event"]) == (logging.WARNING, "aftersales.zhibang", "call")
    assert (fields["code"], fields["status"], fields["request_id"]) == ("http_status", 500, raised.value.request_id)
    assert fields["aftersales_message"] == raised.value.message
    assert record.getMessage().startswith("call zhibang service_list failed (http_status) in ")
    assert record.getMessage().endswith(f"(request {raised.value.request_id})")


def test_the_native_level_follows_the_loggers_and_is_set_only_when_it_changes(
    zhibang: aftersales.ZhibangClient, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    caplog.set_level(logging.INFO, logger="aftersales")
    zhibang.service_list(pagesize=1)
    registrations: list[tuple[bool, int]] = []
    register = LIBRARY.set_log_callback

    def recording(callback: Any, user_data: Any, level: int) -> None:
        registrations.append((bool(callback), level))
        register(callback, user_data, level)

    monkeypatch.setattr(LIBRARY, "set_log_callback", recording)
    for _ in range(5):
        zhibang.service_list(pagesize=1)
    assert registrations == []

    logging.getLogger("aftersales.zhibang").setLevel(logging.DEBUG)
    try:
        zhibang.service_list(pagesize=1)
        assert registrations == [(True, 4)]
    finally:
        logging.getLogger("aftersales.zhibang").setLevel(logging.NOTSET)

    caplog.set_level(logging.CRITICAL, logger="aftersales")
    records_before = len(caplog.records)
    zhibang.service_list(pagesize=1)
    assert registrations == [(True, 4), (False, 0)], "nothing enabled: the C callback is unregistered"
    assert len(caplog.records) == records_before

    caplog.set_level(logging.DEBUG, logger="aftersales")
    zhibang.service_list(pagesize=1)
    logging.disable(logging.CRITICAL)
    try:
        zhibang.service_list(pagesize=1)
    finally:
        logging.disable(logging.NOTSET)
    assert registrations[-2:] == [(True, 4), (False, 0)], "logging.disable() switches the library's events off too"


def test_a_handler_that_raises_never_breaks_a_call(
    zhibang: aftersales.ZhibangClient, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    class Exploding(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            raise RuntimeError("a broken handler")

    caplog.set_level(logging.DEBUG, logger="aftersales")
    handler = Exploding()
    logging.getLogger("aftersales").addHandler(handler)
    try:
        assert zhibang.service_list(pagesize=2)["rows"]
    finally:
        logging.getLogger("aftersales").removeHandler(handler)
    assert "a broken handler" not in capfd.readouterr().err


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_basic_config_after_import_is_all_a_host_needs(sandbox: SandboxAdmin) -> None:
    result = run_python(
        "import logging, sys, aftersales\n"
        "logging.basicConfig(level=logging.DEBUG, stream=sys.stdout, format='%(levelname)s %(name)s %(message)s')\n"
        f"client = aftersales.ZhibangClient(base_url={sandbox.url!r}, username={ZHIBANG_USER!r}, "
        f"password={ZHIBANG_PASSWORD!r})\n"
        "client.service_list(pagesize=1)\n"
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("DEBUG aftersales.zhibang request zhibang service_list POST ") for line in lines)
    assert any(line.startswith("INFO aftersales.zhibang login zhibang service_list") for line in lines)
    assert any(line.startswith("INFO aftersales.zhibang call zhibang service_list ok in ") for line in lines)


def test_without_logging_configured_a_failed_call_prints_nothing(sandbox: SandboxAdmin) -> None:
    result = run_python(
        "import aftersales\n"
        f"client = aftersales.ZhibangClient(base_url={sandbox.url!r}, username={ZHIBANG_USER!r}, password='wrong')\n"
        "try:\n"
        "    client.service_list(pagesize=1)\n"
        "except aftersales.AuthError as error:\n"
        "    print(error.code)\n"
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, "credentials_rejected\n", "")


def test_every_result_and_page_carries_its_meta(
    zhibang: aftersales.ZhibangClient, eshouhou: aftersales.EshouhouClient
) -> None:
    table = zhibang.call("service_list", pagesize=3)
    assert isinstance(table, dict) and len(table["rows"]) == 3
    assert json.loads(json.dumps(table)) == table
    assert table.meta["provider"] == "zhibang" and table.meta["endpoint"] == "service_list"
    assert REQUEST_ID.fullmatch(table.meta["request_id"])
    assert (table.meta["requests"], table.meta["reauthenticated"]) == (2, False)
    assert table.meta["elapsed_ms"] > 0
    assert aftersales.meta_of(table) is table.meta
    assert aftersales.meta_of(zhibang.service_list(pagesize=1))["requests"] == 1

    with zhibang.iter_pages("customer_list", pagesize=200) as pages:
        metas = [page.meta for page in pages]
    assert [meta["done"] for meta in metas] == [False] * (len(metas) - 1) + [True]
    assert len({meta["request_id"] for meta in metas}) == len(metas)

    everything = zhibang.list_all("repair_list", max_pages=2, pagesize=10)
    assert aftersales.meta_of(everything)["requests"] == 2
    assert REQUEST_ID.fullmatch(aftersales.meta_of(eshouhou.get_service_space())["request_id"])
    with pytest.raises(TypeError):
        aftersales.meta_of({"rows": []})


def test_an_error_carries_the_request_id_of_its_call(zhibang: aftersales.ZhibangClient, sandbox: SandboxAdmin) -> None:
    sandbox.fault(SERVICE_LIST_PATH, "http_500")
    with pytest.raises(aftersales.TransportError) as raised:
        zhibang.service_list(pagesize=1)
    request_id = raised.value.request_id
    assert request_id is not None and REQUEST_ID.fullmatch(request_id)
    assert raised.value.message.endswith(f"(request {request_id})")
    zhibang.close()
    with pytest.raises(aftersales.ClientClosedError) as closed:
        zhibang.service_list()
    assert closed.value.request_id is None


def test_stats_count_calls_errors_requests_and_logins(sandbox: SandboxAdmin) -> None:
    with make_zhibang(sandbox.url) as client:
        assert client.stats()["calls"] == 0
        for _ in range(3):
            client.service_list(pagesize=2)
        sandbox.fault(SERVICE_LIST_PATH, "http_500")
        with pytest.raises(aftersales.TransportError):
            client.service_list(pagesize=2)
        stats = client.stats()
    assert (stats["calls"], stats["errors"], stats["logins"], stats["retries"]) == (4, {"http_status": 1}, 1, 0)
    assert stats["requests"] == 5 and stats["token_renewals"] == 0
    assert stats["bytes_in"] > 0 and stats["bytes_out"] > 0
    latency = stats["latency_ms"]
    assert 0 < latency["p50"] <= latency["p95"] <= latency["p99"]


def test_repr_names_provider_server_account_and_name(sandbox: SandboxAdmin) -> None:
    with make_zhibang(sandbox.url, name="desk-7") as zhibang, make_eshouhou(sandbox.url) as eshouhou:
        assert repr(zhibang) == f"<ZhibangClient zhibang {sandbox.url} user={ZHIBANG_USER} name='desk-7' open>"
        assert str(eshouhou) == f"<EshouhouClient eshouhou {sandbox.url} app_id={ESHOUHOU_APP_ID} open>"
    assert repr(zhibang).endswith(" closed>")
    assert ESHOUHOU_APP_SECRET not in repr(eshouhou)


def test_no_record_stat_repr_or_error_holds_the_password_in_any_encoding(
    sandbox: SandboxAdmin, debug_logs: pytest.LogCaptureFixture
) -> None:
    password = 'p@ss w+rd/"<x>&密'
    with make_zhibang(sandbox.url, password=password, name="leak-check") as client:
        with pytest.raises(aftersales.AuthError) as raised:
            client.service_list(pagesize=1)
        seen = [repr(client), str(client), json.dumps(client.stats())]
    error = raised.value
    assert error.code == "credentials_rejected"
    seen += [str(error), repr(error), json.dumps(error.details, ensure_ascii=False), debug_logs.text]
    for record in debug_logs.records:
        seen += [
            record.getMessage(),
            repr(vars(record)),
            json.dumps(vars(record)["aftersales_event"], ensure_ascii=False),
        ]
    assert {"request", "response", "call"} <= {vars(record).get("event") for record in debug_logs.records}
    for form in encodings_of(password):
        for text in seen:
            assert form not in text
