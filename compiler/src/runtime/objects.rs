//! What the store keeps for each kind of object: the data behind memories, tables,
//! globals and instances (functions, whose host closures take the store itself, are in
//! [`super::store`]). Plain data: the methods that create, grow and read objects live in
//! each kind's own file, above the store.

use lightbeam_entity::{EntitySet, PrimaryMap};

use super::handles::{Extern, StoreFuncIndex, StoreGlobalIndex, StoreMemoryIndex, StoreTableIndex};
use super::shared_memory::SharedMemory;
use super::vm::{VMMemoryDefinition, VMTableDefinition, ValRaw};
use crate::compiled_module::Module;
use crate::module::{
    DataIndex, ElemIndex, FuncIndex, GlobalIndex, GlobalType, MemoryIndex, MemoryType, TableIndex,
    TableType,
};
use crate::sys::linear_memory::LinearMemory;

/// A memory in a store.
pub(crate) struct MemoryData {
    pub(crate) memory: MemoryStorage,
    pub(crate) ty: MemoryType,
}

/// Where a store's memory lives (its methods are in `memory.rs`).
pub(crate) enum MemoryStorage {
    /// An unshared memory, the store's alone, with the definition generated code reads.
    Owned {
        memory: LinearMemory,
        definition: Box<VMMemoryDefinition>,
    },
    /// A shared memory, which other stores (on other threads) may hold too.
    Shared(SharedMemory),
}

/// A table in a store.
pub(crate) struct TableData {
    pub(crate) elements: Vec<u64>,
    pub(crate) definition: Box<VMTableDefinition>,
    pub(crate) ty: TableType,
}

/// A global in a store.
pub(crate) struct GlobalData {
    pub(crate) cell: GlobalCell,
    pub(crate) ty: GlobalType,
}

/// Where a global's value lives: its own allocation (a global the host made) or a
/// 16-byte cell in the `VMContext` of the instance that defines it, so that instance's
/// code reads it with one load. Generated code reads and writes it through raw pointers
/// too, so it is only ever accessed by copying values in and out.
pub(crate) struct GlobalCell {
    ptr: std::ptr::NonNull<ValRaw>,
    /// Whether `ptr` came from `Box::into_raw` (and is freed with the cell).
    owned: bool,
}

// SAFETY: a cell is only accessed through the store that owns it (and by code running
// in that store), like the rest of the store's data; nothing about it is tied to a
// thread.
unsafe impl Send for GlobalCell {}

impl GlobalCell {
    /// A cell of its own holding `value`.
    pub(crate) fn boxed(value: ValRaw) -> Self {
        GlobalCell {
            ptr: std::ptr::NonNull::from(Box::leak(Box::new(value))),
            owned: true,
        }
    }

    /// A cell at `ptr`, inside an instance's `VMContext`.
    ///
    /// # Safety
    /// `ptr` must be valid, 8-byte aligned and outlive the cell: it points into the
    /// `VMContext` of an instance of the store the cell belongs to (instances live as
    /// long as their store, and their `VMContext` allocation never moves).
    pub(crate) unsafe fn in_vmctx(ptr: std::ptr::NonNull<ValRaw>) -> Self {
        GlobalCell { ptr, owned: false }
    }

    /// The cell's address, for `VMContext`s that import the global.
    pub(crate) fn as_ptr(&self) -> *mut ValRaw {
        self.ptr.as_ptr()
    }

    /// The current value.
    pub(crate) fn get(&self) -> ValRaw {
        // SAFETY: `ptr` is valid for as long as the cell (see the constructors), and no
        // reference to the value is ever held while code may write it.
        unsafe { self.ptr.as_ptr().read() }
    }

    /// Replaces the value.
    pub(crate) fn set(&mut self, value: ValRaw) {
        // SAFETY: as in `get`.
        unsafe { self.ptr.as_ptr().write(value) }
    }
}

impl Drop for GlobalCell {
    fn drop(&mut self) {
        if self.owned {
            // SAFETY: an owned pointer came from `Box::leak` in `boxed` and is freed only
            // here, once.
            drop(unsafe { Box::from_raw(self.ptr.as_ptr()) });
        }
    }
}

/// An instance in a store.
pub(crate) struct InstanceData {
    pub(crate) module: Module,
    /// Owned here so its address stays valid while code may run; only generated code
    /// and builtins read it (through raw pointers). Host calls find their calling
    /// instance by this address.
    pub(crate) vmctx: Box<[u64]>,
    pub(crate) exports: Vec<(String, Extern)>,
    pub(crate) memories: PrimaryMap<MemoryIndex, StoreMemoryIndex>,
    pub(crate) tables: PrimaryMap<TableIndex, StoreTableIndex>,
    pub(crate) funcs: PrimaryMap<FuncIndex, StoreFuncIndex>,
    pub(crate) globals: PrimaryMap<GlobalIndex, StoreGlobalIndex>,
    pub(crate) dropped_data: EntitySet<DataIndex>,
    pub(crate) dropped_elements: EntitySet<ElemIndex>,
}
