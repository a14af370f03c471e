//! wasmtime, with either the optimising Cranelift back end or the Winch baseline.
//!
//! Compilation is serial (the crate is built without `parallel-compilation`), so compile
//! throughput is one thread, like the other engines' single-threaded columns. WASI comes
//! from `wasmtime-wasi`'s preview1 implementation.

use super::Engine;
use crate::script::{self, Script, ScriptOutcome, Target, Value};
use crate::stats::Repeat;
use crate::wasi::{BenchWindow, WasiCommand, WasiOutcome};
use anyhow::{anyhow, Context, Result};
use std::collections::HashMap;
use std::time::Instant;
use wasmtime::{Caller, Config, Func, Instance, Linker, Memory, Module, Store, Strategy, Val};
use wasmtime_wasi::p1::WasiP1Ctx;
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
use wasmtime_wasi::{FsPerms, I32Exit, WasiCtxBuilder};

/// Which wasmtime compiler.
#[derive(Clone, Copy, Debug)]
pub enum Tier {
    /// Cranelift (optimising).
    Cranelift,
    /// Winch (single pass).
    Winch,
}

/// A wasmtime engine configured for one tier.
pub struct Wasmtime {
    engine: wasmtime::Engine,
}

impl Wasmtime {
    /// Creates the engine.
    pub fn new(tier: Tier) -> Self {
        let mut config = Config::new();
        match tier {
            Tier::Cranelift => {
                // Wasm GC too, so the one GC module of the corpus runs where it can.
                config.strategy(Strategy::Cranelift);
                config.wasm_function_references(true).wasm_gc(true);
            }
            Tier::Winch => {
                config.strategy(Strategy::Winch);
            }
        }
        let engine = wasmtime::Engine::new(&config).expect("default wasmtime config is valid");
        Wasmtime { engine }
    }

    fn module(&self, wasm: &[u8]) -> Result<Module> {
        Ok(Module::new(&self.engine, wasm)?)
    }
}

impl Engine for Wasmtime {
    fn compile(&mut self, wasm: &[u8], repeat: Repeat) -> Result<Vec<f64>> {
        repeat.run(|_| {
            let start = Instant::now();
            let module = self.module(wasm)?;
            let secs = start.elapsed().as_secs_f64();
            drop(module);
            Ok(secs)
        })
    }

    fn run_script(
        &mut self,
        wasm: &[u8],
        script: &Script,
        repeat: Repeat,
    ) -> Result<Vec<ScriptOutcome>> {
        let module = self.module(wasm)?;
        repeat.run(|_| {
            let mut store = Store::new(&self.engine, ());
            let mut linker = Linker::new(&self.engine);
            linker.define_unknown_imports_as_traps(&module)?;
            let instance = linker.instantiate(&mut store, &module)?;
            let memory = instance.get_memory(&mut store, "memory");
            let mut target = ScriptTarget {
                store,
                instance,
                memory,
                funcs: HashMap::new(),
            };
            script::run(script, &mut target)
        })
    }

    fn run_wasi(
        &mut self,
        wasm: &[u8],
        cmd: &WasiCommand,
        repeat: Repeat,
    ) -> Result<Vec<WasiOutcome>> {
        let module = self.module(wasm)?;
        let mut linker: Linker<Host> = Linker::new(&self.engine);
        wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |h| &mut h.wasi)?;
        linker.func_wrap("bench", "start", |mut c: Caller<'_, Host>| {
            c.data_mut().window.start()
        })?;
        linker.func_wrap("bench", "end", |mut c: Caller<'_, Host>| {
            c.data_mut().window.end()
        })?;
        let pre = linker.instantiate_pre(&module)?;
        repeat.run(|_| {
            let stdout = MemoryOutputPipe::new(usize::MAX);
            let stderr = MemoryOutputPipe::new(usize::MAX);
            let wasi = WasiCtxBuilder::new()
                .args(&cmd.args)
                .stdout(stdout.clone())
                .stderr(stderr.clone())
                .preopened_dir(&cmd.dir, ".", FsPerms::ReadWrite)?
                .build_p1();
            let mut store = Store::new(
                &self.engine,
                Host {
                    wasi,
                    window: BenchWindow::default(),
                },
            );
            let instance = pre.instantiate(&mut store)?;
            let start = instance.get_typed_func::<(), ()>(&mut store, "_start")?;
            let exit_code = match start.call(&mut store, ()) {
                Ok(()) => 0,
                Err(e) => match e.downcast_ref::<I32Exit>() {
                    Some(exit) => exit.0,
                    None => return Err(e.into()),
                },
            };
            let seconds = store.data().window.seconds();
            drop(store);
            Ok(WasiOutcome {
                seconds,
                exit_code,
                stdout: stdout.contents().to_vec(),
                stderr: stderr.contents().to_vec(),
            })
        })
    }
}

/// Store data of a WASI run.
struct Host {
    wasi: WasiP1Ctx,
    window: BenchWindow,
}

struct ScriptTarget {
    store: Store<()>,
    instance: Instance,
    memory: Option<Memory>,
    funcs: HashMap<String, Func>,
}

impl ScriptTarget {
    fn memory(&self) -> Result<Memory> {
        self.memory
            .ok_or_else(|| anyhow!("module exports no `memory`"))
    }
}

impl Target for ScriptTarget {
    fn call(&mut self, name: &str, args: &[Value]) -> Result<Vec<Value>> {
        let func = match self.funcs.get(name) {
            Some(f) => *f,
            None => {
                let f = self
                    .instance
                    .get_func(&mut self.store, name)
                    .with_context(|| format!("no exported function `{name}`"))?;
                self.funcs.insert(name.to_string(), f);
                f
            }
        };
        let params: Vec<Val> = args
            .iter()
            .map(|a| match *a {
                Value::I32(v) => Val::I32(v),
                Value::I64(v) => Val::I64(v),
            })
            .collect();
        let n = func.ty(&self.store).results().len();
        let mut results = vec![Val::I32(0); n];
        func.call(&mut self.store, &params, &mut results)?;
        results.iter().map(from_val).collect()
    }

    fn global(&mut self, name: &str) -> Result<Value> {
        let g = self
            .instance
            .get_global(&mut self.store, name)
            .with_context(|| format!("no exported global `{name}`"))?;
        from_val(&g.get(&mut self.store))
    }

    fn read(&mut self, at: u64, out: &mut [u8]) -> Result<()> {
        let mem = self.memory()?;
        Ok(mem.read(&self.store, at as usize, out)?)
    }

    fn write(&mut self, at: u64, data: &[u8]) -> Result<()> {
        let mem = self.memory()?;
        Ok(mem.write(&mut self.store, at as usize, data)?)
    }
}

fn from_val(v: &Val) -> Result<Value> {
    match v {
        Val::I32(v) => Ok(Value::I32(*v)),
        Val::I64(v) => Ok(Value::I64(*v)),
        other => Err(anyhow!("non-integer value {other:?} at the host boundary")),
    }
}
