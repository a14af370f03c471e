//! The machine-readable outputs keep the shapes CI dashboards read.

use spec_runner::discovery::ScriptFile;
use spec_runner::engine::{EngineKind, FeatureSelection};
use spec_runner::report::matrix::{Changes, Matrix};
use spec_runner::report::{html, junit, markdown, RunReport};
use spec_runner::runner::{run_files, RunOptions};
use spec_runner::script::ScriptOptions;
use std::path::Path;
use std::time::Duration;

fn report() -> RunReport {
    let files: Vec<ScriptFile> = ["pass.wast", "fail.wast", "parse_error.wast"]
        .iter()
        .map(|name| ScriptFile {
            path: Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures")
                .join(name),
            display: (*name).to_owned(),
        })
        .collect();
    let script = ScriptOptions {
        timeout: Duration::from_millis(300),
        ..ScriptOptions::default()
    };
    let options = RunOptions {
        engine: EngineKind::Wasmi,
        features: FeatureSelection::Auto,
        jobs: Some(2),
        script,
    };
    RunReport::new("wasmi", 0.25, run_files(&files, &options, &|_| {}))
}

fn keys(value: &serde_json::Value) -> Vec<&str> {
    let mut keys: Vec<&str> = value
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys
}

#[test]
fn json_has_the_documented_shape_and_consistent_counts() {
    let report = report();
    let json: serde_json::Value = serde_json::from_str(&report.to_json()).unwrap();
    assert_eq!(keys(&json), ["elapsed_secs", "engine", "files", "totals"]);
    assert_eq!(json["engine"], "wasmi");
    assert!(json["elapsed_secs"].is_f64());
    let totals = &json["totals"];
    assert_eq!(
        keys(totals),
        [
            "directives",
            "failed",
            "files",
            "files_passed",
            "passed",
            "skipped"
        ]
    );
    let files = json["files"].as_array().unwrap();
    assert_eq!(totals["files"], files.len());
    let mut sum = [0u64; 4];
    for file in files {
        assert_eq!(
            keys(file),
            [
                "directives",
                "elapsed_secs",
                "failed",
                "failures",
                "passed",
                "path",
                "skipped"
            ]
        );
        let count = |key: &str| file[key].as_u64().unwrap();
        assert_eq!(
            count("passed") + count("failed") + count("skipped"),
            count("directives")
        );
        assert_eq!(
            file["failures"].as_array().unwrap().len() as u64,
            count("failed")
        );
        for failure in file["failures"].as_array().unwrap() {
            assert_eq!(keys(failure), ["column", "kind", "line", "message"]);
        }
        for (slot, key) in ["directives", "passed", "failed", "skipped"]
            .iter()
            .enumerate()
        {
            sum[slot] += count(key);
        }
    }
    assert_eq!(
        [
            totals["directives"].as_u64().unwrap(),
            totals["passed"].as_u64().unwrap(),
            totals["failed"].as_u64().unwrap(),
            totals["skipped"].as_u64().unwrap()
        ],
        sum
    );
    let round_trip: RunReport = serde_json::from_value(json).unwrap();
    assert_eq!(round_trip.totals, report.totals);
}

/// Checks that tags nest and close, attributes are quoted, and `&` only starts entities.
fn assert_well_formed_xml(xml: &str) {
    let body = xml
        .strip_prefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .expect("an XML declaration");
    let mut open: Vec<String> = Vec::new();
    let mut rest = body;
    while let Some(start) = rest.find('<') {
        let text = &rest[..start];
        assert_entities(text);
        let end = rest[start..].find('>').expect("tags close") + start;
        let tag = &rest[start + 1..end];
        assert!(!tag.contains('<'), "no `<` inside a tag: {tag}");
        assert_eq!(
            tag.matches('"').count() % 2,
            0,
            "attributes are quoted: {tag}"
        );
        assert_entities(tag);
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(open.pop().as_deref(), Some(name), "closing tag matches");
        } else if !tag.ends_with('/') {
            open.push(tag.split_whitespace().next().unwrap().to_owned());
        }
        rest = &rest[end + 1..];
    }
    assert!(open.is_empty(), "unclosed: {open:?}");
}

