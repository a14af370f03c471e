//! The wasmi interpreter, translating every function eagerly at module creation so its
//! compile column measures the whole translation, with WASI from `wasmi_wasi`.
//!
//! Compile timing and call scripts go through the spec-runner's wasmi adapter (see
//! [`super::layer`]); WASI commands use `wasmi_wasi` on wasmi directly.

use super::layer::LayerEngine;
use super::Engine;
use crate::script::{Script, ScriptOutcome};
use crate::stats::Repeat;
use crate::wasi::{BenchWindow, WasiCommand, WasiOutcome};
use anyhow::{anyhow, Context, Result};
use spec_runner::engine::{EngineConfig, EngineKind, FeatureLevel};
use wasmi::{Caller, CompilationMode, Config, Linker, Module, Store};
use wasmi_wasi::sync::{ambient_authority, Dir};
use wasmi_wasi::wasi_common::pipe::WritePipe;
use wasmi_wasi::{WasiCtx, WasiCtxBuilder};

/// A wasmi engine with eager translation.
pub struct Wasmi {
    /// The interpreter for WASI commands.
    engine: wasmi::Engine,
    /// The same interpreter behind the engine layer, for compiling and scripts.
    layer: LayerEngine,
}

impl Wasmi {
    /// Creates the engine.
    pub fn new() -> Self {
        let mut config = Config::default();
        config.compilation_mode(CompilationMode::Eager);
        // Everything wasmi implements, as its default configuration accepts.
        let layer = EngineConfig::plain(FeatureLevel::Wasm3.features());
        Wasmi {
            engine: wasmi::Engine::new(&config),
            layer: LayerEngine::new(EngineKind::Wasmi, layer),
        }
    }

    fn module(&self, wasm: &[u8]) -> Result<Module> {
        Ok(Module::new(&self.engine, wasm)?)
    }
}

impl Engine for Wasmi {
    fn compile(&mut self, wasm: &[u8], repeat: Repeat) -> Result<Vec<f64>> {
        self.layer.compile(wasm, repeat)
    }

    fn run_script(
        &mut self,
        wasm: &[u8],
        script: &Script,
        repeat: Repeat,
    ) -> Result<Vec<ScriptOutcome>> {
        self.layer.run_script(wasm, script, repeat)
    }

    fn run_wasi(
        &mut self,
        wasm: &[u8],
        cmd: &WasiCommand,
        repeat: Repeat,
    ) -> Result<Vec<WasiOutcome>> {
        let module = self.module(wasm)?;
        let mut linker: Linker<Host> = Linker::new(&self.engine);
        wasmi_wasi::add_to_linker(&mut linker, |h| &mut h.wasi)?;
        linker.func_wrap("bench", "start", |mut c: Caller<'_, Host>| {
            c.data_mut().window.start()
        })?;
        linker.func_wrap("bench", "end", |mut c: Caller<'_, Host>| {
            c.data_mut().window.end()
        })?;
        repeat.run(|_| {
            let stdout = WritePipe::new_in_memory();
            let stderr = WritePipe::new_in_memory();
            let dir = Dir::open_ambient_dir(&cmd.dir, ambient_authority())
                .with_context(|| format!("opening {}", cmd.dir.display()))?;
            let wasi = WasiCtxBuilder::new()
                .args(&cmd.args)?
                .stdout(Box::new(stdout.clone()))
                .stderr(Box::new(stderr.clone()))
                .preopened_dir(dir, ".")?
                .build();
            let mut store = Store::new(
                &self.engine,
                Host {
                    wasi,
                    window: BenchWindow::default(),
                },
            );
            let instance = linker.instantiate_and_start(&mut store, &module)?;
            let start = instance.get_typed_func::<(), ()>(&store, "_start")?;
            let exit_code = match start.call(&mut store, ()) {
                Ok(()) => 0,
                Err(e) => match e.i32_exit_status() {
                    Some(code) => code,
                    None => return Err(e.into()),
                },
            };
            let seconds = store.data().window.seconds();
            drop(store);
            Ok(WasiOutcome {
                seconds,
                exit_code,
                stdout: drain(stdout)?,
                stderr: drain(stderr)?,
            })
        })
    }
}

fn drain(pipe: WritePipe<std::io::Cursor<Vec<u8>>>) -> Result<Vec<u8>> {
    pipe.try_into_inner()
        .map(|c| c.into_inner())
        .map_err(|_| anyhow!("WASI output pipe still shared after the run"))
}

/// Store data of a WASI run.
struct Host {
    wasi: WasiCtx,
    window: BenchWindow,
}
