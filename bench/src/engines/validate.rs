//! The floor under every compile column: wasmparser validating the same bytes and
//! generating no code. Lightbeam decodes and validates with the same wasmparser in the
//! same pass as it emits code, so its compile time divided by this one is what code
//! generation costs on top of reading the input.

use super::Engine;
use crate::script::{Script, ScriptOutcome};
use crate::stats::Repeat;
use crate::wasi::{WasiCommand, WasiOutcome};
use anyhow::{bail, Result};
use std::time::Instant;
use wasmparser::{Validator, WasmFeatures};

/// Validation only, every function body on the calling thread.
pub struct Validate;

impl Engine for Validate {
    fn compile(&mut self, wasm: &[u8], repeat: Repeat) -> Result<Vec<f64>> {
        repeat.run(|_| {
            let start = Instant::now();
            Validator::new_with_features(WasmFeatures::all()).validate_all(wasm)?;
            Ok(start.elapsed().as_secs_f64())
        })
    }

    fn run_script(&mut self, _: &[u8], _: &Script, _: Repeat) -> Result<Vec<ScriptOutcome>> {
        bail!("validation only: runs nothing")
    }

    fn run_wasi(&mut self, _: &[u8], _: &WasiCommand, _: Repeat) -> Result<Vec<WasiOutcome>> {
        bail!("validation only: runs nothing")
    }
}
