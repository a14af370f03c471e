//! The engines under comparison, behind one trait.
//!
//! Lightbeam and wasmi compile and run scripts through the spec-runner's engine layer
//! ([`layer`]), the adapters the spec-runner and the fuzzer use too; wasmtime and V8
//! are bench-only engines on top. Each engine runs in its own worker process (see `worker.rs`), so engines never share
//! an address space, signal handlers or caches.

use crate::script::{Script, ScriptOutcome};
use crate::stats::Repeat;
use crate::wasi::{WasiCommand, WasiOutcome};
use anyhow::Result;
use clap::ValueEnum;
use serde::{Deserialize, Serialize};

pub mod layer;
pub mod liftoff;
pub mod lightbeam;
pub mod validate;
pub mod wasmi;
pub mod wasmtime;

/// Every engine the bench knows, in table order.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
pub enum EngineKind {
    /// Lightbeam, one compile thread.
    Lightbeam,
    /// Lightbeam, compiling function bodies in parallel.
    LightbeamParallel,
    /// wasmtime with the optimising Cranelift back end.
    Cranelift,
    /// wasmtime with the Winch baseline compiler.
    Winch,
    /// V8's Liftoff baseline compiler, through `node`.
    Liftoff,
    /// The wasmi interpreter (eager translation).
    Wasmi,
    /// wasmparser validating the input and generating nothing: the floor of the
    /// compile columns (compile suites only).
    Validate,
}

impl EngineKind {
    /// All engines, in table order.
    pub const ALL: [EngineKind; 7] = [
        EngineKind::Lightbeam,
        EngineKind::LightbeamParallel,
        EngineKind::Cranelift,
        EngineKind::Winch,
        EngineKind::Liftoff,
        EngineKind::Wasmi,
        EngineKind::Validate,
    ];

    /// Column heading and JSON key.
    pub fn label(self) -> &'static str {
        match self {
            EngineKind::Lightbeam => "lightbeam",
            EngineKind::LightbeamParallel => "lightbeam-par",
            EngineKind::Cranelift => "cranelift",
            EngineKind::Winch => "winch",
            EngineKind::Liftoff => "liftoff",
            EngineKind::Wasmi => "wasmi",
            EngineKind::Validate => "validate",
        }
    }

    /// Creates the engine, or says why it cannot run here.
    pub fn create(self) -> Result<Box<dyn Engine>, String> {
        match self {
            EngineKind::Lightbeam => lightbeam::create(false),
            EngineKind::LightbeamParallel => lightbeam::create(true),
            EngineKind::Cranelift => {
                Ok(Box::new(wasmtime::Wasmtime::new(wasmtime::Tier::Cranelift)))
            }
            EngineKind::Winch => Ok(Box::new(wasmtime::Wasmtime::new(wasmtime::Tier::Winch))),
            EngineKind::Liftoff => liftoff::Liftoff::new().map(|e| Box::new(e) as Box<dyn Engine>),
            EngineKind::Wasmi => Ok(Box::new(wasmi::Wasmi::new())),
            EngineKind::Validate => Ok(Box::new(validate::Validate)),
        }
    }

    /// Whether the engine runs code (every engine but the validation floor).
    pub fn executes(self) -> bool {
        self != EngineKind::Validate
    }
}

/// One engine. Each method repeats its measurement as `repeat` says and returns one
/// sample per run; an `Err` means the engine cannot take this input (the message says why).
pub trait Engine {
    /// Validates and compiles `wasm` (no instantiation); seconds per run.
    fn compile(&mut self, wasm: &[u8], repeat: Repeat) -> Result<Vec<f64>>;

    /// Instantiates `wasm` afresh for each run and runs `script` on it.
    fn run_script(
        &mut self,
        wasm: &[u8],
        script: &Script,
        repeat: Repeat,
    ) -> Result<Vec<ScriptOutcome>>;

    /// Runs a WASI command module afresh for each run.
    fn run_wasi(
        &mut self,
        wasm: &[u8],
        cmd: &WasiCommand,
        repeat: Repeat,
    ) -> Result<Vec<WasiOutcome>>;
}
