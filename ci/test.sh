#!/usr/bin/env bash
# The README's test command: every crate's unit, integration and doc tests.
set -euo pipefail
cargo test --workspace
# Optional features are off in the workspace run; test them too.
cargo test -p lightbeam-entity --all-features
