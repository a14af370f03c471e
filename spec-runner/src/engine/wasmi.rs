//! The wasmi back end: the reference interpreter the harness is proven on.
//!
//! It accepts exactly the configured features that wasmi implements. Budgets
//! are kept with fuel: a call with a fuel limit gets that much and traps with
//! [`TrapKind::OutOfFuel`] when it is used up; a call with a time budget runs
//! on slices of fuel, and between slices the wall clock is compared with the
//! deadline. Without either, fuel metering is off and calls cost nothing extra.

use super::func_exports::{self, HiddenExports};
use super::{
    handle_index, not_binary_message, CompileError, CompileErrorKind, Engine, EngineConfig,
    EngineError, Export, ExportKind, InstanceId, InstantiateError, ModuleId, Outcome, SharedExport,
    ThreadEngine,
};
use crate::spectest;
use crate::value::{Trap, TrapKind, Value, ValueType};
use std::time::{Duration, Instant};
use wasmi::errors::{ErrorKind, InstantiationError};
use wasmi::{
    CompilationMode, Config, Extern, ExternRef, ExternType, Func, Global, Instance, Linker, Memory,
    MemoryType, Module, Mutability, Nullable, Ref, RefType, ResumableCall, Store, Table, TableType,
    TrapCode, Val, ValType, F32, F64, V128,
};
use wasmparser::WasmFeatures;

/// Fuel handed out per slice of a call under a time budget; small enough that
/// the deadline is checked every few milliseconds, large enough that resuming
/// costs nothing.
const FUEL_SLICE: u64 = 50_000_000;

/// Fuel for instantiation (segment initialisation and the start function)
/// under a time budget alone, which wasmi cannot resume; generous, so only
/// runaway start functions hit it.
const INSTANTIATION_FUEL: u64 = 5_000_000_000;

/// Bytes of value stack wasmi allows when a call depth is configured, so that
/// the depth, not the value stack, is what runs out.
const DEEP_STACK_HEIGHT: usize = 64 * 1024 * 1024;

/// A wasmi store with its linker and the handles the harness has been given.
pub struct WasmiEngine {
    store: Store<()>,
    linker: Linker<()>,
    /// Modules, with whether each carries the hidden function exports.
    modules: Vec<(Module, HiddenExports)>,
    instances: Vec<(Instance, HiddenExports)>,
    /// Functions that left wasm as `funcref` values, indexed by their handle.
    func_refs: Vec<Func>,
    name: &'static str,
    /// Whether modules are compiled with hidden exports of their functions.
    function_identity: bool,
    /// Whether fuel metering is on (a time budget or a fuel limit was configured).
    metered: bool,
    timeout: Option<Duration>,
    fuel_per_call: Option<u64>,
}

impl WasmiEngine {
    /// Creates an engine set up as `config` says. Lazy translation makes it
    /// call itself `wasmi-lazy`, so a report comparing the two modes tells them
    /// apart.
    pub fn new(config: &EngineConfig) -> Self {
        let metered = config.timeout.is_some() || config.fuel_per_call.is_some();
        let engine = wasmi::Engine::new(&wasmi_config(config, metered));
        let mut store = Store::new(&engine, ());
        let mut linker = Linker::new(&engine);
        linker.allow_shadowing(true);
        if config.spectest {
            define_spectest(&mut store, &mut linker, config.spectest_flavour)
                .expect("the spectest definitions are well-formed");
        }
        WasmiEngine {
            store,
            linker,
            modules: Vec::new(),
            instances: Vec::new(),
            func_refs: Vec::new(),
            name: "wasmi",
            function_identity: config.function_identity,
            metered,
            timeout: config.timeout,
            fuel_per_call: config.fuel_per_call,
        }
    }

    /// Renames the engine in reports (e.g. a second wasmi used to check an
    /// oracle against the first).
    pub fn named(mut self, name: &'static str) -> Self {
        self.name = name;
        self
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
            .get_global(&self.store, name)
            .ok_or_else(|| EngineError(format!("no exported global \"{name}\"")))
    }

    fn memory(&self, instance: InstanceId, name: &str) -> Result<Memory, EngineError> {
        self.instance(instance)?
            .get_memory(&self.store, name)
            .ok_or_else(|| EngineError(format!("no exported memory \"{name}\"")))
    }

