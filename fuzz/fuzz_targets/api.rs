//! Embedding-API fuzzing: arbitrary sequences of engines, stores (with and without
//! resource limits), modules, linkers, host functions that misbehave on purpose, calls
//! and handle operations, with handles often used with a store they do not belong to.
//! Any panic, abort or crash is a finding. See `lightbeam_fuzz::oracles::api`.
#![cfg_attr(fuzzing, no_main)]

lightbeam_fuzz::fuzz_target_main!(lightbeam_fuzz::targets::api);
