//! A Markdown summary for CI step summaries: totals, then a table of the
//! scripts that did not fully pass with their first failures.

use super::RunReport;
use std::fmt::Write as _;

/// Failures listed per script before the rest is elided.
const FAILURES_PER_FILE: usize = 5;

/// Renders the `--summary-md` document.
pub fn render(report: &RunReport) -> String {
    let totals = &report.totals;
    let mut md = String::new();
    let status = if totals.failed == 0 && totals.skipped == 0 {
        "✅ pass"
    } else {
        "❌ failures"
    };
    let _ = writeln!(md, "## Spec tests: {} engine — {status}\n", report.engine);
    md.push_str("| files | files passed | directives | passed | failed | skipped | time |\n");
    md.push_str("|---:|---:|---:|---:|---:|---:|---:|\n");
    let _ = writeln!(
        md,
        "| {} | {} | {} | {} | {} | {} | {:.1}s |\n",
        totals.files,
        totals.files_passed,
        totals.directives,
        totals.passed,
        totals.failed,
        totals.skipped,
        report.elapsed_secs
    );
    let troubled: Vec<_> = report.files.iter().filter(|file| !file.is_pass()).collect();
    if troubled.is_empty() {
        md.push_str("Every directive of every script passed.\n");
        return md;
    }
    md.push_str("| script | directives | passed | failed | skipped | first failures |\n");
    md.push_str("|---|---:|---:|---:|---:|---|\n");
    for file in troubled {
        let mut shown: Vec<String> = file
            .failures
            .iter()
            .take(FAILURES_PER_FILE)
            .map(|failure| {
                format!(
                    "`{}:{}` {}: {}",
                    failure.line,
                    failure.column,
                    failure.kind,
                    cell(&failure.message)
                )
            })
            .collect();
        if file.failures.len() > FAILURES_PER_FILE {
            shown.push(format!(
                "… {} more",
                file.failures.len() - FAILURES_PER_FILE
            ));
        }
        let _ = writeln!(
            md,
            "| `{}` | {} | {} | {} | {} | {} |",
            file.path,
            file.directives,
            file.passed,
            file.failed,
            file.skipped,
            shown.join("<br>")
        );
    }
    md
}

/// Makes text safe inside a table cell.
fn cell(text: &str) -> String {
    let single_line = text.replace('\n', " ").replace('|', "\\|");
    let truncated: String = single_line.chars().take(200).collect();
    if single_line.chars().count() > 200 {
        format!("{truncated}…")
    } else {
        truncated
    }
}
