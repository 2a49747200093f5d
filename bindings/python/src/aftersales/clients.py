"""The clients: their constructors (the config keys of the C ABI as keyword arguments) on top of the
generated endpoint methods, blocking (EshouhouClient, ZhibangClient) or awaited (AsyncEshouhouClient,
AsyncZhibangClient)."""

from __future__ import annotations

from typing import Literal, Optional

from ._client import ClientCore
from ._endpoints import AsyncEshouhouEndpoints, AsyncZhibangEndpoints, EshouhouEndpoints, ZhibangEndpoints


class _EshouhouSettings(ClientCore):
    """The eshouhou constructor, shared by the blocking and the awaited client."""

    def __init__(
        self,
        *,
        app_id: str,
        app_secret: str,
        base_url: Optional[str] = None,
        token_expire_hours: Optional[int] = None,
        service_space_id: Optional[str] = None,
        service_network_id: Optional[str] = None,
        service_network_type: Optional[Literal[1, 2]] = None,
        name: Optional[str] = None,
        credential_store: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        connect_timeout_ms: Optional[int] = None,
        deadline_ms: Optional[int] = None,
        retries: Optional[int] = None,
        retry_backoff_ms: Optional[int] = None,
        max_response_bytes: Optional[int] = None,
        user_agent: Optional[str] = None,
        proxy: Optional[str] = None,
        ca_certificates: Optional[str] = None,
        ca_certificates_only: Optional[bool] = None,
        prefetch: Optional[int] = None,
    ) -> None:
        super().__init__(
            {
                "app_id": app_id,
                "app_secret": app_secret,
                "base_url": base_url,
                "token_expire_hours": token_expire_hours,
                "service_space_id": service_space_id,
                "service_network_id": service_network_id,
                "service_network_type": service_network_type,
                "name": name,
                "credential_store": credential_store,
                "timeout_ms": timeout_ms,
                "connect_timeout_ms": connect_timeout_ms,
                "deadline_ms": deadline_ms,
                "retries": retries,
                "retry_backoff_ms": retry_backoff_ms,
                "max_response_bytes": max_response_bytes,
                "user_agent": user_agent,
                "proxy": proxy,
                "ca_certificates": ca_certificates,
                "ca_certificates_only": ca_certificates_only,
                "prefetch": prefetch,
            }
        )


class _ZhibangSettings(ClientCore):
    """The Zhibang constructor, shared by the blocking and the awaited client."""

    def __init__(
        self,
        *,
        base_url: str,
        username: str,
        password: str,
        serial_number: Optional[str] = None,
        login_path: Optional[Literal["/webapi/v3/ov1/login", "/sysa/mobilephone/login.asp"]] = None,
        verify_writes: Optional[bool] = None,
        name: Optional[str] = None,
        credential_store: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        connect_timeout_ms: Optional[int] = None,
        deadline_ms: Optional[int] = None,
        retries: Optional[int] = None,
        retry_backoff_ms: Optional[int] = None,
        max_response_bytes: Optional[int] = None,
        user_agent: Optional[str] = None,
        proxy: Optional[str] = None,
        ca_certificates: Optional[str] = None,
        ca_certificates_only: Optional[bool] = None,
        prefetch: Optional[int] = None,
    ) -> None:
        super().__init__(
            {
                "base_url": base_url,
                "username": username,
                "password": password,
                "serial_number": serial_number,
                "login_path": login_path,
                "verify_writes": verify_writes,
                "name": name,
                "credential_store": credential_store,
                "timeout_ms": timeout_ms,
                "connect_timeout_ms": connect_timeout_ms,
                "deadline_ms": deadline_ms,
                "retries": retries,
                "retry_backoff_ms": retry_backoff_ms,
                "max_response_bytes": max_response_bytes,
                "user_agent": user_agent,
                "proxy": proxy,
                "ca_certificates": ca_certificates,
                "ca_certificates_only": ca_certificates_only,
                "prefetch": prefetch,
            }
        )


