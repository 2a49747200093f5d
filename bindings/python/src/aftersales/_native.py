"""The native library: finding it, loading it, checking its ABI version, and the ctypes declaration of
every function it exports. Nothing else in the package touches ctypes.

This module imports only the standard library and loads nothing by itself (see _loaded.py).
"""

from __future__ import annotations

import ctypes
import json
import os
import platform
import sys
from pathlib import Path
from typing import Any, Callable, Optional

LIBRARY_ENV_VAR = "AFTERSALES_LIBRARY"
"""Path of another libaftersales build to load instead of the one inside the package (development)."""

SUPPORTED_ABI_VERSION = 1
"""The AFTERSALES_ABI_VERSION this wrapper was written for."""

PROVIDERS = ("eshouhou", "zhibang")


class _OpaqueHandle(ctypes.Structure):
    """Base of the opaque handle types: declared, never defined, as in the header."""


class EshouhouClientHandle(_OpaqueHandle):
    pass


class EshouhouCursorHandle(_OpaqueHandle):
    pass


class ZhibangClientHandle(_OpaqueHandle):
    pass


class ZhibangCursorHandle(_OpaqueHandle):
    pass


# One pointer type per handle type, so ctypes refuses a Zhibang handle passed to an eshouhou function
# just as a C compiler would.
_CLIENT_HANDLE: dict[str, type[_OpaqueHandle]] = {
    "eshouhou": EshouhouClientHandle,
    "zhibang": ZhibangClientHandle,
}
_CURSOR_HANDLE: dict[str, type[_OpaqueHandle]] = {
    "eshouhou": EshouhouCursorHandle,
    "zhibang": ZhibangCursorHandle,
}


def library_file_name() -> str:
    if sys.platform == "win32":
        return "aftersales.dll"
    if sys.platform == "darwin":
        return "libaftersales.dylib"
    return "libaftersales.so"


def locate_library() -> Path:
    """The library to load: $AFTERSALES_LIBRARY if set, else the copy inside this package."""
    override = os.environ.get(LIBRARY_ENV_VAR)
    if override:
        path = Path(override).expanduser().resolve()
        if not path.is_file():
            raise ImportError(
                load_failure(f"{LIBRARY_ENV_VAR} points at {path}, which is not a file", path, "", from_env=True)
            )
        return path
    path = Path(__file__).resolve().with_name(library_file_name())
    if not path.is_file():
        raise ImportError(
            load_failure(
                f"no {path.name} inside the package ({path.parent}): it was installed without its native library",
                path,
                "",
                from_env=False,
            )
        )
    return path


def this_system() -> str:
    """The platform a library must be built for to load into this Python, e.g. "Linux x86_64, glibc 2.31"."""
    described = f"{platform.system()} {platform.machine()}"
    glibc = _glibc_version()
    if glibc is not None:
        described += ", glibc " + ".".join(map(str, glibc))
    return described


def _glibc_version() -> Optional[tuple[int, ...]]:
    try:
        name, version = (os.confstr("CS_GNU_LIBC_VERSION") or "").split(" ", 1)
    except (AttributeError, ValueError, OSError):
        return None
    if name != "glibc":
        return None
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        return None


def _found(path: Path) -> str:
    # Imported only when the library failed to load: a working import never needs the ELF reader.
    from ._elf import read_facts

    facts = read_facts(path)
    if facts is None:
        return str(path)
    described = f"{path} (ELF {facts.bits}-bit {facts.machine}"
    if facts.glibc is not None:
        described += ", needs glibc " + ".".join(map(str, facts.glibc))
    return described + ")"


def _diagnosis(path: Path) -> Optional[str]:
    """Why a library that exists does not fit this system, when its headers tell."""
    from ._elf import read_facts

    facts = read_facts(path)
    if facts is None:
        return None
    machine = platform.machine().lower()
    host_machine = {"amd64": "x86_64", "arm64": "aarch64", "i386": "i686", "x86": "i686"}.get(machine, machine)
    if facts.machine != host_machine:
        return f"the library is built for {facts.machine}, this Python runs on {host_machine}"
    host_glibc = _glibc_version()
    if facts.glibc is not None and host_glibc is not None and facts.glibc > host_glibc:
        return (
            "the library needs glibc "
            + ".".join(map(str, facts.glibc))
            + ", this system has glibc "
            + ".".join(map(str, host_glibc))
        )
    return None


