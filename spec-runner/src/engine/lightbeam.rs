//! The lightbeam back end: the one-pass WebAssembly → x86-64 compiler.
//!
//! Each engine value is one lightbeam store, a linker holding the host modules
//! and every registered instance, and one [`Watchdog`](super::watchdog::Watchdog)
//! that enforces the time budget through the store's
//! [`InterruptHandle`](lightbeam::InterruptHandle). Compilation is not
//! interruptible (it is a single linear pass); instantiation and calls are.
//!
//! Compile errors are classified so that a module the compiler merely cannot
//! handle yet ([`lightbeam::CompileError::Unsupported`]) or an internal error
//! never counts as correctly rejected by `assert_invalid`/`assert_malformed`.

use super::{Engine, EngineConfig, EngineUnavailable};

/// Creates a lightbeam engine set up as `config` says.
#[cfg(feature = "lightbeam")]
pub fn create(config: &EngineConfig) -> Result<Box<dyn Engine>, EngineUnavailable> {
    Ok(Box::new(LightbeamEngine::new(config)))
}

/// Creates a lightbeam engine; this build does not link the compiler (the
/// crate's `lightbeam` feature is off).
#[cfg(not(feature = "lightbeam"))]
pub fn create(_config: &EngineConfig) -> Result<Box<dyn Engine>, EngineUnavailable> {
    Err(EngineUnavailable(
        "this spec-runner was built without the `lightbeam` feature; use `--engine wasmi`".into(),
    ))
}

#[cfg(feature = "lightbeam")]
pub use wired::LightbeamEngine;

#[cfg(feature = "lightbeam")]
mod wired {
    use super::super::watchdog::Watchdog;
    use super::super::{
        handle_index, CompileError, CompileErrorKind, Engine, EngineConfig, EngineError, Export,
        ExportKind, InstanceId, InstantiateError, ModuleId, Outcome, SharedExport, ThreadEngine,
    };
    use crate::spectest::{self, ParamType};
    use crate::value::{AnyValue, Trap, TrapKind, Value, ValueType};
    use lightbeam::{
        AnyRef, Config, Exn, Extern, ExternType, Func, FuncSelector, FuncType, Global, GlobalType,
        HeapType, IndexType, Instance, InstantiationError, Limits, Linker, Memory, MemoryType,
        Module, RelaxedSimd, SharedMemory, Store, Table, TableType, TrapCode, Val, ValType,
    };
    use std::time::Duration;

    /// A lightbeam store with its linker and the handles the harness has been given.
    pub struct LightbeamEngine {
        store: Store,
        linker: Linker,
        modules: Vec<Module>,
        instances: Vec<Instance>,
        /// Functions that left wasm as `funcref` values, indexed by their handle.
        func_refs: Vec<Func>,
        /// Exceptions that left wasm as `exnref` values, indexed by their handle.
        exn_refs: Vec<Exn>,
        timeout: Option<Duration>,
        watchdog: Watchdog,
        /// An empty exported function, called to consume an interrupt request
        /// that arrived just after the wasm it was meant for had finished.
        interrupt_drain: Option<Func>,
        /// How the engine was set up, for the engines of its script's threads.
        config: EngineConfig,
    }

    impl LightbeamEngine {
        /// Creates an engine set up as `config` says (fuel and call depth do
        /// not apply: the compiler bounds its native stack and has no fuel).
        pub fn new(config: &EngineConfig) -> Self {
            let defaults = Config::default();
            let relaxed_simd = if config.deterministic_relaxed_simd {
                RelaxedSimd::Deterministic
            } else {
                defaults.relaxed_simd
            };
            let engine = lightbeam::Engine::new(Config {
                features: config.features,
                parallel_compilation: config.parallel_compilation,
                relaxed_simd,
                ..defaults
            });
            let mut store = Store::new(&engine);
            let mut linker = Linker::new();
            if config.spectest {
                let threads = config.features.contains(wasmparser::WasmFeatures::THREADS);
                define_spectest(&mut store, &mut linker, threads, config.spectest_flavour)
                    .expect("the spectest definitions are well-formed");
            }
            let interrupt = store.interrupt_handle();
            LightbeamEngine {
                store,
                linker,
                modules: Vec::new(),
                instances: Vec::new(),
                func_refs: Vec::new(),
                exn_refs: Vec::new(),
                timeout: config.timeout,
                watchdog: Watchdog::new(move || interrupt.interrupt()),
                interrupt_drain: None,
                config: config.clone(),
            }
        }

