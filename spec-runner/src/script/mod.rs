//! Runs one `.wast` script: one `match` arm per directive, each handing off to
//! a small function that returns whether the directive behaved as expected.
//!
//! A script is sequential and owns its engine (its store, `spectest` and named
//! instances). Every directive ends as passed, failed or skipped, so the counts
//! in the [`FileReport`] always add up.

mod custom_sections;
mod executor;
mod legacy_try;
mod threads;
mod wast_input;

use crate::engine::Engine;
use crate::report::{Failure, FileReport};
use crate::spectest::Flavour;
use executor::Script;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use threads::Threads;
use wast::lexer::Lexer;
use wast::parser::{self, ParseBuffer};
use wast::token::Span;
use wast::{Wast, WastDirective, WastExecute};

/// How scripts are run.
#[derive(Clone, Debug)]
pub struct ScriptOptions {
    /// Budget for each compile, instantiation, call or global read.
    pub timeout: Duration,
    /// Attach the failing directive's module as WAT to its failure.
    pub show_wat: bool,
    /// Attach the called function's machine code to its failure.
    pub show_asm: bool,
    /// Stop the script at its first failure; the rest is skipped.
    pub fail_fast: bool,
    /// Also compare the engine's message for a rejected or unlinkable module, and for
    /// a trap, with the text the script expects (see [`crate::messages`]).
    pub strict_messages: bool,
    /// Whose runner conventions the scripts follow.
    pub compat: Compat,
}

/// Which runner's conventions a script follows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Compat {
    /// The reference interpreter's: modules are importable only once `register`ed,
    /// and `spectest` is the reference interpreter's.
    #[default]
    Spec,
    /// wasmtime's `.wast` runner's: a module or instance with an id (`(module $env …)`)
    /// is also importable under that name (`"env"`) without `register`, and `spectest`
    /// has the exports of wasmtime's ([`Flavour::Wasmtime`]).
    Wasmtime,
}

impl Compat {
    /// The `spectest` module scripts of these conventions import.
    pub fn spectest_flavour(self) -> Flavour {
        match self {
            Compat::Spec => Flavour::Reference,
            Compat::Wasmtime => Flavour::Wasmtime,
        }
    }
}

impl std::str::FromStr for Compat {
    type Err = String;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        match name {
            "spec" => Ok(Compat::Spec),
            "wasmtime" => Ok(Compat::Wasmtime),
            other => Err(format!(
                "unknown conventions `{other}` (expected `spec` or `wasmtime`)"
            )),
        }
    }
}

impl Default for ScriptOptions {
    fn default() -> Self {
        ScriptOptions {
            timeout: Duration::from_secs(10),
            show_wat: false,
            show_asm: false,
            fail_fast: false,
            strict_messages: false,
            compat: Compat::Spec,
        }
    }
}

