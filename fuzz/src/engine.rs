//! The small interface the oracles drive: one implementation per engine.

use crate::trap::TrapKind;
use crate::value::DiffValue;

/// An engine the oracles can compile, instantiate and call into.
pub trait DiffEngine {
    /// A short name for reports, e.g. `"wasmi"`.
    fn name(&self) -> &str;

    /// Validates and compiles `wasm` without instantiating it.
    fn compile(&mut self, wasm: &[u8]) -> Result<Compiled, CompileFailure>;

    /// Compiles and instantiates `wasm` with no imports, running its start
    /// function.
    fn instantiate(&mut self, wasm: &[u8]) -> Result<Box<dyn DiffInstance>, InstantiationFailure>;
}

/// A live instance of a module inside one engine.
pub trait DiffInstance {
    /// Every export of the instance, in any order.
    fn exports(&self) -> Vec<ExportInfo>;

    /// Calls the exported function `name` with `args`.
    fn call(&mut self, name: &str, args: &[DiffValue]) -> CallOutcome;

    /// The current value of the exported global `name`.
    fn global(&mut self, name: &str) -> Option<DiffValue>;

    /// Sets the exported mutable global `name`; `false` when there is no
    /// such global or it cannot be set.
    fn set_global(&mut self, name: &str, value: DiffValue) -> bool;

    /// A snapshot of the exported table `name`.
    fn table(&mut self, name: &str) -> Option<TableSnapshot>;

    /// A snapshot of the exported memory `name`.
    fn memory(&mut self, name: &str) -> Option<MemorySnapshot>;
}

/// One export as the oracle sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportInfo {
    /// The export's name.
    pub name: String,
    /// What the export is.
    pub kind: ExportKind,
}

/// The kind of an export, with a function's signature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// A function taking `params` and returning `results`.
    Func {
        /// Parameter types.
        params: Vec<ValueType>,
        /// Result types.
        results: Vec<ValueType>,
    },
    /// A global.
    Global,
    /// A table.
    Table,
    /// A linear memory.
    Memory,
}

/// A value type, engine-neutral.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValueType {
    /// `i32`
    I32,
    /// `i64`
    I64,
    /// `f32`
    F32,
    /// `f64`
    F64,
    /// `v128`
    V128,
    /// `funcref`
    FuncRef,
    /// `externref`
    ExternRef,
}

/// What a call produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CallOutcome {
    /// The call returned these values.
    Returned(Vec<DiffValue>),
    /// The call trapped.
    Trapped(TrapKind),
}

/// What compiling a module produced.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Compiled {
    /// Bytes of machine code of the module's functions, for engines that emit
    /// machine code.
    pub code_bytes: Option<usize>,
}

/// Why a module failed to compile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompileFailure {
    /// The module is not valid WebAssembly (for the engine's feature set).
    Invalid(String),
    /// The module is valid but uses something the engine does not implement,
    /// or exceeds one of its implementation limits.
    Unsupported(String),
    /// The engine failed for a reason of its own: always a bug.
    Internal(String),
}

/// Why an instantiation failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InstantiationFailure {
    /// The module did not compile.
    Compile(CompileFailure),
    /// A segment initialisation or the start function trapped.
    Trapped(TrapKind),
    /// Anything else (linking, resource limits), with the engine's message.
    Other(String),
}

/// The observable state of a table: its size and which entries are null.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TableSnapshot {
    /// Number of entries.
    pub size: u64,
    /// Null-ness of every entry, in order.
    pub null_entries: Vec<bool>,
}

/// The observable state of a linear memory: a copy of its bytes.
///
/// A copy (a memcpy) compares faster than any hash this crate could compute
/// in a debug build, and tells where two memories differ.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct MemorySnapshot {
    /// The memory's contents; its length is the memory's size.
    pub bytes: Vec<u8>,
}

impl MemorySnapshot {
    /// Takes a snapshot of `bytes`.
    pub fn of(bytes: &[u8]) -> MemorySnapshot {
        MemorySnapshot {
            bytes: bytes.to_vec(),
        }
    }

    /// Describes how `self` and `other` differ, or `None` when they are equal.
    pub fn difference(&self, other: &MemorySnapshot) -> Option<String> {
        if self.bytes.len() != other.bytes.len() {
            return Some(format!(
                "sizes differ: {} / {} bytes",
                self.bytes.len(),
                other.bytes.len()
            ));
        }
        let offset = self
            .bytes
            .iter()
            .zip(&other.bytes)
            .position(|(a, b)| a != b)?;
        Some(format!(
            "first difference at byte {offset:#x}: {:#04x} / {:#04x}",
            self.bytes[offset], other.bytes[offset]
        ))
    }
}

/// Prints the size only; the contents are too long to be useful in a message.
impl std::fmt::Debug for MemorySnapshot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "MemorySnapshot({} bytes)", self.bytes.len())
    }
}
