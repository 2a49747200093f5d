#!/usr/bin/env bash
# The demo: builds the library and the sandbox, starts the sandbox on loopback, and runs the C, Python
# and C# examples against it, each calling the vendors' endpoints and printing what came back.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh

ensure_commands gcc:gcc mcs:mono-mcs mono:mono-runtime

cargo build --workspace --quiet
library_dir="$PWD/target/debug"
start_sandbox target/debug/aftersales-sandbox
echo "sandbox on $SANDBOX_URL"

echo
echo "==== C (examples/c/demo.c)"
mkdir -p target/demo
compile_c c examples/c/demo.c target/demo/demo "$library_dir"
target/demo/demo "$SANDBOX_URL"

echo
echo "==== Python (bindings/python/examples/demo.py)"
AFTERSALES_LIBRARY="$library_dir/libaftersales.so" PYTHONPATH="$PWD/bindings/python/src" \
    python3 bindings/python/examples/demo.py "$SANDBOX_URL"

echo
echo "==== C# (bindings/csharp/examples/Demo.cs)"
AFTERSALES_LIBRARY="$library_dir/libaftersales.so" bindings/csharp/run-demo.sh "$SANDBOX_URL"
