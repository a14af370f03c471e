//! JUnit XML: a `testsuite` per script; a `testcase` per failing directive,
//! one grouping the passing directives, and one grouping the skipped ones.

use super::{escape_markup as esc, FileReport, RunReport};
use std::fmt::Write as _;

/// Renders the `--junit` document.
pub fn render(report: &RunReport) -> String {
    let totals = &report.totals;
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        xml,
        "<testsuites name=\"spec-runner ({})\" tests=\"{}\" failures=\"{}\" skipped=\"{}\" time=\"{:.3}\">",
        esc(&report.engine),
        totals.directives,
        totals.failed,
        totals.skipped,
        report.elapsed_secs
    );
    for file in &report.files {
        render_suite(&mut xml, file);
    }
    xml.push_str("</testsuites>\n");
    xml
}

fn render_suite(xml: &mut String, file: &FileReport) {
    let path = esc(&file.path);
    let _ = writeln!(
        xml,
        "  <testsuite name=\"{path}\" tests=\"{}\" failures=\"{}\" skipped=\"{}\" time=\"{:.3}\">",
        file.directives, file.failed, file.skipped, file.elapsed_secs
    );
    for failure in &file.failures {
        let name = esc(&format!(
            "{}:{}:{} {}",
            file.path, failure.line, failure.column, failure.kind
        ));
        let _ = writeln!(xml, "    <testcase classname=\"{path}\" name=\"{name}\">");
        let _ = writeln!(
            xml,
            "      <failure type=\"{}\" message=\"{}\">{}</failure>",
            esc(&failure.kind),
            esc(&failure.message),
            esc(&failure.message)
        );
        xml.push_str("    </testcase>\n");
    }
    if file.passed > 0 {
        let _ = writeln!(
            xml,
            "    <testcase classname=\"{path}\" name=\"{} directives passed\" time=\"{:.3}\"/>",
            file.passed, file.elapsed_secs
        );
    }
    if file.skipped > 0 {
        let _ = writeln!(xml, "    <testcase classname=\"{path}\" name=\"{} directives skipped\"><skipped/></testcase>", file.skipped);
    }
    xml.push_str("  </testsuite>\n");
}
