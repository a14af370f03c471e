//! What people read: a progress bar while running (only on a terminal), one
//! line per failing directive, and a summary.

use crate::report::baseline::Comparison;
use crate::report::{Failure, RunReport};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{IsTerminal, Write};

/// A progress bar on stderr when it is a terminal; invisible otherwise.
pub fn progress_bar(files: usize) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::with_draw_target(Some(files as u64), ProgressDrawTarget::hidden());
    }
    let bar = ProgressBar::new(files as u64);
    let style = ProgressStyle::with_template(
        "{spinner} [{elapsed_precise}] {bar:40} {pos}/{len} {wide_msg}",
    )
    .expect("the progress template is valid");
    bar.set_style(style);
    bar
}

/// The one-line form of a failure: `file:line:col kind: message`.
pub fn failure_line(path: &str, failure: &Failure) -> String {
    format!(
        "{path}:{}:{} {}: {}",
        failure.line, failure.column, failure.kind, failure.message
    )
}

/// Writes the failures (in path order), with their WAT and machine code when
/// attached. Failures the baseline expects are listed only with `list_expected`.
pub fn print_failures(
    out: &mut impl Write,
    report: &RunReport,
    expected: &dyn Fn(&str, u32) -> bool,
    list_expected: bool,
) -> std::io::Result<()> {
    for file in &report.files {
        for failure in &file.failures {
            let is_expected = expected(&file.path, failure.line);
            if is_expected && !list_expected {
                continue;
            }
            let note = if is_expected {
                " (expected by baseline)"
            } else {
                ""
            };
            writeln!(out, "{}{note}", failure_line(&file.path, failure))?;
            if let Some(wat) = &failure.wat {
                writeln!(out, "  module:\n{}", indent(wat))?;
            }
            if let Some(asm) = &failure.asm {
                writeln!(out, "  machine code:\n{}", indent(asm))?;
            }
        }
    }
    Ok(())
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|line| format!("    {line}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Writes the final summary line(s).
pub fn print_summary(out: &mut impl Write, report: &RunReport) -> std::io::Result<()> {
    let totals = &report.totals;
    writeln!(
        out,
        "{} engine: {} files ({} passed), {} directives: {} passed, {} failed, {} skipped; wall time {:.2}s",
        report.engine,
        totals.files,
        totals.files_passed,
        totals.directives,
        totals.passed,
        totals.failed,
        totals.skipped,
        report.elapsed_secs
    )
}

/// Writes how the run compares with the baseline.
pub fn print_comparison(out: &mut impl Write, comparison: &Comparison) -> std::io::Result<()> {
    writeln!(
        out,
        "baseline: {} expected failures, {} unexpected failures, {} unexpected passes",
        comparison.expected_failures,
        comparison.unexpected_failures.len(),
        comparison.unexpected_passes.len()
    )?;
    for (path, failure) in &comparison.unexpected_failures {
        writeln!(out, "unexpected failure: {}", failure_line(path, failure))?;
    }
    for entry in &comparison.unexpected_passes {
        writeln!(
            out,
            "unexpected pass (remove it from the baseline): {}:{}",
            entry.path, entry.line
        )?;
    }
    Ok(())
}
