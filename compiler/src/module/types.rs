//! The module-level types the compiler and runtime share.

use lightbeam_entity::PrimaryMap;

use super::index::{SharedTypeId, TypeIndex};
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
    /// A reference (`funcref`, `externref`, `(ref $t)`, ...).
    Ref(RefType),
}

/// What a reference may point to. A concrete type is named by its kind and its
/// engine-wide [`SharedTypeId`] (see [`ConcreteType`]), so types of different modules
/// compare by identity and the hierarchy of a concrete type is known without the type
/// registry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HeapType {
    /// Any internal value (`any`), the top of the internal hierarchy.
    Any,
    /// Any value comparable with `ref.eq` (`eq`): `i31`, structs and arrays.
    Eq,
    /// An unboxed 31-bit integer (`i31`).
    I31,
    /// Any struct (`struct`).
    Struct,
    /// Any array (`array`).
    Array,
    /// No internal value (`none`), the bottom of the internal hierarchy: only null.
    None,
    /// Any function (`func`), the top of the function hierarchy.
    Func,
    /// No function (`nofunc`), the bottom of the function hierarchy: only null.
    NoFunc,
    /// Any host value (`extern`), the top of the external hierarchy.
    Extern,
    /// No host value (`noextern`), the bottom of the external hierarchy: only null.
    NoExtern,
    /// Any exception (`exn`), the top of the exception hierarchy.
    Exn,
    /// No exception (`noexn`), the bottom of the exception hierarchy: only null.
    NoExn,
    /// Values of one defined type (function, struct or array) or of its subtypes.
    Concrete(ConcreteType),
}

/// The three kinds of defined (composite) types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CompositeKind {
    /// A function type.
    Func,
    /// A struct type.
    Struct,
    /// An array type.
    Array,
}

/// A defined type as a heap type: its kind (which fixes its hierarchy and abstract
/// supertype) and its engine-wide id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ConcreteType {
    /// Engine-wide id of the type.
    pub id: SharedTypeId,
    /// Function, struct or array.
    pub kind: CompositeKind,
}

impl ConcreteType {
    /// A concrete function type.
    pub const fn func(id: SharedTypeId) -> Self {
        ConcreteType {
            id,
            kind: CompositeKind::Func,
        }
    }

    /// The abstract heap type right above every type of this kind (`func`, `struct`
    /// or `array`).
    pub fn abstract_supertype(self) -> HeapType {
        match self.kind {
            CompositeKind::Func => HeapType::Func,
            CompositeKind::Struct => HeapType::Struct,
            CompositeKind::Array => HeapType::Array,
        }
    }
}

/// Answers whether one defined type is a declared subtype of another: the type
/// registry, which alone knows the declared supertypes.
pub trait ConcreteSubtyping {
    /// Whether `sub` is `sup` or declares it, directly or transitively, as supertype.
    fn is_subtype(&self, sub: SharedTypeId, sup: SharedTypeId) -> bool;
}

/// Subtyping that knows no declared supertypes: concrete types match only themselves.
/// For code that compares types no module declared (host function types).
#[derive(Clone, Copy, Debug, Default)]
pub struct NoDeclaredSupertypes;

impl ConcreteSubtyping for NoDeclaredSupertypes {
    fn is_subtype(&self, sub: SharedTypeId, sup: SharedTypeId) -> bool {
        sub == sup
    }
}

impl HeapType {
    /// The top of the hierarchy this heap type belongs to.
    pub fn top(self) -> HeapType {
        match self {
            HeapType::Concrete(concrete) => concrete.abstract_supertype().top(),
            HeapType::Func | HeapType::NoFunc => HeapType::Func,
            HeapType::Extern | HeapType::NoExtern => HeapType::Extern,
            HeapType::Exn | HeapType::NoExn => HeapType::Exn,
            HeapType::Any
            | HeapType::Eq
            | HeapType::I31
            | HeapType::Struct
            | HeapType::Array
            | HeapType::None => HeapType::Any,
        }
    }

    /// Whether this is the bottom of its hierarchy (`none`, `nofunc`, `noextern`,
    /// `noexn`), which only null inhabits.
    pub fn is_bottom(self) -> bool {
        matches!(
            self,
            HeapType::None | HeapType::NoFunc | HeapType::NoExtern | HeapType::NoExn
        )
    }

