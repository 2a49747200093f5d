"""The clients: their constructors (the config keys of the C ABI as keyword arguments, generated into
_config.py) on top of the generated endpoint methods, blocking (EshouhouClient, ZhibangClient) or
awaited (AsyncEshouhouClient, AsyncZhibangClient)."""

from __future__ import annotations

from ._config import _EshouhouSettings, _ZhibangSettings
from ._endpoints import AsyncEshouhouEndpoints, AsyncZhibangEndpoints, EshouhouEndpoints, ZhibangEndpoints


class EshouhouClient(_EshouhouSettings, EshouhouEndpoints):
    """A client of the eshouhou (易售后) open platform.

    Nothing is sent until the first call; the token is fetched then, cached, and renewed when the vendor
    refuses it. Safe to share between threads. Close it (or use ``with``) to free the native client.

    The constructor takes the config keys as keyword arguments (see ``__init__``).
    """


class ZhibangClient(_ZhibangSettings, ZhibangEndpoints):
    """A client of a Zhibang (智邦国际) ERP server's after-sales module.

    Nothing is sent until the first call. The client then logs in once for all threads and shares the
    session; when the server ends it (time-out, or another login of the same account) it logs in again
    and retries once. A refused password is never retried: after 3 failures the server wants a captcha
    (``AuthError`` with ``code == "captcha_required"`` and ``captcha_url``; answer with
    ``login(rndcode=...)``). Use an account of its own per client. Close it (or use ``with``) to free
    the native client; that does not log out (call ``logout()`` first for that).

    The constructor takes the config keys as keyword arguments (see ``__init__``).
    """


class AsyncEshouhouClient(_EshouhouSettings, AsyncEshouhouEndpoints):
    """EshouhouClient with awaited methods: ``await client.get_customer(...)``, ``async for row in
    client.iter_get_work_orders(...)``. The constructor takes the same keywords; ``async with`` (or
    ``await client.aclose()``) frees the native client.

    Each call runs on one of the library's call threads (at most 64 at once in the process; more wait for
    one), so any number of awaited calls holds no thread of the caller's. Cancelling the awaiting task
    cancels the call. List pages are fetched on the event loop's default executor.
    """


class AsyncZhibangClient(_ZhibangSettings, AsyncZhibangEndpoints):
    """ZhibangClient with awaited methods: ``await client.service_list(...)``, ``async for row in
    client.iter_service_list(...)``. The constructor takes the same keywords; ``async with`` (or
    ``await client.aclose()``) frees the native client.

    Each call runs on one of the library's call threads (at most 64 at once in the process; more wait for
    one), so any number of awaited calls holds no thread of the caller's. Cancelling the awaiting task
    cancels the call. List pages are fetched on the event loop's default executor.
    """
