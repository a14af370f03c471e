//! Instances in a store, and the [`Instance`] handle's methods.

use super::handles::{Extern, Func, Global, Instance, Memory, Table};
use super::objects::InstanceData;
use super::store::Store;
use crate::compiled_module::Module;
use crate::error::StoreMismatch;
use crate::module::{FuncIndex, MemoryIndex};

impl Instance {
    fn data<'s>(&self, store: &'s Store) -> Result<&'s InstanceData, StoreMismatch> {
        store.check(self.store, "instance")?;
        Ok(&store.instances[self.index])
    }

    /// The export called `name`, if there is one.
    pub fn get_export(&self, store: &Store, name: &str) -> Result<Option<Extern>, StoreMismatch> {
        Ok(self
            .data(store)?
            .exports
            .iter()
            .find(|(export, _)| export == name)
            .map(|(_, item)| *item))
    }

    /// All exports in order.
    pub fn exports(&self, store: &Store) -> Result<Vec<(String, Extern)>, StoreMismatch> {
        Ok(self.data(store)?.exports.clone())
    }

    /// The exported function `name`, if there is one.
    pub fn get_func(&self, store: &Store, name: &str) -> Result<Option<Func>, StoreMismatch> {
        Ok(match self.get_export(store, name)? {
            Some(Extern::Func(func)) => Some(func),
            _ => None,
        })
    }

    /// The exported global `name`, if there is one.
    pub fn get_global(&self, store: &Store, name: &str) -> Result<Option<Global>, StoreMismatch> {
        Ok(match self.get_export(store, name)? {
            Some(Extern::Global(global)) => Some(global),
            _ => None,
        })
    }

    /// The exported memory `name`, if there is one.
    pub fn get_memory(&self, store: &Store, name: &str) -> Result<Option<Memory>, StoreMismatch> {
        Ok(match self.get_export(store, name)? {
            Some(Extern::Memory(memory)) => Some(memory),
            _ => None,
        })
    }

    /// The exported table `name`, if there is one.
    pub fn get_table(&self, store: &Store, name: &str) -> Result<Option<Table>, StoreMismatch> {
        Ok(match self.get_export(store, name)? {
            Some(Extern::Table(table)) => Some(table),
            _ => None,
        })
    }

    /// The instance's memory `index` (imported or defined), exported or not.
    pub fn memory_at(&self, store: &Store, index: u32) -> Result<Option<Memory>, StoreMismatch> {
        Ok(self
            .data(store)?
            .memories
            .get(MemoryIndex::from_u32(index))
            .map(|memory| Memory {
                store: self.store,
                index: *memory,
            }))
    }

    /// The instance's function `index` (imported or defined, in the module's function
    /// index space), exported or not: the function `ref.func index` evaluates to.
    pub fn func_at(&self, store: &Store, index: u32) -> Result<Option<Func>, StoreMismatch> {
        let funcs = &self.data(store)?.funcs;
        // Checked first: an index past the entity range must not reach `from_u32`.
        if index as usize >= funcs.len() {
            return Ok(None);
        }
        Ok(Some(Func {
            store: self.store,
            index: funcs[FuncIndex::from_u32(index)],
        }))
    }

    /// The module this is an instance of.
    pub fn module(&self, store: &Store) -> Result<Module, StoreMismatch> {
        Ok(self.data(store)?.module.clone())
    }
}