    /// Whether `self` is a subtype of `other`; `types` decides between two concrete
    /// types (declared supertypes).
    pub fn matches(self, other: HeapType, types: &dyn ConcreteSubtyping) -> bool {
        match (self, other) {
            _ if self == other => true,
            (HeapType::Concrete(sub), HeapType::Concrete(sup)) => {
                sub.kind == sup.kind && types.is_subtype(sub.id, sup.id)
            }
            (HeapType::Concrete(sub), other) => sub.abstract_supertype().matches(other, types),
            (bottom, HeapType::Concrete(sup)) => {
                bottom.is_bottom() && bottom.top() == sup.abstract_supertype().top()
            }
            (HeapType::None, other) => other.top() == HeapType::Any,
            (HeapType::Eq | HeapType::I31 | HeapType::Struct | HeapType::Array, HeapType::Any) => {
                true
            }
            (HeapType::I31 | HeapType::Struct | HeapType::Array, HeapType::Eq) => true,
            (HeapType::NoFunc, HeapType::Func) => true,
            (HeapType::NoExtern, HeapType::Extern) => true,
            (HeapType::NoExn, HeapType::Exn) => true,
            _ => false,
        }
    }
}

impl std::fmt::Display for HeapType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HeapType::Any => f.write_str("any"),
            HeapType::Eq => f.write_str("eq"),
            HeapType::I31 => f.write_str("i31"),
            HeapType::Struct => f.write_str("struct"),
            HeapType::Array => f.write_str("array"),
            HeapType::None => f.write_str("none"),
            HeapType::Func => f.write_str("func"),
            HeapType::NoFunc => f.write_str("nofunc"),
            HeapType::Extern => f.write_str("extern"),
            HeapType::NoExtern => f.write_str("noextern"),
            HeapType::Exn => f.write_str("exn"),
            HeapType::NoExn => f.write_str("noexn"),
            HeapType::Concrete(concrete) => write!(f, "{}", concrete.id),
        }
    }
}

/// A reference type: a heap type and whether null is a value of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RefType {
    /// Whether the reference may be null.
    pub nullable: bool,
    /// What it points to.
    pub heap_type: HeapType,
}

impl RefType {
    /// `funcref`, i.e. `(ref null func)`.
    pub const FUNCREF: RefType = RefType::new(true, HeapType::Func);
    /// `externref`, i.e. `(ref null extern)`.
    pub const EXTERNREF: RefType = RefType::new(true, HeapType::Extern);
    /// `exnref`, i.e. `(ref null exn)`.
    pub const EXNREF: RefType = RefType::new(true, HeapType::Exn);
    /// `anyref`, i.e. `(ref null any)`.
    pub const ANYREF: RefType = RefType::new(true, HeapType::Any);

    /// `(ref null? heap_type)`.
    pub const fn new(nullable: bool, heap_type: HeapType) -> Self {
        RefType {
            nullable,
            heap_type,
        }
    }

    /// Whether `self` is a subtype of `other`: null only where `other` allows it, and
    /// a heap type that matches (`types` decides between concrete types).
    pub fn matches(self, other: RefType, types: &dyn ConcreteSubtyping) -> bool {
        (!self.nullable || other.nullable) && self.heap_type.matches(other.heap_type, types)
    }

    /// The nullable top type of its hierarchy (`funcref`, `externref`, `exnref` or
    /// `anyref`).
    pub fn top(self) -> RefType {
        RefType::new(true, self.heap_type.top())
    }

