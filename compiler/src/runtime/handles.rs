//! Handles: a store id and an index, `Copy`, checked against the store on every use, so
//! another store's handle is a [`StoreMismatch`](crate::StoreMismatch) error, never a
//! panic, and never reaches generated code.

use lightbeam_entity::entity_impl;

macro_rules! handle {
    ($(#[$doc:meta])* $name:ident, $(#[$index_doc:meta])* $index:ident, $display:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub struct $name {
            pub(crate) store: u64,
            pub(crate) index: $index,
        }

        $(#[$index_doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub(crate) struct $index(u32);
        entity_impl!($index, $display);
    };
}

handle!(
    /// A function (wasm or host) in a store.
    Func,
    /// Index of a function in its store.
    StoreFuncIndex,
    "store_func"
);
handle!(
    /// A linear memory in a store.
    Memory,
    /// Index of a memory in its store.
    StoreMemoryIndex,
    "store_memory"
);
handle!(
    /// A table in a store.
    Table,
    /// Index of a table in its store.
    StoreTableIndex,
    "store_table"
);
handle!(
    /// A global in a store.
    Global,
    /// Index of a global in its store.
    StoreGlobalIndex,
    "store_global"
);
handle!(
    /// A tag in a store: the identity exceptions are caught by.
    Tag,
    /// Index of a tag in its store.
    StoreTagIndex,
    "store_tag"
);
handle!(
    /// An exception in a store (what an `exnref` refers to): a tag and its payload.
    Exn,
    /// Index of an exception in its store.
    StoreExnIndex,
    "store_exn"
);
handle!(
    /// An instance in a store.
    Instance,
    /// Index of an instance in its store.
    StoreInstanceIndex,
    "store_instance"
);

/// Anything that can be imported or exported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Extern {
    /// A function.
    Func(Func),
    /// A table.
    Table(Table),
    /// A memory.
    Memory(Memory),
    /// A global.
    Global(Global),
    /// A tag.
    Tag(Tag),
}

impl Extern {
    /// The id of the store the item belongs to.
    pub(crate) fn store_id(&self) -> u64 {
        match self {
            Extern::Func(func) => func.store,
            Extern::Table(table) => table.store,
            Extern::Memory(memory) => memory.store,
            Extern::Global(global) => global.store,
            Extern::Tag(tag) => tag.store,
        }
    }

    /// What kind of item this is, for messages.
    pub(crate) fn kind_name(&self) -> &'static str {
        match self {
            Extern::Func(_) => "function",
            Extern::Table(_) => "table",
            Extern::Memory(_) => "memory",
            Extern::Global(_) => "global",
            Extern::Tag(_) => "tag",
        }
    }
}
