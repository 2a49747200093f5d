"""One login for the whole deployment: clients of several processes sharing a credential store.

In-process stores prove the plumbing of register_credential_store; the multi-process tests run workers
(store_worker.py) against the sandbox through a directory store and through RedisCredentialStore on a
redis-server this module starts on loopback (or $AFTERSALES_REDIS_URL).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import socket
import stat
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any, Iterator, Optional

import pytest
import redis
from sandbox_support import (
    ESHOUHOU_APP_SECRET,
    ZHIBANG_PASSWORD,
    ZHIBANG_USER,
    SandboxAdmin,
    encodings_of,
    make_eshouhou,
    make_zhibang,
)

import aftersales

WORKER = Path(__file__).resolve().with_name("store_worker.py")
LOGIN_PATH = "/webapi/v3/ov1/login"
SERVICE_LIST_PATH = "/sysa/mobilephone/salesmanage/service/list.asp"
# Generous bounds for a loaded 2-core machine; a passing run takes a fraction of them.
WORKER_SECONDS = 90.0


class MemoryStore:
    """A CredentialStore in a dict, with a lock per key, counting what the library asked of it."""

    def __init__(self) -> None:
        self.values: dict[str, bytes] = {}
        self.operations: list[str] = []
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}

    def get(self, key: str) -> Optional[bytes]:
        self.operations.append("get")
        return self.values.get(key)

    def put(self, key: str, value: bytes) -> None:
        self.operations.append("put")
        self.values[key] = value

    def lock(self, key: str, timeout: float) -> bool:
        self.operations.append("lock")
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        return lock.acquire(timeout=timeout)

    def unlock(self, key: str) -> None:
        self.operations.append("unlock")
        self._locks[key].release()


class FailingStore(MemoryStore):
    """A MemoryStore whose lock fails while `failing` is set."""

    def __init__(self) -> None:
        super().__init__()
        self.failing = True

    def lock(self, key: str, timeout: float) -> bool:
        if self.failing:
            raise ConnectionError("the store's server is down")
        return super().lock(key, timeout)


def unique_name() -> str:
    return f"test-{uuid.uuid4().hex}"


def assert_no_secret(texts: list[bytes]) -> None:
    for secret in (ZHIBANG_PASSWORD, ESHOUHOU_APP_SECRET):
        for form in encodings_of(secret):
            assert not any(form.encode("utf-8") in text for text in texts), "a store value holds a secret"


def test_clients_of_one_process_share_one_login_through_a_registered_store(sandbox: SandboxAdmin) -> None:
    store = MemoryStore()
    name = unique_name()
    aftersales.register_credential_store(name, store)
    with make_zhibang(sandbox.url, credential_store=f"callbacks:{name}") as first:
        with make_zhibang(sandbox.url, credential_store=f"callbacks:{name}") as second:
            first.service_list(pagesize=5)
            second.service_list(pagesize=5)
            assert second.stats()["logins"] == 0, "the second client reused the first one's session"
    with make_eshouhou(sandbox.url, credential_store=f"callbacks:{name}") as first:
        with make_eshouhou(sandbox.url, credential_store=f"callbacks:{name}") as second:
            first.get_service_space()
            second.get_service_space()
    stats = sandbox.stats()
    assert (stats["zhibang_logins"], stats["eshouhou_tokens_issued"]) == (1, 1)
    assert len(store.values) == 2, "one entry per provider, server and account"
    assert store.operations.count("lock") == store.operations.count("unlock") == 4
    assert_no_secret(list(store.values.values()))


def test_a_failing_store_fails_the_call_is_logged_and_the_client_recovers(
    sandbox: SandboxAdmin, caplog: pytest.LogCaptureFixture
) -> None:
    store = FailingStore()
    name = unique_name()
    aftersales.register_credential_store(name, store)
    with make_zhibang(sandbox.url, credential_store=f"callbacks:{name}") as client:
        with caplog.at_level(logging.WARNING, logger="aftersales.store"):
            with pytest.raises(aftersales.TransportError) as raised:
                client.service_list(pagesize=5)
        assert "credential store failed to lock" in raised.value.message
        assert [record.exc_info[0] for record in caplog.records if record.exc_info] == [ConnectionError]
        store.failing = False
        assert len(client.service_list(pagesize=5)["rows"]) == 5
    assert sandbox.stats()["zhibang_logins"] == 1


def test_a_store_name_nobody_registered_is_refused_when_the_client_is_created(sandbox: SandboxAdmin) -> None:
    with pytest.raises(aftersales.InvalidArgument) as raised:
        make_zhibang(sandbox.url, credential_store=f"callbacks:{unique_name()}")
    assert raised.value.parameter == "credential_store"
    with pytest.raises(ValueError):
        aftersales.register_credential_store("", MemoryStore())


class Worker:
    """A store_worker.py process: READY once its client exists, then its calls after go()."""

    def __init__(self, settings: dict[str, Any]) -> None:
        self.calls = int(settings["calls"])
        self.process = subprocess.Popen(
            [sys.executable, str(WORKER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self._send(json.dumps(settings))

    def _send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def wait_ready(self) -> None:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if line.strip() != "READY":
            _, errors = self.process.communicate(timeout=WORKER_SECONDS)
            raise AssertionError(f"the worker did not start: {line!r}\n{errors}")

    def go(self) -> None:
        self._send("go")

    def result(self) -> dict[str, Any]:
        """The worker's RESULT: its failed calls and their codes."""
        try:
            output, errors = self.process.communicate(timeout=WORKER_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.communicate()
            raise
        for line in output.splitlines():
            if line.startswith("RESULT "):
                result: dict[str, Any] = json.loads(line[len("RESULT ") :])
                return result
        raise AssertionError(f"the worker ended without a result (exit {self.process.returncode}):\n{errors}")


def start_workers(count: int, settings: dict[str, Any]) -> list[Worker]:
    workers = [Worker(settings) for _ in range(count)]
    for worker in workers:
        worker.wait_ready()
    return workers


def failed_calls(workers: list[Worker]) -> tuple[int, dict[str, int]]:
    """The failed calls of all workers, and their codes (for the assertion message)."""
    failed = 0
    codes: dict[str, int] = {}
    for worker in workers:
        result = worker.result()
        failed += int(result["failed"])
        for code, count in result["codes"].items():
            codes[code] = codes.get(code, 0) + int(count)
    return failed, codes


def run_workers(count: int, settings: dict[str, Any]) -> tuple[int, dict[str, int]]:
    """`count` workers started together; their failed calls."""
    workers = start_workers(count, settings)
    for worker in workers:
        worker.go()
    return failed_calls(workers)


def wait_until(condition: Any, seconds: float, what: str) -> None:
    give_up = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < give_up, f"timed out waiting for {what}"
        time.sleep(0.005)


def test_four_processes_share_one_login_through_a_directory(sandbox: SandboxAdmin, tmp_path: Path) -> None:
    directory = tmp_path / "store"
    settings = {"provider": "zhibang", "sandbox_url": sandbox.url, "calls": 100, "credential_store": str(directory)}
    assert run_workers(4, settings) == (0, {})
    assert sandbox.stats()["zhibang_logins"] == 1
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700
    values = sorted(directory.glob("*.json"))
    assert len(values) == 1
    assert stat.S_IMODE(values[0].stat().st_mode) == 0o600
    assert_no_secret([values[0].read_bytes()])


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    configured = os.environ.get("AFTERSALES_REDIS_URL")
    if configured:
        yield configured
        return
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail("redis-server is missing: scripts/test.sh installs it, or set AFTERSALES_REDIS_URL")
    port = free_port()
    # Nothing persisted: the server lives for this module only.
    process = subprocess.Popen(
        [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    try:
        client = redis.Redis.from_url(url)

        def answers() -> bool:
            try:
                return bool(client.ping())
            except redis.ConnectionError:
                assert process.poll() is None, "redis-server exited at start"
                return False

        wait_until(answers, 10, "redis-server")
        client.close()
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def redis_client(redis_url: str) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(redis_url)
    yield client
    client.close()


@pytest.fixture
def prefix(redis_client: redis.Redis) -> Iterator[str]:
    """A key prefix of this test alone, its keys deleted afterwards."""
    prefix = f"aftersales-test-{uuid.uuid4().hex}:"
    yield prefix
    for key in redis_client.scan_iter(match=prefix + "*"):
        redis_client.delete(key)


def stored_values(client: redis.Redis, prefix: str) -> list[bytes]:
    values = [client.get(key) for key in client.scan_iter(match=prefix + "*")]
    return [value for value in values if isinstance(value, bytes)]


def test_the_redis_lock_is_exclusive_expires_and_is_released_only_by_its_holder(
    redis_client: redis.Redis, prefix: str
) -> None:
    first = aftersales.RedisCredentialStore(redis_client, prefix=prefix, lock_ttl=0.3)
    second = aftersales.RedisCredentialStore(redis_client, prefix=prefix, lock_ttl=5)
    assert first.get("k") is None
    first.put("k", b'{"generation": 1}')
    assert second.get("k") == b'{"generation": 1}'
    assert first.lock("k", 1.0)
    started = time.monotonic()
    assert not second.lock("k", 0.1), "a held lock is not taken twice"
    assert 0.1 <= time.monotonic() - started < 1.0
    # The first holder outlives its TTL: the lock frees itself and the second takes it.
    assert second.lock("k", 2.0)
    first.unlock("k")
    assert redis_client.exists(prefix + "k:lock"), "a late holder's unlock leaves the new holder's lock"
    second.unlock("k")
    assert not redis_client.exists(prefix + "k:lock")
    assert first.lock("k", 0.0), "a released lock is free at once"
    first.unlock("k")


def test_a_redis_client_decoding_responses_still_hands_bytes(redis_url: str, prefix: str) -> None:
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    store = aftersales.RedisCredentialStore(client, prefix=prefix)
    store.put("k", '{"会话": 1}'.encode("utf-8"))
    assert store.get("k") == '{"会话": 1}'.encode("utf-8")
    client.close()


def redis_settings(sandbox: SandboxAdmin, redis_url: str, prefix: str, **overrides: Any) -> dict[str, Any]:
    settings = {
        "provider": "zhibang",
        "sandbox_url": sandbox.url,
        "calls": 300,
        "credential_store": "callbacks:redis",
        "redis": {"url": redis_url, "prefix": prefix, "lock_ttl": 35.0},
    }
    settings.update(overrides)
    return settings


def test_eight_processes_share_one_login_and_one_relogin_after_a_kick(
    sandbox: SandboxAdmin, redis_url: str, prefix: str
) -> None:
    settings = redis_settings(sandbox, redis_url, prefix)
    assert run_workers(8, settings) == (0, {})
    assert sandbox.stats()["zhibang_logins"] == 1, "8 processes × 300 calls, one login"

    workers = start_workers(8, settings)
    listed = sandbox.requests_to(SERVICE_LIST_PATH)
    for worker in workers:
        worker.go()
    # Every worker is in its loop of calls when the session they all hold ends.
    wait_until(lambda: sandbox.requests_to(SERVICE_LIST_PATH) >= listed + 80, 30, "the workers' calls")
    sandbox._request("POST", "/__sandbox/kick", {"username": ZHIBANG_USER})
    assert failed_calls(workers) == (0, {})
    stats = sandbox.stats()
    assert stats["zhibang_session_rejections"] >= 1, "the kick landed while they called"
    assert stats["zhibang_logins"] == 2, "one re-login for all 8 processes"


def test_eight_eshouhou_processes_fetch_one_token(
    sandbox: SandboxAdmin, redis_client: redis.Redis, redis_url: str, prefix: str
) -> None:
    settings = redis_settings(sandbox, redis_url, prefix, provider="eshouhou", calls=50)
    assert run_workers(8, settings) == (0, {})
    assert sandbox.stats()["eshouhou_tokens_issued"] == 1
    values = stored_values(redis_client, prefix)
    assert len(values) == 1
    assert_no_secret(values)


def test_a_process_killed_holding_the_login_lock_stops_the_others_no_longer_than_the_lock_ttl(
    sandbox: SandboxAdmin, redis_client: redis.Redis, redis_url: str, prefix: str
) -> None:
    lock_ttl = 2.0
    settings = redis_settings(sandbox, redis_url, prefix, calls=20)
    settings["redis"]["lock_ttl"] = lock_ttl
    # The first login hangs, so the first worker is inside it, holding the lock, when it is killed.
    sandbox.fault(LOGIN_PATH, "delay", times=1, delay_ms=60_000)
    holder = start_workers(1, dict(settings, calls=1))[0]
    holder.go()
    wait_until(lambda: sandbox.requests_to(LOGIN_PATH) == 1, 30, "the holder's login")
    locked = time.monotonic()
    holder.process.kill()
    holder.process.communicate(timeout=WORKER_SECONDS)
    locks = list(redis_client.scan_iter(match=prefix + "*:lock"))
    assert len(locks) == 1 and redis_client.pttl(locks[0]) > 0, "the dead holder's lock is still there"

    assert run_workers(4, settings) == (0, {})
    waited = time.monotonic() - locked
    assert waited < lock_ttl + 10, f"the others went on {waited:.1f} s after the holder took the lock"
    stats = sandbox.stats()
    assert (stats["zhibang_logins"], sandbox.requests_to(LOGIN_PATH)) == (1, 2), "the dead login never completed"
    assert_no_secret(stored_values(redis_client, prefix))
