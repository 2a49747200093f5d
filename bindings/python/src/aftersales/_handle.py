"""Ownership of one native pointer: lent to calls, freed exactly once, never while a call is in flight.

The C contract forbids freeing a client (or cursor) while a call on it is running. Python code cannot
be trusted to order that by hand across threads, so close() waits for calls in flight to finish.
"""

from __future__ import annotations

import threading
from types import TracebackType
from typing import Any, Callable, Optional

from .errors import ClientClosedError


class NativeHandle:
    def __init__(self, pointer: Any, free: Callable[[Any], None], what: str) -> None:
        self._pointer = pointer
        self._free = free
        self._what = what
        # A plain lock for the count every call takes and gives back (its `with` runs no Python code); the
        # condition on the same lock serves close() alone.
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._calls_in_flight = 0
        self._closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    def lend(self) -> _Loan:
        """The pointer, for the duration of one native call: `with handle.lend() as pointer: ...`."""
        return _Loan(self)

    def borrow(self) -> Any:
        """The pointer for a call that ends on another thread (a callback): give_back() it there."""
        with self._lock:
            if self._closed:
                raise ClientClosedError.of(self._what)
            self._calls_in_flight += 1
            return self._pointer

    def give_back(self) -> None:
        with self._lock:
            self._calls_in_flight -= 1
            # Only close() waits, and only once it has set _closed.
            if self._closed and self._calls_in_flight == 0:
                self._idle.notify_all()

    def close(self) -> None:
        """Refuses new calls, waits for the ones in flight, then frees the pointer. Idempotent."""
        with self._idle:
            if self._closed:
                return
            self._closed = True
            self._idle.wait_for(lambda: self._calls_in_flight == 0)
            pointer, self._pointer = self._pointer, None
        self._free(pointer)

    def close_if_idle(self) -> None:
        """The weakref.finalize path. A collected owner cannot have calls in flight (each call holds a
        reference to it), so this frees at once, except at interpreter exit: there a daemon thread may
        still be inside a call, and leaving the pointer to the OS is the only safe choice."""
        with self._lock:
            if self._closed or self._calls_in_flight:
                return
            self._closed = True
            pointer, self._pointer = self._pointer, None
        self._free(pointer)


class _Loan:
    """One call's use of a handle. A plain class rather than a @contextmanager generator, whose setup
    costs more than the rest of the Python side of a call."""

    __slots__ = ("_handle",)

    def __init__(self, handle: NativeHandle) -> None:
        self._handle = handle

    def __enter__(self) -> Any:
        return self._handle.borrow()

    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc_value: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        self._handle.give_back()
