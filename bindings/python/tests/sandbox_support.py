"""The aftersales sandbox for the tests: starting the binary, its admin API (/__sandbox/...), clients
configured for it, and the forms a secret could leak in."""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any, Optional

import aftersales

REPOSITORY = Path(__file__).resolve().parents[3]

# The sandbox's fixed demo credentials (sandbox/README.md); they open nothing but the sandbox.
ESHOUHOU_APP_ID = "ysh54dd4f8arinfx"
ESHOUHOU_APP_SECRET = "45e1cc23a7144a28ab110804491e3135"
ESHOUHOU_SERVICE_SPACE_ID = "6a8251ba-ce64-46b7-a505-a4e560032706"
ESHOUHOU_HQ_NETWORK_ID = "bd7fc093-0ccf-4335-9daf-10931b4e7c7d"
ZHIBANG_USER = "apiuser"
ZHIBANG_PASSWORD = "sandbox-pass"
ZHIBANG_FROZEN_USER = "frozen"
ZHIBANG_CAPTCHA = "8888"


class SandboxProcess:
    """One sandbox binary on a free port, for the whole test session."""

    def __init__(self, binary: Path) -> None:
        if not binary.is_file():
            raise RuntimeError(f"{binary} is missing: run `cargo build -p aftersales-sandbox` first")
        self._process = subprocess.Popen(
            [str(binary), "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        assert self._process.stdout is not None
        first_line = self._process.stdout.readline().strip()
        prefix = "aftersales-sandbox listening on "
        if not first_line.startswith(prefix):
            self.stop()
            raise RuntimeError(f"the sandbox did not start: {first_line!r}")
        self.url = first_line[len(prefix) :]

    def stop(self) -> None:
        self._process.terminate()
        self._process.wait(timeout=10)
        if self._process.stdout is not None:
            self._process.stdout.close()


def default_binary() -> Path:
    configured = os.environ.get("AFTERSALES_SANDBOX_BIN")
    return Path(configured) if configured else REPOSITORY / "target" / "debug" / "aftersales-sandbox"


class SandboxAdmin:
    """The sandbox's admin API."""

    def __init__(self, url: str) -> None:
        self.url = url

    def _request(self, method: str, path: str, body: Optional[dict[str, Any]] = None) -> Any:
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(
            self.url + path, data=data, method=method, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read().decode("utf-8"))

    def reset(self) -> None:
        self._request("POST", "/__sandbox/reset")

    def stats(self) -> dict[str, Any]:
        stats: dict[str, Any] = self._request("GET", "/__sandbox/stats")
        return stats

    def requests_to(self, path: str) -> int:
        return int(self.stats()["requests"].get(path.lower(), 0))

    def fault(self, path_prefix: str, kind: str, times: int = 1, delay_ms: int = 0) -> None:
        self._request(
            "POST",
            "/__sandbox/faults",
            {"path_prefix": path_prefix, "kind": kind, "times": times, "delay_ms": delay_ms},
        )


def make_eshouhou(url: str, **overrides: Any) -> aftersales.EshouhouClient:
    settings: dict[str, Any] = {
        "app_id": ESHOUHOU_APP_ID,
        "app_secret": ESHOUHOU_APP_SECRET,
        "base_url": url,
        "service_space_id": ESHOUHOU_SERVICE_SPACE_ID,
        "service_network_id": ESHOUHOU_HQ_NETWORK_ID,
        # An injected fault must reach the caller, not be absorbed by a retry, and meet the page the test
        # asks for next, not one read ahead (test_paging.py tests read-ahead on its own).
        "retries": 0,
        "prefetch": 0,
    }
    settings.update(overrides)
    return aftersales.EshouhouClient(**settings)


def make_zhibang(url: str, **overrides: Any) -> aftersales.ZhibangClient:
    # No retries and no read-ahead, as for make_eshouhou.
    settings: dict[str, Any] = {
        "base_url": url,
        "username": ZHIBANG_USER,
        "password": ZHIBANG_PASSWORD,
        "retries": 0,
        "prefetch": 0,
    }
    settings.update(overrides)
    return aftersales.ZhibangClient(**settings)


def encodings_of(secret: str) -> set[str]:
    """The secret as it may travel: raw, percent-encoded (either hex case), form-encoded, JSON-escaped
    (with and without \\uXXXX) and HTML-escaped."""

    def lower_hex(text: str) -> str:
        return re.sub(r"%[0-9A-F]{2}", lambda escape: escape.group(0).lower(), text)

    percent = urllib.parse.quote(secret, safe="")
    form = urllib.parse.quote_plus(secret, safe="")
    return {
        secret,
        percent,
        lower_hex(percent),
        form,
        lower_hex(form),
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
        html.escape(secret),
        html.escape(secret, quote=False),
    }
