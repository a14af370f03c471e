//! The wasmi interpreter, translating every function eagerly at module creation so its
//! compile column measures the whole translation, with WASI from `wasmi_wasi`.

use super::Engine;
use crate::script::{self, Script, ScriptOutcome, Target, Value};
use crate::stats::Repeat;
use crate::wasi::{BenchWindow, WasiCommand, WasiOutcome};
use anyhow::{anyhow, Context, Result};
use std::collections::HashMap;
use std::time::Instant;
use wasmi::{
    Caller, CompilationMode, Config, ExternType, Func, Instance, Linker, Memory, Module, Store, Val,
};
use wasmi_wasi::sync::{ambient_authority, Dir};
use wasmi_wasi::wasi_common::pipe::WritePipe;
use wasmi_wasi::{WasiCtx, WasiCtxBuilder};

/// A wasmi engine with eager translation.
pub struct Wasmi {
    engine: wasmi::Engine,
}

impl Wasmi {
    /// Creates the engine.
    pub fn new() -> Self {
        let mut config = Config::default();
        config.compilation_mode(CompilationMode::Eager);
        Wasmi {
            engine: wasmi::Engine::new(&config),
        }
    }

    fn module(&self, wasm: &[u8]) -> Result<Module> {
        Ok(Module::new(&self.engine, wasm)?)
    }
}

impl Engine for Wasmi {
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
            for import in module.imports() {
                if let ExternType::Func(ty) = import.ty() {
                    let what = format!("{}.{}", import.module(), import.name());
                    linker.func_new(
                        import.module(),
                        import.name(),
                        ty.clone(),
                        move |_, _, _| Err(wasmi::Error::new(format!("import `{what}` called"))),
                    )?;
                }
            }
            let instance = linker.instantiate_and_start(&mut store, &module)?;
            let memory = instance.get_memory(&store, "memory");
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
                    .get_func(&self.store, name)
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
        let ty = func.ty(&self.store);
        let mut results: Vec<Val> = ty
            .results()
            .iter()
            .map(|t| Val::default_for_ty(*t))
            .collect();
        func.call(&mut self.store, &params, &mut results)?;
        results.iter().map(from_val).collect()
    }

    fn global(&mut self, name: &str) -> Result<Value> {
        let g = self
            .instance
            .get_global(&self.store, name)
            .with_context(|| format!("no exported global `{name}`"))?;
        from_val(&g.get(&self.store))
    }

    fn read(&mut self, at: u64, out: &mut [u8]) -> Result<()> {
        let mem = self.memory()?;
        mem.read(&self.store, at as usize, out)
            .map_err(|e| anyhow!("{e}"))
    }

    fn write(&mut self, at: u64, data: &[u8]) -> Result<()> {
        let mem = self.memory()?;
        mem.write(&mut self.store, at as usize, data)
            .map_err(|e| anyhow!("{e}"))
    }
}

fn from_val(v: &Val) -> Result<Value> {
    match v {
        Val::I32(v) => Ok(Value::I32(*v)),
        Val::I64(v) => Ok(Value::I64(*v)),
        other => Err(anyhow!("non-integer value {other:?} at the host boundary")),
    }
}
