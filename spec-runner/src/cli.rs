//! The command line: parses options, runs, prints, writes reports, and turns
//! the result into an exit code (0 pass, 1 failures, 2 usage or I/O error).

use crate::discovery::{discover, Filter, ScriptFile};
use crate::engine::{EngineKind, FeatureSelection};
use crate::output;
use crate::report::baseline::{self, Baseline, Comparison};
use crate::report::matrix::{Changes, History, Matrix};
use crate::report::{html, junit, markdown, RunReport};
use crate::runner::{run_files, RunOptions};
use crate::script::{Compat, ScriptOptions};
use clap::Parser;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Runs WebAssembly spec `.wast` scripts against an engine.
#[derive(Debug, Parser)]
#[command(name = "spec-runner", version, about)]
pub struct Args {
    /// `.wast` files or folders (searched recursively). `testsuite` without
    /// scripts falls back to `../shared/testsuite` next to the workspace.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The engine to run the scripts on, or a comma-separated list: every engine runs
    /// every script, and the reports become a conformance matrix (one column per
    /// engine) in `--json`, `--summary-md` and `--html`.
    #[arg(long = "engine", value_delimiter = ',', default_value = EngineKind::DEFAULT.name())]
    pub engines: Vec<EngineKind>,
    /// WebAssembly version: `2.0`, `3.0`, or `auto` (3.0 for scripts in a
    /// testsuite checkout with a `proposals/` folder, else 2.0).
    #[arg(long, default_value = "auto", value_name = "VERSION")]
    pub wasm: FeatureSelection,
    /// Scripts run in parallel (default: every core).
    #[arg(short = 'j', long)]
    pub jobs: Option<usize>,
    /// Seconds each directive may run before it fails as a timeout.
    #[arg(long, default_value_t = 10.0)]
    pub timeout: f64,
    /// Run only scripts whose path relative to its root (or file name) matches.
    #[arg(long, value_name = "GLOB")]
    pub include: Vec<String>,
    /// Skip scripts whose path relative to its root (or file name) matches.
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
    /// Stop at the first failure; what did not run is counted as skipped.
    #[arg(long)]
    pub fail_fast: bool,
    /// Also compare the message of each `assert_invalid`, `assert_malformed`,
    /// `assert_unlinkable`, `assert_trap` and `assert_exhaustion` with the expected text,
    /// as the reference interpreter's runner does (the engine's message must contain it).
    #[arg(long)]
    pub strict_messages: bool,
    /// Follow another runner's conventions: `wasmtime` makes a module with an id
    /// (`(module $env …)`) importable under that name without `register` and defines
    /// wasmtime's `spectest` module, for scripts written for wasmtime's `.wast` runner.
    #[arg(long, default_value = "spec", value_name = "RUNNER")]
    pub compat: Compat,
    /// List the selected scripts and exit.
    #[arg(long)]
    pub list: bool,
    /// Print more: the failing module as WAT (as --show-wat) and the failures
    /// the baseline expects.
    #[arg(short, long)]
    pub verbose: bool,
    /// Print the module of each failing directive as WAT.
    #[arg(long)]
    pub show_wat: bool,
    /// Print the machine code of each failing call (lightbeam only).
    #[arg(long)]
    pub show_asm: bool,
    /// Write the JSON report here.
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,
    /// Write a JUnit XML report here.
    #[arg(long, value_name = "FILE")]
    pub junit: Option<PathBuf>,
    /// Write a Markdown summary here.
    #[arg(long, value_name = "FILE")]
    pub summary_md: Option<PathBuf>,
    /// Write the conformance matrix here as one self-contained HTML page (works
    /// offline; a click on a cell opens its failing directives).
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    /// Keep this run's matrix (JSON) in DIR and show the change since the previous
    /// run kept there (new failures first) in `--html` and `--summary-md`.
    #[arg(long, value_name = "DIR")]
    pub history: Option<PathBuf>,
    /// Expected failures (`path:line` per line); only other failures fail the run.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Rewrite the --baseline file from this run's failures.
    #[arg(long, requires = "baseline")]
    pub update_baseline: bool,
}

/// A usage or I/O problem: exit code 2.
#[derive(Debug)]
pub struct UsageError(pub String);