        fn module(&self, id: ModuleId) -> Result<&Module, EngineError> {
            self.modules
                .get(id.0 as usize)
                .ok_or_else(|| EngineError(format!("unknown module handle {id:?}")))
        }

        fn instance(&self, id: InstanceId) -> Result<Instance, EngineError> {
            self.instances
                .get(id.0 as usize)
                .copied()
                .ok_or_else(|| EngineError(format!("unknown instance handle {id:?}")))
        }

        fn export<T>(
            &self,
            instance: InstanceId,
            name: &str,
            what: &str,
            get: impl FnOnce(Instance, &Store) -> Result<Option<T>, lightbeam::StoreMismatch>,
        ) -> Result<T, EngineError> {
            let instance = self.instance(instance)?;
            get(instance, &self.store)
                .map_err(|error| EngineError(error.to_string()))?
                .ok_or_else(|| EngineError(format!("no exported {what} \"{name}\"")))
        }

        fn memory(&self, instance: InstanceId, name: &str) -> Result<Memory, EngineError> {
            self.export(instance, name, "memory", |instance, store| {
                instance.get_memory(store, name)
            })
        }

        fn global(&self, instance: InstanceId, name: &str) -> Result<Global, EngineError> {
            self.export(instance, name, "global", |instance, store| {
                instance.get_global(store, name)
            })
        }

        /// Converts a harness internal reference into lightbeam's; structs and
        /// arrays come only from other engines (lightbeam has no GC heap yet).
        fn lightbeam_any(value: AnyValue) -> Result<AnyRef, EngineError> {
            match value {
                AnyValue::I31(bits) => Ok(AnyRef::I31(bits)),
                AnyValue::Host(n) => Ok(AnyRef::Host(n)),
                AnyValue::Struct(_) | AnyValue::Array(_) => {
                    Err(EngineError(format!("{value} is not a lightbeam reference")))
                }
            }
        }

        /// Converts a lightbeam internal reference into the harness's.
        fn harness_any(value: AnyRef) -> AnyValue {
            match value {
                AnyRef::I31(bits) => AnyValue::I31(bits),
                AnyRef::Host(n) => AnyValue::Host(n),
            }
        }

        /// The one conversion into lightbeam's values.
        fn lightbeam_value(&self, value: &Value) -> Result<Val, EngineError> {
            Ok(match *value {
                Value::I32(v) => Val::I32(v),
                Value::I64(v) => Val::I64(v),
                Value::F32(bits) => Val::F32(bits),
                Value::F64(bits) => Val::F64(bits),
                Value::V128(bits) => Val::V128(bits),
                Value::FuncRef(None) => Val::FuncRef(None),
                Value::FuncRef(Some(handle)) => {
                    let func = self.func_refs.get(handle as usize).copied();
                    let func = func
                        .ok_or_else(|| EngineError(format!("unknown funcref handle {handle}")))?;
                    Val::FuncRef(Some(func))
                }
                Value::ExternRef(host) => Val::ExternRef(host),
                Value::AnyRef(value) => Val::AnyRef(value.map(Self::lightbeam_any).transpose()?),
                Value::ExternAny(value) => Val::ExternAny(Self::lightbeam_any(value)?),
                Value::ExnRef(None) => Val::ExnRef(None),
                Value::ExnRef(Some(handle)) => {
                    let exn = self.exn_refs.get(handle as usize).copied();
                    let exn =
                        exn.ok_or_else(|| EngineError(format!("unknown exnref handle {handle}")))?;
                    Val::ExnRef(Some(exn))
                }
            })
        }

