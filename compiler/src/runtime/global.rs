//! Globals in a store, where their values live, and the [`Global`] handle's methods.

use super::handles::Global;
use super::objects::{GlobalCell, GlobalData};
use super::store::Store;
use super::values::Val;
use super::vm::ValRaw;
use crate::error::{ObjectError, StoreMismatch};
use crate::module::GlobalType;

impl Store {
    /// Adds a global of type `ty` holding `value`, in a cell of its own.
    pub(crate) fn push_global(&mut self, ty: GlobalType, value: ValRaw) -> Global {
        self.push_global_cell(ty, GlobalCell::boxed(value))
    }

    /// Adds a global of type `ty` whose value is in `cell`.
    pub(crate) fn push_global_cell(&mut self, ty: GlobalType, cell: GlobalCell) -> Global {
        let index = self.globals.push(GlobalData { cell, ty });
        Global {
            store: self.id,
            index,
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
        Ok(&store.globals[self.index])
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
        store.globals[self.index].cell.set(raw);
        Ok(())
    }
}
