//! Compile fuzzing: raw bytes and generated modules, valid and broken, must be
//! accepted exactly when wasmparser's validator accepts them, and never make the
//! engine panic, hang or fail internally. See `lightbeam_fuzz::oracles::compile`.
#![cfg_attr(fuzzing, no_main)]

lightbeam_fuzz::fuzz_target_main!(lightbeam_fuzz::targets::compile);
