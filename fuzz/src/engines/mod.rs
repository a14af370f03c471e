//! The engines behind [`crate::engine::DiffEngine`].

pub mod injected;
pub mod lightbeam;
pub mod wasmi;
pub(crate) mod watchdog;

use crate::engine::DiffEngine;

/// The reference engine every oracle compares against: wasmi.
pub fn reference_engine() -> Box<dyn DiffEngine> {
    Box::new(wasmi::WasmiEngine::default())
}

/// The engine under test: lightbeam, or lightbeam with the injected
/// `i32.sub` miscompilation when `LIGHTBEAM_FUZZ_INJECT=i32.sub` is set (to
/// check that the fuzzer finds such a bug; see [`injected`]).
pub fn tested_engine() -> Box<dyn DiffEngine> {
    let lightbeam = lightbeam::LightbeamEngine::default();
    match std::env::var(injected::INJECT_VARIABLE).as_deref() {
        Ok("i32.sub") => Box::new(injected::SubtractionReversed::new(lightbeam)),
        _ => Box::new(lightbeam),
    }
}

/// wasmi again, translating lazily: a second engine that should agree with
/// the reference on everything. Comparing the two checks the oracle itself
/// (a divergence here is an oracle bug, or a wasmi one).
pub fn self_check_engine() -> Box<dyn DiffEngine> {
    Box::new(wasmi::WasmiEngine::lazy(wasmi::DEFAULT_FUEL_PER_CALL))
}