impl<E: std::fmt::Display> From<E> for UsageError {
    fn from(error: E) -> Self {
        UsageError(error.to_string())
    }
}

/// Parses the process arguments, runs, and returns the exit code.
pub fn main() -> ExitCode {
    let args = Args::parse();
    install_quiet_panic_hook();
    match run(&args) {
        Ok(code) => code,
        Err(UsageError(message)) => {
            eprintln!("spec-runner: {message}");
            ExitCode::from(2)
        }
    }
}

/// Panics inside scripts are caught and reported as failures; keep the default
/// hook (and any backtrace) from printing over the harness's output.
fn install_quiet_panic_hook() {
    std::panic::set_hook(Box::new(|_| {}));
}

/// Runs with parsed arguments.
pub fn run(args: &Args) -> Result<ExitCode, UsageError> {
    let filter = Filter::new(&args.include, &args.exclude)?;
    let files = discover(&args.paths, &filter)?;
    if args.list {
        return list(&files);
    }
    if files.is_empty() {
        return Err(UsageError("no .wast scripts selected".into()));
    }
    let engines = distinct_engines(&args.engines)?;
    for engine in &engines {
        engine.ensure_available()?;
    }
    let timeout = Duration::try_from_secs_f64(args.timeout)
        .map_err(|_| UsageError(format!("bad --timeout {}", args.timeout)))?;
    if args.show_asm && !engines.iter().any(|engine| engine.has_machine_code()) {
        eprintln!("spec-runner: --show-asm does nothing: no selected engine has machine code");
    }
    let script = ScriptOptions {
        timeout,
        show_wat: args.verbose || args.show_wat,
        show_asm: args.show_asm,
        fail_fast: args.fail_fast,
        strict_messages: args.strict_messages,
        compat: args.compat,
    };
    let options = |engine| RunOptions {
        engine,
        features: args.wasm,
        jobs: args.jobs,
        script: script.clone(),
    };
    if engines.len() > 1 {
        return run_matrix(args, &files, &engines, options);
    }
    let baseline = args.baseline.as_deref().map(read_baseline).transpose()?;
    let report = execute(&files, &options(engines[0]));
    write_reports(args, &report)?;
    let matrix = Matrix::new(vec![report]);
    write_matrix_page(args, &matrix)?;
    let report = &matrix.runs[0];
    let comparison = baseline
        .as_ref()
        .map(|baseline| Comparison::new(report, baseline));
    print_results(report, baseline.as_ref(), comparison.as_ref(), args.verbose)?;
    if args.update_baseline {
        update_baseline(args, report, baseline.as_ref())?;
        return Ok(ExitCode::SUCCESS);
    }
    Ok(exit_code(report, comparison.as_ref()))
}

/// `engines` without repetitions, in the order given.
fn distinct_engines(engines: &[EngineKind]) -> Result<Vec<EngineKind>, UsageError> {
    let mut distinct: Vec<EngineKind> = Vec::new();
    for engine in engines {
        if distinct.contains(engine) {
            return Err(UsageError(format!("--engine names {engine} twice")));
        }
        distinct.push(*engine);
    }
    Ok(distinct)
}

