//! V8's Liftoff baseline compiler through the machine's `node`.
//!
//! Every call starts `node` with Liftoff forced (no TurboFan, no tier-up, no lazy
//! compilation, no background threads) on `js/driver.mjs`, which times
//! `new WebAssembly.Module`, runs call scripts, or runs WASI commands with node's
//! built-in `node:wasi` preview1.

use super::Engine;
use crate::script::{Script, ScriptOutcome};
use crate::stats::Repeat;
use crate::wasi::{WasiCommand, WasiOutcome};
use anyhow::{anyhow, bail, Context, Result};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// V8 flags that pin compilation to Liftoff on the main thread.
///
/// `--no-wasm-tier-up` alone does not keep node 20's V8 on Liftoff: dynamic tiering
/// (`--wasm-dynamic-tiering`, on by default) still recompiles hot functions with
/// TurboFan, which made libsodium-core_ed25519 run in 1.7 s instead of Liftoff's 2.4 s.
/// `--liftoff-only` forbids TurboFan for WebAssembly altogether, and turning dynamic
/// tiering off also drops the tier-up budget checks from Liftoff's code, which would
/// cost it time for nothing.
pub const V8_FLAGS: [&str; 6] = [
    "--liftoff",
    "--liftoff-only",
    "--no-wasm-tier-up",
    "--no-wasm-dynamic-tiering",
    "--no-wasm-lazy-compilation",
    "--single-threaded",
];

const DRIVER: &str = include_str!("../../js/driver.mjs");

/// The Liftoff engine: a scratch directory holding the driver and the job files.
pub struct Liftoff {
    scratch: PathBuf,
}

/// One job for the driver, written as JSON next to it.
#[derive(Serialize)]
struct Job<'a> {
    mode: &'static str,
    wasm: &'a Path,
    repeat: Repeat,
    script: Option<&'a Script>,
    wasi: Option<&'a WasiCommand>,
    stdout_path: PathBuf,
    stderr_path: PathBuf,
}

#[derive(Deserialize)]
struct Reply<T> {
    ok: Option<T>,
    error: Option<String>,
}

impl Liftoff {
    /// Finds `node` and writes the driver to a scratch directory.
    pub fn new() -> Result<Self, String> {
        let version = Command::new("node")
            .arg("--version")
            .output()
            .map_err(|e| format!("`node` not found: {e}"))?;
        if !version.status.success() {
            return Err("`node --version` failed".into());
        }
        let scratch =
            std::env::temp_dir().join(format!("lightbeam-bench-node-{}", std::process::id()));
        std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
        std::fs::write(scratch.join("driver.mjs"), DRIVER).map_err(|e| e.to_string())?;
        Ok(Liftoff { scratch })
    }

    /// The driver needs the module as a file; the worker already has one.
    fn run<T: DeserializeOwned>(&self, job: &Job<'_>) -> Result<T> {
        let job_path = self.scratch.join("job.json");
        std::fs::write(&job_path, serde_json::to_vec(job)?)?;
        let out = Command::new("node")
            .args(V8_FLAGS)
            .arg(self.scratch.join("driver.mjs"))
            .arg(&job_path)
            .stdin(Stdio::null())
            .output()
            .context("running node")?;
        let stdout = String::from_utf8_lossy(&out.stdout);
        let Some(line) = stdout.lines().last() else {
            bail!(
                "node exited with {} and no result: {}",
                out.status,
                String::from_utf8_lossy(&out.stderr).trim()
            );
        };
        let reply: Reply<T> = serde_json::from_str(line).context("parsing the driver's reply")?;
        match (reply.ok, reply.error) {
            (Some(ok), _) => Ok(ok),
            (None, Some(e)) => Err(anyhow!("V8: {e}")),
            (None, None) => bail!("empty reply from the driver"),
        }
    }

    fn job<'a>(&self, mode: &'static str, wasm: &'a Path, repeat: Repeat) -> Job<'a> {
        Job {
            mode,
            wasm,
            repeat,
            script: None,
            wasi: None,
            stdout_path: self.scratch.join("stdout"),
            stderr_path: self.scratch.join("stderr"),
        }
    }

    /// The driver reads the module from a file: keep it beside the driver.
    fn module_file(&self, wasm: &[u8]) -> Result<PathBuf> {
        let path = self.scratch.join("module.wasm");
        std::fs::write(&path, wasm)?;
        Ok(path)
    }
}

impl Drop for Liftoff {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.scratch);
    }
}

impl Engine for Liftoff {
    fn compile(&mut self, wasm: &[u8], repeat: Repeat) -> Result<Vec<f64>> {
        let path = self.module_file(wasm)?;
        self.run(&self.job("compile", &path, repeat))
    }

    fn run_script(
        &mut self,
        wasm: &[u8],
        script: &Script,
        repeat: Repeat,
    ) -> Result<Vec<ScriptOutcome>> {
        let path = self.module_file(wasm)?;
        let mut job = self.job("script", &path, repeat);
        job.script = Some(script);
        self.run(&job)
    }

    fn run_wasi(
        &mut self,
        wasm: &[u8],
        cmd: &WasiCommand,
        repeat: Repeat,
    ) -> Result<Vec<WasiOutcome>> {
        let path = self.module_file(wasm)?;
        let mut job = self.job("wasi", &path, repeat);
        job.wasi = Some(cmd);
        self.run(&job)
    }
}