def load_failure(reason: str, path: Path, loader_message: str, from_env: bool) -> str:
    """The ImportError text for a library that is missing or does not load: what was found, what was needed,
    and what to do."""
    lines = [f"aftersales: the native library libaftersales cannot be loaded: {reason}."]
    if path.is_file():
        lines.append(f"  found:  {_found(path)}" + (f" (from {LIBRARY_ENV_VAR})" if from_env else ""))
    if loader_message:
        lines.append(f"  loader: {loader_message}")
    lines.append(f"  needed: a {library_file_name()} built for {this_system()}")
    lines.append("  what to do:")
    if from_env:
        lines.append(f"    - point {LIBRARY_ENV_VAR} at a libaftersales built for this system, or unset it")
    lines.append(
        "    - install a wheel made for this system: pip install --force-reinstall --only-binary aftersales aftersales "
        "(Linux wheels need glibc 2.17 or newer on x86_64 or aarch64)"
    )
    lines.append(
        "    - or build from source: pip install --force-reinstall --no-binary aftersales aftersales "
        "(needs Rust 1.89+ and cargo on PATH, https://rustup.rs)"
    )
    if not from_env:
        lines.append(f"    - or set {LIBRARY_ENV_VAR} to a libaftersales built for this system")
    return "\n".join(lines)


def check_abi_version(found: int, path: Path) -> None:
    if found != SUPPORTED_ABI_VERSION:
        raise ImportError(
            f"aftersales: {path} has ABI version {found}, but this aftersales package was written for ABI "
            f"version {SUPPORTED_ABI_VERSION}. Reinstall the package so wrapper and library come from the "
            f"same source, or point {LIBRARY_ENV_VAR} at a matching build."
        )


def _declare(function: Any, argtypes: list[Any], restype: Any) -> Callable[..., Any]:
    function.argtypes = argtypes
    function.restype = restype
    return function  # type: ignore[no-any-return]


# void (*)(void *user_data, uint32_t level, const char *event_json), as include/aftersales.h declares it.
LOG_CALLBACK = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_uint32, ctypes.c_char_p)
# The callbacks of a host's credential store (aftersales_credential_store_callbacks in the header).
STORE_GET = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_void_p, ctypes.c_char_p, ctypes.c_void_p)
STORE_PUT = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_void_p, ctypes.c_char_p, ctypes.c_void_p, ctypes.c_size_t)
STORE_LOCK = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32)
STORE_UNLOCK = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_void_p, ctypes.c_char_p)


class StoreCallbacks(ctypes.Structure):
    _fields_ = [("get", STORE_GET), ("put", STORE_PUT), ("lock", STORE_LOCK), ("unlock", STORE_UNLOCK)]


# void (*)(void *user_data, char *envelope_json): the callback owns the envelope and frees it.
CALL_CALLBACK = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)


def eventfd_write_callback() -> Optional[Any]:
    """libc's `int eventfd_write(int fd, uint64_t value)` as a CALL_CALLBACK, or None where it cannot serve
    as one. On 64-bit Linux both calling conventions pass the two arguments in the same integer registers,
    so the library calling it with (user_data = an eventfd, envelope) adds the envelope's address to that
    eventfd's counter: the call's end reaches a thread blocked reading the eventfd without running any
    Python code on the library's thread."""
    if not sys.platform.startswith("linux") or sys.maxsize <= 2**32 or not hasattr(os, "eventfd"):
        return None
    try:
        function = ctypes.CDLL(None).eventfd_write
    except (AttributeError, OSError):
        return None
    return ctypes.cast(function, CALL_CALLBACK)


class ProviderFunctions:
    """The exported functions of one provider, declared with that provider's handle types."""

    def __init__(self, cdll: ctypes.CDLL, provider: str, endpoint_functions: dict[str, str]) -> None:
        client = ctypes.POINTER(_CLIENT_HANDLE[provider])
        cursor = ctypes.POINTER(_CURSOR_HANDLE[provider])
        prefix = f"aftersales_{provider}_"

        def exported(name: str, argtypes: list[Any], restype: Any) -> Callable[..., Any]:
            return _declare(getattr(cdll, prefix + name), argtypes, restype)

        # Returned strings are declared c_void_p, not c_char_p: ctypes would copy a c_char_p result and
        # drop the pointer, which then could never be given back to aftersales_string_free.
        self.client_new = exported("client_new", [ctypes.c_char_p, ctypes.POINTER(ctypes.c_void_p)], client)
        self.client_free = exported("client_free", [client], None)
        self.client_stats = exported("client_stats", [client], ctypes.c_void_p)
        self.client_describe = exported("client_describe", [client], ctypes.c_void_p)
        self.call_with = exported(
            "call_with", [client, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_void_p], ctypes.c_void_p
        )
        self.call_async = exported(
            "call_async",
            [
                client,
                ctypes.c_char_p,
                ctypes.c_char_p,
                ctypes.c_char_p,
                ctypes.c_void_p,
                CALL_CALLBACK,
                ctypes.c_void_p,
            ],
            None,
        )
        self.cursor_new_with = exported(
            "cursor_new_with", [client, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_void_p], cursor
        )
        self.call = exported("call", [client, ctypes.c_char_p, ctypes.c_char_p], ctypes.c_void_p)
        self.list_all = exported(
            "list_all", [client, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_uint32], ctypes.c_void_p
        )
        self.cursor_new = exported("cursor_new", [client, ctypes.c_char_p, ctypes.c_char_p], cursor)
        self.cursor_next = exported("cursor_next", [cursor], ctypes.c_void_p)
        self.cursor_free = exported("cursor_free", [cursor], None)
        # One function per endpoint, named by the catalogue the library itself reports, so the
        # declarations can never drift from the build that is actually loaded.
        self.endpoints: dict[str, Callable[..., Any]] = {
            endpoint: _declare(getattr(cdll, function), [client, ctypes.c_char_p], ctypes.c_void_p)
            for endpoint, function in endpoint_functions.items()
        }


