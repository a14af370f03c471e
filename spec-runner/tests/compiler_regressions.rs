//! Runs every `.wast` script under `compiler/tests/` (recursively) on the
//! lightbeam engine and fails on any failed directive, listing each failure.
//!
//! The scripts pin compiler bugs found by the spec testsuite, fuzzing or by
//! hand. They run exactly as `spec-runner --engine lightbeam compiler/tests`
//! would run them (feature level chosen per script, default time budget).

use spec_runner::discovery::{discover, Filter};
use spec_runner::engine::{EngineKind, FeatureSelection};
use spec_runner::runner::{run_files, RunOptions};
use spec_runner::script::ScriptOptions;
use std::path::Path;

#[test]
fn compiler_regression_scripts_pass_on_lightbeam() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../compiler/tests");
    let filter = Filter::new(&[], &[]).expect("an empty filter is valid");
    let files = discover(&[root], &filter).expect("compiler/tests is readable");
    let options = RunOptions {
        engine: EngineKind::Lightbeam,
        features: FeatureSelection::Auto,
        jobs: None,
        script: ScriptOptions::default(),
    };
    let reports = run_files(&files, &options, &|_| {});
    let failures: Vec<String> = reports
        .iter()
        .flat_map(|report| {
            report.failures.iter().map(move |failure| {
                format!(
                    "{}:{}:{} {}: {}",
                    report.path, failure.line, failure.column, failure.kind, failure.message
                )
            })
        })
        .collect();
    let directives: u64 = reports.iter().map(|report| report.directives).sum();
    let failed: u64 = reports.iter().map(|report| report.failed).sum();
    println!(
        "{} compiler regression scripts, {directives} directives",
        files.len()
    );
    assert!(
        failed == 0,
        "{failed} of {directives} directives failed:\n{}",
        failures.join("\n")
    );
}
