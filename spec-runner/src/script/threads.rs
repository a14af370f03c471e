//! The `thread` and `wait` directives: a thread runs its own directives on an OS thread
//! of its own, with an engine (a store) of its own that can import the shared memories
//! of the one module it names (`(thread $t (shared (module $m)) …)`), as the reference
//! interpreter runs them; `(wait $t)` joins it.
//!
//! A thread is one directive of its script, and so is `wait`: `thread` passes when the
//! thread starts, `wait` when every directive of the thread passed (its failures are
//! listed, with their lines, in the `wait`'s). An engine without threads fails `thread`
//! with its own reason.

use super::executor::{Failed, Script, Verdict};
use super::{directive_kind, LineIndex, ScriptOptions};
use crate::engine::{SharedExport, ThreadEngine};
use std::collections::HashMap;
use std::thread::{Scope, ScopedJoinHandle};
use wast::token::Id;
use wast::{WastDirective, WastThread};

/// Stack size of a script's threads: encoding deeply nested modules recurses.
const THREAD_STACK_BYTES: usize = 64 << 20;

/// The failures of a thread's directives, as `line N: kind: message`.
type ThreadFailures = Vec<String>;

/// The threads a script (or a thread) started and has not waited for yet.
pub(super) struct Threads<'scope, 'env> {
    scope: &'scope Scope<'scope, 'env>,
    lines: &'env LineIndex,
    running: HashMap<String, ScopedJoinHandle<'scope, ThreadFailures>>,
}

impl<'scope, 'env> Threads<'scope, 'env> {
    /// Threads started in `scope`, whose directives' lines `lines` knows.
    pub(super) fn new(scope: &'scope Scope<'scope, 'env>, lines: &'env LineIndex) -> Self {
        Threads {
            scope,
            lines,
            running: HashMap::new(),
        }
    }

    /// Runs one directive of `script`: `thread` and `wait` here, the others in `script`.
    pub(super) fn run<'a: 'env>(
        &mut self,
        script: &mut Script<'_>,
        directive: WastDirective<'a>,
    ) -> Verdict {
        match directive {
            WastDirective::Thread(thread) => self.spawn(script, thread),
            WastDirective::Wait { thread, .. } => self.wait(thread),
            other => script.run(other),
        }
    }

    fn spawn<'a: 'env>(&mut self, script: &Script<'_>, thread: WastThread<'a>) -> Verdict {
        let name = thread.name.name().to_owned();
        if self.running.contains_key(&name) {
            return Err(Failed::new(format!("thread ${name} is already running")));
        }
        let engine = script.thread_engine()?;
        let shared = match thread.shared_module {
            Some(module) => Some((module.name().to_owned(), script.shared_exports(module)?)),
            None => None,
        };
        let options = script.options().clone();
        let lines = self.lines;
        let directives = thread.directives;
        let handle = std::thread::Builder::new()
            .name(format!("thread ${name}"))
            .stack_size(THREAD_STACK_BYTES)
            .spawn_scoped(self.scope, move || {
                run_thread(engine, shared, directives, &options, lines)
            })
            .map_err(|error| Failed::new(format!("cannot start thread ${name}: {error}")))?;
        self.running.insert(name, handle);
        Ok(())
    }

    fn wait(&mut self, thread: Id<'_>) -> Verdict {
        let name = thread.name();
        let handle = self
            .running
            .remove(name)
            .ok_or_else(|| Failed::new(format!("no running thread named ${name}")))?;
        let failures = handle.join().map_err(|payload| {
            Failed::new(format!(
                "thread ${name} panicked: {}",
                crate::runner::panic_message(payload.as_ref())
            ))
        })?;
        if failures.is_empty() {
            Ok(())
        } else {
            Err(Failed::new(format!(
                "thread ${name} failed: {}",
                failures.join("; ")
            )))
        }
    }
}

/// Runs a thread's directives on an engine of its own and returns their failures.
fn run_thread(
    engine: ThreadEngine,
    shared: Option<(String, Vec<SharedExport>)>,
    directives: Vec<WastDirective<'_>>,
    options: &ScriptOptions,
    lines: &LineIndex,
) -> ThreadFailures {
    let mut engine = match engine() {
        Ok(engine) => engine,
        Err(error) => return vec![format!("the thread's engine failed to start: {error}")],
    };
    engine.set_timeout(Some(options.timeout));
    std::thread::scope(|scope| {
        let mut script = Script::new(engine.as_mut(), options);
        if let Some((name, exports)) = shared {
            script.share(name, exports);
        }
        let mut threads = Threads::new(scope, lines);
        let mut failures = Vec::new();
        for directive in directives {
            let (line, _) = lines.line_col(directive.span());
            let kind = directive_kind(&directive);
            if let Err(failed) = threads.run(&mut script, directive) {
                failures.push(format!("line {line}: {kind}: {}", failed.message()));
            }
        }
        failures
    })
}
