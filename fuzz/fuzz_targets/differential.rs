//! Differential fuzzing: a generated module runs in wasmi and in the engine
//! under test; every export is called and every result, trap, global, table
//! and memory compared. See `lightbeam_fuzz::oracles::differential`.
#![cfg_attr(fuzzing, no_main)]

lightbeam_fuzz::fuzz_target_main!(lightbeam_fuzz::targets::differential);
