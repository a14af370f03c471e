//! Metamorphic fuzzing: a module of the official testsuite or of wasm-smith is
//! rewritten by semantics-preserving wasm-mutate mutations; lightbeam running the
//! rewrite must observe what the reference observes running the original. See
//! `lightbeam_fuzz::oracles::metamorphic`.
#![cfg_attr(fuzzing, no_main)]

lightbeam_fuzz::fuzz_target_main!(lightbeam_fuzz::targets::mutate);