/// Where a script is while it runs, so a crash can be attributed to the
/// directive that caused it.
#[derive(Clone, Debug, Default)]
pub struct ScriptCursor {
    /// Line, column and keyword of the directive being run.
    pub current: Option<(u32, u32, &'static str)>,
}

/// Runs the script `source` on `engine`, recording each directive's verdict
/// into `report` as it goes (so a panic leaves the counts up to date) and
/// checking `cancel` between directives.
pub fn run_script(
    engine: &mut dyn Engine,
    source: &str,
    options: &ScriptOptions,
    cancel: &AtomicBool,
    report: &mut FileReport,
    cursor: &mut ScriptCursor,
) {
    // Folded legacy `try` forms are unfolded first; lines do not move.
    let source = &*legacy_try::unfold(source);
    let mut lexer = Lexer::new(source);
    lexer.allow_confusing_unicode(true);
    let parsed = ParseBuffer::new_with_lexer(lexer).and_then(|buffer| {
        let wast = parser::parse::<Wast>(&buffer)?;
        run_directives(
            engine,
            source,
            wast.directives,
            options,
            cancel,
            report,
            cursor,
        );
        Ok(())
    });
    if let Err(error) = parsed {
        let (line, column) = line_col(error.span(), source);
        report.directives += 1;
        report.failed += 1;
        report.failures.push(Failure::new(
            line,
            column,
            "parse",
            format!("the script does not parse: {}", error.message()),
        ));
    }
}

/// Counts the directives of `source` without running them; `None` when it
/// does not parse.
pub fn count_directives(source: &str) -> Option<u64> {
    let source = &*legacy_try::unfold(source);
    let mut lexer = Lexer::new(source);
    lexer.allow_confusing_unicode(true);
    let buffer = ParseBuffer::new_with_lexer(lexer).ok()?;
    let wast = parser::parse::<Wast>(&buffer).ok()?;
    Some(wast.directives.len() as u64)
}

fn run_directives(
    engine: &mut dyn Engine,
    source: &str,
    directives: Vec<WastDirective<'_>>,
    options: &ScriptOptions,
    cancel: &AtomicBool,
    report: &mut FileReport,
    cursor: &mut ScriptCursor,
) {
    report.directives = directives.len() as u64;
    engine.set_timeout(Some(options.timeout));
    let lines = LineIndex::new(source);
    // Threads the script starts run in this scope, so they may borrow its directives.
    std::thread::scope(|scope| {
        let mut script = Script::new(engine, options);
        let mut threads = Threads::new(scope, &lines);
        for directive in directives {
            if cancel.load(Ordering::Relaxed) || (options.fail_fast && report.failed > 0) {
                report.skipped += 1;
                continue;
            }
            let (line, column) = lines.line_col(directive.span());
            let kind = directive_kind(&directive);
            // Read by the caller when the directive panics.
            #[allow(unused_assignments, reason = "read by the caller after a panic")]
            {
                cursor.current = Some((line, column, kind));
            }
            match threads.run(&mut script, directive) {
                Ok(()) => report.passed += 1,
                Err(failed) => {
                    report.failed += 1;
                    report
                        .failures
                        .push(script.failure(line, column, kind, failed));
                }
            }
            cursor.current = None;
        }
    });
}

/// Maps byte offsets to 1-based line and column in one script. (`Span::linecol_in`
/// rescans the text from the start for every directive: quadratic on big scripts.)
struct LineIndex {
    line_starts: Vec<usize>,
}

impl LineIndex {
    fn new(source: &str) -> Self {
        let newlines = source.match_indices('\n').map(|(offset, _)| offset + 1);
        LineIndex {
            line_starts: std::iter::once(0).chain(newlines).collect(),
        }
    }

    /// 1-based line and column (in bytes) of `span`.
    fn line_col(&self, span: Span) -> (u32, u32) {
        let offset = span.offset();
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        (
            to_u32(line + 1),
            to_u32(offset - self.line_starts[line] + 1),
        )
    }
}

/// 1-based line and column of `span` (for a one-off lookup).
fn line_col(span: Span, source: &str) -> (u32, u32) {
    LineIndex::new(source).line_col(span)
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The keyword of a directive, as written in scripts.
pub fn directive_kind(directive: &WastDirective<'_>) -> &'static str {
    match directive {
        WastDirective::Module(_) => "module",
        WastDirective::ModuleDefinition(_) => "module definition",
        WastDirective::ModuleInstance { .. } => "module instance",
        WastDirective::AssertMalformed { .. } => "assert_malformed",
        WastDirective::AssertInvalid { .. } => "assert_invalid",
        WastDirective::AssertInvalidCustom { .. } => "assert_invalid_custom",
        WastDirective::AssertMalformedCustom { .. } => "assert_malformed_custom",
        WastDirective::Register { .. } => "register",
        WastDirective::Invoke(_) => "invoke",
        WastDirective::AssertTrap {
            exec: WastExecute::Wat(_),
            ..
        } => "assert_uninstantiable",
        WastDirective::AssertTrap { .. } => "assert_trap",
        WastDirective::AssertReturn { .. } => "assert_return",
        WastDirective::AssertExhaustion { .. } => "assert_exhaustion",
        WastDirective::AssertUnlinkable { .. } => "assert_unlinkable",
        WastDirective::AssertException { .. } => "assert_exception",
        WastDirective::AssertSuspension { .. } => "assert_suspension",
        WastDirective::Thread(_) => "thread",
        WastDirective::Wait { .. } => "wait",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_index_agrees_with_wast() {
        let source = "(module)\n\n  (assert_return (invoke \"f\"))\r\n(x)";
        let index = LineIndex::new(source);
        for offset in [0, 3, 9, 10, 12, 40, source.len() - 1] {
            let span = Span::from_offset(offset);
            let (line, column) = span.linecol_in(source);
            assert_eq!(
                index.line_col(span),
                (line as u32 + 1, column as u32 + 1),
                "offset {offset}"
            );
        }
    }
}
