//! Differential fuzzing of Wasm 3.0 features against wasmtime: a generated module with
//! tail calls and exceptions runs in wasmtime, in the engine under test and, when it
//! can, in wasmi. See `lightbeam_fuzz::oracles::three_way`. Needs `--features wasmtime`.
#![cfg_attr(fuzzing, no_main)]

lightbeam_fuzz::fuzz_target_main!(lightbeam_fuzz::targets::differential_wasm3);
