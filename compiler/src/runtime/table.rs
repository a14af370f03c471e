//! Tables in a store, and the [`Table`] handle's methods.

use super::handles::{StoreTableIndex, Table};
use super::objects::TableData;
use super::store::Store;
use super::values::Val;
use super::vm::{VMTableDefinition, ValRaw};
use crate::error::{ObjectError, StoreMismatch};
use crate::module::TableType;

/// Largest number of elements a table may have, whatever its type or the limiter says.
const MAX_TABLE_ELEMENTS: u64 = 10_000_000;

impl Store {
    /// Adds a table of type `ty` filled with `init`, if the limiter allows.
    pub(crate) fn push_table(&mut self, ty: TableType, init: u64) -> Result<Table, ObjectError> {
        if ty.limits.min > MAX_TABLE_ELEMENTS {
            return Err(ObjectError::Limit(format!(
                "table of {} elements (at most {MAX_TABLE_ELEMENTS})",
                ty.limits.min
            )));
        }
        self.check_counts(0, 0, 1)?;
        let min = ty.limits.min as usize;
        if let Some(limiter) = &mut self.limiter {
            let max = ty.limits.max.map(|max| max.min(usize::MAX as u64) as usize);
            if !limiter.table_growing(0, min, max) {
                return Err(ObjectError::Limit(format!(
                    "table minimum size of {min} elements exceeds the store's limits"
                )));
            }
        }
        let mut elements = Vec::new();
        if elements.try_reserve_exact(min).is_err() {
            if let Some(limiter) = &mut self.limiter {
                limiter.table_grow_failed(0, min);
            }
            return Err(ObjectError::Resource(format!(
                "cannot allocate a table of {min} elements"
            )));
        }
        elements.resize(min, init);
        let definition = Box::new(VMTableDefinition {
            elements: elements.as_mut_ptr(),
            length: elements.len() as u64,
        });
        let index = self.tables.push(TableData {
            elements,
            definition,
            ty,
        });
        Ok(Table {
            store: self.id,
            index,
        })
    }

    /// Grows table `index` of the store by `delta` elements set to `init` if its type
    /// and the limiter allow, and updates what generated code sees; returns the old size.
    pub(crate) fn grow_table(
        &mut self,
        index: StoreTableIndex,
        delta: u64,
        init: u64,
    ) -> Option<u32> {
        let data = &mut self.tables[index];
        let old = data.elements.len();
        if delta == 0 {
            return Some(old as u32);
        }
        let desired = (old as u64).saturating_add(delta);
        let desired_usize = usize::try_from(desired).unwrap_or(usize::MAX);
        if let Some(limiter) = &mut self.limiter {
            let maximum = data.ty.limits.max.map(|max| max as usize);
            if !limiter.table_growing(old, desired_usize, maximum) {
                return None;
            }
        }
        let max = data
            .ty
            .limits
            .max
            .unwrap_or(u32::MAX as u64)
            .min(MAX_TABLE_ELEMENTS);
        if desired > max || data.elements.try_reserve_exact(delta as usize).is_err() {
            if let Some(limiter) = &mut self.limiter {
                limiter.table_grow_failed(old, desired_usize);
            }
            return None;
        }
        data.elements.resize(desired as usize, init);
        data.definition.elements = data.elements.as_mut_ptr();
        data.definition.length = desired;
        Some(old as u32)
    }
}

impl Table {
    /// A new table of type `ty` filled with `init` (a value of its element type, of
    /// this store), if the store's limits allow it.
    pub fn new(store: &mut Store, ty: TableType, init: Val) -> Result<Table, ObjectError> {
        let init = store.typed_val_to_raw(&init, ty.element)?.low;
        store.push_table(ty, init)
    }

    fn data<'s>(&self, store: &'s Store) -> Result<&'s TableData, StoreMismatch> {
        store.check(self.store, "table")?;
        Ok(&store.tables[self.index])
    }

    /// Current number of elements.
    pub fn size(&self, store: &Store) -> Result<u32, StoreMismatch> {
        Ok(self.data(store)?.elements.len() as u32)
    }

    /// The table's type (with its current minimum).
    pub fn ty(&self, store: &Store) -> Result<TableType, StoreMismatch> {
        let data = self.data(store)?;
        let mut ty = data.ty;
        ty.limits.min = data.elements.len() as u64;
        Ok(ty)
    }

    /// Element `index`, or `None` if out of bounds.
    pub fn get(&self, store: &Store, index: u32) -> Result<Option<Val>, StoreMismatch> {
        let data = self.data(store)?;
        Ok(data
            .elements
            .get(index as usize)
            .map(|raw| store.val_from_raw(data.ty.element, ValRaw { low: *raw, high: 0 })))
    }

    /// Sets element `index` to `value` (of the table's element type, of this store).
    pub fn set(&self, store: &mut Store, index: u32, value: Val) -> Result<(), ObjectError> {
        let element = self.data(store)?.ty.element;
        let raw = store.typed_val_to_raw(&value, element)?.low;
        let slot = store.tables[self.index]
            .elements
            .get_mut(index as usize)
            .ok_or(ObjectError::OutOfBounds("table"))?;
        *slot = raw;
        Ok(())
    }

    /// Grows by `delta` elements set to `init` (of the table's element type, of this
    /// store); returns the old size, or `None` if the table's type or the store's
    /// [`ResourceLimiter`](crate::ResourceLimiter) does not let it grow.
    pub fn grow(
        &self,
        store: &mut Store,
        delta: u32,
        init: Val,
    ) -> Result<Option<u32>, ObjectError> {
        let element = self.data(store)?.ty.element;
        let init = store.typed_val_to_raw(&init, element)?.low;
        Ok(store.grow_table(self.index, delta as u64, init))
    }
}
