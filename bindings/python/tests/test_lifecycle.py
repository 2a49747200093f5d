"""Native handles: close(), `with`, the weakref.finalize fallback, and interpreter shutdown."""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap
import threading
import time

import pytest
from sandbox_support import SandboxAdmin, make_eshouhou, make_zhibang

import aftersales
from aftersales import ClientClosedError, InvalidArgument
from aftersales._handle import NativeHandle

SERVICE_LIST_PATH = "/sysa/mobilephone/salesmanage/service/list.asp"


def test_with_closes_the_client_and_later_calls_are_refused(sandbox: SandboxAdmin) -> None:
    with make_eshouhou(sandbox.url) as client:
        assert client.get_service_space()
        assert repr(client).endswith(" open>")
    assert client.closed
    assert repr(client).endswith(" closed>")
    with pytest.raises(ClientClosedError) as raised:
        client.get_service_space()
    assert isinstance(raised.value, InvalidArgument)
    assert raised.value.code == "client_closed"
    with pytest.raises(ClientClosedError):
        client.iter_pages("get_products")


def test_with_closes_the_client_when_the_block_raises(sandbox: SandboxAdmin) -> None:
    with pytest.raises(KeyError):
        with make_zhibang(sandbox.url) as client:
            raise KeyError("boom")
    assert client.closed


def test_close_is_idempotent(sandbox: SandboxAdmin) -> None:
    client = make_zhibang(sandbox.url)
    client.close()
    client.close()
    assert client.closed


def test_close_waits_for_a_call_in_flight_before_freeing() -> None:
    freed_while_lent: list[bool] = []
    lent = threading.Event()
    release = threading.Event()
    returned = threading.Event()
    handle = NativeHandle(object(), lambda _: freed_while_lent.append(not returned.is_set()), "client")

    def call() -> None:
        with handle.lend():
            lent.set()
            release.wait()
        returned.set()

    caller = threading.Thread(target=call)
    caller.start()
    lent.wait()
    closer = threading.Thread(target=handle.close)
    closer.start()
    while not handle.closed:
        time.sleep(0.001)
    # close() has begun (new calls are refused) but must not free while the call holds the pointer.
    with pytest.raises(ClientClosedError):
        with handle.lend():
            pass
    assert freed_while_lent == []
    release.set()
    caller.join()
    closer.join()
    assert len(freed_while_lent) == 1


def test_the_finalizer_never_frees_a_handle_with_a_call_in_flight() -> None:
    # Only reachable at interpreter exit, when a daemon thread may still be inside a call: the handle
    # is then left to the OS instead of being freed under that thread.
    freed: list[object] = []
    handle = NativeHandle(object(), freed.append, "client")
    with handle.lend():
        handle.close_if_idle()
    assert freed == []
    assert not handle.closed


def test_a_client_dropped_without_close_is_freed_by_its_finalizer(sandbox: SandboxAdmin) -> None:
    client = make_eshouhou(sandbox.url)
    client.token()
    handle = client._handle
    del client
    gc.collect()
    assert handle.closed


def test_a_cursor_dropped_mid_walk_is_freed_by_its_finalizer(zhibang: aftersales.ZhibangClient) -> None:
    pages = zhibang.iter_pages("service_list", pagesize=100)
    next(pages)
    handle = pages._handle
    del pages
    gc.collect()
    assert handle.closed


def test_a_cursor_is_closed_by_with_and_by_reaching_the_end(zhibang: aftersales.ZhibangClient) -> None:
    with zhibang.iter_pages("service_list", pagesize=100) as pages:
        next(pages)
    assert pages.closed
    walked = zhibang.iter_pages("user_list", page_size=1000)
    assert len(list(walked)) == 1
    assert walked.closed


def test_a_cursor_keeps_walking_after_its_client_is_closed(sandbox: SandboxAdmin) -> None:
    client = make_zhibang(sandbox.url)
    pages = client.iter_pages("service_list", pagesize=1000)
    first = next(pages)
    client.close()
    second = next(pages)
    assert second["page"]["index"] == first["page"]["index"] + 1
    pages.close()


def run_script(source: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(source), *arguments],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_clients_and_cursors_left_open_at_exit_are_harmless(sandbox: SandboxAdmin) -> None:
    result = run_script(
        """
        import sys
        from aftersales import EshouhouClient, ZhibangClient

        url = sys.argv[1]
        zhibang = ZhibangClient(base_url=url, username="apiuser", password="sandbox-pass")
        pages = zhibang.iter_pages("service_list", pagesize=10)
        next(pages)
        rows = zhibang.iter_service_list(pagesize=10)
        next(rows)
        eshouhou = EshouhouClient(
            app_id="ysh54dd4f8arinfx", app_secret="45e1cc23a7144a28ab110804491e3135", base_url=url
        )
        eshouhou.token()
        print("done")
        """,
        sandbox.url,
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, "done\n", "")


def test_exit_while_a_daemon_thread_is_inside_a_call_neither_hangs_nor_fails(sandbox: SandboxAdmin) -> None:
    # The request would take 10 minutes: an exit that waited for it would hit run_script's timeout.
    sandbox.fault(SERVICE_LIST_PATH, "delay", delay_ms=600_000)
    result = run_script(
        """
        import json, sys, threading, urllib.request
        from aftersales import ZhibangClient

        url = sys.argv[1]
        client = ZhibangClient(base_url=url, username="apiuser", password="sandbox-pass")
        client.login()
        threading.Thread(target=client.service_list, daemon=True).start()
        # Exit only once the call is inside the (delayed) request.
        while True:
            with urllib.request.urlopen(url + "/__sandbox/stats") as response:
                if json.load(response)["requests"].get(sys.argv[2], 0):
                    break
        print("exiting with a call in flight")
        """,
        sandbox.url,
        SERVICE_LIST_PATH,
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, "exiting with a call in flight\n", "")
