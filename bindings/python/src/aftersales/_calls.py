"""Control over each call: its options (timeout, deadline, request id), its cancellation (a CancelToken,
Ctrl-C on the main thread, cancelling an asyncio task) and how its envelope comes back.

A call blocks in C, where the interpreter cannot run its SIGINT handler. So a call made on the main thread
(the only thread Python delivers signals to) is started with `call_async` and waited for where a signal
interrupts the wait: an eventfd that libc's eventfd_write, as the callback, hands the envelope through (64-bit
Linux), else a lock that a Python callback releases. On any exception there the call's native token is
cancelled, the envelope (due within milliseconds) is waited for, and the exception goes on. A call on another
thread blocks in `call_with`, which is cheaper. Both keep the GIL released while the library works.
"""

from __future__ import annotations

import asyncio
import atexit
import itertools
import json
import math
import os
import select
import threading
import time
from typing import Any, Callable, Optional, TypeVar

from . import _native
from ._envelope import parts
from ._handle import NativeHandle
from ._loaded import LIBRARY
from ._native import CALL_CALLBACK, ProviderFunctions
from .errors import error_from_envelope

_T = TypeVar("_T")

# A wait on the main thread wakes this often: POSIX interrupts it for a signal at once, Windows does not, so
# this bounds how late Ctrl-C is seen there.
_POLL_SECONDS = 0.05


class CancelToken:
    """Stops the calls, walks and tasks it is passed to (``cancel=token``), from any thread: a call in flight
    returns within milliseconds, and one started with the token afterwards fails at once. A token stays
    cancelled; make a new one for new work.

    A cancelled call raises ``Cancelled``, or ``OutcomeUnknown`` for a write that may already have left. One
    token may serve many calls at once (each call holds a native token of its own, which this one cancels).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._tokens: set[NativeToken] = set()

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            tokens = list(self._tokens)
        for token in tokens:
            token.cancel()

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def _attach(self, token: NativeToken) -> None:
        with self._lock:
            if not self._cancelled:
                self._tokens.add(token)
                return
        token.cancel()

    def _detach(self, token: NativeToken) -> None:
        with self._lock:
            self._tokens.discard(token)

    def __repr__(self) -> str:
        return f"<CancelToken {'cancelled' if self._cancelled else 'active'}>"


class NativeToken:
    """The native cancel token of one call or one native cursor, cancelled through `owner` too, and safe to
    cancel from any thread until and after it is freed."""

    __slots__ = ("__weakref__", "_lock", "_owner", "_pointer")

    def __init__(self, owner: Optional[CancelToken]) -> None:
        self._lock = threading.Lock()
        self._pointer: Optional[int] = LIBRARY.cancel_token_new()
        if not self._pointer:
            raise MemoryError("libaftersales could not allocate a cancel token")
        self._owner = owner
        if owner is not None:
            owner._attach(self)

    @property
    def pointer(self) -> Optional[int]:
        return self._pointer

    def cancel(self) -> None:
        with self._lock:
            if self._pointer:
                LIBRARY.cancel_token_cancel(self._pointer)

    def free(self) -> None:
        if self._owner is not None:
            self._owner._detach(self)
        with self._lock:
            pointer, self._pointer = self._pointer, None
        if pointer:
            LIBRARY.cancel_token_free(pointer)


def options_json(timeout: Optional[float], deadline: Optional[float], request_id: Optional[str]) -> Optional[bytes]:
    """The `options_json` of one call (None when it has none), seconds turned into whole milliseconds,
    rounded up so that a short limit never becomes 0."""
    options: dict[str, Any] = {}
    if timeout is not None:
        options["timeout_ms"] = math.ceil(timeout * 1000)
    if deadline is not None:
        options["deadline_ms"] = math.ceil(deadline * 1000)
    if request_id is not None:
        options["request_id"] = request_id
    return json.dumps(options).encode("utf-8") if options else None


# The calls started with call_async whose callback has not run yet, by the key passed as user_data: the
# callback finds its call here rather than through a pointer to a Python object, which could be gone.
_PENDING: dict[int, tuple[NativeHandle, NativeToken, Callable[[str], None]]] = {}
_KEYS = itertools.count(1)


def _delivered(key: Optional[int], envelope: Optional[int]) -> None:
    handle, token, on_done = _PENDING.pop(key or 0)
    try:
        text = LIBRARY.take_string(envelope)
    except Exception as error:  # the waiter must be woken whatever happened
        text = json.dumps(
            {"ok": False, "error": {"code": "internal_error", "family": "internal", "message": str(error)}}
        )
    finally:
        token.free()
        handle.give_back()
    on_done(text)


# Referenced for the life of the process: calls in flight hold its address.
_DELIVER = CALL_CALLBACK(_delivered)


def start(
    functions: ProviderFunctions,
    handle: NativeHandle,
    endpoint: str,
    params_json: bytes,
    options: Optional[bytes],
    cancel: Optional[CancelToken],
    on_done: Callable[[str], None],
) -> NativeToken:
    """Starts a call on the library's call threads; `on_done(envelope)` runs there (or here, at once, for a
    bad argument). Returns the call's token, which cancels it."""
    pointer = handle.borrow()
    try:
        token = NativeToken(cancel)
    except BaseException:
        handle.give_back()
        raise
    key = next(_KEYS)
    _PENDING[key] = (handle, token, on_done)
    try:
        functions.call_async(pointer, endpoint.encode("utf-8"), params_json, options, token.pointer, _DELIVER, key)
    except BaseException:
        if _PENDING.pop(key, None) is not None:
            token.free()
            handle.give_back()
        raise
    return token