        /// The one conversion out of lightbeam's values.
        fn harness_value(&mut self, value: &Val) -> Result<Value, EngineError> {
            Ok(match *value {
                Val::I32(v) => Value::I32(v),
                Val::I64(v) => Value::I64(v),
                Val::F32(bits) => Value::F32(bits),
                Val::F64(bits) => Value::F64(bits),
                Val::V128(bits) => Value::V128(bits),
                Val::FuncRef(None) => Value::FuncRef(None),
                Val::FuncRef(Some(func)) => {
                    let handle =
                        u32::try_from(self.func_refs.len()).expect("fewer than 2^32 funcrefs");
                    self.func_refs.push(func);
                    Value::FuncRef(Some(handle))
                }
                Val::ExternRef(host) => Value::ExternRef(host),
                Val::AnyRef(value) => Value::AnyRef(value.map(Self::harness_any)),
                Val::ExternAny(value) => Value::ExternAny(Self::harness_any(value)),
                Val::ExnRef(None) => Value::ExnRef(None),
                Val::ExnRef(Some(exn)) => {
                    let handle =
                        u32::try_from(self.exn_refs.len()).expect("fewer than 2^32 exnrefs");
                    self.exn_refs.push(exn);
                    Value::ExnRef(Some(handle))
                }
            })
        }

        /// Runs `operation` (which may execute wasm) under the time budget. If the
        /// watchdog interrupted it, a leftover interrupt request is consumed so it
        /// cannot hit the next operation (the request may arrive just after the
        /// wasm it was meant for returned).
        fn with_deadline<T>(&mut self, operation: impl FnOnce(&mut Self) -> T) -> T {
            let Some(timeout) = self.timeout else {
                return operation(self);
            };
            self.watchdog.arm(timeout);
            let result = operation(self);
            if self.watchdog.disarm() {
                self.drain_interrupt();
            }
            result
        }

        /// Consumes a pending interrupt request by entering wasm once: an empty
        /// function's prologue traps with `interrupted` (clearing the request) if
        /// one is pending, and returns otherwise.
        fn drain_interrupt(&mut self) {
            let drain = match self.interrupt_drain {
                Some(func) => func,
                None => {
                    let module =
                        Module::new(self.store.engine(), r#"(module (func (export "drain")))"#)
                            .expect("the empty function compiles");
                    let instance = Linker::new()
                        .instantiate(&mut self.store, &module)
                        .expect("a module without imports or state instantiates");
                    let func = instance
                        .get_func(&self.store, "drain")
                        .ok()
                        .flatten()
                        .expect("the drain module exports `drain`");
                    self.interrupt_drain = Some(func);
                    func
                }
            };
            // Either outcome leaves no request pending.
            let _ = drain.call(&mut self.store, &[]);
        }

        fn timeout_trap(&self) -> Trap {
            let seconds = self.timeout.unwrap_or_default().as_secs_f64();
            Trap {
                kind: TrapKind::Timeout,
                message: format!("timeout: still running after {seconds:.1}s"),
            }
        }

        /// A lightbeam trap in the harness's terms: lightbeam's message (with the
        /// wasm offset when known), the kind from its trap code. An interrupt is
        /// always the watchdog's, so it is a timeout.
        fn harness_trap(&self, trap: &lightbeam::Trap) -> Trap {
            match trap_kind(trap.code) {
                TrapKind::Timeout => self.timeout_trap(),
                kind => Trap {
                    kind,
                    message: trap.to_string(),
                },
            }
        }
    }

    impl Engine for LightbeamEngine {
        fn name(&self) -> &str {
            "lightbeam"
        }

        fn set_timeout(&mut self, timeout: Option<Duration>) {
            self.timeout = timeout;
        }

        fn compile(&mut self, wasm: &[u8]) -> Result<ModuleId, CompileError> {
            let module = Module::from_reader(self.store.engine(), wasm)
                .map_err(|error| harness_compile_error(&error))?;
            self.modules.push(module);
            Ok(ModuleId(handle_index(self.modules.len())))
        }

        fn code_size(&self, module: ModuleId) -> Option<usize> {
            let module = self.module(module).ok()?;
            Some(
                (0..module.defined_functions())
                    .map(|index| module.function_code(index).map_or(0, <[u8]>::len))
                    .sum(),
            )
        }

