#!/usr/bin/env bash
# Builds the .NET binding with Mono's mcs and runs its NUnit tests and the demo against the sandbox.
#
#   bindings/csharp/run-tests.sh
#
# It builds nothing in Rust: AFTERSALES_LIBRARY (default target/debug/libaftersales.so) and AFTERSALES_SANDBOX
# (default target/debug/aftersales-sandbox) must exist. Missing Mono or NUnit packages are installed with apt-get.
# Output goes to bindings/csharp/obj/mono/ (AFTERSALES_CSHARP_OUT to change it). Exits non-zero on any failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
library="${AFTERSALES_LIBRARY:-$repo/target/debug/libaftersales.so}"
sandbox="${AFTERSALES_SANDBOX:-$repo/target/debug/aftersales-sandbox}"
out="${AFTERSALES_CSHARP_OUT:-$here/obj/mono}"

install_missing_packages() {
    local missing=()
    command -v mcs >/dev/null || missing+=(mono-mcs)
    command -v mono >/dev/null || missing+=(mono-runtime)
    command -v nunit-console >/dev/null || missing+=(nunit-console)
    compgen -G '/usr/lib/cli/nunit.framework-*/nunit.framework.dll' >/dev/null || missing+=(libnunit-cil-dev)
    if ((${#missing[@]})); then
        echo "installing ${missing[*]}"
        local sudo=()
        if [[ $(id -u) -ne 0 ]]; then sudo=(sudo); fi
        "${sudo[@]}" apt-get update -qq
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
}

require_file() {
    if [[ ! -f $1 ]]; then
        echo "error: $1 not found; $2" >&2
        exit 2
    fi
}

# Starts a sandbox for the demo and sets sandbox_url once the sandbox has announced it on its first line.
start_sandbox() {
    "$sandbox" --port 0 >"$out/demo-sandbox.log" 2>&1 &
    sandbox_pid=$!
    for _ in $(seq 100); do
        sandbox_url="$(sed -n 's/^aftersales-sandbox listening on //p' "$out/demo-sandbox.log" | head -n 1)"
        if [[ -n $sandbox_url ]]; then
            return
        fi
        kill -0 "$sandbox_pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "error: the sandbox did not start" >&2
    return 1
}

stop_sandbox() {
    if [[ -n ${sandbox_pid:-} ]]; then
        kill "$sandbox_pid" 2>/dev/null || true
        wait "$sandbox_pid" 2>/dev/null || true
    fi
}

install_missing_packages
require_file "$library" "build it with: cargo build (or set AFTERSALES_LIBRARY)"
require_file "$sandbox" "build it with: cargo build -p aftersales-sandbox (or set AFTERSALES_SANDBOX)"
nunit_framework="$(compgen -G '/usr/lib/cli/nunit.framework-*/nunit.framework.dll' | head -n 1)"
mkdir -p "$out"
cd "$here"

echo "== generated endpoint methods match the catalogue"
python3 tools/generate_endpoints.py --library "$library" --check

# The library on its own, as the csproj builds it: C# 7.2, XML docs, warnings are errors.
echo "== mcs AfterSales.dll"
mcs -nologo -langversion:7.2 -target:library -unsafe -warnaserror+ \
    -doc:"$out/AfterSales.xml" -out:"$out/AfterSales.dll" -recurse:'src/*.cs'

# The tests compile with the wrapper sources, so they can check internals (the generated attributes, the mapper).
echo "== mcs AfterSales.Tests.dll"
mcs -nologo -langversion:7.2 -target:library -unsafe -warnaserror+ -r:"$nunit_framework" \
    -out:"$out/AfterSales.Tests.dll" -recurse:'src/*.cs' -recurse:'tests/*.cs'

echo "== mcs Demo.exe"
mcs -nologo -langversion:7.2 -warnaserror+ -r:"$out/AfterSales.dll" -out:"$out/Demo.exe" examples/Demo.cs

# Mono looks for libaftersales.so beside the assembly that declares the DllImport.
ln -sf "$library" "$out/libaftersales.so"

echo "== nunit-console (sandbox: $sandbox)"
status=0
(
    cd "$out"
    AFTERSALES_SANDBOX="$sandbox" AFTERSALES_REPO_ROOT="$repo" \
        nunit-console -nologo -noshadow -labels -xml="$out/TestResult.xml" "$out/AfterSales.Tests.dll"
) || status=$?

echo "== demo"
trap stop_sandbox EXIT
if start_sandbox && mono "$out/Demo.exe" "$sandbox_url" >"$out/demo.log" 2>&1; then
    echo "demo ran against $sandbox_url (output in $out/demo.log)"
else
    echo "demo failed:" >&2
    cat "$out/demo.log" >&2 2>/dev/null || true
    status=1
fi

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
