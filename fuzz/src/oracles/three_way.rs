//! The three-way oracle, for the Wasm 3.0 features wasmi lacks: wasmtime is
//! the reference, and wasmi a second one wherever it can run the module.
//!
//! The engine under test is compared with wasmtime exactly as the
//! [differential oracle](super::differential) compares it with wasmi. When
//! wasmi also instantiates the module, wasmi and wasmtime are compared with
//! each other on the same calls (the same argument bytes give the same
//! arguments): a difference between them is a bug in one of the references,
//! reported as [`ThreeWayVerdict::ReferencesDisagree`] and never blamed on the
//! engine under test. A module wasmi rejects (it has no exceptions) leaves
//! wasmtime as the only reference.

use arbitrary::Unstructured;

use spec_runner::engine::Engine;

use crate::oracles::differential::{differential, DiffReport, Verdict};

/// The three-way oracle's verdict on one module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ThreeWayVerdict {
    /// The engine under test agrees with wasmtime, and the references agree
    /// wherever wasmi ran.
    Same,
    /// The engine under test differs from wasmtime, which wasmi (where it ran)
    /// agrees with: a bug in the engine under test.
    Divergence(String),
    /// wasmi and wasmtime differ from each other: a bug in a reference, not a
    /// finding against the engine under test.
    ReferencesDisagree(String),
    /// The case ended without a verdict (see [`Verdict::Inconclusive`]).
    Inconclusive(String),
}

impl ThreeWayVerdict {
    /// Whether this verdict is a finding against the engine under test.
    pub fn is_divergence(&self) -> bool {
        matches!(self, ThreeWayVerdict::Divergence(_))
    }
}

/// Everything the three-way oracle did with one module.
#[derive(Clone, Debug)]
pub struct ThreeWayReport {
    /// wasmtime (reference) against the engine under test.
    pub tested: DiffReport,
    /// wasmi (reference) against wasmtime (tested), when wasmi instantiated
    /// the module.
    pub references: Option<DiffReport>,
    /// The verdict.
    pub verdict: ThreeWayVerdict,
}

/// Fresh engines for one module: each engine is one store, and the oracle
/// needs wasmtime twice (once against each other engine).
pub struct ThreeWayEngines<'a> {
    /// wasmi, the second reference.
    pub wasmi: &'a mut dyn Engine,
    /// wasmtime, compared with the engine under test.
    pub wasmtime: &'a mut dyn Engine,
    /// Another wasmtime, compared with wasmi.
    pub wasmtime_for_wasmi: &'a mut dyn Engine,
    /// The engine under test.
    pub tested: &'a mut dyn Engine,
}

/// Runs `wasm` in the engines, drawing call arguments from `arg_bytes` (see
/// [`differential`]), and judges the engine under test against the two
/// references.
pub fn three_way(engines: ThreeWayEngines<'_>, wasm: &[u8], arg_bytes: &[u8]) -> ThreeWayReport {
    let tested = differential(
        engines.wasmtime,
        engines.tested,
        wasm,
        &mut Unstructured::new(arg_bytes),
    );
    let references = differential(
        engines.wasmi,
        engines.wasmtime_for_wasmi,
        wasm,
        &mut Unstructured::new(arg_bytes),
    );
    // wasmi rejecting the module says only that it lacks a feature the
    // module uses (exceptions); wasmtime alone is the reference then.
    let references = references
        .reference_instantiation
        .is_ok()
        .then_some(references);
    let verdict = match (&references, &tested.verdict) {
        (Some(references), _) if references.verdict.is_divergence() => {
            let Verdict::Divergence(description) = &references.verdict else {
                unreachable!("checked by is_divergence")
            };
            ThreeWayVerdict::ReferencesDisagree(format!("wasmi / wasmtime: {description}"))
        }
        (_, Verdict::Same) => ThreeWayVerdict::Same,
        (_, Verdict::Divergence(description)) => ThreeWayVerdict::Divergence(description.clone()),
        (_, Verdict::Inconclusive(reason)) => ThreeWayVerdict::Inconclusive(reason.clone()),
    };
    ThreeWayReport {
        tested,
        references,
        verdict,
    }
}
