//! The module-level types the compiler and runtime share.

use crate::error::{CompileError, CompileResult};

/// A WebAssembly value type supported by this compiler.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValType {
    /// 32-bit integer.
    I32,
    /// 64-bit integer.
    I64,
    /// 32-bit IEEE-754 float.
    F32,
    /// 64-bit IEEE-754 float.
    F64,
    /// 128-bit vector.
    V128,
    /// Nullable reference to a function.
    FuncRef,
    /// Nullable reference to a host value.
    ExternRef,
}

impl ValType {
    /// Converts wasmparser's value type; reference types beyond the 2.0 set are unsupported.
    pub(crate) fn from_wasm(ty: wasmparser::ValType, offset: usize) -> CompileResult<Self> {
        use wasmparser::ValType as W;
        Ok(match ty {
            W::I32 => ValType::I32,
            W::I64 => ValType::I64,
            W::F32 => ValType::F32,
            W::F64 => ValType::F64,
            W::V128 => ValType::V128,
            W::Ref(reference) => Self::from_ref(reference, offset)?,
        })
    }

    /// Converts a wasmparser reference type (`funcref` or `externref` only).
    pub(crate) fn from_ref(reference: wasmparser::RefType, offset: usize) -> CompileResult<Self> {
        if reference == wasmparser::RefType::FUNCREF {
            Ok(ValType::FuncRef)
        } else if reference == wasmparser::RefType::EXTERNREF {
            Ok(ValType::ExternRef)
        } else {
            Err(CompileError::unsupported(
                format!("reference type {reference}"),
                offset,
            ))
        }
    }

    /// True for types held in general-purpose registers.
    pub fn is_integer_like(self) -> bool {
        !matches!(self, ValType::F32 | ValType::F64 | ValType::V128)
    }

    /// True for reference types.
    pub fn is_ref(self) -> bool {
        matches!(self, ValType::FuncRef | ValType::ExternRef)
    }

    /// Bytes a value of this type takes in a machine-stack slot (locals, spills,
    /// arguments): 16 for `v128`, 8 for everything else.
    pub(crate) fn slot_bytes(self) -> u32 {
        match self {
            ValType::V128 => 16,
            _ => 8,
        }
    }
}

impl std::fmt::Display for ValType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ValType::I32 => "i32",
            ValType::I64 => "i64",
            ValType::F32 => "f32",
            ValType::F64 => "f64",
            ValType::V128 => "v128",
            ValType::FuncRef => "funcref",
            ValType::ExternRef => "externref",
        })
    }
}

/// A function signature.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct FuncType {
    /// Parameter types in order.
    pub params: Box<[ValType]>,
    /// Result types in order.
    pub results: Box<[ValType]>,
}

impl FuncType {
    /// A signature from parameter and result types.
    pub fn new(
        params: impl IntoIterator<Item = ValType>,
        results: impl IntoIterator<Item = ValType>,
    ) -> Self {
        FuncType {
            params: params.into_iter().collect(),
            results: results.into_iter().collect(),
        }
    }

    /// Number of `ValRaw` slots a call with this signature uses from the host:
    /// max(params, results).
    pub(crate) fn slot_count(&self) -> usize {
        self.params.len().max(self.results.len())
    }

    /// Bytes of the machine-stack argument area of a wasm call with this signature:
    /// max(parameter bytes, result bytes), see [`slot_ends`].
    pub(crate) fn arg_area_bytes(&self) -> u32 {
        let bytes = |types: &[ValType]| types.iter().map(|ty| ty.slot_bytes()).sum::<u32>();
        bytes(&self.params).max(bytes(&self.results))
    }
}

/// For values of `types` laid out back to back on the machine stack (the first at the
/// highest address), the distance from the area's top to the lowest byte of each one:
/// value `i` lives at depth `base + ends[i]` when the area starts at depth `base`.
pub(crate) fn slot_ends(types: &[ValType]) -> Vec<u32> {
    let mut ends = Vec::with_capacity(types.len());
    slot_ends_into(&mut ends, types.iter().copied());
    ends
}

/// [`slot_ends`] into a reused buffer: `ends` is cleared first.
pub(crate) fn slot_ends_into(ends: &mut Vec<u32>, types: impl Iterator<Item = ValType>) {
    ends.clear();
    ends.extend(types.scan(0, |end, ty| {
        *end += ty.slot_bytes();
        Some(*end)
    }));
}

