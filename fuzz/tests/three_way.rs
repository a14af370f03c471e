//! The three-way oracle (wasmtime and wasmi as references) over fixed seeds and
//! on hand-written modules. Needs the `wasmtime` feature:
//! `cargo test --release -p lightbeam-fuzz --features wasmtime --test three_way`.
#![cfg(feature = "wasmtime")]

mod support;

use lightbeam_fuzz::engines::injected::subtraction_reversed;
use lightbeam_fuzz::engines::{reference_wasmtime, wasm3_lightbeam, wasm3_wasmi};
use lightbeam_fuzz::oracles::three_way::{three_way, ThreeWayEngines, ThreeWayVerdict};
use lightbeam_fuzz::targets::{differential_wasm3_report, differential_wasm3_report_with};
use spec_runner::engine::Engine;

use support::{fixed_inputs, planted};

/// Inputs of the fixed-seed run: each runs in four engine instances.
const SEEDS: usize = 500;

fn wasmtime() -> Box<dyn Engine> {
    reference_wasmtime().expect("built with the wasmtime feature")
}

#[test]
fn lightbeam_agrees_with_both_references_on_fixed_seeds() {
    let (mut same, mut inconclusive, mut disagreements, mut with_wasmi) = (0, 0, 0, 0);
    let mut found = Vec::new();
    for (index, input) in fixed_inputs(3, SEEDS).iter().enumerate() {
        let Some(report) = differential_wasm3_report(input) else {
            continue;
        };
        with_wasmi += usize::from(report.references.is_some());
        match report.verdict {
            ThreeWayVerdict::Same => same += 1,
            ThreeWayVerdict::Inconclusive(_) => inconclusive += 1,
            ThreeWayVerdict::ReferencesDisagree(description) => {
                eprintln!("seed input #{index}: {description}");
                disagreements += 1;
            }
            ThreeWayVerdict::Divergence(description) => {
                found.push(format!("seed input #{index}: {description}"))
            }
        }
    }
    eprintln!(
        "{same} same, {inconclusive} inconclusive, {disagreements} reference disagreements, \
         {} divergent; wasmi ran {with_wasmi}",
        found.len()
    );
    assert!(found.is_empty(), "{}", found.join("\n"));
    // Most inputs must reach a verdict, and wasmi must be the second reference
    // for some but not all (about half the modules use exceptions).
    assert!(same > SEEDS / 2, "only {same} of {SEEDS} inputs compared");
    assert!(
        with_wasmi > SEEDS / 5 && with_wasmi < SEEDS,
        "wasmi ran {with_wasmi}"
    );
}

#[test]
fn the_injected_subtraction_bug_is_found_against_wasmtime() {
    let found = fixed_inputs(3, SEEDS).iter().any(|input| {
        differential_wasm3_report_with(
            input,
            ThreeWayEngines {
                wasmi: &mut wasm3_wasmi(),
                wasmtime: &mut *wasmtime(),
                wasmtime_for_wasmi: &mut *wasmtime(),
                tested: &mut subtraction_reversed(wasm3_lightbeam()),
            },
        )
        .is_some_and(|report| report.verdict.is_divergence())
    });
    assert!(found, "no fixed seed exposes the reversed i32.sub");
}

fn run(wat: &str, wasmi: &mut dyn Engine) -> lightbeam_fuzz::oracles::three_way::ThreeWayReport {
    let wasm = wat::parse_str(wat).expect("test module parses");
    three_way(
        ThreeWayEngines {
            wasmi,
            wasmtime: &mut *wasmtime(),
            wasmtime_for_wasmi: &mut *wasmtime(),
            tested: &mut wasm3_lightbeam(),
        },
        &wasm,
        &[],
    )
}

#[test]
fn a_disagreement_between_the_references_is_not_blamed_on_lightbeam() {
    let wat = r#"(module (func (export "seven") (result i32) (i32.const 7)))"#;
    let report = run(wat, &mut planted::negating());
    assert!(
        matches!(report.verdict, ThreeWayVerdict::ReferencesDisagree(_)),
        "{:?}",
        report.verdict
    );
    assert!(!report.verdict.is_divergence());
    let agreeing = run(wat, &mut wasm3_wasmi());
    assert_eq!(agreeing.verdict, ThreeWayVerdict::Same);
}

#[test]
fn wasmtime_alone_judges_what_wasmi_cannot_run() {
    let wat = r#"(module
        (tag $e (param i32))
        (func (export "caught") (result i32)
            (block $h (result i32)
                (try_table (catch $e $h) (throw $e (i32.const 42)))
                (i32.const 0))))"#;
    let report = run(wat, &mut wasm3_wasmi());
    assert!(report.references.is_none(), "wasmi has no exceptions");
    assert!(!report.verdict.is_divergence(), "{:?}", report.verdict);
}
