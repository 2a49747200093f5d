#!/usr/bin/env bash
# Tests what scripts/package.sh wrote into dist/, the way a user gets it:
#   - the wheel: tagged manylinux (glibc 2.28 or older, as auditwheel reports it), its library needing no newer
#     glibc than the tag says; installed into a fresh venv with no cargo or rustc on PATH, it calls the sandbox;
#   - the sdist: only the Python sources and the crate inside; without cargo pip stops with the message that a
#     Rust toolchain is needed; with cargo it installs into a fresh venv (a clean build, timed) and calls the sandbox;
#   - the nupkg: its exact file list and nuspec; unpacked, AfterSales.dll references netstandard 2.0 alone and,
#     on Mono, loads the package's own runtimes/linux-x64/native/libaftersales.so and calls the sandbox.
#
#   scripts/package-test.sh                    everything in dist/
#   scripts/package-test.sh --skip-sdist       all but the sdist's clean build
#   scripts/package-test.sh --nupkg-only DIR   the nupkg in DIR alone (scripts/test.sh packs one around the
#                                              debug library: the C# sources stay within netstandard 2.0)
#
# Ends with "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh

mode=all
dist=dist
case "${1:-}" in
    --skip-sdist) mode=skip-sdist ;;
    --nupkg-only) mode=nupkg-only dist="$2" ;;
    "") ;;
    *) echo "usage: scripts/package-test.sh [--skip-sdist | --nupkg-only DIR]" >&2; exit 2 ;;
esac

ensure_commands objdump:binutils unzip:unzip mcs:mono-mcs mono:mono-runtime
version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)"
tools_bin="${AFTERSALES_PACKAGE_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/aftersales/package-tools}/bin"
scratch="$(mktemp -d)"
passed=0
failed=0

check() {
    local name="$1"
    shift
    if "$@"; then
        echo "PASS $name"
        passed=$((passed + 1))
    else
        echo "FAIL $name"
        failed=$((failed + 1))
    fi
}

cargo build --quiet -p aftersales-sandbox
start_sandbox target/debug/aftersales-sandbox
trap 'kill "$SANDBOX_PID" 2>/dev/null || true; rm -rf "$scratch"' EXIT

# A PATH with the interpreter and the system's tools but no Rust toolchain.
no_rust_path() {
    local directory kept=()
    IFS=: read -ra directories <<<"$PATH"
    for directory in "${directories[@]}"; do
        [[ -x $directory/cargo || -x $directory/rustc ]] || kept+=("$directory")
    done
    (IFS=:; echo "${kept[*]}")
}

# A fresh venv's python calls the sandbox through the installed package; prints what it got.
call_sandbox() {
    env -u AFTERSALES_LIBRARY PATH="$(no_rust_path)" "$1" - "$SANDBOX_URL" <<'EOF'
import shutil
import sys

import aftersales

assert shutil.which("cargo") is None and shutil.which("rustc") is None, "a Rust toolchain is on PATH"
with aftersales.ZhibangClient(base_url=sys.argv[1], username="apiuser", password="sandbox-pass") as zhibang:
    rows = list(zhibang.iter_service_list(pagesize=50))
print(f"{aftersales.library_path()}: libaftersales {aftersales.library_version()}, {len(rows)} service rows")
assert rows, "the sandbox's service list came back empty"
assert aftersales.library_path().parent.parent.name == "site-packages", aftersales.library_path()
EOF
}

