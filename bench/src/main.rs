//! `lightbeam-bench`: compile speed and execution speed of Lightbeam side by side with
//! wasmtime (Cranelift, Winch), V8 Liftoff and wasmi, on the shared corpus.
//!
//! ```text
//! cargo run --release --manifest-path bench/Cargo.toml -- [compile|linearity|execute|all] [--json FILE] [--svg FILE]
//! cargo run --release --manifest-path bench/Cargo.toml -- report results.json [--svg FILE] [--subject winch]
//! ```
//!
//! Every (row, engine) measurement runs in a fresh worker process (`worker` subcommand).

mod corpus;
mod engines;
mod generated;
mod report;
mod results;
mod runner;
mod script;
mod stats;
mod wasi;
mod worker;
mod workloads;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};
use engines::EngineKind;
use results::{Machine, Results};
use runner::Runner;
use stats::Repeat;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Versions of the engines linked into this binary (keep in step with Cargo.toml).
const LINKED_VERSIONS: [(&str, &str); 2] = [("wasmtime", "48.0.8"), ("wasmi", "2.0.0")];

#[derive(Parser)]
#[command(
    about = "Lightbeam compile and execution benchmarks against wasmtime, V8 Liftoff and wasmi"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Compile throughput on every corpus module.
    Compile(RunArgs),
    /// Compile time per byte of generated 1x/10x/100x modules and one 1 MB function.
    Linearity(RunArgs),
    /// Execution time of the hash, as-sha256, sightglass and fib workloads, results checked.
    Execute(RunArgs),
    /// All of the above (the default).
    All(RunArgs),
    /// Re-render the tables (and optionally the plot) of earlier `--json` files; several
    /// files (e.g. one per suite) are merged, later files filling the suites earlier ones lack.
    Report {
        /// JSON files written by `--json`.
        #[arg(required = true)]
        json: Vec<PathBuf>,
        /// Write the merged results as JSON.
        #[arg(long)]
        merged: Option<PathBuf>,
        /// Write the plot here.
        #[arg(long)]
        svg: Option<PathBuf>,
        /// Engine whose ratios to Cranelift, Winch and Liftoff the tables show.
        #[arg(long)]
        subject: Option<EngineKind>,
    },
    /// Internal: run one job in this process.
    #[command(hide = true)]
    Worker {
        /// The job file.
        job: PathBuf,
    },
}

#[derive(Args, Clone)]
struct RunArgs {
    /// Write all results as JSON.
    #[arg(long)]
    json: Option<PathBuf>,
    /// Write the plot as SVG.
    #[arg(long)]
    svg: Option<PathBuf>,
    /// Engines to run (comma separated); all by default.
    #[arg(long, value_delimiter = ',')]
    engines: Vec<EngineKind>,
    /// Only rows whose name contains this.
    #[arg(long, default_value = "")]
    filter: String,
    /// Engine whose ratios to Cranelift, Winch and Liftoff the tables show.
    #[arg(long, default_value = "lightbeam")]
    subject: EngineKind,
    /// Compile runs per module: at most this many...
    #[arg(long, default_value_t = 5)]
    compile_runs: usize,
    /// ...at least this many...
    #[arg(long, default_value_t = 3)]
    compile_min_runs: usize,
    /// ...and no new run after this many seconds on one module.
    #[arg(long, default_value_t = 20.0)]
    compile_budget: f64,
    /// Execution runs per workload: at most this many...
    #[arg(long, default_value_t = 3)]
    exec_runs: usize,
    /// ...at least this many...
    #[arg(long, default_value_t = 1)]
    exec_min_runs: usize,
    /// ...and no new run after this many seconds on one workload.
    #[arg(long, default_value_t = 10.0)]
    exec_budget: f64,
    /// Kill a worker (one engine on one row) after this many seconds.
    #[arg(long, default_value_t = 600)]
    timeout: u64,
}