    /// The one conversion into wasmi's values.
    fn wasmi_value(&mut self, value: &Value) -> Result<Val, EngineError> {
        Ok(match *value {
            Value::I32(v) => Val::I32(v),
            Value::I64(v) => Val::I64(v),
            Value::F32(bits) => Val::F32(F32::from_bits(bits)),
            Value::F64(bits) => Val::F64(F64::from_bits(bits)),
            Value::V128(bits) => Val::V128(V128::from(bits)),
            Value::FuncRef(None) => Val::FuncRef(Nullable::Null),
            Value::FuncRef(Some(handle)) => {
                let func = self.func_refs.get(handle as usize).copied();
                let func =
                    func.ok_or_else(|| EngineError(format!("unknown funcref handle {handle}")))?;
                Val::FuncRef(Nullable::Val(func))
            }
            Value::ExternRef(None) => Val::ExternRef(Nullable::Null),
            Value::ExternRef(Some(n)) => {
                Val::ExternRef(Nullable::Val(ExternRef::new(&mut self.store, n)))
            }
            Value::AnyRef(_) | Value::ExternAny(_) => {
                return Err(EngineError(format!(
                    "wasmi has no internal references ({value})"
                )))
            }
        })
    }

    /// The one conversion out of wasmi's values.
    fn harness_value(&mut self, value: &Val) -> Result<Value, EngineError> {
        Ok(match value {
            Val::I32(v) => Value::I32(*v),
            Val::I64(v) => Value::I64(*v),
            Val::F32(v) => Value::F32(v.to_bits()),
            Val::F64(v) => Value::F64(v.to_bits()),
            Val::V128(v) => Value::V128(v.as_u128()),
            Val::FuncRef(Nullable::Null) => Value::FuncRef(None),
            Val::FuncRef(Nullable::Val(func)) => {
                let handle = u32::try_from(self.func_refs.len()).expect("fewer than 2^32 funcrefs");
                self.func_refs.push(*func);
                Value::FuncRef(Some(handle))
            }
            Val::ExternRef(Nullable::Null) => Value::ExternRef(None),
            Val::ExternRef(Nullable::Val(extern_ref)) => {
                let data = extern_ref.data(&self.store);
                let host = data.downcast_ref::<u32>().copied();
                Value::ExternRef(Some(
                    host.ok_or_else(|| EngineError("externref holds a non-host value".into()))?,
                ))
            }
        })
    }

    /// Runs `func` within the configured budgets: unmetered, it simply runs;
    /// metered, it runs in fuel slices until it finishes, traps, uses up its
    /// fuel limit or passes its deadline.
    fn call_within_budget(
        &mut self,
        func: Func,
        args: &[Val],
        results: &mut [Val],
    ) -> Result<Outcome, EngineError> {
        if !self.metered {
            return match func.call(&mut self.store, args, results) {
                Ok(()) => Ok(Outcome::Returned(Vec::new())),
                Err(error) => classify_call_error(&error),
            };
        }
        let deadline = self.timeout.map(|timeout| Instant::now() + timeout);
        let slice = |remaining: u64| match deadline {
            Some(_) => remaining.min(FUEL_SLICE),
            None => remaining,
        };
        let mut remaining = self.fuel_per_call.unwrap_or(u64::MAX);
        let mut given = slice(remaining);
        self.refuel(given);
        let mut call = func.call_resumable(&mut self.store, args, results);
        loop {
            match call {
                Ok(ResumableCall::Finished) => return Ok(Outcome::Returned(Vec::new())),
                Ok(ResumableCall::OutOfFuel(paused)) => {
                    if given >= remaining {
                        return Ok(Outcome::Trapped(trap_from_code(TrapCode::OutOfFuel)));
                    }
                    if deadline.is_some_and(|deadline| Instant::now() >= deadline) {
                        return Ok(Outcome::Trapped(self.timeout_trap()));
                    }
                    let left = self.store.get_fuel().unwrap_or(0);
                    remaining -= given - left;
                    given = slice(remaining);
                    self.refuel(given);
                    call = paused.resume(&mut self.store, results);
                }
                Ok(ResumableCall::HostTrap(paused)) => {
                    let message = paused.host_error().to_string();
                    return Ok(Outcome::Trapped(Trap {
                        kind: TrapKind::Other,
                        message,
                    }));
                }
                Err(error) => return classify_call_error(&error),
            }
        }
    }

