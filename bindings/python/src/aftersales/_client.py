"""What both clients share: the native handle's lifetime, calls by name, cursors and whole lists, in a
blocking form (ClientBase) and an asyncio form (AsyncClientBase).

The per-endpoint methods come from the generated module `_endpoints`, built on these classes.
"""

from __future__ import annotations

import asyncio
import weakref
from types import TracebackType
from typing import Any, ClassVar, Mapping, Optional, TypeVar

from . import _calls, _logging
from ._calls import CancelToken
from ._cursor import AsyncPageCursor, AsyncRowCursor, PageCursor, RowCursor
from ._envelope import failure, result, unwrap
from ._handle import NativeHandle
from ._loaded import LIBRARY
from ._params import to_json_object
from .errors import InvalidArgument
from .results import ListAll

_SomeClient = TypeVar("_SomeClient", bound="ClientCore")
_SomeAsyncClient = TypeVar("_SomeAsyncClient", bound="AsyncClientBase")


class ClientCore:
    """A client of one provider: the native client, its description, stats and lifetime."""

    _provider: ClassVar[str]

    def __init__(self, config: Mapping[str, Any]) -> None:
        self._functions = LIBRARY.provider(self._provider)
        pointer, error_json = LIBRARY.new_client(self._provider, to_json_object(config))
        if error_json is not None:
            raise failure(error_json)
        self._handle = NativeHandle(pointer, self._functions.client_free, "client")
        # The finalizer holds the handle, never the client, so it cannot keep the client alive.
        self._finalizer = weakref.finalize(self, self._handle.close_if_idle)
        # What the client is never changes, and repr() must work after close() too.
        self._description: dict[str, Any] = unwrap(LIBRARY.take_string(self._functions.client_describe(pointer)))[0]

    def stats(self) -> dict[str, Any]:
        """Counters since the client was created: `calls`, `errors` (by code), `requests`, `retries`,
        `logins`, `token_renewals`, `bytes_in`, `bytes_out`, and `latency_ms` (`p50`, `p95`, `p99` of whole
        calls)."""
        with self._handle.lend() as pointer:
            stats: dict[str, Any] = unwrap(LIBRARY.take_string(self._functions.client_stats(pointer)))[0]
        return stats

    def close(self) -> None:
        """Frees the native client once calls in flight on other threads have finished. Idempotent.
        Cursors already opened stay usable until they end."""
        self._handle.close()
        self._finalizer.detach()

    @property
    def closed(self) -> bool:
        return self._handle.closed

    def __repr__(self) -> str:
        # From the library's description, never from the config: that holds the app secret or the password.
        described = self._description
        account = f"user={described['username']}" if "username" in described else f"app_id={described.get('app_id')}"
        name = f" name={described['name']!r}" if described.get("name") is not None else ""
        state = "closed" if self.closed else "open"
        return (
            f"<{type(self).__name__} {described.get('provider')} {described.get('base_url')} {account}{name} {state}>"
        )

    def _endpoint_name(self, endpoint: str) -> str:
        """`endpoint`, checked against the loaded library (the generated methods may be newer than it)."""
        if endpoint not in self._functions.endpoints:
            raise InvalidArgument(
                {
                    "code": "unknown_endpoint",
                    "family": "input",
                    "message": f"the loaded libaftersales {LIBRARY.version()} has no {self._provider} "
                    f"endpoint `{endpoint}`; it is older than this wrapper",
                    "retryable": False,
                }
            )
        return endpoint


