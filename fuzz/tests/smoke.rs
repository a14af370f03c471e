//! The oracles over a few thousand fixed seeds, on stable: every change to the
//! workbench (or, once wired, to the compiler) runs them.

mod support;

use lightbeam_fuzz::engines::{reference_engine, self_check_engine, tested_engine};
use lightbeam_fuzz::oracles::differential::Verdict;
use lightbeam_fuzz::targets;
use spec_runner::engine::{Engine, Outcome};

use support::fixed_inputs;

/// Inputs per oracle; keeps the whole file well under 30 s with optimised
/// dependencies.
const SEEDS: usize = 2_000;

/// Runs the differential oracle over the fixed seeds with fresh engines from
/// the given functions and returns the descriptions of every divergence;
/// asserts the oracle actually compared something.
fn divergences(reference: fn() -> Box<dyn Engine>, tested: fn() -> Box<dyn Engine>) -> Vec<String> {
    let (mut same, mut inconclusive, mut calls, mut traps) = (0, 0, 0, 0);
    let mut found = Vec::new();
    for (index, input) in fixed_inputs(1, SEEDS).iter().enumerate() {
        let Some(report) =
            targets::differential_report_with(input, &mut *reference(), &mut *tested())
        else {
            continue;
        };
        calls += report.calls.len();
        traps += report
            .calls
            .iter()
            .filter(|call| matches!(call.reference, Outcome::Trapped(_)))
            .count();
        match report.verdict {
            Verdict::Same => same += 1,
            Verdict::Inconclusive(_) => inconclusive += 1,
            Verdict::Divergence(description) => {
                found.push(format!("seed input #{index}: {description}"))
            }
        }
    }
    eprintln!(
        "{} vs {}: {same} same, {inconclusive} inconclusive, {} divergent; {calls} calls, {traps} traps",
        reference().name(),
        tested().name(),
        found.len()
    );
    // Most inputs must reach a verdict and make calls, or the oracle is
    // testing nothing.
    assert!(
        same + found.len() > SEEDS * 3 / 4,
        "only {same} of {SEEDS} inputs compared"
    );
    assert!(calls > SEEDS, "only {calls} calls for {SEEDS} inputs");
    assert!(
        traps > 0 && traps < calls,
        "{traps} of {calls} calls trapped"
    );
    found
}

#[test]
fn differential_oracle_agrees_with_itself_on_fixed_seeds() {
    let found = divergences(reference_engine, self_check_engine);
    assert!(
        found.is_empty(),
        "the oracle reports wasmi against itself:\n{}",
        found.join("\n")
    );
}

