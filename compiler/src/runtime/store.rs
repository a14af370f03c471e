//! The store owns everything instances create: functions, memories, tables, globals
//! and the instances themselves. Handles ([`Func`], [`Memory`], ...) are indices into a
//! store, checked against the store's id on every use: a handle of another store is a
//! [`StoreMismatch`] error, never a panic, and never reaches generated code.

use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use super::caller::Caller;
use super::limits::{
    ResourceLimiter, DEFAULT_INSTANCE_LIMIT, DEFAULT_MEMORY_LIMIT, DEFAULT_TABLE_LIMIT,
};
use super::sys::linear_memory::{LinearMemory, WASM_PAGE_SIZE};
use super::values::Val;
use super::vm::{
    VMFuncRef, VMHostContext, VMMemoryDefinition, VMStoreContext, VMTableDefinition, ValRaw,
};
use crate::code::StubMemory;
use crate::compiled_module::Module;
use crate::engine::Engine;
use crate::error::{ObjectError, StoreMismatch};
use crate::module::{FuncType, GlobalType, MemoryType, TableType, ValType};
use crate::trap::{Trap, TrapCode};

/// Largest number of elements a table may have, whatever its type or the limiter says.
const MAX_TABLE_ELEMENTS: u64 = 10_000_000;

static NEXT_STORE_ID: AtomicU64 = AtomicU64::new(1);

/// The host ABI of entry trampolines: `(vmctx, code, values) -> trap code`.
type EntryTrampoline = unsafe extern "C" fn(*mut u8, *const u8, *mut ValRaw) -> u32;