    fn refuel(&mut self, fuel: u64) {
        self.store
            .set_fuel(fuel)
            .expect("fuel metering is enabled in the config");
    }

    fn timeout_trap(&self) -> Trap {
        let seconds = self.timeout.unwrap_or_default().as_secs_f64();
        Trap {
            kind: TrapKind::Timeout,
            message: format!("timeout: still running after {seconds:.1}s"),
        }
    }
}

impl Engine for WasmiEngine {
    fn name(&self) -> &str {
        self.name
    }

    fn set_timeout(&mut self, timeout: Option<Duration>) {
        self.timeout = timeout;
    }

    fn compile(&mut self, wasm: &[u8]) -> Result<ModuleId, CompileError> {
        // wasmi also reads the text format; the layer deals in binaries.
        if !wasm.starts_with(b"\0asm") {
            return Err(CompileError {
                kind: CompileErrorKind::Invalid,
                message: not_binary_message(wasm).to_owned(),
            });
        }
        let rewritten = self
            .function_identity
            .then(|| func_exports::with_function_exports(wasm))
            .flatten();
        // A rejected rewrite is compiled again as written, for an error about the module
        // the caller gave.
        let module = match rewritten.map(|rewritten| Module::new(self.store.engine(), &rewritten)) {
            Some(Ok(module)) => (module, HiddenExports::Added),
            _ => (
                Module::new(self.store.engine(), wasm)
                    .map_err(|error| harness_compile_error(&error))?,
                HiddenExports::Absent,
            ),
        };
        self.modules.push(module);
        Ok(ModuleId(handle_index(self.modules.len())))
    }

    fn define_trapping_imports(&mut self, module: ModuleId) -> Result<(), EngineError> {
        let imports: Vec<_> = self
            .module(module)?
            .imports()
            .filter_map(|import| match import.ty() {
                ExternType::Func(ty) => Some((
                    import.module().to_owned(),
                    import.name().to_owned(),
                    ty.clone(),
                )),
                _ => None,
            })
            .collect();
        for (module_name, name, ty) in imports {
            let what = format!("{module_name}.{name}");
            self.linker
                .func_new(&module_name, &name, ty, move |_, _, _| {
                    Err(wasmi::Error::new(format!("import `{what}` called")))
                })
                .map_err(|error| EngineError(error.to_string()))?;
        }
        Ok(())
    }

    fn instantiate(&mut self, module: ModuleId) -> Result<InstanceId, InstantiateError> {
        let (module, hidden) = self
            .modules
            .get(module.0 as usize)
            .cloned()
            .ok_or_else(|| InstantiateError::Other(format!("unknown module handle {module:?}")))?;
        if self.metered {
            self.refuel(self.fuel_per_call.unwrap_or(INSTANTIATION_FUEL));
        }
        let instance = self
            .linker
            .instantiate_and_start(&mut self.store, &module)
            .map_err(|error| classify_instantiation_error(&error))?;
        self.instances.push((instance, hidden));
        Ok(InstanceId(handle_index(self.instances.len())))
    }

    fn register(&mut self, name: &str, instance: InstanceId) -> Result<(), EngineError> {
        let instance = self.instance(instance)?;
        self.linker
            .instance(&mut self.store, name, instance)
            .map_err(|error| EngineError(error.to_string()))?;
        Ok(())
    }

