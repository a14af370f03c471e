#!/usr/bin/env bash
# Installs what CI needs on a fresh machine: the stable toolchain's rustfmt and clippy,
# cargo-fuzz for the nightly fuzz smoke run (only when a nightly toolchain exists),
# valgrind and Chromium.
set -euo pipefail

rustup component add rustfmt clippy >/dev/null 2>&1 || true

if rustup toolchain list | grep -q '^nightly'; then
    if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
        echo "ci/install.sh: installing cargo-fuzz"
        cargo install --locked cargo-fuzz
    fi
fi

# Debian packages: valgrind (ci/compile-instructions.sh) and Chromium, the real browser
# spec-runner's matrix page is checked in (spec-runner/tests/matrix_browser.rs).
missing=()
command -v valgrind >/dev/null 2>&1 || missing+=(valgrind)
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1 \
    && ! command -v google-chrome >/dev/null 2>&1; then
    missing+=(chromium)
fi
if [ "${#missing[@]}" -gt 0 ]; then
    echo "ci/install.sh: installing ${missing[*]}"
    sudo_cmd=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo_cmd="sudo"
    fi
    $sudo_cmd apt-get update -qq
    $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