/// Runs every engine over `files` one after the other and writes the matrix reports.
/// Exit code 1 when any engine failed a directive.
fn run_matrix(
    args: &Args,
    files: &[ScriptFile],
    engines: &[EngineKind],
    options: impl Fn(EngineKind) -> RunOptions,
) -> Result<ExitCode, UsageError> {
    if args.baseline.is_some() || args.junit.is_some() {
        return Err(UsageError(
            "--baseline and --junit describe one engine: give one --engine with them".into(),
        ));
    }
    let runs: Vec<RunReport> = engines
        .iter()
        .map(|&engine| execute(files, &options(engine)))
        .collect();
    let matrix = Matrix::new(runs);
    if let Some(path) = &args.json {
        write_file(path, &matrix.to_json())?;
    }
    let changes = write_matrix_page(args, &matrix)?;
    if let Some(path) = &args.summary_md {
        write_file(path, &markdown::render_matrix(&matrix, changes.as_ref()))?;
    }
    let mut out = std::io::stdout().lock();
    for run in &matrix.runs {
        output::print_failures(&mut out, run, &|_, _| false, false)?;
    }
    for run in &matrix.runs {
        output::print_summary(&mut out, run)?;
    }
    let failed = matrix.runs.iter().any(|run| run.totals.failed > 0);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Reads the previous run from `--history`, writes `--html` with the changes since it,
/// saves this run into the history, and returns the changes.
fn write_matrix_page(args: &Args, matrix: &Matrix) -> Result<Option<Changes>, UsageError> {
    let history = args.history.as_deref().map(History::new);
    let changes = match &history {
        Some(history) => history
            .latest()
            .map_err(UsageError)?
            .map(|previous| Changes::between(&previous, matrix)),
        None => None,
    };
    if let Some(path) = &args.html {
        write_file(path, &html::render(matrix, changes.as_ref()))?;
    }
    if let Some(history) = &history {
        let saved = history.save(matrix).map_err(UsageError)?;
        eprintln!("spec-runner: kept this run in {}", saved.display());
    }
    Ok(changes)
}

fn list(files: &[ScriptFile]) -> Result<ExitCode, UsageError> {
    let mut out = std::io::stdout().lock();
    for file in files {
        writeln!(out, "{}", file.display)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn execute(files: &[ScriptFile], options: &RunOptions) -> RunReport {
    let bar = output::progress_bar(files.len());
    let started = Instant::now();
    let reports = run_files(files, options, &|file| {
        bar.set_message(file.path.clone());
        bar.inc(1);
    });
    bar.finish_and_clear();
    RunReport::new(
        options.engine.name(),
        started.elapsed().as_secs_f64(),
        reports,
    )
}

fn read_baseline(path: &Path) -> Result<Baseline, UsageError> {
    match std::fs::read_to_string(path) {
        Ok(text) => Baseline::parse(&text)
            .map_err(|error| UsageError(format!("{}: {error}", path.display()))),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(Baseline::default()),
        Err(error) => Err(UsageError(format!("{}: {error}", path.display()))),
    }
}

fn write_reports(args: &Args, report: &RunReport) -> Result<(), UsageError> {
    type Render = fn(&RunReport) -> String;
    let outputs: [(&Option<PathBuf>, Render); 3] = [
        (&args.json, RunReport::to_json),
        (&args.junit, junit::render),
        (&args.summary_md, markdown::render),
    ];
    for (path, render) in outputs {
        if let Some(path) = path {
            write_file(path, &render(report))?;
        }
    }
    Ok(())
}

fn write_file(path: &Path, contents: &str) -> Result<(), UsageError> {
    if let Some(parent) = path
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
    {
        std::fs::create_dir_all(parent)
            .map_err(|error| UsageError(format!("{}: {error}", parent.display())))?;
    }
    std::fs::write(path, contents)
        .map_err(|error| UsageError(format!("{}: {error}", path.display())))
}

fn print_results(
    report: &RunReport,
    baseline: Option<&Baseline>,
    comparison: Option<&Comparison>,
    list_expected: bool,
) -> Result<(), UsageError> {
    let mut out = std::io::stdout().lock();
    let expected =
        |path: &str, line: u32| baseline.is_some_and(|baseline| baseline.expects(path, line));
    output::print_failures(&mut out, report, &expected, list_expected)?;
    output::print_summary(&mut out, report)?;
    if let Some(comparison) = comparison {
        output::print_comparison(&mut out, comparison)?;
    }
    Ok(())
}

fn update_baseline(
    args: &Args,
    report: &RunReport,
    previous: Option<&Baseline>,
) -> Result<(), UsageError> {
    let path = args
        .baseline
        .as_deref()
        .expect("clap requires --baseline with --update-baseline");
    let empty = Baseline::default();
    write_file(path, &baseline::render(report, previous.unwrap_or(&empty)))?;
    eprintln!("spec-runner: wrote {}", path.display());
    Ok(())
}

fn exit_code(report: &RunReport, comparison: Option<&Comparison>) -> ExitCode {
    let failed = match comparison {
        Some(comparison) => !comparison.unexpected_failures.is_empty(),
        None => report.totals.failed > 0,
    };
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
