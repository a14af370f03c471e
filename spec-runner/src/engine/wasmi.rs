//! The wasmi back end: the reference interpreter the harness is proven on.
//!
//! Every Wasm 2.0 feature is enabled, SIMD included, plus the later proposals
//! wasmi implements so the Wasm 3.0 suite gets as far as it can. Time budgets
//! are enforced with fuel: a call runs on slices of fuel, and between slices
//! the wall clock is compared with the deadline.

use super::{
    CompileError, CompileErrorKind, Engine, EngineError, FeatureLevel, InstanceId,
    InstantiateError, ModuleId, Outcome,
};
use crate::spectest;
use crate::value::{Trap, TrapKind, Value};
use std::time::{Duration, Instant};
use wasmi::errors::{ErrorKind, InstantiationError};
use wasmi::{
    CompilationMode, Config, ExternRef, Func, Global, Instance, Linker, Memory, MemoryType, Module,
    Mutability, Nullable, Ref, RefType, ResumableCall, Store, Table, TableType, TrapCode, Val, F32,
    F64, V128,
};

/// Fuel handed out per slice of a call; small enough that the deadline is
/// checked every few milliseconds, large enough that resuming costs nothing.
const FUEL_SLICE: u64 = 50_000_000;

/// Fuel for instantiation (segment initialisation and the start function),
/// which wasmi cannot resume; generous, so only runaway start functions hit it.
const INSTANTIATION_FUEL: u64 = 5_000_000_000;

/// A wasmi store with its linker and the handles the harness has been given.
pub struct WasmiEngine {
    store: Store<()>,
    linker: Linker<()>,
    modules: Vec<Module>,
    instances: Vec<Instance>,
    /// Functions that left wasm as `funcref` values, indexed by their handle.
    func_refs: Vec<Func>,
    timeout: Duration,
}

impl Default for WasmiEngine {
    fn default() -> Self {
        Self::new()
    }
}

impl WasmiEngine {
    /// Creates an engine for the latest feature level with `spectest` defined.
    pub fn new() -> Self {
        Self::with_features(FeatureLevel::Wasm3)
    }

