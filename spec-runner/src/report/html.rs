//! The `--html` page: the conformance matrix of one run on one or more engines, as one
//! self-contained page (inline style, no scripts, no network) that works offline.
//!
//! Rows are grouped by proposal ([`crate::proposals`]) then by script; each engine has
//! a column of `passed/total` cells coloured by pass rate. A cell with failures opens
//! (a `<details>` element, a click) to the failing directives with what was expected
//! and what happened. With `--history`, the page starts with what changed since the
//! previous run, new failures first, and each cell shows its change in passed
//! directives. Every cell carries its numbers as `data-` attributes so tools (and the
//! browser test) can read the matrix back.

use super::escape_markup as esc;
use super::matrix::{format_utc, ChangedDirective, Changes, Matrix};
use super::{FileReport, RunReport};
use std::fmt::Write as _;

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:2em;color:#222}\
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.25em .6em;vertical-align:top}\
td.n{text-align:right}tr.group th{background:#eee;text-align:left}\
td.all{background:#d8f5d0}td.most{background:#f3f7c8}td.some{background:#fde3c4}td.none{background:#f9cccc}\
td.absent{background:#fafafa;color:#999}summary{cursor:pointer}\
.up{color:#176c17}.down{color:#b00020;font-weight:bold}\
pre{background:#f6f6f6;padding:.4em;white-space:pre-wrap;margin:.2em 0 .6em;text-align:left;max-width:60em}\
code{font-size:95%}";

/// Renders the page for `matrix`, with `changes` since the previous run when known.
pub fn render(matrix: &Matrix, changes: Option<&Changes>) -> String {
    let engines: Vec<&str> = matrix.runs.iter().map(|run| run.engine.as_str()).collect();
    let mut html = String::new();
    let title = format!("Spec tests: {}", esc(&engines.join(", ")));
    let _ = writeln!(html, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title><style>{STYLE}</style></head><body>");
    let _ = writeln!(
        html,
        "<h1>{title}</h1>\n<p>Run finished {}.</p>",
        format_utc(matrix.finished_unix_secs)
    );
    totals_table(&mut html, &matrix.runs);
    if let Some(changes) = changes {
        changes_section(&mut html, changes);
    }
    matrix_table(&mut html, matrix, changes);
    html.push_str("</body></html>\n");
    html
}

fn totals_table(html: &mut String, runs: &[RunReport]) {
    html.push_str("<table id=\"totals\"><tr><th>engine</th><th>files passed</th><th>directives passed</th><th>failed</th><th>skipped</th><th>wall time</th></tr>\n");
    for run in runs {
        let t = &run.totals;
        let _ = writeln!(
            html,
            "<tr><td>{}</td><td class=\"n\">{} / {}</td><td class=\"n\">{} / {}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{:.1} s</td></tr>",
            esc(&run.engine),
            t.files_passed,
            t.files,
            t.passed,
            t.directives,
            t.failed,
            t.skipped,
            run.elapsed_secs
        );
    }
    html.push_str("</table>\n");
}

fn changes_section(html: &mut String, changes: &Changes) {
    let _ = writeln!(
        html,
        "<h2 id=\"changes\">Since the previous run ({})</h2>",
        format_utc(changes.previous_unix_secs)
    );
    if changes.new_failures.is_empty() && changes.fixed.is_empty() {
        html.push_str("<p>No directive changed its verdict.</p>\n");
        return;
    }
    let list = |html: &mut String, id: &str, heading: &str, items: &[ChangedDirective]| {
        if items.is_empty() {
            return;
        }
        let _ = writeln!(
            html,
            "<h3>{heading} ({})</h3>\n<ul id=\"{id}\">",
            items.len()
        );
        for item in items {
            let _ = writeln!(
                html,
                "<li><b>{}</b> <code>{}:{}</code> {} <pre>{}</pre></li>",
                esc(&item.engine),
                esc(&item.path),
                item.line,
                esc(&item.kind),
                esc(&item.message)
            );
        }
        html.push_str("</ul>\n");
    };
    list(html, "new-failures", "New failures", &changes.new_failures);
    list(
        html,
        "fixed",
        "Fixed (failed in the previous run)",
        &changes.fixed,
    );
}

fn matrix_table(html: &mut String, matrix: &Matrix, changes: Option<&Changes>) {
    html.push_str("<h2>Conformance</h2>\n<table id=\"matrix\"><tr><th>proposal / script</th>");
    for run in &matrix.runs {
        let _ = write!(html, "<th>{}</th>", esc(&run.engine));
    }
    html.push_str("</tr>\n");
    for group in matrix.by_proposal() {
        let _ = write!(
            html,
            "<tr class=\"group\"><th>{}</th>",
            esc(&group.proposal)
        );
        for (run, &(passed, total)) in matrix.runs.iter().zip(&group.totals) {
            let _ = write!(
                html,
                "<td class=\"n {}\" data-engine=\"{}\" data-proposal=\"{}\" data-passed=\"{passed}\" data-total=\"{total}\">{passed}/{total}</td>",
                rate_class(passed, total),
                esc(&run.engine),
                esc(&group.proposal)
            );
        }
        html.push_str("</tr>\n");
        for script in &group.scripts {
            let _ = write!(html, "<tr><td><code>{}</code></td>", esc(script.path));
            for (run, report) in matrix.runs.iter().zip(&script.reports) {
                match report {
                    Some(file) => file_cell(html, &run.engine, file, changes),
                    None => html.push_str("<td class=\"absent\">not run</td>"),
                }
            }
            html.push_str("</tr>\n");
        }
    }
    html.push_str("</table>\n");
}

fn file_cell(html: &mut String, engine: &str, file: &FileReport, changes: Option<&Changes>) {
    let (passed, total) = (file.passed, file.directives);
    let delta = changes
        .and_then(|changes| changes.passed_delta(engine, &file.path, passed))
        .filter(|delta| *delta != 0)
        .map(|delta| {
            let class = if delta > 0 { "up" } else { "down" };
            format!(" <span class=\"{class}\">({delta:+})</span>")
        })
        .unwrap_or_default();
    let _ = write!(
        html,
        "<td class=\"n {}\" data-engine=\"{}\" data-file=\"{}\" data-passed=\"{passed}\" data-total=\"{total}\">",
        rate_class(passed, total),
        esc(engine),
        esc(&file.path)
    );
    if file.failures.is_empty() {
        let _ = write!(html, "{passed}/{total}{delta}");
    } else {
        let _ = write!(html, "<details><summary>{passed}/{total}{delta}</summary>");
        for failure in &file.failures {
            let _ = write!(
                html,
                "<pre><code>{}:{}:{}</code> <b>{}</b>\n{}</pre>",
                esc(&file.path),
                failure.line,
                failure.column,
                esc(&failure.kind),
                esc(&failure.message)
            );
        }
        html.push_str("</details>");
    }
    html.push_str("</td>");
}

/// The colour class of a pass rate.
fn rate_class(passed: u64, total: u64) -> &'static str {
    match (passed, total) {
        (_, 0) => "absent",
        (p, t) if p == t => "all",
        (p, t) if p * 10 >= t * 9 => "most",
        (0, _) => "none",
        _ => "some",
    }
}
