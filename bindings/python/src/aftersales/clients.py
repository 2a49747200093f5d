"""The two clients: their constructors (the config keys of the C ABI as keyword arguments) on top of the
generated endpoint methods."""

from __future__ import annotations

from typing import Literal, Optional

from ._endpoints import EshouhouEndpoints, ZhibangEndpoints


class EshouhouClient(EshouhouEndpoints):
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
        timeout_ms, connect_timeout_ms, retries, retry_backoff_ms, user_agent, proxy: transport
            settings (defaults 30000, 10000, 2, 200, the library's agent, the proxy environment).

    Raises:
        InvalidArgument: a missing or invalid setting (``error.parameter`` names it).
    """

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
        timeout_ms: Optional[int] = None,
        connect_timeout_ms: Optional[int] = None,
        retries: Optional[int] = None,
        retry_backoff_ms: Optional[int] = None,
        user_agent: Optional[str] = None,
        proxy: Optional[str] = None,
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
                "timeout_ms": timeout_ms,
                "connect_timeout_ms": connect_timeout_ms,
                "retries": retries,
                "retry_backoff_ms": retry_backoff_ms,
                "user_agent": user_agent,
                "proxy": proxy,
            }
        )


class ZhibangClient(ZhibangEndpoints):
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
        timeout_ms, connect_timeout_ms, retries, retry_backoff_ms, user_agent, proxy: transport
            settings (defaults 30000, 10000, 2, 200, the library's agent, the proxy environment).

    Raises:
        InvalidArgument: a missing or invalid setting (``error.parameter`` names it).
    """

    def __init__(
        self,
        *,
        base_url: str,
        username: str,
        password: str,
        serial_number: Optional[str] = None,
        login_path: Optional[Literal["/webapi/v3/ov1/login", "/sysa/mobilephone/login.asp"]] = None,
        timeout_ms: Optional[int] = None,
        connect_timeout_ms: Optional[int] = None,
        retries: Optional[int] = None,
        retry_backoff_ms: Optional[int] = None,
        user_agent: Optional[str] = None,
        proxy: Optional[str] = None,
    ) -> None:
        super().__init__(
            {
                "base_url": base_url,
                "username": username,
                "password": password,
                "serial_number": serial_number,
                "login_path": login_path,
                "timeout_ms": timeout_ms,
                "connect_timeout_ms": connect_timeout_ms,
                "retries": retries,
                "retry_backoff_ms": retry_backoff_ms,
                "user_agent": user_agent,
                "proxy": proxy,
            }
        )
