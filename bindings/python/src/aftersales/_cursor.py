"""Walking a list endpoint page by page through a native cursor, and row by row on top of that."""

from __future__ import annotations

import weakref
from types import TracebackType
from typing import Any, Iterator, Optional

from . import _logging
from ._envelope import parts, with_meta
from ._handle import NativeHandle
from ._loaded import LIBRARY
from .errors import error_from_envelope
from .results import Row


class PageCursor(Iterator[Any]):
    """Yields the `data` of each page (`rows`, `page`, and `columns` for Zhibang) until the last page, each
    with its call's `meta` as an attribute (`request_id`, `requests`, `elapsed_ms`, `done`, ...).

    A page that fails raises its AfterSalesError, and then, as the native cursor does:

    - after a retryable failure (`error.retryable`: a timeout, `server_unavailable`, ...) the cursor
      stays on that page, and the next `next()` asks for it again, so a walk can resume;
    - any other failure ends the walk: every later `next()` raises the same error again (an equal
      exception) without sending a request.

    The native cursor is freed when the walk ends, on close() or `with`, and otherwise when the object
    is collected.
    """

    def __init__(self, provider: str, client_pointer: Any, endpoint: str, params_json: str) -> None:
        self._functions = LIBRARY.provider(provider)
        # cursor_new never returns NULL: a bad endpoint or parameter arrives as the first page's error.
        pointer = self._functions.cursor_new(client_pointer, endpoint.encode("utf-8"), params_json.encode("utf-8"))
        self._handle = NativeHandle(pointer, self._functions.cursor_free, "cursor")
        self._finalizer = weakref.finalize(self, self._handle.close_if_idle)
        self._finished = False
        self._failure: Optional[dict[str, Any]] = None

    def __next__(self) -> Any:
        if self._failure is not None:
            raise error_from_envelope(self._failure)
        if self._finished:
            raise StopIteration
        _logging.sync()
        with self._handle.lend() as pointer:
            envelope_json = LIBRARY.take_string(self._functions.cursor_next(pointer))
        data, meta, error = parts(envelope_json)
        if meta.get("done") or (error is None and data is None):
            # The walk is over (after its last page or a failure that ends it): the native cursor would
            # only repeat itself, so it is freed now and the failure, if any, is kept to raise again.
            self._finished = True
            self._failure = error
            self.close()
        if error is not None:
            raise error_from_envelope(error)
        if data is None:
            raise StopIteration
        return with_meta(data, meta)

    def close(self) -> None:
        self._handle.close()
        self._finalizer.detach()

    @property
    def closed(self) -> bool:
        return self._handle.closed

    def __enter__(self) -> PageCursor:
        return self

    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc_value: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        self.close()


class RowCursor(Iterator[Row]):
    """Yields the rows of every page of a PageCursor, one page in memory at a time, with its rules for
    failures: after a retryable one the next `next()` asks for the same page again; any other one is
    raised again by every later `next()`."""

    def __init__(self, pages: PageCursor) -> None:
        self._pages = pages
        self._rows: Iterator[Row] = iter(())

    def __next__(self) -> Row:
        while True:
            # The current page's next row, if it has one left; else the next page.
            for row in self._rows:
                return row
            self._rows = iter(next(self._pages)["rows"])

    def close(self) -> None:
        """Frees the native cursor when stopping before the end. Idempotent."""
        self._pages.close()

    @property
    def closed(self) -> bool:
        return self._pages.closed

    def __enter__(self) -> RowCursor:
        return self

    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc_value: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        self.close()
