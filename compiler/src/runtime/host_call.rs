//! Calls from wasm to host functions: the dispatcher every host-call stub enters.

use std::rc::Rc;
use std::sync::atomic::Ordering;

use super::handles::{Instance, StoreFuncIndex, StoreInstanceIndex};
use super::store::Caller;
use super::store::FuncKind;
use super::store::Store;
use super::values::Val;
use super::vm::{VMHostContext, ValRaw, WasmExit};
use crate::trap::{Trap, TrapCode};

/// The dispatcher host-call stubs call: runs the host closure on the `ValRaw` arguments.
///
/// Nothing in here may unwind into the generated code that called it: the closure runs
/// under `catch_unwind`, and every other failure (results of the wrong type or of
/// another store) becomes a trap.
///
/// # Safety
///
/// `context` must be the `VMHostContext` of a live host function whose store is running
/// wasm (so its `VMStoreContext` points at that store), and `values` must hold
/// max(params, results) slots. `caller_vmctx` is what the stub found at `[rbp - 8]` of
/// the calling frame: the live `VMContext` of the calling wasm function, an instance of
/// the same store (a function reference never leaves its store). `stub_frame` is the
/// stub's frame pointer: the calling wasm frame's frame pointer is at `[stub_frame]`,
/// the return address into it at `[stub_frame + 8]`.
pub(crate) unsafe extern "C" fn host_dispatch(
    context: *const VMHostContext,
    values: *mut ValRaw,
    caller_vmctx: *const u64,
    stub_frame: u64,
) -> u32 {
    // SAFETY: per the contract the context and its store context are live, and the store
    // pointer was set from the `&mut Store` that is suspended in `Store::call`.
    let store =
        unsafe { &mut *((*(*context).store_context).store.load(Ordering::Relaxed) as *mut Store) };
    // SAFETY: as above.
    let index = StoreFuncIndex::from_u32(unsafe { (*context).func_index } as u32);
    let ty = store.funcs[index].ty.clone();
    let slots = ty.slot_count().max(1);
    // SAFETY: `values` holds `slots` initialised slots per the contract.
    let values = unsafe { std::slice::from_raw_parts_mut(values, slots) };
    let args: Vec<Val> = ty
        .params
        .iter()
        .zip(values.iter())
        .map(|(ty, raw)| store.val_from_raw(*ty, *raw))
        .collect();
    let FuncKind::Host { callback, .. } = &store.funcs[index].kind else {
        return TrapCode::HostTrap as u32;
    };
    let callback = Rc::clone(callback);
    // SAFETY: per the contract `caller_vmctx` is a live `VMContext`, whose word
    // `INSTANCE` holds its instance's index in the store.
    let claimed = unsafe { *caller_vmctx.add(crate::vmoffsets::INSTANCE as usize / 8) };
    let instance = store.caller_instance(claimed, caller_vmctx);
    // SAFETY: per the contract `stub_frame` is the stub's frame, called from wasm.
    let exit = unsafe { WasmExit::from_host_stub(stub_frame, &store.context) };
    store.wasm_exits.push(exit);
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        callback(&mut Caller::new(store, instance), &args)
    }));
    store.wasm_exits.pop();
    let outcome = outcome.unwrap_or_else(|payload| {
        // The payload's own destructor could panic again, here where nothing catches it.
        std::mem::forget(payload);
        Err(Trap::host("host function panicked"))
    });
    let outcome = outcome.and_then(|results| {
        store.check_host_results(&ty, &results)?;
        Ok(results)
    });
    match outcome {
        Ok(results) => {
            for (slot, value) in values.iter_mut().zip(&results) {
                // Checked above: every value belongs to this store.
                *slot = store.val_to_raw(value).unwrap_or_default();
            }
            0
        }
        Err(trap) => match store.exceptions.pending.take() {
            // The host function threw (or let through) an exception: the stub throws
            // it on from the calling wasm frame.
            Some(exn) if trap.code == TrapCode::UncaughtException => {
                store
                    .context
                    .thrown_exception
                    .store(u64::from(exn) + 1, Ordering::Relaxed);
                TrapCode::UncaughtException as u32
            }
            pending => {
                store.exceptions.pending = pending;
                store.set_host_trap(trap);
                TrapCode::HostTrap as u32
            }
        },
    }
}

impl Store {
    /// The instance whose `VMContext` is at `vmctx` and whose index that context
    /// `claims` (its `INSTANCE` word): one lookup, confirmed by comparing addresses, so a
    /// host call costs the same whatever the number of instances.
    fn caller_instance(&self, claims: u64, vmctx: *const u64) -> Option<Instance> {
        let index = StoreInstanceIndex::from_u32(u32::try_from(claims).ok()?);
        let data = self.instances.get(index)?;
        std::ptr::eq(data.vmctx.as_ptr(), vmctx).then_some(Instance {
            store: self.id,
            index,
        })
    }
}
