#!/usr/bin/env bash
# Builds the .NET binding and its NUnit tests with Mono's mcs and runs the tests against the sandbox.
#
#   bindings/csharp/run-tests.sh
#
# It builds nothing in Rust: AFTERSALES_LIBRARY (default target/debug/libaftersales.so) and AFTERSALES_SANDBOX_BIN
# (default target/debug/aftersales-sandbox) must exist; AFTERSALES_SANDBOX_URL makes the tests use a sandbox that
# is already running. Missing Mono or NUnit packages are installed with apt-get. Output goes to
# bindings/csharp/obj/mono/ (AFTERSALES_CSHARP_OUT to change it). Ends with "N passed, N failed" and exits non-zero
# on any failure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/build.sh"

# AFTERSALES_SANDBOX is the name the tests themselves read, so it is honoured here too.
sandbox="$(realpath -m "${AFTERSALES_SANDBOX_BIN:-${AFTERSALES_SANDBOX:-$repo/target/debug/aftersales-sandbox}}")"

require_nunit
require_file "$sandbox" "build it with: cargo build -p aftersales-sandbox (or set AFTERSALES_SANDBOX_BIN)"

build_library

# The tests compile with the wrapper sources, so they can check internals (the generated attributes, the mapper).
echo "== mcs AfterSales.Tests.dll"
compile -target:library -unsafe -r:"$(nunit_framework)" \
    -out:"$out/AfterSales.Tests.dll" -recurse:'src/*.cs' -recurse:'tests/*.cs'

echo "== nunit-console (sandbox: ${AFTERSALES_SANDBOX_URL:-$sandbox})"
status=0
(
    cd "$out"
    AFTERSALES_SANDBOX="$sandbox" AFTERSALES_REPO_ROOT="$repo" \
        nunit-console -nologo -noshadow -labels -xml="$out/TestResult.xml" "$out/AfterSales.Tests.dll"
) || status=$?

attribute() {
    grep -o "<test-results [^>]*" "$out/TestResult.xml" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'
}
if [[ -f $out/TestResult.xml ]]; then
    failed=$(($(attribute errors) + $(attribute failures)))
    echo "$(($(attribute total) - failed - $(attribute inconclusive))) passed, $failed failed"
else
    echo "no test results: nunit-console did not run" >&2
    status=1
fi
exit "$status"
