#!/usr/bin/env bash
# Checks that two builds of the `lightbeam` CLI generate byte-identical machine code:
# the check for refactors of the code generator, which must not change its output.
#
#   ci/compare-codegen.sh BEFORE AFTER [MODULE...]
#
# BEFORE and AFTER are `lightbeam` binaries (e.g. `cargo build --release -p lightbeam
# --bin lightbeam` before and after the change, the first one copied aside). Every
# MODULE (default: the .wasm files of ../shared/bench/ and every module of the .wat and
# .wast files under compiler/tests/) is disassembled by both (`lightbeam disasm`) and
# the listings compared. Builtin calls load the builtin's host address into the scratch
# register (`mov r11,ADDRESS` right before `call r11`), which differs between binaries,
# so that immediate is normalised first. Prints one line per differing module and the
# first lines of its diff; exits 1 if any differs.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$#" -lt 2 ]; then
    echo "usage: $0 BEFORE AFTER [MODULE...]" >&2
    exit 2
fi
before="$(realpath "$1")"
after="$(realpath "$2")"
shift 2

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

modules=("$@")
if [ "${#modules[@]}" -eq 0 ]; then
    modules=(../shared/bench/*.wasm)
    while IFS= read -r -d '' file; do
        modules+=("$file")
    done < <(find compiler/tests -name '*.wat' -print0 | sort -z)
    # Each top-level text `(module ...)` of a .wast script becomes a .wat of its own.
    python3 - "$work/wast" <<'EOF'
import pathlib, sys
out = pathlib.Path(sys.argv[1]); out.mkdir()
for path in sorted(pathlib.Path("compiler/tests").rglob("*.wast")):
    text, depth, start, i, n = path.read_text(), 0, None, 0, 0
    while i < len(text):
        c = text[i]
        if text.startswith(";;", i):
            i = text.find("\n", i) + 1 or len(text); continue
        if text.startswith("(;", i):
            i = text.find(";)", i) + 2; continue
        if c == '"':
            i += 1
            while text[i] != '"':
                i += 2 if text[i] == "\\" else 1
        elif c == "(":
            if depth == 0:
                start = i
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                form = text[start:i + 1]
                head = form[1:].split(None, 2)
                if head[0] == "module" and not (len(head) > 1 and head[1] in ("binary", "quote", "definition")) \
                        and not (len(head) > 2 and head[1].startswith("$") and head[2].split(None, 1)[0] in ("binary", "quote")):
                    (out / f"{path.stem}.{n}.wat").write_text(form)
                    n += 1
        i += 1
EOF
    while IFS= read -r -d '' file; do
        modules+=("$file")
    done < <(find "$work/wast" -name '*.wat' -print0 | sort -z)
fi

# listing BINARY MODULE: the normalised disassembly of MODULE (or its error and exit status).
listing() {
    { "$1" disasm "$2" 2>&1 || echo "(exit status $?)"; } | python3 -c '
import re, sys
lines = sys.stdin.read().split("\n")
for i, line in enumerate(lines):
    if i + 1 < len(lines) and lines[i + 1].endswith("call    r11"):
        line = re.sub(r"mov     r11,0x[0-9A-F]+$", "mov     r11,BUILTIN", line)
    print(line)
'
}

status=0
count=0
for module in "${modules[@]}"; do
    count=$((count + 1))
    listing "$before" "$module" > "$work/before.txt"
    listing "$after" "$module" > "$work/after.txt"
    if ! cmp -s "$work/before.txt" "$work/after.txt"; then
        echo "DIFFERS: $module"
        diff "$work/before.txt" "$work/after.txt" | head -20 || true
        status=1
    fi
done
echo "compared $count modules: $([ "$status" -eq 0 ] && echo identical || echo "some differ")"
exit "$status"
