//! Runs the scripts of `tests/scripts/` on every engine of this build and checks each
//! directive's verdict against the script's own marks: a directive marked
//! `;; FAIL <fragment>` must fail with a message containing the fragment, one marked
//! `;; FAIL[<engine>,...] <fragment>` must fail so on those engines and pass on the others,
//! and every other directive must pass. A first line `;; options: <option>...` sets
//! the script options (`strict-messages`, `compat-wasmtime`).

use spec_runner::engine::{EngineKind, FeatureLevel, FeatureSelection};
use spec_runner::report::FileReport;
use spec_runner::runner::{run_source, RunOptions};
use spec_runner::script::{Compat, ScriptOptions};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::Duration;

/// The engines of this build.
fn engines() -> Vec<EngineKind> {
    let mut engines = vec![EngineKind::Lightbeam, EngineKind::Wasmi];
    if cfg!(feature = "wasmtime") {
        engines.push(EngineKind::Wasmtime);
    }
    engines
}

fn script(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/scripts")
        .join(name)
}

/// The options the script's first line asks for.
fn options_of(text: &str, engine: EngineKind) -> RunOptions {
    let mut script = ScriptOptions {
        timeout: Duration::from_secs(20),
        ..ScriptOptions::default()
    };
    if let Some(options) = text
        .lines()
        .next()
        .and_then(|line| line.strip_prefix(";; options:"))
    {
        for option in options.split_whitespace() {
            match option {
                "strict-messages" => script.strict_messages = true,
                "compat-wasmtime" => script.compat = Compat::Wasmtime,
                other => panic!("unknown script option `{other}`"),
            }
        }
    }
    RunOptions {
        engine,
        features: FeatureSelection::Fixed(FeatureLevel::Wasm3),
        jobs: Some(1),
        script,
    }
}

/// `(line, fragment)` of every directive expected to fail on `engine`.
fn expected_failures(text: &str, engine: EngineKind) -> Vec<(u32, String)> {
    let marked = text.lines().enumerate().filter_map(|(index, line)| {
        let (_, mark) = line.split_once(";; FAIL")?;
        let fragment = match mark.strip_prefix('[') {
            Some(rest) => {
                let (only, fragment) = rest.split_once(']').expect("`;; FAIL[engine]`");
                if !only.split(',').any(|only| only == engine.name()) {
                    return None;
                }
                fragment
            }
            None => mark,
        };
        Some((index as u32 + 1, fragment.trim().to_owned()))
    });
    marked.collect()
}

fn check(name: &str) {
    check_with(name, true, &engines());
}

/// The engines of this build that implement threads.
fn engines_with_threads() -> Vec<EngineKind> {
    engines()
        .into_iter()
        .filter(|&engine| engine != EngineKind::Wasmi)
        .collect()
}

/// Runs the script with its options (`with_options`), or without them and its marks
/// (every directive must then pass but those marked `;; FAIL[engine]`).
fn check_with(name: &str, with_options: bool, engines: &[EngineKind]) {
    let full_text = std::fs::read_to_string(script(name)).unwrap();
    let text = if with_options {
        full_text.clone()
    } else {
        let unmarked = full_text
            .lines()
            .map(|line| match line.split_once(";; FAIL") {
                Some((directive, _)) => directive,
                None => line,
            });
        unmarked.collect::<Vec<_>>().join("\n")
    };
    for &engine in engines {
        let mut options = options_of(&full_text, engine);
        if !with_options {
            options.script = ScriptOptions {
                timeout: options.script.timeout,
                ..ScriptOptions::default()
            };
        }
        let mut report = FileReport::new(name);
        run_source(
            &text,
            FeatureLevel::Wasm3.features(),
            &options,
            &AtomicBool::new(false),
            &mut report,
        );
        let expected = expected_failures(&text, engine);
        for (line, fragment) in &expected {
            let failure = report.failures.iter().find(|failure| failure.line == *line);
            let failure = failure.unwrap_or_else(|| {
                panic!(
                    "{engine}: {name}:{line} should fail ({fragment}); failures: {:#?}",
                    report.failures
                )
            });
            assert!(
                failure.message.contains(fragment.as_str()),
                "{engine}: {name}:{line}: `{}` should contain `{fragment}`",
                failure.message
            );
        }
        let unexpected: Vec<_> = report
            .failures
            .iter()
            .filter(|failure| !expected.iter().any(|(line, _)| *line == failure.line))
            .collect();
        assert!(
            unexpected.is_empty(),
            "{engine}: {name}: unexpected failures: {unexpected:#?}"
        );
        assert_eq!(report.skipped, 0, "{engine}: {name}");
        assert_eq!(
            report.passed + expected.len() as u64,
            report.directives,
            "{engine}: {name}"
        );
    }
}

