//! The wasmtime back end (Cranelift): the second reference engine, for what
//! wasmi lacks (GC, typed function references, exceptions, threads).
//!
//! Each engine value is its own `wasmtime::Engine` and store, so an epoch
//! tick sent to stop one script's runaway code reaches no other script. It
//! accepts exactly the configured features that wasmtime implements; a module
//! wasmtime rejects that the harness's own validator accepts at the configured
//! features is [unsupported](super::CompileErrorKind::Unsupported), never a
//! passed `assert_invalid`.
//!
//! Budgets: the time budget is kept with epoch interruption, a
//! [`Watchdog`](super::watchdog::Watchdog) ticking the engine's epoch when an
//! operation runs out of time (compilation is not interruptible); a fuel limit
//! is kept with wasmtime's fuel. The call depth setting does not apply:
//! wasmtime bounds its native stack (`max_wasm_stack`) instead.
//!
//! References that are neither function nor external references (`anyref`
//! and its subtypes, `exnref`) have no [`Value`](crate::value::Value) form
//! yet: returning or exporting one is an [`EngineError`](super::EngineError),
//! which the harness reports as a failure rather than a pass.

use super::{Engine, EngineConfig, EngineUnavailable};

/// Creates a wasmtime engine set up as `config` says.
#[cfg(feature = "wasmtime")]
pub fn create(config: &EngineConfig) -> Result<Box<dyn Engine>, EngineUnavailable> {
    Ok(Box::new(WasmtimeEngine::new(config)?))
}

/// Creates a wasmtime engine; this build does not link wasmtime (the crate's
/// `wasmtime` feature is off).
#[cfg(not(feature = "wasmtime"))]
pub fn create(_config: &EngineConfig) -> Result<Box<dyn Engine>, EngineUnavailable> {
    Err(EngineUnavailable(
        "this spec-runner was built without wasmtime; rebuild it with `--features wasmtime` \
         (e.g. `cargo run --release -p spec-runner --features wasmtime -- --engine wasmtime ...`)"
            .into(),
    ))
}

#[cfg(feature = "wasmtime")]
pub use wired::WasmtimeEngine;

#[cfg(feature = "wasmtime")]
mod wired {
    use super::super::func_exports::{self, HiddenExports};
    use super::super::watchdog::Watchdog;
    use super::super::{
        handle_index, not_binary_message, CompileError, CompileErrorKind, Engine, EngineConfig,
        EngineError, EngineUnavailable, Export, ExportKind, InstanceId, InstantiateError, ModuleId,
        Outcome, SharedExport, ThreadEngine,
    };
    use crate::spectest::{self, ParamType};
    use crate::value::{Trap, TrapKind, Value, ValueType};
    use std::cell::RefCell;
    use std::fmt;
    use std::time::Duration;
    use wasmtime::{
        Config, Extern, ExternRef, ExternType, Func, FuncType, Global, GlobalType, HeapType,
        Instance, Linker, Memory, MemoryType, Module, Mutability, OptLevel, Ref, RefType,
        SharedMemory, Store, Strategy, Table, TableType, ThrownException, UnknownImportError, Val,
        ValType, V128,
    };

    /// Epoch ticks an operation may see before it traps: the watchdog ticks
    /// once when the budget runs out.
    const TICKS_PER_OPERATION: u64 = 1;

    /// Native stack wasm may use before `call stack exhausted`. Spec scripts
    /// run on the runner's worker threads, whose stacks are larger.
    const MAX_WASM_STACK: usize = 1024 * 1024;

    /// A wasmtime store with its linker and the handles the harness has been given.
    pub struct WasmtimeEngine {
        /// The store, behind a cell because wasmtime reads tables and
        /// globals through a mutable store while the trait reads them
        /// through a shared engine.
        store: RefCell<Store<()>>,
        linker: Linker<()>,
        /// Modules, with whether each carries the hidden function exports.
        modules: Vec<(Module, HiddenExports)>,
        instances: Vec<(Instance, HiddenExports)>,
        /// Functions that left wasm as `funcref` values, indexed by their handle.
        func_refs: Vec<Func>,
        /// The features the harness's validator accepts, to tell a module
        /// wasmtime cannot handle from an invalid one.
        features: wasmparser::WasmFeatures,
        /// Whether modules are compiled with hidden exports of their functions.
        function_identity: bool,
        /// How the engine was set up, for the engines of its script's threads.
        config: EngineConfig,
        timeout: Option<Duration>,
        fuel_per_call: Option<u64>,
        watchdog: Watchdog,
    }

