//! The engine under test: lightbeam through its public embedding API, every
//! call bounded by a watchdog that interrupts it.

use std::time::Duration;

use lightbeam::{
    CompileError, Config, Engine, Extern, InstantiationError, Linker, Module, Store, Trap,
    TrapCode, Val, ValType,
};

use super::watchdog::Watchdog;
use crate::engine::{
    CallOutcome, CompileFailure, Compiled, DiffEngine, DiffInstance, ExportInfo, ExportKind,
    InstantiationFailure, MemorySnapshot, TableSnapshot, ValueType,
};
use crate::generators::supported_features;
use crate::trap::TrapKind;
use crate::value::DiffValue;

/// Wall-clock time a call may run before it is interrupted (and the case
/// counted as inconclusive). Generated modules stop long before this through
/// their own fuel counter; this bounds hand-written and shrunk ones.
pub const DEFAULT_CALL_BUDGET: Duration = Duration::from_secs(1);

/// lightbeam behind the [`DiffEngine`] interface.
pub struct LightbeamEngine {
    engine: Engine,
    call_budget: Duration,
}

impl LightbeamEngine {
    /// An engine accepting the supported feature set, compiling on the calling
    /// thread, interrupting calls after `call_budget`.
    pub fn new(call_budget: Duration) -> LightbeamEngine {
        let config = Config {
            features: supported_features(),
            parallel_compilation: false,
            ..Config::default()
        };
        LightbeamEngine {
            engine: Engine::new(config),
            call_budget,
        }
    }

    fn compile_module(&self, wasm: &[u8]) -> Result<Module, CompileFailure> {
        // Module::new also reads the text format; the oracles deal in binaries.
        if !wasm.starts_with(b"\0asm") {
            return Err(CompileFailure::Invalid("not a binary module".to_owned()));
        }
        Module::new(&self.engine, wasm).map_err(|error| match error {
            CompileError::Invalid { .. } => CompileFailure::Invalid(error.to_string()),
            CompileError::Unsupported { .. } => CompileFailure::Unsupported(error.to_string()),
            CompileError::Internal(_) | CompileError::Io(_) => {
                CompileFailure::Internal(error.to_string())
            }
        })
    }
}

impl Default for LightbeamEngine {
    fn default() -> LightbeamEngine {
        LightbeamEngine::new(DEFAULT_CALL_BUDGET)
    }
}

impl DiffEngine for LightbeamEngine {
    fn name(&self) -> &str {
        "lightbeam"
    }

    fn compile(&mut self, wasm: &[u8]) -> Result<Compiled, CompileFailure> {
        let module = self.compile_module(wasm)?;
        let code_bytes = (0..module.defined_functions())
            .map(|index| module.function_code(index).map_or(0, <[u8]>::len))
            .sum();
        Ok(Compiled {
            code_bytes: Some(code_bytes),
        })
    }

    fn instantiate(&mut self, wasm: &[u8]) -> Result<Box<dyn DiffInstance>, InstantiationFailure> {
        let module = self
            .compile_module(wasm)
            .map_err(InstantiationFailure::Compile)?;
        let mut store = Store::new(&self.engine);
        let interrupt = store.interrupt_handle();
        let watchdog = Watchdog::new(self.call_budget, move || interrupt.interrupt());
        watchdog.arm();
        let instance = Linker::new().instantiate(&mut store, &module);
        watchdog.disarm();
        let instance = instance.map_err(|error| match error {
            InstantiationError::Trap(trap) => InstantiationFailure::Trapped(trap_kind(&trap)),
            other => InstantiationFailure::Other(other.to_string()),
        })?;
        Ok(Box::new(LightbeamInstance {
            store,
            instance,
            watchdog,
        }))
    }
}

struct LightbeamInstance {
    store: Store,
    instance: lightbeam::Instance,
    watchdog: Watchdog,
}

/// The store holds the instance and everything it exports, so no lookup below can meet
/// a handle of another store.
const SAME_STORE: &str = "the instance's own store";

impl DiffInstance for LightbeamInstance {
    fn exports(&self) -> Vec<ExportInfo> {
        self.instance
            .exports(&self.store)
            .expect(SAME_STORE)
            .into_iter()
            .map(|(name, export)| {
                let kind = match export {
                    Extern::Func(func) => {
                        let ty = func.ty(&self.store).expect(SAME_STORE);
                        ExportKind::Func {
                            params: ty.params.iter().map(|&ty| value_type(ty)).collect(),
                            results: ty.results.iter().map(|&ty| value_type(ty)).collect(),
                        }
                    }
                    Extern::Global(_) => ExportKind::Global,
                    Extern::Table(_) => ExportKind::Table,
                    Extern::Memory(_) => ExportKind::Memory,
                };
                ExportInfo { name, kind }
            })
            .collect()
    }

