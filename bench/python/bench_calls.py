"""Python: the `aftersales` package against what an integrator writes instead, `requests.Session` + `json`
doing the same GET and the same normalization by hand (display rows -> rows with ShowTypeName + a label
map). Both run against the same nginx, in interleaved rounds; the result is one JSON line with the
microseconds per call of every round.

Usage: bench_calls.py <base-url> <rounds> <calls-per-round>
(the harness sets PYTHONPATH to bindings/python/src and AFTERSALES_LIBRARY to the release library)
"""

from __future__ import annotations

import hashlib
import json
import platform
import sys
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


def per_call_us(calls: int, call: Callable[[], object]) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        call()
    return (time.perf_counter() - started) * 1e6 / calls


def main() -> None:
    base_url, rounds, calls = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    by_hand = ByHand(base_url)
    library = EshouhouClient(
        app_id=APP_ID,
        app_secret=APP_SECRET,
        base_url=base_url,
        service_space_id=SERVICE_SPACE_ID,
        service_network_id=HQ_NETWORK_ID,
    )
    contenders: dict[str, Callable[[], object]] = {
        "library_us": lambda: library.get_customer_project(projectId=PROJECT_ID),
        "requests_us": lambda: by_hand.get_customer_project(PROJECT_ID),
    }
    # The comparison is fair only if both end with the same data.
    if contenders["library_us"]() != contenders["requests_us"]():
        raise SystemExit("the package and the hand-written client disagree on the normalized data")
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    # Round 0 warms up and is not kept; the order alternates so neither always runs first.
    for round_number in range(rounds + 1):
        names = list(contenders) if round_number % 2 == 0 else list(reversed(contenders))
        for name in names:
            value = per_call_us(calls, contenders[name])
            if round_number > 0:
                samples[name].append(value)
    library.close()
    samples_out: dict[str, Any] = dict(samples)
    samples_out["python"] = platform.python_version()
    samples_out["requests"] = requests.__version__
    print(json.dumps(samples_out))


if __name__ == "__main__":
    main()
