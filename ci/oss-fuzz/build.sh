#!/bin/bash -eu
# OSS-Fuzz / ClusterFuzzLite build: every cargo-fuzz target of fuzz/, copied to $OUT
# with its options file. Runs inside the base-builder-rust image from the repository root.

cd "$SRC/lightbeam"
# rust-toolchain.toml pins stable for everyday builds; the sanitizer build needs the
# image's nightly, which RUSTUP_TOOLCHAIN selects over the file.
export RUSTUP_TOOLCHAIN="$(rustup default | cut -d' ' -f1)"

cargo fuzz build -O --debug-assertions --target-dir target/fuzz

release_dir="target/fuzz/x86_64-unknown-linux-gnu/release"
for target_file in fuzz/fuzz_targets/*.rs; do
    target="$(basename "$target_file" .rs)"
    cp "$release_dir/$target" "$OUT/$target"
    if [ -f "ci/oss-fuzz/$target.options" ]; then
        cp "ci/oss-fuzz/$target.options" "$OUT/$target.options"
    fi
done
