//! One self-contained HTML page (inline style, no scripts or network):
//! totals, a per-script table, and every failure with its message.

use super::{escape_markup as esc, RunReport};
use std::fmt::Write as _;

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:2em;color:#222}\
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:right}\
td:first-child,th:first-child{text-align:left}tr.fail td{background:#fde8e8}tr.pass td{background:#eefbea}\
pre{background:#f6f6f6;padding:.5em;white-space:pre-wrap;margin:.2em 0 1em}code{font-size:95%}";

/// Renders the `--html` page.
pub fn render(report: &RunReport) -> String {
    let totals = &report.totals;
    let mut html = String::new();
    let title = format!("Spec tests: {} engine", esc(&report.engine));
    let _ = writeln!(html, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title><style>{STYLE}</style></head><body>");
    let _ = writeln!(html, "<h1>{title}</h1>");
    let _ = writeln!(
        html,
        "<table><tr><th>files</th><th>files passed</th><th>directives</th><th>passed</th><th>failed</th><th>skipped</th><th>time</th></tr>\
         <tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{:.1}s</td></tr></table>",
        totals.files, totals.files_passed, totals.directives, totals.passed, totals.failed, totals.skipped, report.elapsed_secs
    );
    html.push_str("<h2>Scripts</h2>\n<table><tr><th>script</th><th>directives</th><th>passed</th><th>failed</th><th>skipped</th><th>time</th></tr>\n");
    for file in &report.files {
        let class = if file.is_pass() { "pass" } else { "fail" };
        let name = if file.failures.is_empty() {
            esc(&file.path)
        } else {
            format!(
                "<a href=\"#{}\">{}</a>",
                anchor(&file.path),
                esc(&file.path)
            )
        };
        let _ = writeln!(
            html,
            "<tr class=\"{class}\"><td>{name}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{:.3}s</td></tr>",
            file.directives, file.passed, file.failed, file.skipped, file.elapsed_secs
        );
    }
    html.push_str("</table>\n");
    let failing: Vec<_> = report
        .files
        .iter()
        .filter(|file| !file.failures.is_empty())
        .collect();
    if !failing.is_empty() {
        html.push_str("<h2>Failures</h2>\n");
    }
    for file in failing {
        let _ = writeln!(
            html,
            "<h3 id=\"{}\"><code>{}</code></h3>",
            anchor(&file.path),
            esc(&file.path)
        );
        for failure in &file.failures {
            let _ = writeln!(
                html,
                "<div><code>{}:{}:{}</code> <b>{}</b><pre>{}</pre></div>",
                esc(&file.path),
                failure.line,
                failure.column,
                esc(&failure.kind),
                esc(&failure.message)
            );
        }
    }
    html.push_str("</body></html>\n");
    html
}

fn anchor(path: &str) -> String {
    let id: String = path
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("f-{id}")
}
