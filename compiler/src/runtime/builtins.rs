//! The implementations of the builtins declared in [`crate::builtins`], and the table
//! of them every store context holds.
//!
//! Each function has the type [`BuiltinFn`] (see the calling convention in
//! [`crate::builtins`]); [`FUNCTIONS`] lists them in [`crate::builtins::Builtin`]
//! order, generated from the same declaration, so a builtin without an implementation
//! does not compile.

use std::ops::Range;
use std::sync::atomic::Ordering;

use super::handles::StoreInstanceIndex;
use super::linker::evaluate_in_instance;
use super::objects::MemoryStorage;
use super::shared_memory::{Expected, SharedMemory};
use super::store::Store;
use crate::builtins::{foreach_builtin, BuiltinFn, BuiltinReturn, BuiltinTable};
use crate::module::{DataIndex, ElemIndex, IndexType, MemoryIndex, TableIndex};
use crate::trap::{Trap, TrapCode};
use crate::vmoffsets;

/// Expands the builtin declarations into the table of their implementations.
macro_rules! function_table {
    ($(
        $(#[$doc:meta])*
        $function:ident = $variant:ident $name:literal
            ($($param:ident: $kind:ident),*) -> $result:tt, can_trap: $can_trap:literal;
    )*) => {
        /// Every builtin's implementation, indexed by [`crate::builtins::Builtin`].
        pub(crate) static FUNCTIONS: BuiltinTable = [$($function as BuiltinFn),*];
    };
}

foreach_builtin!(function_table);

/// The store and instance index of the running code.
///
/// # Safety
///
/// `vmctx` must be the `VMContext` of an instance whose store is running wasm (its store
/// context points at the `Store` suspended in `Store::call`).
unsafe fn store_and_instance<'a>(vmctx: *mut u64) -> (&'a mut Store, StoreInstanceIndex) {
    // SAFETY: per the contract, word 0 is the store context and word 1 the instance index.
    unsafe {
        let context =
            *vmctx.add(vmoffsets::STORE_CONTEXT as usize / 8) as *const super::vm::VMStoreContext;
        let store = (*context).store.load(Ordering::Relaxed) as *mut Store;
        let instance = *vmctx.add(vmoffsets::INSTANCE as usize / 8) as u32;
        (&mut *store, StoreInstanceIndex::from_u32(instance))
    }
}

/// `start..start + len` if it lies within `0..limit`; `start` and `len` are already
/// read with their index types ([`IndexType::operand`]), so this checks in `u64`.
fn checked_range(start: u64, len: u64, limit: usize) -> Option<Range<usize>> {
    let end = start.checked_add(len)?;
    if end > limit as u64 {
        return None;
    }
    // Both fit: they are at most `limit`, a `usize`.
    Some(start as usize..end as usize)
}

/// The outcome of a growth of an object of index type `index_type`, `old` size or -1
/// (as an `i32` or an `i64`, zero-extended like every `i32` in a register), or a trap if
/// the store's resource limiter panicked: user code must not unwind into generated code.
fn grown(
    store: &mut Store,
    index_type: IndexType,
    grow: impl FnOnce(&mut Store) -> Option<u32>,
) -> BuiltinReturn {
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| grow(store)));
    match outcome {
        Ok(old) => BuiltinReturn::value(old.map_or(index_type.operand(u64::MAX), u64::from)),
        Err(payload) => {
            // The payload's destructor could panic again, where nothing catches it.
            std::mem::forget(payload);
            store.set_host_trap(Trap::host("the store's resource limiter panicked"));
            BuiltinReturn::trap(TrapCode::HostTrap)
        }
    }
}

/// Splits a packed pair of 32-bit indices.
fn unpack(packed: u64) -> (u32, u32) {
    ((packed >> 32) as u32, packed as u32)
}

/// A memory index generated code passed.
fn memory_index(raw: u64) -> MemoryIndex {
    MemoryIndex::from_u32(raw as u32)
}

