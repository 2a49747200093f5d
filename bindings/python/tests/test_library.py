"""Loading the native library: where it comes from, its versions, the ABI check at import."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sandbox_support import REPOSITORY

import aftersales
from aftersales import _native

BINDING_SOURCES = REPOSITORY / "bindings" / "python" / "src"


def test_the_installed_package_is_under_test_not_the_sources() -> None:
    assert BINDING_SOURCES not in Path(aftersales.__file__).resolve().parents


@pytest.mark.skipif(
    _native.LIBRARY_ENV_VAR in os.environ,
    reason="the library override is set, so the packaged copy is not the one loaded",
)
def test_the_native_library_travels_inside_the_package() -> None:
    package_dir = Path(aftersales.__file__).resolve().parent
    assert aftersales.library_path() == package_dir / _native.library_file_name()


def test_versions_match_the_catalogue_and_the_package() -> None:
    catalogue = aftersales.endpoints()
    assert aftersales.library_version() == catalogue["version"] == aftersales.__version__
    assert aftersales.abi_version() == catalogue["abi_version"] == _native.SUPPORTED_ABI_VERSION


def test_loading_a_library_of_another_abi_version_is_refused_with_a_clear_message(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # As if this wrapper had been written for the next ABI version: the library at hand is then the
    # mismatching one, and loading it must fail before any other function is declared.
    library_abi = aftersales.abi_version()
    monkeypatch.setattr(_native, "SUPPORTED_ABI_VERSION", library_abi + 1)
    with pytest.raises(ImportError) as raised:
        _native.NativeLibrary(aftersales.library_path())
    message = str(raised.value)
    assert f"{aftersales.library_path()} has ABI version {library_abi}" in message
    assert f"written for ABI version {library_abi + 1}" in message
    assert _native.LIBRARY_ENV_VAR in message


def test_the_override_variable_must_name_an_existing_file(tmp_path: Path) -> None:
    missing = tmp_path / _native.library_file_name()
    result = subprocess.run(
        [sys.executable, "-c", "import aftersales"],
        env={**os.environ, _native.LIBRARY_ENV_VAR: str(missing)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert (
        "ImportError: aftersales: the native library libaftersales cannot be loaded: "
        f"{_native.LIBRARY_ENV_VAR} points at {missing}, which is not a file" in result.stderr
    )


def test_the_override_variable_selects_the_library_to_load(tmp_path: Path) -> None:
    copy = tmp_path / _native.library_file_name()
    shutil.copyfile(aftersales.library_path(), copy)
    result = subprocess.run(
        [sys.executable, "-c", "import aftersales; print(aftersales.library_path())"],
        env={**os.environ, _native.LIBRARY_ENV_VAR: str(copy)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(copy.resolve())
