//! The metamorphic oracle: a module and a semantics-preserving rewrite of it must
//! be observably the same. The tested engine runs the rewrite and the reference
//! the original, compared as [`differential`](super::differential) compares one
//! module in two engines.
//!
//! A difference counts against the tested engine only when the reference computes
//! the same on the rewrite as on the original. Otherwise the rewrite changed
//! something observable (a NaN's payload when it swaps operands, or a mutator's
//! mistake) and the case is inconclusive.
//!
//! A module whose NaNs are not canonicalised (a testsuite module; wasm-smith's are)
//! may legitimately give two engines different NaN payloads, which the comparison
//! of `v128` values and memory bytes sees. For such a module a difference counts
//! only when the rewrite changes what the tested engine computes: the tested engine
//! on the original is compared with itself on the rewrite too.

use arbitrary::Unstructured;

use spec_runner::engine::Engine;

use super::differential::{differential_of, DiffReport, Verdict};

/// A fresh engine (one store), as the oracle needs one per run.
pub type NewEngine<'a> = &'a dyn Fn() -> Box<dyn Engine>;

/// Whether a module's NaN results are canonical, which decides how far two
/// engines' results must agree (see the module documentation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nans {
    /// Every NaN the module can observe is canonical (wasm-smith's
    /// `canonicalize_nans`): the engines must agree bit for bit.
    Canonical,
    /// NaN payloads may differ between engines.
    Arbitrary,
}

/// What the oracle found for one module and its rewrite.
#[derive(Clone, Debug)]
pub struct MetamorphicReport {
    /// The reference running the original against the tested engine running the
    /// rewrite.
    pub report: DiffReport,
    /// When that differed: the reference running the original against the
    /// reference running the rewrite, which tells whose the difference is.
    pub reference_check: Option<DiffReport>,
    /// The verdict on the tested engine.
    pub verdict: Verdict,
}

/// Runs `original` in a fresh `reference` and `mutant` in a fresh `tested`, with
/// call arguments drawn from `args`; on a divergence, runs the same calls with
/// the reference on both modules to decide whose it is.
pub fn metamorphic(
    reference: NewEngine<'_>,
    tested: NewEngine<'_>,
    original: &[u8],
    mutant: &[u8],
    nans: Nans,
    args: &[u8],
) -> MetamorphicReport {
    let report = differential_of(
        &mut *reference(),
        &mut *tested(),
        original,
        mutant,
        &mut Unstructured::new(args),
    );
    let Verdict::Divergence(description) = &report.verdict else {
        let verdict = report.verdict.clone();
        return MetamorphicReport {
            report,
            reference_check: None,
            verdict,
        };
    };
    let check = differential_of(
        &mut *reference(),
        &mut *reference(),
        original,
        mutant,
        &mut Unstructured::new(args),
    );
    let verdict = match &check.verdict {
        Verdict::Same if nans == Nans::Canonical => Verdict::Divergence(format!(
            "on the rewrite (the reference computes the same on both): {description}"
        )),
        Verdict::Same => {
            let tested_check = differential_of(
                &mut *tested(),
                &mut *tested(),
                original,
                mutant,
                &mut Unstructured::new(args),
            );
            match tested_check.verdict {
                Verdict::Divergence(changed) => Verdict::Divergence(format!(
                    "the rewrite changes what the tested engine computes (not what the \
                     reference computes): {changed}"
                )),
                _ => Verdict::Inconclusive(format!(
                    "the engines differ on the original as on the rewrite, which may be \
                     a NaN payload: {description}"
                )),
            }
        }
        Verdict::Divergence(changed) => Verdict::Inconclusive(format!(
            "the rewrite changed what the reference observes: {changed}"
        )),
        Verdict::Inconclusive(why) => {
            Verdict::Inconclusive(format!("the reference's own check was inconclusive: {why}"))
        }
    };
    MetamorphicReport {
        report,
        reference_check: Some(check),
        verdict,
    }
}