#[derive(Clone, Copy, PartialEq)]
enum Suites {
    Compile,
    Linearity,
    Execute,
    All,
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Worker { job }) => worker::main(&job),
        Some(Command::Report {
            json,
            merged,
            svg,
            subject,
        }) => {
            let mut results = Results::default();
            for path in &json {
                let part: Results = serde_json::from_slice(&std::fs::read(path)?)
                    .with_context(|| format!("reading {}", path.display()))?;
                results.merge(part);
            }
            if subject.is_some() {
                results.subject = subject;
            }
            print!("{}", report::table::render(&results));
            if let Some(path) = merged {
                std::fs::write(path, serde_json::to_vec_pretty(&results)?)?;
            }
            write_svg(svg.as_deref(), &results)
        }
        Some(Command::Compile(args)) => bench(Suites::Compile, args),
        Some(Command::Linearity(args)) => bench(Suites::Linearity, args),
        Some(Command::Execute(args)) => bench(Suites::Execute, args),
        Some(Command::All(args)) => bench(Suites::All, args),
        None => match Cli::parse_from(["lightbeam-bench", "all"]).command {
            Some(Command::All(args)) => bench(Suites::All, args),
            _ => unreachable!("`all` parses as the All command"),
        },
    }
}

fn bench(suites: Suites, args: RunArgs) -> Result<()> {
    let corpus_dir = corpus::dir()?;
    let engines = if args.engines.is_empty() {
        EngineKind::ALL.to_vec()
    } else {
        args.engines.clone()
    };
    let compile_repeat = Repeat {
        min: args.compile_min_runs,
        max: args.compile_runs,
        budget_secs: args.compile_budget,
    };
    let execute_repeat = Repeat {
        min: args.exec_min_runs,
        max: args.exec_runs,
        budget_secs: args.exec_budget,
    };
    let mut runner = Runner::new(
        engines.clone(),
        args.filter.clone(),
        compile_repeat,
        execute_repeat,
        Duration::from_secs(args.timeout),
    )?;
    let mut results = Results {
        machine: machine(),
        engines,
        subject: Some(args.subject),
        ..Results::default()
    };
    let has = |s: Suites| suites == s || suites == Suites::All;
    if has(Suites::Compile) {
        results.compile = runner.compile(&corpus_dir)?;
    }
    if has(Suites::Linearity) {
        results.linearity = runner.linearity()?;
    }
    if has(Suites::Execute) {
        results.execute = runner.execute(&corpus_dir)?;
        results.native_fib = runner.native_fib();
    }
    print!("{}", report::table::render(&results));
    if let Some(path) = &args.json {
        std::fs::write(path, serde_json::to_vec_pretty(&results)?)?;
        eprintln!("wrote {}", path.display());
    }
    write_svg(args.svg.as_deref(), &results)?;
    if results.any_wrong() {
        anyhow::bail!("some results did not match their reference output (WRONG cells above)");
    }
    Ok(())
}

fn write_svg(path: Option<&Path>, results: &Results) -> Result<()> {
    if let Some(path) = path {
        std::fs::write(path, report::svg::render(results))?;
        eprintln!("wrote {}", path.display());
    }
    Ok(())
}

/// Describes this machine and the tools for the report.
fn machine() -> Machine {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_default();
    let load = std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().map(String::from));
    let run = |cmd: &str, args: &[&str]| {
        std::process::Command::new(cmd)
            .args(args)
            .output()
            .ok()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap_or_default()
    };
    let mut versions: std::collections::BTreeMap<String, String> = LINKED_VERSIONS
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    versions.insert("node".into(), run("node", &["--version"]));
    Machine {
        cpu,
        cores: std::thread::available_parallelism().map_or(0, |n| n.get()),
        date: run("date", &["-u", "+%Y-%m-%d %H:%M UTC"]),
        load_at_start: load.unwrap_or_default(),
        versions,
        command: std::env::args().collect::<Vec<_>>().join(" "),
    }
}