class EshouhouClient(_EshouhouSettings, EshouhouEndpoints):
    """A client of the eshouhou (易售后) open platform.

    Nothing is sent until the first call; the token is fetched then, cached, and renewed when the vendor
    refuses it. Safe to share between threads. Close it (or use ``with``) to free the native client.

    Args:
        app_id, app_secret: from 系统设置 → 我的应用.
        base_url: default ``https://api.eshouhou.cn``.
        token_expire_hours: token lifetime to ask for, 1-24 (default 2).
        service_space_id, service_network_id, service_network_type: sent as ``serviceSpaceId``,
            ``serviceNetworkId``, ``serviceNetworkType`` wherever an endpoint takes them and a call
            leaves them out (type 1 headquarters, the default, or 2 outlet).
        name: a label for this client, in its log events (``client``), ``repr()`` and descriptions, e.g.
            ``"erp-sync"``.
        credential_store: share the token with the clients of the same app id and server in other processes
            and on other machines: a directory path (this machine), or ``"callbacks:NAME"`` for a store
            registered with ``register_credential_store`` (see ``aftersales.stores``). Default: none.
        timeout_ms: the limit of one request, from connect to the answer's last byte (default 30000).
        connect_timeout_ms: the limit of connecting (default 10000).
        deadline_ms: the limit of the whole call, every attempt, back-off, token renewal and re-login
            included (default 60000, at most 3600000).
        retries: how many times a read is retried after a connect failure, a timeout or HTTP
            408/429/502/503/504; a write only when it never left (default 2, at most 10).
        retry_backoff_ms: the ceiling of the first retry's random wait, doubled for each further one
            (default 200).
        max_response_bytes: the largest answer accepted, counted after decompression (default 33554432,
            32 MiB); a larger one is ``TransportError`` ``response_too_large``.
        user_agent, proxy: the HTTP User-Agent (default the library's) and an HTTP(S) proxy (default the
            usual proxy environment variables).
        ca_certificates: extra trust anchors for a server behind an internal CA or with a self-signed
            certificate: PEM text, or the path of a PEM file.
        ca_certificates_only: trust only ``ca_certificates``, not the system's trust store (default
            False; True needs ``ca_certificates``).
        prefetch: pages a list walk (``iter_*``, ``iter_pages``, ``list_all``) fetches ahead while the
            caller works on the current one: 0 to 8 (default 1); Zhibang tables fetch that many at once.

    Raises:
        InvalidArgument: a missing or invalid setting (``error.parameter`` names it).
    """


class ZhibangClient(_ZhibangSettings, ZhibangEndpoints):
    """A client of a Zhibang (智邦国际) ERP server's after-sales module.

    Nothing is sent until the first call. The client then logs in once for all threads and shares the
    session; when the server ends it (time-out, or another login of the same account) it logs in again
    and retries once. A refused password is never retried: after 3 failures the server wants a captcha
    (``AuthError`` with ``code == "captcha_required"`` and ``captcha_url``; answer with
    ``login(rndcode=...)``). Use an account of its own per client. Close it (or use ``with``) to free
    the native client; that does not log out (call ``logout()`` first for that).

    Args:
        base_url: the customer's ZB server, e.g. ``http://erp.example.com:8080``.
        username, password: sent as ``txt:`` plain-text credentials.
        serial_number: the device serial, 1-20 letters or digits (default: derived from the user name
            and server, stable across restarts).
        login_path: ``/webapi/v3/ov1/login`` (default) or ``/sysa/mobilephone/login.asp``.
        verify_writes: when a write gets no decisive answer (a timeout or reset once it was sent, a 5xx,
            an answer that cannot be read, or prose saying neither success nor failure), read the record
            back (``service_handle`` through ``service_detail``): the result is ``"outcome": "succeeded"``
            with ``"verified": True`` when the record shows the write, else ``OutcomeUnknown`` saying
            what was seen. Default True; False skips the read-back and reports ``OutcomeUnknown`` (or
            ``"outcome": "unconfirmed"`` for such prose) as it came.
        name: a label for this client, in its log events (``client``), ``repr()`` and descriptions, e.g.
            ``"erp-sync"``.
        credential_store: share the session with the clients of the same account and server in other processes
            and on other machines: a directory path (this machine), or ``"callbacks:NAME"`` for a store
            registered with ``register_credential_store`` (see ``aftersales.stores``). Default: none.
        timeout_ms: the limit of one request, from connect to the answer's last byte (default 30000).
        connect_timeout_ms: the limit of connecting (default 10000).
        deadline_ms: the limit of the whole call, every attempt, back-off, token renewal and re-login
            included (default 60000, at most 3600000).
        retries: how many times a read is retried after a connect failure, a timeout or HTTP
            408/429/502/503/504; a write only when it never left (default 2, at most 10).
        retry_backoff_ms: the ceiling of the first retry's random wait, doubled for each further one
            (default 200).
        max_response_bytes: the largest answer accepted, counted after decompression (default 33554432,
            32 MiB); a larger one is ``TransportError`` ``response_too_large``.
        user_agent, proxy: the HTTP User-Agent (default the library's) and an HTTP(S) proxy (default the
            usual proxy environment variables).
        ca_certificates: extra trust anchors for a server behind an internal CA or with a self-signed
            certificate: PEM text, or the path of a PEM file.
        ca_certificates_only: trust only ``ca_certificates``, not the system's trust store (default
            False; True needs ``ca_certificates``).
        prefetch: pages a list walk (``iter_*``, ``iter_pages``, ``list_all``) fetches ahead while the
            caller works on the current one: 0 to 8 (default 1); Zhibang tables fetch that many at once.

    Raises:
        InvalidArgument: a missing or invalid setting (``error.parameter`` names it).
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
