//! The reference engine: wasmi, an interpreter, with every call bounded by fuel.

use wasmi::errors::{ErrorKind, InstantiationError};
use wasmi::{
    CompilationMode, Config, Engine, Extern, Linker, Module, Nullable, Store, TrapCode, Val,
    ValType,
};

use crate::engine::{
    CallOutcome, CompileFailure, Compiled, DiffEngine, DiffInstance, ExportInfo, ExportKind,
    InstantiationFailure, MemorySnapshot, TableSnapshot, ValueType,
};
use crate::generators::supported_features;
use crate::trap::TrapKind;
use crate::value::DiffValue;

/// Fuel given to each call (and to instantiation) unless configured otherwise:
/// roughly that many executed instructions.
pub const DEFAULT_FUEL_PER_CALL: u64 = 1_000_000;

/// Call frames wasmi allows before reporting stack exhaustion.
const MAX_RECURSION_DEPTH: usize = 20_000;

/// Bytes of value stack wasmi allows.
const MAX_STACK_HEIGHT: usize = 64 * 1024 * 1024;

/// wasmi behind the [`DiffEngine`] interface.
pub struct WasmiEngine {
    engine: Engine,
    fuel_per_call: u64,
    name: String,
}

impl WasmiEngine {
    /// A wasmi engine that accepts exactly the feature set the compiler
    /// supports, translates eagerly (so compile errors surface at compile
    /// time) and gives each call `fuel_per_call` fuel.
    pub fn new(fuel_per_call: u64) -> WasmiEngine {
        WasmiEngine::with_mode(fuel_per_call, CompilationMode::Eager, "wasmi")
    }

    /// The same engine translating lazily: a different code path inside wasmi,
    /// used as the engine under test by the self-check until lightbeam is
    /// wired in.
    pub fn lazy(fuel_per_call: u64) -> WasmiEngine {
        WasmiEngine::with_mode(
            fuel_per_call,
            CompilationMode::LazyTranslation,
            "wasmi-lazy",
        )
    }

    fn with_mode(fuel_per_call: u64, mode: CompilationMode, name: &str) -> WasmiEngine {
        let features = supported_features();
        let mut config = Config::default();
        config
            // Generated modules may recurse as deep as their own fuel allows
            // (`SMITH_FUEL` calls); wasmi's default limit of 1,000 frames made
            // those cases inconclusive.
            .set_max_recursion_depth(MAX_RECURSION_DEPTH)
            .set_max_stack_height(MAX_STACK_HEIGHT)
            .consume_fuel(true)
            .compilation_mode(mode)
            .wasm_mutable_global(true)
            .wasm_sign_extension(features.sign_extension())
            .wasm_saturating_float_to_int(features.saturating_float_to_int())
            .wasm_multi_value(features.multi_value())
            .wasm_bulk_memory(features.bulk_memory())
            .wasm_reference_types(features.reference_types())
            .wasm_multi_memory(features.multi_memory())
            .wasm_memory64(features.memory64())
            .wasm_custom_page_sizes(features.custom_page_sizes())
            .wasm_wide_arithmetic(features.wide_arithmetic())
            .wasm_tail_call(features.tail_call())
            .wasm_extended_const(features.extended_const())
            .wasm_simd(features.simd())
            .wasm_relaxed_simd(features.relaxed_simd());
        WasmiEngine {
            engine: Engine::new(&config),
            fuel_per_call,
            name: name.to_owned(),
        }
    }

    fn compile_module(&self, wasm: &[u8]) -> Result<Module, CompileFailure> {
        // wasmi would also accept the text format; the oracles deal in binaries.
        if !wasm.starts_with(b"\0asm") {
            return Err(CompileFailure::Invalid("not a binary module".to_owned()));
        }
        Module::new(&self.engine, wasm).map_err(|error| compile_failure(&error))
    }
}

impl Default for WasmiEngine {
    fn default() -> WasmiEngine {
        WasmiEngine::new(DEFAULT_FUEL_PER_CALL)
    }
}

impl DiffEngine for WasmiEngine {
    fn name(&self) -> &str {
        &self.name
    }

    fn compile(&mut self, wasm: &[u8]) -> Result<Compiled, CompileFailure> {
        self.compile_module(wasm).map(|_| Compiled::default())
    }

    fn instantiate(&mut self, wasm: &[u8]) -> Result<Box<dyn DiffInstance>, InstantiationFailure> {
        let module = self
            .compile_module(wasm)
            .map_err(InstantiationFailure::Compile)?;
        let mut store = Store::new(&self.engine, ());
        store
            .set_fuel(self.fuel_per_call)
            .expect("fuel metering is enabled");
        let linker = Linker::<()>::new(&self.engine);
        let instance = linker
            .instantiate_and_start(&mut store, &module)
            .map_err(|error| match trap_kind(&error) {
                Some(kind) => InstantiationFailure::Trapped(kind),
                None => InstantiationFailure::Other(error.to_string()),
            })?;
        Ok(Box::new(WasmiInstance {
            store,
            instance,
            fuel_per_call: self.fuel_per_call,
        }))
    }
}

struct WasmiInstance {
    store: Store<()>,
    instance: wasmi::Instance,
    fuel_per_call: u64,
}