def _wait(done: threading.Lock, cancel: Callable[[], None]) -> None:
    """Waits for `done` to be released; on KeyboardInterrupt (or whatever a signal handler raised) cancels,
    waits for the end that the cancel brings, and raises it again."""
    try:
        while not done.acquire(timeout=_POLL_SECONDS):
            pass
    except BaseException:
        cancel()
        done.acquire()
        raise


def on_main_thread() -> bool:
    return threading.get_ident() == threading.main_thread().ident


# Where libc's eventfd_write can serve as the call callback (64-bit Linux), a call on the main thread is
# started with it and an eventfd of its own as user_data: the library's thread writes the envelope's address
# there, which wakes the main thread without running Python code (and so taking the GIL) on the way.
_EVENTFD_WRITE = _native.eventfd_write_callback()


class _Wakeup:
    """An eventfd and a poll object watching it: what a call on the main thread waits on."""

    __slots__ = ("eventfd", "_poll")

    def __init__(self) -> None:
        self.eventfd = os.eventfd(0, os.EFD_CLOEXEC)
        self._poll = select.poll()
        self._poll.register(self.eventfd, select.POLLIN)

    def wait(self) -> int:
        """The value written: a signal handler's exception interrupts the wait. The poll wakes now and then
        for a signal that another thread received, whose handler runs only between bytecodes here."""
        while not self._poll.poll(_POLL_MS):
            pass
        return os.eventfd_read(self.eventfd)


_POLL_MS = int(_POLL_SECONDS * 1000)
# Wakeups and cancel tokens of calls that ended without a cancel, for the next calls on the main thread. A
# signal handler may make a call while another waits, so each call takes its own. A wakeup is never closed:
# a late write would land in whatever file got its number next.
_IDLE_WAKEUPS: list[_Wakeup] = []
_IDLE_TOKENS: list[int] = []


def _call_on_main_thread(
    functions: ProviderFunctions,
    handle: NativeHandle,
    endpoint: str,
    params_json: bytes,
    options: Optional[bytes],
    cancel: Optional[CancelToken],
) -> str:
    pointer = handle.borrow()
    owned: Optional[NativeToken] = None
    try:
        if cancel is not None:
            owned = NativeToken(cancel)
            token = owned.pointer
        else:
            token = _IDLE_TOKENS.pop() if _IDLE_TOKENS else LIBRARY.cancel_token_new()
            if not token:
                raise MemoryError("libaftersales could not allocate a cancel token")
        wakeup = _IDLE_WAKEUPS.pop() if _IDLE_WAKEUPS else _Wakeup()
    except BaseException:
        handle.give_back()
        if owned is not None:
            owned.free()
        raise
    started = False
    try:
        # One write per call started, also for a bad argument (then before call_async returns).
        functions.call_async(
            pointer, endpoint.encode("utf-8"), params_json, options, token, _EVENTFD_WRITE, wakeup.eventfd
        )
        # The interpreter runs signal handlers between some instructions, never between a C function's
        # return and this assignment.
        started = True
        envelope = wakeup.wait()
    except BaseException:
        if not started:
            _end_on_main_thread(wakeup, handle, owned, token, cancelled=False)
            raise
        LIBRARY.cancel_token_cancel(token)
        try:
            envelope = wakeup.wait()
        except BaseException:
            # Interrupted again: the envelope (due within milliseconds) is left to a thread of its own.
            threading.Thread(
                target=_collect, args=(wakeup, handle, owned, token), name="aftersales-cancelled", daemon=True
            ).start()
            raise
        _end_on_main_thread(wakeup, handle, owned, token, cancelled=True)
        LIBRARY.take_string(envelope)
        raise
    _end_on_main_thread(wakeup, handle, owned, token, cancelled=False)
    return LIBRARY.take_string(envelope)