    /// Converts a wasmparser reference type whose concrete heap types index
    /// `signatures` (the module's types so far); shared heap types are unsupported.
    pub(crate) fn from_wasm(
        reference: wasmparser::RefType,
        signatures: &PrimaryMap<TypeIndex, ConcreteType>,
        offset: usize,
    ) -> CompileResult<Self> {
        use wasmparser::{AbstractHeapType as A, HeapType as W};
        let unsupported =
            || CompileError::unsupported(format!("reference type {reference}"), offset);
        let heap_type = match reference.heap_type() {
            W::Abstract { shared: false, ty } => match ty {
                A::Func => HeapType::Func,
                A::NoFunc => HeapType::NoFunc,
                A::Extern => HeapType::Extern,
                A::NoExtern => HeapType::NoExtern,
                A::Exn => HeapType::Exn,
                A::NoExn => HeapType::NoExn,
                A::Any => HeapType::Any,
                A::Eq => HeapType::Eq,
                A::I31 => HeapType::I31,
                A::Struct => HeapType::Struct,
                A::Array => HeapType::Array,
                A::None => HeapType::None,
                _ => return Err(unsupported()),
            },
            W::Concrete(wasmparser::UnpackedIndex::Module(index)) => {
                // A type section entry may only name types up to the end of its
                // recursion group, which are known (the validator checked the index).
                let concrete = signatures.get(TypeIndex::from_u32(index)).ok_or_else(|| {
                    CompileError::internal(format!("type index of {reference} out of range"))
                })?;
                HeapType::Concrete(*concrete)
            }
            _ => return Err(unsupported()),
        };
        Ok(RefType::new(reference.is_nullable(), heap_type))
    }
}

impl std::fmt::Display for RefType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            RefType::FUNCREF => f.write_str("funcref"),
            RefType::EXTERNREF => f.write_str("externref"),
            RefType::EXNREF => f.write_str("exnref"),
            RefType::ANYREF => f.write_str("anyref"),
            RefType {
                nullable: true,
                heap_type,
            } => write!(f, "(ref null {heap_type})"),
            RefType {
                nullable: false,
                heap_type,
            } => write!(f, "(ref {heap_type})"),
        }
    }
}

impl ValType {
    /// `funcref`.
    pub const FUNCREF: ValType = ValType::Ref(RefType::FUNCREF);
    /// `externref`.
    pub const EXTERNREF: ValType = ValType::Ref(RefType::EXTERNREF);
    /// `exnref`.
    pub const EXNREF: ValType = ValType::Ref(RefType::EXNREF);
    /// `anyref`.
    pub const ANYREF: ValType = ValType::Ref(RefType::ANYREF);

    /// Converts wasmparser's value type; concrete heap types index `signatures`
    /// (see [`RefType::from_wasm`]).
    pub(crate) fn from_wasm(
        ty: wasmparser::ValType,
        signatures: &PrimaryMap<TypeIndex, ConcreteType>,
        offset: usize,
    ) -> CompileResult<Self> {
        use wasmparser::ValType as W;
        Ok(match ty {
            W::I32 => ValType::I32,
            W::I64 => ValType::I64,
            W::F32 => ValType::F32,
            W::F64 => ValType::F64,
            W::V128 => ValType::V128,
            W::Ref(reference) => ValType::Ref(RefType::from_wasm(reference, signatures, offset)?),
        })
    }

    /// True for types held in general-purpose registers.
    pub fn is_integer_like(self) -> bool {
        !matches!(self, ValType::F32 | ValType::F64 | ValType::V128)
    }

    /// True for reference types.
    pub fn is_ref(self) -> bool {
        matches!(self, ValType::Ref(_))
    }

    /// The reference type, if it is one.
    pub fn as_ref(self) -> Option<RefType> {
        match self {
            ValType::Ref(reference) => Some(reference),
            _ => None,
        }
    }

    /// Whether a value of type `self` is a value of type `other` (subtyping: equal
    /// types, or references as [`RefType::matches`] says).
    pub fn matches(self, other: ValType, types: &dyn ConcreteSubtyping) -> bool {
        match (self, other) {
            (ValType::Ref(this), ValType::Ref(other)) => this.matches(other, types),
            _ => self == other,
        }
    }

