//! The lightbeam back end: the one-pass WebAssembly → x86-64 compiler.
//!
//! Each script gets one lightbeam store, a linker holding the `spectest`
//! definitions and every registered instance, and one watchdog thread that
//! enforces the per-directive time budget through the store's
//! [`InterruptHandle`](lightbeam::InterruptHandle). Compilation is not
//! interruptible (it is a single linear pass); instantiation and calls are.
//!
//! Compile errors are classified so that a module the compiler merely cannot
//! handle yet ([`lightbeam::CompileError::Unsupported`], and internal errors)
//! never counts as correctly rejected by `assert_invalid`/`assert_malformed`.
//! The validator accepts exactly the language of the feature level (see
//! [`features`]), so what it rejects is invalid at that level.

use super::{Engine, EngineUnavailable, FeatureLevel};

/// Creates a lightbeam engine for one script.
#[cfg(feature = "lightbeam")]
pub fn create(level: FeatureLevel) -> Result<Box<dyn Engine>, EngineUnavailable> {
    Ok(Box::new(LightbeamEngine::with_features(level)))
}

/// Creates a lightbeam engine for one script; this build does not link the
/// compiler (the crate's `lightbeam` feature is off).
#[cfg(not(feature = "lightbeam"))]
pub fn create(_level: FeatureLevel) -> Result<Box<dyn Engine>, EngineUnavailable> {
    Err(EngineUnavailable(
        "this spec-runner was built without the `lightbeam` feature; use `--engine wasmi`".into(),
    ))
}

#[cfg(feature = "lightbeam")]
pub use wired::{features, LightbeamEngine};

#[cfg(feature = "lightbeam")]
mod wired {
    use super::super::{
        CompileError, CompileErrorKind, Engine, EngineError, FeatureLevel, InstanceId,
        InstantiateError, ModuleId, Outcome,
    };
    use super::watchdog::Watchdog;
    use crate::spectest::{self, ParamType};
    use crate::value::{Trap, TrapKind, Value};
    use lightbeam::{
        Config, Extern, Func, FuncSelector, FuncType, Global, GlobalType, Instance,
        InstantiationError, Limits, Linker, Memory, MemoryType, Module, Store, Table, TableType,
        TrapCode, Val, ValType,
    };
    use std::time::Duration;
    use wasmparser::WasmFeatures;

    /// A lightbeam store with its linker and the handles the harness has been given.
    pub struct LightbeamEngine {
        store: Store,
        linker: Linker,
        modules: Vec<Module>,
        instances: Vec<Instance>,
        /// Functions that left wasm as `funcref` values, indexed by their handle.
        func_refs: Vec<Func>,
        timeout: Duration,
        watchdog: Watchdog,
        /// An empty exported function, called to consume an interrupt request
        /// that arrived just after the wasm it was meant for had finished.
        interrupt_drain: Option<Func>,
    }

    /// The validator features for `level`.
    ///
    /// Wasm 2.0 is exactly [`WasmFeatures::WASM2`] (SIMD included: the
    /// compiler reports SIMD operators it lacks as unsupported). For Wasm 3.0
    /// the validator accepts the whole 3.0 language plus the proposals the
    /// testsuite carries (custom page sizes, wide arithmetic, custom
    /// descriptors), so that a valid module the compiler cannot handle yet is
    /// reported as unsupported rather than invalid, and a rejection always
    /// means the module is really invalid.
    pub fn features(level: FeatureLevel) -> WasmFeatures {
        match level {
            FeatureLevel::Wasm2 => WasmFeatures::WASM2,
            FeatureLevel::Wasm3 => {
                WasmFeatures::WASM3
                    | WasmFeatures::CUSTOM_PAGE_SIZES
                    | WasmFeatures::WIDE_ARITHMETIC
                    | WasmFeatures::CUSTOM_DESCRIPTORS
            }
        }
    }

    impl LightbeamEngine {
        /// Creates an engine validating the features of `level`, with `spectest` defined.
        pub fn with_features(level: FeatureLevel) -> Self {
            let config = Config {
                features: features(level),
                // Scripts already run in parallel, one per worker thread.
                parallel_compilation: false,
                ..Config::default()
            };
            let engine = lightbeam::Engine::new(config);
            let mut store = Store::new(&engine);
            let mut linker = Linker::new();
            define_spectest(&mut store, &mut linker)
                .expect("the spectest definitions are well-formed");
            let watchdog = Watchdog::new(store.interrupt_handle());
            LightbeamEngine {
                store,
                linker,
                modules: Vec::new(),
                instances: Vec::new(),
                func_refs: Vec::new(),
                timeout: Duration::from_secs(10),
                watchdog,
                interrupt_drain: None,
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
            })
        }

        fn harness_value(&mut self, value: &Val) -> Value {
            match *value {
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
            }
        }

