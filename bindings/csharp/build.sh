#!/usr/bin/env bash
# The build steps that run-tests.sh and run-demo.sh share: settings, Mono and NUnit from apt-get when missing,
# and AfterSales.dll compiled with Mono's mcs the way the csproj builds it. Sourced by both; run on its own, it
# builds AfterSales.dll.
#
#   bindings/csharp/build.sh
#
# It builds nothing in Rust: AFTERSALES_LIBRARY (default target/debug/libaftersales.so) must exist. Output goes to
# bindings/csharp/obj/mono/ (AFTERSALES_CSHARP_OUT to change it).
set -euo pipefail

csharp_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$csharp_dir/../.." && pwd)"
# Absolute, because the build runs in csharp_dir and links the library from out.
library="$(realpath -m "${AFTERSALES_LIBRARY:-$repo/target/debug/libaftersales.so}")"
out="$(realpath -m "${AFTERSALES_CSHARP_OUT:-$csharp_dir/obj/mono}")"
nunit_framework_glob='/usr/lib/cli/nunit.framework-*/nunit.framework.dll'

apt_install() {
    if (($#)); then
        echo "installing $*"
        local sudo=()
        if [[ $(id -u) -ne 0 ]]; then sudo=(sudo); fi
        "${sudo[@]}" apt-get update -qq
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
    fi
}

require_mono() {
    local missing=()
    command -v mcs >/dev/null || missing+=(mono-mcs)
    command -v mono >/dev/null || missing+=(mono-runtime)
    apt_install "${missing[@]}"
}

require_nunit() {
    local missing=()
    command -v nunit-console >/dev/null || missing+=(nunit-console)
    compgen -G "$nunit_framework_glob" >/dev/null || missing+=(libnunit-cil-dev)
    apt_install "${missing[@]}"
}

# The NUnit 2.6 framework assembly the tests compile against.
nunit_framework() {
    compgen -G "$nunit_framework_glob" | head -n 1
}

require_file() {
    if [[ ! -f $1 ]]; then
        echo "error: $1 not found; $2" >&2
        exit 2
    fi
}

# mcs with the csproj's language rules: C# 7.2, warnings are errors. Paths are relative to csharp_dir.
compile() {
    (cd "$csharp_dir" && mcs -nologo -langversion:7.2 -warnaserror+ "$@")
}

# AfterSales.dll and its XML docs in out, with the native library linked beside it, where Mono looks for it.
build_library() {
    require_mono
    require_file "$library" "build it with: cargo build (or set AFTERSALES_LIBRARY)"
    mkdir -p "$out"
    echo "== mcs AfterSales.dll"
    compile -target:library -unsafe -doc:"$out/AfterSales.xml" -out:"$out/AfterSales.dll" -recurse:'src/*.cs'
    ln -sf "$library" "$out/libaftersales.so"
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
    build_library
fi
