//! What a host function sees of the wasm code that called it.
//!
//! A [`Caller`] lends the host function the store (mutably) and names the instance whose
//! code made the call, so the function can read and write that instance's linear memory.
//!
//! # Aliasing
//!
//! Generated code never holds a Rust reference into a store: it reaches memories through
//! raw base pointers in its `VMContext`. While a host function runs, the wasm that called
//! it is suspended, so the `&mut Store` inside the `Caller` is the only live access path.
//! Every slice the caller hands out borrows from that `&mut Store`, so the borrow checker
//! ends it before the host function returns (and before the host function can call back
//! into wasm, which needs the same `&mut Store`). A memory's base address never moves:
//! memories are reserved at their maximum size up front and grow in place, so the
//! pointers generated code keeps stay valid across anything a host function does.

use super::handles::{Instance, Memory};
use super::store::{Caller, Store};
use crate::trap::{Trap, TrapCode};

impl std::fmt::Debug for Caller<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Caller")
            .field("instance", &self.instance)
            .finish_non_exhaustive()
    }
}

impl<'a> Caller<'a> {
    /// A caller over `store`; `instance` is `None` when the host itself made the call.
    pub(crate) fn new(store: &'a mut Store, instance: Option<Instance>) -> Self {
        Caller { store, instance }
    }

    /// The store the call runs in.
    pub fn store(&mut self) -> &mut Store {
        self.store
    }

    /// The instance whose wasm code made the call (`None` for a call from the host).
    pub fn instance(&self) -> Option<Instance> {
        self.instance
    }

    /// The memory the calling instance exports as `name`.
    pub fn get_memory(&self, name: &str) -> Option<Memory> {
        // The calling instance belongs to the lent store, so the lookup cannot mismatch.
        self.instance?.get_memory(self.store, name).ok().flatten()
    }

    /// The calling instance's memory 0, exported or not.
    pub fn default_memory(&self) -> Option<Memory> {
        self.instance?.memory_at(self.store, 0).ok().flatten()
    }

    /// The calling instance's memory exported as `memory` (the WASI convention), or else
    /// its memory 0.
    pub fn memory(&self) -> Option<Memory> {
        self.get_memory("memory").or_else(|| self.default_memory())
    }

    /// The bytes of the caller's [`memory`](Self::memory); traps if it has none.
    pub fn memory_bytes(&mut self) -> Result<&mut [u8], Trap> {
        let memory = self
            .memory()
            .ok_or_else(|| Trap::host("the calling instance has no memory"))?;
        Ok(memory.data_bytes_mut(self.store)?)
    }

    /// Copies `buffer.len()` bytes at `offset` of the caller's memory into `buffer`.
    pub fn read(&mut self, offset: u32, buffer: &mut [u8]) -> Result<(), Trap> {
        let bytes = self.memory_bytes()?;
        let range = checked_range(offset, buffer.len(), bytes.len())?;
        buffer.copy_from_slice(&bytes[range]);
        Ok(())
    }

    /// Copies `data` into the caller's memory at `offset`.
    pub fn write(&mut self, offset: u32, data: &[u8]) -> Result<(), Trap> {
        let bytes = self.memory_bytes()?;
        let range = checked_range(offset, data.len(), bytes.len())?;
        bytes[range].copy_from_slice(data);
        Ok(())
    }
}

/// `offset..offset + len` if it lies within `limit` bytes, else an out-of-bounds trap.
fn checked_range(offset: u32, len: usize, limit: usize) -> Result<std::ops::Range<usize>, Trap> {
    let start = offset as usize;
    start
        .checked_add(len)
        .filter(|end| *end <= limit)
        .map(|end| start..end)
        .ok_or_else(|| Trap::new(TrapCode::MemoryOutOfBounds))
}
