//! WASI fuzzing: arbitrary WASI calls, arguments and memory contents against a fresh
//! preopened directory; the host must not fail and nothing outside the preopen may be
//! touched or read. See `lightbeam_fuzz::oracles::wasi`.
#![cfg_attr(fuzzing, no_main)]

lightbeam_fuzz::fuzz_target_main!(lightbeam_fuzz::targets::wasi);
