"""Python: the `aftersales` package against what an integrator writes instead, `requests.Session` + `json`
doing the same GET and the same normalization by hand (display rows -> rows with ShowTypeName + a label
map), and against the bare C call through ctypes (bytes in, bytes out, nothing parsed), which isolates the
package's own cost. All run against the same nginx, in interleaved rounds, on the main thread (where the
package waits so that Ctrl-C can stop a call) and then the package and the C call on a worker thread; the
result is one JSON line with the microseconds per call of every round.

Usage: bench_calls.py <base-url> <rounds> <calls-per-round>
(the harness sets PYTHONPATH to bindings/python/src and AFTERSALES_LIBRARY to the release library)
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import platform
import sys
import threading
import time
from typing import Any, Callable

import requests

from aftersales import EshouhouClient

APP_ID = "ysh54dd4f8arinfx"
APP_SECRET = "45e1cc23a7144a28ab110804491e3135"
SERVICE_SPACE_ID = "6a8251ba-ce64-46b7-a505-a4e560032706"
HQ_NETWORK_ID = "bd7fc093-0ccf-4335-9daf-10931b4e7c7d"
PROJECT_ID = "a6fa4a6c-f0a8-4684-b09c-880cb29a61b9"

# ShowType codes as the vendor documents them, which the library adds as ShowTypeName.
SHOW_TYPES = {0: "纯展示", 1: "回单图片", 2: "服务项目", 3: "使用备件", 4: "回收备件", 5: "客户签名", 6: "客户标签"}


class ByHand:
    """The hand-written client: a signed token fetched once, then one GET per call, checked and normalized."""

    def __init__(self, base_url: str) -> None:
        self.session = requests.Session()
        self.url = base_url + "/open/v2/Customer/GetCustomerProject"
        timestamp = str(int(time.time() * 1000))
        sign = hashlib.md5((APP_ID + APP_SECRET + timestamp).encode()).hexdigest().upper()
        answer = self.session.get(
            base_url + "/api/TokenApi",
            params={"appid": APP_ID, "timestamp": timestamp, "sign": sign, "expire": 2},
            timeout=30,
        ).json()
        self.token = answer["ResultValue"]["access_token"]

    def get_customer_project(self, project_id: str) -> dict[str, Any]:
        response = self.session.get(
            self.url,
            params={
                "access_token": self.token,
                "projectId": project_id,
                "serviceNetworkId": HQ_NETWORK_ID,
                "serviceNetworkType": 1,
            },
            timeout=30,
        )
        response.raise_for_status()
        answer = response.json()
        if str(answer.get("ResultCode")) != "0":
            raise RuntimeError(f"GetCustomerProject failed: {answer.get('ErrorMsg')}")
        rows = []
        fields: dict[str, Any] = {}
        for item in answer.get("ResultValue") or []:
            row = dict(item)
            show_type = int(row["ShowType"])
            row["ShowType"] = show_type
            if show_type in SHOW_TYPES:
                row["ShowTypeName"] = SHOW_TYPES[show_type]
            fields.setdefault(row["Key"], row.get("Value"))
            rows.append(row)
        return {"rows": rows, "fields": fields}


class CCall:
    """The same call through the C ABI with nothing around it: a client of its own, the endpoint's export
    declared with ctypes, the params JSON encoded once, and the envelope copied out as bytes and freed."""

    def __init__(self, base_url: str) -> None:
        library = ctypes.CDLL(os.environ["AFTERSALES_LIBRARY"])
        client_new = library.aftersales_eshouhou_client_new
        client_new.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_void_p)]
        client_new.restype = ctypes.c_void_p
        self.client_free = library.aftersales_eshouhou_client_free
        self.client_free.argtypes = [ctypes.c_void_p]
        self.client_free.restype = None
        self.export = library.aftersales_eshouhou_get_customer_project
        self.export.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
        self.export.restype = ctypes.c_void_p
        self.string_free = library.aftersales_string_free
        self.string_free.argtypes = [ctypes.c_void_p]
        self.string_free.restype = None
        config = {
            "app_id": APP_ID,
            "app_secret": APP_SECRET,
            "base_url": base_url,
            "service_space_id": SERVICE_SPACE_ID,
            "service_network_id": HQ_NETWORK_ID,
        }
        error = ctypes.c_void_p()
        self.client = client_new(json.dumps(config).encode(), ctypes.byref(error))
        if not self.client:
            raise SystemExit("the C ABI refused the client config")
        self.params = json.dumps({"projectId": PROJECT_ID}).encode()

    def get_customer_project(self) -> bytes:
        envelope = self.export(self.client, self.params)
        try:
            return ctypes.string_at(envelope)
        finally:
            self.string_free(envelope)

    def close(self) -> None:
        self.client_free(self.client)


def per_call_us(calls: int, call: Callable[[], object]) -> tuple[float, float]:
    """Microseconds per call: by the clock, and of the process's CPU time (every thread's, the library's
    included), which the other programs on a shared machine inflate less than the clock."""
    started, cpu_started = time.perf_counter(), time.process_time()
    for _ in range(calls):
        call()
    return (time.perf_counter() - started) * 1e6 / calls, (time.process_time() - cpu_started) * 1e6 / calls


def interleaved(rounds: int, calls: int, contenders: dict[str, Callable[[], object]]) -> dict[str, list[float]]:
    """Microseconds per call of each contender in every round, as `<name>_us` by the clock and `<name>_cpu_us`
    in CPU time. Round 0 warms up and is not kept; the order alternates so no contender always runs first."""
    samples: dict[str, list[float]] = {}
    for round_number in range(rounds + 1):
        names = list(contenders) if round_number % 2 == 0 else list(reversed(contenders))
        for name in names:
            clock, cpu = per_call_us(calls, contenders[name])
            if round_number > 0:
                samples.setdefault(f"{name}_us", []).append(clock)
                samples.setdefault(f"{name}_cpu_us", []).append(cpu)
    return samples


def main() -> None:
    base_url, rounds, calls = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    by_hand = ByHand(base_url)
    c_call = CCall(base_url)
    library = EshouhouClient(
        app_id=APP_ID,
        app_secret=APP_SECRET,
        base_url=base_url,
        service_space_id=SERVICE_SPACE_ID,
        service_network_id=HQ_NETWORK_ID,
    )
    contenders: dict[str, Callable[[], object]] = {
        "library": lambda: library.get_customer_project(projectId=PROJECT_ID),
        "c": c_call.get_customer_project,
        "requests": lambda: by_hand.get_customer_project(PROJECT_ID),
    }
    # The comparison is fair only if all end with the same data.
    normalized = contenders["library"]()
    if normalized != contenders["requests"]() or normalized != json.loads(c_call.get_customer_project())["data"]:
        raise SystemExit("the package, the C call and the hand-written client disagree on the data")
    samples_out: dict[str, Any] = dict(interleaved(rounds, calls, contenders))

    # On a worker thread the package blocks in the C call itself, as the C call does.
    on_worker = {"thread_library": contenders["library"], "thread_c": contenders["c"]}
    worker = threading.Thread(target=lambda: samples_out.update(interleaved(rounds, calls, on_worker)))
    worker.start()
    worker.join()

    library.close()
    c_call.close()
    samples_out["python"] = platform.python_version()
    samples_out["requests"] = requests.__version__
    print(json.dumps(samples_out))


if __name__ == "__main__":
    main()