    fn call(&mut self, name: &str, args: &[DiffValue]) -> CallOutcome {
        let func = self
            .instance
            .get_func(&self.store, name)
            .expect(SAME_STORE)
            .unwrap_or_else(|| panic!("no exported function named {name:?}"));
        let args: Vec<Val> = args.iter().map(|&arg| to_lightbeam(arg)).collect();
        self.watchdog.arm();
        let result = func.call(&mut self.store, &args);
        self.watchdog.disarm();
        match result {
            Ok(results) => CallOutcome::Returned(results.iter().map(from_lightbeam).collect()),
            Err(trap) => CallOutcome::Trapped(trap_kind(&trap)),
        }
    }

    fn global(&mut self, name: &str) -> Option<DiffValue> {
        let global = self.instance.get_global(&self.store, name).ok()??;
        Some(from_lightbeam(&global.get(&self.store).ok()?))
    }

    fn set_global(&mut self, name: &str, value: DiffValue) -> bool {
        self.instance
            .get_global(&self.store, name)
            .ok()
            .flatten()
            .is_some_and(|global| global.set(&mut self.store, to_lightbeam(value)).is_ok())
    }

    fn table(&mut self, name: &str) -> Option<TableSnapshot> {
        let table = self.instance.get_table(&self.store, name).ok()??;
        let size = table.size(&self.store).ok()?;
        let null_entries = (0..size)
            .map(|index| {
                table
                    .get(&self.store, index)
                    .ok()
                    .flatten()
                    .is_none_or(|entry| is_null(&entry))
            })
            .collect();
        Some(TableSnapshot {
            size: u64::from(size),
            null_entries,
        })
    }

    fn memory(&mut self, name: &str) -> Option<MemorySnapshot> {
        let memory = self.instance.get_memory(&self.store, name).ok()??;
        Some(MemorySnapshot::of(memory.data_bytes(&self.store).ok()?))
    }
}

fn trap_kind(trap: &Trap) -> TrapKind {
    match trap.code {
        TrapCode::Unreachable => TrapKind::Unreachable,
        TrapCode::IntegerDivisionByZero => TrapKind::IntegerDivisionByZero,
        TrapCode::IntegerOverflow => TrapKind::IntegerOverflow,
        TrapCode::BadConversionToInteger => TrapKind::BadConversionToInteger,
        TrapCode::MemoryOutOfBounds => TrapKind::MemoryOutOfBounds,
        // `call_indirect` past the table's end and table instructions out of
        // range are one kind for the oracle, as in wasmi.
        TrapCode::TableOutOfBounds | TrapCode::TableAccessOutOfBounds => TrapKind::TableOutOfBounds,
        TrapCode::IndirectCallToNull => TrapKind::IndirectCallToNull,
        TrapCode::BadSignature => TrapKind::BadSignature,
        TrapCode::StackOverflow => TrapKind::StackExhausted,
        TrapCode::Interrupted => TrapKind::Interrupted,
        TrapCode::HostTrap | TrapCode::NullReference => TrapKind::Other(trap.message.clone()),
    }
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

fn is_null(value: &Val) -> bool {
    matches!(value, Val::FuncRef(None) | Val::ExternRef(None))
}

fn to_lightbeam(value: DiffValue) -> Val {
    match value {
        DiffValue::I32(v) => Val::I32(v),
        DiffValue::I64(v) => Val::I64(v),
        DiffValue::F32(bits) => Val::F32(bits),
        DiffValue::F64(bits) => Val::F64(bits),
        DiffValue::V128(bits) => Val::V128(bits),
        // The argument generators only produce null references.
        DiffValue::FuncRef { .. } => Val::FuncRef(None),
        DiffValue::ExternRef { .. } => Val::ExternRef(None),
    }
}

fn from_lightbeam(value: &Val) -> DiffValue {
    match *value {
        Val::I32(v) => DiffValue::I32(v),
        Val::I64(v) => DiffValue::I64(v),
        Val::F32(bits) => DiffValue::F32(bits),
        Val::F64(bits) => DiffValue::F64(bits),
        Val::V128(bits) => DiffValue::V128(bits),
        Val::FuncRef(func) => DiffValue::FuncRef {
            is_null: func.is_none(),
        },
        Val::ExternRef(host) => DiffValue::ExternRef {
            is_null: host.is_none(),
        },
    }
}