wheel_tag_is_manylinux() {
    local wheel="$1" tag glibc needed
    # auditwheel names the PEP 600 tag and, for glibc 2.17, its manylinux2014 alias: manylinux2014_x86_64.manylinux_2_17_x86_64
    tag="$(basename "$wheel" .whl | cut -d- -f5 | tr . '\n' | grep -x 'manylinux_2_[0-9]*_x86_64')" || return 1
    echo "wheel tag: $tag"
    glibc="$(echo "$tag" | cut -d_ -f3)"
    ((glibc <= 28)) || return 1
    "$tools_bin/auditwheel" show "$wheel" | tee "$scratch/auditwheel.txt"
    tr -s ' \n' ' ' <"$scratch/auditwheel.txt" | grep -q "is consistent with the following platform tag: \"$tag\"" || return 1
    unzip -q -o "$wheel" aftersales/libaftersales.so -d "$scratch/wheel"
    needed="$(objdump -T "$scratch/wheel/aftersales/libaftersales.so" | grep -o 'GLIBC_2\.[0-9]*' | sort -t. -k2 -n | tail -n 1)"
    echo "the library needs $needed at most"
    ((${needed#GLIBC_2.} <= glibc))
}

wheel_holds_package_and_library() {
    unzip -Z1 "$1" | tee "$scratch/wheel-files.txt" | grep -qx 'aftersales/libaftersales.so' &&
        grep -qx 'aftersales/__init__.py' "$scratch/wheel-files.txt" &&
        ! grep -v '^aftersales/\|^aftersales-'"$version"'.dist-info/' "$scratch/wheel-files.txt"
}

wheel_installs_and_calls_without_cargo() {
    python3 -m venv "$scratch/wheel-venv"
    env PATH="$(no_rust_path)" "$scratch/wheel-venv/bin/pip" install --quiet --disable-pip-version-check --no-index "$1" &&
        call_sandbox "$scratch/wheel-venv/bin/python"
}

sdist_holds_sources_and_crate() {
    tar tzf "$1" | sed 's:^[^/]*/::' | sort >"$scratch/sdist-files.txt"
    grep -qx 'rust/Cargo.toml' "$scratch/sdist-files.txt" && grep -qx 'rust/Cargo.lock' "$scratch/sdist-files.txt" &&
        grep -qx 'rust/src/lib.rs' "$scratch/sdist-files.txt" && grep -qx 'src/aftersales/__init__.py' "$scratch/sdist-files.txt" &&
        ! grep -E '^rust/(tests|bench|sandbox|bindings|target)/|\.so$' "$scratch/sdist-files.txt"
}

sdist_without_cargo_says_rust_is_needed() {
    python3 -m venv "$scratch/no-rust-venv"
    if env PATH="$(no_rust_path)" "$scratch/no-rust-venv/bin/pip" install --disable-pip-version-check "$1" \
        >"$scratch/no-rust.txt" 2>&1; then
        return 1
    fi
    grep -A3 'needs the Rust toolchain' "$scratch/no-rust.txt"
}

sdist_installs_with_cargo_and_calls() {
    local started seconds
    python3 -m venv "$scratch/sdist-venv"
    started=$SECONDS
    # Its own target directory: a clean build from the sdist's contents, as on a user's machine.
    env -u CARGO_TARGET_DIR "$scratch/sdist-venv/bin/pip" install --quiet --disable-pip-version-check "$1" || return 1
    seconds=$((SECONDS - started))
    echo "pip install of the sdist (a clean build): ${seconds} s"
    call_sandbox "$scratch/sdist-venv/bin/python"
}

nupkg_layout() {
    local expected
    expected="$(printf '%s\n' AfterSales.nuspec LICENSE.txt README.md '[Content_Types].xml' _rels/.rels \
        build/net461/AfterSales.targets buildTransitive/net461/AfterSales.targets \
        lib/netstandard2.0/AfterSales.dll lib/netstandard2.0/AfterSales.xml runtimes/linux-x64/native/libaftersales.so)"
    unzip -Z1 "$1" | grep -v '^package/services/metadata/core-properties/[0-9a-f]*\.psmdcp$' |
        grep -v '^runtimes/\(linux-arm64\|osx-arm64\|osx-x64\|win-x64\|win-x86\|win-arm64\)/native/' | sort >"$scratch/nupkg-files.txt"
    diff <(echo "$expected" | sort) "$scratch/nupkg-files.txt" &&
        [[ $(unzip -Z1 "$1" | grep -c '^package/services/metadata/core-properties/.*\.psmdcp$') == 1 ]] &&
        unzip -p "$1" AfterSales.nuspec | grep -q "<version>$version</version>" &&
        unzip -p "$1" AfterSales.nuspec | grep -q '<group targetFramework=".NETStandard2.0" />'
}

nupkg_loads_and_calls_on_mono() {
    local unpacked="$scratch/nupkg"
    mkdir -p "$unpacked"
    unzip -q "$1" -d "$unpacked"
    # The mapping the package README gives Mono hosts that keep the package's layout.
    cat >"$unpacked/lib/netstandard2.0/AfterSales.dll.config" <<'EOF'
<configuration>
  <dllmap dll="aftersales" os="linux" cpu="x86-64" target="../../runtimes/linux-x64/native/libaftersales.so" />
</configuration>
EOF
    mcs -nologo -warnaserror+ -r:"$unpacked/lib/netstandard2.0/AfterSales.dll" -r:/usr/lib/mono/4.5/Facades/netstandard.dll \
        -out:"$scratch/PackageCheck.exe" bindings/csharp/packaging/PackageCheck.cs &&
        MONO_PATH="$unpacked/lib/netstandard2.0" mono "$scratch/PackageCheck.exe" "$SANDBOX_URL"
}

wheels=("$dist"/aftersales-"$version"-py3-none-*linux*_x86_64.whl)
sdist="$dist/aftersales-$version.tar.gz"
nupkg="$dist/AfterSales.$version.nupkg"

if [[ $mode != nupkg-only ]]; then
    echo "== wheel ${wheels[*]}"
    check "one wheel, tagged manylinux, its library within the tag's glibc" wheel_tag_is_manylinux "${wheels[0]}"
    check "the wheel holds the package and its library, nothing else" wheel_holds_package_and_library "${wheels[0]}"
    check "the wheel installs without cargo and calls the sandbox" wheel_installs_and_calls_without_cargo "${wheels[0]}"
fi

if [[ $mode == all ]]; then
    echo "== sdist $sdist"
    check "the sdist holds the Python sources and the crate alone" sdist_holds_sources_and_crate "$sdist"
    check "the sdist without cargo says a Rust toolchain is needed" sdist_without_cargo_says_rust_is_needed "$sdist"
    check "the sdist installs with cargo and calls the sandbox" sdist_installs_with_cargo_and_calls "$sdist"
fi

echo "== nupkg $nupkg"
unzip -l "$nupkg"
check "the nupkg's files and nuspec" nupkg_layout "$nupkg"
check "the unpacked nupkg loads on Mono and calls the sandbox" nupkg_loads_and_calls_on_mono "$nupkg"

echo "$passed passed, $failed failed"
((failed == 0))