    /// Creates an engine accepting exactly the features of `level` that wasmi
    /// implements, with `spectest` defined.
    pub fn with_features(level: FeatureLevel) -> Self {
        let engine = wasmi::Engine::new(&config(level));
        let mut store = Store::new(&engine, ());
        let mut linker = Linker::new(&engine);
        linker.allow_shadowing(true);
        define_spectest(&mut store, &mut linker).expect("the spectest definitions are well-formed");
        WasmiEngine {
            store,
            linker,
            modules: Vec::new(),
            instances: Vec::new(),
            func_refs: Vec::new(),
            timeout: Duration::from_secs(10),
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
        })
    }

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

    /// Runs `func` in fuel slices until it finishes, traps, or the deadline passes.
    fn call_with_deadline(
        &mut self,
        func: Func,
        args: &[Val],
        results: &mut [Val],
    ) -> Result<Outcome, EngineError> {
        let deadline = Instant::now() + self.timeout;
        self.refuel(FUEL_SLICE);
        let mut call = func.call_resumable(&mut self.store, args, results);
        loop {
            match call {
                Ok(ResumableCall::Finished) => return Ok(Outcome::Returned(Vec::new())),
                Ok(ResumableCall::OutOfFuel(paused)) => {
                    if Instant::now() >= deadline {
                        return Ok(Outcome::Trapped(timeout_trap(self.timeout)));
                    }
                    self.refuel(FUEL_SLICE);
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
}

impl Engine for WasmiEngine {
    fn name(&self) -> &'static str {
        "wasmi"
    }

    fn set_timeout(&mut self, timeout: Duration) {
        self.timeout = timeout;
    }

    fn compile(&mut self, wasm: &[u8]) -> Result<ModuleId, CompileError> {
        let module = Module::new(self.store.engine(), wasm).map_err(|error| CompileError {
            kind: CompileErrorKind::Invalid,
            message: error.to_string(),
        })?;
        self.modules.push(module);
        Ok(ModuleId(handle_index(self.modules.len())))
    }

    fn instantiate(&mut self, module: ModuleId) -> Result<InstanceId, InstantiateError> {
        let module = self
            .module(module)
            .map_err(|error| InstantiateError::Other(error.0))?
            .clone();
        self.refuel(INSTANTIATION_FUEL);
        let instance = self
            .linker
            .instantiate_and_start(&mut self.store, &module)
            .map_err(|error| classify_instantiation_error(&error))?;
        self.instances.push(instance);
        Ok(InstanceId(handle_index(self.instances.len())))
    }

    fn register(&mut self, name: &str, instance: InstanceId) -> Result<(), EngineError> {
        let instance = self.instance(instance)?;
        self.linker
            .instance(&mut self.store, name, instance)
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
        match self.call_with_deadline(func, &args, &mut results)? {
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
        let instance = self.instance(instance)?;
        let global = instance
            .get_global(&self.store, name)
            .ok_or_else(|| EngineError(format!("no exported global \"{name}\"")))?;
        let value = global.get(&self.store);
        self.harness_value(&value)
    }
}

fn handle_index(len: usize) -> u32 {
    u32::try_from(len - 1).expect("fewer than 2^32 handles per script")
}

/// Wasm 2.0 plus, at [`FeatureLevel::Wasm3`], the Wasm 3.0 proposals wasmi
/// implements. (Wasm 2.0 rejects what 3.0 allows, e.g. a second memory, so the
/// level must match the suite.)
fn config(level: FeatureLevel) -> Config {
    let wasm3 = level == FeatureLevel::Wasm3;
    let mut config = Config::default();
    config
        .wasm_mutable_global(true)
        .wasm_sign_extension(true)
        .wasm_saturating_float_to_int(true)
        .wasm_multi_value(true)
        .wasm_multi_memory(wasm3)
        .wasm_bulk_memory(true)
        .wasm_reference_types(true)
        .wasm_tail_call(wasm3)
        .wasm_extended_const(wasm3)
        .wasm_custom_page_sizes(wasm3)
        .wasm_memory64(wasm3)
        .wasm_wide_arithmetic(wasm3)
        .wasm_simd(true)
        .wasm_relaxed_simd(wasm3)
        .floats(true)
        .consume_fuel(true)
        .compilation_mode(CompilationMode::LazyTranslation);
    config
}

fn define_spectest(store: &mut Store<()>, linker: &mut Linker<()>) -> Result<(), wasmi::Error> {
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
    let (table64_min, table64_max) = spectest::TABLE64_LIMITS;
    let table64 = Table::new(
        &mut *store,
        TableType::new64(RefType::Func, table64_min, Some(table64_max)),
        Ref::Func(Nullable::Null),
    )?;
    linker.define(name, "table64", table64)?;
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

fn timeout_trap(timeout: Duration) -> Trap {
    Trap {
        kind: TrapKind::Timeout,
        message: format!("timeout: still running after {:.1}s", timeout.as_secs_f64()),
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
        TrapCode::OutOfFuel => TrapKind::Timeout,
        TrapCode::GrowthOperationLimited | TrapCode::OutOfSystemMemory => TrapKind::Other,
    }
}

/// A wasmi trap in the harness's terms; the message stays wasmi's own, the
/// kind supplies the reference interpreter's wording.
fn trap_from_code(code: TrapCode) -> Trap {
    match trap_kind(code) {
        TrapKind::Timeout => Trap {
            kind: TrapKind::Timeout,
            message: "timeout: instantiation ran out of fuel".into(),
        },
        kind => Trap {
            kind,
            message: code.trap_message().to_owned(),
        },
    }
}

fn classify_call_error(error: &wasmi::Error) -> Result<Outcome, EngineError> {
    match error.as_trap_code() {
        Some(code) => Ok(Outcome::Trapped(trap_from_code(code))),
        None => Err(EngineError(error.to_string())),
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
            Some(code) => InstantiateError::Trapped(trap_from_code(code)),
            None => InstantiateError::Other(error.to_string()),
        },
    }
}
