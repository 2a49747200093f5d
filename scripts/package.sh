#!/usr/bin/env bash
# Builds what a user installs, into dist/:
#   aftersales-<v>-py3-none-manylinux_2_17_x86_64.whl   the library built for glibc 2.17, tagged by auditwheel
#   aftersales-<v>.tar.gz                               the sdist: the Python sources and the crate, built with cargo
#   AfterSales.<v>.nupkg                                netstandard2.0 + runtimes/<rid>/native/, built with Mono
#
#   scripts/package.sh [--target TRIPLE] [--wheel-only] [--test]
#
# --target: the library's target (default: this machine's). Linux targets are built for glibc 2.17 with
#   cargo-zigbuild; the others with cargo (the release workflow runs this script on macOS and Windows too).
# --wheel-only: the wheel alone (and dist/native/<rid>/ for the nupkg job of the release workflow).
# --test: then test what was built (scripts/package-test.sh).
#
# The nupkg takes every library found in dist/native/<rid>/ besides the one built here. Tools come from PyPI into
# a venv under ~/.cache (scripts/package-tools.txt), Mono's compiler and reference assemblies from apt-get.
set -euo pipefail
cd "$(dirname "$0")/.."

target=""
wheel_only=0
run_tests=0
while (($#)); do
    case "$1" in
        --target) target="$2"; shift 2 ;;
        --wheel-only) wheel_only=1; shift ;;
        --test) run_tests=1; shift ;;
        *) echo "usage: scripts/package.sh [--target TRIPLE] [--wheel-only] [--test]" >&2; exit 2 ;;
    esac
done
[[ -n $target ]] || target="$(rustc -vV | sed -n 's/^host: //p')"

case "$target" in
    x86_64-unknown-linux-gnu) rid=linux-x64 library=libaftersales.so ;;
    aarch64-unknown-linux-gnu) rid=linux-arm64 library=libaftersales.so platform=linux_aarch64 ;;
    x86_64-apple-darwin) rid=osx-x64 library=libaftersales.dylib platform=macosx_10_12_x86_64 macos=10.12 ;;
    aarch64-apple-darwin) rid=osx-arm64 library=libaftersales.dylib platform=macosx_11_0_arm64 macos=11.0 ;;
    x86_64-pc-windows-msvc) rid=win-x64 library=aftersales.dll platform=win_amd64 ;;
    i686-pc-windows-msvc) rid=win-x86 library=aftersales.dll platform=win32 ;;
    aarch64-pc-windows-msvc) rid=win-arm64 library=aftersales.dll platform=win_arm64 ;;
    *) echo "error: no packaging for target $target" >&2; exit 2 ;;
esac

version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)"
python_version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' bindings/python/src/aftersales/_version.py)"
if [[ $version != "$python_version" ]]; then
    echo "error: Cargo.toml has version $version, the Python package $python_version" >&2
    exit 1
fi

echo "== packaging tools"
python="${PYTHON:-python3}"
tools="${AFTERSALES_PACKAGE_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/aftersales/package-tools}"
tools_bin="$tools/bin"
[[ -d $tools/Scripts ]] && tools_bin="$tools/Scripts"
if ! cmp -s scripts/package-tools.txt "$tools/requirements.txt"; then
    rm -rf "$tools"
    "$python" -m venv "$tools"
    tools_bin="$tools/bin"
    [[ -d $tools/Scripts ]] && tools_bin="$tools/Scripts"
    "$tools_bin/python" -m pip install --quiet --disable-pip-version-check -r scripts/package-tools.txt
    cp scripts/package-tools.txt "$tools/requirements.txt"
fi
# cargo-zigbuild runs zig through `python -m ziglang` of the first python on PATH.
export PATH="$tools_bin:$PATH"
rustup target list --installed 2>/dev/null | grep -qx "$target" || rustup target add "$target"

echo "== libaftersales for $target"
case "$target" in
    *-linux-gnu)
        # The oldest glibc the ERP hosts run (RHEL/CentOS 7); zig links against its symbol versions.
        cargo zigbuild --release --lib -p aftersales --target "$target.2.17"
        ;;
    *-apple-darwin)
        MACOSX_DEPLOYMENT_TARGET="$macos" cargo build --release --lib -p aftersales --target "$target"
        ;;
    *) cargo build --release --lib -p aftersales --target "$target" ;;
esac
target_dir="$(cargo metadata --format-version 1 --no-deps | "$python" -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')"
built="$target_dir/$target/release/$library"
mkdir -p "dist/native/$rid"
cp "$built" "dist/native/$rid/$library"

echo "== wheel"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# setuptools never empties build/: a module removed from src/ would still ship.
rm -rf bindings/python/build
# A wheel of an earlier run for this platform may carry another tag; the other platforms' stay.
if [[ $target == *-linux-gnu ]]; then rm -f dist/aftersales-"$version"-py3-none-*linux*_"${target%%-*}".whl; fi
AFTERSALES_PREBUILT_LIBRARY="$built" AFTERSALES_WHEEL_PLATFORM="${platform:-}" \
    "$tools_bin/python" -m build --wheel --outdir "$work" bindings/python
wheel="$(ls "$work"/aftersales-"$version"-*.whl)"
if [[ $target == *-linux-gnu ]]; then
    "$tools_bin/auditwheel" show "$wheel"
    # The tag auditwheel finds from the symbol versions the library needs (nothing is grafted: it needs only
    # the C library, libgcc_s and the dynamic loader).
    "$tools_bin/auditwheel" repair --plat auto --only-plat --wheel-dir dist "$wheel"
else
    cp "$wheel" dist/
fi
rm -rf bindings/python/build

if ((!wheel_only)); then
    echo "== sdist"
    rm -f dist/aftersales-"$version".tar.gz
    "$tools_bin/python" -m build --sdist --outdir dist bindings/python

    echo "== nupkg"
    natives=()
    for folder in dist/native/*/; do
        rid_found="$(basename "$folder")"
        for file in "$folder"*; do natives+=("$rid_found=$file"); done
    done
    bindings/csharp/packaging/pack.sh dist "${natives[@]}"
fi

echo "== dist/"
ls -l dist/
if ((run_tests)); then
    scripts/package-test.sh
fi
