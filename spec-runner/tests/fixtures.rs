//! Runs the fixture scripts through the library and checks that the harness
//! catches each way a directive can fail, at the right line, and passes the rest.

use spec_runner::discovery::ScriptFile;
use spec_runner::engine::{EngineKind, FeatureSelection};
use spec_runner::report::{FileReport, RunReport};
use spec_runner::runner::{run_file, run_files, RunOptions};
use spec_runner::script::ScriptOptions;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::Duration;

fn fixture(name: &str) -> ScriptFile {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    ScriptFile {
        path,
        display: name.to_owned(),
    }
}

fn options() -> RunOptions {
    let script = ScriptOptions {
        timeout: Duration::from_millis(300),
        ..ScriptOptions::default()
    };
    RunOptions {
        engine: EngineKind::Wasmi,
        features: FeatureSelection::Auto,
        jobs: Some(2),
        script,
    }
}

fn run(name: &str) -> FileReport {
    run_file(&fixture(name), &options(), &AtomicBool::new(false))
}

/// `(line, message fragment)` of every directive marked `;; FAIL <fragment>`.
fn expected_failures(path: &Path) -> Vec<(u32, String)> {
    let text = std::fs::read_to_string(path).unwrap();
    let marked = text.lines().enumerate().filter_map(|(index, line)| {
        let (_, fragment) = line.split_once(";; FAIL ")?;
        Some((index as u32 + 1, fragment.trim().to_owned()))
    });
    marked.collect()
}

fn assert_counts_add_up(report: &FileReport) {
    assert_eq!(
        report.passed + report.failed + report.skipped,
        report.directives,
        "{report:#?}"
    );
    assert_eq!(report.failed as usize, report.failures.len(), "{report:#?}");
}

#[test]
fn passing_fixture_passes_every_directive() {
    let report = run("pass.wast");
    assert_counts_add_up(&report);
    assert!(report.failures.is_empty(), "{:#?}", report.failures);
    assert_eq!(report.directives, 33);
}

#[test]
fn every_kind_of_failure_is_caught_at_its_line() {
    let file = fixture("fail.wast");
    let expected = expected_failures(&file.path);
    assert!(expected.len() >= 30, "the fixture marks its failures");
    let report = run("fail.wast");
    assert_counts_add_up(&report);
    for (line, fragment) in &expected {
        let failure = report.failures.iter().find(|failure| failure.line == *line);
        let failure = failure.unwrap_or_else(|| {
            panic!(
                "line {line} should fail ({fragment}); failures: {:#?}",
                report.failures
            )
        });
        assert!(
            failure.message.contains(fragment.as_str()),
            "line {line}: `{}` should contain `{fragment}`",
            failure.message
        );
        assert_eq!(
            failure.column, 2,
            "line {line}: columns point at the keyword"
        );
    }
    let unexpected: Vec<_> = report
        .failures
        .iter()
        .filter(|failure| !expected.iter().any(|(line, _)| *line == failure.line))
        .collect();
    assert!(unexpected.is_empty(), "unmarked failures: {unexpected:#?}");
    assert_eq!(report.passed, report.directives - expected.len() as u64);
}

#[test]
fn a_directive_that_never_ends_times_out_and_the_script_goes_on() {
    let report = run("timeout.wast");
    assert_counts_add_up(&report);
    let expected = expected_failures(&fixture("timeout.wast").path);
    let lines: Vec<u32> = report.failures.iter().map(|failure| failure.line).collect();
    assert_eq!(
        lines,
        expected.iter().map(|(line, _)| *line).collect::<Vec<_>>()
    );
    assert!(
        report.failures[0].message.contains(&expected[0].1),
        "{:#?}",
        report.failures
    );
    assert_eq!(report.passed, 2);
}

#[test]
fn failures_name_the_directive_kind() {
    let report = run("fail.wast");
    let kind_at = |line: u32| {
        report
            .failures
            .iter()
            .find(|failure| failure.line == line)
            .map(|failure| failure.kind.as_str())
    };
    let lines = expected_failures(&fixture("fail.wast").path);
    let first = lines[0].0;
    assert_eq!(kind_at(first), Some("assert_return"));
    let text = std::fs::read_to_string(fixture("fail.wast").path).unwrap();
    for (line, _) in lines {
        let source_line = text.lines().nth(line as usize - 1).unwrap();
        let keyword = source_line
            .trim_start_matches('(')
            .split([' ', ')'])
            .next()
            .unwrap();
        let kind = kind_at(line).unwrap();
        let expected_kind = if keyword == "assert_trap" && source_line.contains("(module") {
            "assert_uninstantiable"
        } else {
            keyword
        };
        assert_eq!(kind, expected_kind, "line {line}");
    }
}