        /// Runs `operation` (which may execute wasm) under the time budget. If the
        /// watchdog interrupted it, a leftover interrupt request is consumed so it
        /// cannot hit the next directive (the request may arrive just after the
        /// wasm it was meant for returned).
        fn with_deadline<T>(&mut self, operation: impl FnOnce(&mut Self) -> T) -> T {
            self.watchdog.arm(self.timeout);
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
            Trap {
                kind: TrapKind::Timeout,
                message: format!(
                    "timeout: still running after {:.1}s",
                    self.timeout.as_secs_f64()
                ),
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
        fn name(&self) -> &'static str {
            "lightbeam"
        }

        fn set_timeout(&mut self, timeout: Duration) {
            self.timeout = timeout;
        }

        fn compile(&mut self, wasm: &[u8]) -> Result<ModuleId, CompileError> {
            let module = Module::from_reader(self.store.engine(), wasm)
                .map_err(|error| harness_compile_error(&error))?;
            self.modules.push(module);
            Ok(ModuleId(handle_index(self.modules.len())))
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

        fn invoke(
            &mut self,
            instance: InstanceId,
            name: &str,
            args: &[Value],
        ) -> Result<Outcome, EngineError> {
            let instance = self.instance(instance)?;
            let func = instance
                .get_func(&self.store, name)
                .map_err(|error| EngineError(error.to_string()))?
                .ok_or_else(|| EngineError(format!("no exported function \"{name}\"")))?;
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
                .find(|(arg, ty)| arg.ty() != **ty)
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
                        .collect(),
                )),
                Err(trap) => Ok(Outcome::Trapped(self.harness_trap(&trap))),
            }
        }

        fn get_global(&mut self, instance: InstanceId, name: &str) -> Result<Value, EngineError> {
            let instance = self.instance(instance)?;
            let global = instance
                .get_global(&self.store, name)
                .map_err(|error| EngineError(error.to_string()))?
                .ok_or_else(|| EngineError(format!("no exported global \"{name}\"")))?;
            let value = global
                .get(&self.store)
                .map_err(|error| EngineError(error.to_string()))?;
            Ok(self.harness_value(&value))
        }

        fn show_asm(&self, instance: InstanceId, name: &str) -> Option<String> {
            let instance = self.instance(instance).ok()?;
            instance
                .module(&self.store)
                .ok()?
                .disassemble(FuncSelector::Export(name))
        }
    }

    fn handle_index(len: usize) -> u32 {
        u32::try_from(len - 1).expect("fewer than 2^32 handles per script")
    }

    /// Only a decoder or validator rejection is [`CompileErrorKind::Invalid`];
    /// unsupported constructs, internal compiler errors and I/O errors are
    /// [`CompileErrorKind::Unsupported`], so they never pass `assert_invalid`.
    fn harness_compile_error(error: &lightbeam::CompileError) -> CompileError {
        let kind = match error {
            lightbeam::CompileError::Invalid { .. } => CompileErrorKind::Invalid,
            lightbeam::CompileError::Unsupported { .. }
            | lightbeam::CompileError::Internal(_)
            | lightbeam::CompileError::Io(_) => CompileErrorKind::Unsupported,
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
            TrapCode::TableOutOfBounds | TrapCode::TableAccessOutOfBounds => {
                TrapKind::TableOutOfBounds
            }
            TrapCode::IndirectCallToNull => TrapKind::UninitializedElement,
            TrapCode::BadSignature => TrapKind::IndirectCallTypeMismatch,
            TrapCode::StackOverflow => TrapKind::CallStackExhausted,
            TrapCode::NullReference => TrapKind::NullReference,
            TrapCode::Interrupted => TrapKind::Timeout,
            TrapCode::HostTrap => TrapKind::Other,
        }
    }

    /// Defines the `spectest` module. `table64` is left out: lightbeam has no
    /// 64-bit tables, and modules importing it are unsupported anyway.
    fn define_spectest(store: &mut Store, linker: &mut Linker) -> Result<(), String> {
        let name = spectest::MODULE_NAME;
        let (memory_min, memory_max) = spectest::MEMORY_PAGES;
        let memory = Memory::new(
            store,
            MemoryType {
                limits: Limits {
                    min: memory_min.into(),
                    max: Some(memory_max.into()),
                },
            },
        )
        .map_err(|error| error.to_string())?;
        linker.define(name, "memory", Extern::Memory(memory));
        let (table_min, table_max) = spectest::TABLE_LIMITS;
        let table = Table::new(
            store,
            TableType {
                element: ValType::FuncRef,
                limits: Limits {
                    min: table_min.into(),
                    max: Some(table_max.into()),
                },
            },
            Val::FuncRef(None),
        )
        .map_err(|error| error.to_string())?;
        linker.define(name, "table", Extern::Table(table));
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
        use super::super::super::{CompileErrorKind, Engine, FeatureLevel, InstanceId, Outcome};
        use super::LightbeamEngine;
        use crate::value::{TrapKind, Value};
        use std::time::Duration;

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
            let mut engine = LightbeamEngine::with_features(FeatureLevel::Wasm2);
            engine.set_timeout(Duration::from_millis(50));
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
            let mut engine = LightbeamEngine::with_features(FeatureLevel::Wasm2);
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
            let mut engine = LightbeamEngine::with_features(FeatureLevel::Wasm2);
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
            let mut engine = LightbeamEngine::with_features(FeatureLevel::Wasm3);
            let invalid = engine.compile(&encode("(module (func (result i32) (i64.const 0)))"));
            assert_eq!(invalid.unwrap_err().kind, CompileErrorKind::Invalid);
            // Valid Wasm 3.0 that the compiler does not handle (GC types).
            let unsupported = engine.compile(&encode("(module (type (struct)))"));
            assert_eq!(unsupported.unwrap_err().kind, CompileErrorKind::Unsupported);
        }

        #[test]
        fn spectest_imports_link_and_funcrefs_round_trip() {
            let mut engine = LightbeamEngine::with_features(FeatureLevel::Wasm2);
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
            let mut engine = LightbeamEngine::with_features(FeatureLevel::Wasm2);
            let instance = instantiate(&mut engine, LOOPS);
            let listing = engine
                .show_asm(instance, "one")
                .expect("one is a defined export");
            assert!(listing.contains("ret"), "{listing}");
            assert_eq!(engine.show_asm(instance, "missing"), None);
        }
    }
}

