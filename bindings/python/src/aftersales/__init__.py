"""Python binding of libaftersales: the eshouhou open platform and the Zhibang ERP after-sales module.

    from aftersales import ZhibangClient

    with ZhibangClient(base_url="http://erp.example.com", username="api", password="...") as zb:
        for row in zb.iter_service_list(pagesize=200):
            print(row["shid"], row["title"])

Importing the package loads the native library (inside the package, or $AFTERSALES_LIBRARY) and
checks its ABI version.
"""

from ._calls import CancelToken
from ._cursor import AsyncPageCursor, AsyncRowCursor, PageCursor, RowCursor
from ._version import __version__
from .clients import AsyncEshouhouClient, AsyncZhibangClient, EshouhouClient, ZhibangClient
from .errors import (
    AfterSalesError,
    AuthError,
    Cancelled,
    ClientClosedError,
    DecodeError,
    InternalError,
    InvalidArgument,
    OutcomeUnknown,
    TransportError,
    VendorError,
)
from .library import abi_version, endpoints, library_path, library_version, live_string_count
from .results import Meta, Result, meta_of
from .stores import CredentialStore, RedisCredentialStore, register_credential_store

__all__ = [
    "AfterSalesError",
    "AsyncEshouhouClient",
    "AsyncPageCursor",
    "AsyncRowCursor",
    "AsyncZhibangClient",
    "AuthError",
    "Cancelled",
    "CancelToken",
    "ClientClosedError",
    "CredentialStore",
    "DecodeError",
    "EshouhouClient",
    "InternalError",
    "InvalidArgument",
    "Meta",
    "OutcomeUnknown",
    "PageCursor",
    "RedisCredentialStore",
    "Result",
    "RowCursor",
    "TransportError",
    "VendorError",
    "ZhibangClient",
    "__version__",
    "abi_version",
    "endpoints",
    "library_path",
    "library_version",
    "live_string_count",
    "meta_of",
    "register_credential_store",
]
