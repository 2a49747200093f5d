"""One client shared by 8 threads: calls overlap (ctypes releases the GIL) and all succeed.

No timing is asserted: the sandbox reports the highest number of requests it had in flight at once.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

import pytest
from sandbox_support import SandboxAdmin

import aftersales
from aftersales import ClientClosedError

THREADS = 8
DELAY_MS = 300
SERVICE_LIST_PATH = "/sysa/mobilephone/salesmanage/service/list.asp"


def run_in_threads(call: Callable[[int], Any]) -> list[Any]:
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        return list(pool.map(call, range(THREADS)))


def test_eight_threads_share_one_eshouhou_client_and_their_calls_overlap(
    eshouhou: aftersales.EshouhouClient, sandbox: SandboxAdmin
) -> None:
    eshouhou.token()
    sandbox.fault("/open/v2/basic/getproducts", "delay", times=THREADS, delay_ms=DELAY_MS)
    pages = run_in_threads(lambda index: eshouhou.get_products(pageSize=5, pageIndex=index + 1))
    assert [page["page"]["index"] for page in pages] == list(range(1, THREADS + 1))
    stats = sandbox.stats()
    assert stats["max_concurrent_requests"] >= 2
    assert stats["eshouhou_tokens_issued"] == 1


def test_eight_threads_share_one_zhibang_session(zhibang: aftersales.ZhibangClient, sandbox: SandboxAdmin) -> None:
    sandbox.fault(SERVICE_LIST_PATH, "delay", times=THREADS, delay_ms=DELAY_MS)
    tables = run_in_threads(lambda index: zhibang.service_list(pagesize=10, pageindex=index + 1))
    assert len({row["ord"] for table in tables for row in table["rows"]}) == THREADS * 10
    stats = sandbox.stats()
    assert stats["max_concurrent_requests"] >= 2
    assert stats["zhibang_logins"] == 1


def test_close_lets_calls_in_flight_finish_and_refuses_new_ones(
    zhibang: aftersales.ZhibangClient, sandbox: SandboxAdmin
) -> None:
    zhibang.login()
    callers = THREADS - 1
    sandbox.fault(SERVICE_LIST_PATH, "delay", times=callers, delay_ms=DELAY_MS)
    with ThreadPoolExecutor(max_workers=callers) as pool:
        calls = [pool.submit(zhibang.service_list, pagesize=5) for _ in range(callers)]
        while sandbox.requests_to(SERVICE_LIST_PATH) < callers:
            time.sleep(0.01)
        # Every call is now inside its (delayed) request: close() must wait for all of them.
        zhibang.close()
        assert all(len(call.result()["rows"]) == 5 for call in calls)
    with pytest.raises(ClientClosedError):
        zhibang.service_list(pagesize=5)
