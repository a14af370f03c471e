//! One engine, one task, one process.
//!
//! The orchestrator writes a [`Job`] to a file and starts this same binary as
//! `lightbeam-bench worker JOB`; the worker prints one JSON [`Reply`] on stdout. A crash,
//! a hang (killed after the timeout) or a signal handler in one engine therefore never
//! affects another engine's numbers.

use crate::engines::EngineKind;
use crate::script::{Script, ScriptOutcome};
use crate::stats::Repeat;
use crate::wasi::{WasiCommand, WasiOutcome};
use crate::workloads::{native_fib, FIB_N, FIB_TIMES};
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What a worker measures.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Task {
    /// Compile a module.
    Compile {
        /// The module.
        wasm: PathBuf,
    },
    /// Run a call script.
    Script {
        /// The module.
        wasm: PathBuf,
        /// The script.
        script: Script,
    },
    /// Run a WASI command.
    Wasi {
        /// The module.
        wasm: PathBuf,
        /// Its command line and directory.
        cmd: WasiCommand,
    },
    /// The native Rust equivalent of the fib workload.
    NativeFib,
}

/// A task for one engine (none for native code).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Job {
    /// The engine.
    pub engine: Option<EngineKind>,
    /// The task.
    pub task: Task,
    /// Repetition policy.
    pub repeat: Repeat,
}

/// What a worker reports.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Reply {
    /// Compile seconds per run.
    Compile(Vec<f64>),
    /// Script outcomes per run.
    Script(Vec<ScriptOutcome>),
    /// WASI outcomes per run (output kept for the first run only).
    Wasi(Vec<WasiOutcome>),
    /// The engine does not exist here (yet).
    Unavailable(String),
    /// The engine could not take this input, or the worker died.
    Error(String),
}

/// Entry point of `lightbeam-bench worker JOB`.
pub fn main(job: &Path) -> Result<()> {
    let job: Job = serde_json::from_slice(&std::fs::read(job)?).context("parsing the job")?;
    let reply = run(&job);
    println!("{}", serde_json::to_string(&reply)?);
    Ok(())
}

fn run(job: &Job) -> Reply {
    let Some(kind) = job.engine else {
        return native(job.repeat);
    };
    let mut engine = match kind.create() {
        Ok(engine) => engine,
        Err(why) => return Reply::Unavailable(why),
    };
    let result = (|| -> Result<Reply> {
        Ok(match &job.task {
            Task::Compile { wasm } => {
                Reply::Compile(engine.compile(&std::fs::read(wasm)?, job.repeat)?)
            }
            Task::Script { wasm, script } => {
                Reply::Script(engine.run_script(&std::fs::read(wasm)?, script, job.repeat)?)
            }
            Task::Wasi { wasm, cmd } => {
                let mut runs = engine.run_wasi(&std::fs::read(wasm)?, cmd, job.repeat)?;
                for later in runs.iter_mut().skip(1) {
                    later.stdout.clear();
                    later.stderr.clear();
                }
                Reply::Wasi(runs)
            }
            Task::NativeFib => return Ok(native(job.repeat)),
        })
    })();
    result.unwrap_or_else(|e| Reply::Error(format!("{e:#}")))
}

fn native(repeat: Repeat) -> Reply {
    let runs = repeat.run(|_| {
        let start = Instant::now();
        let mut r = 0;
        for _ in 0..FIB_TIMES {
            r = native_fib(std::hint::black_box(FIB_N));
        }
        let seconds = start.elapsed().as_secs_f64();
        Ok::<_, ()>(ScriptOutcome {
            seconds,
            output: u64::from(r).to_le_bytes().to_vec(),
        })
    });
    Reply::Script(runs.unwrap_or_default())
}

/// Runs `job` in a fresh worker process (its own process group, killed whole after
/// `timeout`) and returns its reply.
pub fn spawn(job: &Job, scratch: &Path, timeout: Duration) -> Reply {
    match spawn_inner(job, scratch, timeout) {
        Ok(reply) => reply,
        Err(e) => Reply::Error(format!("{e:#}")),
    }
}

fn spawn_inner(job: &Job, scratch: &Path, timeout: Duration) -> Result<Reply> {
    let path = scratch.join("job.json");
    std::fs::write(&path, serde_json::to_vec(job)?)?;
    let out_path = scratch.join("reply.json");
    let err_path = scratch.join("worker.stderr");
    let mut child = Command::new(std::env::current_exe()?)
        .arg("worker")
        .arg(&path)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out_path)?)
        .stderr(std::fs::File::create(&err_path)?)
        .process_group(0)
        // Capturing backtraces makes every error and trap slower; never time with them.
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE")
        .spawn()
        .context("starting a worker")?;
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if start.elapsed() > timeout {
            // The worker leads its own process group: end it and anything it started (node).
            let _ = Command::new("kill")
                .arg("-KILL")
                .arg("--")
                .arg(format!("-{}", child.id()))
                .status();
            let _ = child.wait();
            return Ok(Reply::Error(format!(
                "timed out after {} s",
                timeout.as_secs()
            )));
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let stderr = std::fs::read_to_string(&err_path).unwrap_or_default();
    let out = std::fs::read(&out_path)?;
    match serde_json::from_slice::<Reply>(&out) {
        Ok(reply) => Ok(reply),
        Err(_) => {
            let tail: String = stderr.lines().rev().take(3).collect::<Vec<_>>().join(" | ");
            Ok(Reply::Error(format!("worker died ({status}): {tail}")))
        }
    }
}
