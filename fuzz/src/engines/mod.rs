//! The engines behind [`DiffEngine`](crate::engine::DiffEngine).

pub mod lightbeam;
pub mod wasmi;
mod watchdog;

use crate::engine::DiffEngine;

/// The reference engine every oracle compares against: wasmi.
pub fn reference_engine() -> Box<dyn DiffEngine> {
    Box::new(wasmi::WasmiEngine::default())
}

/// The engine under test: lightbeam.
pub fn tested_engine() -> Box<dyn DiffEngine> {
    Box::new(lightbeam::LightbeamEngine::default())
}

/// wasmi again, translating lazily: a second engine that should agree with
/// the reference on everything. Comparing the two checks the oracle itself
/// (a divergence here is an oracle bug, or a wasmi one).
pub fn self_check_engine() -> Box<dyn DiffEngine> {
    Box::new(wasmi::WasmiEngine::lazy(wasmi::DEFAULT_FUEL_PER_CALL))
}
