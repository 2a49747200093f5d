"""Facts about the loaded native library: its versions, its endpoint catalogue, its string accounting."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ._loaded import LIBRARY


def library_path() -> Path:
    """The libaftersales file this process loaded."""
    return LIBRARY.path


def library_version() -> str:
    """The native library's version, "MAJOR.MINOR.PATCH"."""
    return LIBRARY.version()


def abi_version() -> int:
    """The ABI version of the loaded library (checked against this wrapper at import)."""
    return LIBRARY.abi_version


def endpoints() -> dict[str, Any]:
    """The endpoint catalogue: every endpoint with its parameters, plus every error code."""
    catalogue: dict[str, Any] = json.loads(LIBRARY.catalogue_json())
    return catalogue


def live_string_count() -> int:
    """Strings the library has handed out and not yet had back; this wrapper frees each at once, so the
    count returns to its earlier value after any sequence of calls."""
    return LIBRARY.live_string_count()
