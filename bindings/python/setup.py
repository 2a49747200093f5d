"""Build hook: compiles libaftersales with cargo and puts it inside the `aftersales` package.

The package loads the library with ctypes, so it does not depend on the Python ABI: the wheel is tagged
`py3-none-<platform>` (one wheel per platform, any Python 3), not `cp3XX`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Distribution, setup
from setuptools.command.bdist_wheel import bdist_wheel
from setuptools.command.build_py import build_py

BINDING_DIR = Path(__file__).resolve().parent
WORKSPACE_MANIFEST = BINDING_DIR.parent.parent / "Cargo.toml"


def native_library_name() -> str:
    # The rule of aftersales._native.library_file_name; setup.py cannot import the package it builds.
    if sys.platform == "win32":
        return "aftersales.dll"
    if sys.platform == "darwin":
        return "libaftersales.dylib"
    return "libaftersales.so"


def run_cargo(arguments: list[str], capture_output: bool = False) -> str:
    try:
        completed = subprocess.run(
            ["cargo", *arguments, "--manifest-path", str(WORKSPACE_MANIFEST)],
            check=True,
            capture_output=capture_output,
            text=True,
        )
    except FileNotFoundError:
        raise SystemExit("aftersales: building the package needs cargo (the Rust toolchain) on PATH") from None
    return completed.stdout or ""


def cargo_target_directory() -> Path:
    # Asking cargo (rather than assuming ../../target) honours CARGO_TARGET_DIR and the workspace
    # layout, so the wheel build reuses whatever the rest of the repository already compiled.
    metadata = run_cargo(["metadata", "--format-version", "1", "--no-deps"], capture_output=True)
    return Path(json.loads(metadata)["target_directory"])


def build_native_library() -> Path:
    if not WORKSPACE_MANIFEST.is_file():
        raise SystemExit(
            f"aftersales: the Rust workspace was not found at {WORKSPACE_MANIFEST}; "
            "build the package from a checkout of the repository"
        )
    run_cargo(["build", "--release", "--lib", "-p", "aftersales"])
    return cargo_target_directory() / "release" / native_library_name()


class BuildPyWithNativeLibrary(build_py):
    """Copies the freshly built library next to the package's modules."""

    def run(self) -> None:
        super().run()
        library = build_native_library()
        destination = Path(self.build_lib) / "aftersales" / library.name
        shutil.copyfile(library, destination)
        os.chmod(destination, 0o755)


class PlatformWheel(bdist_wheel):
    """A platform wheel usable by every Python 3: the library is loaded with ctypes, not imported."""

    def get_tag(self) -> tuple[str, str, str]:
        _, _, platform = super().get_tag()
        return "py3", "none", platform


class NativeDistribution(Distribution):
    """Marks the distribution as platform-specific, so the wheel lands in platlib with a platform tag."""

    def has_ext_modules(self) -> bool:
        return True


setup(
    distclass=NativeDistribution,
    cmdclass={"build_py": BuildPyWithNativeLibrary, "bdist_wheel": PlatformWheel},
)
