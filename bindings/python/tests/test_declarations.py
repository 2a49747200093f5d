"""Every function of the C header has a ctypes declaration (argtypes and restype) in _native."""

from __future__ import annotations

import re

from sandbox_support import REPOSITORY

from aftersales._loaded import LIBRARY

HEADER = REPOSITORY / "include" / "aftersales.h"


def header_functions() -> set[str]:
    # A declaration is a return type, the name, then "(" at the start of a line in the generated header.
    declaration = re.compile(r"^(?:const )?(?:char|void|int32_t|uint32_t|uint64_t|aftersales_\w+) \*?(aftersales_\w+)\(", re.M)
    return set(declaration.findall(HEADER.read_text(encoding="utf-8")))


def test_the_header_parses_into_the_known_surface() -> None:
    functions = header_functions()
    assert {"aftersales_string_free", "aftersales_zhibang_service_list", "aftersales_eshouhou_cursor_next"} <= functions
    assert len(functions) > 50


def test_every_exported_function_is_declared_and_nothing_else() -> None:
    # ctypes keeps every function it was asked for as an attribute of the CDLL object.
    cdll = LIBRARY._cdll
    declared = {
        name for name in vars(cdll) if name.startswith("aftersales_") and getattr(cdll, name).argtypes is not None
    }
    assert declared == header_functions()
