"""One login for the whole deployment: a credential store shared by every process and machine that runs
clients of the same account.

A Zhibang account allows one session: a login elsewhere ends the previous one, so worker processes that each
log in keep ending each other's sessions. With ``credential_store=`` in their config the clients share one
session (and one eshouhou token): the first process logs in under the store's lock and writes the session,
the others wait on the lock and reuse it, and a session the server ended is replaced once for all.

- ``credential_store="/var/lib/erp/aftersales"``: a directory of this machine (OS file locks, owner-only
  files); nothing to register.
- ``credential_store="callbacks:NAME"``: a store of the host's own, registered in each process with
  ``register_credential_store(NAME, store)`` before the clients are created: a ``RedisCredentialStore``,
  or any object with the four methods of ``CredentialStore``.

The store receives the session or token, its generation and expiry as JSON, never a password or app secret.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import random
import secrets
import threading
import time
from typing import TYPE_CHECKING, Callable, Optional, Protocol

from ._loaded import LIBRARY
from ._native import STORE_GET, STORE_LOCK, STORE_PUT, STORE_UNLOCK, StoreCallbacks

if TYPE_CHECKING:
    import redis

__all__ = ["CredentialStore", "RedisCredentialStore", "register_credential_store"]

_LOGGER = logging.getLogger("aftersales.store")

# The statuses of the C callbacks (aftersales_credential_store_callbacks).
_OK = 0
_ABSENT = 1
_TIMED_OUT = 1
_FAILED = -1


class CredentialStore(Protocol):
    """What the library needs from a shared store. Keys are short ASCII names; every method may be called
    from any thread that makes calls, several at once."""

    def get(self, key: str) -> Optional[bytes]:
        """The value stored under `key`, or None."""

    def put(self, key: str, value: bytes) -> None:
        """Stores `value` under `key`, replacing what was there; a reader sees the old value or the new."""

    def lock(self, key: str, timeout: float) -> bool:
        """Takes the lock of `key`, waiting at most `timeout` seconds; False when the time ran out. A lock
        whose holder dies must free itself (an expiry, a session-bound lock), or every process waits for
        the dead one."""

    def unlock(self, key: str) -> None:
        """Releases the lock of `key` that `lock` took (not necessarily on the same thread)."""


# Every registration ever made: the library holds pointers to these functions for the life of the process
# (clients created before a name was registered again keep the earlier store), so none may be collected.
_REGISTERED: list[tuple[object, ...]] = []
_REGISTERED_LOCK = threading.Lock()


def register_credential_store(name: str, store: CredentialStore) -> None:
    """Makes `store` the credential store ``callbacks:NAME`` of this process: clients created afterwards with
    ``credential_store="callbacks:NAME"`` share their session or token through it. Registering a name again
    replaces the store for clients created afterwards.

    The store's methods run on the threads that make calls. An exception raised by one is logged on the
    ``aftersales.store`` logger and fails the call that needed the store; it never reaches the library.

    Raises:
        ValueError: `name` is empty or holds a NUL character.
    """
    if not name or "\0" in name:
        raise ValueError("a credential store name must be non-empty text without NUL characters")

    def guarded(operation: str, key: bytes, body: Callable[[str], int]) -> int:
        # An exception cannot travel back through the native caller (ctypes would print it and return 0,
        # which reads as success), so each one becomes a failure status and a log record, and a failing log
        # handler must not escape either.
        text = key.decode("utf-8", "replace")
        try:
            return body(text)
        except BaseException:
            with contextlib.suppress(BaseException):
                _LOGGER.warning("credential store %r failed to %s %s", name, operation, text, exc_info=True)
            return _FAILED

    def get(user_data: Optional[int], key: bytes, reply: Optional[int]) -> int:
        def body(text: str) -> int:
            value = store.get(text)
            if value is None:
                return _ABSENT
            data = bytes(value)
            LIBRARY.store_reply_set(reply, data, len(data))
            return _OK

        return guarded("read", key, body)

    def put(user_data: Optional[int], key: bytes, value: Optional[int], length: int) -> int:
        def body(text: str) -> int:
            store.put(text, ctypes.string_at(value, length) if value is not None else b"")
            return _OK

        return guarded("write", key, body)

    def lock(user_data: Optional[int], key: bytes, timeout_ms: int) -> int:
        return guarded("lock", key, lambda text: _OK if store.lock(text, timeout_ms / 1000.0) else _TIMED_OUT)

    def unlock(user_data: Optional[int], key: bytes) -> int:
        def body(text: str) -> int:
            store.unlock(text)
            return _OK

        return guarded("unlock", key, body)

    functions = (STORE_GET(get), STORE_PUT(put), STORE_LOCK(lock), STORE_UNLOCK(unlock))
    callbacks = StoreCallbacks(*functions)
    with _REGISTERED_LOCK:
        _REGISTERED.append((store, callbacks, *functions))
        if LIBRARY.credential_store_register(name.encode("utf-8"), ctypes.byref(callbacks), None) != 0:
            raise ValueError(f"libaftersales refused the credential store name {name!r}")


# Deletes the lock only while it still holds this holder's fencing value: a holder whose lock expired (it
# took longer than the TTL) must not delete the lock another process has taken since.
_RELEASE_SCRIPT = """
if redis.call("GET", KEYS[1]) == ARGV[1] then
    return redis.call("DEL", KEYS[1])