fn assert_entities(text: &str) {
    for (index, _) in text.match_indices('&') {
        let entity = &text[index..text.len().min(index + 6)];
        assert!(
            ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"]
                .iter()
                .any(|known| entity.starts_with(known)),
            "bare & in {text}"
        );
    }
}

#[test]
fn junit_is_well_formed_with_a_suite_per_file_and_a_case_per_failure() {
    let report = report();
    let xml = junit::render(&report);
    assert_well_formed_xml(&xml);
    assert_eq!(xml.matches("<testsuite ").count(), report.files.len());
    assert_eq!(
        xml.matches("<failure ").count() as u64,
        report.totals.failed
    );
    assert!(
        xml.contains("name=\"fail.wast:19:2 assert_return\""),
        "{xml}"
    );
}

#[test]
fn html_is_one_self_contained_page_with_every_failure() {
    let report = report();
    let page = html::render(&Matrix::new(vec![report.clone()]), None);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.trim_end().ends_with("</html>"));
    for external in ["http://", "https://", "<script", "<link", "src="] {
        assert!(!page.contains(external), "no {external}");
    }
    for file in &report.files {
        assert!(page.contains(&file.path));
        for failure in &file.failures {
            let escaped = failure
                .message
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;")
                .replace('\'', "&apos;");
            assert!(page.contains(&escaped), "missing {escaped}");
        }
    }
}

#[test]
fn markdown_has_totals_and_a_row_per_troubled_file() {
    let report = report();
    let md = markdown::render(&report);
    assert!(md.contains("| files | files passed | directives | passed | failed | skipped | time |"));
    let totals = &report.totals;
    assert!(md.contains(&format!(
        "| {} | {} | {} | {} | {} | {} |",
        totals.files,
        totals.files_passed,
        totals.directives,
        totals.passed,
        totals.failed,
        totals.skipped
    )));
    assert!(md.contains("| `fail.wast` |"));
    assert!(md.contains("| `parse_error.wast` |"));
    assert!(!md.contains("| `pass.wast` |"));
}

#[test]
fn the_matrix_page_has_a_cell_per_engine_and_script_and_the_changes_first() {
    let lightbeam = report();
    let mut other = report();
    other.engine = "other".into();
    let before = Matrix::new(vec![lightbeam.clone(), other.clone()]);
    // The other engine now fails one more directive of the first failing file.
    let troubled = other
        .files
        .iter_mut()
        .find(|file| !file.failures.is_empty())
        .expect("the fixture has a failing file");
    troubled.passed -= 1;
    troubled.failed += 1;
    troubled.failures.push(spec_runner::report::Failure::new(
        9999,
        1,
        "assert_trap",
        "expected trap got [] <new>",
    ));
    let after = Matrix::new(vec![lightbeam.clone(), other.clone()]);
    let changes = Changes::between(&before, &after);
    assert_eq!(changes.new_failures.len(), 1);
    let page = html::render(&after, Some(&changes));
    for run in &after.runs {
        for file in &run.files {
            let cell = format!(
                "data-engine=\"{}\" data-file=\"{}\" data-passed=\"{}\" data-total=\"{}\"",
                run.engine, file.path, file.passed, file.directives
            );
            assert!(page.contains(&cell), "missing cell {cell}");
        }
    }
    let changes_at = page
        .find("id=\"new-failures\"")
        .expect("new failures listed");
    assert!(changes_at < page.find("id=\"matrix\"").expect("the matrix"));
    assert!(page.contains("expected trap got [] &lt;new&gt;"));
    assert!(page.contains("<span class=\"down\">(-1)</span>"));
    let md = markdown::render_matrix(&after, Some(&changes));
    assert!(md.contains("1 new failures, 0 fixed"), "{md}");
    assert!(md.contains("| proposal | wasmi | other |"), "{md}");
}