    /// The error of a host function that traps (a trapping import), told
    /// apart from wasmtime's own errors when a call fails.
    #[derive(Debug)]
    struct HostTrap(String);

    impl fmt::Display for HostTrap {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(&self.0)
        }
    }

    impl std::error::Error for HostTrap {}

    impl WasmtimeEngine {
        /// Creates an engine set up as `config` says; fails only if wasmtime
        /// rejects the configuration.
        pub fn new(config: &EngineConfig) -> Result<Self, EngineUnavailable> {
            let engine = wasmtime::Engine::new(&wasmtime_config(config))
                .map_err(|error| EngineUnavailable(format!("wasmtime: {error:#}")))?;
            Self::with_engine(engine, config)
        }

        /// An engine with a store of its own in `engine`, whose shared memories it can
        /// import (a script's threads share one wasmtime engine).
        fn with_engine(
            engine: wasmtime::Engine,
            config: &EngineConfig,
        ) -> Result<Self, EngineUnavailable> {
            let mut store = Store::new(&engine, ());
            let mut linker = Linker::new(&engine);
            linker.allow_shadowing(true);
            if config.spectest {
                define_spectest(
                    &mut store,
                    &mut linker,
                    config.features.threads(),
                    config.spectest_flavour,
                )
                .map_err(|error| EngineUnavailable(format!("spectest: {error:#}")))?;
            }
            let ticker = engine.clone();
            Ok(WasmtimeEngine {
                store: RefCell::new(store),
                linker,
                modules: Vec::new(),
                instances: Vec::new(),
                func_refs: Vec::new(),
                features: config.features,
                function_identity: config.function_identity,
                config: config.clone(),
                timeout: config.timeout,
                fuel_per_call: config.fuel_per_call,
                watchdog: Watchdog::new(move || ticker.increment_epoch()),
            })
        }

        fn module(&self, id: ModuleId) -> Result<&Module, EngineError> {
            self.modules
                .get(id.0 as usize)
                .map(|(module, _)| module)
                .ok_or_else(|| EngineError(format!("unknown module handle {id:?}")))
        }

        fn instance(&self, id: InstanceId) -> Result<Instance, EngineError> {
            self.instance_and_exports(id).map(|(instance, _)| instance)
        }

        /// An instance, with whether its module carries the hidden function exports.
        fn instance_and_exports(
            &self,
            id: InstanceId,
        ) -> Result<(Instance, HiddenExports), EngineError> {
            self.instances
                .get(id.0 as usize)
                .copied()
                .ok_or_else(|| EngineError(format!("unknown instance handle {id:?}")))
        }

        fn global(&self, instance: InstanceId, name: &str) -> Result<Global, EngineError> {
            self.instance(instance)?
                .get_global(&mut *self.store.borrow_mut(), name)
                .ok_or_else(|| EngineError(format!("no exported global \"{name}\"")))
        }

        /// The exported memory `name`, plain or shared.
        fn memory(&self, instance: InstanceId, name: &str) -> Result<AnyMemory, EngineError> {
            let instance = self.instance(instance)?;
            let mut store = self.store.borrow_mut();
            if let Some(memory) = instance.get_memory(&mut *store, name) {
                return Ok(AnyMemory::Plain(memory));
            }
            instance
                .get_shared_memory(&mut *store, name)
                .map(AnyMemory::Shared)
                .ok_or_else(|| EngineError(format!("no exported memory \"{name}\"")))
        }

        /// The one conversion into wasmtime's values.
        fn wasmtime_value(&self, value: &Value) -> Result<Val, EngineError> {
            Ok(match *value {
                Value::I32(v) => Val::I32(v),
                Value::I64(v) => Val::I64(v),
                Value::F32(bits) => Val::F32(bits),
                Value::F64(bits) => Val::F64(bits),
                Value::V128(bits) => Val::V128(V128::from(bits)),
                Value::FuncRef(None) => Val::FuncRef(None),
                Value::FuncRef(Some(handle)) => {
                    let func = self.func_refs.get(handle as usize).copied();
                    let func = func
                        .ok_or_else(|| EngineError(format!("unknown funcref handle {handle}")))?;
                    Val::FuncRef(Some(func))
                }
                Value::ExternRef(None) => Val::ExternRef(None),
                Value::ExternRef(Some(n)) => {
                    let extern_ref = ExternRef::new(&mut *self.store.borrow_mut(), n)
                        .map_err(|error| EngineError(format!("externref: {error:#}")))?;
                    Val::ExternRef(Some(extern_ref))
                }
                Value::AnyRef(_) | Value::ExternAny(_) => {
                    return Err(EngineError(format!(
                        "internal references are not converted for wasmtime ({value})"
                    )))
                }
            })
        }

        /// The one conversion out of wasmtime's values.
        fn harness_value(&mut self, value: &Val) -> Result<Value, EngineError> {
            Ok(match value {
                Val::I32(v) => Value::I32(*v),
                Val::I64(v) => Value::I64(*v),
                Val::F32(bits) => Value::F32(*bits),
                Val::F64(bits) => Value::F64(*bits),
                Val::V128(v) => Value::V128(v.as_u128()),
                Val::FuncRef(None) => Value::FuncRef(None),
                Val::FuncRef(Some(func)) => {
                    let handle =
                        u32::try_from(self.func_refs.len()).expect("fewer than 2^32 funcrefs");
                    self.func_refs.push(*func);
                    Value::FuncRef(Some(handle))
                }
                Val::ExternRef(None) => Value::ExternRef(None),
                Val::ExternRef(Some(extern_ref)) => {
                    let store = self.store.borrow();
                    let data = extern_ref
                        .data(&*store)
                        .map_err(|error| EngineError(format!("externref: {error:#}")))?;
                    let host = data.and_then(|data| data.downcast_ref::<u32>()).copied();
                    Value::ExternRef(Some(host.ok_or_else(|| {
                        EngineError(
                            "externref holds no host value (an internalized reference)".into(),
                        )
                    })?))
                }
                Val::AnyRef(_) | Val::ExnRef(_) | Val::ContRef(_) => {
                    return Err(EngineError(format!(
                        "{} values have no harness representation yet",
                        value_kind(value)
                    )))
                }
            })
        }

        /// Runs `operation` (which may execute wasm) under the configured
        /// budgets: a fresh epoch deadline (and the watchdog that ticks past
        /// it) for a time budget, fresh fuel for a fuel limit.
        fn within_budget<T>(
            &mut self,
            operation: impl FnOnce(&mut Self) -> wasmtime::Result<T>,
        ) -> Result<wasmtime::Result<T>, EngineError> {
            let store = self.store.get_mut();
            if let Some(fuel) = self.fuel_per_call {
                store
                    .set_fuel(fuel)
                    .map_err(|error| EngineError(format!("fuel: {error:#}")))?;
            }
            let ticks = if self.timeout.is_some() {
                TICKS_PER_OPERATION
            } else {
                u64::MAX
            };
            store.set_epoch_deadline(ticks);
            let Some(timeout) = self.timeout else {
                return Ok(operation(self));
            };
            self.watchdog.arm(timeout);
            let result = operation(self);
            self.watchdog.disarm();
            Ok(result)
        }

        fn timeout_trap(&self) -> Trap {
            let seconds = self.timeout.unwrap_or_default().as_secs_f64();
            Trap {
                kind: TrapKind::Timeout,
                message: format!("timeout: still running after {seconds:.1}s"),
            }
        }

        /// A failed call or start function in the harness's terms: a wasm
        /// trap by its code, an uncaught exception, or a trapping host
        /// function; `None` for any other error.
        fn classify(&mut self, error: &wasmtime::Error) -> Option<Outcome> {
            if let Some(code) = error.downcast_ref::<wasmtime::Trap>() {
                return Some(Outcome::Trapped(match trap_kind(*code) {
                    TrapKind::Timeout => self.timeout_trap(),
                    kind => Trap {
                        kind,
                        message: code_message(*code),
                    },
                }));
            }
            if error.is::<ThrownException>() {
                // The exception stays rooted in the store until taken.
                let _ = self.store.get_mut().take_pending_exception();
                return Some(Outcome::Exception);
            }
            error.downcast_ref::<HostTrap>().map(|host| {
                Outcome::Trapped(Trap {
                    kind: TrapKind::Other,
                    message: host.0.clone(),
                })
            })
        }

        /// Why wasmtime rejected `wasm`: invalid when the harness's validator
        /// rejects it too, unsupported when only wasmtime does.
        fn compile_error(&self, wasm: &[u8], error: &wasmtime::Error) -> CompileError {
            let mut validator = wasmparser::Validator::new_with_features(self.features);
            let kind = match validator.validate_all(wasm) {
                Ok(_) => CompileErrorKind::Unsupported,
                Err(_) => CompileErrorKind::Invalid,
            };
            CompileError {
                kind,
                message: format!("{error:#}"),
            }
        }
    }

    impl Engine for WasmtimeEngine {
        fn name(&self) -> &str {
            "wasmtime"
        }

        fn set_timeout(&mut self, timeout: Option<Duration>) {
            self.timeout = timeout;
        }

        fn compile(&mut self, wasm: &[u8]) -> Result<ModuleId, CompileError> {
            // The layer deals in binaries; wasmtime is built without the text format.
            if !wasm.starts_with(b"\0asm") {
                return Err(CompileError {
                    kind: CompileErrorKind::Invalid,
                    message: not_binary_message(wasm).to_owned(),
                });
            }
            let engine = self.store.get_mut().engine().clone();
            let rewritten = self
                .function_identity
                .then(|| func_exports::with_function_exports(wasm))
                .flatten();
            // A rejected rewrite is compiled again as written, for an error about the
            // module the caller gave.
            let module = match rewritten.map(|rewritten| Module::new(&engine, rewritten)) {
                Some(Ok(module)) => (module, HiddenExports::Added),
                _ => (
                    Module::new(&engine, wasm).map_err(|error| self.compile_error(wasm, &error))?,
                    HiddenExports::Absent,
                ),
            };
            self.modules.push(module);
            Ok(ModuleId(handle_index(self.modules.len())))
        }

        fn code_size(&self, module: ModuleId) -> Option<usize> {
            let module = self.module(module).ok()?;
            Some(module.text().len())
        }

        fn define_trapping_imports(&mut self, module: ModuleId) -> Result<(), EngineError> {
            let imports: Vec<(String, String, FuncType)> = self
                .module(module)?
                .imports()
                .filter_map(|import| match import.ty() {
                    ExternType::Func(ty) => {
                        Some((import.module().to_owned(), import.name().to_owned(), ty))
                    }
                    _ => None,
                })
                .collect();
            for (module_name, name, ty) in imports {
                let what = format!("{module_name}.{name}");
                self.linker
                    .func_new(&module_name, &name, ty, move |_, _, _| {
                        Err(wasmtime::Error::new(HostTrap(format!(
                            "import `{what}` called"
                        ))))
                    })
                    .map_err(|error| EngineError(format!("{error:#}")))?;
            }
            Ok(())
        }

        fn instantiate(&mut self, module: ModuleId) -> Result<InstanceId, InstantiateError> {
            let (module, hidden) =
                self.modules
                    .get(module.0 as usize)
                    .cloned()
                    .ok_or_else(|| {
                        InstantiateError::Other(format!("unknown module handle {module:?}"))
                    })?;
            // The linker checks imports against the live sizes of memories and
            // tables (an instance registered earlier may have grown them since),
            // then instantiates; `InstancePre` would check the sizes they had
            // when they were defined.
            let result = self
                .within_budget(|engine| engine.linker.instantiate(engine.store.get_mut(), &module))
                .map_err(|error| InstantiateError::Other(error.0))?;
            match result {
                Ok(instance) => {
                    self.instances.push((instance, hidden));
                    Ok(InstanceId(handle_index(self.instances.len())))
                }
                Err(error) if is_link_error(&error) => {
                    Err(InstantiateError::Unlinkable(format!("{error:#}")))
                }
                Err(error) => Err(match self.classify(&error) {
                    Some(Outcome::Trapped(trap)) => InstantiateError::Trapped(trap),
                    Some(Outcome::Exception) => InstantiateError::Trapped(Trap {
                        kind: TrapKind::Other,
                        message: "uncaught exception in the start function".into(),
                    }),
                    _ => InstantiateError::Other(format!("{error:#}")),
                }),
            }
        }

        fn register(&mut self, name: &str, instance: InstanceId) -> Result<(), EngineError> {
            let instance = self.instance(instance)?;
            self.linker
                .instance(self.store.get_mut(), name, instance)
                .map_err(|error| EngineError(format!("{error:#}")))?;
            Ok(())
        }

        fn exports(&self, instance: InstanceId) -> Result<Vec<Export>, EngineError> {
            let (instance, hidden) = self.instance_and_exports(instance)?;
            let mut store = self.store.borrow_mut();
            let externs: Vec<(String, Extern)> = instance
                .exports(&mut *store)
                .map(|export| (export.name().to_owned(), export.into_extern()))
                .collect();
            // Tags, and functions whose types have no harness form, are not listed.
            Ok(externs
                .into_iter()
                .filter(|(name, _)| hidden.lists(name))
                .filter_map(|(name, external)| {
                    let kind = match external {
                        Extern::Func(func) => func_kind(&func.ty(&*store)).ok()?,
                        Extern::Global(_) => ExportKind::Global,
                        Extern::Table(_) => ExportKind::Table,
                        Extern::Memory(_) | Extern::SharedMemory(_) => ExportKind::Memory,
                        Extern::Tag(_) => return None,
                    };
                    Some(Export { name, kind })
                })
                .collect())
        }

        fn invoke(
            &mut self,
            instance: InstanceId,
            name: &str,
            args: &[Value],
        ) -> Result<Outcome, EngineError> {
            let instance = self.instance(instance)?;
            let func = instance
                .get_func(self.store.get_mut(), name)
                .ok_or_else(|| EngineError(format!("no exported function \"{name}\"")))?;
            let func_type = func.ty(&*self.store.get_mut());
            if func_type.params().len() != args.len() {
                return Err(EngineError(format!(
                    "\"{name}\" takes {} arguments, {} given",
                    func_type.params().len(),
                    args.len()
                )));
            }
            let args: Vec<Val> = args
                .iter()
                .map(|arg| self.wasmtime_value(arg))
                .collect::<Result<_, _>>()?;
            let mut results = vec![Val::I32(0); func_type.results().len()];
            let result = self
                .within_budget(|engine| func.call(engine.store.get_mut(), &args, &mut results))?;
            match result {
                Ok(()) => {
                    let values = results
                        .iter()
                        .map(|value| self.harness_value(value))
                        .collect::<Result<_, _>>()?;
                    Ok(Outcome::Returned(values))
                }
                Err(error) => self
                    .classify(&error)
                    .ok_or_else(|| EngineError(format!("{error:#}"))),
            }
        }

        fn get_global(&mut self, instance: InstanceId, name: &str) -> Result<Value, EngineError> {
            let global = self.global(instance, name)?;
            let value = global.get(self.store.get_mut());
            self.harness_value(&value)
        }

        fn set_global(
            &mut self,
            instance: InstanceId,
            name: &str,
            value: Value,
        ) -> Result<(), EngineError> {
            let global = self.global(instance, name)?;
            let value = self.wasmtime_value(&value)?;
            global
                .set(self.store.get_mut(), value)
                .map_err(|error| EngineError(format!("{error:#}")))
        }

        fn table_nulls(&self, instance: InstanceId, name: &str) -> Result<Vec<bool>, EngineError> {
            let instance = self.instance(instance)?;
            let mut store = self.store.borrow_mut();
            let table = instance
                .get_table(&mut *store, name)
                .ok_or_else(|| EngineError(format!("no exported table \"{name}\"")))?;
            Ok((0..table.size(&*store))
                .map(|index| {
                    table
                        .get(&mut *store, index)
                        .is_none_or(|entry| entry.is_null())
                })
                .collect())
        }

        fn memory_size(&self, instance: InstanceId, name: &str) -> Result<usize, EngineError> {
            Ok(match self.memory(instance, name)? {
                AnyMemory::Plain(memory) => memory.data_size(&*self.store.borrow()),
                AnyMemory::Shared(memory) => memory.data().len(),
            })
        }

        fn read_memory(
            &self,
            instance: InstanceId,
            name: &str,
            offset: usize,
            out: &mut [u8],
        ) -> Result<(), EngineError> {
            match self.memory(instance, name)? {
                AnyMemory::Plain(memory) => memory
                    .read(&*self.store.borrow(), offset, out)
                    .map_err(|error| EngineError(error.to_string())),
                AnyMemory::Shared(memory) => {
                    let cells = shared_range(&memory, offset, out.len())?;
                    for (byte, cell) in out.iter_mut().zip(cells) {
                        // SAFETY: the cell is in bounds of the shared memory,
                        // which never shrinks or moves; a byte read cannot
                        // tear, and no wasm runs on another thread while the
                        // harness inspects memory between directives.
                        *byte = unsafe { cell.get().read_volatile() };
                    }
                    Ok(())
                }
            }
        }

        fn write_memory(
            &mut self,
            instance: InstanceId,
            name: &str,
            offset: usize,
            data: &[u8],
        ) -> Result<(), EngineError> {
            match self.memory(instance, name)? {
                AnyMemory::Plain(memory) => memory
                    .write(self.store.get_mut(), offset, data)
                    .map_err(|error| EngineError(error.to_string())),
                AnyMemory::Shared(memory) => {
                    let cells = shared_range(&memory, offset, data.len())?;
                    for (cell, byte) in cells.iter().zip(data) {
                        // SAFETY: as in `read_memory`: in bounds of a memory
                        // that never moves, one byte at a time, and no wasm
                        // runs concurrently with the harness.
                        unsafe { cell.get().write_volatile(*byte) };
                    }
                    Ok(())
                }
            }
        }

        fn thread_engine(&self) -> Result<ThreadEngine, EngineError> {
            if !self.features.threads() {
                return Err(EngineError("threads are not enabled".into()));
            }
            // A shared memory belongs to one wasmtime engine, so a thread's store lives in
            // this one. The time budget ticks the engine's epoch, so a thread that runs
            // out of time interrupts the other threads' calls too: a timeout fails the
            // script's directives all the same.
            let engine = self.store.borrow().engine().clone();
            let config = self.config.clone();
            Ok(Box::new(move || {
                WasmtimeEngine::with_engine(engine, &config)
                    .map(|engine| Box::new(engine) as Box<dyn Engine>)
                    .map_err(|error| EngineError(error.0))
            }))
        }

        fn shared_exports(&self, instance: InstanceId) -> Result<Vec<SharedExport>, EngineError> {
            let instance = self.instance(instance)?;
            let mut store = self.store.borrow_mut();
            let exports: Vec<(String, Extern)> = instance
                .exports(&mut *store)
                .map(|export| (export.name().to_owned(), export.into_extern()))
                .collect();
            Ok(exports
                .into_iter()
                .filter_map(|(name, export)| match export {
                    Extern::SharedMemory(memory) => Some(SharedExport {
                        name,
                        item: Box::new(memory),
                    }),
                    _ => None,
                })
                .collect())
        }

        fn define_shared(
            &mut self,
            name: &str,
            exports: &[SharedExport],
        ) -> Result<(), EngineError> {
            let store = self.store.get_mut();
            for export in exports {
                let memory = export.item.downcast_ref::<SharedMemory>().ok_or_else(|| {
                    EngineError(format!("`{}` is not a wasmtime shared memory", export.name))
                })?;
                self.linker
                    .define(&mut *store, name, &export.name, memory.clone())
                    .map_err(|error| EngineError(format!("{error:#}")))?;
            }
            Ok(())
        }

        fn func_ref_is(
            &mut self,
            instance: InstanceId,
            index: u32,
            value: &Value,
        ) -> Result<bool, EngineError> {
            let (instance, hidden) = self.instance_and_exports(instance)?;
            let name = hidden.name_of(self.function_identity, index)?;
            let store = self.store.get_mut();
            let named = instance
                .get_func(&mut *store, &name)
                .ok_or_else(|| EngineError(format!("the instance has no function {index}")))?;
            Ok(match *value {
                Value::FuncRef(Some(handle)) => {
                    let func = self.func_refs.get(handle as usize).copied();
                    // A function's identity is its `VMFuncRef`: `ref.func` and the export
                    // of one function in one instance share it.
                    func.is_some_and(|func| func.to_raw(&mut *store) == named.to_raw(&mut *store))
                }
                _ => false,
            })
        }
    }

    /// Whether instantiation failed resolving or type-checking an import: an
    /// import that is not defined is a typed error; a definition of the wrong
    /// type is reported (by the wasmtime release pinned in `Cargo.toml`) with
    /// this context line and no type of its own. Both come before any wasm runs.
    fn is_link_error(error: &wasmtime::Error) -> bool {
        error.is::<UnknownImportError>()
            || error
                .to_string()
                .starts_with("incompatible import type for ")
    }

    /// An exported memory: wasmtime hands out shared memories as their own type.
    enum AnyMemory {
        Plain(Memory),
        Shared(SharedMemory),
    }

    /// The cells `offset..offset + len` of a shared memory, or an error when
    /// they are out of bounds.
    fn shared_range(
        memory: &SharedMemory,
        offset: usize,
        len: usize,
    ) -> Result<&[std::cell::UnsafeCell<u8>], EngineError> {
        let data = memory.data();
        offset
            .checked_add(len)
            .and_then(|end| data.get(offset..end))
            .ok_or_else(|| EngineError("out of bounds memory access".into()))
    }

    /// wasmtime's configuration for `config`: Cranelift, the features it
    /// implements out of `config.features` (and no others), epoch
    /// interruption, and fuel when a fuel limit is set.
    fn wasmtime_config(config: &EngineConfig) -> Config {
        let mut wasmtime = Config::new();
        let wanted = wasmtime_features(config.features);
        wasmtime
            .strategy(Strategy::Cranelift)
            .cranelift_opt_level(OptLevel::Speed)
            .wasm_features(wasmtime::WasmFeatures::all(), false)
            .wasm_features(wanted & supported_features(), true)
            .shared_memory(wanted.contains(wasmtime::WasmFeatures::THREADS))
            .epoch_interruption(true)
            .consume_fuel(config.fuel_per_call.is_some())
            .max_wasm_stack(MAX_WASM_STACK);
        wasmtime
    }

    /// The harness's feature set in the terms of the wasmparser release
    /// wasmtime links: features are matched by name, so a feature that only
    /// one release knows is dropped.
    fn wasmtime_features(features: wasmparser::WasmFeatures) -> wasmtime::WasmFeatures {
        features
            .iter_names()
            .filter_map(|(name, _)| wasmtime::WasmFeatures::from_name(name))
            .fold(wasmtime::WasmFeatures::empty(), |all, feature| {
                all | feature
            })
    }

    /// What wasmtime implements with Cranelift on x86-64: the whole 3.0
    /// language plus the proposals it has finished.
    fn supported_features() -> wasmtime::WasmFeatures {
        wasmtime::WasmFeatures::WASM3
            | wasmtime::WasmFeatures::CUSTOM_PAGE_SIZES
            | wasmtime::WasmFeatures::WIDE_ARITHMETIC
    }

    /// Defines the `spectest` module of `flavour` from [`crate::spectest`];
    /// `shared_memory` only when `threads` are enabled.
    fn define_spectest(
        store: &mut Store<()>,
        linker: &mut Linker<()>,
        threads: bool,
        flavour: spectest::Flavour,
    ) -> wasmtime::Result<()> {
        let name = spectest::MODULE_NAME;
        let (memory_min, memory_max) = spectest::MEMORY_PAGES;
        let memory = Memory::new(&mut *store, MemoryType::new(memory_min, Some(memory_max)))?;
        linker.define(&mut *store, name, "memory", memory)?;
        if threads {
            let (shared_min, shared_max) = flavour.shared_memory_pages();
            let shared =
                SharedMemory::new(store.engine(), MemoryType::shared(shared_min, shared_max))?;
            linker.define(&mut *store, name, "shared_memory", shared)?;
        }
        let (table_min, table_max) = spectest::TABLE_LIMITS;
        let table = Table::new(
            &mut *store,
            TableType::new(RefType::FUNCREF, table_min, Some(table_max)),
            Ref::Func(None),
        )?;
        linker.define(&mut *store, name, "table", table)?;
        if flavour.has_table64() {
            let (table64_min, table64_max) = spectest::TABLE64_LIMITS;
            let table64 = Table::new(
                &mut *store,
                TableType::new64(RefType::FUNCREF, table64_min, Some(table64_max)),
                Ref::Func(None),
            )?;
            linker.define(&mut *store, name, "table64", table64)?;
        }
        let globals = [
            ("global_i32", ValType::I32, Val::I32(spectest::GLOBAL_I32)),
            ("global_i64", ValType::I64, Val::I64(spectest::GLOBAL_I64)),
            (
                "global_f32",
                ValType::F32,
                Val::F32(spectest::GLOBAL_F32_BITS),
            ),
            (
                "global_f64",
                ValType::F64,
                Val::F64(spectest::GLOBAL_F64_BITS),
            ),
        ];
        for (global_name, content, value) in globals {
            let ty = GlobalType::new(content, Mutability::Const);
            let global = Global::new(&mut *store, ty, value)?;
            linker.define(&mut *store, name, global_name, global)?;
        }
        let engine = store.engine().clone();
        for &(print, params) in spectest::PRINT_FUNCTIONS {
            let params = params.iter().map(|param| match param {
                ParamType::I32 => ValType::I32,
                ParamType::I64 => ValType::I64,
                ParamType::F32 => ValType::F32,
                ParamType::F64 => ValType::F64,
            });
            let ty = FuncType::new(&engine, params, []);
            linker.func_new(name, print, ty, |_, _, _| Ok(()))?;
        }
        Ok(())
    }

    /// The harness type of a wasmtime value type; references outside the
    /// function and external hierarchies have none yet.
    fn value_type(ty: &ValType) -> Result<ValueType, String> {
        Ok(match ty {
            ValType::I32 => ValueType::I32,
            ValType::I64 => ValueType::I64,
            ValType::F32 => ValueType::F32,
            ValType::F64 => ValueType::F64,
            ValType::V128 => ValueType::V128,
            ValType::Ref(reference) => match reference.heap_type().top() {
                HeapType::Func => ValueType::FuncRef,
                HeapType::Extern => ValueType::ExternRef,
                _ => return Err(format!("type {ty} has no harness representation yet")),
            },
        })
    }

    /// The harness's view of a function signature.
    fn func_kind(ty: &FuncType) -> Result<ExportKind, String> {
        Ok(ExportKind::Func {
            params: ty
                .params()
                .map(|ty| value_type(&ty))
                .collect::<Result<_, _>>()?,
            results: ty
                .results()
                .map(|ty| value_type(&ty))
                .collect::<Result<_, _>>()?,
        })
    }

    fn value_kind(value: &Val) -> &'static str {
        match value {
            Val::AnyRef(_) => "anyref",
            Val::ExnRef(_) => "exnref",
            Val::ContRef(_) => "contref",
            Val::FuncRef(_) => "funcref",
            Val::ExternRef(_) => "externref",
            Val::I32(_) | Val::I64(_) | Val::F32(_) | Val::F64(_) | Val::V128(_) => "number",
        }
    }

    /// The harness's kind of a wasmtime trap code, as the wasmi adapter maps
    /// wasmi's codes.
    fn trap_kind(code: wasmtime::Trap) -> TrapKind {
        use wasmtime::Trap as Code;
        match code {
            Code::UnreachableCodeReached => TrapKind::Unreachable,
            Code::MemoryOutOfBounds => TrapKind::MemoryOutOfBounds,
            Code::TableOutOfBounds => TrapKind::TableOutOfBounds,
            Code::IndirectCallToNull => TrapKind::UninitializedElement,
            Code::BadSignature => TrapKind::IndirectCallTypeMismatch,
            Code::IntegerDivisionByZero => TrapKind::IntegerDivideByZero,
            Code::IntegerOverflow => TrapKind::IntegerOverflow,
            Code::BadConversionToInteger => TrapKind::InvalidConversionToInteger,
            Code::StackOverflow => TrapKind::CallStackExhausted,
            Code::NullReference => TrapKind::NullReference,
            Code::CastFailure => TrapKind::CastFailure,
            Code::ArrayOutOfBounds => TrapKind::ArrayOutOfBounds,
            Code::HeapMisaligned => TrapKind::UnalignedAtomic,
            Code::Interrupt => TrapKind::Timeout,
            Code::OutOfFuel => TrapKind::OutOfFuel,
            _ => TrapKind::Other,
        }
    }

    /// wasmtime's message for a trap code, without its `wasm trap: ` prefix.
    fn code_message(code: wasmtime::Trap) -> String {
        let message = code.to_string();
        message
            .strip_prefix("wasm trap: ")
            .map_or_else(|| message.clone(), str::to_owned)
    }
}