impl DiffInstance for WasmiInstance {
    fn exports(&self) -> Vec<ExportInfo> {
        self.instance
            .exports(&self.store)
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
                ExportInfo { name, kind }
            })
            .collect()
    }

    fn call(&mut self, name: &str, args: &[DiffValue]) -> CallOutcome {
        let func = self
            .instance
            .get_func(&self.store, name)
            .unwrap_or_else(|| panic!("no exported function named {name:?}"));
        let ty = func.ty(&self.store);
        let inputs: Vec<Val> = args.iter().map(|&arg| to_wasmi(arg)).collect();
        let mut outputs: Vec<Val> = ty
            .results()
            .iter()
            .map(|&ty| Val::default_for_ty(ty))
            .collect();
        self.store
            .set_fuel(self.fuel_per_call)
            .expect("fuel metering is enabled");
        match func.call(&mut self.store, &inputs, &mut outputs) {
            Ok(()) => CallOutcome::Returned(outputs.iter().map(from_wasmi).collect()),
            Err(error) => CallOutcome::Trapped(
                trap_kind(&error).unwrap_or_else(|| TrapKind::Other(error.to_string())),
            ),
        }
    }

    fn global(&mut self, name: &str) -> Option<DiffValue> {
        let global = self.instance.get_global(&self.store, name)?;
        Some(from_wasmi(&global.get(&self.store)))
    }

    fn set_global(&mut self, name: &str, value: DiffValue) -> bool {
        self.instance
            .get_global(&self.store, name)
            .is_some_and(|global| global.set(&mut self.store, to_wasmi(value)).is_ok())
    }

    fn table(&mut self, name: &str) -> Option<TableSnapshot> {
        let table = self.instance.get_table(&self.store, name)?;
        let size = table.size(&self.store);
        let null_entries = (0..size)
            .map(|index| {
                table
                    .get(&self.store, index)
                    .is_none_or(|entry| entry.is_null())
            })
            .collect();
        Some(TableSnapshot { size, null_entries })
    }

    fn memory(&mut self, name: &str) -> Option<MemorySnapshot> {
        let memory = self.instance.get_memory(&self.store, name)?;
        Some(MemorySnapshot::of(memory.data(&self.store)))
    }
}

/// Maps a wasmi trap to the common [`TrapKind`]; `None` for errors that are
/// not traps (linking, resource limits).
fn trap_kind(error: &wasmi::Error) -> Option<TrapKind> {
    if let ErrorKind::Instantiation(InstantiationError::ElementSegmentDoesNotFit { .. }) =
        error.kind()
    {
        return Some(TrapKind::TableOutOfBounds);
    }
    Some(match error.as_trap_code()? {
        TrapCode::UnreachableCodeReached => TrapKind::Unreachable,
        TrapCode::MemoryOutOfBounds => TrapKind::MemoryOutOfBounds,
        TrapCode::TableOutOfBounds => TrapKind::TableOutOfBounds,
        TrapCode::IndirectCallToNull => TrapKind::IndirectCallToNull,
        TrapCode::IntegerDivisionByZero => TrapKind::IntegerDivisionByZero,
        TrapCode::IntegerOverflow => TrapKind::IntegerOverflow,
        TrapCode::BadConversionToInteger => TrapKind::BadConversionToInteger,
        TrapCode::StackOverflow => TrapKind::StackExhausted,
        TrapCode::BadSignature => TrapKind::BadSignature,
        TrapCode::OutOfFuel => TrapKind::OutOfFuel,
        other => TrapKind::Other(format!("{other:?}")),
    })
}

fn compile_failure(error: &wasmi::Error) -> CompileFailure {
    let message = error.to_string();
    match error.kind() {
        ErrorKind::Wasm(_) | ErrorKind::Read(_) => CompileFailure::Invalid(message),
        ErrorKind::UserLimits(_) | ErrorKind::ImplementationLimits(_) => {
            CompileFailure::Unsupported(message)
        }
        _ => CompileFailure::Internal(message),
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

fn to_wasmi(value: DiffValue) -> Val {
    match value {
        DiffValue::I32(v) => Val::I32(v),
        DiffValue::I64(v) => Val::I64(v),
        DiffValue::F32(bits) => Val::F32(wasmi::F32::from_bits(bits)),
        DiffValue::F64(bits) => Val::F64(wasmi::F64::from_bits(bits)),
        DiffValue::V128(bits) => Val::V128(wasmi::V128::from(bits)),
        // Only null references can be made without a store-bound object; the
        // argument generators never produce anything else.
        DiffValue::FuncRef { .. } => Val::FuncRef(Nullable::Null),
        DiffValue::ExternRef { .. } => Val::ExternRef(Nullable::Null),
    }
}

fn from_wasmi(value: &Val) -> DiffValue {
    match value {
        Val::I32(v) => DiffValue::I32(*v),
        Val::I64(v) => DiffValue::I64(*v),
        Val::F32(v) => DiffValue::F32(v.to_bits()),
        Val::F64(v) => DiffValue::F64(v.to_bits()),
        Val::V128(v) => DiffValue::V128(v.as_u128()),
        Val::FuncRef(r) => DiffValue::FuncRef {
            is_null: r.is_null(),
        },
        Val::ExternRef(r) => DiffValue::ExternRef {
            is_null: r.is_null(),
        },
    }
}
