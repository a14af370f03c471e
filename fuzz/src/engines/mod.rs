//! The engines the oracles compare, set up for fuzzing: the adapters of the
//! spec-runner's engine layer ([`spec_runner::engine`]) with the fuzzer's
//! feature set and budgets, and the injected-miscompilation wrapper.
//!
//! Each function returns a fresh engine (one store); an oracle uses one per
//! module, so nothing accumulates across a fuzzing run.

pub mod faulty;
pub mod injected;

use std::time::Duration;

use spec_runner::engine::lightbeam::LightbeamEngine;
use spec_runner::engine::wasmi::WasmiEngine;
use spec_runner::engine::{Engine, EngineConfig, EngineKind, EngineUnavailable};

use crate::generators::{supported_features, wasm3_features};

/// Fuel given to each call (and to instantiation) of the reference: roughly
/// that many executed instructions, the same on every run.
pub const DEFAULT_FUEL_PER_CALL: u64 = 1_000_000;

/// Wall-clock time a lightbeam call may run before it is interrupted (and the
/// case counted as inconclusive). Generated modules stop long before this
/// through their own fuel counter; this bounds hand-written and shrunk ones.
pub const DEFAULT_CALL_BUDGET: Duration = Duration::from_secs(1);

/// Call frames wasmi allows before reporting stack exhaustion. Generated
/// modules may recurse as deep as their own fuel allows (`SMITH_FUEL` calls);
/// wasmi's default limit of 1,000 frames made those cases inconclusive.
const MAX_RECURSION_DEPTH: usize = 20_000;

/// wasmi as the reference: the supported feature set, eager translation (so
/// compile errors surface at compile time), [`DEFAULT_FUEL_PER_CALL`] per call.
pub fn reference_wasmi() -> WasmiEngine {
    WasmiEngine::new(&wasmi_config(false))
}

/// The same wasmi translating lazily, a different code path inside wasmi:
/// the engine under test of the oracle's self-check.
pub fn lazy_wasmi() -> WasmiEngine {
    WasmiEngine::new(&wasmi_config(true)).named("wasmi-lazy")
}

/// lightbeam as the engine under test: the supported feature set, compiling on
/// the calling thread, each call interrupted after [`DEFAULT_CALL_BUDGET`],
/// relaxed SIMD in the spec's deterministic profile.
pub fn lightbeam() -> LightbeamEngine {
    LightbeamEngine::new(&EngineConfig {
        timeout: Some(DEFAULT_CALL_BUDGET),
        deterministic_relaxed_simd: true,
        ..EngineConfig::plain(supported_features())
    })
}

fn wasmi_config(lazy_compilation: bool) -> EngineConfig {
    EngineConfig {
        fuel_per_call: Some(DEFAULT_FUEL_PER_CALL),
        max_call_depth: Some(MAX_RECURSION_DEPTH),
        lazy_compilation,
        ..EngineConfig::plain(supported_features())
    }
}

/// lightbeam with every feature the validator knows enabled: valid modules
/// using what lightbeam does not implement reach its code generator, which must
/// report them as unsupported (the compile oracle's second check).
pub fn all_features_lightbeam() -> LightbeamEngine {
    LightbeamEngine::new(&EngineConfig {
        timeout: Some(DEFAULT_CALL_BUDGET),
        ..EngineConfig::plain(wasmparser::WasmFeatures::all())
    })
}

/// wasmtime (Cranelift) as the reference for the Wasm 3.0 features wasmi
/// lacks: the [`wasm3_features`], [`DEFAULT_FUEL_PER_CALL`] per call (wasmtime's
/// fuel, which counts differently from wasmi's: running out is inconclusive
/// either way), relaxed SIMD deterministic. Unavailable unless this crate is built
/// with the `wasmtime` feature.
pub fn reference_wasmtime() -> Result<Box<dyn Engine>, EngineUnavailable> {
    EngineKind::Wasmtime.create_with(&EngineConfig {
        fuel_per_call: Some(DEFAULT_FUEL_PER_CALL),
        deterministic_relaxed_simd: true,
        ..EngineConfig::plain(wasm3_features())
    })
}

/// wasmi as the second reference of the three-way oracle: the
/// [`wasm3_features`] it implements (tail calls, not exceptions).
pub fn wasm3_wasmi() -> WasmiEngine {
    WasmiEngine::new(&EngineConfig {
        features: wasm3_features(),
        ..wasmi_config(false)
    })
}

/// lightbeam accepting the [`wasm3_features`] (relaxed SIMD deterministic): what
/// it does not implement yet is reported as unsupported, which the oracles count
/// as inconclusive.
pub fn wasm3_lightbeam() -> LightbeamEngine {
    LightbeamEngine::new(&EngineConfig {
        timeout: Some(DEFAULT_CALL_BUDGET),
        deterministic_relaxed_simd: true,
        ..EngineConfig::plain(wasm3_features())
    })
}

/// The reference engine every oracle compares against: wasmi.
pub fn reference_engine() -> Box<dyn Engine> {
    Box::new(reference_wasmi())
}

/// The engine under test: lightbeam, or lightbeam with the injected
/// `i32.sub` miscompilation when `LIGHTBEAM_FUZZ_INJECT=i32.sub` is set (to
/// check that the fuzzer finds such a bug; see [`injected`]).
pub fn tested_engine() -> Box<dyn Engine> {
    match std::env::var(injected::INJECT_VARIABLE).as_deref() {
        Ok("i32.sub") => Box::new(injected::subtraction_reversed(lightbeam())),
        _ => Box::new(lightbeam()),
    }
}

/// wasmi again, translating lazily: a second engine that should agree with
/// the reference on everything. Comparing the two checks the oracle itself
/// (a divergence here is an oracle bug, or a wasmi one).
pub fn self_check_engine() -> Box<dyn Engine> {
    Box::new(lazy_wasmi())
}
