//! Linear memories in a store, and the [`Memory`] handle's methods.

use super::handles::{Memory, StoreMemoryIndex};
use super::objects::MemoryData;
use super::store::Store;
use super::vm::VMMemoryDefinition;
use crate::error::{ObjectError, StoreMismatch};
use crate::module::MemoryType;
use crate::sys::linear_memory::LinearMemory;

impl Store {
    /// Adds a memory of type `ty`, if the limiter allows.
    pub(crate) fn push_memory(&mut self, ty: MemoryType) -> Result<Memory, ObjectError> {
        let log2 = ty.page_size_log2;
        let limit = LinearMemory::max_pages_of(log2);
        let too_big =
            || ObjectError::Resource(format!("memory size must be at most {limit} pages"));
        let min = u32::try_from(ty.limits.min)
            .ok()
            .filter(|min| *min <= limit)
            .ok_or_else(too_big)?;
        let max = ty.limits.max.map(|max| max.min(limit.into()) as u32);
        self.check_counts(0, 1, 0)?;
        let min_bytes = (min as usize) << log2;
        if let Some(limiter) = &mut self.limiter {
            let max_bytes = max.map(|max| (max as usize) << log2);
            if !limiter.memory_growing(0, min_bytes, max_bytes) {
                return Err(ObjectError::Limit(format!(
                    "memory minimum size of {min} pages exceeds the store's limits"
                )));
            }
        }
        let memory = LinearMemory::with_page_size(min, max, log2).map_err(|error| {
            if let Some(limiter) = &mut self.limiter {
                limiter.memory_grow_failed(0, min_bytes);
            }
            ObjectError::Resource(error.to_string())
        })?;
        let definition = Box::new(VMMemoryDefinition {
            base: memory.base(),
            length: memory.byte_len() as u64,
        });
        let index = self.memories.push(MemoryData {
            memory,
            definition,
            ty,
        });
        Ok(Memory {
            store: self.id,
            index,
        })
    }

    /// Grows memory `index` of the store by `delta` pages if its type and the limiter
    /// allow, and updates the length generated code sees; returns the old size in pages.
    /// Memories of either index type hold at most 4 GiB (their 8 GiB reservation, see
    /// `sys::linear_memory`), so a larger `delta` fails.
    pub(crate) fn grow_memory(&mut self, index: StoreMemoryIndex, delta: u64) -> Option<u32> {
        let data = &mut self.memories[index];
        let old = data.memory.pages();
        if delta == 0 {
            return Some(old);
        }
        let delta = u32::try_from(delta).ok()?;
        let log2 = data.ty.page_size_log2;
        let limit = LinearMemory::max_pages_of(log2);
        let current = (old as usize) << log2;
        let desired = (old as usize + delta as usize) << log2;
        if let Some(limiter) = &mut self.limiter {
            let maximum = data
                .ty
                .limits
                .max
                .map(|max| (max.min(limit.into()) as usize) << log2);
            if !limiter.memory_growing(current, desired, maximum) {
                return None;
            }
        }
        let Some(old) = data.memory.grow(delta) else {
            if let Some(limiter) = &mut self.limiter {
                limiter.memory_grow_failed(current, desired);
            }
            return None;
        };
        data.definition.length = data.memory.byte_len() as u64;
        Some(old)
    }
}

impl Memory {
    /// A new memory of type `ty`, if the store's limits allow it.
    pub fn new(store: &mut Store, ty: MemoryType) -> Result<Memory, ObjectError> {
        store.push_memory(ty)
    }

    fn data<'s>(&self, store: &'s Store) -> Result<&'s MemoryData, StoreMismatch> {
        store.check(self.store, "memory")?;
        Ok(&store.memories[self.index])
    }

    fn data_mut<'s>(&self, store: &'s mut Store) -> Result<&'s mut MemoryData, StoreMismatch> {
        store.check(self.store, "memory")?;
        Ok(&mut store.memories[self.index])
    }

    /// Current size in pages.
    pub fn size(&self, store: &Store) -> Result<u32, StoreMismatch> {
        Ok(self.data(store)?.memory.pages())
    }

    /// The memory's type (with its current minimum).
    pub fn ty(&self, store: &Store) -> Result<MemoryType, StoreMismatch> {
        let data = self.data(store)?;
        let mut ty = data.ty;
        ty.limits.min = data.memory.pages() as u64;
        Ok(ty)
    }

    /// Grows by `delta` pages; returns the old size, or `None` if the memory's type or
    /// the store's [`ResourceLimiter`](crate::ResourceLimiter) does not let it grow.
    pub fn grow(&self, store: &mut Store, delta: u32) -> Result<Option<u32>, StoreMismatch> {
        store.check(self.store, "memory")?;
        Ok(store.grow_memory(self.index, delta.into()))
    }

    /// The memory's bytes.
    pub fn data_bytes<'s>(&self, store: &'s Store) -> Result<&'s [u8], StoreMismatch> {
        Ok(self.data(store)?.memory.as_slice())
    }

    /// The memory's bytes, writable; the borrow of the store keeps wasm from running
    /// (and from seeing the bytes) while the slice lives.
    pub fn data_bytes_mut<'s>(&self, store: &'s mut Store) -> Result<&'s mut [u8], StoreMismatch> {
        Ok(self.data_mut(store)?.memory.as_mut_slice())
    }

    /// Copies bytes out of the memory at `offset`.
    pub fn read(&self, store: &Store, offset: usize, buffer: &mut [u8]) -> Result<(), ObjectError> {
        let bytes = self.data_bytes(store)?;
        let range = byte_range(offset, buffer.len(), bytes.len())?;
        buffer.copy_from_slice(&bytes[range]);
        Ok(())
    }

    /// Copies bytes into the memory at `offset`.
    pub fn write(&self, store: &mut Store, offset: usize, bytes: &[u8]) -> Result<(), ObjectError> {
        let memory = self.data_bytes_mut(store)?;
        let range = byte_range(offset, bytes.len(), memory.len())?;
        memory[range].copy_from_slice(bytes);
        Ok(())
    }
}

/// `offset..offset + len` if it lies within `limit` bytes.
fn byte_range(
    offset: usize,
    len: usize,
    limit: usize,
) -> Result<std::ops::Range<usize>, ObjectError> {
    offset
        .checked_add(len)
        .filter(|end| *end <= limit)
        .map(|end| offset..end)
        .ok_or(ObjectError::OutOfBounds("memory"))
}
