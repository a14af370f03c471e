//! The orchestrator: runs every (row, engine) pair in its own worker process, checks the
//! results, and fills [`Results`].
//!
//! Rows are the outer loop and engines the inner one, so slow drift in background load
//! spreads evenly over the engines instead of landing on whichever ran last.

use crate::corpus;
use crate::engines::EngineKind;
use crate::generated;
use crate::results::{Cell, Row};
use crate::script::ScriptOutcome;
use crate::stats::{median, Repeat};
use crate::wasi::WasiOutcome;
use crate::worker::{self, Job, Reply, Task};
use crate::workloads::{self, Expect, Kind, Workload};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Settings shared by the suites.
pub struct Runner {
    /// Engines to run, in column order.
    pub engines: Vec<EngineKind>,
    /// Only rows whose name contains this.
    pub filter: String,
    /// Repetition policy for compile rows.
    pub compile_repeat: Repeat,
    /// Repetition policy for execution rows.
    pub execute_repeat: Repeat,
    /// A worker still running after this is killed.
    pub timeout: Duration,
    /// Scratch directory (jobs, generated modules, WASI directories).
    pub scratch: PathBuf,
    /// Engines found unavailable, with the reason, so they are not started again.
    unavailable: HashMap<EngineKind, String>,
}

impl Runner {
    /// A runner over `engines` with a fresh scratch directory.
    pub fn new(
        engines: Vec<EngineKind>,
        filter: String,
        compile_repeat: Repeat,
        execute_repeat: Repeat,
        timeout: Duration,
    ) -> std::io::Result<Self> {
        let scratch = std::env::temp_dir().join(format!("lightbeam-bench-{}", std::process::id()));
        std::fs::create_dir_all(&scratch)?;
        Ok(Runner {
            engines,
            filter,
            compile_repeat,
            execute_repeat,
            timeout,
            scratch,
            unavailable: HashMap::new(),
        })
    }

    fn job(&mut self, engine: EngineKind, task: Task, repeat: Repeat) -> Reply {
        if let Some(why) = self.unavailable.get(&engine) {
            return Reply::Unavailable(why.clone());
        }
        let reply = worker::spawn(
            &Job {
                engine: Some(engine),
                task,
                repeat,
            },
            &self.scratch,
            self.timeout,
        );
        if let Reply::Unavailable(why) = &reply {
            self.unavailable.insert(engine, why.clone());
        }
        reply
    }

    /// Compile time of every corpus module.
    pub fn compile(&mut self, corpus_dir: &Path) -> anyhow::Result<Vec<Row>> {
        let modules: Vec<(String, PathBuf, u64)> = corpus::modules(corpus_dir)?
            .into_iter()
            .filter(|m| m.name.contains(&self.filter))
            .map(|m| (m.name, m.path, m.bytes))
            .collect();
        Ok(self.compile_rows("compile", &modules))
    }

    /// Compile time of the generated modules.
    pub fn linearity(&mut self) -> anyhow::Result<Vec<Row>> {
        let mut modules = Vec::new();
        for (name, bytes) in generated::modules() {
            let path = self.scratch.join(format!("{name}.wasm"));
            std::fs::write(&path, &bytes)?;
            modules.push((name, path, bytes.len() as u64));
        }
        Ok(self.compile_rows("linearity", &modules))
    }

    fn compile_rows(&mut self, suite: &str, modules: &[(String, PathBuf, u64)]) -> Vec<Row> {
        let mut rows = Vec::new();
        for (name, path, bytes) in modules {
            let mut cells = BTreeMap::new();
            for engine in self.engines.clone() {
                let cell = match self.job(
                    engine,
                    Task::Compile { wasm: path.clone() },
                    self.compile_repeat,
                ) {
                    Reply::Compile(samples) => Cell {
                        seconds: Some(median(&samples)),
                        samples,
                        ..Cell::default()
                    },
                    other => no_number(other),
                };
                progress(suite, name, engine, &cell, |s| {
                    format!("{:.1} MB/s", *bytes as f64 / s / 1e6)
                });
                cells.insert(engine, cell);
            }
            rows.push(Row {
                name: name.clone(),
                bytes: *bytes,
                cells,
            });
        }
        rows
    }

    /// Execution time of every workload, each result checked.
    pub fn execute(&mut self, corpus_dir: &Path) -> anyhow::Result<Vec<Row>> {
        let workloads = workloads::all(corpus_dir, &self.scratch, &self.filter)?;
        let mut rows = Vec::new();
        for w in &workloads {
            let mut cells = BTreeMap::new();
            let mut reference: Option<(EngineKind, Vec<u8>)> = None;
            let engines: Vec<EngineKind> = self
                .engines
                .iter()
                .copied()
                .filter(|e| e.executes())
                .collect();
            for engine in engines {
                let task = match &w.kind {
                    Kind::Script(script) => Task::Script {
                        wasm: w.wasm.clone(),
                        script: script.clone(),
                    },
                    Kind::Wasi(cmd) => Task::Wasi {
                        wasm: w.wasm.clone(),
                        cmd: cmd.clone(),
                    },
                };
                let cell = match self.job(engine, task, self.execute_repeat) {
                    Reply::Script(runs) => check_script(w, &runs),
                    Reply::Wasi(runs) => check_wasi(w, &runs, engine, &mut reference),
                    other => no_number(other),
                };
                progress("execute", &w.name, engine, &cell, |_| String::new());
                cells.insert(engine, cell);
            }
            rows.push(Row {
                name: w.name.clone(),
                bytes: 0,
                cells,
            });
        }
        Ok(rows)
    }

