//! Lightbeam itself, single-threaded or compiling function bodies on its rayon pool.
//!
//! WASI commands run on the crate's own preview1 (`lightbeam::wasi`, its default `wasi`
//! feature), set up like `engines/wasmtime.rs`: argv, the input directory preopened as
//! `.`, stdout/stderr captured in pipes, and `bench.start`/`bench.end` host functions
//! feeding a [`BenchWindow`].

use super::Engine;
use crate::script::{self, Script, ScriptOutcome, Target, Value};
use crate::stats::Repeat;
use crate::wasi::{BenchWindow, WasiCommand, WasiOutcome};
use anyhow::{anyhow, bail, Context, Result};
use lightbeam::wasi::{self as lwasi, Output, OutputPipe, WasiCtx};
use lightbeam::{
    Config, Extern, ExternType, Func, FuncType, Instance, Linker, Memory, Module, Store, Trap, Val,
};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::time::Instant;

/// A Lightbeam engine.
pub struct Lightbeam {
    engine: lightbeam::Engine,
}

/// Creates the Lightbeam engine; `parallel` compiles bodies on the rayon pool.
pub fn create(parallel: bool) -> Result<Box<dyn Engine>, String> {
    let config = Config {
        parallel_compilation: parallel,
        ..Config::default()
    };
    Ok(Box::new(Lightbeam {
        engine: lightbeam::Engine::new(config),
    }))
}

impl Lightbeam {
    fn module(&self, wasm: &[u8]) -> Result<Module> {
        Ok(Module::new(&self.engine, wasm)?)
    }
}

impl Engine for Lightbeam {
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
            let mut store = Store::new(&self.engine);
            let mut linker = Linker::new();
            for (module_name, name, ty) in module.imports() {
                let ExternType::Func(ty) = ty else {
                    bail!("cannot provide non-function import {module_name}.{name}");
                };
                let what = format!("{module_name}.{name}");
                let func = Func::new_host(&mut store, ty, move |_| {
                    Err(Trap::host(format!("import `{what}` called")))
                });
                linker.define(&module_name, &name, Extern::Func(func));
            }
            let instance = linker.instantiate(&mut store, &module)?;
            let memory = instance.get_memory(&store, "memory")?;
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

struct ScriptTarget {
    store: Store,
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
                    .get_func(&self.store, name)?
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
        let results = func.call(&mut self.store, &params)?;
        results.iter().map(from_val).collect()
    }

    fn global(&mut self, name: &str) -> Result<Value> {
        let g = self
            .instance
            .get_global(&self.store, name)?
            .with_context(|| format!("no exported global `{name}`"))?;
        from_val(&g.get(&self.store)?)
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
