//! Compile timing and call scripts through the spec-runner's engine layer
//! (`spec_runner::engine`): the engines it has an adapter for (lightbeam,
//! wasmi) are driven here through that one adapter each, with its one value
//! conversion, so the bench, the spec-runner and the fuzzer exercise the same
//! code. WASI runs stay with each engine's own WASI host.

use crate::script::{self, Script, ScriptOutcome, Target, Value};
use crate::stats::Repeat;
use anyhow::{anyhow, bail, Result};
use spec_runner::engine::{Engine, EngineConfig, EngineKind, InstanceId, Outcome};
use spec_runner::value::Value as LayerValue;
use std::time::Instant;

/// An engine of the layer with the configuration it is created with.
pub struct LayerEngine {
    kind: EngineKind,
    config: EngineConfig,
}

impl LayerEngine {
    /// `kind` set up as `config` says.
    pub fn new(kind: EngineKind, config: EngineConfig) -> Self {
        LayerEngine { kind, config }
    }

    fn create(&self) -> Result<Box<dyn Engine>> {
        Ok(self.kind.create_with(&self.config)?)
    }

    /// Validates and compiles `wasm`; seconds per run. One engine serves every
    /// run, as one store would.
    pub fn compile(&self, wasm: &[u8], repeat: Repeat) -> Result<Vec<f64>> {
        let mut engine = self.create()?;
        repeat.run(|_| {
            let start = Instant::now();
            let module = engine.compile(wasm);
            let secs = start.elapsed().as_secs_f64();
            module.map_err(|error| anyhow!("{}", error.message))?;
            Ok(secs)
        })
    }

    /// Compiles `wasm` once, then instantiates it afresh for each run (every
    /// function import a trapping stub) and runs `script` on it.
    pub fn run_script(
        &self,
        wasm: &[u8],
        script: &Script,
        repeat: Repeat,
    ) -> Result<Vec<ScriptOutcome>> {
        let mut engine = self.create()?;
        let module = engine
            .compile(wasm)
            .map_err(|error| anyhow!("{}", error.message))?;
        engine.define_trapping_imports(module)?;
        repeat.run(|_| {
            let instance = engine
                .instantiate(module)
                .map_err(|error| anyhow!("{error}"))?;
            let mut target = ScriptTarget {
                engine: &mut *engine,
                instance,
            };
            script::run(script, &mut target)
        })
    }
}

/// One instance as a script sees it.
struct ScriptTarget<'a> {
    engine: &'a mut dyn Engine,
    instance: InstanceId,
}

/// Scripts read and write the memory exported as `memory`.
const MEMORY: &str = "memory";

impl Target for ScriptTarget<'_> {
    fn call(&mut self, name: &str, args: &[Value]) -> Result<Vec<Value>> {
        let args: Vec<LayerValue> = args
            .iter()
            .map(|arg| match *arg {
                Value::I32(v) => LayerValue::I32(v),
                Value::I64(v) => LayerValue::I64(v),
            })
            .collect();
        match self.engine.invoke(self.instance, name, &args)? {
            Outcome::Returned(results) => results.iter().map(integer).collect(),
            Outcome::Trapped(trap) => bail!("{}", trap.message),
            Outcome::Exception => bail!("`{name}` threw an uncaught exception"),
        }
    }

    fn global(&mut self, name: &str) -> Result<Value> {
        integer(&self.engine.get_global(self.instance, name)?)
    }

    fn read(&mut self, at: u64, out: &mut [u8]) -> Result<()> {
        let at = usize::try_from(at)?;
        Ok(self.engine.read_memory(self.instance, MEMORY, at, out)?)
    }

    fn write(&mut self, at: u64, data: &[u8]) -> Result<()> {
        let at = usize::try_from(at)?;
        Ok(self.engine.write_memory(self.instance, MEMORY, at, data)?)
    }
}

/// A script's integer value; anything else cannot cross into a script.
fn integer(value: &LayerValue) -> Result<Value> {
    match *value {
        LayerValue::I32(v) => Ok(Value::I32(v)),
        LayerValue::I64(v) => Ok(Value::I64(v)),
        other => Err(anyhow!("non-integer value {other} at the host boundary")),
    }
}