impl std::fmt::Display for FuncType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "(func")?;
        if !self.params.is_empty() {
            write!(f, " (param")?;
            for param in self.params.iter() {
                write!(f, " {param}")?;
            }
            write!(f, ")")?;
        }
        if !self.results.is_empty() {
            write!(f, " (result")?;
            for result in self.results.iter() {
                write!(f, " {result}")?;
            }
            write!(f, ")")?;
        }
        write!(f, ")")
    }
}

/// Size limits of a memory (in 64 KiB pages) or a table (in elements).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Initial size.
    pub min: u64,
    /// Largest size it may grow to, if bounded.
    pub max: Option<u64>,
}

impl Limits {
    /// Whether limits `self` (of what is provided) satisfy `required` (what an import asks for).
    pub fn matches(&self, required: &Limits) -> bool {
        self.min >= required.min
            && match (self.max, required.max) {
                (_, None) => true,
                (Some(actual), Some(required)) => actual <= required,
                (None, Some(_)) => false,
            }
    }
}

/// The type of the addresses of a memory or the indices of a table (memory64 and
/// table64 make them `i64`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum IndexType {
    /// 32-bit addresses or indices.
    #[default]
    I32,
    /// 64-bit addresses or indices.
    I64,
}

impl IndexType {
    /// The value type of an address or index of this type.
    pub fn val_type(self) -> ValType {
        match self {
            IndexType::I32 => ValType::I32,
            IndexType::I64 => ValType::I64,
        }
    }

    /// The index type of an operand that is a length or offset shared by two objects
    /// of these index types (`memory.copy`, `table.copy`): the narrower one.
    pub fn min(self, other: IndexType) -> IndexType {
        match (self, other) {
            (IndexType::I64, IndexType::I64) => IndexType::I64,
            _ => IndexType::I32,
        }
    }

    /// `raw` (an operand as generated code passes it to a builtin) read as an address
    /// or index of this type: truncated to 32 bits for `I32`.
    pub fn operand(self, raw: u64) -> u64 {
        match self {
            IndexType::I32 => raw as u32 as u64,
            IndexType::I64 => raw,
        }
    }
}

/// The type of a linear memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemoryType {
    /// Size limits in pages.
    pub limits: Limits,
    /// The type of its addresses.
    pub index_type: IndexType,
    /// Log2 of its page size in bytes: [`DEFAULT_PAGE_SIZE_LOG2`] (64 KiB), or 0 for
    /// one-byte pages (the custom-page-sizes proposal).
    pub page_size_log2: u8,
}

/// Log2 of the default page size of a memory, 64 KiB.
pub const DEFAULT_PAGE_SIZE_LOG2: u8 = 16;

impl MemoryType {
    /// Whether a memory of type `self` may be imported where `required` is asked for:
    /// same index type and page size, limits that fit.
    pub fn matches(&self, required: &MemoryType) -> bool {
        self.index_type == required.index_type
            && self.page_size_log2 == required.page_size_log2
            && self.limits.matches(&required.limits)
    }

    /// Whether its accesses are checked explicitly rather than by guard pages: 64-bit
    /// memories, and memories whose size need not be a multiple of the host page.
    pub fn needs_explicit_checks(&self) -> bool {
        self.index_type == IndexType::I64 || self.page_size_log2 != DEFAULT_PAGE_SIZE_LOG2
    }
}

/// The type of a table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TableType {
    /// Element type (`funcref` or `externref`).
    pub element: ValType,
    /// Size limits in elements.
    pub limits: Limits,
    /// The type of its indices.
    pub index_type: IndexType,
}

impl TableType {
    /// Whether a table of type `self` may be imported where `required` is asked for:
    /// same element and index types, limits that fit.
    pub fn matches(&self, required: &TableType) -> bool {
        self.element == required.element
            && self.index_type == required.index_type
            && self.limits.matches(&required.limits)
    }
}

/// The type of a global.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GlobalType {
    /// Value type.
    pub content: ValType,
    /// Whether `global.set` may change it.
    pub mutable: bool,
}

/// The type of anything that can be imported or exported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExternType {
    /// A function.
    Func(FuncType),
    /// A table.
    Table(TableType),
    /// A linear memory.
    Memory(MemoryType),
    /// A global.
    Global(GlobalType),
}

impl ExternType {
    /// A short name of the kind, as used in link error messages.
    pub fn kind_name(&self) -> &'static str {
        match self {
            ExternType::Func(_) => "function",
            ExternType::Table(_) => "table",
            ExternType::Memory(_) => "memory",
            ExternType::Global(_) => "global",
        }
    }
}
