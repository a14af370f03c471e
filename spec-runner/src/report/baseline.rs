//! Expected failures: a committed list of `path:line` entries.
//!
//! `#` starts a comment, on its own line (it then belongs to the entry below
//! it, typically the reason the failure is expected) or after an entry. A run
//! gates on failures *not* in the list and reports listed failures that now
//! pass, so the list only shrinks.

use super::{Failure, RunReport};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// One expected failure.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Entry {
    /// The script's display path.
    pub path: String,
    /// 1-based line of the directive.
    pub line: u32,
}

/// A parsed baseline file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Baseline {
    /// Comment lines before the first entry.
    pub header: Vec<String>,
    /// Entries with the comment lines written above them.
    pub entries: BTreeMap<Entry, Vec<String>>,
}

impl Baseline {
    /// Parses baseline text; a malformed line is an error naming its line number.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut baseline = Baseline::default();
        let mut pending_comments = Vec::new();
        for (index, raw) in text.lines().enumerate() {
            let trimmed = raw.trim();
            if trimmed.is_empty() {
                if baseline.entries.is_empty() {
                    baseline.header.append(&mut pending_comments);
                }
                continue;
            }
            if trimmed.starts_with('#') {
                pending_comments.push(trimmed.to_owned());
                continue;
            }
            let entry_text = trimmed.split('#').next().unwrap_or("").trim();
            let entry = parse_entry(entry_text).ok_or_else(|| {
                format!(
                    "line {}: expected `path:line`, found `{trimmed}`",
                    index + 1
                )
            })?;
            baseline
                .entries
                .insert(entry, std::mem::take(&mut pending_comments));
        }
        baseline.header.append(&mut pending_comments);
        Ok(baseline)
    }

    /// Whether a failure at `path:line` is expected.
    pub fn expects(&self, path: &str, line: u32) -> bool {
        self.entries.contains_key(&Entry {
            path: path.to_owned(),
            line,
        })
    }
}

fn parse_entry(text: &str) -> Option<Entry> {
    let (path, line) = text.rsplit_once(':')?;
    let line = line.trim().parse().ok()?;
    let path = path.trim();
    (!path.is_empty()).then(|| Entry {
        path: path.to_owned(),
        line,
    })
}

/// How a run compares with a baseline.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Comparison {
    /// Failures not in the baseline: these fail the run.
    pub unexpected_failures: Vec<(String, Failure)>,
    /// Baseline entries of scripts that ran whose directive now passes.
    pub unexpected_passes: Vec<Entry>,
    /// Failures the baseline expected.
    pub expected_failures: usize,
}

impl Comparison {
    /// Compares the failures of `report` with `baseline`.
    pub fn new(report: &RunReport, baseline: &Baseline) -> Self {
        let mut comparison = Comparison::default();
        let mut failing = BTreeSet::new();
        for file in &report.files {
            for failure in &file.failures {
                failing.insert(Entry {
                    path: file.path.clone(),
                    line: failure.line,
                });
                if baseline.expects(&file.path, failure.line) {
                    comparison.expected_failures += 1;
                } else {
                    comparison
                        .unexpected_failures
                        .push((file.path.clone(), failure.clone()));
                }
            }
        }
        let ran: BTreeSet<&str> = report.files.iter().map(|file| file.path.as_str()).collect();
        comparison.unexpected_passes = baseline
            .entries
            .keys()
            .filter(|entry| ran.contains(entry.path.as_str()) && !failing.contains(entry))
            .cloned()
            .collect();
        comparison
    }
}