    /// The type with references widened to the nullable top of their hierarchy: all
    /// the code generator needs to know of a reference (its representation), and what
    /// its value stack is checked against.
    pub fn top(self) -> ValType {
        match self {
            ValType::Ref(reference) => ValType::Ref(reference.top()),
            other => other,
        }
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
        match self {
            ValType::I32 => f.write_str("i32"),
            ValType::I64 => f.write_str("i64"),
            ValType::F32 => f.write_str("f32"),
            ValType::F64 => f.write_str("f64"),
            ValType::V128 => f.write_str("v128"),
            ValType::Ref(reference) => write!(f, "{reference}"),
        }
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

    /// Bytes of the argument area a call with this signature leaves on the stack when
    /// it returns: the results, when there are several (one result returns in a
    /// register); the callee pops the rest, see [`FuncType::callee_pop_bytes`].
    pub(crate) fn returned_area_bytes(&self) -> u32 {
        match &*self.results {
            [] | [_] => 0,
            results => results.iter().map(|ty| ty.slot_bytes()).sum(),
        }
    }

    /// Bytes of the argument area a function of this signature pops when it returns
    /// (`ret imm16`): all of it but the results left there. At most 16,000 (1,000
    /// `v128` parameters, the most a function type may have).
    pub(crate) fn callee_pop_bytes(&self) -> u32 {
        self.arg_area_bytes() - self.returned_area_bytes()
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

/// How a struct field or an array element is stored: a packed integer or a value type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StorageType {
    /// An 8-bit integer, read as `i32` (`struct.get_s`/`_u` extend it).
    I8,
    /// A 16-bit integer, read as `i32`.
    I16,
    /// A value of a value type.
    Val(ValType),
}

impl StorageType {
    /// The value type a read of this storage produces (`i32` for packed integers).
    pub fn unpacked(self) -> ValType {
        match self {
            StorageType::I8 | StorageType::I16 => ValType::I32,
            StorageType::Val(ty) => ty,
        }
    }
}

impl std::fmt::Display for StorageType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageType::I8 => f.write_str("i8"),
            StorageType::I16 => f.write_str("i16"),
            StorageType::Val(ty) => write!(f, "{ty}"),
        }
    }
}

/// The type of a struct field or of an array's elements.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FieldType {
    /// What is stored.
    pub storage: StorageType,
    /// Whether `struct.set`/`array.set` (and the bulk array operations) may change it.
    pub mutable: bool,
}

/// A struct type: its fields in order.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct StructType {
    /// The fields, in declaration order.
    pub fields: Box<[FieldType]>,
}

/// An array type: the type of its elements.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ArrayType(pub FieldType);

/// A function, struct or array type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum CompositeType {
    /// A function type.
    Func(FuncType),
    /// A struct type.
    Struct(StructType),
    /// An array type.
    Array(ArrayType),
}

impl CompositeType {
    /// Which of the three kinds it is.
    pub fn kind(&self) -> CompositeKind {
        match self {
            CompositeType::Func(_) => CompositeKind::Func,
            CompositeType::Struct(_) => CompositeKind::Struct,
            CompositeType::Array(_) => CompositeKind::Array,
        }
    }

    /// The function type, if it is one.
    pub fn as_func(&self) -> Option<&FuncType> {
        match self {
            CompositeType::Func(ty) => Some(ty),
            _ => None,
        }
    }
}

/// A defined type: a composite type with its place in the subtype hierarchy. A type
/// written without `sub` is final and has no supertype.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SubType {
    /// Whether no type may declare it as supertype.
    pub is_final: bool,
    /// The declared supertype (the validator checked that this type matches it).
    pub supertype: Option<SharedTypeId>,
    /// The function, struct or array type itself.
    pub composite: CompositeType,
}

impl SubType {
    /// A final function type without supertype: what a type written `(func ...)`, and
    /// the type of a host function, is.
    pub fn func(ty: FuncType) -> Self {
        SubType {
            is_final: true,
            supertype: None,
            composite: CompositeType::Func(ty),
        }
    }
}

impl ValType {
    /// The type with the id of every concrete heap type replaced by `f(id)`.
    pub(crate) fn map_ids(self, f: &impl Fn(SharedTypeId) -> SharedTypeId) -> ValType {
        match self {
            ValType::Ref(RefType {
                nullable,
                heap_type: HeapType::Concrete(concrete),
            }) => ValType::Ref(RefType::new(
                nullable,
                HeapType::Concrete(ConcreteType {
                    id: f(concrete.id),
                    kind: concrete.kind,
                }),
            )),
            other => other,
        }
    }
}