        fn define_trapping_imports(&mut self, module: ModuleId) -> Result<(), EngineError> {
            for (module_name, name, ty) in self.module(module)?.imports() {
                let ExternType::Func(ty) = ty else { continue };
                let what = format!("{module_name}.{name}");
                let func = Func::new_host(&mut self.store, ty, move |_| {
                    Err(lightbeam::Trap::host(format!("import `{what}` called")))
                });
                self.linker.define(&module_name, &name, Extern::Func(func));
            }
            Ok(())
        }

        fn instantiate(&mut self, module: ModuleId) -> Result<InstanceId, InstantiateError> {
            let module = self
                .module(module)
                .map_err(|error| InstantiateError::Other(error.0))?
                .clone();
            let result =
                self.with_deadline(|engine| engine.linker.instantiate(&mut engine.store, &module));
            match result {
                Ok(instance) => {
                    self.instances.push(instance);
                    Ok(InstanceId(handle_index(self.instances.len())))
                }
                Err(InstantiationError::Unlinkable(message)) => {
                    Err(InstantiateError::Unlinkable(message))
                }
                Err(InstantiationError::Trap(trap)) if trap.code == TrapCode::UncaughtException => {
                    // The exception stays in the store until taken.
                    let _ = self.store.take_pending_exception();
                    Err(InstantiateError::Exception)
                }
                Err(InstantiationError::Trap(trap)) => {
                    Err(InstantiateError::Trapped(self.harness_trap(&trap)))
                }
                Err(
                    error @ (InstantiationError::Resource(_)
                    | InstantiationError::Limit(_)
                    | InstantiationError::EngineMismatch
                    | InstantiationError::MissingCpuFeature(_)
                    | InstantiationError::StoreMismatch { .. }),
                ) => Err(InstantiateError::Other(error.to_string())),
            }
        }

        fn register(&mut self, name: &str, instance: InstanceId) -> Result<(), EngineError> {
            let instance = self.instance(instance)?;
            self.linker
                .define_instance(&self.store, name, instance)
                .map_err(|error| EngineError(error.to_string()))?;
            Ok(())
        }

        fn exports(&self, instance: InstanceId) -> Result<Vec<Export>, EngineError> {
            let exports = self
                .instance(instance)?
                .exports(&self.store)
                .map_err(|error| EngineError(error.to_string()))?;
            // Tags are not listed.
            let mut listed = Vec::new();
            for (name, export) in exports {
                let kind = match export {
                    Extern::Func(func) => {
                        let ty = func
                            .ty(&self.store)
                            .map_err(|error| EngineError(error.to_string()))?;
                        let types =
                            |types: &[ValType]| types.iter().map(|&ty| value_type(ty)).collect();
                        ExportKind::Func {
                            params: types(&ty.params),
                            results: types(&ty.results),
                        }
                    }
                    Extern::Global(_) => ExportKind::Global,
                    Extern::Table(_) => ExportKind::Table,
                    Extern::Memory(_) => ExportKind::Memory,
                    Extern::Tag(_) => continue,
                };
                listed.push(Export { name, kind });
            }
            Ok(listed)
        }

        fn invoke(
            &mut self,
            instance: InstanceId,
            name: &str,
            args: &[Value],
        ) -> Result<Outcome, EngineError> {
            let func = self.export(instance, name, "function", |instance, store| {
                instance.get_func(store, name)
            })?;
            let func_type = func
                .ty(&self.store)
                .map_err(|error| EngineError(error.to_string()))?;
            if func_type.params.len() != args.len() {
                return Err(EngineError(format!(
                    "\"{name}\" takes {} arguments, {} given",
                    func_type.params.len(),
                    args.len()
                )));
            }
            let args: Vec<Val> = args
                .iter()
                .map(|arg| self.lightbeam_value(arg))
                .collect::<Result<_, _>>()?;
            if let Some((arg, ty)) = args
                .iter()
                .zip(func_type.params.iter())
                .find(|(arg, ty)| !arg.matches_ty(&self.store, **ty).unwrap_or(false))
            {
                return Err(EngineError(format!(
                    "\"{name}\" has type {func_type}: a {} argument was given for a {ty} parameter",
                    arg.ty()
                )));
            }
            let result = self.with_deadline(|engine| func.call(&mut engine.store, &args));
            match result {
                Ok(results) => Ok(Outcome::Returned(
                    results
                        .iter()
                        .map(|value| self.harness_value(value))
                        .collect::<Result<_, _>>()?,
                )),
                Err(trap) if trap.code == TrapCode::UncaughtException => {
                    // The exception stays in the store until taken.
                    let _ = self.store.take_pending_exception();
                    Ok(Outcome::Exception)
                }
                Err(trap) => Ok(Outcome::Trapped(self.harness_trap(&trap))),
            }
        }

