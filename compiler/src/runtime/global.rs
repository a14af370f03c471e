//! Globals in a store, where their values live, and the [`Global`] handle's methods.

use super::handles::Global;
use super::store::Store;
use super::values::Val;
use super::vm::ValRaw;
use crate::error::{ObjectError, StoreMismatch};
use crate::module::GlobalType;

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

impl Store {
    /// Adds a global of type `ty` holding `value`, in a cell of its own.
    pub(crate) fn push_global(&mut self, ty: GlobalType, value: ValRaw) -> Global {
        self.push_global_cell(ty, GlobalCell::boxed(value))
    }

    /// Adds a global of type `ty` whose value is in `cell`.
    pub(crate) fn push_global_cell(&mut self, ty: GlobalType, cell: GlobalCell) -> Global {
        self.globals.push(GlobalData { cell, ty });
        Global {
            store: self.id,
            index: self.globals.len() as u32 - 1,
        }
    }
}

impl Global {
    /// A new global of type `ty` holding `value` (of type `ty.content`, of this store).
    pub fn new(store: &mut Store, ty: GlobalType, value: Val) -> Result<Global, ObjectError> {
        let raw = store.typed_val_to_raw(&value, ty.content)?;
        Ok(store.push_global(ty, raw))
    }

    fn data<'s>(&self, store: &'s Store) -> Result<&'s GlobalData, StoreMismatch> {
        store.check(self.store, "global")?;
        Ok(&store.globals[self.index as usize])
    }

    /// The global's type.
    pub fn ty(&self, store: &Store) -> Result<GlobalType, StoreMismatch> {
        Ok(self.data(store)?.ty)
    }

    /// Current value.
    pub fn get(&self, store: &Store) -> Result<Val, StoreMismatch> {
        let data = self.data(store)?;
        Ok(store.val_from_raw(data.ty.content, data.cell.get()))
    }

    /// Sets the value (the global must be mutable and `value` of its type, of this
    /// store).
    pub fn set(&self, store: &mut Store, value: Val) -> Result<(), ObjectError> {
        let ty = self.data(store)?.ty;
        if !ty.mutable {
            return Err(ObjectError::Type("global is immutable".to_string()));
        }
        let raw = store.typed_val_to_raw(&value, ty.content)?;
        store.globals[self.index as usize].cell.set(raw);
        Ok(())
    }
}
