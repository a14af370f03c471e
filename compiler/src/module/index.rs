//! Typed indices for every module-level index space.
//!
//! Each space gets its own newtype so that a function index can never be used
//! where a global index is expected. Imported entities come first in every space,
//! exactly as in the WebAssembly binary format.

use lightbeam_entity::entity_impl;

/// Index into the module's type section.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeIndex(u32);
entity_impl!(TypeIndex, "type");

/// Index into the function index space (imports first).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncIndex(u32);
entity_impl!(FuncIndex, "func");

/// Index of a function defined (not imported) by the module.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DefinedFuncIndex(u32);
entity_impl!(DefinedFuncIndex, "defined_func");

/// Index into the table index space (imports first).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TableIndex(u32);
entity_impl!(TableIndex, "table");

/// Index into the memory index space (imports first).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MemoryIndex(u32);
entity_impl!(MemoryIndex, "memory");

/// Index into the global index space (imports first).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GlobalIndex(u32);
entity_impl!(GlobalIndex, "global");

/// Index of a data segment.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DataIndex(u32);
entity_impl!(DataIndex, "data");

/// Index of an element segment.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ElemIndex(u32);
entity_impl!(ElemIndex, "elem");

/// Index into the tag index space (imports first).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TagIndex(u32);
entity_impl!(TagIndex, "tag");

/// Engine-wide canonical id of a type (a function, struct or array type); equal ids
/// mean equal types, which is what `call_indirect` checks.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SharedTypeId(u32);
entity_impl!(SharedTypeId, "shared_type");

impl SharedTypeId {
    /// Ids from here up stand, while a recursion group is canonicalised, for the group's
    /// own types by their position in it (see [`SharedTypeId::rec_relative`]); the
    /// registry never hands out an id this high.
    pub const REC_RELATIVE_BASE: u32 = 1 << 31;

    /// The placeholder id of the `index`th type of the recursion group being
    /// canonicalised.
    pub fn rec_relative(index: u32) -> Self {
        SharedTypeId::from_u32(Self::REC_RELATIVE_BASE | index)
    }

    /// The position in its recursion group, if this is a placeholder id.
    pub fn as_rec_relative(self) -> Option<u32> {
        (self.as_u32() >= Self::REC_RELATIVE_BASE).then(|| self.as_u32() - Self::REC_RELATIVE_BASE)
    }
}
