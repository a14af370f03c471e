//! Runtime functions generated code calls for operations too big to inline.
//!
//! Every builtin has the System V signature
//! `extern "C" fn(vmctx, a, b, c, d) -> BuiltinResult` (unused arguments are ignored) and
//! returns its value in `rax` and a trap code (0 for none) in `rdx`.

use std::sync::atomic::Ordering;

use super::store::{grow_memory, grow_table, Store};
use crate::codegen::{Builtin, Builtins, BUILTIN_COUNT};
use crate::trap::TrapCode;
use crate::vmoffsets;

/// What a builtin returns: a value and a trap code, in `rax:rdx`.
#[repr(C)]
pub struct BuiltinResult {
    value: u64,
    trap: u64,
}

impl BuiltinResult {
    fn value(value: u64) -> Self {
        BuiltinResult { value, trap: 0 }
    }

    fn trap(code: TrapCode) -> Self {
        BuiltinResult {
            value: 0,
            trap: code as u64,
        }
    }
}

/// The builtin signature.
type BuiltinFn = unsafe extern "C" fn(*mut u64, u64, u64, u64, u64) -> BuiltinResult;

/// The addresses of all builtins, for the code generator.
pub(crate) fn table() -> Builtins {
    let mut addresses = [0usize; BUILTIN_COUNT];
    let entries: [(Builtin, BuiltinFn); 2] = [
        (Builtin::MemoryGrow, memory_grow),
        (Builtin::TableGrow, table_grow),
    ];
    for (builtin, function) in entries {
        addresses[builtin as usize] = function as usize;
    }
    for address in addresses.iter_mut().filter(|address| **address == 0) {
        *address = not_implemented as BuiltinFn as usize;
    }
    Builtins { addresses }
}

/// The store and instance index of the running code.
///
/// # Safety
///
/// `vmctx` must be the `VMContext` of an instance whose store is running wasm (its store
/// context points at the `Store` suspended in `Store::call`).
unsafe fn store_and_instance<'a>(vmctx: *mut u64) -> (&'a mut Store, usize) {
    // SAFETY: per the contract, word 0 is the store context and word 1 the instance index.
    unsafe {
        let context =
            *vmctx.add(vmoffsets::STORE_CONTEXT as usize / 8) as *const super::vm::VMStoreContext;
        let store = (*context).store.load(Ordering::Relaxed) as *mut Store;
        let instance = *vmctx.add(vmoffsets::INSTANCE as usize / 8) as usize;
        (&mut *store, instance)
    }
}

/// `memory.grow(memory, delta)`.
///
/// # Safety
///
/// Called by generated code only, with its own `VMContext`.
unsafe extern "C" fn memory_grow(
    vmctx: *mut u64,
    memory: u64,
    delta: u64,
    _: u64,
    _: u64,
) -> BuiltinResult {
    // SAFETY: generated code passes its own live VMContext.
    let (store, instance) = unsafe { store_and_instance(vmctx) };
    let index = store.instances[instance].memories[memory as usize] as usize;
    let delta = delta as u32;
    let old = grow_memory(&mut store.memories[index], delta);
    BuiltinResult::value(old.map_or(u32::MAX as u64, |old| old as u64))
}

/// `table.grow(table, init, delta)`.
///
/// # Safety
///
/// Called by generated code only, with its own `VMContext`.
unsafe extern "C" fn table_grow(
    vmctx: *mut u64,
    table: u64,
    init: u64,
    delta: u64,
    _: u64,
) -> BuiltinResult {
    // SAFETY: generated code passes its own live VMContext.
    let (store, instance) = unsafe { store_and_instance(vmctx) };
    let index = store.instances[instance].tables[table as usize] as usize;
    let old = grow_table(&mut store.tables[index], delta as u32 as u64, init);
    BuiltinResult::value(old.map_or(u32::MAX as u64, |old| old as u64))
}

/// Placeholder for builtins not written yet: traps.
///
/// # Safety
///
/// Always safe; it only returns.
unsafe extern "C" fn not_implemented(_: *mut u64, _: u64, _: u64, _: u64, _: u64) -> BuiltinResult {
    BuiltinResult::trap(TrapCode::Unreachable)
}
