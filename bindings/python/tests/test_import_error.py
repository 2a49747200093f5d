"""A library that cannot load makes `import aftersales` raise an ImportError saying what was found, what was
needed and what to do; each case runs in a fresh interpreter with AFTERSALES_LIBRARY pointing at a broken copy
of the installed library (test_library.py covers a path that is not a file)."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

import aftersales
from aftersales._elf import read_facts

AARCH64 = 183


def import_error(library: Path) -> str:
    completed = subprocess.run(
        [sys.executable, "-c", "import aftersales"],
        env={**os.environ, "AFTERSALES_LIBRARY": str(library)},
        capture_output=True,
        text=True,
    )
    assert completed.returncode != 0, "the import succeeded"
    last_line = [line for line in completed.stderr.splitlines() if line.startswith("ImportError")]
    assert last_line, completed.stderr
    return completed.stderr


def assert_says_what_to_do(message: str) -> None:
    assert "AFTERSALES_LIBRARY" in message
    assert "--only-binary aftersales" in message
    assert "--no-binary aftersales" in message and "Rust" in message


@pytest.fixture
def installed_library() -> Path:
    path = aftersales.library_path()
    if sys.platform != "linux" or read_facts(path) is None:
        pytest.skip("the ELF checks apply to Linux builds")
    return path


def test_library_of_another_architecture(installed_library: Path, tmp_path: Path) -> None:
    data = bytearray(installed_library.read_bytes())
    struct.pack_into("<H", data, 18, AARCH64)
    broken = tmp_path / "libaftersales.so"
    broken.write_bytes(bytes(data))

    message = import_error(broken)

    assert f"found:  {broken} (ELF 64-bit aarch64" in message
    assert "the library is built for aarch64, this Python runs on x86_64" in message
    assert "needed: a libaftersales.so built for Linux x86_64, glibc " in message
    assert "loader: " in message
    assert_says_what_to_do(message)


def test_library_needing_a_newer_glibc(installed_library: Path, tmp_path: Path) -> None:
    facts = read_facts(installed_library)
    assert facts is not None and facts.glibc is not None
    newest = "GLIBC_" + ".".join(map(str, facts.glibc))
    # Same length, so every offset in the file stays right; the loader then asks for a glibc that does not exist.
    future = "GLIBC_9" + newest[len("GLIBC_2") :]
    data = installed_library.read_bytes()
    assert data.count(b"\0" + newest.encode() + b"\0") >= 1
    broken = tmp_path / "libaftersales.so"
    broken.write_bytes(data.replace(b"\0" + newest.encode() + b"\0", b"\0" + future.encode() + b"\0"))

    message = import_error(broken)

    version = future[len("GLIBC_") :]
    assert f"needs glibc {version})" in message
    assert f"the library needs glibc {version}, this system has glibc " in message
    assert f"version `{future}' not found" in message
    assert_says_what_to_do(message)
