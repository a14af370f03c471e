//! Creating a store: the one place the runtime's entry points (the host dispatcher and
//! the builtins) are wired into the per-store context generated code reads. It sits
//! above both the store and those entry points, which take the store themselves.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use lightbeam_entity::PrimaryMap;

use super::builtins::FUNCTIONS;
use super::host_call::host_dispatch;
use super::store::Store;
use super::vm::VMStoreContext;
use crate::engine::Engine;

static NEXT_STORE_ID: AtomicU64 = AtomicU64::new(1);

impl Store {
    /// An empty store for modules of `engine`.
    pub fn new(engine: &Engine) -> Self {
        Store {
            id: NEXT_STORE_ID.fetch_add(1, Ordering::Relaxed),
            engine: engine.clone(),
            context: Arc::new(VMStoreContext::new(host_dispatch, FUNCTIONS)),
            funcs: PrimaryMap::new(),
            memories: PrimaryMap::new(),
            tables: PrimaryMap::new(),
            globals: PrimaryMap::new(),
            instances: PrimaryMap::new(),
            tags: PrimaryMap::new(),
            exceptions: Default::default(),
            pending_host_trap: None,
            limiter: None,
            wasm_exits: Vec::new(),
        }
    }
}