end
return 0
"""

# How long a waiting process sleeps between tries of the lock, jittered so that waiting processes do not
# try in step; short next to a login's round trip.
_LOCK_POLL_SECONDS = 0.02


class RedisCredentialStore:
    """A credential store in Redis, for processes on several machines (any client of the ``redis`` package
    that talks to one Redis or a primary; not a cluster-wide Redlock).

    Values live under ``PREFIX + key`` with plain GET/SET and no Redis expiry (the library reads the
    credential's own expiry inside; one small key per server and account). The lock of a key is
    ``PREFIX + key + ":lock"``, taken with ``SET NX PX lock_ttl`` holding a random fencing value, retried
    until the caller's timeout, and released by a Lua script that deletes it only while it still holds that
    value. Within one process, one thread at a time waits on Redis for a key; the others wait in-process.

    `lock_ttl` (seconds, default 35) bounds how long a crashed holder keeps the others waiting: its lock
    expires by itself after it. The lock is held for one login (a single request, never retried, so bounded
    by the client's ``timeout_ms``, 30 s by default) plus a read and a write, so the default outlasts the
    slowest login a default client allows and stays below the default ``deadline_ms`` (60 s), within which
    the waiting calls still succeed. With another ``timeout_ms``, choose a TTL a few seconds longer: a lock
    that expires during a slow login lets a second process log in too, and the two logins end sessions
    again before the store settles.

        import redis
        from aftersales import RedisCredentialStore, ZhibangClient, register_credential_store

        register_credential_store("redis", RedisCredentialStore(redis.Redis(host="cache.internal")))
        client = ZhibangClient(base_url=..., username=..., password=..., credential_store="callbacks:redis")
    """

    def __init__(self, client: redis.Redis, prefix: str = "aftersales:", lock_ttl: float = 35.0) -> None:
        if not lock_ttl > 0:
            raise ValueError("lock_ttl must be a positive number of seconds")
        self._client = client
        self._prefix = prefix
        self._lock_ttl_ms = max(1, round(lock_ttl * 1000))
        self._release = client.register_script(_RELEASE_SCRIPT)
        # One thread of this process at a time holds or waits for a key's Redis lock (the others wait here,
        # without polling Redis), so the fencing value of a key is this process's alone, whichever thread
        # unlocks it.
        self._local_locks: dict[str, threading.Lock] = {}
        self._local_locks_guard = threading.Lock()
        self._fences: dict[str, str] = {}

    @classmethod
    def from_url(cls, url: str, *, prefix: str = "aftersales:", lock_ttl: float = 35.0) -> RedisCredentialStore:
        """A store on the Redis at `url` (``redis://host:6379/0``, ``rediss://...``, ``unix://...``); needs the
        ``redis`` package (``pip install 'aftersales[redis]'``)."""
        try:
            import redis
        except ImportError as error:
            raise ImportError(
                "RedisCredentialStore needs the redis package: pip install 'aftersales[redis]'"
            ) from error
        return cls(redis.Redis.from_url(url), prefix=prefix, lock_ttl=lock_ttl)

    def get(self, key: str) -> Optional[bytes]:
        value = self._client.get(self._prefix + key)
        # A client made with decode_responses=True answers text.
        return value.encode("utf-8") if isinstance(value, str) else value

    def put(self, key: str, value: bytes) -> None:
        self._client.set(self._prefix + key, value)

    def lock(self, key: str, timeout: float) -> bool:
        give_up = time.monotonic() + max(timeout, 0.0)
        local = self._local_lock(key)
        if not local.acquire(timeout=max(timeout, 0.0)):
            return False
        try:
            fence = secrets.token_hex(16)
            while not self._client.set(self._lock_key(key), fence, nx=True, px=self._lock_ttl_ms):
                left = give_up - time.monotonic()
                if left <= 0:
                    local.release()
                    return False
                time.sleep(min(left, random.uniform(0.5, 1.5) * _LOCK_POLL_SECONDS))
        except BaseException:
            local.release()
            raise
        self._fences[key] = fence
        return True

    def unlock(self, key: str) -> None:
        fence = self._fences.pop(key, None)
        # Without a fencing value this process holds no lock of `key`: nothing of anyone else's is touched.
        if fence is None:
            return
        try:
            self._release(keys=[self._lock_key(key)], args=[fence])
        finally:
            # Should the script fail, the Redis lock still ends with its TTL.
            self._local_lock(key).release()

    def _lock_key(self, key: str) -> str:
        return f"{self._prefix}{key}:lock"

    def _local_lock(self, key: str) -> threading.Lock:
        with self._local_locks_guard:
            return self._local_locks.setdefault(key, threading.Lock())

    def __repr__(self) -> str:
        return f"<RedisCredentialStore prefix={self._prefix!r} lock_ttl={self._lock_ttl_ms / 1000:g}s>"
