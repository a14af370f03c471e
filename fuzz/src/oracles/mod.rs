//! Oracles: given an input, decide whether the engines behaved correctly.

pub mod api;
pub mod compile;
pub mod differential;
pub mod entity;
pub mod instance;
pub mod metamorphic;
pub mod three_way;
pub mod wasi;
