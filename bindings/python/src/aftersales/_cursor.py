"""Walking a list endpoint page by page through a native cursor, and row by row on top of that, with
`for` (PageCursor, RowCursor) or `async for` (AsyncPageCursor, AsyncRowCursor)."""

from __future__ import annotations

import weakref
from types import TracebackType
from typing import Any, AsyncIterator, Iterator, Mapping, Optional

from . import _calls, _logging
from ._calls import CancelToken, NativeToken
from ._envelope import parts, with_meta
from ._handle import NativeHandle
from ._loaded import LIBRARY
from ._params import to_json_object
from .errors import error_from_envelope
from .results import Row


def _release(handle: NativeHandle, token: NativeToken) -> None:
    handle.close_if_idle()
    token.free()


class _Walk:
    """One walk's state: the native cursor and its cancel token, and what ends the walk.

    A native cursor's token is fixed when it is made and stays cancelled once cancelled, so after a cancelled
    page (Ctrl-C, a cancelled task, or `cancel`) the next page is asked of a new native cursor, made with a
    fresh token from the page that was cancelled (the page after the last one returned). With a cancelled
    `cancel`, that fresh token is cancelled too, and the page fails again without a request.
    """

    def __init__(
        self,
        provider: str,
        client: NativeHandle,
        endpoint: str,
        params: Mapping[str, Any],
        options: Optional[bytes],
        cancel: Optional[CancelToken],
    ) -> None:
        self._functions = LIBRARY.provider(provider)
        self._client = client
        self._endpoint = endpoint
        self._params = dict(params)
        self._options = options
        self._cancel = cancel
        self._index_param = LIBRARY.page_index_params.get((provider, endpoint))
        self._next_index: Optional[int] = None
        self._finished = False
        self._failure: Optional[dict[str, Any]] = None
        self._open()

    def _open(self) -> None:
        params = dict(self._params)
        if self._index_param is not None and self._next_index is not None:
            params[self._index_param] = self._next_index
        self._token = NativeToken(self._cancel)
        with self._client.lend() as client_pointer:
            # cursor_new_with never returns NULL: a bad endpoint or parameter arrives as the first page's error.
            pointer = self._functions.cursor_new_with(
                client_pointer,
                self._endpoint.encode("utf-8"),
                to_json_object(params).encode("utf-8"),
                self._options,
                self._token.pointer,
            )
        self._handle = NativeHandle(pointer, self._functions.cursor_free, "cursor")
        self._stale = False
        self._finalizer = weakref.finalize(self, _release, self._handle, self._token)

    def _fetch(self) -> str:
        """The next page's envelope (blocking in C): the native cursor's, or a new one's after a cancel."""
        if self._stale:
            self.close()
            self._open()
        with self._handle.lend() as pointer:
            return LIBRARY.take_string(self._functions.cursor_next(pointer))

    def _cancel_page(self) -> None:
        # The page in flight may still arrive, but it is dropped (the caller is interrupted), and this native
        # cursor's token stays cancelled: the next page is asked of a new cursor, from the same page.
        self._stale = True
        self._token.cancel()

    def _check(self) -> bool:
        """False when the walk is over; raises the failure that ended it again."""
        if self._failure is not None:
            raise error_from_envelope(self._failure)
        if not self._finished:
            _logging.sync()
        return not self._finished

    def _page(self, envelope_json: str) -> Any:
        """The page's data with its meta; None after the last page; raises a failed page's error."""
        data, meta, error = parts(envelope_json)
        if meta.get("done") or (error is None and data is None):
            # The walk is over (after its last page or a failure that ends it): the native cursor would
            # only repeat itself, so it is freed now and the failure, if any, is kept to raise again.
            self._finished = True
            self._failure = error
            self.close()
        if error is not None:
            if error.get("code") == "cancelled":
                self._stale = True
            raise error_from_envelope(error)
        if data is None:
            return None
        page = data.get("page") if isinstance(data, dict) else None
        if isinstance(page, dict) and isinstance(page.get("index"), int):
            self._next_index = page["index"] + 1
        return with_meta(data, meta)

    def close(self) -> None:
        """Frees the native cursor; stops the walk early. Idempotent."""
        self._handle.close()
        self._token.free()
        self._finalizer.detach()

    @property
    def closed(self) -> bool:
        return self._handle.closed


class PageCursor(_Walk, Iterator[Any]):
    """Yields the `data` of each page (`rows`, `page`, and `columns` for Zhibang) until the last page, each
    with its call's `meta` as an attribute (`request_id`, `requests`, `elapsed_ms`, `done`, ...).

    A page that fails raises its AfterSalesError, and then, as the native cursor does:

    - after a retryable failure (`error.retryable`: a timeout, `server_unavailable`, ...) the cursor
      stays on that page, and the next `next()` asks for it again, so a walk can resume;
    - after a cancelled page (`Cancelled`, or KeyboardInterrupt on the main thread) the cursor stays on that
      page too, and the next `next()` asks for it again with a fresh native cursor;
    - any other failure ends the walk: every later `next()` raises the same error again (an equal
      exception) without sending a request.

    The native cursor is freed when the walk ends, on close() or `with`, and otherwise when the object
    is collected.
    """

    def __next__(self) -> Any:
        if not self._check():
            raise StopIteration
        page = self._page(_calls.run_interruptibly(self._fetch, self._cancel_page))
        if page is None:
            raise StopIteration
        return page

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
    failures: after a retryable or cancelled one the next `next()` asks for the same page again; any other
    one is raised again by every later `next()`."""

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


class AsyncPageCursor(_Walk, AsyncIterator[Any]):
    """PageCursor for `async for`: each page is fetched on the event loop's default executor (the C ABI has
    no asynchronous cursor), so the loop is never blocked. Cancelling the task that awaits a page cancels
    that page's request and waits for it to end (within milliseconds); the cursor stays on that page, and
    the next iteration asks for it again with a fresh native cursor."""

    async def __anext__(self) -> Any:
        if not self._check():
            raise StopAsyncIteration
        page = self._page(await _calls.in_thread(self._fetch, self._cancel_page))
        if page is None:
            raise StopAsyncIteration
        return page

    async def aclose(self) -> None:
        self.close()

    async def __aenter__(self) -> AsyncPageCursor:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc_value: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        self.close()


class AsyncRowCursor(AsyncIterator[Row]):
    """The rows of every page of an AsyncPageCursor, with its rules for failures and cancellation."""

    def __init__(self, pages: AsyncPageCursor) -> None:
        self._pages = pages
        self._rows: Iterator[Row] = iter(())

    async def __anext__(self) -> Row:
        while True:
            for row in self._rows:
                return row
            self._rows = iter((await self._pages.__anext__())["rows"])

    async def aclose(self) -> None:
        self._pages.close()

    @property
    def closed(self) -> bool:
        return self._pages.closed

    async def __aenter__(self) -> AsyncRowCursor:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc_value: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        self._pages.close()
