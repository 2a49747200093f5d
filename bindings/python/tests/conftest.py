"""Fixtures: one sandbox per session (or $AFTERSALES_SANDBOX_URL), reset before each test, and clients.

The suite imports `aftersales` as installed (pip install ./bindings/python); run-tests.sh does that in
a fresh venv.
"""

from __future__ import annotations

import os
from typing import Iterator

import pytest
from sandbox_support import SandboxAdmin, SandboxProcess, default_binary, make_eshouhou, make_zhibang

import aftersales


@pytest.fixture(scope="session")
def sandbox_url() -> Iterator[str]:
    configured = os.environ.get("AFTERSALES_SANDBOX_URL")
    if configured:
        yield configured.rstrip("/")
        return
    process = SandboxProcess(default_binary())
    try:
        yield process.url
    finally:
        process.stop()


@pytest.fixture
def sandbox(sandbox_url: str) -> SandboxAdmin:
    """The admin API, on a sandbox back in its initial state (data, counters, faults, quirks)."""
    admin = SandboxAdmin(sandbox_url)
    admin.reset()
    return admin


@pytest.fixture
def eshouhou(sandbox: SandboxAdmin) -> Iterator[aftersales.EshouhouClient]:
    with make_eshouhou(sandbox.url) as client:
        yield client


@pytest.fixture
def zhibang(sandbox: SandboxAdmin) -> Iterator[aftersales.ZhibangClient]:
    with make_zhibang(sandbox.url) as client:
        yield client