#[test]
fn lightbeam_agrees_with_wasmi_on_fixed_seeds() {
    let found = divergences(reference_engine, tested_engine);
    assert!(
        found.is_empty(),
        "{} divergences:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn rewritten_modules_agree_with_their_originals_on_fixed_seeds() {
    let (mut same, mut inconclusive, mut from_testsuite, mut rewritten) = (0, 0, 0, 0);
    let mut found = Vec::new();
    for (index, input) in fixed_inputs(5, SEEDS / 4).iter().enumerate() {
        let Some(finding) = targets::mutate_report(input) else {
            continue;
        };
        from_testsuite += usize::from(finding.input.origin.starts_with("testsuite"));
        rewritten += usize::from(finding.input.mutant.wasm != finding.input.original);
        match finding.report.verdict {
            Verdict::Same => same += 1,
            Verdict::Inconclusive(_) => inconclusive += 1,
            Verdict::Divergence(description) => found.push(format!(
                "seed input #{index} ({}, seeds {:?}): {description}",
                finding.input.origin, finding.input.mutant.seeds
            )),
        }
    }
    eprintln!(
        "mutate: {same} same, {inconclusive} inconclusive, {} divergent; \
         {from_testsuite} from the testsuite ({} seed modules), {rewritten} rewritten",
        found.len(),
        lightbeam_fuzz::generators::TestsuiteSeeds::get()
            .all()
            .count()
    );
    assert!(found.is_empty(), "{}", found.join("\n"));
    // Most inputs must be compared, from both sources, and actually rewritten.
    assert!(
        same > SEEDS / 8,
        "only {same} of {} inputs compared",
        SEEDS / 4
    );
    assert!(
        from_testsuite > SEEDS / 40,
        "{from_testsuite} testsuite seeds"
    );
    assert!(rewritten > SEEDS / 8, "{rewritten} rewritten");
}

#[test]
fn compile_oracle_agrees_with_the_validator_on_fixed_seeds() {
    for input in fixed_inputs(2, SEEDS) {
        targets::compile(&input);
    }
}

#[test]
fn api_calls_keep_their_promises_on_fixed_seeds() {
    let mut stats = lightbeam_fuzz::oracles::api::ApiStats::default();
    for input in fixed_inputs(4, SEEDS / 4) {
        stats += targets::api_stats(&input);
    }
    eprintln!("api: {stats:?}");
    // The sequences must reach wasm, cross stores and engines, and misbehave.
    assert!(stats.instances > 100, "{stats:?}");
    assert!(stats.returned > 50 && stats.trapped > 100, "{stats:?}");
    assert!(stats.mismatches > 100, "{stats:?}");
    assert!(stats.engine_mismatches > 10, "{stats:?}");
    assert!(stats.deliberate_panics > 0, "{stats:?}");
}

/// A function of another store offered to a reference global of a different type is
/// wrong twice (store and type); the store's check comes first and the oracle must
/// accept it (the CI fuzz run once reported it as a finding).
#[test]
fn a_foreign_mistyped_reference_may_be_refused_as_a_store_mismatch() {
    use lightbeam_fuzz::generators::api_calls::{
        ApiCall, ApiCalls, HostBehavior, SigSpec, ValKind, ValueSpec,
    };
    let calls = ApiCalls {
        calls: vec![
            ApiCall::EngineNew { parallel: false },
            ApiCall::StoreNew {
                engine: 0,
                limits: None,
            },
            ApiCall::StoreNew {
                engine: 0,
                limits: None,
            },
            ApiCall::HostFuncNew {
                store: 1,
                sig: SigSpec::Known(0),
                behavior: HostBehavior::Defaults,
            },
            ApiCall::GlobalNew {
                store: 0,
                content: ValKind::ExternRef,
                mutable: true,
                value: ValueSpec::ExternRef(None),
            },
            ApiCall::GlobalOp {
                store: 0,
                global: 0,
                value: ValueSpec::FuncRef(Some(0)),
            },
            ApiCall::TableNew {
                store: 0,
                min: 1,
                max: None,
                init: ValueSpec::FuncRef(None),
            },
            ApiCall::TableOp {
                store: 0,
                table: 0,
                grow: 1,
                index: 0,
                value: ValueSpec::ExternRef(Some(7)),
            },
        ],
    };
    let stats = lightbeam_fuzz::oracles::api::run_api_calls(&calls);
    assert!(stats.mismatches >= 1, "{stats:?}");
}

#[test]
fn wasi_keeps_to_its_preopen_on_fixed_seeds() {
    let mut total = lightbeam_fuzz::oracles::wasi::WasiReport::default();
    for input in fixed_inputs(4, SEEDS / 4) {
        let Some(report) = targets::wasi_report(&input) else {
            continue;
        };
        total.calls += report.calls;
        total.successes += report.successes;
        total.opens += report.opens;
        total.interrupted += report.interrupted;
    }
    eprintln!("wasi: {total:?}");
    // The programs must reach the functions, and some calls must succeed, opens among
    // them, or the oracle is testing nothing.
    assert!(total.calls > SEEDS, "{total:?}");
    assert!(total.successes > total.calls / 20, "{total:?}");
    assert!(total.opens > 0, "{total:?}");
}

#[test]
fn entity_containers_match_their_models_on_fixed_seeds() {
    for input in fixed_inputs(3, SEEDS) {
        targets::entity(&input);
    }
}

/// SIMD, memory64, custom page sizes, tail calls, wide arithmetic and relaxed SIMD
/// are on in the differential generator: a good share of the fixed seeds produce
/// modules that the feature set without one of them rejects, every module validates
/// with the set the generator targets, and no module keeps a relaxed instruction the
/// references compute differently from the spec's deterministic profile.
#[test]
fn differential_modules_use_every_generated_feature_on_fixed_seeds() {
    use wasmparser::{Operator, Validator, WasmFeatures};
    let generated = WasmFeatures::WASM2
        | WasmFeatures::MEMORY64
        | WasmFeatures::CUSTOM_PAGE_SIZES
        | WasmFeatures::TAIL_CALL
        | WasmFeatures::WIDE_ARITHMETIC
        | WasmFeatures::RELAXED_SIMD;
    let needs = |wasm: &[u8], feature: WasmFeatures| {
        Validator::new_with_features(generated.difference(feature))
            .validate_all(wasm)
            .is_err()
    };
    let incomparable = |wasm: &[u8]| {
        wasmparser::Parser::new(0).parse_all(wasm).any(|payload| {
            let Ok(wasmparser::Payload::CodeSectionEntry(body)) = payload else {
                return false;
            };
            let mut operators = body.get_operators_reader().unwrap();
            std::iter::from_fn(|| (!operators.eof()).then(|| operators.read().unwrap())).any(
                |operator| {
                    matches!(
                        operator,
                        Operator::F32x4RelaxedMadd
                            | Operator::F32x4RelaxedNmadd
                            | Operator::F64x2RelaxedMadd
                            | Operator::F64x2RelaxedNmadd
                            | Operator::I16x8RelaxedDotI8x16I7x16S
                            | Operator::I32x4RelaxedDotI8x16I7x16AddS
                            | Operator::F32x4RelaxedMin
                            | Operator::F32x4RelaxedMax
                            | Operator::F64x2RelaxedMin
                            | Operator::F64x2RelaxedMax
                    )
                },
            )
        })
    };
    let mut modules = 0;
    let mut counts = [0usize; 5];
    let features = [
        ("SIMD", WasmFeatures::SIMD),
        ("memory64", WasmFeatures::MEMORY64),
        ("tail calls", WasmFeatures::TAIL_CALL),
        ("wide arithmetic", WasmFeatures::WIDE_ARITHMETIC),
        ("relaxed SIMD", WasmFeatures::RELAXED_SIMD),
    ];
    for input in fixed_inputs(1, SEEDS) {
        let Some((module, _)) = targets::split_differential_input(&input) else {
            continue;
        };
        modules += 1;
        Validator::new_with_features(generated)
            .validate_all(&module.wasm)
            .expect("a generated module is valid with the generated features");
        assert!(
            !incomparable(&module.wasm),
            "a relaxed instruction the references compute otherwise is left"
        );
        for (count, (_, feature)) in counts.iter_mut().zip(features) {
            *count += usize::from(needs(&module.wasm, feature));
        }
    }
    let uses: Vec<String> = counts
        .iter()
        .zip(features)
        .map(|(count, (name, _))| format!("{count} {name}"))
        .collect();
    eprintln!("of {modules} generated modules: {}", uses.join(", "));
    for (count, (name, _)) in counts.iter().zip(features) {
        assert!(
            count * 50 > modules,
            "only {count} of {modules} modules use {name}"
        );
    }
}
