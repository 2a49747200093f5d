"""Ownership of one native pointer: lent to calls, freed exactly once, never while a call is in flight.

The C contract forbids freeing a client (or cursor) while a call on it is running. Python code cannot
be trusted to order that by hand across threads, so close() waits for calls in flight to finish.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Any, Callable, Iterator

from .errors import ClientClosedError


class NativeHandle:
    def __init__(self, pointer: Any, free: Callable[[Any], None], what: str) -> None:
        self._pointer = pointer
        self._free = free
        self._what = what
        self._idle = threading.Condition()
        self._calls_in_flight = 0
        self._closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    @contextmanager
    def lend(self) -> Iterator[Any]:
        """The pointer, for the duration of one native call."""
        with self._idle:
            if self._closed:
                raise ClientClosedError.of(self._what)
            self._calls_in_flight += 1
        try:
            yield self._pointer
        finally:
            with self._idle:
                self._calls_in_flight -= 1
                if self._calls_in_flight == 0:
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
        with self._idle:
            if self._closed or self._calls_in_flight:
                return
            self._closed = True
            pointer, self._pointer = self._pointer, None
        self._free(pointer)