        fn get_global(&mut self, instance: InstanceId, name: &str) -> Result<Value, EngineError> {
            let value = self
                .global(instance, name)?
                .get(&self.store)
                .map_err(|error| EngineError(error.to_string()))?;
            self.harness_value(&value)
        }

        fn set_global(
            &mut self,
            instance: InstanceId,
            name: &str,
            value: Value,
        ) -> Result<(), EngineError> {
            let global = self.global(instance, name)?;
            let value = self.lightbeam_value(&value)?;
            global
                .set(&mut self.store, value)
                .map_err(|error| EngineError(error.to_string()))
        }

        fn table_nulls(&self, instance: InstanceId, name: &str) -> Result<Vec<bool>, EngineError> {
            let table = self.export(instance, name, "table", |instance, store| {
                instance.get_table(store, name)
            })?;
            let size = table
                .size(&self.store)
                .map_err(|error| EngineError(error.to_string()))?;
            (0..size)
                .map(|index| {
                    let entry = table
                        .get(&self.store, index)
                        .map_err(|error| EngineError(error.to_string()))?;
                    Ok(entry.is_none_or(|entry| entry.is_null()))
                })
                .collect()
        }

        fn memory_size(&self, instance: InstanceId, name: &str) -> Result<usize, EngineError> {
            let memory = self.memory(instance, name)?;
            let bytes = memory
                .data_bytes(&self.store)
                .map_err(|error| EngineError(error.to_string()))?;
            Ok(bytes.len())
        }

        fn read_memory(
            &self,
            instance: InstanceId,
            name: &str,
            offset: usize,
            out: &mut [u8],
        ) -> Result<(), EngineError> {
            self.memory(instance, name)?
                .read(&self.store, offset, out)
                .map_err(|error| EngineError(error.to_string()))
        }

        fn write_memory(
            &mut self,
            instance: InstanceId,
            name: &str,
            offset: usize,
            data: &[u8],
        ) -> Result<(), EngineError> {
            self.memory(instance, name)?
                .write(&mut self.store, offset, data)
                .map_err(|error| EngineError(error.to_string()))
        }

        fn thread_engine(&self) -> Result<ThreadEngine, EngineError> {
            if !self.config.features.threads() {
                return Err(EngineError("threads are not enabled".into()));
            }
            // A shared memory belongs to no store, so a thread's engine needs nothing of
            // this one but its set-up.
            let config = self.config.clone();
            Ok(Box::new(move || {
                Ok(Box::new(LightbeamEngine::new(&config)) as Box<dyn Engine>)
            }))
        }

        fn shared_exports(&self, instance: InstanceId) -> Result<Vec<SharedExport>, EngineError> {
            let exports = self
                .instance(instance)?
                .exports(&self.store)
                .map_err(|error| EngineError(error.to_string()))?;
            let mut shared = Vec::new();
            for (name, export) in exports {
                let Extern::Memory(memory) = export else {
                    continue;
                };
                let memory = memory
                    .shared(&self.store)
                    .map_err(|error| EngineError(error.to_string()))?;
                if let Some(memory) = memory {
                    shared.push(SharedExport {
                        name,
                        item: Box::new(memory),
                    });
                }
            }
            Ok(shared)
        }

        fn define_shared(
            &mut self,
            name: &str,
            exports: &[SharedExport],
        ) -> Result<(), EngineError> {
            for export in exports {
                let memory = export.item.downcast_ref::<SharedMemory>().ok_or_else(|| {
                    EngineError(format!(
                        "`{}` is not a lightbeam shared memory",
                        export.name
                    ))
                })?;
                let memory = Memory::from_shared(&mut self.store, memory)
                    .map_err(|error| EngineError(error.to_string()))?;
                self.linker
                    .define(name, &export.name, Extern::Memory(memory));
            }
            Ok(())
        }

