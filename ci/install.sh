#!/usr/bin/env bash
# Installs what CI needs on a fresh machine: the stable toolchain's rustfmt and clippy,
# and cargo-fuzz for the nightly fuzz smoke run (only when a nightly toolchain exists).
set -euo pipefail

rustup component add rustfmt clippy >/dev/null 2>&1 || true

if rustup toolchain list | grep -q '^nightly'; then
    if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
        echo "ci/install.sh: installing cargo-fuzz"
        cargo install --locked cargo-fuzz
    fi
fi