def _end_on_main_thread(
    wakeup: _Wakeup, handle: NativeHandle, owned: Optional[NativeToken], token: int, cancelled: bool
) -> None:
    """Gives back what a call on the main thread held once its envelope has arrived; a token of its own that
    was never cancelled, and the wakeup, serve the next call."""
    handle.give_back()
    if owned is not None:
        owned.free()
    elif cancelled:
        LIBRARY.cancel_token_free(token)
    else:
        _IDLE_TOKENS.append(token)
    _IDLE_WAKEUPS.append(wakeup)


def _collect(wakeup: _Wakeup, handle: NativeHandle, owned: Optional[NativeToken], token: int) -> None:
    envelope = os.eventfd_read(wakeup.eventfd)
    _end_on_main_thread(wakeup, handle, owned, token, cancelled=True)
    LIBRARY.take_string(envelope)


def call(
    functions: ProviderFunctions,
    handle: NativeHandle,
    endpoint: str,
    params_json: bytes,
    options: Optional[bytes],
    cancel: Optional[CancelToken],
) -> str:
    """The envelope of one call, which Ctrl-C (on the main thread) and `cancel` stop."""
    if on_main_thread():
        if _EVENTFD_WRITE is not None:
            return _call_on_main_thread(functions, handle, endpoint, params_json, options, cancel)
        done = threading.Lock()
        done.acquire()
        envelopes: list[str] = []

        def finished(envelope: str) -> None:
            envelopes.append(envelope)
            done.release()

        _wait(done, start(functions, handle, endpoint, params_json, options, cancel, finished).cancel)
        return envelopes[0]
    pointer = handle.borrow()
    try:
        token = NativeToken(cancel) if cancel is not None else None
        try:
            return LIBRARY.take_string(
                functions.call_with(
                    pointer, endpoint.encode("utf-8"), params_json, options, token.pointer if token else None
                )
            )
        finally:
            if token is not None:
                token.free()
    finally:
        handle.give_back()


def run_interruptibly(work: Callable[[], _T], cancel: Callable[[], None]) -> _T:
    """`work()`, a blocking native call that `cancel()` ends early. On the main thread it runs on a thread of
    its own, so that Ctrl-C reaches the caller (cursors have no call_async to do this with)."""
    if not on_main_thread():
        return work()
    done = threading.Lock()
    done.acquire()
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as error:
            outcome.append(error)
        finally:
            done.release()

    threading.Thread(target=run, name="aftersales-page", daemon=True).start()
    _wait(done, cancel)
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    result: _T = outcome[0]
    return result


def _settle(future: asyncio.Future[str], envelope: str) -> None:
    if not future.done():
        future.set_result(envelope)


async def call_soon(
    functions: ProviderFunctions,
    handle: NativeHandle,
    endpoint: str,
    params_json: bytes,
    options: Optional[bytes],
    cancel: Optional[CancelToken],
) -> str:
    """The envelope of one call, awaited without blocking the event loop; cancelling the awaiting task
    cancels the call."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[str] = loop.create_future()

    def finished(envelope: str) -> None:
        try:
            loop.call_soon_threadsafe(_settle, future, envelope)
        except RuntimeError:
            pass  # The loop is closed: nobody awaits this call any more.

    token = start(functions, handle, endpoint, params_json, options, cancel, finished)
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:
        token.cancel()
        _raise_unknown_outcome(await future)
        raise


async def in_thread(work: Callable[[], _T], cancel: Callable[[], None]) -> _T:
    """`work()`, a blocking native call, on the loop's default executor; cancelling the awaiting task calls
    `cancel()` and waits for `work` to end (within milliseconds), so nothing is left running."""
    future = asyncio.get_running_loop().run_in_executor(None, work)
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:
        cancel()
        await asyncio.wait([future])
        raise


def _raise_unknown_outcome(envelope: str) -> None:
    """A cancelled task whose write may have left raises OutcomeUnknown rather than CancelledError: the caller
    must read the record back before repeating it."""
    error = parts(envelope)[2]
    if error is not None and error.get("code") == "outcome_unknown":
        raise error_from_envelope(error)


@atexit.register
def _end_pending_calls() -> None:
    # The interpreter cannot run a callback once it is finalizing: cancel what is still in flight (a task
    # never awaited to its end, a call left by a second Ctrl-C) and give the callbacks a moment to arrive.
    for _handle, token, _on_done in list(_PENDING.values()):
        token.cancel()
    until = time.monotonic() + 1.0
    while _PENDING and time.monotonic() < until:
        time.sleep(0.005)