    /// Median seconds of the native fib.
    pub fn native_fib(&mut self) -> Option<f64> {
        let job = Job {
            engine: None,
            task: Task::NativeFib,
            repeat: self.execute_repeat,
        };
        match worker::spawn(&job, &self.scratch, self.timeout) {
            Reply::Script(runs) if !runs.is_empty() => {
                Some(median(&runs.iter().map(|r| r.seconds).collect::<Vec<_>>()))
            }
            _ => None,
        }
    }
}

impl Drop for Runner {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.scratch);
    }
}

fn no_number(reply: Reply) -> Cell {
    match reply {
        Reply::Unavailable(why) => Cell::note(why),
        Reply::Error(e) => Cell::note(first_line(&e)),
        _ => Cell::note("worker replied to a different task"),
    }
}

fn first_line(s: &str) -> String {
    let line = s.lines().next().unwrap_or("").trim();
    let mut out: String = line.chars().take(160).collect();
    if out.len() < line.len() {
        out.push('…');
    }
    out
}

fn wrong(why: String) -> Cell {
    Cell {
        note: Some(why),
        wrong: true,
        ..Cell::default()
    }
}

fn check_script(w: &Workload, runs: &[ScriptOutcome]) -> Cell {
    for run in runs {
        let hex = to_hex(&run.output);
        let ok = match &w.expect {
            Expect::HexPrefix(prefix) => hex.starts_with(prefix.as_str()),
            Expect::Sha256Prefix(prefix) => {
                to_hex(&Sha256::digest(&run.output)).starts_with(prefix.as_str())
            }
            Expect::Exact(bytes) => &run.output == bytes,
            Expect::Stdout { .. } => false,
        };
        if !ok {
            return wrong(format!("WRONG RESULT {hex:.64}"));
        }
    }
    let samples: Vec<f64> = runs.iter().map(|r| r.seconds).collect();
    Cell {
        seconds: Some(median(&samples)),
        samples,
        ..Cell::default()
    }
}

fn check_wasi(
    w: &Workload,
    runs: &[WasiOutcome],
    engine: EngineKind,
    reference: &mut Option<(EngineKind, Vec<u8>)>,
) -> Cell {
    let Expect::Stdout {
        first_line: expected,
        deterministic,
    } = &w.expect
    else {
        return wrong("a WASI workload needs a stdout check".into());
    };
    let Some(first) = runs.first() else {
        return Cell::note("no runs");
    };
    for run in runs {
        if run.exit_code != 0 {
            return wrong(format!(
                "exit code {}: {}",
                run.exit_code,
                first_line(&String::from_utf8_lossy(&run.stderr))
            ));
        }
    }
    // The manifest quotes the first line of stdout, or of stderr for the benchmarks that
    // report on stderr only.
    let shown = if first.stdout.is_empty() {
        &first.stderr
    } else {
        &first.stdout
    };
    let shown = String::from_utf8_lossy(shown);
    if !shown
        .lines()
        .next()
        .unwrap_or("")
        .starts_with(expected.as_str())
    {
        return wrong(format!("WRONG OUTPUT, first line {:?}", first_line(&shown)));
    }
    if *deterministic {
        let both = [
            first.stdout.as_slice(),
            b"\n--stderr--\n",
            first.stderr.as_slice(),
        ]
        .concat();
        match reference {
            Some((ref_engine, ref_out)) if *ref_out != both => {
                return wrong(format!(
                    "WRONG OUTPUT: output differs from {}'s",
                    ref_engine.label()
                ));
            }
            Some(_) => {}
            None => *reference = Some((engine, both)),
        }
    }
    let samples: Vec<f64> = runs.iter().map(|r| r.seconds).collect();
    Cell {
        seconds: Some(median(&samples)),
        samples,
        ..Cell::default()
    }
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn progress(
    suite: &str,
    name: &str,
    engine: EngineKind,
    cell: &Cell,
    show: impl Fn(f64) -> String,
) {
    let what = match (cell.seconds, &cell.note) {
        (Some(s), _) => format!("{:.4} s  {}", s, show(s)),
        (None, Some(note)) => note.clone(),
        (None, None) => String::new(),
    };
    eprintln!("[{suite}] {name:<44} {:<14} {what}", engine.label());
}
