#!/usr/bin/env bash
# Builds AfterSales.dll and examples/Demo.cs with Mono's mcs and runs the demo against a running sandbox. The demo's
# output goes to stdout, the build's to stderr.
#
#   bindings/csharp/run-demo.sh http://127.0.0.1:PORT
#
# It builds nothing in Rust: AFTERSALES_LIBRARY (default target/debug/libaftersales.so) must exist. Missing Mono
# packages are installed with apt-get. Output goes to bindings/csharp/obj/mono/ (AFTERSALES_CSHARP_OUT to change it).
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 <sandbox URL, e.g. http://127.0.0.1:8080>" >&2
    exit 2
fi

source "$(dirname "${BASH_SOURCE[0]}")/build.sh"

{
    build_library
    echo "== mcs Demo.exe"
    compile -r:"$out/AfterSales.dll" -out:"$out/Demo.exe" examples/Demo.cs
} >&2

exec mono "$out/Demo.exe" "$1"
