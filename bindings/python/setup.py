"""Build hook: puts libaftersales inside the `aftersales` package.

The package loads the library with ctypes, so it does not depend on the Python ABI: the wheel is tagged
`py3-none-<platform>` (one wheel per platform, any Python 3), not `cp3XX`.

Where the library comes from:
- $AFTERSALES_PREBUILT_LIBRARY, a library built beforehand: scripts/package.sh builds it for glibc 2.17 with
  cargo-zigbuild, then has auditwheel tag the wheel;
- otherwise cargo builds it, from the crate inside an sdist (rust/) or from the repository's workspace
  (`pip install ./bindings/python`).

An sdist carries the crate (rust/: its manifest, lock file, build script and sources, as `cargo package` lays
them out), so it builds anywhere a Rust toolchain is, without the repository.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

from setuptools import Distribution, setup
from setuptools.command.bdist_wheel import bdist_wheel
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

BINDING_DIR = Path(__file__).resolve().parent
SDIST_CRATE_DIR = BINDING_DIR / "rust"
WORKSPACE_MANIFEST = BINDING_DIR.parent.parent / "Cargo.toml"
PREBUILT_ENV_VAR = "AFTERSALES_PREBUILT_LIBRARY"
WHEEL_PLATFORM_ENV_VAR = "AFTERSALES_WHEEL_PLATFORM"
MINIMUM_RUST = "1.89"

# What the library's build needs from the crate `cargo package` writes; the rest (tests, bindings, benchmarks)
# stays out of the sdist.
CRATE_FILES = ("Cargo.toml", "Cargo.lock")
CRATE_DIRECTORIES = ("src/", "include/")
# Targets the normalized manifest names whose sources stay out of the sdist (cargo refuses a missing one).
UNVENDORED_TARGET_TABLES = ("[[bin]]", "[[test]]", "[[example]]", "[[bench]]")


def native_library_name() -> str:
    # The rule of aftersales._native.library_file_name; setup.py cannot import the package it builds.
    if sys.platform == "win32":
        return "aftersales.dll"
    if sys.platform == "darwin":
        return "libaftersales.dylib"
    return "libaftersales.so"


def no_rust_toolchain() -> SystemExit:
    return SystemExit(
        "\naftersales: no prebuilt wheel fits this platform, so pip is building the package from source, and that "
        f"needs the Rust toolchain (cargo, Rust {MINIMUM_RUST} or newer) on PATH.\n"
        "  - install Rust (https://rustup.rs, or your distribution's rustc and cargo packages) and run pip again;\n"
        "  - or install a wheel built for this platform (Linux x86_64/aarch64 with glibc 2.17+, macOS arm64, "
        "Windows x64/x86 are published);\n"
        "  - or build libaftersales elsewhere and point AFTERSALES_PREBUILT_LIBRARY at it while installing.\n"
    )


def run_cargo(manifest: Path, arguments: list[str], capture_output: bool = False) -> str:
    try:
        completed = subprocess.run(
            ["cargo", *arguments, "--manifest-path", str(manifest)],
            check=True,
            capture_output=capture_output,
            text=True,
        )
    except FileNotFoundError:
        raise no_rust_toolchain() from None
    return completed.stdout or ""


def crate_manifest() -> Path:
    if (SDIST_CRATE_DIR / "Cargo.toml").is_file():
        return SDIST_CRATE_DIR / "Cargo.toml"
    if WORKSPACE_MANIFEST.is_file():
        return WORKSPACE_MANIFEST
    raise SystemExit(
        f"aftersales: neither the crate of an sdist ({SDIST_CRATE_DIR}) nor the repository's workspace "
        f"({WORKSPACE_MANIFEST}) is here: build from the sdist or from a checkout of the repository"
    )


def build_native_library() -> Path:
    prebuilt = os.environ.get(PREBUILT_ENV_VAR)
    if prebuilt:
        path = Path(prebuilt).resolve()
        if not path.is_file():
            raise SystemExit(f"aftersales: {PREBUILT_ENV_VAR} points at {path}, which is not a file")
        return path
    manifest = crate_manifest()
    print(f"aftersales: building libaftersales from {manifest.parent} with cargo (a few minutes)", file=sys.stderr)
    # The sdist's lock file is the one its sources were tested with.
    locked = ["--locked"] if manifest.parent == SDIST_CRATE_DIR else []
    run_cargo(manifest, ["build", "--release", "--lib", "-p", "aftersales", *locked])
    # Asking cargo (rather than assuming target/) honours CARGO_TARGET_DIR and the workspace layout, so a
    # build from the repository reuses whatever it already compiled.
    metadata = run_cargo(manifest, ["metadata", "--format-version", "1", "--no-deps"], capture_output=True)
    return Path(json.loads(metadata)["target_directory"]) / "release" / native_library_name()


def standalone_manifest(text: str) -> str:
    """The normalized manifest without the targets whose sources the sdist leaves out."""
    kept: list[str] = []
    skipping = False
    for line in text.splitlines(keepends=True):
        if line.startswith("["):
            skipping = line.strip() in UNVENDORED_TARGET_TABLES
        if not skipping:
            kept.append(line)
    return "".join(kept)


def vendor_crate(destination: Path) -> None:
    """Writes the crate's build inputs into destination, from the .crate file `cargo package` makes."""
    run_cargo(WORKSPACE_MANIFEST, ["package", "--no-verify", "--allow-dirty", "-p", "aftersales"])
    metadata = json.loads(
        run_cargo(WORKSPACE_MANIFEST, ["metadata", "--format-version", "1", "--no-deps"], capture_output=True)
    )
    package = next(entry for entry in metadata["packages"] if entry["name"] == "aftersales")
    crate = Path(metadata["target_directory"]) / "package" / f"aftersales-{package['version']}.crate"
    prefix = f"aftersales-{package['version']}/"
    with tarfile.open(crate) as archive:
        for member in archive.getmembers():
            name = member.name[len(prefix) :]
            if not member.isfile() or not (name in CRATE_FILES or name.startswith(CRATE_DIRECTORIES)):
                continue
            source = archive.extractfile(member)
            assert source is not None
            data = source.read()
            if name == "Cargo.toml":
                data = standalone_manifest(data.decode("utf-8")).encode("utf-8")
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)