/// A table index generated code passed.
fn table_index(raw: u64) -> TableIndex {
    TableIndex::from_u32(raw as u32)
}

/// Defines a builtin: the body runs with `store` and `instance` bound.
macro_rules! builtin {
    ($(#[$doc:meta])* fn $name:ident($store:ident, $instance:ident, $a:pat, $b:pat, $c:pat, $d:pat) $body:block) => {
        $(#[$doc])*
        ///
        /// # Safety
        ///
        /// Called by generated code only, with its own live `VMContext`.
        unsafe extern "C" fn $name(vmctx: *mut u64, $a: u64, $b: u64, $c: u64, $d: u64) -> BuiltinReturn {
            // SAFETY: generated code passes its own live VMContext while its store runs.
            let ($store, $instance) = unsafe { store_and_instance(vmctx) };
            $body
        }
    };
}

builtin! {
    /// `throw(tag, payload, frame, pc)` → the handler's address and frame pointer.
    fn throw(store, instance, tag, payload, frame, pc) {
        // SAFETY: generated code passes its payload area, its frame pointer and an
        // address in its code (`visit/exceptions.rs`).
        unsafe { store.throw_new(instance, tag as u32, payload, frame, pc) }
    }
}

builtin! {
    /// `throw_ref(exnref, frame, pc)` → the handler's address and frame pointer.
    fn throw_ref(store, _instance, exception, frame, pc, _) {
        // SAFETY: as for `throw`.
        unsafe { store.throw_raw(exception, frame, pc) }
    }
}

builtin! {
    /// `memory.grow(memory, delta)` → old size in pages, or -1.
    fn memory_grow(store, instance, memory, delta, _, _) {
        let index = store.instances[instance].memories[memory_index(memory)];
        let index_type = store.memories[index].ty.index_type;
        let delta = index_type.operand(delta);
        grown(store, index_type, |store| store.grow_memory(index, delta))
    }
}

builtin! {
    /// `memory.fill(memory, dst, value, len)`.
    fn memory_fill(store, instance, memory, dst, value, len) {
        let index = store.instances[instance].memories[memory_index(memory)];
        let index_type = store.memories[index].ty.index_type;
        let (dst, len) = (index_type.operand(dst), index_type.operand(len));
        let bytes = store.memories[index].memory.as_mut_slice();
        BuiltinReturn::from(match checked_range(dst, len, bytes.len()) {
            Some(range) => {
                bytes[range].fill(value as u8);
                Ok(())
            }
            None => Err(TrapCode::MemoryOutOfBounds),
        })
    }
}

builtin! {
    /// `memory.copy(dst memory << 32 | src memory, dst, src, len)`.
    fn memory_copy(store, instance, memories, dst, src, len) {
        let (dst_memory, src_memory) = unpack(memories);
        let data = &store.instances[instance];
        let (dst_index, src_index) = (
            data.memories[MemoryIndex::from_u32(dst_memory)],
            data.memories[MemoryIndex::from_u32(src_memory)],
        );
        let (dst_type, src_type) = (
            store.memories[dst_index].ty.index_type,
            store.memories[src_index].ty.index_type,
        );
        let (dst, src, len) = (
            dst_type.operand(dst),
            src_type.operand(src),
            dst_type.min(src_type).operand(len),
        );
        let src_len = store.memories[src_index].memory.byte_len();
        let dst_len = store.memories[dst_index].memory.byte_len();
        let (Some(from), Some(to)) = (checked_range(src, len, src_len), checked_range(dst, len, dst_len)) else {
            return BuiltinReturn::trap(TrapCode::MemoryOutOfBounds);
        };
        if dst_index == src_index {
            store.memories[dst_index].memory.as_mut_slice().copy_within(from, to.start);
        } else {
            let source = store.memories[src_index].memory.as_slice()[from].to_vec();
            store.memories[dst_index].memory.as_mut_slice()[to].copy_from_slice(&source);
        }
        BuiltinReturn::done()
    }
}

builtin! {
    /// `memory.init(data << 32 | memory, dst, src, len)`.
    fn memory_init(store, instance, indices, dst, src, len) {
        let (data_index, memory) = unpack(indices);
        let data = &store.instances[instance];
        let memory_index = data.memories[MemoryIndex::from_u32(memory)];
        let data_index = DataIndex::from_u32(data_index);
        let segment = if data.dropped_data.contains(data_index) {
            &[][..]
        } else {
            &data.module.info().data[data_index].bytes[..]
        };
        // The segment offset and the length are `i32`s, the destination an address.
        let (src, len) = (IndexType::I32.operand(src), IndexType::I32.operand(len));
        let dst = store.memories[memory_index].ty.index_type.operand(dst);
        let Some(from) = checked_range(src, len, segment.len()) else {
            return BuiltinReturn::trap(TrapCode::MemoryOutOfBounds);
        };
        let source = segment[from].to_vec();
        let bytes = store.memories[memory_index].memory.as_mut_slice();
        BuiltinReturn::from(match checked_range(dst, len, bytes.len()) {
            Some(to) => {
                bytes[to].copy_from_slice(&source);
                Ok(())
            }
            None => Err(TrapCode::MemoryOutOfBounds),
        })
    }
}

builtin! {
    /// `data.drop(data)`.
    fn data_drop(store, instance, data, _, _, _) {
        store.instances[instance].dropped_data.insert(DataIndex::from_u32(data as u32));
        BuiltinReturn::done()
    }
}

builtin! {
    /// `table.grow(table, init, delta)` → old size, or -1.
    fn table_grow(store, instance, table, init, delta, _) {
        let index = store.instances[instance].tables[table_index(table)];
        let index_type = store.tables[index].ty.index_type;
        let delta = index_type.operand(delta);
        grown(store, index_type, |store| store.grow_table(index, delta, init))
    }
}

builtin! {
    /// `table.fill(table, dst, value, len)`.
    fn table_fill(store, instance, table, dst, value, len) {
        let index = store.instances[instance].tables[table_index(table)];
        let index_type = store.tables[index].ty.index_type;
        let (dst, len) = (index_type.operand(dst), index_type.operand(len));
        let elements = &mut store.tables[index].elements;
        BuiltinReturn::from(match checked_range(dst, len, elements.len()) {
            Some(range) => {
                elements[range].fill(value);
                Ok(())
            }
            None => Err(TrapCode::TableAccessOutOfBounds),
        })
    }
}

builtin! {
    /// `table.copy(dst table << 32 | src table, dst, src, len)`.
    fn table_copy(store, instance, tables, dst, src, len) {
        let (dst_table, src_table) = unpack(tables);
        let data = &store.instances[instance];
        let (dst_index, src_index) = (
            data.tables[TableIndex::from_u32(dst_table)],
            data.tables[TableIndex::from_u32(src_table)],
        );
        let (dst_type, src_type) = (
            store.tables[dst_index].ty.index_type,
            store.tables[src_index].ty.index_type,
        );
        let (dst, src, len) = (
            dst_type.operand(dst),
            src_type.operand(src),
            dst_type.min(src_type).operand(len),
        );
        let src_len = store.tables[src_index].elements.len();
        let dst_len = store.tables[dst_index].elements.len();
        let (Some(from), Some(to)) = (checked_range(src, len, src_len), checked_range(dst, len, dst_len)) else {
            return BuiltinReturn::trap(TrapCode::TableAccessOutOfBounds);
        };
        if dst_index == src_index {
            store.tables[dst_index].elements.copy_within(from, to.start);
        } else {
            let source = store.tables[src_index].elements[from].to_vec();
            store.tables[dst_index].elements[to].copy_from_slice(&source);
        }
        BuiltinReturn::done()
    }
}

builtin! {
    /// `table.init(elem << 32 | table, dst, src, len)`.
    fn table_init(store, instance, indices, dst, src, len) {
        let (elem, table) = unpack(indices);
        let data = &store.instances[instance];
        let table_index = data.tables[TableIndex::from_u32(table)];
        let elem = ElemIndex::from_u32(elem);
        let module = data.module.clone();
        let items = if data.dropped_elements.contains(elem) {
            &[][..]
        } else {
            &module.info().elements[elem].items[..]
        };
        // The segment offset and the length are `i32`s, the destination an index.
        let (src, len) = (IndexType::I32.operand(src), IndexType::I32.operand(len));
        let dst = store.tables[table_index].ty.index_type.operand(dst);
        let Some(from) = checked_range(src, len, items.len()) else {
            return BuiltinReturn::trap(TrapCode::TableAccessOutOfBounds);
        };
        let Some(to) = checked_range(dst, len, store.tables[table_index].elements.len()) else {
            return BuiltinReturn::trap(TrapCode::TableAccessOutOfBounds);
        };
        let values: Vec<u64> = items[from]
            .iter()
            .map(|item| evaluate_in_instance(store, instance, item).low)
            .collect();
        store.tables[table_index].elements[to].copy_from_slice(&values);
        BuiltinReturn::done()
    }
}

builtin! {
    /// `elem.drop(elem)`.
    fn elem_drop(store, instance, elem, _, _, _) {
        store.instances[instance].dropped_elements.insert(ElemIndex::from_u32(elem as u32));
        BuiltinReturn::done()
    }
}

/// The memory of `instance` that a wait or notify names, with its current length.
fn atomic_memory(store: &Store, instance: StoreInstanceIndex, memory: u64) -> &MemoryStorage {
    let index = store.instances[instance].memories[memory_index(memory)];
    &store.memories[index].memory
}

builtin! {
    /// `memory.atomic.notify(memory, address, count)` → waiters woken.
    fn memory_atomic_notify(store, instance, memory, address, count, _) {
        let memory = atomic_memory(store, instance, memory);
        let outcome = match memory.shared() {
            Some(shared) => shared.notify(address, count as u32),
            // No thread can wait on an unshared memory, but the access is checked.
            None => SharedMemory::check_atomic(address, 4, memory.byte_len()).map(|()| 0),
        };
        match outcome {
            Ok(woken) => BuiltinReturn::value(woken.into()),
            Err(code) => BuiltinReturn::trap(code),
        }
    }
}

/// `memory.atomic.wait32/64` of `expected` at `address` with `timeout` (ns, `i64`).
fn wait(
    store: &mut Store,
    instance: StoreInstanceIndex,
    memory: u64,
    address: u64,
    expected: Expected,
    timeout: u64,
) -> BuiltinReturn {
    let memory = atomic_memory(store, instance, memory);
    let outcome = match memory.shared() {
        Some(shared) => shared.wait(address, expected, timeout as i64, &store.context.interrupt),
        None => SharedMemory::check_atomic(address, expected.bytes(), memory.byte_len())
            .and(Err(TrapCode::ExpectedSharedMemory)),
    };
    match outcome {
        Ok(result) => BuiltinReturn::value(result.into()),
        Err(code) => BuiltinReturn::trap(code),
    }
}

builtin! {
    /// `memory.atomic.wait32(memory, address, expected, timeout)` → 0, 1 or 2.
    fn memory_atomic_wait32(store, instance, memory, address, expected, timeout) {
        wait(store, instance, memory, address, Expected::U32(expected as u32), timeout)
    }
}

builtin! {
    /// `memory.atomic.wait64(memory, address, expected, timeout)` → 0, 1 or 2.
    fn memory_atomic_wait64(store, instance, memory, address, expected, timeout) {
        wait(store, instance, memory, address, Expected::U64(expected), timeout)
    }
}