/// A host function's implementation. Shared (`Rc`) so a call can hold it while lending
/// the store, which owns it, to the function.
pub(crate) type HostCallback = Rc<dyn Fn(&mut Caller<'_>, &[Val]) -> Result<Vec<Val>, Trap>>;

/// Owner of all runtime objects of a set of instances that may call each other.
pub struct Store {
    id: u64,
    engine: Engine,
    pub(crate) context: Arc<VMStoreContext>,
    pub(crate) funcs: Vec<FuncData>,
    pub(crate) memories: Vec<MemoryData>,
    pub(crate) tables: Vec<TableData>,
    pub(crate) globals: Vec<GlobalData>,
    pub(crate) instances: Vec<InstanceData>,
    pending_host_trap: Option<Trap>,
    limiter: Option<Box<dyn ResourceLimiter>>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

/// A function in a store.
pub(crate) struct FuncData {
    pub(crate) func_ref: Box<VMFuncRef>,
    pub(crate) ty: FuncType,
    pub(crate) kind: FuncKind,
}

/// How a function is implemented.
pub(crate) enum FuncKind {
    /// Compiled wasm; `trampoline` enters it from the host.
    Wasm {
        _module: Module,
        trampoline: *const u8,
    },
    /// A host closure, reachable from wasm through `stub`.
    Host {
        callback: HostCallback,
        /// The signature's shared stub; `None` for a type wasm cannot call.
        _stub: Option<Arc<StubMemory>>,
        _context: Box<VMHostContext>,
    },
}

/// A memory in a store.
pub(crate) struct MemoryData {
    pub(crate) memory: LinearMemory,
    pub(crate) definition: Box<VMMemoryDefinition>,
    pub(crate) ty: MemoryType,
}

/// A table in a store.
pub(crate) struct TableData {
    pub(crate) elements: Vec<u64>,
    pub(crate) definition: Box<VMTableDefinition>,
    pub(crate) ty: TableType,
}

/// A global in a store.
pub(crate) struct GlobalData {
    pub(crate) cell: GlobalCell,
    pub(crate) ty: GlobalType,
}

/// Where a global's value lives: its own allocation (a global the host made) or a
/// 16-byte cell in the `VMContext` of the instance that defines it, so that instance's
/// code reads it with one load. Generated code reads and writes it through raw pointers
/// too, so it is only ever accessed by copying values in and out.
pub(crate) struct GlobalCell {
    ptr: std::ptr::NonNull<ValRaw>,
    /// Whether `ptr` came from `Box::into_raw` (and is freed with the cell).
    owned: bool,
}

// SAFETY: a cell is only accessed through the store that owns it (and by code running
// in that store), like the rest of the store's data; nothing about it is tied to a
// thread.
unsafe impl Send for GlobalCell {}

impl GlobalCell {
    /// A cell of its own holding `value`.
    pub(crate) fn boxed(value: ValRaw) -> Self {
        GlobalCell {
            ptr: std::ptr::NonNull::from(Box::leak(Box::new(value))),
            owned: true,
        }
    }

    /// A cell at `ptr`, inside an instance's `VMContext`.
    ///
    /// # Safety
    /// `ptr` must be valid, 8-byte aligned and outlive the cell: it points into the
    /// `VMContext` of an instance of the store the cell belongs to (instances live as
    /// long as their store, and their `VMContext` allocation never moves).
    pub(crate) unsafe fn in_vmctx(ptr: std::ptr::NonNull<ValRaw>) -> Self {
        GlobalCell { ptr, owned: false }
    }

    /// The cell's address, for `VMContext`s that import the global.
    pub(crate) fn as_ptr(&self) -> *mut ValRaw {
        self.ptr.as_ptr()
    }

    /// The current value.
    pub(crate) fn get(&self) -> ValRaw {
        // SAFETY: `ptr` is valid for as long as the cell (see the constructors), and no
        // reference to the value is ever held while code may write it.
        unsafe { self.ptr.as_ptr().read() }
    }

    /// Replaces the value.
    pub(crate) fn set(&mut self, value: ValRaw) {
        // SAFETY: as in `get`.
        unsafe { self.ptr.as_ptr().write(value) }
    }
}

impl Drop for GlobalCell {
    fn drop(&mut self) {
        if self.owned {
            // SAFETY: an owned pointer came from `Box::leak` in `boxed` and is freed only
            // here, once.
            drop(unsafe { Box::from_raw(self.ptr.as_ptr()) });
        }
    }
}

/// An instance in a store.
pub(crate) struct InstanceData {
    pub(crate) module: Module,
    /// Owned here so its address stays valid while code may run; only generated code
    /// and builtins read it (through raw pointers). Host calls find their calling
    /// instance by this address.
    pub(crate) vmctx: Box<[u64]>,
    pub(crate) exports: Vec<(String, Extern)>,
    pub(crate) memories: Vec<u32>,
    pub(crate) tables: Vec<u32>,
    pub(crate) funcs: Vec<u32>,
    pub(crate) globals: Vec<u32>,
    pub(crate) dropped_data: Vec<bool>,
    pub(crate) dropped_elements: Vec<bool>,
}

macro_rules! handle {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub struct $name {
            pub(crate) store: u64,
            pub(crate) index: u32,
        }
    };
}

handle!(
    /// A function (wasm or host) in a store.
    Func
);
handle!(
    /// A linear memory in a store.
    Memory
);
handle!(
    /// A table in a store.
    Table
);
handle!(
    /// A global in a store.
    Global
);
handle!(
    /// An instance in a store.
    Instance
);

/// Anything that can be imported or exported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Extern {
    /// A function.
    Func(Func),
    /// A table.
    Table(Table),
    /// A memory.
    Memory(Memory),
    /// A global.
    Global(Global),
}

/// Asks wasm running in a store to stop; usable from any thread.
#[derive(Clone, Debug)]
pub struct InterruptHandle {
    context: Arc<VMStoreContext>,
}

impl InterruptHandle {
    /// Makes running (or the next) wasm code of the store trap with `interrupted` at its
    /// next function entry or loop header.
    pub fn interrupt(&self) {
        self.context.interrupt();
    }
}

impl Store {
    /// An empty store for modules of `engine`.
    pub fn new(engine: &Engine) -> Self {
        Store {
            id: NEXT_STORE_ID.fetch_add(1, Ordering::Relaxed),
            engine: engine.clone(),
            context: Arc::new(VMStoreContext::default()),
            funcs: Vec::new(),
            memories: Vec::new(),
            tables: Vec::new(),
            globals: Vec::new(),
            instances: Vec::new(),
            pending_host_trap: None,
            limiter: None,
        }
    }

    /// Installs `limiter`, which from now on decides every memory and table creation
    /// and growth in the store (from wasm or the host) and how many instances, memories
    /// and tables it may hold. Replaces an earlier limiter.
    pub fn limiter(&mut self, limiter: impl ResourceLimiter + 'static) {
        self.limiter = Some(Box::new(limiter));
    }

