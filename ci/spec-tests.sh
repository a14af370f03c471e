#!/usr/bin/env bash
# Spec conformance gate: runs the release spec-runner on the wasmi engine over the
# Wasm 2.0 suite and the Wasm 3.0 suite (the testsuite submodule, or ../shared/testsuite
# when the submodule is not checked out). Failures listed in spec-runner/baselines/ are
# expected; any other failure fails this script. Reports (JSON, JUnit, Markdown) go to
# target/spec-reports/. The same suites then run on the lightbeam compiler, against
# its own baselines, with both SIMD encodings (and the Wasm 3.0 suite also with
# deterministic relaxed SIMD). Last, the Wasm 2.0 suite runs once more on the compiler
# built with debug assertions (profile `release-debug-assertions`), which checks the
# code generator's invariants at every merge; on the host's encoding only, to keep it
# cheap. The runner is built with the `wasmtime` feature, so the second reference engine
# (wasmtime, Cranelift) runs both suites against its baselines too and the feature
# cannot rot; the engine layer's tests run against it as well. The conformance matrix
# of lightbeam, wasmi and wasmtime on the Wasm 3.0 suite is written to
# target/spec-reports/matrix.{html,json,md}.
#
# Environment: SPEC_TESTSUITE_WASM2 overrides the Wasm 2.0 suite's location.
set -euo pipefail
cd "$(dirname "$0")/.."

wasm2_suite="${SPEC_TESTSUITE_WASM2:-../shared/testsuite-wasm2}"
reports="target/spec-reports"
baselines="spec-runner/baselines"
mkdir -p "$reports"

# Every release build that links wasmtime (here, and the three-way fuzz oracle's test in
# ci/fuzz.sh) selects the same packages and features, so cargo unifies dependency
# features the same way and wasmtime, minutes to build, is built once.
wasmtime_build=(--release -p spec-runner -p lightbeam-fuzz --features lightbeam-fuzz/wasmtime)
cargo build "${wasmtime_build[@]}"
runner="target/release/spec-runner"

status=0
# run ENGINE REPORT BASELINE SUITE WASM_VERSION: one suite on one engine against its
# baseline; writes the reports under REPORT's name and remembers the worst exit code.
run() {
    local engine="$1" report="$2" baseline="$3" suite="$4" version="$5" code=0
    echo "--- $report: $engine on $suite (Wasm $version)"
    "$runner" --engine "$engine" --wasm "$version" "$suite" \
        --baseline "$baselines/$baseline.txt" \
        --json "$reports/$report.json" \
        --junit "$reports/$report.xml" \
        --summary-md "$reports/$report.md" || code=$?
    if [ -n "${GITHUB_STEP_SUMMARY:-}" ] && [ -f "$reports/$report.md" ]; then
        cat "$reports/$report.md" >> "$GITHUB_STEP_SUMMARY"
    fi
    if [ "$code" -gt "$status" ]; then
        status="$code"
    fi
}

# The reference interpreter keeps the harness honest.
run wasmi wasmi-wasm2 wasmi-wasm2 "$wasm2_suite" 2.0
run wasmi wasmi-wasm3 wasmi-wasm3 testsuite 3.0

# The second reference engine, for what wasmi lacks (gc, exceptions, threads).
run wasmtime wasmtime-wasm2 wasmtime-wasm2 "$wasm2_suite" 2.0
run wasmtime wasmtime-wasm3 wasmtime-wasm3 testsuite 3.0

# The compiler, on the host's best SIMD encoding and again on the SSE4.1 baseline
# encoding, so both code paths are gated on every change; the Wasm 3.0 suite once more
# with relaxed SIMD in its deterministic mode (each run takes about a second).
run lightbeam lightbeam-wasm2 lightbeam-wasm2 "$wasm2_suite" 2.0
LIGHTBEAM_SIMD=sse4.1 run lightbeam lightbeam-wasm2-sse41 lightbeam-wasm2 "$wasm2_suite" 2.0
run lightbeam lightbeam-wasm3 lightbeam-wasm3 testsuite 3.0
LIGHTBEAM_SIMD=sse4.1 run lightbeam lightbeam-wasm3-sse41 lightbeam-wasm3 testsuite 3.0
LIGHTBEAM_RELAXED_SIMD=deterministic \
    run lightbeam lightbeam-wasm3-deterministic lightbeam-wasm3 testsuite 3.0

# The conformance matrix of the three engines on the Wasm 3.0 suite, for people to read
# (not a gate: the baselines above are); exit code 1 only says some engine failed.
echo "--- conformance matrix: lightbeam,wasmi,wasmtime on testsuite (Wasm 3.0)"
"$runner" --engine lightbeam,wasmi,wasmtime --wasm 3.0 testsuite \
    --html "$reports/matrix.html" --json "$reports/matrix.json" \
    --summary-md "$reports/matrix.md" >/dev/null || [ "$?" -eq 1 ]

# The engine layer's tests against the wasmtime adapter too (the workspace tests leave the
# feature off); in release, so wasmtime built above is reused rather than built again.
echo "--- engine layer tests with wasmtime"
cargo test "${wasmtime_build[@]}" --test engine_layer || status=1

# The compiler's invariant checks, over the Wasm 2.0 suite.
cargo build --profile release-debug-assertions -p spec-runner
runner="target/release-debug-assertions/spec-runner"
run lightbeam lightbeam-wasm2-debug-assertions lightbeam-wasm2 "$wasm2_suite" 2.0

if [ "$status" -ne 0 ]; then
    echo "spec tests: unexpected failures or errors (exit $status); reports in $reports/"
else
    echo "spec tests: no unexpected failures; reports in $reports/"
fi
exit "$status"
