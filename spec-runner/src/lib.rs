//! Runs WebAssembly spec scripts (`.wast`) against an [`engine::Engine`].
//!
//! The binary (`spec-runner`) is a thin front over this library so that other
//! crates' tests can run their own `.wast` files through the same harness:
//!
//! ```no_run
//! use spec_runner::{discovery::ScriptFile, engine::EngineKind, runner::{run_file, RunOptions}};
//! use std::sync::atomic::AtomicBool;
//!
//! let options = RunOptions { engine: EngineKind::Wasmi, features: Default::default(), jobs: None, script: Default::default() };
//! let file = ScriptFile { path: "tests/fixtures/pass.wast".into(), display: "pass.wast".into() };
//! let report = run_file(&file, &options, &AtomicBool::new(false));
//! assert_eq!(report.failed, 0, "{:#?}", report.failures);
//! ```
//!
//! Modules, one job each: [`cli`] (options and exit codes), [`discovery`]
//! (finding and filtering scripts), [`runner`] (parallel, crash-isolated runs),
//! [`script`] (one script, one function per directive), [`matching`]
//! (expected results), [`messages`] (`--strict-messages`), [`value`] (values and traps), [`spectest`] (the host
//! module), [`engine`] (the engine layer shared with the fuzzer and the bench:
//! the trait, one adapter per engine, the watchdog), [`report`] (JSON, JUnit,
//! Markdown, HTML, baselines, the conformance matrix and its history), [`proposals`]
//! (which proposal a script tests) and [`output`] (what people read).

pub mod cli;
pub mod discovery;
pub mod engine;
pub mod matching;
pub mod messages;
pub mod output;
pub mod proposals;
pub mod report;
pub mod runner;
pub mod script;
pub mod spectest;
pub mod value;
