//! The engines behind [`DiffEngine`](crate::engine::DiffEngine).

pub mod wasmi;

use crate::engine::DiffEngine;

/// The reference engine every oracle compares against: wasmi.
pub fn reference_engine() -> Box<dyn DiffEngine> {
    Box::new(wasmi::WasmiEngine::default())
}

/// The engine under test.
///
/// Until lightbeam's embedding API is wired in, this is wasmi again with lazy
/// translation (a self-check): it keeps the oracles, targets and replay tool
/// honest end to end, but it finds no compiler bugs. [`tested_engine_is_lightbeam`]
/// says which one is in use.
pub fn tested_engine() -> Box<dyn DiffEngine> {
    Box::new(wasmi::WasmiEngine::lazy(wasmi::DEFAULT_FUEL_PER_CALL))
}

/// Whether [`tested_engine`] is lightbeam (`false` while it is the wasmi
/// self-check).
pub const fn tested_engine_is_lightbeam() -> bool {
    false
}
