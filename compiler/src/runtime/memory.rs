//! Linear memories in a store, and the [`Memory`] handle's methods.

use std::sync::atomic::Ordering;

use super::handles::{Memory, StoreMemoryIndex};
use super::objects::{MemoryData, MemoryStorage};
use super::shared_memory::SharedMemory;
use super::store::Store;
use super::vm::VMMemoryDefinition;
use crate::error::{ObjectError, StoreMismatch};
use crate::module::MemoryType;
use crate::sys::linear_memory::LinearMemory;

impl MemoryStorage {
    /// The current size in pages.
    pub(crate) fn pages(&self) -> u32 {
        match self {
            MemoryStorage::Owned { memory, .. } => memory.pages(),
            MemoryStorage::Shared(shared) => shared.pages(),
        }
    }

    /// The current size in bytes.
    pub(crate) fn byte_len(&self) -> usize {
        match self {
            MemoryStorage::Owned { memory, .. } => memory.byte_len(),
            MemoryStorage::Shared(shared) => shared.byte_len(),
        }
    }

    /// The definition generated code reads (a shared memory's is the same in every
    /// store that holds it).
    pub(crate) fn definition(&self) -> *const VMMemoryDefinition {
        match self {
            MemoryStorage::Owned { definition, .. } => &**definition,
            MemoryStorage::Shared(shared) => shared.definition(),
        }
    }

    /// The shared memory, if it is one.
    pub(crate) fn shared(&self) -> Option<&SharedMemory> {
        match self {
            MemoryStorage::Owned { .. } => None,
            MemoryStorage::Shared(shared) => Some(shared),
        }
    }

    /// Grows by `delta` pages and updates the length generated code sees; the old
    /// size, or `None` past the maximum or when the OS refuses.
    pub(crate) fn grow(&mut self, delta: u32) -> Option<u32> {
        match self {
            MemoryStorage::Owned { memory, definition } => {
                let old = memory.grow(delta)?;
                definition
                    .length
                    .store(memory.byte_len() as u64, Ordering::Release);
                Some(old)
            }
            MemoryStorage::Shared(shared) => shared.grow(delta),
        }
    }

    /// The accessible bytes.
    ///
    /// Generated code of this store does not run while the borrow lives. A shared
    /// memory's bytes may meanwhile be written by code on other threads, as the
    /// threads proposal allows: the host's reads then race with them exactly as a
    /// guest thread's would.
    pub(crate) fn as_slice(&self) -> &[u8] {
        match self {
            MemoryStorage::Owned { memory, .. } => memory.as_slice(),
            // SAFETY: the first `byte_len` bytes are mapped read-write for as long as
            // the shared memory lives (it never shrinks or moves), and `self` holds a
            // count of it for the borrow's lifetime.
            MemoryStorage::Shared(shared) => unsafe {
                std::slice::from_raw_parts(shared.base(), shared.byte_len())
            },
        }
    }

    /// The accessible bytes, for writing (see [`Self::as_slice`] for shared ones).
    pub(crate) fn as_mut_slice(&mut self) -> &mut [u8] {
        match self {
            MemoryStorage::Owned { memory, .. } => memory.as_mut_slice(),
            // SAFETY: as in `as_slice`; `&mut self` excludes every other slice of this
            // store, and other threads' wasm writes race only as guest threads do.
            MemoryStorage::Shared(shared) => unsafe {
                std::slice::from_raw_parts_mut(shared.base(), shared.byte_len())
            },
        }
    }
}

impl Store {
    /// Adds a memory of type `ty`, if the limiter allows (a shared type creates a new
    /// [`SharedMemory`]).
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
        let storage = if ty.shared {
            SharedMemory::new(ty).map(MemoryStorage::Shared)
        } else {
            LinearMemory::with_page_size(min, max, log2)
                .map(|memory| MemoryStorage::Owned {
                    definition: Box::new(VMMemoryDefinition {
                        base: memory.base(),
                        length: (memory.byte_len() as u64).into(),
                    }),
                    memory,
                })
                .map_err(|error| ObjectError::Resource(error.to_string()))
        };
        let memory = storage.inspect_err(|_| {
            if let Some(limiter) = &mut self.limiter {
                limiter.memory_grow_failed(0, min_bytes);
            }
        })?;
        let index = self.memories.push(MemoryData { memory, ty });
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

    /// A handle in `store` to `shared`, which other stores may hold too (on other
    /// threads); instances of `store` may then import it.
    pub fn from_shared(store: &mut Store, shared: &SharedMemory) -> Result<Memory, ObjectError> {
        store.check_counts(0, 1, 0)?;
        let index = store.memories.push(MemoryData {
            memory: MemoryStorage::Shared(shared.clone()),
            ty: shared.ty(),
        });
        Ok(Memory {
            store: store.id,
            index,
        })
    }

    /// The shared memory behind this handle, if it is shared: a value another thread
    /// can take to [`Memory::from_shared`] in its own store.
    pub fn shared(&self, store: &Store) -> Result<Option<SharedMemory>, StoreMismatch> {
        Ok(self.data(store)?.memory.shared().cloned())
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
