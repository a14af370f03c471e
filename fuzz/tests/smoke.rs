//! The oracles over a few thousand fixed seeds, on stable: every change to the
//! workbench (or, once wired, to the compiler) runs them.

mod support;

use lightbeam_fuzz::engine::CallOutcome;
use lightbeam_fuzz::engines::tested_engine_is_lightbeam;
use lightbeam_fuzz::oracles::differential::Verdict;
use lightbeam_fuzz::targets;

use support::fixed_inputs;

/// Inputs per oracle; keeps the whole file well under 30 s with optimised
/// dependencies.
const SEEDS: usize = 4_000;

#[test]
fn differential_oracle_finds_no_divergence_on_fixed_seeds() {
    let (mut same, mut inconclusive, mut undecodable, mut calls, mut traps) = (0, 0, 0, 0, 0);
    for (index, input) in fixed_inputs(1, SEEDS).iter().enumerate() {
        let Some(report) = targets::differential_report(input) else {
            undecodable += 1;
            continue;
        };
        calls += report.calls.len();
        traps += report
            .calls
            .iter()
            .filter(|call| matches!(call.reference, CallOutcome::Trapped(_)))
            .count();
        match report.verdict {
            Verdict::Same => same += 1,
            Verdict::Inconclusive(_) => inconclusive += 1,
            Verdict::Divergence(description) => panic!(
                "seed input #{index} diverges (tested engine is lightbeam: {}): {description}",
                tested_engine_is_lightbeam()
            ),
        }
    }
    eprintln!("{same} same, {inconclusive} inconclusive, {undecodable} undecodable; {calls} calls, {traps} traps");
    // Most inputs must reach a verdict and make calls, or the oracle is
    // testing nothing.
    assert!(
        same > SEEDS * 3 / 4,
        "only {same} of {SEEDS} inputs compared"
    );
    assert!(calls > SEEDS, "only {calls} calls for {SEEDS} inputs");
    assert!(
        traps > 0 && traps < calls,
        "{traps} of {calls} calls trapped"
    );
}

#[test]
fn compile_oracle_agrees_with_the_validator_on_fixed_seeds() {
    for input in fixed_inputs(2, SEEDS) {
        targets::compile(&input);
    }
}

#[test]
fn entity_containers_match_their_models_on_fixed_seeds() {
    for input in fixed_inputs(3, SEEDS) {
        targets::entity(&input);
    }
}
