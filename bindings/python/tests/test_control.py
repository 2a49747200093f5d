"""Control over each call: per-call options, cancellation (a CancelToken from another thread, Ctrl-C on the
main thread, a cancelled asyncio task), cursors that resume after a cancelled page, and many awaited calls
from one event loop.

Every cancel is made while the call is inside a request that the sandbox holds back (a `delay` fault), and
the time from the cancel to the caller getting control back must stay under 200 ms.
"""

from __future__ import annotations

import asyncio
import signal
import threading
import time
from pathlib import Path
from typing import Any, Callable, Iterator, TypeVar

import pytest
from sandbox_support import ZHIBANG_PASSWORD, ZHIBANG_USER, SandboxAdmin

import aftersales
from aftersales import Cancelled, CancelToken, OutcomeUnknown, TransportError

LIST = "/sysa/mobilephone/salesmanage/service/list.asp"
CHULI = "/sysa/mobilephone/salesmanage/service/chuli.asp"
HELD_MS = 10_000
CANCEL_AFTER = 0.3
PROMPT = 0.2
# The library runs at most 64 calls started with a callback at once, on threads of its own, beside its two
# I/O threads: however many calls a loop awaits, the process gains no more threads than these.
LIBRARY_THREADS = 64 + 2

_T = TypeVar("_T")


def hold(sandbox: SandboxAdmin, path: str = LIST) -> None:
    sandbox.fault(path, "delay", times=1, delay_ms=HELD_MS)


def after(delay: float, action: Callable[[], None]) -> list[float]:
    """Runs `action` on another thread after `delay` seconds; the list receives the moment it ran."""
    moments: list[float] = []

    def run() -> None:
        time.sleep(delay)
        moments.append(time.monotonic())
        action()

    threading.Thread(target=run, daemon=True).start()
    return moments


def returned_after(moments: list[float]) -> float:
    assert moments, "the cancel never ran"
    return time.monotonic() - moments[0]


def interrupt_main_thread() -> None:
    signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGINT)


def handling(zhibang: aftersales.ZhibangClient) -> dict[str, Any]:
    """Parameters of a service_handle that the sandbox accepts."""
    ord_ = zhibang.service_list(pagesize=1)["rows"][0]["ord"]
    form = zhibang.service_handle_form(ord=ord_)

    def first_option(field_id: str) -> Any:
        return next(field for field in form["fields"] if field["id"] == field_id)["options"][0]["value"]

    return {
        "ord": ord_,
        "cateid": first_option("cateid"),
        "cate": first_option("cate"),
        "intro": first_option("intro"),
        "info1": "取消测试",
    }


def threads_of_process() -> int:
    # threading.active_count() sees only Python's threads, not the library's.
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("Threads:"):
            return int(line.split()[1])
    raise AssertionError("no Threads: line in /proc/self/status")


@pytest.fixture
def async_zhibang(sandbox: SandboxAdmin) -> Iterator[aftersales.AsyncZhibangClient]:
    # No read-ahead: a held page must be the one the test awaits next.
    client = aftersales.AsyncZhibangClient(
        base_url=sandbox.url, username=ZHIBANG_USER, password=ZHIBANG_PASSWORD, retries=0, prefetch=0
    )
    yield client
    client.close()


def run(coroutine: Any) -> Any:
    return asyncio.run(coroutine)


# Options


def test_request_id_comes_back_in_meta_and_errors(zhibang: aftersales.ZhibangClient) -> None:
    table = zhibang.service_list(pagesize=2, request_id="erp-7731")
    assert aftersales.meta_of(table)["request_id"] == "erp-7731"
    with pytest.raises(aftersales.VendorError) as raised:
        zhibang.call("service_detail", ord=999999999, request_id="erp-7732")
    assert raised.value.request_id == "erp-7732"
    pages = zhibang.iter_pages("service_list", pagesize=1000, request_id="erp-walk")
    assert {aftersales.meta_of(page)["request_id"] for page in pages} == {"erp-walk"}
    with pytest.raises(aftersales.InvalidArgument) as refused:
        zhibang.service_list(request_id="has space")
    assert refused.value.parameter == "request_id"


def test_timeout_and_deadline_bound_one_call(zhibang: aftersales.ZhibangClient, sandbox: SandboxAdmin) -> None:
    zhibang.login()
    for options in ({"timeout": 0.5}, {"deadline": 0.7}):
        hold(sandbox)
        started = time.monotonic()
        with pytest.raises(TransportError) as raised:
            zhibang.service_list(**options)
        assert raised.value.code == "timeout"
        assert time.monotonic() - started < 3, options
    assert len(zhibang.service_list(pagesize=3)["rows"]) == 3


