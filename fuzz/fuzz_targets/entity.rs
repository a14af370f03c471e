//! Entity fuzzing: random operation sequences on every lightbeam-entity
//! container, checked against std collections after every operation. See
//! `lightbeam_fuzz::oracles::entity`.
#![cfg_attr(fuzzing, no_main)]

lightbeam_fuzz::fuzz_target_main!(lightbeam_fuzz::targets::entity);