    /// The engine.
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// A handle that interrupts wasm running in this store.
    pub fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle {
            context: Arc::clone(&self.context),
        }
    }

    pub(crate) fn id(&self) -> u64 {
        self.id
    }

    /// `Ok` if a handle of kind `what` with store id `store` belongs to this store.
    pub(crate) fn check(&self, store: u64, what: &'static str) -> Result<(), StoreMismatch> {
        if store == self.id {
            Ok(())
        } else {
            Err(StoreMismatch::new(what))
        }
    }

    // ---- limits ---------------------------------------------------------------------

    /// Whether the store may hold `instances`, `memories` and `tables` more objects.
    pub(crate) fn check_counts(
        &self,
        instances: usize,
        memories: usize,
        tables: usize,
    ) -> Result<(), ObjectError> {
        let (max_instances, max_memories, max_tables) = match &self.limiter {
            Some(limiter) => (limiter.instances(), limiter.memories(), limiter.tables()),
            None => (
                DEFAULT_INSTANCE_LIMIT,
                DEFAULT_MEMORY_LIMIT,
                DEFAULT_TABLE_LIMIT,
            ),
        };
        let over = |held: usize, more: usize, max: usize| more > 0 && held + more > max;
        if over(self.instances.len(), instances, max_instances) {
            return Err(ObjectError::Limit(format!(
                "instance count too high (at most {max_instances})"
            )));
        }
        if over(self.memories.len(), memories, max_memories) {
            return Err(ObjectError::Limit(format!(
                "memory count too high (at most {max_memories})"
            )));
        }
        if over(self.tables.len(), tables, max_tables) {
            return Err(ObjectError::Limit(format!(
                "table count too high (at most {max_tables})"
            )));
        }
        Ok(())
    }

    // ---- values ---------------------------------------------------------------------

    /// The raw representation of `value` (function references become `VMFuncRef`
    /// pointers); a function reference of another store is refused.
    pub(crate) fn val_to_raw(&self, value: &Val) -> Result<ValRaw, StoreMismatch> {
        let low = match *value {
            Val::I32(v) => v as u32 as u64,
            Val::I64(v) => v as u64,
            Val::F32(bits) => bits as u64,
            Val::F64(bits) => bits,
            Val::V128(bits) => {
                return Ok(ValRaw {
                    low: bits as u64,
                    high: (bits >> 64) as u64,
                })
            }
            Val::FuncRef(None) | Val::ExternRef(None) => 0,
            Val::FuncRef(Some(func)) => {
                self.check(func.store, "function")?;
                &*self.funcs[func.index as usize].func_ref as *const VMFuncRef as u64
            }
            Val::ExternRef(Some(value)) => value as u64 + 1,
        };
        Ok(ValRaw { low, high: 0 })
    }

    /// The raw representation of `value`, which must be of type `ty` (a table's element
    /// type or a global's content): generated code trusts a funcref slot to hold a
    /// `VMFuncRef` pointer.
    fn typed_val_to_raw(&self, value: &Val, ty: ValType) -> Result<ValRaw, ObjectError> {
        if value.ty() != ty {
            return Err(ObjectError::Type(format!(
                "expected a value of type {ty}, got {}",
                value.ty()
            )));
        }
        Ok(self.val_to_raw(value)?)
    }

    /// The value of type `ty` represented by `raw`.
    pub(crate) fn val_from_raw(&self, ty: ValType, raw: ValRaw) -> Val {
        match ty {
            ValType::I32 => Val::I32(raw.low as u32 as i32),
            ValType::I64 => Val::I64(raw.low as i64),
            ValType::F32 => Val::F32(raw.low as u32),
            ValType::F64 => Val::F64(raw.low),
            ValType::V128 => Val::V128(raw.low as u128 | (raw.high as u128) << 64),
            ValType::ExternRef => Val::ExternRef(raw.low.checked_sub(1).map(|v| v as u32)),
            ValType::FuncRef => Val::FuncRef(self.func_from_raw(raw.low)),
        }
    }

    /// The function a raw function reference points to.
    pub(crate) fn func_from_raw(&self, raw: u64) -> Option<Func> {
        if raw == 0 {
            return None;
        }
        // SAFETY: non-null raw function references are only ever created from the boxed
        // `VMFuncRef`s of this store's functions, which live as long as the store.
        let store_index = unsafe { (*(raw as *const VMFuncRef)).store_index };
        Some(Func {
            store: self.id,
            index: store_index as u32,
        })
    }

    // ---- calls ----------------------------------------------------------------------

    /// Calls function `func` with `args`.
    pub(crate) fn call(&mut self, func: Func, args: &[Val]) -> Result<Vec<Val>, Trap> {
        self.check(func.store, "function")?;
        let data = &self.funcs[func.index as usize];
        let ty = data.ty.clone();
        if args.len() != ty.params.len()
            || args
                .iter()
                .zip(ty.params.iter())
                .any(|(arg, ty)| arg.ty() != *ty)
        {
            return Err(Trap::host(format!("argument type mismatch: expected {ty}")));
        }
        let trampoline = match &data.kind {
            FuncKind::Host { callback, .. } => {
                let callback = Rc::clone(callback);
                for arg in args {
                    self.val_to_raw(arg)?;
                }
                let results = callback(&mut Caller::new(self, None), args)?;
                self.check_host_results(&ty, &results)?;
                return Ok(results);
            }
            FuncKind::Wasm { trampoline, .. } => *trampoline,
        };
        let mut values = vec![ValRaw::default(); ty.slot_count().max(1)];
        for (slot, arg) in values.iter_mut().zip(args) {
            *slot = self.val_to_raw(arg)?;
        }
        let vmctx = data.func_ref.vmctx;
        let code = data.func_ref.code;
        let trap_code = self.enter_wasm(trampoline, vmctx, code, &mut values);
        if trap_code != 0 {
            return Err(self.take_trap(trap_code));
        }
        Ok(ty
            .results
            .iter()
            .zip(values)
            .map(|(ty, raw)| self.val_from_raw(*ty, raw))
            .collect())
    }

    /// Runs an entry trampoline, setting the stack limit if no wasm is running yet.
    fn enter_wasm(
        &mut self,
        trampoline: *const u8,
        vmctx: *mut u8,
        code: *const u8,
        values: &mut [ValRaw],
    ) -> u32 {
        let outermost = self.context.entry_sp.load(Ordering::Relaxed) == 0;
        if outermost {
            let stack_marker = 0u8;
            let sp = &stack_marker as *const u8 as u64;
            let limit = super::stack::stack_limit(sp, self.engine.config().stack_budget as u64);
            self.context.set_stack_limit(limit);
        }
        let store: *mut Store = self;
        self.context.store.store(store.cast(), Ordering::Relaxed);
        // SAFETY: `trampoline` is an entry trampoline generated for the callee's signature
        // (it has the `EntryTrampoline` ABI); `vmctx` and `code` come from the callee's live
        // `VMFuncRef`; `values` holds max(params, results) initialised slots. Generated code
        // reaches this store only through the raw pointer stored above, derived from
        // `self`, which is not used again until the call returns.
        unsafe {
            let trampoline: EntryTrampoline = std::mem::transmute(trampoline);
            trampoline(vmctx, code, values.as_mut_ptr())
        }
    }

    /// Builds the trap value after generated code returned `trap_code`.
    fn take_trap(&mut self, trap_code: u32) -> Trap {
        let Some(code) = TrapCode::from_u32(trap_code) else {
            return Trap::host(format!("unknown trap code {trap_code}"));
        };
        match code {
            TrapCode::HostTrap => {
                return self
                    .pending_host_trap
                    .take()
                    .unwrap_or_else(|| Trap::new(TrapCode::HostTrap))
            }
            TrapCode::Interrupted => self.context.clear_interrupt(),
            _ => {}
        }
        let mut trap = Trap::new(code);
        if code == TrapCode::IndirectCallToNull {
            // The reference interpreter names the element, and the testsuite expects it.
            let element = self.context.trap_detail.load(Ordering::Relaxed) as u32;
            trap.message = format!("{} {element}", code.message());
        }
        trap.wasm_offset = if code == TrapCode::MemoryOutOfBounds {
            let pc = self.context.fault_pc.load(Ordering::Relaxed) as usize;
            self.instances
                .iter()
                .find(|instance| instance.module.inner.code.range().contains(&pc))
                .and_then(|instance| instance.module.inner.code.lookup_trap(pc))
                .map(|entry| entry.wasm_offset)
        } else {
            Some(self.context.trap_wasm_offset.load(Ordering::Relaxed) as u32)
        };
        trap
    }

    /// `Ok` if a host function of type `ty` returned `results` of its result types and
    /// of this store.
    fn check_host_results(&self, ty: &FuncType, results: &[Val]) -> Result<(), Trap> {
        let typed = results.len() == ty.results.len()
            && results
                .iter()
                .zip(ty.results.iter())
                .all(|(value, ty)| value.ty() == *ty);
        if !typed {
            return Err(Trap::host(
                "host function returned values of the wrong types",
            ));
        }
        for value in results {
            self.val_to_raw(value).map_err(|_| {
                Trap::host("host function returned a function reference of another store")
            })?;
        }
        Ok(())
    }

    /// Records the trap a host function returned, for [`Self::take_trap`].
    pub(crate) fn set_host_trap(&mut self, trap: Trap) {
        self.pending_host_trap = Some(trap);
    }

    // ---- creating objects -----------------------------------------------------------

    /// Adds a wasm function of `module` with context `vmctx`.
    pub(crate) fn push_wasm_func(
        &mut self,
        module: &Module,
        func: crate::module::FuncIndex,
        vmctx: *mut u8,
    ) -> Func {
        let info = &module.inner.info;
        let type_index = info.functions[func];
        let defined = info
            .defined_func_index(func)
            .expect("push_wasm_func is only called for defined functions");
        let index = self.funcs.len() as u32;
        self.funcs.push(FuncData {
            func_ref: Box::new(VMFuncRef {
                code: module.inner.code.function_ptr(defined),
                vmctx,
                type_id: info.signature_ids[type_index].as_u32() as u64,
                store_index: index as u64,
            }),
            ty: info.types[type_index].clone(),
            kind: FuncKind::Wasm {
                _module: module.clone(),
                trampoline: module.inner.code.trampoline_ptr(type_index),
            },
        });
        Func {
            store: self.id,
            index,
        }
    }

    /// Adds a memory of type `ty`, if the limiter allows.
    pub(crate) fn push_memory(&mut self, ty: MemoryType) -> Result<Memory, ObjectError> {
        let too_big = || ObjectError::Resource("memory size must be at most 65536 pages".into());
        let min = u32::try_from(ty.limits.min).map_err(|_| too_big())?;
        let max = ty.limits.max.map(|max| max.min(65536) as u32);
        self.check_counts(0, 1, 0)?;
        let min_bytes = min as usize * WASM_PAGE_SIZE;
        if let Some(limiter) = &mut self.limiter {
            let max_bytes = max.map(|max| max as usize * WASM_PAGE_SIZE);
            if !limiter.memory_growing(0, min_bytes, max_bytes) {
                return Err(ObjectError::Limit(format!(
                    "memory minimum size of {min} pages exceeds the store's limits"
                )));
            }
        }
        let memory = LinearMemory::new(min, max).map_err(|error| {
            if let Some(limiter) = &mut self.limiter {
                limiter.memory_grow_failed(0, min_bytes);
            }
            ObjectError::Resource(error.to_string())
        })?;
        let definition = Box::new(VMMemoryDefinition {
            base: memory.base(),
            length: memory.byte_len() as u64,
        });
        self.memories.push(MemoryData {
            memory,
            definition,
            ty,
        });
        Ok(Memory {
            store: self.id,
            index: self.memories.len() as u32 - 1,
        })
    }

    /// Adds a table of type `ty` filled with `init`, if the limiter allows.
    pub(crate) fn push_table(&mut self, ty: TableType, init: u64) -> Result<Table, ObjectError> {
        if ty.limits.min > MAX_TABLE_ELEMENTS {
            return Err(ObjectError::Limit(format!(
                "table of {} elements (at most {MAX_TABLE_ELEMENTS})",
                ty.limits.min
            )));
        }
        self.check_counts(0, 0, 1)?;
        let min = ty.limits.min as usize;
        if let Some(limiter) = &mut self.limiter {
            let max = ty.limits.max.map(|max| max.min(usize::MAX as u64) as usize);
            if !limiter.table_growing(0, min, max) {
                return Err(ObjectError::Limit(format!(
                    "table minimum size of {min} elements exceeds the store's limits"
                )));
            }
        }
        let mut elements = Vec::new();
        if elements.try_reserve_exact(min).is_err() {
            if let Some(limiter) = &mut self.limiter {
                limiter.table_grow_failed(0, min);
            }
            return Err(ObjectError::Resource(format!(
                "cannot allocate a table of {min} elements"
            )));
        }
        elements.resize(min, init);
        let definition = Box::new(VMTableDefinition {
            elements: elements.as_mut_ptr(),
            length: elements.len() as u64,
        });
        self.tables.push(TableData {
            elements,
            definition,
            ty,
        });
        Ok(Table {
            store: self.id,
            index: self.tables.len() as u32 - 1,
        })
    }

    /// Adds a global of type `ty` holding `value`, in a cell of its own.
    pub(crate) fn push_global(&mut self, ty: GlobalType, value: ValRaw) -> Global {
        self.push_global_cell(ty, GlobalCell::boxed(value))
    }

    /// Adds a global of type `ty` whose value is in `cell`.
    pub(crate) fn push_global_cell(&mut self, ty: GlobalType, cell: GlobalCell) -> Global {
        self.globals.push(GlobalData { cell, ty });
        Global {
            store: self.id,
            index: self.globals.len() as u32 - 1,
        }
    }
}

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
/// the same store (a function reference never leaves its store).
pub(crate) unsafe extern "C" fn host_dispatch(
    context: *const VMHostContext,
    values: *mut ValRaw,
    caller_vmctx: *const u64,
) -> u32 {
    // SAFETY: per the contract the context and its store context are live, and the store
    // pointer was set from the `&mut Store` that is suspended in `Store::call`.
    let store =
        unsafe { &mut *((*(*context).store_context).store.load(Ordering::Relaxed) as *mut Store) };
    // SAFETY: as above.
    let index = unsafe { (*context).func_index } as usize;
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
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        callback(&mut Caller::new(store, instance), &args)
    }))
    .unwrap_or_else(|payload| {
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
        Err(trap) => {
            store.set_host_trap(trap);
            TrapCode::HostTrap as u32
        }
    }
}