class ClientBase(ClientCore):
    """A client whose calls block. Safe to share between threads; blocking calls release the GIL. Ctrl-C
    stops a call made on the main thread (KeyboardInterrupt, the call cancelled)."""

    def call(
        self,
        endpoint: str,
        /,
        *,
        timeout: Optional[float] = None,
        deadline: Optional[float] = None,
        request_id: Optional[str] = None,
        cancel: Optional[CancelToken] = None,
        **params: Any,
    ) -> Any:
        """Calls an endpoint by its catalogue name, e.g. `call("service_list", pagesize=50)`. The result is
        the endpoint's data (a dict) with the call's `meta` as an attribute. `timeout`, `deadline`,
        `request_id` and `cancel` are this call's options, as on every endpoint method."""
        return self._run(endpoint, params, timeout, deadline, request_id, cancel)

    def iter_pages(
        self,
        endpoint: str,
        /,
        *,
        timeout: Optional[float] = None,
        deadline: Optional[float] = None,
        request_id: Optional[str] = None,
        cancel: Optional[CancelToken] = None,
        **params: Any,
    ) -> PageCursor:
        """Every page of a list endpoint, one request per page; use it with `with` or close() it
        when stopping early. After a retryable failure the next `next()` asks for the same page again;
        any other failure ends the walk and is raised again by every later `next()`. The options apply to
        each page's call."""
        return PageCursor(
            self._provider, self._handle, endpoint, params, _calls.options_json(timeout, deadline, request_id), cancel
        )

    def iter_rows(
        self,
        endpoint: str,
        /,
        *,
        timeout: Optional[float] = None,
        deadline: Optional[float] = None,
        request_id: Optional[str] = None,
        cancel: Optional[CancelToken] = None,
        **params: Any,
    ) -> RowCursor:
        """Every row of a list endpoint, across all its pages, fetching one page at a time; failures
        as in iter_pages()."""
        return RowCursor(
            self.iter_pages(
                endpoint, timeout=timeout, deadline=deadline, request_id=request_id, cancel=cancel, **params
            )
        )

    def list_all(self, endpoint: str, /, *, max_pages: int = 0, **params: Any) -> ListAll:
        """Every row of a list endpoint in one result, up to `max_pages` pages (0: no limit). Holds all
        rows in memory; prefer iter_rows() for long lists. It takes no options and cannot be cancelled (the
        C ABI's list_all has no options)."""
        _logging.sync()
        with self._handle.lend() as pointer:
            envelope_json = LIBRARY.take_string(
                self._functions.list_all(
                    pointer, endpoint.encode("utf-8"), to_json_object(params).encode("utf-8"), max_pages
                )
            )
        rows: ListAll = result(envelope_json)
        return rows

    def __enter__(self: _SomeClient) -> _SomeClient:
        return self

    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc_value: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        self.close()

    def _invoke(
        self,
        endpoint: str,
        params: Mapping[str, Any],
        timeout: Optional[float],
        deadline: Optional[float],
        request_id: Optional[str],
        cancel: Optional[CancelToken],
    ) -> Any:
        """Calls an endpoint the generated methods know (they use this)."""
        return self._run(self._endpoint_name(endpoint), params, timeout, deadline, request_id, cancel)

    def _run(
        self,
        endpoint: str,
        params: Mapping[str, Any],
        timeout: Optional[float],
        deadline: Optional[float],
        request_id: Optional[str],
        cancel: Optional[CancelToken],
    ) -> Any:
        _logging.sync()
        return result(
            _calls.call(
                self._functions,
                self._handle,
                endpoint,
                to_json_object(params).encode("utf-8"),
                None if timeout is None and deadline is None and request_id is None
                else _calls.options_json(timeout, deadline, request_id),
                cancel,
            )
        )


class AsyncClientBase(ClientCore):
    """A client whose calls are awaited: each runs on one of the library's call threads (at most 64 at once
    in the process), and its result resolves the awaiting coroutine, so the event loop never blocks.
    Cancelling the awaiting task cancels the call."""

    async def call(
        self,
        endpoint: str,
        /,
        *,
        timeout: Optional[float] = None,
        deadline: Optional[float] = None,
        request_id: Optional[str] = None,
        cancel: Optional[CancelToken] = None,
        **params: Any,
    ) -> Any:
        """Calls an endpoint by its catalogue name, as ClientBase.call() does, awaited."""
        return await self._run(endpoint, params, timeout, deadline, request_id, cancel)

    def iter_pages(
        self,
        endpoint: str,
        /,
        *,
        timeout: Optional[float] = None,
        deadline: Optional[float] = None,
        request_id: Optional[str] = None,
        cancel: Optional[CancelToken] = None,
        **params: Any,
    ) -> AsyncPageCursor:
        """Every page of a list endpoint for `async for`, one request per page, fetched on the loop's
        default executor; failures as in ClientBase.iter_pages()."""
        return AsyncPageCursor(
            self._provider, self._handle, endpoint, params, _calls.options_json(timeout, deadline, request_id), cancel
        )

    def iter_rows(
        self,
        endpoint: str,
        /,
        *,
        timeout: Optional[float] = None,
        deadline: Optional[float] = None,
        request_id: Optional[str] = None,
        cancel: Optional[CancelToken] = None,
        **params: Any,
    ) -> AsyncRowCursor:
        """Every row of a list endpoint for `async for`, across all its pages, one page at a time."""
        return AsyncRowCursor(
            self.iter_pages(
                endpoint, timeout=timeout, deadline=deadline, request_id=request_id, cancel=cancel, **params
            )
        )

    async def aclose(self) -> None:
        """close() on the default executor: it waits for calls in flight, which must not hold up the loop."""
        await asyncio.get_running_loop().run_in_executor(None, self.close)

    async def __aenter__(self: _SomeAsyncClient) -> _SomeAsyncClient:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc_value: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        await self.aclose()

    async def _invoke(
        self,
        endpoint: str,
        params: Mapping[str, Any],
        timeout: Optional[float],
        deadline: Optional[float],
        request_id: Optional[str],
        cancel: Optional[CancelToken],
    ) -> Any:
        """Calls an endpoint the generated methods know (they use this)."""
        return await self._run(self._endpoint_name(endpoint), params, timeout, deadline, request_id, cancel)

    async def _run(
        self,
        endpoint: str,
        params: Mapping[str, Any],
        timeout: Optional[float],
        deadline: Optional[float],
        request_id: Optional[str],
        cancel: Optional[CancelToken],
    ) -> Any:
        _logging.sync()
        envelope_json = await _calls.call_soon(
            self._functions,
            self._handle,
            endpoint,
            to_json_object(params).encode("utf-8"),
            _calls.options_json(timeout, deadline, request_id),
            cancel,
        )
        return result(envelope_json)
