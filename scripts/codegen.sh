#!/usr/bin/env bash
# Writes every file derived from the catalogue (the endpoint and error-code exports, the C header, the
# README tables, the Python and C# generated code). With --check it writes nothing and fails, naming
# each stale file, when any of them differs from what the sources make.
#
#   ./scripts/codegen.sh [--check]
set -euo pipefail
cd "$(dirname "$0")/.."
exec cargo run --quiet -p aftersales-codegen -- "$@"
