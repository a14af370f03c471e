//! What the store keeps for each kind of object: the data behind memories, tables,
//! globals and instances (functions, whose host closures take the store itself, are in
//! [`super::store`]). Plain data: the methods that create, grow and read objects live in
//! each kind's own file, above the store.

use lightbeam_entity::{EntitySet, PrimaryMap};

use super::handles::{
    Extern, StoreFuncIndex, StoreGlobalIndex, StoreMemoryIndex, StoreTableIndex, StoreTagIndex,
};
use super::shared_memory::SharedMemory;
use super::vm::{VMMemoryDefinition, VMTableDefinition, ValRaw};
use crate::compiled_module::Module;
use crate::module::{
    DataIndex, ElemIndex, FuncIndex, GlobalIndex, GlobalType, MemoryIndex, MemoryType, TableIndex,
    TableType, TagIndex,
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
    pub(crate) tags: PrimaryMap<TagIndex, StoreTagIndex>,
    pub(crate) dropped_data: EntitySet<DataIndex>,
    pub(crate) dropped_elements: EntitySet<ElemIndex>,
}

/// A tag in a store: its identity is its index, its type says what its exceptions carry.
pub(crate) struct TagData {
    pub(crate) ty: crate::module::FuncType,
    /// The engine-wide id of the tag's type: a tag import must name the same type.
    pub(crate) type_id: crate::module::SharedTypeId,
}

/// One exception: the tag it was thrown with and its payload (one `ValRaw` per value of
/// the tag's parameters).
pub(crate) struct ExceptionData {
    pub(crate) tag: StoreTagIndex,
    pub(crate) payload: Box<[ValRaw]>,
    /// Whether a reference to it was ever handed out (to wasm as an `exnref`, or to the
    /// host): until then the one catching it without `_ref` can free it.
    pub(crate) exposed: bool,
}

/// The exceptions of a store, with the slots of freed ones reused, and the buffer the
/// handler that catches one reads its payload from.
#[derive(Default)]
pub(crate) struct Exceptions {
    pub(crate) slots: Vec<Option<ExceptionData>>,
    pub(crate) free: Vec<u32>,
    /// The payload of the exception being caught, copied here so its slot can be freed
    /// before the handler reads it; generated code reads it through the store context.
    pub(crate) caught_payload: Vec<ValRaw>,
    /// The exception that left wasm uncaught, until the embedder takes it.
    pub(crate) pending: Option<u32>,
}

impl Exceptions {
    /// Stores `exception`; returns its index (a free slot if there is one).
    pub(crate) fn alloc(&mut self, exception: ExceptionData) -> u32 {
        match self.free.pop() {
            Some(index) => {
                self.slots[index as usize] = Some(exception);
                index
            }
            None => {
                self.slots.push(Some(exception));
                (self.slots.len() - 1) as u32
            }
        }
    }

    /// The live exception `index`, if any.
    pub(crate) fn get(&self, index: u32) -> Option<&ExceptionData> {
        self.slots.get(index as usize)?.as_ref()
    }

    /// Frees exception `index` (nothing can refer to it any more).
    pub(crate) fn release(&mut self, index: u32) {
        if let Some(slot @ Some(_)) = self.slots.get_mut(index as usize) {
            *slot = None;
            self.free.push(index);
        }
    }

    /// Number of live exceptions.
    pub(crate) fn live(&self) -> usize {
        self.slots.len() - self.free.len()
    }
}
