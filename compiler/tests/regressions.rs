//! Runs every regression script under `tests/` (recursively: `tests/wast/`,
//! and `tests/regressions/` where the fuzzer's `replay --shrink` writes its
//! findings) on lightbeam, through the spec-runner library, exactly as
//! `spec-runner --engine lightbeam compiler/tests` would (feature level chosen
//! per script, default time budget), except that scripts in a folder named
//! `wasm3` run at Wasm 3.0 (memory64, ...). Each script pins a compiler bug found by
//! the spec testsuite, fuzzing or by hand, or an edge case of a lowering.
//!
//! The test fails on any failed or skipped directive, listing each one as
//! `file:line:col`, and when it finds no script at all: a moved folder must
//! not turn into a silent pass.

use spec_runner::discovery::{discover, Filter, ScriptFile};
use spec_runner::engine::{EngineKind, FeatureLevel, FeatureSelection};
use spec_runner::report::FileReport;
use spec_runner::runner::{run_files, RunOptions};
use std::path::{Path, PathBuf};

/// The folder holding the regression scripts, in subfolders.
fn scripts_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

/// The scripts under `dir`; panics when the folder is missing or holds none.
fn regression_scripts(dir: &Path) -> Vec<ScriptFile> {
    assert!(dir.is_dir(), "{} is not a folder", dir.display());
    let filter = Filter::new(&[], &[]).expect("an empty filter is valid");
    let files = discover(&[dir.to_path_buf()], &filter)
        .unwrap_or_else(|error| panic!("cannot list {}: {error}", dir.display()));
    assert!(
        !files.is_empty(),
        "no .wast script under {}: the regression scripts were moved or lost",
        dir.display()
    );
    files
}

/// One line per failed directive, `path:line:col kind: message`, with the path
/// relative to the workspace, like the paths in Rust's own messages.
fn failure_lines(file: &ScriptFile, report: &FileReport) -> Vec<String> {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the crate is in a workspace folder");
    let path = file.path.strip_prefix(workspace).unwrap_or(&file.path);
    let mut lines: Vec<String> = report
        .failures
        .iter()
        .map(|failure| {
            format!(
                "{}:{}:{} {}: {}",
                path.display(),
                failure.line,
                failure.column,
                failure.kind,
                failure.message
            )
        })
        .collect();
    if report.directives == 0 {
        lines.push(format!("{}: the script has no directive", path.display()));
    }
    if report.skipped > 0 {
        lines.push(format!(
            "{}: {} directives were not run",
            path.display(),
            report.skipped
        ));
    }
    lines
}

/// What running a folder of scripts found.
struct Outcome {
    scripts: usize,
    directives: u64,
    /// One line per failed or skipped directive, see [`failure_lines`].
    problems: Vec<String>,
}

/// The folder name that puts the scripts under it at Wasm 3.0.
const WASM3_FOLDER: &str = "wasm3";

/// Whether `file` lies in a [`WASM3_FOLDER`] (and runs at Wasm 3.0; the others at the
/// level the spec-runner detects).
fn is_wasm3(file: &ScriptFile) -> bool {
    file.path
        .components()
        .any(|component| component.as_os_str() == WASM3_FOLDER)
}

/// Runs every script under `dir` on lightbeam.
fn run_scripts(dir: &Path) -> Outcome {
    let (wasm3, other): (Vec<ScriptFile>, Vec<ScriptFile>) =
        regression_scripts(dir).into_iter().partition(is_wasm3);
    let groups = [
        (other, FeatureSelection::Auto),
        (wasm3, FeatureSelection::Fixed(FeatureLevel::Wasm3)),
    ];
    let mut files = Vec::new();
    let mut reports = Vec::new();
    for (group, features) in groups {
        let options = RunOptions {
            engine: EngineKind::Lightbeam,
            features,
            jobs: None,
            script: Default::default(),
        };
        reports.extend(run_files(&group, &options, &|_| {}));
        files.extend(group);
    }
    Outcome {
        scripts: files.len(),
        directives: reports.iter().map(|report| report.directives).sum(),
        problems: files
            .iter()
            .zip(&reports)
            .flat_map(|(file, report)| failure_lines(file, report))
            .collect(),
    }
}

#[test]
fn regression_scripts_pass_on_lightbeam() {
    let outcome = run_scripts(&scripts_dir());
    println!(
        "{} regression scripts, {} directives",
        outcome.scripts, outcome.directives
    );
    assert!(
        outcome.problems.is_empty(),
        "{} problems in {} directives:\n{}",
        outcome.problems.len(),
        outcome.directives,
        outcome.problems.join("\n")
    );
}

/// A fresh, empty folder under cargo's scratch directory for integration tests.
fn scratch_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    if dir.exists() {
        std::fs::remove_dir_all(&dir).expect("the old scratch folder can be removed");
    }
    std::fs::create_dir_all(&dir).expect("the scratch folder can be created");
    dir
}

#[test]
#[should_panic(expected = "is not a folder")]
fn a_missing_folder_is_an_error() {
    regression_scripts(&scripts_dir().join("no-such-folder"));
}

#[test]
#[should_panic(expected = "no .wast script")]
fn a_folder_without_scripts_is_an_error() {
    let dir = scratch_dir("regressions-empty");
    std::fs::write(dir.join("notes.txt"), "not a script").expect("the scratch file is written");
    regression_scripts(&dir);
}

#[test]
fn each_failed_directive_is_reported_with_its_position() {
    let dir = scratch_dir("regressions-failing");
    std::fs::write(
        dir.join("wrong.wast"),
        "(module (func (export \"one\") (result i32) (i32.const 1)))\n\
         (assert_return (invoke \"one\") (i32.const 1))\n\
         \x20 (assert_return (invoke \"one\") (i32.const 2))\n",
    )
    .expect("the scratch script is written");
    let outcome = run_scripts(&dir);
    assert_eq!((outcome.scripts, outcome.directives), (1, 3));
    assert_eq!(outcome.problems.len(), 1, "{:?}", outcome.problems);
    let problem = &outcome.problems[0];
    // The spec-runner's column is the directive keyword's, after the parenthesis.
    assert!(
        problem.contains("wrong.wast:3:4 assert_return: expected [i32:2"),
        "{problem}"
    );
}

#[test]
fn scripts_in_a_wasm3_folder_run_at_wasm3() {
    let dir = scratch_dir("regressions-wasm3");
    let script = "(module (memory i64 1))\n";
    std::fs::create_dir_all(dir.join(WASM3_FOLDER)).expect("the scratch folder is created");
    std::fs::write(dir.join(WASM3_FOLDER).join("memory64.wast"), script)
        .expect("the scratch script is written");
    std::fs::write(dir.join("memory64.wast"), script).expect("the scratch script is written");
    let outcome = run_scripts(&dir);
    assert_eq!((outcome.scripts, outcome.directives), (2, 2));
    assert_eq!(outcome.problems.len(), 1, "{:?}", outcome.problems);
    let problem = &outcome.problems[0];
    assert!(
        problem.contains("regressions-wasm3/memory64.wast:1:2")
            && problem.contains("memory64 must be enabled"),
        "{problem}"
    );
}
