#!/usr/bin/env bash
# Runs every test of the project: formatting, lints, the generated files' check, the Rust suites (which drive the
# built shared library against the sandbox), the C program (as C99 and C++, and under valgrind), the
# README's C snippets, the Python package and the .NET package. Installs the Debian packages it needs
# when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh

# redis-server: the Python tests of the Redis credential store start one of their own on loopback.
ensure_commands gcc:gcc g++:g++ valgrind:valgrind mcs:mono-mcs mono:mono-runtime redis-server:redis-server

echo "== format and lints"
cargo fmt --all --check
cargo clippy --workspace --all-targets -- -D warnings

echo "== the generated files (header, endpoint exports, README tables, bindings) match the catalogue"
./scripts/codegen.sh --check
cargo build --workspace

echo "== Rust tests"
cargo test --workspace

echo "== C program, as C99 and as C++, and under valgrind"
library_dir="$PWD/target/debug"
start_sandbox target/debug/aftersales-sandbox
mkdir -p target/c-tests
compile_c c tests/c/abi_test.c target/c-tests/abi_test_c "$library_dir"
compile_c c++ tests/c/abi_test.c target/c-tests/abi_test_cpp "$library_dir"
target/c-tests/abi_test_c "$SANDBOX_URL"
target/c-tests/abi_test_cpp "$SANDBOX_URL"
valgrind --quiet --error-exitcode=1 --leak-check=full --show-leak-kinds=definite,indirect,possible \
    --errors-for-leak-kinds=definite,indirect,possible --suppressions=tests/c/valgrind.supp \
    target/c-tests/abi_test_c "$SANDBOX_URL"

echo "== the README's C snippets, compiled and run"
python3 tests/c/readme_snippets.py --sandbox-url "$SANDBOX_URL" --libdir "$library_dir"

echo "== Python package"
AFTERSALES_SANDBOX_BIN="$PWD/target/debug/aftersales-sandbox" bindings/python/run-tests.sh

echo "== .NET package"
AFTERSALES_LIBRARY="$library_dir/libaftersales.so" AFTERSALES_SANDBOX_BIN="$PWD/target/debug/aftersales-sandbox" \
    bindings/csharp/run-tests.sh

echo "== the nupkg, packed around the debug library: netstandard 2.0 only, its layout, loaded on Mono"
bindings/csharp/packaging/pack.sh target/package-check linux-x64="$library_dir/libaftersales.so"
scripts/package-test.sh --nupkg-only target/package-check

echo "== all tests passed"
