//! The differential oracle's rules, each on a hand-written module, and the
//! replay tool end to end on a planted bug.

mod support;

use arbitrary::Unstructured;
use lightbeam_fuzz::engines::{lazy_wasmi, reference_wasmi};
use lightbeam_fuzz::oracles::differential::{differential, DiffReport, Verdict};
use lightbeam_fuzz::replay::{regression_wast, shrink_case, ReplayCase};
use spec_runner::engine::Engine;

use support::planted;

fn run_against(tested: &mut dyn Engine, wat: &str) -> DiffReport {
    let wasm = wat::parse_str(wat).expect("test module parses");
    differential(
        &mut reference_wasmi(),
        tested,
        &wasm,
        &mut Unstructured::new(&[]),
    )
}

fn verdict(wat: &str) -> Verdict {
    run_against(&mut lazy_wasmi(), wat).verdict
}

#[test]
fn equal_engines_agree_on_results_traps_and_state() {
    let wat = r#"(module
        (memory (export "m") 1 1)
        (global (export "g") (mut i32) (i32.const 7))
        (func (export "sub") (param i32 i32) (result i32) (local.get 0) (local.get 1) (i32.sub))
        (func (export "div0") (result i32) (i32.div_s (i32.const 1) (i32.const 0)))
        (func (export "store") (i32.store (i32.const 8) (i32.const 42)) (global.set 0 (i32.const 9))))"#;
    let report = run_against(&mut lazy_wasmi(), wat);
    assert_eq!(report.verdict, Verdict::Same);
    assert_eq!(
        report.calls.len(),
        3,
        "each export is called once without argument bytes"
    );
}

#[test]
fn a_wrong_result_is_a_divergence() {
    let wat = r#"(module (func (export "one") (result i32) (i32.const 1)))"#;
    let report = run_against(&mut planted::negating(), wat);
    assert!(report.verdict.is_divergence(), "{:?}", report.verdict);
}

#[test]
fn stack_exhaustion_on_both_sides_is_equivalent() {
    assert_eq!(
        verdict(r#"(module (func (export "f") (call 0)))"#),
        Verdict::Same
    );
}

#[test]
fn running_out_of_fuel_is_inconclusive() {
    let verdict = verdict(r#"(module (func (export "spin") (loop (br 0))))"#);
    assert!(matches!(verdict, Verdict::Inconclusive(_)), "{verdict:?}");
}

#[test]
fn the_same_trap_in_a_start_function_is_equivalent() {
    assert_eq!(
        verdict(r#"(module (func unreachable) (start 0))"#),
        Verdict::Same
    );
}

#[test]
fn shrinking_a_planted_bug_leaves_a_few_instructions_and_a_wast_test() {
    let wat = r#"(module
        (memory (export "m") 1 1)
        (global (export "g") (mut i64) (i64.const 0))
        (func (export "noise") (param i64) (global.set 0 (local.get 0)))
        (func (export "answer") (param i32) (result i32)
            (i32.sub (i32.add (local.get 0) (i32.const 40)) (i32.const -2)))
        (func (export "more") (result f64) (f64.const 1.5)))"#;
    let case = ReplayCase {
        wasm: wat::parse_str(wat).unwrap(),
        arg_bytes: Vec::new(),
        origin: "planted".to_owned(),
    };
    let replay = |case: &ReplayCase| {
        differential(
            &mut reference_wasmi(),
            &mut planted::negating(),
            &case.wasm,
            &mut Unstructured::new(&case.arg_bytes),
        )
    };
    let shrunk = shrink_case(&case, replay).expect("the planted bug diverges");
    assert!(
        shrunk.wasm.len() < case.wasm.len() / 2,
        "shrunk only to {} bytes",
        shrunk.wasm.len()
    );
    let report = replay(&shrunk);
    assert!(report.verdict.is_divergence());
    let wast = regression_wast(&shrunk, &report).unwrap();
    assert!(wast.contains("(assert_return (invoke"), "{wast}");
    wast::parser::parse::<wast::Wast>(&wast::parser::ParseBuffer::new(&wast).unwrap())
        .expect("the regression test parses");
}

#[test]
fn the_compile_oracle_flags_code_past_the_size_bound() {
    use lightbeam_fuzz::oracles::compile::{check_compile, code_size_bound};
    let wasm = wat::parse_str("(module (func))").expect("test module parses");
    let bound = code_size_bound(wasm.len());
    assert_eq!(
        check_compile(&mut planted::reporting_code(bound), &wasm),
        None
    );
    let finding = check_compile(&mut planted::reporting_code(bound + 1), &wasm)
        .expect("code past the bound is a finding");
    assert!(finding.contains("bytes of machine code"), "{finding}");
}

/// The shape of the code-size bombs: one type with 1,000 results, used by the
/// generator's many cheap operators; lightbeam stays within the bound on every seed.
#[test]
fn many_value_modules_compile_within_the_bound() {
    use lightbeam_fuzz::engines::tested_engine;
    use lightbeam_fuzz::generators::many_value_module;
    use lightbeam_fuzz::oracles::compile::check_compile;
    let mut checked = 0;
    for input in support::fixed_inputs(4, 200) {
        let Ok(wasm) = many_value_module(&mut Unstructured::new(&input)) else {
            continue;
        };
        assert_eq!(check_compile(&mut *tested_engine(), &wasm), None);
        checked += 1;
    }
    assert!(checked > 100, "only {checked} modules generated");
}
