//! The structures generated code reads and writes, with the layouts in
//! [`crate::vmoffsets`].

use std::sync::atomic::{AtomicPtr, AtomicU32, AtomicU64, Ordering};

use crate::builtins::BuiltinTable;
use crate::vmoffsets;

/// The dispatcher host-call stubs call: `(host function context, values, calling
/// function's VMContext, the stub's frame pointer) -> trap code` (see
/// `host_call::host_dispatch`).
pub type HostDispatchFn =
    unsafe extern "C" fn(*const VMHostContext, *mut ValRaw, *const u64, u64) -> u32;

/// Per-store state shared with generated code (and, for the interrupt flag, with other
/// threads). Every field but the function pointers is atomic because generated code writes
/// them with plain moves while the embedder may read the interrupt flag from anywhere;
/// those are written once, when the store is created.
#[repr(C)]
#[derive(Debug)]
pub struct VMStoreContext {
    /// What function entries compare the stack pointer with: `real_stack_limit`, or
    /// `u64::MAX` while an interrupt is pending (see [`VMStoreContext::interrupt`]).
    pub stack_limit: AtomicU64,
    /// `rsp` of the innermost entry trampoline (0 when no wasm runs).
    pub entry_sp: AtomicU64,
    /// Trap code of the last trap.
    pub trap_code: AtomicU32,
    /// Non-zero asks running wasm to trap with `Interrupted`.
    pub interrupt: AtomicU32,
    /// Wasm offset of the last explicit trap.
    pub trap_wasm_offset: AtomicU64,
    /// Machine address of the last faulting memory access.
    pub fault_pc: AtomicU64,
    /// The store running code belongs to, for builtins.
    pub store: AtomicPtr<u8>,
    /// A detail of the last trap, for its message.
    pub trap_detail: AtomicU64,
    /// Lowest stack address wasm may use.
    pub real_stack_limit: AtomicU64,
    /// What host-call stubs call: the runtime's dispatcher to host closures.
    pub host_dispatch: HostDispatchFn,
    /// The builtins generated code calls, indexed by [`crate::builtins::Builtin`]: the
    /// one place their addresses are kept, so compiled code holds none.
    pub builtins: BuiltinTable,
    /// The exception being caught (an `exnref`), for `catch_ref` handlers.
    pub caught_exception: AtomicU64,
    /// The address of its payload, for `catch` handlers.
    pub caught_payload: AtomicU64,
    /// The exception a host function threw into its wasm caller (an `exnref`).
    pub thrown_exception: AtomicU64,
}

impl VMStoreContext {
    /// A fresh context whose host-call stubs reach `host_dispatch` and whose generated
    /// code reaches `builtins`.
    pub fn new(host_dispatch: HostDispatchFn, builtins: BuiltinTable) -> Self {
        VMStoreContext {
            stack_limit: AtomicU64::default(),
            entry_sp: AtomicU64::default(),
            trap_code: AtomicU32::default(),
            interrupt: AtomicU32::default(),
            trap_wasm_offset: AtomicU64::default(),
            fault_pc: AtomicU64::default(),
            store: AtomicPtr::default(),
            trap_detail: AtomicU64::default(),
            real_stack_limit: AtomicU64::default(),
            host_dispatch,
            builtins,
            caught_exception: AtomicU64::default(),
            caught_payload: AtomicU64::default(),
            thrown_exception: AtomicU64::default(),
        }
    }
}

impl VMStoreContext {
    /// Asks running wasm to trap with `Interrupted`: loop headers see the flag, and
    /// function entries fail their stack check and then see it.
    pub fn interrupt(&self) {
        self.interrupt.store(1, Ordering::SeqCst);
        self.stack_limit.store(u64::MAX, Ordering::SeqCst);
    }

    /// Sets the stack limit of the outermost wasm entry.
    pub fn set_stack_limit(&self, limit: u64) {
        self.real_stack_limit.store(limit, Ordering::SeqCst);
        self.restore_stack_limit();
    }

    /// Withdraws a pending interrupt (it has trapped).
    pub fn clear_interrupt(&self) {
        self.interrupt.store(0, Ordering::SeqCst);
        self.restore_stack_limit();
    }

    /// Points function entries back at the real limit, unless an interrupt is pending.
    /// Every access is sequentially consistent, so an [`Self::interrupt`] racing with
    /// this either sees its flag read here or stores `u64::MAX` after the real limit.
    fn restore_stack_limit(&self) {
        let real = self.real_stack_limit.load(Ordering::SeqCst);
        self.stack_limit.store(real, Ordering::SeqCst);
        if self.interrupt.load(Ordering::SeqCst) != 0 {
            self.stack_limit.store(u64::MAX, Ordering::SeqCst);
        }
    }
}

