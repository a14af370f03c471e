#!/usr/bin/env bash
# Formatting and lints: both must be clean for a change to land.
set -euo pipefail
cargo fmt --all -- --check
# With the spec-runner's optional wasmtime adapter, so it is linted too.
cargo clippy --workspace --all-targets --features spec-runner/wasmtime -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --quiet --features spec-runner/wasmtime
