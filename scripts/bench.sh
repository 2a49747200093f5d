#!/usr/bin/env bash
# Runs the benchmarks (issues #6, #10, #16) and writes BENCHMARKS.md at the repository root: libaftersales
# against nginx + wrk, a hand-written reqwest client, Python requests and .NET HttpClient on loopback,
# threads, long lists (with read-ahead over a slow link), client creation and the library at rest. Installs
# the Debian packages it needs when they are missing, builds what it runs (release builds), and takes about
# four minutes once they are built. It measures and reports; nothing here gates CI. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh

ensure_commands gcc:gcc nginx:nginx wrk:wrk valgrind:valgrind mcs:mono-mcs mono:mono-runtime python3:python3

# What ensure_commands cannot see, as it is no command: HttpClient on Mono, and `python3 -m venv`.
install_package() {
    echo "installing $1 with apt-get"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$1" >/dev/null
}
[ -f /usr/lib/mono/4.5/System.Net.Http.dll ] || install_package libmono-system-net-http4.0-cil
python3 -c 'import ensurepip' 2>/dev/null || install_package python3-venv

release="$PWD/target/release"
out="$PWD/bench/out"
mkdir -p "$out/csharp"

echo "== release builds: libaftersales, the sandbox, the harness"
cargo build --release --quiet -p aftersales -p aftersales-sandbox
# The harness is a crate of its own (bench/Cargo.toml) with a target folder of its own: sharing the
# workspace's would make the two builds of the library's rlib overwrite each other.
cargo build --release --quiet --manifest-path bench/Cargo.toml --target-dir "$out/target"

echo "== C drivers"
c_flags=(-std=c99 -O2 -Wall -Wextra -Werror -pedantic -Iinclude)
gcc "${c_flags[@]}" bench/c/call_loop.c -o "$out/call_loop" -L"$release" -laftersales -Wl,-rpath,"$release"
# Not linked to the library: it times loading it.
gcc "${c_flags[@]}" bench/c/dlopen_ready.c -o "$out/dlopen_ready"

echo "== C# driver (mcs)"
mcs -nologo -langversion:7.2 -target:library -unsafe -optimize+ -out:"$out/csharp/AfterSales.dll" \
    -recurse:'bindings/csharp/src/*.cs'
mcs -nologo -langversion:7.2 -unsafe -optimize+ -warnaserror+ -r:"$out/csharp/AfterSales.dll" -r:System.Net.Http.dll \
    -out:"$out/csharp/BenchCalls.exe" bench/csharp/BenchCalls.cs
# Mono looks for libaftersales.so beside the assembly that declares the DllImport.
ln -sf "$release/libaftersales.so" "$out/csharp/libaftersales.so"

echo "== Python venv with requests (the package itself runs from bindings/python/src)"
[ -x "$out/venv/bin/python" ] || python3 -m venv "$out/venv"
"$out/venv/bin/python" -c 'import requests' 2>/dev/null ||
    "$out/venv/bin/pip" install --quiet --disable-pip-version-check requests

# Every request of the run goes to loopback; a proxy from the environment must not take it elsewhere.
export NO_PROXY="127.0.0.1,localhost" no_proxy="127.0.0.1,localhost"

"$out/target/release/aftersales-bench" run "$PWD" "$out" "$PWD/BENCHMARKS.md"