    fn exports(&self, instance: InstanceId) -> Result<Vec<Export>, EngineError> {
        let (instance, hidden) = self.instance_and_exports(instance)?;
        Ok(instance
            .exports(&self.store)
            .filter(|export| hidden.lists(export.name()))
            .map(|export| {
                let name = export.name().to_owned();
                let kind = match export.into_extern() {
                    Extern::Func(func) => {
                        let ty = func.ty(&self.store);
                        ExportKind::Func {
                            params: ty.params().iter().map(|&ty| value_type(ty)).collect(),
                            results: ty.results().iter().map(|&ty| value_type(ty)).collect(),
                        }
                    }
                    Extern::Global(_) => ExportKind::Global,
                    Extern::Table(_) => ExportKind::Table,
                    Extern::Memory(_) => ExportKind::Memory,
                };
                Export { name, kind }
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
            .get_func(&self.store, name)
            .ok_or_else(|| EngineError(format!("no exported function \"{name}\"")))?;
        let func_type = func.ty(&self.store);
        if func_type.params().len() != args.len() {
            return Err(EngineError(format!(
                "\"{name}\" takes {} arguments, {} given",
                func_type.params().len(),
                args.len()
            )));
        }
        let args: Vec<Val> = args
            .iter()
            .map(|arg| self.wasmi_value(arg))
            .collect::<Result<_, _>>()?;
        let mut results: Vec<Val> = func_type
            .results()
            .iter()
            .map(|ty| Val::default_for_ty(*ty))
            .collect();
        match self.call_within_budget(func, &args, &mut results)? {
            Outcome::Returned(_) => {
                let values = results
                    .iter()
                    .map(|value| self.harness_value(value))
                    .collect::<Result<_, _>>()?;
                Ok(Outcome::Returned(values))
            }
            other => Ok(other),
        }
    }

    fn get_global(&mut self, instance: InstanceId, name: &str) -> Result<Value, EngineError> {
        let value = self.global(instance, name)?.get(&self.store);
        self.harness_value(&value)
    }

    fn set_global(
        &mut self,
        instance: InstanceId,
        name: &str,
        value: Value,
    ) -> Result<(), EngineError> {
        let global = self.global(instance, name)?;
        let value = self.wasmi_value(&value)?;
        global
            .set(&mut self.store, value)
            .map_err(|error| EngineError(error.to_string()))
    }

    fn table_nulls(&self, instance: InstanceId, name: &str) -> Result<Vec<bool>, EngineError> {
        let table = self
            .instance(instance)?
            .get_table(&self.store, name)
            .ok_or_else(|| EngineError(format!("no exported table \"{name}\"")))?;
        Ok((0..table.size(&self.store))
            .map(|index| {
                table
                    .get(&self.store, index)
                    .is_none_or(|entry| entry.is_null())
            })
            .collect())
    }

    fn memory_size(&self, instance: InstanceId, name: &str) -> Result<usize, EngineError> {
        Ok(self.memory(instance, name)?.data_size(&self.store))
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
        Err(no_threads())
    }

    fn shared_exports(&self, _instance: InstanceId) -> Result<Vec<SharedExport>, EngineError> {
        Err(no_threads())
    }

    fn define_shared(&mut self, _name: &str, _exports: &[SharedExport]) -> Result<(), EngineError> {
        Err(no_threads())
    }

    fn func_ref_is(
        &mut self,
        instance: InstanceId,
        index: u32,
        value: &Value,
    ) -> Result<bool, EngineError> {
        let (instance, hidden) = self.instance_and_exports(instance)?;
        let named = instance
            .get_func(&self.store, &hidden.name_of(self.function_identity, index)?)
            .ok_or_else(|| EngineError(format!("the instance has no function {index}")))?;
        Ok(match *value {
            Value::FuncRef(Some(handle)) => self
                .func_refs
                .get(handle as usize)
                .is_some_and(|func| same_func(func, &named)),
            _ => false,
        })
    }
}

/// What wasmi says to a script's `thread` directive: it implements no threads (no
/// shared memories, no atomics), a feature of the engine, not of the harness.
fn no_threads() -> EngineError {
    EngineError("wasmi does not implement threads (shared memories and atomics)".into())
}

/// Whether two wasmi function handles name the same function. wasmi's handles derive
/// `Debug` but not `PartialEq`; their `Debug` form is exactly their contents, the store
/// and the function's index in it, which is the function's identity.
fn same_func(a: &Func, b: &Func) -> bool {
    format!("{a:?}") == format!("{b:?}")
}

/// wasmi's configuration for `config`: the features it implements out of
/// `config.features`, its translation mode, fuel metering when a budget needs
/// it, and the call depth.
fn wasmi_config(config: &EngineConfig, metered: bool) -> Config {
    let features: WasmFeatures = config.features;
    let mode = if config.lazy_compilation {
        CompilationMode::LazyTranslation
    } else {
        CompilationMode::Eager
    };
    let mut wasmi = Config::default();
    wasmi
        .wasm_mutable_global(features.mutable_global())
        .wasm_sign_extension(features.sign_extension())
        .wasm_saturating_float_to_int(features.saturating_float_to_int())
        .wasm_multi_value(features.multi_value())
        .wasm_multi_memory(features.multi_memory())
        .wasm_bulk_memory(features.bulk_memory())
        .wasm_reference_types(features.reference_types())
        .wasm_tail_call(features.tail_call())
        .wasm_extended_const(features.extended_const())
        .wasm_custom_page_sizes(features.custom_page_sizes())
        .wasm_memory64(features.memory64())
        .wasm_wide_arithmetic(features.wide_arithmetic())
        .wasm_simd(features.simd())
        .wasm_relaxed_simd(features.relaxed_simd())
        .floats(features.floats())
        .consume_fuel(metered)
        .compilation_mode(mode);
    if let Some(depth) = config.max_call_depth {
        wasmi
            .set_max_recursion_depth(depth)
            .set_max_stack_height(DEEP_STACK_HEIGHT);
    }
    wasmi
}

/// Defines the `spectest` module of `flavour` (wasmi has no shared memories, so no
/// `shared_memory`).
fn define_spectest(
    store: &mut Store<()>,
    linker: &mut Linker<()>,
    flavour: spectest::Flavour,
) -> Result<(), wasmi::Error> {
    let name = spectest::MODULE_NAME;
    let (memory_min, memory_max) = spectest::MEMORY_PAGES;
    let memory = Memory::new(&mut *store, MemoryType::new(memory_min, Some(memory_max)))?;
    linker.define(name, "memory", memory)?;
    let (table_min, table_max) = spectest::TABLE_LIMITS;
    let table = Table::new(
        &mut *store,
        TableType::new(RefType::Func, table_min, Some(table_max)),
        Ref::Func(Nullable::Null),
    )?;
    linker.define(name, "table", table)?;
    if flavour.has_table64() {
        let (table64_min, table64_max) = spectest::TABLE64_LIMITS;
        let table64 = Table::new(
            &mut *store,
            TableType::new64(RefType::Func, table64_min, Some(table64_max)),
            Ref::Func(Nullable::Null),
        )?;
        linker.define(name, "table64", table64)?;
    }
    let globals = [
        ("global_i32", Val::I32(spectest::GLOBAL_I32)),
        ("global_i64", Val::I64(spectest::GLOBAL_I64)),
        (
            "global_f32",
            Val::F32(F32::from_bits(spectest::GLOBAL_F32_BITS)),
        ),
        (
            "global_f64",
            Val::F64(F64::from_bits(spectest::GLOBAL_F64_BITS)),
        ),
    ];
    for (global_name, value) in globals {
        linker.define(
            name,
            global_name,
            Global::new(&mut *store, value, Mutability::Const),
        )?;
    }
    linker.func_wrap(name, "print", || {})?;
    linker.func_wrap(name, "print_i32", |_: i32| {})?;
    linker.func_wrap(name, "print_i64", |_: i64| {})?;
    linker.func_wrap(name, "print_f32", |_: F32| {})?;
    linker.func_wrap(name, "print_f64", |_: F64| {})?;
    linker.func_wrap(name, "print_i32_f32", |_: i32, _: F32| {})?;
    linker.func_wrap(name, "print_f64_f64", |_: F64, _: F64| {})?;
    debug_assert_eq!(
        spectest::PRINT_FUNCTIONS.len(),
        7,
        "every print function is defined above"
    );
    Ok(())
}

fn value_type(ty: ValType) -> ValueType {
    match ty {
        ValType::I32 => ValueType::I32,
        ValType::I64 => ValueType::I64,
        ValType::F32 => ValueType::F32,
        ValType::F64 => ValueType::F64,
        ValType::V128 => ValueType::V128,
        ValType::FuncRef => ValueType::FuncRef,
        ValType::ExternRef => ValueType::ExternRef,
    }
}

/// Decoder and validator errors are [`CompileErrorKind::Invalid`], limits
/// [`CompileErrorKind::Unsupported`], anything else
/// [`CompileErrorKind::Internal`].
fn harness_compile_error(error: &wasmi::Error) -> CompileError {
    let kind = match error.kind() {
        ErrorKind::Wasm(_) | ErrorKind::Read(_) => CompileErrorKind::Invalid,
        ErrorKind::UserLimits(_) | ErrorKind::ImplementationLimits(_) => {
            CompileErrorKind::Unsupported
        }
        _ => CompileErrorKind::Internal,
    };
    CompileError {
        kind,
        message: error.to_string(),
    }
}

fn trap_kind(code: TrapCode) -> TrapKind {
    match code {
        TrapCode::UnreachableCodeReached => TrapKind::Unreachable,
        TrapCode::MemoryOutOfBounds => TrapKind::MemoryOutOfBounds,
        TrapCode::TableOutOfBounds => TrapKind::TableOutOfBounds,
        TrapCode::IndirectCallToNull => TrapKind::UninitializedElement,
        TrapCode::IntegerDivisionByZero => TrapKind::IntegerDivideByZero,
        TrapCode::IntegerOverflow => TrapKind::IntegerOverflow,
        TrapCode::BadConversionToInteger => TrapKind::InvalidConversionToInteger,
        TrapCode::StackOverflow => TrapKind::CallStackExhausted,
        TrapCode::BadSignature => TrapKind::IndirectCallTypeMismatch,
        TrapCode::OutOfFuel => TrapKind::OutOfFuel,
        TrapCode::GrowthOperationLimited | TrapCode::OutOfSystemMemory => TrapKind::Other,
    }
}

/// A wasmi trap in the harness's terms; the message stays wasmi's own, the
/// kind supplies the reference interpreter's wording.
fn trap_from_code(code: TrapCode) -> Trap {
    Trap {
        kind: trap_kind(code),
        message: code.trap_message().to_owned(),
    }
}

/// A failed call: a trap for a wasm trap code or an error raised by a host
/// function (as a resumable call reports it), an [`EngineError`] otherwise.
fn classify_call_error(error: &wasmi::Error) -> Result<Outcome, EngineError> {
    match error.kind() {
        ErrorKind::TrapCode(code) => Ok(Outcome::Trapped(trap_from_code(*code))),
        ErrorKind::Message(_) | ErrorKind::Host(_) | ErrorKind::I32ExitStatus(_) => {
            Ok(Outcome::Trapped(Trap {
                kind: TrapKind::Other,
                message: error.to_string(),
            }))
        }
        _ => Err(EngineError(error.to_string())),
    }
}

fn classify_instantiation_error(error: &wasmi::Error) -> InstantiateError {
    match error.kind() {
        ErrorKind::Linker(_) => InstantiateError::Unlinkable(error.to_string()),
        ErrorKind::Instantiation(instantiation) => match instantiation {
            InstantiationError::ElementSegmentDoesNotFit { .. } => {
                InstantiateError::Trapped(Trap {
                    kind: TrapKind::TableOutOfBounds,
                    message: error.to_string(),
                })
            }
            InstantiationError::MismatchedNumberOfImports { .. }
            | InstantiationError::ImportTypeMismatch { .. }
            | InstantiationError::GlobalTypeMismatch { .. }
            | InstantiationError::FuncTypeMismatch { .. }
            | InstantiationError::TableTypeMismatch { .. }
            | InstantiationError::MemoryTypeMismatch { .. } => {
                InstantiateError::Unlinkable(error.to_string())
            }
            _ => InstantiateError::Other(error.to_string()),
        },
        _ => match error.as_trap_code() {
            Some(TrapCode::OutOfFuel) => InstantiateError::Trapped(Trap {
                kind: TrapKind::OutOfFuel,
                message: "timeout: instantiation ran out of fuel".into(),
            }),
            Some(code) => InstantiateError::Trapped(trap_from_code(code)),
            None => InstantiateError::Other(error.to_string()),
        },
    }
}