        fn func_ref_is(
            &mut self,
            instance: InstanceId,
            index: u32,
            value: &Value,
        ) -> Result<bool, EngineError> {
            let named = self
                .instance(instance)?
                .func_at(&self.store, index)
                .map_err(|error| EngineError(error.to_string()))?
                .ok_or_else(|| EngineError(format!("the instance has no function {index}")))?;
            Ok(match *value {
                Value::FuncRef(Some(handle)) => self.func_refs.get(handle as usize) == Some(&named),
                _ => false,
            })
        }

        fn show_asm(&self, instance: InstanceId, name: &str) -> Option<String> {
            let instance = self.instance(instance).ok()?;
            instance
                .module(&self.store)
                .ok()?
                .disassemble(FuncSelector::Export(name))
        }
    }

    /// Only a decoder or validator rejection is [`CompileErrorKind::Invalid`];
    /// unsupported constructs are [`CompileErrorKind::Unsupported`], and internal
    /// compiler errors and I/O errors [`CompileErrorKind::Internal`], so neither
    /// ever passes `assert_invalid`.
    fn harness_compile_error(error: &lightbeam::CompileError) -> CompileError {
        let kind = match error {
            lightbeam::CompileError::Invalid { .. } => CompileErrorKind::Invalid,
            lightbeam::CompileError::Unsupported { .. } => CompileErrorKind::Unsupported,
            lightbeam::CompileError::Internal(_) | lightbeam::CompileError::Io(_) => {
                CompileErrorKind::Internal
            }
        };
        CompileError {
            kind,
            message: error.to_string(),
        }
    }

    fn trap_kind(code: TrapCode) -> TrapKind {
        match code {
            TrapCode::Unreachable => TrapKind::Unreachable,
            TrapCode::IntegerDivisionByZero => TrapKind::IntegerDivideByZero,
            TrapCode::IntegerOverflow => TrapKind::IntegerOverflow,
            TrapCode::BadConversionToInteger => TrapKind::InvalidConversionToInteger,
            TrapCode::MemoryOutOfBounds => TrapKind::MemoryOutOfBounds,
            // `call_indirect` past the table's end and table instructions out of
            // range are one kind, as in the reference interpreter.
            TrapCode::TableOutOfBounds | TrapCode::TableAccessOutOfBounds => {
                TrapKind::TableOutOfBounds
            }
            TrapCode::IndirectCallToNull => TrapKind::UninitializedElement,
            TrapCode::BadSignature => TrapKind::IndirectCallTypeMismatch,
            TrapCode::StackOverflow => TrapKind::CallStackExhausted,
            TrapCode::NullReference
            | TrapCode::NullFunctionReference
            | TrapCode::NullI31Reference => TrapKind::NullReference,
            TrapCode::CastFailure => TrapKind::CastFailure,
            TrapCode::UnalignedAtomic => TrapKind::UnalignedAtomic,
            TrapCode::Interrupted => TrapKind::Timeout,
            TrapCode::HostTrap | TrapCode::ExpectedSharedMemory | TrapCode::UncaughtException => {
                TrapKind::Other
            }
        }
    }

    /// The harness type of `ty`.
    fn value_type(ty: ValType) -> ValueType {
        match ty {
            ValType::I32 => ValueType::I32,
            ValType::I64 => ValueType::I64,
            ValType::F32 => ValueType::F32,
            ValType::F64 => ValueType::F64,
            ValType::V128 => ValueType::V128,
            // Typed references are values of their hierarchy's type to the harness.
            ValType::Ref(reference) => match reference.heap_type.top() {
                HeapType::Extern => ValueType::ExternRef,
                HeapType::Any => ValueType::AnyRef,
                HeapType::Exn => ValueType::ExnRef,
                _ => ValueType::FuncRef,
            },
        }
    }

