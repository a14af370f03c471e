//! Lightbeam itself, single-threaded or compiling function bodies on its rayon pool.
//!
//! Compile timing and call scripts go through the spec-runner's lightbeam adapter
//! (see [`super::layer`]). WASI commands run on the crate's own preview1 (`lightbeam::wasi`, its default `wasi`
//! feature), set up like `engines/wasmtime.rs`: argv, the input directory preopened as
//! `.`, stdout/stderr captured in pipes, and `bench.start`/`bench.end` host functions
//! feeding a [`BenchWindow`].

use super::layer::LayerEngine;
use super::Engine;
use crate::script::{Script, ScriptOutcome};
use crate::stats::Repeat;
use crate::wasi::{BenchWindow, WasiCommand, WasiOutcome};
use anyhow::{Context, Result};
use lightbeam::wasi::{self as lwasi, Output, OutputPipe, WasiCtx};
use lightbeam::{Config, Extern, Func, FuncType, Linker, Module, Store};
use spec_runner::engine::{EngineConfig, EngineKind, FeatureLevel};
use std::cell::RefCell;
use std::rc::Rc;

/// A Lightbeam engine.
pub struct Lightbeam {
    /// The compiler for WASI commands.
    engine: lightbeam::Engine,
    /// The same compiler behind the engine layer, for compiling and scripts.
    layer: LayerEngine,
}

/// Creates the Lightbeam engine; `parallel` compiles bodies on the rayon pool.
pub fn create(parallel: bool) -> Result<Box<dyn Engine>, String> {
    let config = Config {
        parallel_compilation: parallel,
        ..Config::default()
    };
    let layer = EngineConfig {
        parallel_compilation: parallel,
        ..EngineConfig::plain(FeatureLevel::Wasm3.features())
    };
    Ok(Box::new(Lightbeam {
        engine: lightbeam::Engine::new(config),
        layer: LayerEngine::new(EngineKind::Lightbeam, layer),
    }))
}

impl Lightbeam {
    fn module(&self, wasm: &[u8]) -> Result<Module> {
        Ok(Module::new(&self.engine, wasm)?)
    }
}

impl Engine for Lightbeam {
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
        repeat.run(|_| {
            let stdout = OutputPipe::new();
            let stderr = OutputPipe::new();
            let ctx = WasiCtx::new()
                .with_args(&cmd.args)
                .with_stdout(Output::Pipe(stdout.clone()))
                .with_stderr(Output::Pipe(stderr.clone()))
                .with_preopened_dir(&cmd.dir, ".")
                .with_context(|| format!("preopening {}", cmd.dir.display()))?;
            let mut store = Store::new(&self.engine);
            let mut linker = Linker::new();
            lwasi::add_to_linker(&mut linker, &mut store, ctx);
            let window = Rc::new(RefCell::new(BenchWindow::default()));
            let w = Rc::clone(&window);
            let start = Func::new_host(&mut store, FuncType::new([], []), move |_| {
                w.borrow_mut().start();
                Ok(vec![])
            });
            linker.define("bench", "start", Extern::Func(start));
            let w = Rc::clone(&window);
            let end = Func::new_host(&mut store, FuncType::new([], []), move |_| {
                w.borrow_mut().end();
                Ok(vec![])
            });
            linker.define("bench", "end", Extern::Func(end));
            let instance = linker.instantiate(&mut store, &module)?;
            let entry = instance
                .get_func(&store, "_start")?
                .context("the module exports no `_start`")?;
            let outcome = entry.call(&mut store, &[]);
            let exit_code = match lwasi::exit_status(&outcome) {
                Some(code) => code,
                None => match outcome {
                    Err(trap) => return Err(trap.into()),
                    Ok(_) => unreachable!("a returning `_start` has exit status 0"),
                },
            };
            let seconds = window.borrow().seconds();
            drop(store);
            Ok(WasiOutcome {
                seconds,
                exit_code,
                stdout: stdout.contents(),
                stderr: stderr.contents(),
            })
        })
    }
}
