//! The structures generated code reads and writes, with the layouts in
//! [`crate::vmoffsets`].

use std::sync::atomic::{AtomicPtr, AtomicU32, AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

use crate::vmoffsets;

/// Per-store state shared with generated code (and, for the interrupt flag, with other
/// threads). Every field is atomic because generated code writes them with plain moves
/// while the embedder may read the interrupt flag from anywhere.
#[repr(C)]
#[derive(Debug, Default)]
pub struct VMStoreContext {
    /// Lowest stack address wasm may use.
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
    assert!(size_of::<VMStoreContext>() == vmoffsets::store::SIZE);
};

/// The per-instance copies of a store's interrupt flag (each instance's
/// [`vmoffsets::INTERRUPT`] word), shared by the store and its interrupt handles so a
/// request from any thread reaches every instance.
#[derive(Debug, Default)]
pub struct InstanceInterruptFlags {
    words: Mutex<Vec<InterruptWord>>,
}

/// The address of one instance's interrupt word.
#[derive(Debug)]
struct InterruptWord(*const AtomicU64);

// SAFETY: the pointer is only dereferenced under the registry's lock, and a word is
// registered only while the store owning it is alive: the store forgets every word
// (`InstanceInterruptFlags::forget_all`) before it frees its instances.
unsafe impl Send for InterruptWord {}

impl InstanceInterruptFlags {
    fn words(&self) -> MutexGuard<'_, Vec<InterruptWord>> {
        self.words.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Adds an instance's word, set to `value` (the store flag's current value).
    ///
    /// # Safety
    ///
    /// `word` must point to an 8-byte aligned `u64` that stays allocated, and is only
    /// accessed atomically, until [`Self::forget_all`] is called.
    pub unsafe fn register(&self, word: *const AtomicU64, value: u32) {
        let mut words = self.words();
        // SAFETY: valid and aligned by this function's contract.
        unsafe { (*word).store(u64::from(value), Ordering::SeqCst) };
        words.push(InterruptWord(word));
    }

    /// Sets every registered word to `value`.
    pub fn set_all(&self, value: u32) {
        for word in self.words().iter() {
            // SAFETY: registered words stay valid until `forget_all` (see `register`),
            // and the lock keeps `forget_all` from running meanwhile.
            unsafe { (*word.0).store(u64::from(value), Ordering::SeqCst) };
        }
    }

    /// Forgets every word; called before the instances owning them are freed.
    pub fn forget_all(&self) {
        self.words().clear();
    }
}

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
    /// Accessible bytes.
    pub length: u64,
}

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
