//! The module environment: everything known about a module apart from its code.
//!
//! `parse` fills a [`ModuleInfo`] section by section while the validator checks
//! the same payloads; function bodies are handed over (`PendingBody`) as they are read
//! and compiled by the code generator, which validates them operator by operator.

#![forbid(unsafe_code)]

pub mod index;
pub(crate) mod parse;
pub mod reference;
pub mod types;

use std::ops::{Deref, Range};
use std::sync::Arc;

use lightbeam_entity::{EntityRef, PrimaryMap};

pub use index::*;
pub use types::*;

/// One instruction of a constant expression (global initialisers, segment offsets
/// and element items).
#[derive(Clone, Debug, PartialEq)]
pub enum ConstOp {
    /// `i32.const`.
    I32(i32),
    /// `i64.const`.
    I64(i64),
    /// `f32.const`, as bits.
    F32(u32),
    /// `f64.const`, as bits.
    F64(u64),
    /// `v128.const`, as bits.
    V128(u128),
    /// `ref.null` of a reference type.
    RefNull(ValType),
    /// `ref.func`.
    RefFunc(FuncIndex),
    /// `global.get` (of an imported global, or any earlier global with GC rules).
    GlobalGet(GlobalIndex),
    /// `i32.add` (extended constant expressions).
    I32Add,
    /// `i32.sub`.
    I32Sub,
    /// `i32.mul`.
    I32Mul,
    /// `i64.add`.
    I64Add,
    /// `i64.sub`.
    I64Sub,
    /// `i64.mul`.
    I64Mul,
    /// `ref.i31`.
    RefI31,
    /// `any.convert_extern`.
    AnyConvertExtern,
    /// `extern.convert_any`.
    ExternConvertAny,
}

/// A constant expression: a short stack program evaluated at instantiation.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ConstExpr(pub Box<[ConstOp]>);

/// What an import provides, as the importing module describes it.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportKind {
    /// A function of the given type.
    Func(TypeIndex),
    /// A table.
    Table(TableType),
    /// A memory.
    Memory(MemoryType),
    /// A global.
    Global(GlobalType),
    /// A tag whose exceptions carry the parameters of the given type.
    Tag(TypeIndex),
}

/// One entry of the import section.
#[derive(Clone, Debug, PartialEq)]
pub struct Import {
    /// Module name.
    pub module: String,
    /// Field name.
    pub name: String,
    /// What is imported.
    pub kind: ImportKind,
}

/// A reference to any module-level entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntityIndex {
    /// A function.
    Func(FuncIndex),
    /// A table.
    Table(TableIndex),
    /// A memory.
    Memory(MemoryIndex),
    /// A global.
    Global(GlobalIndex),
    /// A tag.
    Tag(TagIndex),
}

/// One entry of the export section.
#[derive(Clone, Debug, PartialEq)]
pub struct Export {
    /// Export name.
    pub name: String,
    /// The exported entity.
    pub index: EntityIndex,
}

/// How an element segment is used.
#[derive(Clone, Debug, PartialEq)]
pub enum ElementMode {
    /// Copied into a table at instantiation.
    Active {
        /// Destination table.
        table: TableIndex,
        /// Destination offset.
        offset: ConstExpr,
    },
    /// Available to `table.init` until dropped.
    Passive,
    /// Only declares functions referable by `ref.func`; dropped at instantiation.
    Declared,
}

/// An element segment.
#[derive(Clone, Debug, PartialEq)]
pub struct ElementSegment {
    /// How it is used.
    pub mode: ElementMode,
    /// Element type.
    pub ty: ValType,
    /// One constant expression per element.
    pub items: Box<[ConstExpr]>,
}

/// How a data segment is used.
#[derive(Clone, Debug, PartialEq)]
pub enum DataMode {
    /// Copied into a memory at instantiation.
    Active {
        /// Destination memory.
        memory: MemoryIndex,
        /// Destination offset.
        offset: ConstExpr,
    },
    /// Available to `memory.init` until dropped.
    Passive,
}

/// A data segment.
#[derive(Clone, Debug, PartialEq)]
pub struct DataSegment {
    /// How it is used.
    pub mode: DataMode,
    /// The bytes (all segments of a module share one buffer).
    pub bytes: SharedBytes,
}

/// A byte string that is a range of a buffer shared with others: a module's data
/// segments are copied out of its data section in one piece rather than one allocation
/// each. Dereferences to the bytes.
#[derive(Clone, Default)]
pub struct SharedBytes {
    buffer: Arc<[u8]>,
    range: Range<usize>,
}

impl SharedBytes {
    /// Bytes `range` of `buffer`.
    ///
    /// # Panics
    ///
    /// If `range` is not inside `buffer`.
    pub fn new(buffer: Arc<[u8]>, range: Range<usize>) -> Self {
        assert!(
            range.start <= range.end && range.end <= buffer.len(),
            "range outside the shared buffer"
        );
        SharedBytes { buffer, range }
    }
}

impl Deref for SharedBytes {
    type Target = [u8];

    #[inline]
    fn deref(&self) -> &[u8] {
        &self.buffer[self.range.clone()]
    }
}

impl From<&[u8]> for SharedBytes {
    fn from(bytes: &[u8]) -> Self {
        SharedBytes {
            range: 0..bytes.len(),
            buffer: bytes.into(),
        }
    }
}

