#!/usr/bin/env bash
# Runs the Python binding's test suite the way a user would get the package: pip-installed from the
# repository into a fresh venv (so the wheel build, with the native library inside, is exercised),
# against the sandbox (target/debug/aftersales-sandbox, or $AFTERSALES_SANDBOX_URL when set).
#
#   bindings/python/run-tests.sh [pytest arguments...]
#
# The library's release build and the sandbox reuse the workspace's cargo target directory, so only
# the first run compiles.
set -euo pipefail

binding_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repository="$(cd "$binding_dir/../.." && pwd)"
python="${PYTHON:-python3}"

if [[ -z "${AFTERSALES_SANDBOX_URL:-}" ]]; then
    cargo build --quiet -p aftersales-sandbox --manifest-path "$repository/Cargo.toml"
fi

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

"$python" -m venv "$scratch/venv"
# setuptools copies modules into build/ and never removes them from there: a module deleted or
# renamed in src/ would otherwise still ship in the wheel under test.
rm -rf "$binding_dir/build"
"$scratch/venv/bin/pip" install --quiet --disable-pip-version-check "$binding_dir[test,redis]"

# The suite checks the library that travels inside the installed package, not a development build.
cd "$binding_dir"
env -u AFTERSALES_LIBRARY "$scratch/venv/bin/python" -m pytest "$@"
