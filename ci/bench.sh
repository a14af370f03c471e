#!/usr/bin/env bash
# Runs the benchmark suite in bench/ (its own workspace; CI does not run it: it takes
# many minutes and wants a quiet machine). Writes bench/results/latest.{json,svg}.
#   ci/bench.sh [compile|linearity|execute|all] [more lightbeam-bench options]
# Prefix with `nice -n 19` on a shared machine (the numbers are then only indicative).
set -euo pipefail
cd "$(dirname "$0")/.."
suite="${1:-all}"
shift || true
mkdir -p bench/results
cargo build --release --manifest-path bench/Cargo.toml
exec bench/target/release/lightbeam-bench "$suite" \
    --json bench/results/latest.json --svg bench/results/latest.svg "$@"