    /// Defines the `spectest` module of `flavour`; `shared_memory` only when `threads`
    /// are enabled.
    fn define_spectest(
        store: &mut Store,
        linker: &mut Linker,
        threads: bool,
        flavour: spectest::Flavour,
    ) -> Result<(), String> {
        let name = spectest::MODULE_NAME;
        let (memory_min, memory_max) = spectest::MEMORY_PAGES;
        let memory = Memory::new(
            store,
            MemoryType {
                limits: Limits {
                    min: memory_min.into(),
                    max: Some(memory_max.into()),
                },
                index_type: IndexType::I32,
                page_size_log2: 16,
                shared: false,
            },
        )
        .map_err(|error| error.to_string())?;
        linker.define(name, "memory", Extern::Memory(memory));
        if threads {
            let (shared_min, shared_max) = flavour.shared_memory_pages();
            let shared = Memory::new(
                store,
                MemoryType {
                    limits: Limits {
                        min: shared_min.into(),
                        max: Some(shared_max.into()),
                    },
                    index_type: IndexType::I32,
                    page_size_log2: 16,
                    shared: true,
                },
            )
            .map_err(|error| error.to_string())?;
            linker.define(name, "shared_memory", Extern::Memory(shared));
        }
        let tables = [
            (
                "table",
                (
                    u64::from(spectest::TABLE_LIMITS.0),
                    u64::from(spectest::TABLE_LIMITS.1),
                ),
                IndexType::I32,
            ),
            ("table64", spectest::TABLE64_LIMITS, IndexType::I64),
        ];
        let tables = &tables[..if flavour.has_table64() { 2 } else { 1 }];
        for &(table_name, (min, max), index_type) in tables {
            let table = Table::new(
                store,
                TableType {
                    element: ValType::FUNCREF,
                    limits: Limits {
                        min,
                        max: Some(max),
                    },
                    index_type,
                },
                Val::FuncRef(None),
            )
            .map_err(|error| error.to_string())?;
            linker.define(name, table_name, Extern::Table(table));
        }
        let globals = [
            ("global_i32", Val::I32(spectest::GLOBAL_I32)),
            ("global_i64", Val::I64(spectest::GLOBAL_I64)),
            ("global_f32", Val::F32(spectest::GLOBAL_F32_BITS)),
            ("global_f64", Val::F64(spectest::GLOBAL_F64_BITS)),
        ];
        for (global_name, value) in globals {
            let ty = GlobalType {
                content: value.ty(),
                mutable: false,
            };
            let global = Global::new(store, ty, value).map_err(|error| error.to_string())?;
            linker.define(name, global_name, Extern::Global(global));
        }
        for (function_name, params) in spectest::PRINT_FUNCTIONS {
            let ty = FuncType::new(params.iter().map(|param| val_type(*param)), []);
            let print = Func::new_host(store, ty, |_| Ok(Vec::new()));
            linker.define(name, function_name, Extern::Func(print));
        }
        Ok(())
    }

    fn val_type(param: ParamType) -> ValType {
        match param {
            ParamType::I32 => ValType::I32,
            ParamType::I64 => ValType::I64,
            ParamType::F32 => ValType::F32,
            ParamType::F64 => ValType::F64,
        }
    }

    #[cfg(test)]
    mod tests {
        use super::super::super::{
            CompileErrorKind, Engine, EngineConfig, FeatureLevel, InstanceId, Outcome,
        };
        use super::LightbeamEngine;
        use crate::value::{TrapKind, Value};
        use std::time::Duration;

        fn spec_engine(level: FeatureLevel) -> LightbeamEngine {
            LightbeamEngine::new(&EngineConfig::spec(level))
        }

        fn encode(text: &str) -> Vec<u8> {
            let buffer = wast::parser::ParseBuffer::new(text).expect("the test module lexes");
            let mut module: wast::Wat =
                wast::parser::parse(&buffer).expect("the test module parses");
            module.encode().expect("the test module encodes")
        }

        fn instantiate(engine: &mut LightbeamEngine, text: &str) -> InstanceId {
            let module = engine
                .compile(&encode(text))
                .expect("the test module compiles");
            engine
                .instantiate(module)
                .expect("the test module instantiates")
        }

        const LOOPS: &str = r#"(module
            (func (export "spin") (loop (br 0)))
            (func (export "one") (result i32) (i32.const 1))
            (func (export "div") (param i32) (result i32) (i32.div_u (i32.const 1) (local.get 0))))"#;

