#!/usr/bin/env bash
# Compile-speed guard that noisy machines cannot fool: counts the user-space instructions
# (valgrind's callgrind) of `lightbeam compile --threads 1` on fixed real-world modules
# and compares them with bench/baselines/compile-instructions.txt. A module whose count
# grew by more than 3% fails the run; one that shrank by more than 3% is reported so the
# gain can be locked in. Counts are repeatable to a few parts per million on any load.
#
#   ci/compile-instructions.sh           # compare with the baseline
#   ci/compile-instructions.sh --bless   # rewrite the baseline after an intended change
#
# The modules come from the shared benchmark corpus (LIGHTBEAM_BENCH_DIR, default
# ../shared/bench), never from the repository. SIMD code is compiled with the AVX2
# encodings on every host (LIGHTBEAM_SIMD=avx2) so the count does not depend on the CPU.
# Counts change with the Rust toolchain too: the baseline records the rustc that made
# it, and a failure after a toolchain update is fixed by blessing.
set -euo pipefail
cd "$(dirname "$0")/.."

baseline="bench/baselines/compile-instructions.txt"
corpus="${LIGHTBEAM_BENCH_DIR:-../shared/bench}"
threshold_percent=3
modules=(
    esbuild-wasm-esbuild.wasm
    jsquash-avif-avif_enc.wasm
    resvg-wasm-index_bg.wasm
    brotli-wasm-brotli_wasm_bg.wasm
    quickjs-emscripten-module.wasm
    jsquash-webp-webp_enc_simd.wasm
)

bless=false
case "${1:-}" in
    --bless) bless=true ;;
    "") ;;
    *) echo "usage: $0 [--bless]" >&2; exit 2 ;;
esac

if ! command -v valgrind >/dev/null; then
    echo "compile-instructions: valgrind is missing (ci/install.sh installs it)" >&2
    exit 1
fi
for module in "${modules[@]}"; do
    if [ ! -f "$corpus/$module" ]; then
        echo "compile-instructions: $corpus/$module not found (set LIGHTBEAM_BENCH_DIR)" >&2
        exit 1
    fi
done

unset RUST_BACKTRACE
cargo build --release -p lightbeam --bin lightbeam
compiler="target/release/lightbeam"
rustc_version="$(rustc --version)"
valgrind_version="$(valgrind --version)"

# instructions MODULE: the instruction count of compiling MODULE on one thread.
instructions() {
    LIGHTBEAM_SIMD=avx2 valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        "$compiler" compile --threads 1 "$corpus/$1" 2>&1 >/dev/null |
        awk '/Collected :/ { print $NF }'
}

measured="$(mktemp)"
trap 'rm -f "$measured"' EXIT
for module in "${modules[@]}"; do
    count="$(instructions "$module")"
    if [ -z "$count" ]; then
        echo "compile-instructions: valgrind reported no count for $module" >&2
        exit 1
    fi
    echo "$module $(stat -c %s "$corpus/$module") $count" >>"$measured"
done

if $bless; then
    {
        echo "# Instructions executed by \`lightbeam compile --threads 1 MODULE\` (valgrind"
        echo "# callgrind, user space, LIGHTBEAM_SIMD=avx2), written by"
        echo "# \`ci/compile-instructions.sh --bless\`; CI fails when a count grows by more"
        echo "# than ${threshold_percent}%. Made with: $rustc_version; $valgrind_version."
        echo "# module bytes instructions"
        cat "$measured"
    } >"$baseline"
    echo "compile-instructions: wrote $baseline"
    awk '{ printf "%-34s %10s bytes %14s instructions\n", $1, $2, $3 }' "$measured"
    exit 0
fi

if [ ! -f "$baseline" ]; then
    echo "compile-instructions: no baseline; run $0 --bless" >&2
    exit 1
fi
made_with="$(sed -n 's/^# .*Made with: \(.*\)\.$/\1/p' "$baseline")"

awk -v threshold="$threshold_percent" '
    FNR == NR {
        if ($0 !~ /^#/ && NF == 3) { expected[$1] = $3 }
        next
    }
    {
        module = $1; bytes = $2; count = $3
        printf "%-34s %14.0f instructions %7.1f per input byte", module, count, count / bytes
        if (!(module in expected)) {
            printf "  (not in the baseline)\n"; missing++; next
        }
        change = 100 * (count - expected[module]) / expected[module]
        printf "  %+6.2f%%", change
        if (change > threshold) { printf "  GREW"; grew++ }
        else if (change < -threshold) { printf "  shrank: bless to lock it in" }
        printf "\n"
    }
    END { exit (grew > 0 || missing > 0) ? 1 : 0 }
' "$baseline" "$measured" && status=0 || status=$?

if [ "$status" -ne 0 ]; then
    echo "compile-instructions: a count grew by more than ${threshold_percent}% or a module"
    echo "has no baseline. If the change is intended, run ci/compile-instructions.sh --bless"
    echo "and commit $baseline. Baseline made with: $made_with; now: $rustc_version."
    exit 1
fi
echo "compile-instructions: within ${threshold_percent}% of $baseline"