#[test]
fn a_script_that_does_not_parse_is_one_failure_at_the_error() {
    let report = run("parse_error.wast");
    assert_counts_add_up(&report);
    assert_eq!(report.failed, 1);
    assert_eq!(report.failures[0].kind, "parse");
    assert_eq!(report.failures[0].line, 4, "{:#?}", report.failures);
}

#[test]
fn fail_fast_skips_the_rest() {
    let mut options = options();
    options.script.fail_fast = true;
    let report = run_file(&fixture("fail.wast"), &options, &AtomicBool::new(false));
    assert_counts_add_up(&report);
    assert_eq!(report.failed, 1);
    assert!(report.skipped > 20);
}

#[test]
fn cancelled_runs_count_directives_as_skipped() {
    let report = run_file(&fixture("pass.wast"), &options(), &AtomicBool::new(true));
    assert_counts_add_up(&report);
    assert_eq!((report.skipped, report.passed), (33, 0));
}

#[test]
fn a_missing_file_is_a_failure_not_a_crash() {
    let file = ScriptFile {
        path: PathBuf::from("/nonexistent/x.wast"),
        display: "x.wast".into(),
    };
    let report = run_file(&file, &options(), &AtomicBool::new(false));
    assert_counts_add_up(&report);
    assert_eq!(report.failures[0].kind, "read");
}

#[test]
fn parallel_runs_are_reported_in_path_order() {
    let files = [
        fixture("pass.wast"),
        fixture("fail.wast"),
        fixture("parse_error.wast"),
    ];
    let reports = run_files(&files, &options(), &|_| {});
    let report = RunReport::new("wasmi", 1.0, reports);
    let paths: Vec<&str> = report.files.iter().map(|file| file.path.as_str()).collect();
    assert_eq!(paths, ["fail.wast", "parse_error.wast", "pass.wast"]);
    assert_eq!(report.totals.files_passed, 1);
}

/// The engines of this build.
fn engines() -> Vec<EngineKind> {
    let mut engines = vec![EngineKind::Lightbeam, EngineKind::Wasmi];
    if cfg!(feature = "wasmtime") {
        engines.push(EngineKind::Wasmtime);
    }
    engines
}

#[test]
fn the_threads_proposal_folder_runs_with_the_features_its_scripts_assume() {
    // The threads proposal's scripts assert Wasm 1.0's rules; the same modules are
    // valid Wasm 3.0 anywhere else in the suite.
    let suite = std::env::temp_dir().join(format!("spec-runner-threads-{}", std::process::id()));
    let threads = suite.join("proposals/threads");
    std::fs::create_dir_all(&threads).unwrap();
    let wasm1_rules = "(module (memory 1) (table 1 funcref))\n\
        (assert_invalid (module (memory 0) (memory 0)) \"multiple memories\")\n\
        (assert_invalid (module (import \"spectest\" \"memory\" (memory 1)) (memory 0)) \"multiple memories\")\n\
        (assert_invalid (module (table 1 funcref) (table 1 funcref)) \"multiple tables\")\n";
    let wasm3_rules = "(module (memory 0) (memory 0))\n\
        (module (table 1 funcref) (table 1 funcref))\n";
    std::fs::write(threads.join("rules.wast"), wasm1_rules).unwrap();
    std::fs::write(suite.join("rules.wast"), wasm3_rules).unwrap();
    for engine in engines() {
        for (path, directives) in [
            (threads.join("rules.wast"), 4),
            (suite.join("rules.wast"), 2),
        ] {
            let file = ScriptFile {
                display: path.display().to_string(),
                path,
            };
            let options = RunOptions {
                engine,
                ..options()
            };
            let report = run_file(&file, &options, &AtomicBool::new(false));
            assert_counts_add_up(&report);
            assert_eq!(
                (report.passed, report.directives),
                (directives, directives),
                "{engine}: {}: {:#?}",
                file.display,
                report.failures
            );
        }
    }
    std::fs::remove_dir_all(&suite).unwrap();
}