class BuildPyWithNativeLibrary(build_py):
    """Copies the library next to the package's modules."""

    def run(self) -> None:
        super().run()
        library = build_native_library()
        destination = Path(self.build_lib) / "aftersales" / native_library_name()
        shutil.copyfile(library, destination)
        os.chmod(destination, 0o755)


class SdistWithCrate(sdist):
    """Puts the crate into the sdist as rust/, unless this tree is an unpacked sdist that has it already."""

    def make_release_tree(self, base_dir: str, files: list[str]) -> None:
        super().make_release_tree(base_dir, files)
        if not (SDIST_CRATE_DIR / "Cargo.toml").is_file():
            vendor_crate(Path(base_dir) / "rust")


class PlatformWheel(bdist_wheel):
    """A platform wheel usable by every Python 3: the library is loaded with ctypes, not imported."""

    def finalize_options(self) -> None:
        # A library cross-built for another architecture (scripts/package.sh --target) names its platform.
        platform = os.environ.get(WHEEL_PLATFORM_ENV_VAR)
        if platform:
            self.plat_name = platform
        super().finalize_options()

    def get_tag(self) -> tuple[str, str, str]:
        _, _, platform = super().get_tag()
        return "py3", "none", platform


class NativeDistribution(Distribution):
    """Marks the distribution as platform-specific, so the wheel lands in platlib with a platform tag."""

    def has_ext_modules(self) -> bool:
        return True


setup(
    distclass=NativeDistribution,
    cmdclass={"build_py": BuildPyWithNativeLibrary, "bdist_wheel": PlatformWheel, "sdist": SdistWithCrate},
)
