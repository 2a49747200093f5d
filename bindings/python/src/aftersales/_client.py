"""What both clients share: the native handle's lifetime, calls by name, cursors and whole lists.

The per-endpoint methods come from the generated module `_endpoints`, built on this class.
"""

from __future__ import annotations

import weakref
from types import TracebackType
from typing import Any, ClassVar, Mapping, Optional, TypeVar

from . import _logging
from ._cursor import PageCursor, RowCursor
from ._envelope import failure, result, unwrap
from ._handle import NativeHandle
from ._loaded import LIBRARY
from ._params import to_json_object
from .errors import InvalidArgument
from .results import ListAll

_SomeClient = TypeVar("_SomeClient", bound="ClientBase")


class ClientBase:
    """A client of one provider. Safe to share between threads; blocking calls release the GIL."""

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

    def call(self, endpoint: str, /, **params: Any) -> Any:
        """Calls an endpoint by its catalogue name, e.g. `call("service_list", pagesize=50)`. The result is
        the endpoint's data (a dict) with the call's `meta` as an attribute."""
        _logging.sync()
        with self._handle.lend() as pointer:
            envelope_json = LIBRARY.take_string(
                self._functions.call(pointer, endpoint.encode("utf-8"), to_json_object(params).encode("utf-8"))
            )
        return result(envelope_json)

    def iter_pages(self, endpoint: str, /, **params: Any) -> PageCursor:
        """Every page of a list endpoint, one request per page; use it with `with` or close() it
        when stopping early. After a retryable failure the next `next()` asks for the same page again;
        any other failure ends the walk and is raised again by every later `next()`."""
        with self._handle.lend() as pointer:
            return PageCursor(self._provider, pointer, endpoint, to_json_object(params))

    def iter_rows(self, endpoint: str, /, **params: Any) -> RowCursor:
        """Every row of a list endpoint, across all its pages, fetching one page at a time; failures
        as in iter_pages()."""
        return RowCursor(self.iter_pages(endpoint, **params))

    def list_all(self, endpoint: str, /, *, max_pages: int = 0, **params: Any) -> ListAll:
        """Every row of a list endpoint in one result, up to `max_pages` pages (0: no limit). Holds all
        rows in memory; prefer iter_rows() for long lists."""
        _logging.sync()
        with self._handle.lend() as pointer:
            envelope_json = LIBRARY.take_string(
                self._functions.list_all(
                    pointer, endpoint.encode("utf-8"), to_json_object(params).encode("utf-8"), max_pages
                )
            )
        rows: ListAll = result(envelope_json)
        return rows

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

    def __enter__(self: _SomeClient) -> _SomeClient:
        return self

    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc_value: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        # From the library's description, never from the config: that holds the app secret or the password.
        described = self._description
        account = f"user={described['username']}" if "username" in described else f"app_id={described.get('app_id')}"
        name = f" name={described['name']!r}" if described.get("name") is not None else ""
        state = "closed" if self.closed else "open"
        return (
            f"<{type(self).__name__} {described.get('provider')} {described.get('base_url')} {account}{name} {state}>"
        )

    def _invoke(self, endpoint: str, params: Mapping[str, Any]) -> Any:
        """Calls an endpoint through its own exported function (the generated methods use this)."""
        function = self._functions.endpoints.get(endpoint)
        if function is None:
            raise InvalidArgument(
                {
                    "code": "unknown_endpoint",
                    "family": "input",
                    "message": f"the loaded libaftersales {LIBRARY.version()} has no {self._provider} "
                    f"endpoint `{endpoint}`; it is older than this wrapper",
                    "retryable": False,
                }
            )
        _logging.sync()
        with self._handle.lend() as pointer:
            envelope_json = LIBRARY.take_string(function(pointer, to_json_object(params).encode("utf-8")))
        return result(envelope_json)