/// Renders the baseline `--update-baseline` writes: every current failure,
/// keeping the comments of entries that are still listed, with the failure
/// message as the comment of new ones. Entries of scripts that did not run
/// are kept unchanged.
pub fn render(report: &RunReport, previous: &Baseline) -> String {
    let ran: BTreeSet<&str> = report.files.iter().map(|file| file.path.as_str()).collect();
    let mut entries: BTreeMap<Entry, Vec<String>> = previous
        .entries
        .iter()
        .filter(|(entry, _)| !ran.contains(entry.path.as_str()))
        .map(|(entry, comments)| (entry.clone(), comments.clone()))
        .collect();
    for file in &report.files {
        for failure in &file.failures {
            let entry = Entry {
                path: file.path.clone(),
                line: failure.line,
            };
            let comments = previous
                .entries
                .get(&entry)
                .cloned()
                .unwrap_or_else(|| vec![failure_comment(failure)]);
            entries.insert(entry, comments);
        }
    }
    let mut text = String::new();
    let header = if previous.header.is_empty() {
        default_header(&report.engine)
    } else {
        previous.header.clone()
    };
    for line in header {
        let _ = writeln!(text, "{line}");
    }
    text.push('\n');
    for (entry, comments) in entries {
        for comment in comments {
            let _ = writeln!(text, "{comment}");
        }
        let _ = writeln!(text, "{}:{}", entry.path, entry.line);
    }
    text
}

fn default_header(engine: &str) -> Vec<String> {
    vec![
        format!("# Expected failures of the {engine} engine: `path:line`, one per line."),
        "# A `#` line above an entry says why it fails. Regenerate with --update-baseline."
            .to_owned(),
    ]
}

const COMMENT_LIMIT: usize = 160;

fn failure_comment(failure: &Failure) -> String {
    let single_line = failure.message.replace('\n', " ");
    let mut message: String = single_line.chars().take(COMMENT_LIMIT).collect();
    if single_line.chars().count() > COMMENT_LIMIT {
        message.push('…');
    }
    format!("# {}: {message}", failure.kind)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::FileReport;

    fn report(failures: &[(&str, u32)], files: &[&str]) -> RunReport {
        let reports = files
            .iter()
            .map(|path| {
                let mut file = FileReport::new(*path);
                for (_, line) in failures.iter().filter(|(p, _)| p == path) {
                    file.failures
                        .push(Failure::new(*line, 1, "assert_return", "expected x got y"));
                    file.failed += 1;
                }
                file.directives = file.failed + 1;
                file.passed = 1;
                file
            })
            .collect();
        RunReport::new("wasmi", 0.0, reports)
    }

    #[test]
    fn parses_entries_comments_and_trailing_comments() {
        let baseline =
            Baseline::parse("# header\n\n# why\na.wast:3\nb/c.wast:10 # trailing\n").unwrap();
        assert_eq!(baseline.header, vec!["# header".to_owned()]);
        assert!(baseline.expects("a.wast", 3));
        assert!(baseline.expects("b/c.wast", 10));
        assert_eq!(
            baseline.entries[&Entry {
                path: "a.wast".into(),
                line: 3
            }],
            vec!["# why".to_owned()]
        );
        assert!(Baseline::parse("nonsense\n").is_err());
    }

    #[test]
    fn compares_unexpected_failures_and_passes() {
        let baseline = Baseline::parse("a.wast:3\na.wast:7\nnot-run.wast:1\n").unwrap();
        let comparison = Comparison::new(
            &report(&[("a.wast", 3), ("b.wast", 5)], &["a.wast", "b.wast"]),
            &baseline,
        );
        assert_eq!(comparison.expected_failures, 1);
        assert_eq!(comparison.unexpected_failures.len(), 1);
        assert_eq!(comparison.unexpected_failures[0].0, "b.wast");
        assert_eq!(
            comparison.unexpected_passes,
            vec![Entry {
                path: "a.wast".into(),
                line: 7
            }]
        );
    }

    #[test]
    fn render_keeps_reasons_and_unrun_entries() {
        let previous =
            Baseline::parse("# head\n\n# known bug\na.wast:3\nnot-run.wast:1\n").unwrap();
        let text = render(
            &report(&[("a.wast", 3), ("b.wast", 5)], &["a.wast", "b.wast"]),
            &previous,
        );
        let reparsed = Baseline::parse(&text).unwrap();
        assert_eq!(reparsed.header, vec!["# head".to_owned()]);
        assert_eq!(reparsed.entries.len(), 3);
        assert_eq!(
            reparsed.entries[&Entry {
                path: "a.wast".into(),
                line: 3
            }],
            vec!["# known bug".to_owned()]
        );
        assert!(reparsed.entries[&Entry {
            path: "b.wast".into(),
            line: 5
        }][0]
            .starts_with("# assert_return: "));
    }
}