impl PartialEq for SharedBytes {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl Eq for SharedBytes {}

impl std::fmt::Debug for SharedBytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// Everything known about a module except its function bodies.
#[derive(Debug, Default)]
pub struct ModuleInfo {
    /// The type section: every type as defined, its references engine-wide ids.
    pub types: PrimaryMap<TypeIndex, SubType>,
    /// Kind and engine-wide id of every type (`call_indirect` compares the ids).
    pub type_ids: PrimaryMap<TypeIndex, ConcreteType>,
    /// Finality and subtyping depth of every type, by engine-wide id: what an inline
    /// cast to it needs.
    pub cast_targets: std::collections::HashMap<SharedTypeId, CastTarget>,
    /// Type of every function, imports first.
    pub functions: PrimaryMap<FuncIndex, TypeIndex>,
    /// Number of imported functions (they come first in `functions`).
    pub imported_funcs: u32,
    /// Every table, imports first.
    pub tables: PrimaryMap<TableIndex, TableType>,
    /// Number of imported tables.
    pub imported_tables: u32,
    /// Initialiser of each defined table's elements (`None`: null).
    pub table_inits: Vec<Option<ConstExpr>>,
    /// Every memory, imports first.
    pub memories: PrimaryMap<MemoryIndex, MemoryType>,
    /// Number of imported memories.
    pub imported_memories: u32,
    /// Every global, imports first.
    pub globals: PrimaryMap<GlobalIndex, GlobalType>,
    /// Number of imported globals.
    pub imported_globals: u32,
    /// Initialiser of each defined global, in definition order.
    pub global_inits: Vec<ConstExpr>,
    /// Every tag's type (its parameters are the exception's payload), imports first.
    pub tags: PrimaryMap<TagIndex, TypeIndex>,
    /// Number of imported tags.
    pub imported_tags: u32,
    /// The import section.
    pub imports: Vec<Import>,
    /// The export section.
    pub exports: Vec<Export>,
    /// The start function.
    pub start: Option<FuncIndex>,
    /// Element segments.
    pub elements: PrimaryMap<ElemIndex, ElementSegment>,
    /// Data segments.
    pub data: PrimaryMap<DataIndex, DataSegment>,
    /// Functions that may be referenced by `ref.func` (declared or exported).
    pub escaping_funcs: Vec<FuncIndex>,
}

impl ModuleInfo {
    /// The signature of function `func`.
    pub fn func_type(&self, func: FuncIndex) -> &FuncType {
        self.signature(self.functions[func])
    }

    /// Function type `ty`.
    ///
    /// # Panics
    ///
    /// If `ty` is a struct or array type: the validator lets only function types be
    /// named where a signature is expected.
    pub fn signature(&self, ty: TypeIndex) -> &FuncType {
        match &self.types[ty].composite {
            CompositeType::Func(signature) => signature,
            other => panic!(
                "type {ty} is a {:?} type, not a function type",
                other.kind()
            ),
        }
    }

    /// Whether `func` is imported.
    pub fn is_imported_func(&self, func: FuncIndex) -> bool {
        func.as_u32() < self.imported_funcs
    }

    /// The function index of defined function `defined`.
    pub fn func_index(&self, defined: DefinedFuncIndex) -> FuncIndex {
        FuncIndex::new(self.imported_funcs as usize + defined.index())
    }

    /// The defined-function index of `func`, or `None` if it is imported.
    pub fn defined_func_index(&self, func: FuncIndex) -> Option<DefinedFuncIndex> {
        func.as_u32()
            .checked_sub(self.imported_funcs)
            .map(|index| DefinedFuncIndex::new(index as usize))
    }

    /// Number of functions defined by the module.
    pub fn defined_func_count(&self) -> usize {
        self.functions.len() - self.imported_funcs as usize
    }

    /// Type of an import as an [`ExternType`].
    pub fn import_type(&self, import: &Import) -> ExternType {
        match &import.kind {
            ImportKind::Func(ty) => ExternType::Func(self.signature(*ty).clone()),
            ImportKind::Table(ty) => ExternType::Table(*ty),
            ImportKind::Memory(ty) => ExternType::Memory(*ty),
            ImportKind::Global(ty) => ExternType::Global(*ty),
            ImportKind::Tag(ty) => ExternType::Tag(self.signature(*ty).clone()),
        }
    }

    /// Type of an exported entity as an [`ExternType`].
    pub fn entity_type(&self, index: EntityIndex) -> ExternType {
        match index {
            EntityIndex::Func(func) => ExternType::Func(self.func_type(func).clone()),
            EntityIndex::Table(table) => ExternType::Table(self.tables[table]),
            EntityIndex::Memory(memory) => ExternType::Memory(self.memories[memory]),
            EntityIndex::Global(global) => ExternType::Global(self.globals[global]),
            EntityIndex::Tag(tag) => ExternType::Tag(self.tag_type(tag).clone()),
        }
    }

    /// The type of tag `tag`: its parameters are the payload of its exceptions.
    pub fn tag_type(&self, tag: TagIndex) -> &FuncType {
        self.signature(self.tags[tag])
    }
}

/// What a cast to a defined type needs to know of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CastTarget {
    /// No type declares it as supertype: only its own id passes.
    pub is_final: bool,
    /// Number of declared supertypes above it: where it sits in its subtypes' displays.
    pub depth: u32,
}

/// A function body handed to the code generator, with its validator.
pub(crate) struct PendingBody<'a> {
    /// The body's bytes (locals and operators), borrowed from the parser's input.
    pub bytes: BodyBytes<'a>,
    /// Offset of `bytes` in the module, for error messages and trap offsets.
    pub offset: usize,
    /// The validator for this body, ready to check it operator by operator.
    pub validator: wasmparser::FuncToValidate<wasmparser::ValidatorResources>,
}

/// The bytes of a function body, borrowed from wherever the parser read them;
/// dereferences to the bytes.
#[derive(Clone, Copy, Debug)]
pub(crate) struct BodyBytes<'a>(pub &'a [u8]);

impl Deref for BodyBytes<'_> {
    type Target = [u8];

    #[inline]
    fn deref(&self) -> &[u8] {
        self.0
    }
}
