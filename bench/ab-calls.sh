#!/usr/bin/env bash
# A/B of two compiler revisions on call-heavy code: builds the `lightbeam` command at
# each revision and runs bench/wat/calls.wat's direct and indirect Fibonacci with both.
#
#   bash bench/ab-calls.sh OLD_REV [NEW_REV]     (NEW_REV defaults to the work tree)
#
# Two measures per workload:
# - instructions executed by the whole process (callgrind), which repeat exactly and so
#   tell a change in the code a call runs even on a loaded machine;
# - wall time, the two builds interleaved (alternating which goes first), median of
#   ROUNDS runs (default 11), RUST_BACKTRACE unset; meaningful only on a quiet machine.
# Prints a Markdown table with the ratios new / old. Needs valgrind (ci/install.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

old_rev="${1:?usage: $0 OLD_REV [NEW_REV]}"
new_rev="${2:-}"
rounds="${ROUNDS:-11}"
workloads=("fib_direct 35" "fib_indirect 34")
unset RUST_BACKTRACE

scratch="$(mktemp -d)"
cleanup() {
    for tree in "$scratch"/tree-*; do
        [ -d "$tree" ] && git worktree remove --force "$tree"
    done
    rm -rf "$scratch"
}
trap cleanup EXIT

# Builds the command at revision $1 (empty: the work tree) into $scratch/lightbeam-$2.
build() {
    local rev="$1" label="$2" dir="."
    if [ -n "$rev" ]; then
        dir="$scratch/tree-$label"
        git worktree add --quiet --detach "$dir" "$rev"
    fi
    # One target directory for both revisions: only the crates that differ rebuild.
    (cd "$dir" && CARGO_TARGET_DIR="$scratch/target" \
        cargo build --quiet --release -p lightbeam --bin lightbeam)
    cp "$scratch/target/release/lightbeam" "$scratch/lightbeam-$label"
}
build "$old_rev" old
build "$new_rev" new

module="bench/wat/calls.wat"
# Instructions executed by `lightbeam run` of one workload.
instructions() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        "$scratch/lightbeam-$1" run "$module" --invoke $2 2>&1 >/dev/null |
        awk '/Collected :/ { print $NF }'
}
seconds() {
    local start end
    start="$(date +%s.%N)"
    "$scratch/lightbeam-$1" run "$module" --invoke $2 >/dev/null
    end="$(date +%s.%N)"
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.6f\n", b - a }'
}
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "| workload | old instructions | new instructions | new / old | old ms | new ms | new / old |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for workload in "${workloads[@]}"; do
    old_count="$(instructions old "$workload")"
    new_count="$(instructions new "$workload")"
    : >"$scratch/old.times"
    : >"$scratch/new.times"
    for round in $(seq "$rounds"); do
        if [ $((round % 2)) -eq 0 ]; then order="old new"; else order="new old"; fi
        for which in $order; do
            seconds "$which" "$workload" >>"$scratch/$which.times"
        done
    done
    old_s="$(median <"$scratch/old.times")"
    new_s="$(median <"$scratch/new.times")"
    awk -v w="$workload" -v oc="$old_count" -v nc="$new_count" -v os="$old_s" -v ns="$new_s" \
        'BEGIN { printf "| %s | %d | %d | %.4f | %.1f | %.1f | %.3f |\n",
                 w, oc, nc, nc / oc, os * 1000, ns * 1000, ns / os }'
done
