//! Running WASI preview1 command modules (the sightglass benchmarks).
//!
//! A command gets argv, a preopened directory mapped as `.` (its only preopen), captured
//! stdout/stderr, and two host functions `bench.start` / `bench.end` whose calls bracket
//! the measured region.

use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::time::Instant;

/// How to run one command module.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct WasiCommand {
    /// `argv`, starting with the program name.
    pub args: Vec<String>,
    /// Host directory preopened as `.`.
    pub dir: PathBuf,
}

/// What one run of a command produced.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct WasiOutcome {
    /// Seconds inside the `bench.start` .. `bench.end` window(s).
    pub seconds: f64,
    /// Exit status (`proc_exit` argument, 0 when `_start` returns).
    pub exit_code: i32,
    /// Captured standard output.
    pub stdout: Vec<u8>,
    /// Captured standard error.
    pub stderr: Vec<u8>,
}

/// The `bench.start` / `bench.end` clock shared by every in-process engine.
#[derive(Debug, Default)]
pub struct BenchWindow {
    started: Option<Instant>,
    total: f64,
    /// How many windows were closed.
    pub windows: u32,
}

impl BenchWindow {
    /// `bench.start`.
    pub fn start(&mut self) {
        self.started = Some(Instant::now());
    }

    /// `bench.end`: closes the open window, if any.
    pub fn end(&mut self) {
        if let Some(start) = self.started.take() {
            self.total += start.elapsed().as_secs_f64();
            self.windows += 1;
        }
    }

    /// Seconds spent inside closed windows.
    pub fn seconds(&self) -> f64 {
        self.total
    }
}
