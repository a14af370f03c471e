//! Runs many scripts in parallel, one engine per script, isolating crashes.

use crate::discovery::ScriptFile;
use crate::engine::{EngineConfig, EngineKind, FeatureSelection};
use crate::report::{Failure, FileReport};
use crate::script::{count_directives, run_script, ScriptCursor, ScriptOptions};
use std::any::Any;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;
use wasmparser::WasmFeatures;

/// Stack size of worker threads: parsing deeply nested scripts recurses.
const WORKER_STACK_BYTES: usize = 64 << 20;

/// How a run is carried out.
#[derive(Clone, Debug)]
pub struct RunOptions {
    /// The back end.
    pub engine: EngineKind,
    /// The WebAssembly version each script is run at.
    pub features: FeatureSelection,
    /// Worker threads; `None` uses every core.
    pub jobs: Option<usize>,
    /// Per-script options.
    pub script: ScriptOptions,
}

/// Runs `files` in parallel and returns their reports in the order of `files`.
/// Big scripts start first so that one of them does not finish the run alone.
///
/// `on_done` is called as each file finishes (from worker threads), e.g. to
/// advance a progress bar. With `fail_fast`, the first failure stops
/// scripts that have not started; their directives are counted as skipped.
pub fn run_files(
    files: &[ScriptFile],
    options: &RunOptions,
    on_done: &(dyn Fn(&FileReport) + Sync),
) -> Vec<FileReport> {
    use rayon::prelude::*;
    let cancel = AtomicBool::new(false);
    let mut pool = rayon::ThreadPoolBuilder::new().stack_size(WORKER_STACK_BYTES);
    if let Some(jobs) = options.jobs {
        pool = pool.num_threads(jobs.max(1));
    }
    let pool = pool.build().expect("the worker pool starts");
    let mut order: Vec<usize> = (0..files.len()).collect();
    order.sort_by_cached_key(|&index| std::cmp::Reverse(file_size(&files[index])));
    let mut reports: Vec<(usize, FileReport)> = pool.install(|| {
        order
            .par_iter()
            .with_max_len(1)
            .map(|&index| {
                let report = run_file(&files[index], options, &cancel);
                if options.script.fail_fast && report.failed > 0 {
                    cancel.store(true, Ordering::Relaxed);
                }
                on_done(&report);
                (index, report)
            })
            .collect()
    });
    reports.sort_by_key(|(index, _)| *index);
    reports.into_iter().map(|(_, report)| report).collect()
}

fn file_size(file: &ScriptFile) -> u64 {
    std::fs::metadata(&file.path)
        .map(|metadata| metadata.len())
        .unwrap_or(0)
}

/// Runs one script with a fresh engine. Never panics: an unreadable file, an
/// unavailable engine or a crash inside the script becomes a failure.
pub fn run_file(file: &ScriptFile, options: &RunOptions, cancel: &AtomicBool) -> FileReport {
    let started = Instant::now();
    let mut report = FileReport::new(&file.display);
    match std::fs::read_to_string(&file.path) {
        Ok(source) if cancel.load(Ordering::Relaxed) => skip_all(&mut report, &source),
        Ok(source) => {
            let level = options.features.level_for(&file.path);
            let features = level.features_for(&file.path);
            run_source(&source, features, options, cancel, &mut report);
        }
        Err(error) => fail_whole_file(
            &mut report,
            "read",
            format!("cannot read {}: {error}", file.path.display()),
        ),
    }
    report.elapsed_secs = started.elapsed().as_secs_f64();
    report
}

/// Runs script text with a fresh engine of the configured kind accepting `features`
/// (a level's, see [`crate::engine::FeatureLevel::features_for`]).
pub fn run_source(
    source: &str,
    features: WasmFeatures,
    options: &RunOptions,
    cancel: &AtomicBool,
    report: &mut FileReport,
) {
    let config = EngineConfig {
        spectest_flavour: options.script.compat.spectest_flavour(),
        ..EngineConfig::spec_with(features)
    };
    let mut engine = match options.engine.create_with(&config) {
        Ok(engine) => engine,
        Err(error) => return fail_whole_file(report, "engine", error.0),
    };
    let mut cursor = ScriptCursor::default();
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        run_script(
            engine.as_mut(),
            source,
            &options.script,
            cancel,
            report,
            &mut cursor,
        );
    }));
    if let Err(payload) = outcome {
        record_crash(report, &cursor, &panic_message(payload.as_ref()));
    }
}

fn skip_all(report: &mut FileReport, source: &str) {
    let directives = count_directives(source).unwrap_or(1);
    report.directives = directives;
    report.skipped = directives;
}

fn fail_whole_file(report: &mut FileReport, kind: &str, message: String) {
    report.directives += 1;
    report.failed += 1;
    report.failures.push(Failure::new(0, 0, kind, message));
}

/// Accounts for a panic: the directive in progress failed, the rest is skipped.
fn record_crash(report: &mut FileReport, cursor: &ScriptCursor, message: &str) {
    let (line, column, kind) = cursor.current.unwrap_or((0, 0, "script"));
    report.failures.push(Failure::new(
        line,
        column,
        kind,
        format!("the harness or engine panicked: {message}"),
    ));
    report.failed += 1;
    if report.directives == 0 {
        report.directives = report.failed + report.passed;
    }
    report.skipped = report
        .directives
        .saturating_sub(report.passed + report.failed);
}

/// The text of a panic's payload.
pub(crate) fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(message) = payload.downcast_ref::<&str>() {
        (*message).to_owned()
    } else if let Some(message) = payload.downcast_ref::<String>() {
        message.clone()
    } else {
        "non-text panic payload".to_owned()
    }
}