#[cfg(feature = "lightbeam")]
mod watchdog {
    //! One thread per engine that interrupts the store when a directive's
    //! budget runs out.

    use lightbeam::InterruptHandle;
    use std::sync::{Arc, Condvar, Mutex, MutexGuard};
    use std::thread::JoinHandle;
    use std::time::{Duration, Instant};

    /// What the watchdog thread is asked to do.
    #[derive(Default)]
    struct Orders {
        /// The deadline of the operation in progress, if one is running.
        deadline: Option<Instant>,
        /// Set by the thread when it interrupted the current operation.
        fired: bool,
        /// The engine is gone: the thread must exit.
        shutdown: bool,
    }

    /// The orders plus the condition variable the thread sleeps on.
    #[derive(Default)]
    struct Shared {
        orders: Mutex<Orders>,
        wake: Condvar,
    }

    impl Shared {
        fn lock(&self) -> MutexGuard<'_, Orders> {
            self.orders
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
        }
    }

    /// Interrupts a store's wasm once the armed deadline passes. The thread is
    /// started on first use and stopped when the watchdog is dropped.
    pub struct Watchdog {
        handle: InterruptHandle,
        shared: Arc<Shared>,
        thread: Option<JoinHandle<()>>,
    }

    impl Watchdog {
        /// A watchdog for the store `handle` interrupts; no thread runs yet.
        pub fn new(handle: InterruptHandle) -> Self {
            Watchdog {
                handle,
                shared: Arc::default(),
                thread: None,
            }
        }

        /// Starts watching an operation that may run for `budget`.
        pub fn arm(&mut self, budget: Duration) {
            if self.thread.is_none() {
                let shared = Arc::clone(&self.shared);
                let handle = self.handle.clone();
                let thread = std::thread::Builder::new()
                    .name("lightbeam-watchdog".into())
                    .spawn(move || watch(&shared, &handle))
                    .expect("the watchdog thread starts");
                self.thread = Some(thread);
            }
            let mut orders = self.shared.lock();
            orders.deadline = Instant::now().checked_add(budget);
            orders.fired = false;
            drop(orders);
            self.shared.wake.notify_one();
        }

        /// Stops watching; returns whether the store was interrupted meanwhile.
        /// Once this returns, no interrupt for the operation can arrive.
        pub fn disarm(&mut self) -> bool {
            let mut orders = self.shared.lock();
            orders.deadline = None;
            std::mem::take(&mut orders.fired)
        }
    }

    impl Drop for Watchdog {
        fn drop(&mut self) {
            if let Some(thread) = self.thread.take() {
                self.shared.lock().shutdown = true;
                self.shared.wake.notify_one();
                // A panic in the thread has nothing left to report.
                let _ = thread.join();
            }
        }
    }

    /// The watchdog thread: sleeps until the armed deadline, then interrupts.
    /// The interrupt is sent with the lock held, so it cannot outlive `disarm`.
    fn watch(shared: &Shared, handle: &InterruptHandle) {
        let mut orders = shared.lock();
        loop {
            if orders.shutdown {
                return;
            }
            orders = match orders.deadline {
                None => shared
                    .wake
                    .wait(orders)
                    .unwrap_or_else(|poisoned| poisoned.into_inner()),
                Some(deadline) => {
                    let now = Instant::now();
                    if now >= deadline {
                        handle.interrupt();
                        orders.fired = true;
                        orders.deadline = None;
                        continue;
                    }
                    shared
                        .wake
                        .wait_timeout(orders, deadline - now)
                        .map(|(guard, _)| guard)
                        .unwrap_or_else(|poisoned| poisoned.into_inner().0)
                }
            };
        }
    }
}
