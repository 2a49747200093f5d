"""Walking a list endpoint page by page through a native cursor."""

from __future__ import annotations

import weakref
from types import TracebackType
from typing import Any, Iterator, Optional

from ._envelope import unwrap
from ._handle import NativeHandle
from ._loaded import LIBRARY


class PageCursor(Iterator[Any]):
    """Yields the `data` of each page (`rows`, `page`, and `columns` for Zhibang) until the last page.

    A page that fails raises its AfterSalesError and is asked for again by the next `next()`, so a
    walk can resume after a timeout. The native cursor is freed when the walk ends, on close() or
    `with`, and otherwise when the object is collected.
    """

    def __init__(self, provider: str, client_pointer: Any, endpoint: str, params_json: str) -> None:
        self._functions = LIBRARY.provider(provider)
        # cursor_new never returns NULL: a bad endpoint or parameter arrives as the first page's error.
        pointer = self._functions.cursor_new(client_pointer, endpoint.encode("utf-8"), params_json.encode("utf-8"))
        self._handle = NativeHandle(pointer, self._functions.cursor_free, "cursor")
        self._finalizer = weakref.finalize(self, self._handle.close_if_idle)
        self._finished = False

    def __next__(self) -> Any:
        if self._finished:
            raise StopIteration
        with self._handle.lend() as pointer:
            envelope_json = LIBRARY.take_string(self._functions.cursor_next(pointer))
        data, meta = unwrap(envelope_json)
        if meta.get("done") or data is None:
            # The last page needs no further native call to learn that nothing follows it.
            self._finished = True
            self.close()
        if data is None:
            raise StopIteration
        return data

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
