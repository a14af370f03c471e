//! The roots wasm frames hold: the frame walk over the stack maps the compiler records
//! beside the code (see `docs/architecture.md`, "Stack maps").
//!
//! Whenever wasm calls out to the host, the store records where (`vm::WasmExit`): the
//! frame pointer and return address of the calling wasm frame, and the innermost entry
//! trampoline's stack pointer, which bounds the frames of that activation. Walking the
//! frame-pointer chain from each exit up to its bound visits every wasm frame on the
//! stack (a host function that calls back into wasm starts a new activation, whose own
//! exits are recorded later), and each frame's return address names the stack map of
//! the call it is suspended in.

use super::handles::StoreInstanceIndex;
use super::store::{Caller, Store};
use super::values::Val;
use super::vm::ValRaw;
use crate::module::{HeapType, RefType, ValType};
use crate::vmoffsets;

impl Store {
    /// Calls `visit` with the address of every frame slot that holds a reference in
    /// the wasm frames on the stack, innermost activation first, and the top of the
    /// slot's reference hierarchy. Only frames whose instance belongs to this store are
    /// visited (a frame's `VMContext` at `[rbp - 8]` is confirmed against the instance
    /// it names, as the exception unwinder does).
    pub(crate) fn for_each_stack_root(&self, mut visit: impl FnMut(*mut u64, HeapType)) {
        for exit in self.wasm_exits.iter().rev() {
            let (mut frame, mut pc) = (exit.frame, exit.pc);
            while frame != 0 && frame < exit.entry_sp {
                // SAFETY: every frame below the entry's stack pointer on the
                // frame-pointer chain from a recorded exit is a wasm frame of this
                // store, suspended in a call: its `VMContext` is at `[frame - 8]`.
                let vmctx = unsafe { ((frame - 8) as *const *const u64).read() };
                if let Some(code) = self.code_of(vmctx, pc as usize) {
                    for (disp, hierarchy) in code.stack_map_at(pc as usize) {
                        visit(
                            frame.wrapping_add_signed(i64::from(disp)) as *mut u64,
                            hierarchy,
                        );
                    }
                }
                // SAFETY: as above: the caller's frame pointer and the return address.
                unsafe {
                    pc = ((frame + 8) as *const u64).read();
                    frame = (frame as *const u64).read();
                }
            }
        }
    }

    /// The code of the instance whose `VMContext` is `vmctx`, if it is one of this
    /// store's and holds `pc`.
    fn code_of(&self, vmctx: *const u64, pc: usize) -> Option<&crate::code::CodeMemory> {
        // SAFETY: `vmctx` is a live `VMContext` (read from a wasm frame): word
        // `INSTANCE` holds its instance's index, confirmed by the address below.
        let claimed = unsafe { vmctx.add(vmoffsets::INSTANCE as usize / 8).read() };
        let index = StoreInstanceIndex::from_u32(u32::try_from(claimed).ok()?);
        let instance = self.instances.get(index)?;
        if !std::ptr::eq(instance.vmctx.as_ptr(), vmctx) {
            return None;
        }
        let code = &instance.module.inner.code;
        code.contains(pc).then_some(code)
    }
}

impl Caller<'_> {
    /// The non-null references the wasm frames on the stack hold in their locals and
    /// spilled values, found through the stack maps, innermost frame first. For the
    /// collector's tests; not part of the stable API.
    #[doc(hidden)]
    pub fn stack_references(&self) -> Vec<Val> {
        let mut found = Vec::new();
        self.store.for_each_stack_root(|slot, hierarchy| {
            // SAFETY: the stack map names a live frame slot of a suspended wasm frame.
            let word = unsafe { slot.read() };
            let ty = ValType::Ref(RefType::new(true, hierarchy));
            let value = self.store.val_from_raw(ty, ValRaw { low: word, high: 0 });
            if !value.is_null() {
                found.push(value);
            }
        });
        found
    }
}