const _: () = {
    assert!(
        std::mem::offset_of!(VMStoreContext, stack_limit) == vmoffsets::store::STACK_LIMIT as usize
    );
    assert!(std::mem::offset_of!(VMStoreContext, entry_sp) == vmoffsets::store::ENTRY_SP as usize);
    assert!(
        std::mem::offset_of!(VMStoreContext, trap_code) == vmoffsets::store::TRAP_CODE as usize
    );
    assert!(
        std::mem::offset_of!(VMStoreContext, interrupt) == vmoffsets::store::INTERRUPT as usize
    );
    assert!(
        std::mem::offset_of!(VMStoreContext, trap_wasm_offset)
            == vmoffsets::store::TRAP_WASM_OFFSET as usize
    );
    assert!(std::mem::offset_of!(VMStoreContext, fault_pc) == vmoffsets::store::FAULT_PC as usize);
    assert!(std::mem::offset_of!(VMStoreContext, store) == vmoffsets::store::STORE as usize);
    assert!(
        std::mem::offset_of!(VMStoreContext, trap_detail) == vmoffsets::store::TRAP_DETAIL as usize
    );
    assert!(
        std::mem::offset_of!(VMStoreContext, real_stack_limit)
            == vmoffsets::store::REAL_STACK_LIMIT as usize
    );
    assert!(
        std::mem::offset_of!(VMStoreContext, host_dispatch)
            == vmoffsets::store::HOST_DISPATCH as usize
    );
    assert!(std::mem::offset_of!(VMStoreContext, builtins) == vmoffsets::store::BUILTINS as usize);
    assert!(
        std::mem::offset_of!(VMStoreContext, caught_exception)
            == vmoffsets::store::CAUGHT_EXCEPTION as usize
    );
    assert!(
        std::mem::offset_of!(VMStoreContext, caught_payload)
            == vmoffsets::store::CAUGHT_PAYLOAD as usize
    );
    assert!(
        std::mem::offset_of!(VMStoreContext, thrown_exception)
            == vmoffsets::store::THROWN_EXCEPTION as usize
    );
    assert!(size_of::<VMStoreContext>() == vmoffsets::store::SIZE);
};

/// The callable representation of a function, referenced from tables and `VMContext`s.
#[repr(C)]
#[derive(Debug)]
pub struct VMFuncRef {
    /// Entry point (internal convention).
    pub code: *const u8,
    /// Callee context (`VMContext` or `VMHostContext`).
    pub vmctx: *mut u8,
    /// Engine-wide signature id.
    pub type_id: u64,
    /// Index of the function in its store.
    pub store_index: u64,
}

const _: () = {
    assert!(std::mem::offset_of!(VMFuncRef, code) == vmoffsets::func_ref::CODE as usize);
    assert!(std::mem::offset_of!(VMFuncRef, vmctx) == vmoffsets::func_ref::VMCTX as usize);
    assert!(std::mem::offset_of!(VMFuncRef, type_id) == vmoffsets::func_ref::TYPE_ID as usize);
    assert!(
        std::mem::offset_of!(VMFuncRef, store_index) == vmoffsets::func_ref::STORE_INDEX as usize
    );
    assert!(size_of::<VMFuncRef>() == vmoffsets::func_ref::SIZE);
};

/// The context a host-call stub receives in the `VMContext` register. Its first word is
/// the store context, like a `VMContext`, so traps unwind the same way.
#[repr(C)]
#[derive(Debug)]
pub struct VMHostContext {
    /// The store's `VMStoreContext`.
    pub store_context: *const VMStoreContext,
    /// Index of the host function in its store.
    pub func_index: u64,
}

/// A table as generated code sees it.
#[repr(C)]
#[derive(Debug)]
pub struct VMTableDefinition {
    /// The elements (raw references, 0 is null).
    pub elements: *mut u64,
    /// Number of elements.
    pub length: u64,
}

/// A memory as generated code sees it.
#[repr(C)]
#[derive(Debug)]
pub struct VMMemoryDefinition {
    /// Base address (fixed for the memory's lifetime).
    pub base: *mut u8,
    /// Accessible bytes. Atomic because the growth of a shared memory on one thread
    /// changes it while code on others reads it.
    pub length: AtomicU64,
}

const _: () = {
    assert!(
        std::mem::offset_of!(VMTableDefinition, elements) == vmoffsets::table::ELEMENTS as usize
    );
    assert!(std::mem::offset_of!(VMTableDefinition, length) == vmoffsets::table::LENGTH as usize);
    assert!(std::mem::offset_of!(VMMemoryDefinition, base) == vmoffsets::memory::BASE as usize);
    assert!(std::mem::offset_of!(VMMemoryDefinition, length) == vmoffsets::memory::LENGTH as usize);
};

/// One value as passed between the host and generated code: 16 bytes, little-endian,
/// narrower values in the low bytes.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ValRaw {
    /// Low 8 bytes.
    pub low: u64,
    /// High 8 bytes (only `v128` uses them).
    pub high: u64,
}

/// Where wasm called out to the host: the start of a frame walk.
#[derive(Clone, Copy, Debug)]
pub(crate) struct WasmExit {
    /// The frame pointer of the innermost wasm frame.
    pub frame: u64,
    /// The return address into it (a call with a stack map, if any slot held a
    /// reference).
    pub pc: u64,
    /// The innermost entry's stack pointer: every wasm frame of this activation lies
    /// below it, every frame at or above it belongs to the host or an entry trampoline.
    pub entry_sp: u64,
}

impl WasmExit {
    /// The exit through the host-call stub whose frame pointer is `stub_frame`.
    ///
    /// # Safety
    ///
    /// `stub_frame` must be the frame pointer of a live host-call stub called from
    /// wasm code of the store whose context is `context`.
    pub(crate) unsafe fn from_host_stub(stub_frame: u64, context: &VMStoreContext) -> WasmExit {
        // SAFETY: per the contract, the stub pushed its caller's frame pointer at
        // `[stub_frame]`, above the return address into its caller.
        let (frame, pc) = unsafe {
            (
                (stub_frame as *const u64).read(),
                ((stub_frame + 8) as *const u64).read(),
            )
        };
        WasmExit {
            frame,
            pc,
            entry_sp: context.entry_sp.load(Ordering::Relaxed),
        }
    }
}