impl SubType {
    /// The type with every id it mentions (its supertype's and those of its concrete
    /// heap types) replaced by `f(id)`.
    pub(crate) fn map_ids(&self, f: &impl Fn(SharedTypeId) -> SharedTypeId) -> SubType {
        let field = |field: &FieldType| FieldType {
            storage: match field.storage {
                StorageType::Val(ty) => StorageType::Val(ty.map_ids(f)),
                packed => packed,
            },
            mutable: field.mutable,
        };
        SubType {
            is_final: self.is_final,
            supertype: self.supertype.map(f),
            composite: match &self.composite {
                CompositeType::Func(ty) => CompositeType::Func(FuncType::new(
                    ty.params.iter().map(|ty| ty.map_ids(f)),
                    ty.results.iter().map(|ty| ty.map_ids(f)),
                )),
                CompositeType::Struct(ty) => CompositeType::Struct(StructType {
                    fields: ty.fields.iter().map(field).collect(),
                }),
                CompositeType::Array(ArrayType(element)) => {
                    CompositeType::Array(ArrayType(field(element)))
                }
            },
        }
    }

    /// The type with the placeholder ids of its recursion group's types (see
    /// [`SharedTypeId::rec_relative`]) replaced by the ids from `base` on that the
    /// group was given.
    pub fn resolve_rec_relative(&self, base: SharedTypeId) -> SubType {
        self.map_ids(&|id| match id.as_rec_relative() {
            Some(index) => SharedTypeId::from_u32(base.as_u32() + index),
            None => id,
        })
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
    /// Whether it is shared between threads (the threads proposal); a shared memory
    /// always has a maximum.
    pub shared: bool,
}

/// Log2 of the default page size of a memory, 64 KiB.
pub const DEFAULT_PAGE_SIZE_LOG2: u8 = 16;

impl MemoryType {
    /// Whether a memory of type `self` may be imported where `required` is asked for:
    /// same index type, page size and sharing, limits that fit.
    pub fn matches(&self, required: &MemoryType) -> bool {
        self.index_type == required.index_type
            && self.page_size_log2 == required.page_size_log2
            && self.shared == required.shared
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
    /// Element type (a reference type).
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

impl GlobalType {
    /// Whether a global of type `self` may be imported where `required` is asked for:
    /// the same mutability; an immutable one of a subtype, a mutable one of the same
    /// type (it is written as well as read).
    pub fn matches(&self, required: &GlobalType, types: &dyn ConcreteSubtyping) -> bool {
        self.mutable == required.mutable
            && if self.mutable {
                self.content == required.content
            } else {
                self.content.matches(required.content, types)
            }
    }
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
    /// A tag, with the type whose parameters its exceptions carry.
    Tag(FuncType),
}

impl ExternType {
    /// A short name of the kind, as used in link error messages.
    pub fn kind_name(&self) -> &'static str {
        match self {
            ExternType::Func(_) => "function",
            ExternType::Table(_) => "table",
            ExternType::Memory(_) => "memory",
            ExternType::Global(_) => "global",
            ExternType::Tag(_) => "tag",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn concrete(id: u32) -> HeapType {
        HeapType::Concrete(ConcreteType::func(SharedTypeId::from_u32(id)))
    }

    #[test]
    fn reference_subtyping_follows_nullability_and_the_function_hierarchy() {
        let t = RefType::new(false, concrete(0));
        let t_null = RefType::new(true, concrete(0));
        let u = RefType::new(false, concrete(1));
        assert!(
            t.matches(t_null, &NoDeclaredSupertypes)
                && t.matches(RefType::FUNCREF, &NoDeclaredSupertypes)
        );
        assert!(t.matches(RefType::new(false, HeapType::Func), &NoDeclaredSupertypes));
        assert!(
            !t_null.matches(t, &NoDeclaredSupertypes),
            "null where none is allowed"
        );
        assert!(
            !t.matches(u, &NoDeclaredSupertypes),
            "concrete types have no declared supertypes"
        );
        assert!(!RefType::FUNCREF.matches(t_null, &NoDeclaredSupertypes));
        assert!(RefType::new(true, HeapType::NoFunc).matches(t_null, &NoDeclaredSupertypes));
        assert!(!RefType::new(true, HeapType::NoFunc).matches(t, &NoDeclaredSupertypes));
        assert!(!t.matches(RefType::EXTERNREF, &NoDeclaredSupertypes));
        assert!(RefType::new(false, HeapType::NoExtern)
            .matches(RefType::EXTERNREF, &NoDeclaredSupertypes));
        assert!(!ValType::EXTERNREF.matches(ValType::FUNCREF, &NoDeclaredSupertypes));
        assert!(
            ValType::I32.matches(ValType::I32, &NoDeclaredSupertypes)
                && !ValType::I32.matches(ValType::I64, &NoDeclaredSupertypes)
        );
        assert_eq!(ValType::Ref(t).top(), ValType::FUNCREF);
        assert_eq!(ValType::Ref(t).to_string(), "(ref shared_type0)");
        assert_eq!(ValType::Ref(t_null).to_string(), "(ref null shared_type0)");
        assert_eq!(ValType::FUNCREF.to_string(), "funcref");
    }

    #[test]
    fn the_internal_hierarchy_has_any_on_top_and_none_at_the_bottom() {
        use HeapType::*;
        for ty in [Any, Eq, I31, Struct, Array, None] {
            assert_eq!(ty.top(), Any);
            assert!(
                ty.matches(Any, &NoDeclaredSupertypes) && None.matches(ty, &NoDeclaredSupertypes),
                "{ty}"
            );
            assert!(
                !ty.matches(Func, &NoDeclaredSupertypes)
                    && !ty.matches(Extern, &NoDeclaredSupertypes),
                "{ty}"
            );
        }
        for ty in [I31, Struct, Array] {
            assert!(
                ty.matches(Eq, &NoDeclaredSupertypes) && !Eq.matches(ty, &NoDeclaredSupertypes),
                "{ty}"
            );
        }
        assert!(
            !I31.matches(Struct, &NoDeclaredSupertypes)
                && !Struct.matches(Array, &NoDeclaredSupertypes)
                && !Any.matches(Eq, &NoDeclaredSupertypes)
        );
        assert!(
            !None.matches(Func, &NoDeclaredSupertypes)
                && !NoFunc.matches(Any, &NoDeclaredSupertypes)
                && !NoExtern.matches(Any, &NoDeclaredSupertypes)
        );
        assert!(None.is_bottom() && NoFunc.is_bottom() && !I31.is_bottom());
        assert_eq!(
            ValType::Ref(RefType::new(false, I31)).top(),
            ValType::ANYREF
        );
        assert_eq!(ValType::ANYREF.to_string(), "anyref");
        assert_eq!(
            ValType::Ref(RefType::new(false, I31)).to_string(),
            "(ref i31)"
        );
    }

    #[test]
    fn global_imports_are_covariant_only_when_immutable() {
        let global = |content, mutable| GlobalType { content, mutable };
        let exact = ValType::Ref(RefType::new(false, concrete(3)));
        assert!(
            global(exact, false).matches(&global(ValType::FUNCREF, false), &NoDeclaredSupertypes)
        );
        assert!(
            !global(exact, true).matches(&global(ValType::FUNCREF, true), &NoDeclaredSupertypes)
        );
        assert!(global(exact, true).matches(&global(exact, true), &NoDeclaredSupertypes));
        assert!(
            !global(ValType::FUNCREF, false).matches(&global(exact, false), &NoDeclaredSupertypes)
        );
        assert!(!global(exact, false).matches(&global(exact, true), &NoDeclaredSupertypes));
    }

    #[test]
    fn concrete_types_resolve_to_type_ids_and_others_are_unsupported() {
        let mut signatures = PrimaryMap::new();
        signatures.push(ConcreteType::func(SharedTypeId::from_u32(7)));
        let index = |i| wasmparser::PackedIndex::from_module_index(i).unwrap();
        let known = wasmparser::RefType::concrete(false, index(0));
        assert_eq!(
            RefType::from_wasm(known, &signatures, 0).unwrap(),
            RefType::new(false, concrete(7))
        );
        // An index past the types known is a broken invariant (the validator checks).
        let past = wasmparser::RefType::concrete(true, index(1));
        let error = RefType::from_wasm(past, &signatures, 12).unwrap_err();
        assert!(matches!(error, CompileError::Internal(_)), "{error}");
        let any = RefType::from_wasm(wasmparser::RefType::ANYREF, &signatures, 12).unwrap();
        assert_eq!(any, RefType::ANYREF);
        let shared = wasmparser::RefType::new(
            true,
            wasmparser::HeapType::Abstract {
                shared: true,
                ty: wasmparser::AbstractHeapType::Any,
            },
        )
        .unwrap();
        let shared = RefType::from_wasm(shared, &signatures, 12).unwrap_err();
        assert!(
            matches!(shared, CompileError::Unsupported { .. }),
            "{shared}"
        );
    }
}