def test_async_options_apply_too(async_zhibang: aftersales.AsyncZhibangClient, sandbox: SandboxAdmin) -> None:
    async def scenario() -> None:
        table = await async_zhibang.service_list(pagesize=2, request_id="erp-async")
        assert aftersales.meta_of(table)["request_id"] == "erp-async"
        pages = [page async for page in async_zhibang.iter_pages("service_list", pagesize=1000, request_id="erp-p")]
        assert [page["page"]["index"] for page in pages] == [1, 2, 3]
        assert {aftersales.meta_of(page)["request_id"] for page in pages} == {"erp-p"}
        hold(sandbox)
        started = time.monotonic()
        with pytest.raises(TransportError, match="timeout"):
            await async_zhibang.service_list(deadline=0.5)
        assert time.monotonic() - started < 3

    run(scenario())


# Cancelling blocking calls


def test_a_token_cancelled_from_another_thread_stops_the_call_at_once(
    zhibang: aftersales.ZhibangClient, sandbox: SandboxAdmin
) -> None:
    zhibang.login()
    hold(sandbox)
    token = CancelToken()
    cancelled_at = after(CANCEL_AFTER, token.cancel)
    with pytest.raises(Cancelled) as raised:
        zhibang.service_list(cancel=token)
    assert returned_after(cancelled_at) < PROMPT
    assert raised.value.code == "cancelled" and not raised.value.retryable
    assert token.cancelled
    sent = sandbox.requests_to(LIST)
    with pytest.raises(Cancelled):
        zhibang.service_list(cancel=token)
    assert sandbox.requests_to(LIST) == sent, "a call with a cancelled token is not sent"
    assert len(zhibang.service_list(pagesize=3)["rows"]) == 3


def test_a_token_cancels_a_call_on_a_worker_thread_too(
    zhibang: aftersales.ZhibangClient, sandbox: SandboxAdmin
) -> None:
    zhibang.login()
    hold(sandbox)
    token = CancelToken()
    outcome: list[BaseException] = []

    def call() -> None:
        try:
            zhibang.service_list(cancel=token)
        except BaseException as error:
            outcome.append(error)

    worker = threading.Thread(target=call)
    worker.start()
    time.sleep(CANCEL_AFTER)
    cancelled_at = time.monotonic()
    token.cancel()
    worker.join(5)
    assert time.monotonic() - cancelled_at < PROMPT
    assert [type(error) for error in outcome] == [Cancelled]


def test_ctrl_c_stops_a_call_on_the_main_thread(zhibang: aftersales.ZhibangClient, sandbox: SandboxAdmin) -> None:
    zhibang.login()
    hold(sandbox)
    interrupted_at = after(CANCEL_AFTER, interrupt_main_thread)
    with pytest.raises(KeyboardInterrupt):
        zhibang.service_list()
    assert returned_after(interrupted_at) < PROMPT
    assert zhibang.stats()["errors"].get("cancelled") == 1, "the native call was cancelled, not left running"
    assert len(zhibang.service_list(pagesize=3)["rows"]) == 3


def test_a_cancelled_write_is_an_unknown_outcome(zhibang: aftersales.ZhibangClient, sandbox: SandboxAdmin) -> None:
    params = handling(zhibang)
    hold(sandbox, CHULI)
    token = CancelToken()
    cancelled_at = after(CANCEL_AFTER, token.cancel)
    with pytest.raises(OutcomeUnknown):
        zhibang.service_handle(**params, cancel=token)
    assert returned_after(cancelled_at) < PROMPT


def test_ctrl_c_during_a_page_leaves_the_cursor_on_it_and_the_walk_goes_on(
    zhibang: aftersales.ZhibangClient, sandbox: SandboxAdmin
) -> None:
    expected = zhibang.list_all("service_list", pagesize=500)["rows"]
    with zhibang.iter_pages("service_list", pagesize=500) as pages:
        first = next(pages)
        hold(sandbox)
        interrupted_at = after(CANCEL_AFTER, interrupt_main_thread)
        with pytest.raises(KeyboardInterrupt):
            next(pages)
        assert returned_after(interrupted_at) < PROMPT
        rest = list(pages)
    assert [page["page"]["index"] for page in [first, *rest]] == list(range(1, len(rest) + 2))
    assert [row["ord"] for page in [first, *rest] for row in page["rows"]] == [row["ord"] for row in expected]


