//! The store: the owner of every runtime object a set of instances creates (functions,
//! memories, tables, globals, the instances themselves), and the checks every handle
//! passes through. Each object kind's data and handle methods live in a file of their
//! own (`func.rs`, `memory.rs`, `table.rs`, `global.rs`, `instance.rs`); calls in
//! `call.rs`, calls from wasm to the host in `host_call.rs`.

use std::rc::Rc;
use std::sync::Arc;

use lightbeam_entity::PrimaryMap;

use super::handles::{
    Instance, StoreFuncIndex, StoreGlobalIndex, StoreInstanceIndex, StoreMemoryIndex,
    StoreTableIndex, StoreTagIndex,
};
use super::limits::{
    ResourceLimiter, DEFAULT_INSTANCE_LIMIT, DEFAULT_MEMORY_LIMIT, DEFAULT_TABLE_LIMIT,
};
use super::objects::{Exceptions, GlobalData, InstanceData, MemoryData, TableData, TagData};
use super::values::Val;
use super::vm::{VMFuncRef, VMHostContext, VMStoreContext};
use crate::code::StubMemory;
use crate::compiled_module::Module;
use crate::engine::Engine;
use crate::error::{ObjectError, StoreMismatch};
use crate::module::FuncType;
use crate::trap::Trap;

/// Owner of all runtime objects of a set of instances that may call each other.
pub struct Store {
    pub(super) id: u64,
    pub(super) engine: Engine,
    pub(crate) context: Arc<VMStoreContext>,
    pub(crate) funcs: PrimaryMap<StoreFuncIndex, FuncData>,
    pub(crate) memories: PrimaryMap<StoreMemoryIndex, MemoryData>,
    pub(crate) tables: PrimaryMap<StoreTableIndex, TableData>,
    pub(crate) globals: PrimaryMap<StoreGlobalIndex, GlobalData>,
    pub(crate) instances: PrimaryMap<StoreInstanceIndex, InstanceData>,
    pub(crate) tags: PrimaryMap<StoreTagIndex, TagData>,
    pub(crate) exceptions: Exceptions,
    pub(super) pending_host_trap: Option<Trap>,
    pub(super) limiter: Option<Box<dyn ResourceLimiter>>,
    /// Where wasm running in the store called out to the host, innermost last: the
    /// starts of the frame walks that find its roots (`roots.rs`).
    pub(super) wasm_exits: Vec<super::vm::WasmExit>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
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
}

/// A host function's implementation. Shared (`Rc`) so a call can hold it while lending
/// the store, which owns it, to the function.
pub(crate) type HostCallback = Rc<dyn Fn(&mut Caller<'_>, &[Val]) -> Result<Vec<Val>, Trap>>;

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

/// The context a host function created with [`Func::new_host_with_caller`] runs in.
///
/// [`Func::new_host_with_caller`]: super::Func::new_host_with_caller
pub struct Caller<'a> {
    pub(super) store: &'a mut Store,
    pub(super) instance: Option<Instance>,
}