impl Store {
    /// The instance whose `VMContext` is at `vmctx` and whose index that context
    /// `claims` (its `INSTANCE` word): one lookup, confirmed by comparing addresses, so a
    /// host call costs the same whatever the number of instances.
    fn caller_instance(&self, claims: u64, vmctx: *const u64) -> Option<Instance> {
        let data = self.instances.get(usize::try_from(claims).ok()?)?;
        std::ptr::eq(data.vmctx.as_ptr(), vmctx).then_some(Instance {
            store: self.id,
            index: claims as u32,
        })
    }
}

impl Func {
    /// A function implemented by `callback`, callable from wasm and the host.
    ///
    /// # Panics
    ///
    /// Only if the OS cannot map the one page of code the first host function of a
    /// signature needs in an engine (out of memory).
    pub fn new_host(
        store: &mut Store,
        ty: FuncType,
        callback: impl Fn(&[Val]) -> Result<Vec<Val>, Trap> + 'static,
    ) -> Func {
        Func::new_host_with_caller(store, ty, move |_, args| callback(args))
    }

    /// A function implemented by `callback`, which also receives a [`Caller`]: the store
    /// and the calling instance, so it can reach that instance's memory.
    ///
    /// The values `callback` returns must be of `ty`'s result types and of this store;
    /// any other results make the call trap. A panic in `callback` is caught and makes
    /// the call trap too.
    ///
    /// # Panics
    ///
    /// As [`Func::new_host`].
    pub fn new_host_with_caller(
        store: &mut Store,
        ty: FuncType,
        callback: impl Fn(&mut Caller<'_>, &[Val]) -> Result<Vec<Val>, Trap> + 'static,
    ) -> Func {
        let index = store.funcs.len() as u32;
        let stub = match store.engine.host_stub(&ty) {
            Ok(stub) => stub,
            Err(error) => panic!("cannot map a host-call stub: {error}"),
        };
        let mut context = Box::new(VMHostContext {
            store_context: Arc::as_ptr(&store.context),
            func_index: index as u64,
        });
        let type_id = store.engine.signature_id(&ty).as_u32() as u64;
        store.funcs.push(FuncData {
            func_ref: Box::new(VMFuncRef {
                // A type without a stub is one no module declares, so neither a direct
                // call nor a `call_indirect` (whose signature check comes first) can
                // reach this address.
                code: stub.as_ref().map_or(std::ptr::null(), |stub| stub.ptr()),
                vmctx: (&mut *context as *mut VMHostContext).cast(),
                type_id,
                store_index: index as u64,
            }),
            ty,
            kind: FuncKind::Host {
                callback: Rc::new(callback),
                _stub: stub,
                _context: context,
            },
        });
        Func {
            store: store.id,
            index,
        }
    }

    /// Calls the function; a trap is returned as a value, and so is a function or an
    /// argument of another store (a [`TrapCode::HostTrap`] saying so).
    pub fn call(&self, store: &mut Store, args: &[Val]) -> Result<Vec<Val>, Trap> {
        store.call(*self, args)
    }

    /// The function's signature.
    pub fn ty(&self, store: &Store) -> Result<FuncType, StoreMismatch> {
        store.check(self.store, "function")?;
        Ok(store.funcs[self.index as usize].ty.clone())
    }
}

impl From<StoreMismatch> for Trap {
    fn from(mismatch: StoreMismatch) -> Self {
        Trap::host(mismatch.to_string())
    }
}

impl Memory {
    /// A new memory of type `ty`, if the store's limits allow it.
    pub fn new(store: &mut Store, ty: MemoryType) -> Result<Memory, ObjectError> {
        store.push_memory(ty)
    }

