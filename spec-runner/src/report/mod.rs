//! The results of a run and the formats they are written in.
//!
//! [`RunReport`] is the one model every output is rendered from; its JSON
//! serialisation is the `--json` format.

pub mod baseline;
pub mod html;
pub mod junit;
pub mod markdown;
pub mod matrix;

use serde::{Deserialize, Serialize};

/// One failing directive.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Failure {
    /// 1-based line of the directive in the script.
    pub line: u32,
    /// 1-based column of the directive in the script.
    pub column: u32,
    /// The directive's keyword, e.g. `assert_return`.
    pub kind: String,
    /// What was expected and what happened instead.
    pub message: String,
    /// The module involved, as WAT (`--show-wat`); not written to JSON.
    #[serde(skip)]
    pub wat: Option<String>,
    /// The called function's machine code (`--show-asm`); not written to JSON.
    #[serde(skip)]
    pub asm: Option<String>,
}

impl Failure {
    /// A failure without attached module text or machine code.
    pub fn new(
        line: u32,
        column: u32,
        kind: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Failure {
            line,
            column,
            kind: kind.into(),
            message: message.into(),
            wat: None,
            asm: None,
        }
    }
}

/// The result of one script.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FileReport {
    /// Path relative to the root it was found under (`/`-separated).
    pub path: String,
    /// Number of directives in the script; always `passed + failed + skipped`.
    pub directives: u64,
    /// Directives that behaved as expected.
    pub passed: u64,
    /// Directives that did not.
    pub failed: u64,
    /// Directives not run (after `--fail-fast` stopped the run, or after a crash).
    pub skipped: u64,
    /// Wall time of the script.
    pub elapsed_secs: f64,
    /// The failing directives, in script order.
    pub failures: Vec<Failure>,
}

impl FileReport {
    /// An empty report for the script at `path`.
    pub fn new(path: impl Into<String>) -> Self {
        FileReport {
            path: path.into(),
            ..FileReport::default()
        }
    }

    /// Whether every directive passed.
    pub fn is_pass(&self) -> bool {
        self.failed == 0 && self.skipped == 0
    }
}

/// Totals over all scripts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    /// Scripts run.
    pub files: u64,
    /// Scripts in which every directive passed.
    pub files_passed: u64,
    /// Directives in all scripts.
    pub directives: u64,
    /// Directives passed.
    pub passed: u64,
    /// Directives failed.
    pub failed: u64,
    /// Directives skipped.
    pub skipped: u64,
}

/// The result of a whole run: the `--json` document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RunReport {
    /// The engine's name.
    pub engine: String,
    /// Wall time of the run.
    pub elapsed_secs: f64,
    /// Totals over `files`.
    pub totals: Totals,
    /// Every script, sorted by path.
    pub files: Vec<FileReport>,
}

impl RunReport {
    /// Builds a report from per-file results, sorting them by path and summing totals.
    pub fn new(engine: &str, elapsed_secs: f64, mut files: Vec<FileReport>) -> Self {
        files.sort_by(|a, b| a.path.cmp(&b.path));
        let totals = files.iter().fold(Totals::default(), |mut totals, file| {
            totals.files += 1;
            totals.files_passed += u64::from(file.is_pass());
            totals.directives += file.directives;
            totals.passed += file.passed;
            totals.failed += file.failed;
            totals.skipped += file.skipped;
            totals
        });
        RunReport {
            engine: engine.to_owned(),
            elapsed_secs,
            totals,
            files,
        }
    }

    /// The `--json` document.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("the report serialises")
    }
}

/// Escapes text for XML and HTML content and attribute values.
pub(crate) fn escape_markup(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            // Characters XML 1.0 forbids even when escaped.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => escaped.push('\u{fffd}'),
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_count_every_directive_once_and_files_sort_by_path() {
        let mut b = FileReport::new("b.wast");
        b.directives = 3;
        b.passed = 2;
        b.failed = 1;
        b.failures.push(Failure::new(
            4,
            1,
            "assert_return",
            "expected i32:1 got i32:2",
        ));
        let mut a = FileReport::new("a.wast");
        a.directives = 2;
        a.passed = 2;
        let report = RunReport::new("wasmi", 0.5, vec![b, a]);
        assert_eq!(report.files[0].path, "a.wast");
        let totals = &report.totals;
        assert_eq!(
            (totals.files, totals.files_passed, totals.directives),
            (2, 1, 5)
        );
        assert_eq!((totals.passed, totals.failed, totals.skipped), (4, 1, 0));
    }

    #[test]
    fn markup_escaping() {
        assert_eq!(
            escape_markup("<a href=\"x\">&'</a>\u{1}"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;\u{fffd}"
        );
    }
}