def test_a_cancelled_token_ends_a_walk_for_good(zhibang: aftersales.ZhibangClient, sandbox: SandboxAdmin) -> None:
    token = CancelToken()
    rows = zhibang.iter_service_list(pagesize=100, cancel=token)
    assert len([next(rows) for _ in range(100)]) == 100
    token.cancel()
    sent = sandbox.requests_to(LIST)
    for _ in range(2):
        with pytest.raises(Cancelled):
            next(rows)
    assert sandbox.requests_to(LIST) == sent
    rows.close()


# asyncio


def test_cancelling_a_task_cancels_its_call(
    async_zhibang: aftersales.AsyncZhibangClient, sandbox: SandboxAdmin
) -> None:
    async def scenario() -> float:
        await async_zhibang.login()
        hold(sandbox)
        task = asyncio.ensure_future(async_zhibang.service_list())
        await asyncio.sleep(CANCEL_AFTER)
        cancelled_at = time.monotonic()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        waited = time.monotonic() - cancelled_at
        assert len((await async_zhibang.service_list(pagesize=3))["rows"]) == 3
        return waited

    assert run(scenario()) < PROMPT
    assert async_zhibang.stats()["errors"].get("cancelled") == 1


def test_a_cancelled_write_task_raises_outcome_unknown(
    zhibang: aftersales.ZhibangClient, async_zhibang: aftersales.AsyncZhibangClient, sandbox: SandboxAdmin
) -> None:
    params = handling(zhibang)

    async def scenario() -> None:
        hold(sandbox, CHULI)
        task = asyncio.ensure_future(async_zhibang.service_handle(**params))
        await asyncio.sleep(CANCEL_AFTER)
        task.cancel()
        with pytest.raises(OutcomeUnknown):
            await task

    run(scenario())


def test_a_timed_out_wait_cancels_the_call(async_zhibang: aftersales.AsyncZhibangClient, sandbox: SandboxAdmin) -> None:
    async def scenario() -> None:
        await async_zhibang.login()
        hold(sandbox)
        started = time.monotonic()
        with pytest.raises(asyncio.TimeoutError):
            await asyncio.wait_for(async_zhibang.service_list(), CANCEL_AFTER)
        assert time.monotonic() - started < CANCEL_AFTER + PROMPT

    run(scenario())
    assert async_zhibang.stats()["errors"].get("cancelled") == 1


def test_async_for_walks_rows_and_resumes_after_a_cancelled_page(
    async_zhibang: aftersales.AsyncZhibangClient, sandbox: SandboxAdmin
) -> None:
    async def scenario() -> tuple[list[int], float]:
        ords: list[int] = []
        async with async_zhibang.iter_service_list(pagesize=500) as rows:
            for _ in range(500):
                ords.append((await rows.__anext__())["ord"])
            hold(sandbox)
            task = asyncio.ensure_future(rows.__anext__())
            await asyncio.sleep(CANCEL_AFTER)
            cancelled_at = time.monotonic()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            waited = time.monotonic() - cancelled_at
            ords += [row["ord"] async for row in rows]
        return ords, waited

    ords, waited = run(scenario())
    assert waited < PROMPT
    assert len(ords) == len(set(ords)) == 3000


def test_a_hundred_awaited_calls_overlap_on_a_bounded_number_of_threads(
    async_zhibang: aftersales.AsyncZhibangClient, sandbox: SandboxAdmin
) -> None:
    calls = 100

    async def scenario() -> tuple[list[Any], int]:
        await async_zhibang.login()
        sandbox.fault(LIST, "delay", times=calls, delay_ms=300)
        most = threads_of_process()
        pending = asyncio.gather(*(async_zhibang.service_list(pagesize=5, pageindex=1 + i) for i in range(calls)))
        while not pending.done():
            most = max(most, threads_of_process())
            await asyncio.sleep(0.02)
        return await pending, most

    before = threads_of_process()
    tables, most = run(scenario())
    assert len({row["ord"] for table in tables for row in table["rows"]}) == calls * 5
    overlapped = sandbox.stats()["max_concurrent_requests"]
    assert overlapped >= 32, overlapped
    print(f"threads: {before} before, at most {most} during {calls} awaited calls; {overlapped} requests at once")
    assert most - before <= LIBRARY_THREADS