    fn data<'s>(&self, store: &'s Store) -> Result<&'s MemoryData, StoreMismatch> {
        store.check(self.store, "memory")?;
        Ok(&store.memories[self.index as usize])
    }

    fn data_mut<'s>(&self, store: &'s mut Store) -> Result<&'s mut MemoryData, StoreMismatch> {
        store.check(self.store, "memory")?;
        Ok(&mut store.memories[self.index as usize])
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
    /// the store's [`ResourceLimiter`] does not let it grow.
    pub fn grow(&self, store: &mut Store, delta: u32) -> Result<Option<u32>, StoreMismatch> {
        store.check(self.store, "memory")?;
        Ok(store.grow_memory(self.index as usize, delta))
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

impl Store {
    /// Grows memory `index` of the store by `delta` pages if its type and the limiter
    /// allow, and updates the length generated code sees; returns the old size in pages.
    pub(crate) fn grow_memory(&mut self, index: usize, delta: u32) -> Option<u32> {
        let data = &mut self.memories[index];
        let old = data.memory.pages();
        if delta == 0 {
            return Some(old);
        }
        let current = old as usize * WASM_PAGE_SIZE;
        let desired = (old as usize + delta as usize) * WASM_PAGE_SIZE;
        if let Some(limiter) = &mut self.limiter {
            let maximum = data
                .ty
                .limits
                .max
                .map(|max| max.min(65536) as usize * WASM_PAGE_SIZE);
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
        data.definition.length = (data.memory.pages() as usize * WASM_PAGE_SIZE) as u64;
        Some(old)
    }

    /// Grows table `index` of the store by `delta` elements set to `init` if its type
    /// and the limiter allow, and updates what generated code sees; returns the old size.
    pub(crate) fn grow_table(&mut self, index: usize, delta: u64, init: u64) -> Option<u32> {
        let data = &mut self.tables[index];
        let old = data.elements.len();
        if delta == 0 {
            return Some(old as u32);
        }
        let desired = (old as u64).saturating_add(delta);
        let desired_usize = usize::try_from(desired).unwrap_or(usize::MAX);
        if let Some(limiter) = &mut self.limiter {
            let maximum = data.ty.limits.max.map(|max| max as usize);
            if !limiter.table_growing(old, desired_usize, maximum) {
                return None;
            }
        }
        let max = data
            .ty
            .limits
            .max
            .unwrap_or(u32::MAX as u64)
            .min(MAX_TABLE_ELEMENTS);
        if desired > max || data.elements.try_reserve_exact(delta as usize).is_err() {
            if let Some(limiter) = &mut self.limiter {
                limiter.table_grow_failed(old, desired_usize);
            }
            return None;
        }
        data.elements.resize(desired as usize, init);
        data.definition.elements = data.elements.as_mut_ptr();
        data.definition.length = desired;
        Some(old as u32)
    }
}

impl Table {
    /// A new table of type `ty` filled with `init` (a value of its element type, of
    /// this store), if the store's limits allow it.
    pub fn new(store: &mut Store, ty: TableType, init: Val) -> Result<Table, ObjectError> {
        let init = store.typed_val_to_raw(&init, ty.element)?.low;
        store.push_table(ty, init)
    }

    fn data<'s>(&self, store: &'s Store) -> Result<&'s TableData, StoreMismatch> {
        store.check(self.store, "table")?;
        Ok(&store.tables[self.index as usize])
    }

    /// Current number of elements.
    pub fn size(&self, store: &Store) -> Result<u32, StoreMismatch> {
        Ok(self.data(store)?.elements.len() as u32)
    }

    /// The table's type (with its current minimum).
    pub fn ty(&self, store: &Store) -> Result<TableType, StoreMismatch> {
        let data = self.data(store)?;
        let mut ty = data.ty;
        ty.limits.min = data.elements.len() as u64;
        Ok(ty)
    }

    /// Element `index`, or `None` if out of bounds.
    pub fn get(&self, store: &Store, index: u32) -> Result<Option<Val>, StoreMismatch> {
        let data = self.data(store)?;
        Ok(data
            .elements
            .get(index as usize)
            .map(|raw| store.val_from_raw(data.ty.element, ValRaw { low: *raw, high: 0 })))
    }

    /// Sets element `index` to `value` (of the table's element type, of this store).
    pub fn set(&self, store: &mut Store, index: u32, value: Val) -> Result<(), ObjectError> {
        let element = self.data(store)?.ty.element;
        let raw = store.typed_val_to_raw(&value, element)?.low;
        let slot = store.tables[self.index as usize]
            .elements
            .get_mut(index as usize)
            .ok_or(ObjectError::OutOfBounds("table"))?;
        *slot = raw;
        Ok(())
    }

    /// Grows by `delta` elements set to `init` (of the table's element type, of this
    /// store); returns the old size, or `None` if the table's type or the store's
    /// [`ResourceLimiter`] does not let it grow.
    pub fn grow(
        &self,
        store: &mut Store,
        delta: u32,
        init: Val,
    ) -> Result<Option<u32>, ObjectError> {
        let element = self.data(store)?.ty.element;
        let init = store.typed_val_to_raw(&init, element)?.low;
        Ok(store.grow_table(self.index as usize, delta as u64, init))
    }
}

