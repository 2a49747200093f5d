"""Iterating list endpoints across pages: rows, pages, resumption after a retryable failure, the end of a walk
after a permanent one, whole lists."""

from __future__ import annotations

import itertools

import pytest
from sandbox_support import SandboxAdmin, make_zhibang

import aftersales

SERVICE_LIST_PATH = "/sysa/mobilephone/salesmanage/service/list.asp"


def test_iterating_zhibang_rows_walks_every_page(zhibang: aftersales.ZhibangClient, sandbox: SandboxAdmin) -> None:
    total = zhibang.service_list(pagesize=1)["page"]["total"]
    assert total is not None and total > 200
    sandbox.reset()
    ords = [row["ord"] for row in zhibang.iter_service_list(pagesize=200)]
    assert len(ords) == len(set(ords)) == total
    expected_pages = -(-total // 200)
    assert sandbox.requests_to(SERVICE_LIST_PATH) == expected_pages


def test_iterating_eshouhou_rows_stops_at_the_short_page(eshouhou: aftersales.EshouhouClient) -> None:
    everything = eshouhou.list_all("search_product_list", pageSize=1000)
    assert everything["complete"] and everything["pages"] == 1
    walked = list(eshouhou.iter_search_product_list(pageSize=40))
    assert walked == everything["rows"]
    assert len(walked) % 40 != 0


def test_filters_apply_to_every_page(zhibang: aftersales.ZhibangClient) -> None:
    # stype=1 lists the services still pending: waiting or in progress, never handled.
    pending = list(zhibang.iter_service_list(pagesize=50, stype=1))
    assert len(pending) > 50
    assert {row["status"] for row in pending} <= {"待处理", "处理中"}


def test_pages_carry_their_position_and_the_last_says_so(zhibang: aftersales.ZhibangClient) -> None:
    with zhibang.iter_pages("customer_list", pagesize=100, pageindex=2) as pages:
        page_infos = [page["page"] for page in pages]
    assert [info["index"] for info in page_infos] == list(range(2, len(page_infos) + 2))
    assert [info["has_more"] for info in page_infos] == [True] * (len(page_infos) - 1) + [False]


def test_a_page_that_failed_retryably_is_asked_for_again_and_the_walk_completes(
    zhibang: aftersales.ZhibangClient, sandbox: SandboxAdmin
) -> None:
    total = zhibang.service_list(pagesize=1)["page"]["total"]
    pages = zhibang.iter_pages("service_list", pagesize=100)
    first = next(pages)
    sandbox.fault(SERVICE_LIST_PATH, "http_503")
    with pytest.raises(aftersales.TransportError) as raised:
        next(pages)
    assert (raised.value.code, raised.value.retryable) == ("server_unavailable", True)
    second = next(pages)
    assert second["page"]["index"] == first["page"]["index"] + 1
    rest = [row["ord"] for page in pages for row in page["rows"]]
    ords = [row["ord"] for row in first["rows"] + second["rows"]] + rest
    assert len(ords) == len(set(ords)) == total
    assert pages.closed


def test_a_page_that_failed_for_good_ends_the_walk_without_another_request(
    zhibang: aftersales.ZhibangClient, sandbox: SandboxAdmin
) -> None:
    pages = zhibang.iter_pages("service_list", pagesize=100)
    next(pages)
    sandbox.fault(SERVICE_LIST_PATH, "http_500")
    with pytest.raises(aftersales.TransportError) as raised:
        next(pages)
    assert (raised.value.code, raised.value.http_status, raised.value.retryable) == ("http_status", 500, False)
    sent = sandbox.requests_to(SERVICE_LIST_PATH)
    for _ in range(3):
        with pytest.raises(aftersales.TransportError) as again:
            next(pages)
        assert again.value.details == raised.value.details
    assert sandbox.requests_to(SERVICE_LIST_PATH) == sent
    assert pages.closed


def test_a_row_walk_resumes_after_a_retryable_failure(zhibang: aftersales.ZhibangClient, sandbox: SandboxAdmin) -> None:
    total = zhibang.service_list(pagesize=1)["page"]["total"]
    rows = zhibang.iter_service_list(pagesize=100)
    ords = [row["ord"] for row in itertools.islice(rows, 100)]
    sandbox.fault(SERVICE_LIST_PATH, "http_503")
    with pytest.raises(aftersales.TransportError) as raised:
        next(rows)
    assert raised.value.code == "server_unavailable"
    ords += [row["ord"] for row in rows]
    assert len(ords) == len(set(ords)) == total


def test_a_row_walk_raises_a_permanent_failure_again_without_another_request(
    zhibang: aftersales.ZhibangClient, sandbox: SandboxAdmin
) -> None:
    with zhibang.iter_service_list(pagesize=100) as rows:
        assert len(list(itertools.islice(rows, 100))) == 100
        sandbox.fault(SERVICE_LIST_PATH, "http_500")
        with pytest.raises(aftersales.TransportError) as raised:
            next(rows)
        sent = sandbox.requests_to(SERVICE_LIST_PATH)
        with pytest.raises(aftersales.TransportError) as again:
            next(rows)
    assert again.value.details == raised.value.details
    assert sandbox.requests_to(SERVICE_LIST_PATH) == sent


def test_list_all_stops_at_max_pages_and_says_it_is_incomplete(zhibang: aftersales.ZhibangClient) -> None:
    partial = zhibang.list_all("repair_list", max_pages=2, pagesize=10)
    assert (partial["pages"], partial["complete"], len(partial["rows"])) == (2, False, 20)
    assert "SerialNumber" in {column["id"] for column in partial.get("columns", [])}


def test_a_non_list_endpoint_cannot_be_iterated(zhibang: aftersales.ZhibangClient) -> None:
    with pytest.raises(aftersales.InvalidArgument):
        list(zhibang.iter_rows("service_detail", ord=1))


def test_a_walk_reading_ahead_returns_every_row_once_in_order(sandbox: SandboxAdmin) -> None:
    expected = [row["ord"] for row in make_zhibang(sandbox.url, prefetch=0).iter_service_list(pagesize=100)]
    with make_zhibang(sandbox.url, prefetch=4) as zhibang:
        walked = [row["ord"] for row in zhibang.iter_service_list(pagesize=100)]
    assert walked == expected
    assert len(expected) > 1000
