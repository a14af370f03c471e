#!/usr/bin/env bash
# Formatting and lints: both must be clean for a change to land.
set -euo pipefail
cargo fmt --all -- --check
# With the optional wasmtime adapter (spec-runner) and the three-way oracle (fuzz), so
# they are linted too.
cargo clippy --workspace --all-targets --features lightbeam-fuzz/wasmtime -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --quiet --features lightbeam-fuzz/wasmtime
