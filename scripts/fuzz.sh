#!/usr/bin/env bash
# Runs every cargo-fuzz target of fuzz/ (issue #9) for a fixed time, one after another, and prints per
# target the executions, the corpus size and the crashes found; exits non-zero when any target crashed.
# Usage: scripts/fuzz.sh [seconds-per-target] (default 600). It measures and reports; CI does not run it
# (scripts/test.sh does not call it). Results and how to read them: FUZZING.md.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-600}"
targets=(eshouhou_reply zhibang_document zhibang_web_api params config)

# cargo-fuzz needs nightly: it builds with -Zsanitizer=address and libFuzzer's coverage instrumentation.
if ! rustup run nightly rustc --version >/dev/null 2>&1; then
    echo "the nightly toolchain is missing: rustup toolchain install nightly" >&2
    exit 1
fi
command -v cargo-fuzz >/dev/null 2>&1 || cargo install --locked cargo-fuzz

cd fuzz
# The defaults of cargo-fuzz: optimized, with debug assertions and overflow checks, under AddressSanitizer.
# nice: the targets run on machines shared with other work.
echo "== building the fuzz targets"
nice -n 10 cargo +nightly fuzz build

summary=()
crashed=0
for target in "${targets[@]}"; do
    corpus="corpus/$target"
    artifacts="artifacts/$target"
    mkdir -p "$corpus" "$artifacts"
    # Seeds join the corpus, which keeps growing across runs; an existing file is the same seed.
    cp -n "seeds/$target"/* "$corpus"/
    before="$(find "$artifacts" -type f ! -name fuzz.log | wc -l)"
    log="$artifacts/fuzz.log"
    echo "== $target for ${seconds}s (log: fuzz/$log)"
    # One worker: with -jobs/-workers the targets would take the cores the rest of the machine is using.
    # -timeout: an input taking 30 s is a hang worth reporting, not a slow machine.
    status=0
    nice -n 10 cargo +nightly fuzz run "$target" "$corpus" -- \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=30 -print_final_stats=1 >"$log" 2>&1 || status=$?
    after="$(find "$artifacts" -type f ! -name fuzz.log | wc -l)"
    crashes=$((after - before))
    # libFuzzer stops at the first crash, so a failed run with no artifact is a crash of the harness.
    if [ "$status" -ne 0 ] && [ "$crashes" -eq 0 ]; then
        crashes=1
    fi
    [ "$crashes" -gt 0 ] && crashed=1
    executions="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)"
    per_second="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)"
    peak_rss="$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -n 1)"
    coverage="$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)"
    corpus_size="$(find "$corpus" -type f | wc -l)"
    summary+=("$(printf '%-18s %8s %12s %8s %8s %8s %8s %8s' "$target" "$seconds" "${executions:-?}" \
        "${per_second:-?}" "$corpus_size" "${coverage:-?}" "${peak_rss:-?}" "$crashes")")
    if [ "$crashes" -gt 0 ]; then
        echo "!! $target crashed; the input is under fuzz/$artifacts, the report at the end of fuzz/$log" >&2
    fi
done

echo "== results ($(date -u +%Y-%m-%d), $(nproc) cores)"
printf '%-18s %8s %12s %8s %8s %8s %8s %8s\n' target seconds executions exec/s corpus cov rss_mb crashes
printf '%s\n' "${summary[@]}"
exit "$crashed"