        #[test]
        fn a_timed_out_call_leaves_the_store_usable() {
            let mut engine = spec_engine(FeatureLevel::Wasm2);
            engine.set_timeout(Some(Duration::from_millis(50)));
            let instance = instantiate(&mut engine, LOOPS);
            for _ in 0..2 {
                match engine.invoke(instance, "spin", &[]) {
                    Ok(Outcome::Trapped(trap)) => assert_eq!(trap.kind, TrapKind::Timeout),
                    other => panic!("expected a timeout, got {other:?}"),
                }
                assert_eq!(
                    engine.invoke(instance, "one", &[]),
                    Ok(Outcome::Returned(vec![Value::I32(1)]))
                );
            }
        }

        #[test]
        fn an_interrupt_arriving_after_the_call_is_drained() {
            let mut engine = spec_engine(FeatureLevel::Wasm2);
            let instance = instantiate(&mut engine, LOOPS);
            // What the watchdog does when it fires just as the call returns.
            engine.store.interrupt_handle().interrupt();
            engine.drain_interrupt();
            assert_eq!(
                engine.invoke(instance, "one", &[]),
                Ok(Outcome::Returned(vec![Value::I32(1)]))
            );
        }

        #[test]
        fn traps_have_the_spec_kind_and_lightbeams_message() {
            let mut engine = spec_engine(FeatureLevel::Wasm2);
            let instance = instantiate(&mut engine, LOOPS);
            match engine.invoke(instance, "div", &[Value::I32(0)]) {
                Ok(Outcome::Trapped(trap)) => {
                    assert_eq!(trap.kind, TrapKind::IntegerDivideByZero);
                    assert!(trap.matches_message("integer divide by zero"), "{trap}");
                }
                other => panic!("expected a trap, got {other:?}"),
            }
        }

        #[test]
        fn invalid_and_unsupported_modules_are_told_apart() {
            let mut engine = spec_engine(FeatureLevel::Wasm3);
            let invalid = engine.compile(&encode("(module (func (result i32) (i64.const 0)))"));
            assert_eq!(invalid.unwrap_err().kind, CompileErrorKind::Invalid);
            // Valid Wasm 3.0 that the compiler does not handle (GC allocation).
            let unsupported = engine.compile(&encode(
                "(module (type $s (struct)) (func (result (ref $s)) (struct.new $s)))",
            ));
            assert_eq!(unsupported.unwrap_err().kind, CompileErrorKind::Unsupported);
        }

        #[test]
        fn spectest_imports_link_and_funcrefs_round_trip() {
            let mut engine = spec_engine(FeatureLevel::Wasm2);
            let instance = instantiate(
                &mut engine,
                r#"(module
                    (import "spectest" "print_i32_f32" (func (param i32 f32)))
                    (import "spectest" "memory" (memory 1 2))
                    (import "spectest" "table" (table 10 20 funcref))
                    (import "spectest" "global_i64" (global i64))
                    (func $f (export "f") (result funcref) (ref.func $f))
                    (func (export "is_null") (param funcref) (result i32)
                      (ref.is_null (local.get 0)))
                    (elem declare func $f))"#,
            );
            let Ok(Outcome::Returned(values)) = engine.invoke(instance, "f", &[]) else {
                panic!("f returns");
            };
            assert!(matches!(values[..], [Value::FuncRef(Some(_))]));
            assert_eq!(
                engine.invoke(instance, "is_null", &values),
                Ok(Outcome::Returned(vec![Value::I32(0)]))
            );
            assert_eq!(
                engine.invoke(instance, "is_null", &[Value::FuncRef(None)]),
                Ok(Outcome::Returned(vec![Value::I32(1)]))
            );
        }

        #[test]
        fn show_asm_disassembles_an_exported_function() {
            let mut engine = spec_engine(FeatureLevel::Wasm2);
            let instance = instantiate(&mut engine, LOOPS);
            let listing = engine
                .show_asm(instance, "one")
                .expect("one is a defined export");
            assert!(listing.contains("ret"), "{listing}");
            assert_eq!(engine.show_asm(instance, "missing"), None);
        }
    }
}