class NativeLibrary:
    """The loaded libaftersales with every export declared, and the string ownership rule applied:
    each returned string is copied into Python and freed by the library in `finally`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._cdll = ctypes.CDLL(str(path))
        except OSError as error:
            reason = _diagnosis(path) or "the system's loader refused it"
            raise ImportError(
                load_failure(reason, path, str(error), from_env=bool(os.environ.get(LIBRARY_ENV_VAR)))
            ) from None
        self.abi_version = int(_declare(self._cdll.aftersales_abi_version, [], ctypes.c_uint32)())
        check_abi_version(self.abi_version, path)
        self._version = _declare(self._cdll.aftersales_version, [], ctypes.c_char_p)
        self._string_free = _declare(self._cdll.aftersales_string_free, [ctypes.c_void_p], None)
        self._live_string_count = _declare(self._cdll.aftersales_live_string_count, [], ctypes.c_uint64)
        self._endpoints = _declare(self._cdll.aftersales_endpoints, [], ctypes.c_void_p)
        # enum aftersales_error_code is a uint32_t in the header.
        self.error_code_from_string = _declare(
            self._cdll.aftersales_error_code_from_string, [ctypes.c_char_p], ctypes.c_uint32
        )
        self.cancel_token_new = _declare(self._cdll.aftersales_cancel_token_new, [], ctypes.c_void_p)
        self.credential_store_register = _declare(
            self._cdll.aftersales_credential_store_register,
            [ctypes.c_char_p, ctypes.POINTER(StoreCallbacks), ctypes.c_void_p],
            ctypes.c_int32,
        )
        self.store_reply_set = _declare(
            self._cdll.aftersales_store_reply_set, [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t], None
        )
        self.cancel_token_cancel = _declare(self._cdll.aftersales_cancel_token_cancel, [ctypes.c_void_p], None)
        self.cancel_token_free = _declare(self._cdll.aftersales_cancel_token_free, [ctypes.c_void_p], None)
        self.set_log_callback = _declare(
            self._cdll.aftersales_set_log_callback, [LOG_CALLBACK, ctypes.c_void_p, ctypes.c_uint32], None
        )
        catalogue = json.loads(self.catalogue_json())
        # The page-number parameter of each list endpoint: where a cursor whose page was cancelled takes up again.
        self.page_index_params: dict[tuple[str, str], str] = {
            (entry["provider"], entry["name"]): entry["paging"]["index_param"]
            for entry in catalogue["endpoints"]
            if entry["paging"]
        }
        self._providers = {
            provider: ProviderFunctions(
                self._cdll,
                provider,
                {entry["name"]: entry["function"] for entry in catalogue["endpoints"] if entry["provider"] == provider},
            )
            for provider in PROVIDERS
        }

    def take_string(self, pointer: Optional[int]) -> str:
        """Copies a string the library returned, then gives it back to the library."""
        if not pointer:
            raise MemoryError("libaftersales returned NULL: it ran out of memory")
        try:
            # c_char_p's value is string_at without a foreign call through ctypes' own machinery.
            return ctypes.c_char_p(pointer).value.decode("utf-8")  # type: ignore[union-attr]
        finally:
            self._string_free(pointer)

    def version(self) -> str:
        return bytes(self._version()).decode("ascii")

    def live_string_count(self) -> int:
        return int(self._live_string_count())

    def catalogue_json(self) -> str:
        return self.take_string(self._endpoints())

    def provider(self, provider: str) -> ProviderFunctions:
        return self._providers[provider]

    def new_client(self, provider: str, config_json: str) -> tuple[Any, Optional[str]]:
        """A client handle, or (None, the failure envelope) when the library refused the config."""
        error_json = ctypes.c_void_p()
        handle = self._providers[provider].client_new(config_json.encode("utf-8"), ctypes.byref(error_json))
        if handle:
            return handle, None
        return None, self.take_string(error_json.value)


def load() -> NativeLibrary:
    return NativeLibrary(locate_library())