impl Global {
    /// A new global of type `ty` holding `value` (of type `ty.content`, of this store).
    pub fn new(store: &mut Store, ty: GlobalType, value: Val) -> Result<Global, ObjectError> {
        let raw = store.typed_val_to_raw(&value, ty.content)?;
        Ok(store.push_global(ty, raw))
    }

    fn data<'s>(&self, store: &'s Store) -> Result<&'s GlobalData, StoreMismatch> {
        store.check(self.store, "global")?;
        Ok(&store.globals[self.index as usize])
    }

    /// The global's type.
    pub fn ty(&self, store: &Store) -> Result<GlobalType, StoreMismatch> {
        Ok(self.data(store)?.ty)
    }

    /// Current value.
    pub fn get(&self, store: &Store) -> Result<Val, StoreMismatch> {
        let data = self.data(store)?;
        Ok(store.val_from_raw(data.ty.content, data.cell.get()))
    }

    /// Sets the value (the global must be mutable and `value` of its type, of this
    /// store).
    pub fn set(&self, store: &mut Store, value: Val) -> Result<(), ObjectError> {
        let ty = self.data(store)?.ty;
        if !ty.mutable {
            return Err(ObjectError::Type("global is immutable".to_string()));
        }
        let raw = store.typed_val_to_raw(&value, ty.content)?;
        store.globals[self.index as usize].cell.set(raw);
        Ok(())
    }
}

impl Instance {
    fn data<'s>(&self, store: &'s Store) -> Result<&'s InstanceData, StoreMismatch> {
        store.check(self.store, "instance")?;
        Ok(&store.instances[self.index as usize])
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
            .get(index as usize)
            .map(|memory| Memory {
                store: self.store,
                index: *memory,
            }))
    }

    /// The module this is an instance of.
    pub fn module(&self, store: &Store) -> Result<Module, StoreMismatch> {
        Ok(self.data(store)?.module.clone())
    }
}

impl Extern {
    /// The id of the store the item belongs to.
    pub(crate) fn store_id(&self) -> u64 {
        match self {
            Extern::Func(func) => func.store,
            Extern::Table(table) => table.store,
            Extern::Memory(memory) => memory.store,
            Extern::Global(global) => global.store,
        }
    }

    /// What kind of item this is, for messages.
    pub(crate) fn kind_name(&self) -> &'static str {
        match self {
            Extern::Func(_) => "function",
            Extern::Table(_) => "table",
            Extern::Memory(_) => "memory",
            Extern::Global(_) => "global",
        }
    }
}
