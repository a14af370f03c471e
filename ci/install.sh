#!/usr/bin/env bash
# Installs what CI needs on a fresh machine: the stable toolchain's rustfmt and clippy,
# cargo-fuzz for the nightly fuzz smoke run (only when a nightly toolchain exists), and
# valgrind for the compile-instruction guard (ci/compile-instructions.sh).
set -euo pipefail

rustup component add rustfmt clippy >/dev/null 2>&1 || true

if rustup toolchain list | grep -q '^nightly'; then
    if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
        echo "ci/install.sh: installing cargo-fuzz"
        cargo install --locked cargo-fuzz
    fi
fi

if ! command -v valgrind >/dev/null 2>&1; then
    echo "ci/install.sh: installing valgrind"
    sudo_cmd=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo_cmd="sudo"
    fi
    $sudo_cmd apt-get update -qq
    $sudo_cmd apt-get install -y -qq valgrind
fi