#[test]
fn ref_func_results_compare_identity() {
    check("ref_func_identity.wast");
}

#[test]
fn compat_wasmtime_imports_named_modules_and_defines_wasmtimes_spectest() {
    check("compat_wasmtime.wast");
}

#[test]
fn without_compat_named_modules_need_register() {
    check("compat_spec.wast");
}

#[test]
fn strict_messages_compare_the_engines_wording() {
    check("strict_messages.wast");
}

#[test]
fn without_strict_messages_the_wording_does_not_matter() {
    check_with("strict_messages.wast", false, &engines());
}

#[test]
fn threads_wake_each_other_with_wait_and_notify() {
    check_with("threads_wait_notify.wast", true, &engines_with_threads());
}

#[test]
fn threads_share_a_mutex_built_on_cmpxchg() {
    check_with("threads_mutex.wast", true, &engines_with_threads());
}

/// wasmi implements no threads: `thread` fails as the engine's missing feature, and
/// the script goes on.
#[test]
fn an_engine_without_threads_fails_the_thread_directive_with_its_reason() {
    // (A script may not start with `thread`: the `wast` crate reads it as a module.)
    let script = "(module)\n(thread $T (module))\n(wait $T)";
    let mut report = FileReport::new("threads-on-wasmi.wast");
    run_source(
        script,
        FeatureLevel::Wasm3.features(),
        &options_of(script, EngineKind::Wasmi),
        &AtomicBool::new(false),
        &mut report,
    );
    assert_eq!((report.passed, report.failed), (1, 2), "{report:#?}");
    assert!(
        report.failures[0]
            .message
            .contains("wasmi does not implement threads"),
        "{report:#?}"
    );
    assert!(report.failures[1]
        .message
        .contains("no running thread named $T"));
}

#[test]
fn the_remaining_directive_kinds_are_judged() {
    check("directive_kinds.wast");
}

/// Every directive kind occurs in the runner's own scripts and fixtures, so each has a
/// test that judges it.
#[test]
fn every_directive_kind_is_exercised_by_a_test_script() {
    use std::collections::BTreeSet;
    use wast::parser::{parse, ParseBuffer};
    use wast::{Wast, WastDirective};

    fn kinds(directives: &[WastDirective<'_>], into: &mut BTreeSet<&'static str>) {
        for directive in directives {
            into.insert(spec_runner::script::directive_kind(directive));
            if let WastDirective::Thread(thread) = directive {
                kinds(&thread.directives, into);
            }
        }
    }

    let mut seen = BTreeSet::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    for folder in ["fixtures", "scripts", "matrix-scripts"] {
        for entry in std::fs::read_dir(root.join(folder)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|extension| extension != "wast") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let Ok(buffer) = ParseBuffer::new(&text) else {
                continue;
            };
            // The fixture of a script that does not parse is skipped.
            if let Ok(wast) = parse::<Wast<'_>>(&buffer) {
                kinds(&wast.directives, &mut seen);
            }
        }
    }
    let all = [
        "module",
        "module definition",
        "module instance",
        "assert_malformed",
        "assert_invalid",
        "assert_invalid_custom",
        "assert_malformed_custom",
        "register",
        "invoke",
        "assert_uninstantiable",
        "assert_trap",
        "assert_return",
        "assert_exhaustion",
        "assert_unlinkable",
        "assert_exception",
        "assert_suspension",
        "thread",
        "wait",
    ];
    let missing: Vec<_> = all.iter().filter(|kind| !seen.contains(*kind)).collect();
    assert!(missing.is_empty(), "no test script has {missing:?}");
    assert!(seen.iter().all(|kind| all.contains(kind)), "{seen:?}");
}
