//! The `api` oracle: runs an [`ApiCalls`] sequence against the embedding API.
//!
//! Any panic, abort or crash is a finding, except the panics the sequence asks for on
//! purpose ([`DeliberatePanic`], from host functions and resource limiters), which the
//! runtime must turn into traps inside wasm and which reach the embedder unchanged
//! outside it. Beyond not crashing, the oracle checks what the API promises:
//!
//! * a handle (or a function reference in a value) used with a store it does not belong
//!   to is a `StoreMismatch` error, and a handle of its own store never is;
//! * a module of another engine is refused with `EngineMismatch`, and an import of
//!   another store with `InstantiationError::StoreMismatch`;
//! * no memory or table of a store with limits grows past them.

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::rc::Rc;
use std::sync::Once;

use lightbeam::{
    Caller, Config, Engine, Extern, ExternType, Func, FuncType, Global, GlobalType, HeapType,
    IndexType, Instance, InstantiationError, Limits, Linker, Memory, MemoryType, Module,
    ObjectError, ResourceLimiter, Store, StoreLimits, StoreLimitsBuilder, Table, TableType, Tag,
    Trap, Val, ValType,
};

use crate::generators::api_calls::{
    ApiCall, ApiCalls, HandleSpec, HostBehavior, LimitsSpec, ModuleSource, SigSpec, ValKind,
    ValueSpec, FIXED_MODULES, HOST_SIGNATURES,
};

const PAGE: usize = 65_536;

/// Host calls nested deeper than this (host → wasm → host ...) return instead of
/// calling on, so a host function calling itself cannot recurse without end in Rust.
const MAX_HOST_DEPTH: u32 = 4;

/// The message of a store mismatch reported as a trap.
const MISMATCH_TRAP: &str = "function used with a store it does not belong to";

/// The payload of the panics a sequence asks for on purpose.
#[derive(Debug)]
pub struct DeliberatePanic;

thread_local! {
    /// Nesting of host functions now running.
    static HOST_DEPTH: Cell<u32> = const { Cell::new(0) };
}

/// Installs, once, a panic hook that stays quiet for [`DeliberatePanic`] and hands every
/// other panic to the hook it replaces (libFuzzer's, which reports and aborts).
fn quiet_deliberate_panics() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if info.payload().downcast_ref::<DeliberatePanic>().is_none() {
                previous(info);
            }
        }));
    });
}

/// Runs `f`; a [`DeliberatePanic`] is `None`, any other panic goes on unwinding.
fn unless_deliberate<T>(f: impl FnOnce() -> T) -> Option<T> {
    match panic::catch_unwind(AssertUnwindSafe(f)) {
        Ok(value) => Some(value),
        Err(payload) if payload.is::<DeliberatePanic>() => None,
        Err(payload) => panic::resume_unwind(payload),
    }
}

/// Reports a broken promise of the API.
fn finding(what: std::fmt::Arguments<'_>) -> ! {
    panic!("api: {what}")
}

/// A handle with the index of the store it belongs to.
#[derive(Clone, Copy, Debug)]
struct Owned<T> {
    store: usize,
    handle: T,
}

/// Functions by pool index, shared with host functions (which resolve references and
/// call back through them).
type FuncPool = Rc<RefCell<Vec<Owned<Func>>>>;

/// A store, its engine and its limits.
struct StoreEntry {
    store: Store,
    engine: usize,
    limits: Option<LimitsSpec>,
}

/// What a sequence exercised, so the smoke test can tell the oracle tests something.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ApiStats {
    /// Successful instantiations.
    pub instances: usize,
    /// `Func::call`s that returned.
    pub returned: usize,
    /// `Func::call`s that trapped.
    pub trapped: usize,
    /// Store mismatches reported (and expected).
    pub mismatches: usize,
    /// Modules refused for their engine.
    pub engine_mismatches: usize,
    /// Deliberate panics that reached the embedder.
    pub deliberate_panics: usize,
}

impl std::ops::AddAssign for ApiStats {
    fn add_assign(&mut self, other: ApiStats) {
        self.instances += other.instances;
        self.returned += other.returned;
        self.trapped += other.trapped;
        self.mismatches += other.mismatches;
        self.engine_mismatches += other.engine_mismatches;
        self.deliberate_panics += other.deliberate_panics;
    }
}

thread_local! {
    /// Store mismatches seen by [`expect_mismatch`] in this thread.
    static MISMATCHES: Cell<usize> = const { Cell::new(0) };
}

/// Everything a sequence has created so far.
#[derive(Default)]
struct World {
    stats: ApiStats,
    engines: Vec<Engine>,
    stores: Vec<StoreEntry>,
    modules: Vec<(usize, Module)>,
    linkers: Vec<Linker>,
    funcs: FuncPool,
    memories: Vec<Owned<Memory>>,
    tables: Vec<Owned<Table>>,
    globals: Vec<Owned<Global>>,
    instances: Vec<Owned<Instance>>,
}

/// Picks `pool[index % len]`, or `None` from an empty pool.
fn pick<T: Copy>(pool: &[T], index: u8) -> Option<T> {
    (!pool.is_empty()).then(|| pool[index as usize % pool.len()])
}

/// Picks an index into a pool of `len` items.
fn pick_index(len: usize, index: u8) -> Option<usize> {
    (len > 0).then(|| index as usize % len)
}

fn val_type(kind: ValKind) -> ValType {
    match kind {
        ValKind::I32 => ValType::I32,
        ValKind::I64 => ValType::I64,
        ValKind::F32 => ValType::F32,
        ValKind::F64 => ValType::F64,
        ValKind::V128 => ValType::V128,
        ValKind::FuncRef => ValType::FUNCREF,
        ValKind::ExternRef => ValType::EXTERNREF,
    }
}

fn func_type(sig: &SigSpec) -> FuncType {
    match sig {
        SigSpec::Known(index) => {
            let (params, results) = HOST_SIGNATURES[*index as usize % HOST_SIGNATURES.len()];
            FuncType::new(
                params.iter().map(|k| val_type(*k)),
                results.iter().map(|k| val_type(*k)),
            )
        }
        SigSpec::Other(params, results) => FuncType::new(
            params.iter().take(6).map(|k| val_type(*k)),
            results.iter().take(6).map(|k| val_type(*k)),
        ),
        SigSpec::Huge => FuncType::new(vec![ValType::I64; 1001], [ValType::I32]),
    }
}

/// The value `spec` names, and the store of the function it refers to, if any.
fn value(funcs: &[Owned<Func>], spec: ValueSpec) -> (Val, Option<usize>) {
    match spec {
        ValueSpec::I32(v) => (Val::I32(v), None),
        ValueSpec::I64(v) => (Val::I64(v), None),
        ValueSpec::F32(v) => (Val::F32(v), None),
        ValueSpec::F64(v) => (Val::F64(v), None),
        ValueSpec::V128(v) => (Val::V128(v), None),
        ValueSpec::ExternRef(v) => (Val::ExternRef(v), None),
        ValueSpec::FuncRef(index) => match index.and_then(|index| pick(funcs, index)) {
            Some(func) => (Val::FuncRef(Some(func.handle)), Some(func.store)),
            None => (Val::FuncRef(None), None),
        },
    }
}

/// `spec` made to be of type `ty` when it is not (numbers become zero, references
/// null), so that calls get through the type check often.
fn fit(funcs: &[Owned<Func>], spec: Option<ValueSpec>, ty: ValType) -> (Val, Option<usize>) {
    let candidate = spec.map(|spec| value(funcs, spec));
    match candidate {
        Some((val, store)) if val.ty() == ty => (val, store),
        _ => (default_val(ty), None),
    }
}

/// The zero or null of `ty`. A non-nullable reference type (which the modules this
/// fuzzer generates do not declare) has none: it gets the null of its hierarchy,
/// which the API then refuses.
fn default_val(ty: ValType) -> Val {
    Val::default_for(ty).unwrap_or_else(|| {
        Val::null_of(
            ty.as_ref()
                .map_or(HeapType::Func, |reference| reference.heap_type),
        )
    })
}

/// A limiter that refuses like [`StoreLimits`] but, if asked, by panicking.
struct FuzzLimiter {
    limits: StoreLimits,
    panics: bool,
}

impl FuzzLimiter {
    fn verdict(&self, allowed: bool) -> bool {
        if !allowed && self.panics {
            panic::panic_any(DeliberatePanic);
        }
        allowed
    }
}

impl ResourceLimiter for FuzzLimiter {
    fn memory_growing(&mut self, current: usize, desired: usize, maximum: Option<usize>) -> bool {
        let allowed = self.limits.memory_growing(current, desired, maximum);
        self.verdict(allowed)
    }

    fn memory_grow_failed(&mut self, current: usize, desired: usize) {
        self.limits.memory_grow_failed(current, desired);
    }

    fn table_growing(&mut self, current: usize, desired: usize, maximum: Option<usize>) -> bool {
        let allowed = self.limits.table_growing(current, desired, maximum);
        self.verdict(allowed)
    }

    fn table_grow_failed(&mut self, current: usize, desired: usize) {
        self.limits.table_grow_failed(current, desired);
    }

    fn instances(&self) -> usize {
        self.limits.instances()
    }

    fn tables(&self) -> usize {
        self.limits.tables()
    }

    fn memories(&self) -> usize {
        self.limits.memories()
    }
}

fn limiter(spec: &LimitsSpec) -> FuzzLimiter {
    let mut builder = StoreLimitsBuilder::new();
    if let Some(pages) = spec.memory_pages {
        builder = builder.memory_size(pages as usize * PAGE);
    }
    if let Some(elements) = spec.table_elements {
        builder = builder.table_elements(elements as usize);
    }
    if let Some(pages) = spec.total_memory_pages {
        builder = builder.total_memory_size(pages as usize * PAGE);
    }
    if let Some(elements) = spec.total_table_elements {
        builder = builder.total_table_elements(elements as usize);
    }
    if let Some((instances, memories, tables)) = spec.counts {
        builder = builder
            .instances(instances as usize)
            .memories(memories as usize)
            .tables(tables as usize);
    }
    FuzzLimiter {
        limits: builder.build(),
        panics: spec.panics,
    }
}

/// A host function of type `ty` doing `behavior`.
fn host_func(store: &mut Store, ty: FuncType, behavior: HostBehavior, funcs: &FuncPool) -> Func {
    let funcs = Rc::clone(funcs);
    let results = ty.results.clone();
    Func::new_host_with_caller(store, ty, move |caller, _args| {
        let depth = HOST_DEPTH.with(Cell::get);
        if depth >= MAX_HOST_DEPTH {
            return Err(Trap::host("host calls nested too deep"));
        }
        let _nested = Nested::enter(depth);
        run_host(caller, &behavior, &funcs, &results)
    })
}

/// One level of [`HOST_DEPTH`], left when dropped (also by a deliberate panic).
struct Nested(u32);

impl Nested {
    fn enter(depth: u32) -> Nested {
        HOST_DEPTH.with(|d| d.set(depth + 1));
        Nested(depth)
    }
}

impl Drop for Nested {
    fn drop(&mut self) {
        HOST_DEPTH.with(|d| d.set(self.0));
    }
}

fn run_host(
    caller: &mut Caller<'_>,
    behavior: &HostBehavior,
    funcs: &FuncPool,
    results: &[ValType],
) -> Result<Vec<Val>, Trap> {
    let defaults = || results.iter().map(|ty| default_val(*ty)).collect();
    match behavior {
        HostBehavior::Defaults => Ok(defaults()),
        HostBehavior::Values(specs) => {
            let funcs = funcs.borrow();
            Ok(specs.iter().take(8).map(|s| value(&funcs, *s).0).collect())
        }
        HostBehavior::Trap => Err(Trap::host("deliberate trap")),
        HostBehavior::Panic => panic::panic_any(DeliberatePanic),
        HostBehavior::CallBack { func, args } => {
            let target = pick(&funcs.borrow(), *func);
            if let Some(target) = target {
                let args: Vec<Val> = {
                    let funcs = funcs.borrow();
                    args.iter().take(8).map(|s| value(&funcs, *s).0).collect()
                };
                // Any outcome will do; the point is re-entering the store.
                let _ = target.handle.call(caller.store(), &args);
            }
            Ok(defaults())
        }
        HostBehavior::UseCallerMemory { offset, pages } => {
            let mut word = [0u8; 4];
            if caller.read(*offset, &mut word).is_ok() {
                caller.write(*offset, &[1, 2, 3, 4])?;
            }
            if let Some(memory) = caller.memory() {
                let _ = memory.grow(caller.store(), u32::from(*pages % 4));
            }
            Ok(defaults())
        }
    }
}

impl World {
    fn store_index(&self, index: u8) -> Option<usize> {
        pick_index(self.stores.len(), index)
    }

    /// The store `item` belongs to, by searching the pools.
    fn owner(&self, item: Extern) -> Option<usize> {
        match item {
            Extern::Func(f) => self
                .funcs
                .borrow()
                .iter()
                .find(|o| o.handle == f)
                .map(|o| o.store),
            Extern::Memory(m) => self
                .memories
                .iter()
                .find(|o| o.handle == m)
                .map(|o| o.store),
            Extern::Table(t) => self.tables.iter().find(|o| o.handle == t).map(|o| o.store),
            Extern::Global(g) => self.globals.iter().find(|o| o.handle == g).map(|o| o.store),
            // Tags are kept in no pool: nothing in the API calls takes one.
            Extern::Tag(_) => None,
        }
    }

    /// Adds `item` of store `store` to its pool (once).
    fn adopt(&mut self, store: usize, item: Extern) {
        if self.owner(item).is_some() {
            return;
        }
        match item {
            Extern::Func(handle) => self.funcs.borrow_mut().push(Owned { store, handle }),
            Extern::Memory(handle) => self.memories.push(Owned { store, handle }),
            Extern::Table(handle) => self.tables.push(Owned { store, handle }),
            Extern::Global(handle) => self.globals.push(Owned { store, handle }),
            Extern::Tag(_) => {}
        }
    }

    fn apply(&mut self, call: &ApiCall) {
        match call {
            ApiCall::EngineNew { parallel } => {
                if self.engines.len() < 4 {
                    let config = Config {
                        parallel_compilation: *parallel,
                        ..Config::default()
                    };
                    self.engines.push(Engine::new(config));
                }
            }
            ApiCall::StoreNew { engine, limits } => self.store_new(*engine, limits),
            ApiCall::ModuleNew { engine, source } => self.module_new(*engine, source),
            ApiCall::LinkerNew => self.linkers.push(Linker::new()),
            ApiCall::HostFuncNew {
                store,
                sig,
                behavior,
            } => {
                let Some(s) = self.store_index(*store) else {
                    return;
                };
                let handle = host_func(
                    &mut self.stores[s].store,
                    func_type(sig),
                    behavior.clone(),
                    &self.funcs,
                );
                self.funcs.borrow_mut().push(Owned { store: s, handle });
            }
            ApiCall::MemoryNew { store, min, max } => self.memory_new(*store, *min, *max),
            ApiCall::TableNew {
                store,
                min,
                max,
                init,
            } => self.table_new(*store, *min, *max, *init),
            ApiCall::GlobalNew {
                store,
                content,
                mutable,
                value,
            } => self.global_new(*store, *content, *mutable, *value),
            ApiCall::Define {
                linker,
                module,
                name,
                item,
            } => self.define(*linker, *module, *name, *item),
            ApiCall::DefineImports {
                linker,
                store,
                module,
                behavior,
            } => self.define_imports(*linker, *store, *module, behavior),
            ApiCall::DefineInstance {
                linker,
                store,
                instance,
            } => self.define_instance(*linker, *store, *instance),
            ApiCall::Instantiate {
                linker,
                store,
                module,
            } => self.instantiate(*linker, *store, *module),
            ApiCall::Call {
                store,
                func,
                args,
                fit,
            } => self.call(*store, *func, args, *fit),
            ApiCall::MemoryOp {
                store,
                memory,
                grow,
                offset,
                len,
            } => self.memory_op(*store, *memory, *grow, *offset, *len),
            ApiCall::TableOp {
                store,
                table,
                grow,
                index,
                value,
            } => self.table_op(*store, *table, *grow, *index, *value),
            ApiCall::GlobalOp {
                store,
                global,
                value,
            } => self.global_op(*store, *global, *value),
            ApiCall::InstanceOp { store, instance } => self.instance_op(*store, *instance),
            ApiCall::Interrupt { store } => {
                if let Some(s) = self.store_index(*store) {
                    self.stores[s].store.interrupt_handle().interrupt();
                }
            }
        }
    }

    fn store_new(&mut self, engine: u8, limits: &Option<LimitsSpec>) {
        let Some(e) = pick_index(self.engines.len(), engine) else {
            return;
        };
        if self.stores.len() >= 6 {
            return;
        }
        let mut store = Store::new(&self.engines[e]);
        if let Some(spec) = limits {
            store.limiter(limiter(spec));
        }
        self.stores.push(StoreEntry {
            store,
            engine: e,
            limits: limits.clone(),
        });
    }

    fn module_new(&mut self, engine: u8, source: &ModuleSource) {
        let Some(e) = pick_index(self.engines.len(), engine) else {
            return;
        };
        let compiled = match source {
            ModuleSource::Fixed(index) => {
                let text = FIXED_MODULES[*index as usize % FIXED_MODULES.len()];
                match Module::new(&self.engines[e], text) {
                    Ok(module) => module,
                    Err(error) => finding(format_args!("fixed module {index}: {error}")),
                }
            }
            // wasm-smith modules are valid Wasm 2.0; the compile target checks the rest.
            ModuleSource::Smith(wasm) => match Module::new(&self.engines[e], wasm) {
                Ok(module) => module,
                Err(_) => return,
            },
        };
        self.modules.push((e, compiled));
    }

    fn memory_new(&mut self, store: u8, min: u8, max: Option<u8>) {
        let Some(s) = self.store_index(store) else {
            return;
        };
        let ty = MemoryType {
            limits: Limits {
                min: u64::from(min % 8),
                max: max.map(|max| u64::from(max % 16)),
            },
            index_type: IndexType::I32,
            page_size_log2: 16,
            shared: false,
        };
        if let Some(Ok(handle)) = unless_deliberate(|| Memory::new(&mut self.stores[s].store, ty)) {
            self.memories.push(Owned { store: s, handle });
        }
    }

    fn table_new(&mut self, store: u8, min: u16, max: Option<u16>, init: ValueSpec) {
        let Some(s) = self.store_index(store) else {
            return;
        };
        let ty = TableType {
            element: ValType::FUNCREF,
            limits: Limits {
                min: u64::from(min % 1024),
                max: max.map(u64::from),
            },
            index_type: IndexType::I32,
        };
        let (init, owner) = value(&self.funcs.borrow(), init);
        let foreign = owner.is_some_and(|owner| owner != s);
        let result = unless_deliberate(|| Table::new(&mut self.stores[s].store, ty, init));
        if let Some(result) = &result {
            expect_object_mismatch(foreign, result.as_ref().err(), "Table::new init");
        }
        if let Some(Ok(handle)) = result {
            self.tables.push(Owned { store: s, handle });
        }
    }

    fn global_new(&mut self, store: u8, content: ValKind, mutable: bool, spec: ValueSpec) {
        let Some(s) = self.store_index(store) else {
            return;
        };
        let ty = GlobalType {
            content: val_type(content),
            mutable,
        };
        let (val, owner) = value(&self.funcs.borrow(), spec);
        let foreign = owner.is_some_and(|owner| owner != s);
        let mistyped = val.ty() != ty.content;
        let result = Global::new(&mut self.stores[s].store, ty, val);
        if foreign && mistyped {
            // Wrong on two counts: a type error and a store mismatch are both right.
            expect_rejected(result.as_ref().err(), "Global::new foreign mistyped value");
        } else {
            expect_object_mismatch(foreign, result.as_ref().err(), "Global::new value");
        }
        if let Ok(handle) = result {
            self.globals.push(Owned { store: s, handle });
        }
    }

    fn define(&mut self, linker: u8, module: u8, name: u8, item: HandleSpec) {
        let Some(l) = pick_index(self.linkers.len(), linker) else {
            return;
        };
        let item = match item {
            HandleSpec::Func(i) => pick(&self.funcs.borrow(), i).map(|o| Extern::Func(o.handle)),
            HandleSpec::Memory(i) => pick(&self.memories, i).map(|o| Extern::Memory(o.handle)),
            HandleSpec::Table(i) => pick(&self.tables, i).map(|o| Extern::Table(o.handle)),
            HandleSpec::Global(i) => pick(&self.globals, i).map(|o| Extern::Global(o.handle)),
        };
        let Some(item) = item else {
            return;
        };
        let module = ["host", "other", "env"][module as usize % 3];
        let names = ["f0", "f1", "f2", "f3", "f4", "memory", "table", "global"];
        let name = names[name as usize % names.len()];
        self.linkers[l].define(module, name, item);
    }

    fn define_imports(&mut self, linker: u8, store: u8, module: u8, behavior: &HostBehavior) {
        let (Some(l), Some(s), Some(m)) = (
            pick_index(self.linkers.len(), linker),
            self.store_index(store),
            pick_index(self.modules.len(), module),
        ) else {
            return;
        };
        let imports = self.modules[m].1.imports();
        for (module_name, name, ty) in imports {
            let store = &mut self.stores[s].store;
            let item = match ty {
                ExternType::Func(ty) => Some(Extern::Func(host_func(
                    store,
                    ty,
                    behavior.clone(),
                    &self.funcs,
                ))),
                ExternType::Memory(ty) => unless_deliberate(|| Memory::new(store, ty))
                    .and_then(Result::ok)
                    .map(Extern::Memory),
                ExternType::Table(ty) => {
                    let null = default_val(ty.element);
                    unless_deliberate(|| Table::new(store, ty, null))
                        .and_then(Result::ok)
                        .map(Extern::Table)
                }
                ExternType::Global(ty) => {
                    let zero = default_val(ty.content);
                    match Global::new(store, ty, zero) {
                        Ok(global) => Some(Extern::Global(global)),
                        Err(error) => finding(format_args!("Global::new({ty:?}): {error}")),
                    }
                }
                ExternType::Tag(ty) => match Tag::new(store, ty.clone()) {
                    Ok(tag) => Some(Extern::Tag(tag)),
                    Err(error) => finding(format_args!("Tag::new({ty:?}): {error}")),
                },
            };
            if let Some(item) = item {
                self.adopt(s, item);
                self.linkers[l].define(&module_name, &name, item);
            }
        }
    }

    fn define_instance(&mut self, linker: u8, store: u8, instance: u8) {
        let (Some(l), Some(s), Some(instance)) = (
            pick_index(self.linkers.len(), linker),
            self.store_index(store),
            pick(&self.instances, instance),
        ) else {
            return;
        };
        let result =
            self.linkers[l].define_instance(&self.stores[s].store, "other", instance.handle);
        expect_mismatch(instance.store != s, result.is_err(), "define_instance");
    }

    fn instantiate(&mut self, linker: u8, store: u8, module: u8) {
        let (Some(l), Some(s), Some(m)) = (
            pick_index(self.linkers.len(), linker),
            self.store_index(store),
            pick_index(self.modules.len(), module),
        ) else {
            return;
        };
        let (engine, module) = self.modules[m].clone();
        let wrong_engine = engine != self.stores[s].engine;
        // The first import that is missing or of another store decides the error.
        let first_problem = module.imports().into_iter().find_map(|(module, name, _)| {
            match self.linkers[l].get(&module, &name) {
                None => Some(false),
                Some(item) => (self.owner(item) != Some(s)).then_some(true),
            }
        });
        let foreign_import = first_problem == Some(true);
        let linker = &self.linkers[l];
        let Some(result) =
            unless_deliberate(|| linker.instantiate(&mut self.stores[s].store, &module))
        else {
            self.stats.deliberate_panics += 1;
            return;
        };
        match &result {
            Err(InstantiationError::EngineMismatch) if wrong_engine => {
                self.stats.engine_mismatches += 1;
            }
            _ if wrong_engine => finding(format_args!(
                "a module of another engine was not refused: {:?}",
                result.as_ref().err()
            )),
            Err(InstantiationError::EngineMismatch) => finding(format_args!(
                "EngineMismatch for a module of the store's engine"
            )),
            Err(InstantiationError::StoreMismatch { .. }) if foreign_import => {}
            _ if foreign_import => finding(format_args!(
                "an import of another store was not refused: {:?}",
                result.as_ref().err()
            )),
            Err(InstantiationError::StoreMismatch { module, name, .. }) => finding(format_args!(
                "import {module}::{name} reported as foreign but belongs to the store"
            )),
            _ => {}
        }
        if let Ok(handle) = result {
            self.stats.instances += 1;
            self.instances.push(Owned { store: s, handle });
            self.adopt_exports(s, handle);
        }
    }

    fn adopt_exports(&mut self, s: usize, instance: Instance) {
        let exports = match instance.exports(&self.stores[s].store) {
            Ok(exports) => exports,
            Err(error) => finding(format_args!("exports of its own instance: {error}")),
        };
        for (_, item) in exports {
            self.adopt(s, item);
        }
    }

    fn call(&mut self, store: u8, func: u8, args: &[ValueSpec], fit_args: bool) {
        let (Some(s), Some(func)) = (self.store_index(store), pick(&self.funcs.borrow(), func))
        else {
            return;
        };
        let foreign_func = func.store != s;
        // The type from the function's own store, to fit the arguments.
        let ty = func
            .handle
            .ty(&self.stores[func.store].store)
            .unwrap_or_else(|error| finding(format_args!("Func::ty in its own store: {error}")));
        let (args, owners): (Vec<Val>, Vec<Option<usize>>) = {
            let funcs = self.funcs.borrow();
            if fit_args {
                ty.params
                    .iter()
                    .enumerate()
                    .map(|(i, ty)| fit(&funcs, args.get(i).copied(), *ty))
                    .unzip()
            } else {
                args.iter().take(8).map(|a| value(&funcs, *a)).unzip()
            }
        };
        let typed = args.len() == ty.params.len()
            && args.iter().zip(ty.params.iter()).all(|(a, t)| a.ty() == *t);
        let foreign_arg = owners.iter().any(|o| o.is_some_and(|o| o != s));
        let Some(result) = unless_deliberate(|| func.handle.call(&mut self.stores[s].store, &args))
        else {
            self.stats.deliberate_panics += 1;
            return;
        };
        let mismatch = result
            .as_ref()
            .is_err_and(|trap| trap.message == MISMATCH_TRAP);
        match &result {
            Ok(_) => self.stats.returned += 1,
            Err(_) => self.stats.trapped += 1,
        }
        if (foreign_func || (typed && foreign_arg)) && !mismatch {
            finding(format_args!(
                "a call with a function of another store gave {result:?}"
            ));
        }
    }

    fn memory_op(&mut self, store: u8, memory: u8, grow: u8, offset: u32, len: u16) {
        let (Some(s), Some(memory)) = (self.store_index(store), pick(&self.memories, memory))
        else {
            return;
        };
        let foreign = memory.store != s;
        let entry = &mut self.stores[s];
        let handle = memory.handle;
        expect_mismatch(foreign, handle.size(&entry.store).is_err(), "Memory::size");
        expect_mismatch(foreign, handle.ty(&entry.store).is_err(), "Memory::ty");
        expect_mismatch(
            foreign,
            handle.data_bytes(&entry.store).is_err(),
            "data_bytes",
        );
        if let Some(grown) =
            unless_deliberate(|| handle.grow(&mut entry.store, u32::from(grow % 8)))
        {
            expect_mismatch(foreign, grown.is_err(), "Memory::grow");
        }
        let bytes = vec![0xa5; len as usize];
        let written = handle.write(&mut entry.store, offset as usize % (2 * PAGE), &bytes);
        expect_object_mismatch(foreign, written.as_ref().err(), "Memory::write");
        let mut buffer = vec![0; len as usize];
        let read = handle.read(&entry.store, offset as usize, &mut buffer);
        expect_object_mismatch(foreign, read.as_ref().err(), "Memory::read");
        self.check_memory_limits(memory.store);
    }

    fn table_op(&mut self, store: u8, table: u8, grow: u16, index: u32, spec: ValueSpec) {
        let (Some(s), Some(table)) = (self.store_index(store), pick(&self.tables, table)) else {
            return;
        };
        let foreign = table.store != s;
        let (val, owner) = value(&self.funcs.borrow(), spec);
        let entry = &mut self.stores[s];
        let handle = table.handle;
        expect_mismatch(foreign, handle.size(&entry.store).is_err(), "Table::size");
        expect_mismatch(foreign, handle.ty(&entry.store).is_err(), "Table::ty");
        let got = handle.get(&entry.store, index % 16);
        expect_mismatch(foreign, got.is_err(), "Table::get");
        // The value's own store matters only once it has the element type.
        let element = handle
            .ty(&self.stores[table.store].store)
            .map(|ty| ty.element);
        let element = element.unwrap_or_else(|e| finding(format_args!("own table: {e}")));
        let verdict = Verdict {
            handle_foreign: foreign,
            value_foreign: owner.is_some_and(|o| o != s),
            fits: self.fits(&val, owner.unwrap_or(s), element),
        };
        let entry = &mut self.stores[s];
        let set = handle.set(&mut entry.store, index % 16, val);
        verdict.check(set.as_ref().err(), "Table::set");
        if let Some(grown) =
            unless_deliberate(|| handle.grow(&mut entry.store, u32::from(grow), val))
        {
            verdict.check(grown.as_ref().err(), "Table::grow");
        }
        self.check_table_limits(table.store);
    }

    fn global_op(&mut self, store: u8, global: u8, spec: ValueSpec) {
        let (Some(s), Some(global)) = (self.store_index(store), pick(&self.globals, global)) else {
            return;
        };
        let foreign = global.store != s;
        let (val, owner) = value(&self.funcs.borrow(), spec);
        let handle = global.handle;
        let own_type = handle.ty(&self.stores[global.store].store);
        let own_type = own_type.unwrap_or_else(|e| finding(format_args!("own global: {e}")));
        let verdict = Verdict {
            handle_foreign: foreign,
            value_foreign: owner.is_some_and(|o| o != s),
            fits: own_type.mutable && self.fits(&val, owner.unwrap_or(s), own_type.content),
        };
        let store = &mut self.stores[s].store;
        expect_mismatch(foreign, handle.ty(store).is_err(), "Global::ty");
        expect_mismatch(foreign, handle.get(store).is_err(), "Global::get");
        let result = handle.set(store, val);
        verdict.check(result.as_ref().err(), "Global::set");
    }

    /// Whether `val`, judged in its own store `owner`, is a value of `ty`.
    fn fits(&self, val: &Val, owner: usize, ty: ValType) -> bool {
        val.matches_ty(&self.stores[owner].store, ty)
            .unwrap_or_else(|e| finding(format_args!("value in its own store: {e}")))
    }

    fn instance_op(&mut self, store: u8, instance: u8) {
        let (Some(s), Some(instance)) = (self.store_index(store), pick(&self.instances, instance))
        else {
            return;
        };
        let foreign = instance.store != s;
        let store = &self.stores[s].store;
        let handle = instance.handle;
        expect_mismatch(foreign, handle.exports(store).is_err(), "Instance::exports");
        expect_mismatch(
            foreign,
            handle.get_export(store, "table").is_err(),
            "get_export",
        );
        expect_mismatch(foreign, handle.memory_at(store, 0).is_err(), "memory_at");
        expect_mismatch(foreign, handle.module(store).is_err(), "Instance::module");
        if !foreign {
            self.adopt_exports(s, handle);
        }
    }

    /// No memory of store `s` is past its limits.
    fn check_memory_limits(&self, s: usize) {
        let entry = &self.stores[s];
        let Some(limits) = &entry.limits else {
            return;
        };
        let sizes: Vec<usize> = self
            .memories
            .iter()
            .filter(|m| m.store == s)
            .filter_map(|m| m.handle.size(&entry.store).ok())
            .map(|pages| pages as usize)
            .collect();
        let max = limits.memory_pages.map(usize::from);
        let total = limits.total_memory_pages.map(usize::from);
        check_sizes(&sizes, max, total, ("memory", "memories", "pages"));
    }

    /// No table of store `s` is past its limits.
    fn check_table_limits(&self, s: usize) {
        let entry = &self.stores[s];
        let Some(limits) = &entry.limits else {
            return;
        };
        let sizes: Vec<usize> = self
            .tables
            .iter()
            .filter(|t| t.store == s)
            .filter_map(|t| t.handle.size(&entry.store).ok())
            .map(|size| size as usize)
            .collect();
        let max = limits.table_elements.map(usize::from);
        let total = limits.total_table_elements.map(usize::from);
        check_sizes(&sizes, max, total, ("table", "tables", "elements"));
    }
}

/// Reports a finding if one of `sizes` is above `max` or their sum above `total`;
/// `(one, many, unit)` name the objects and their unit in the message.
fn check_sizes(
    sizes: &[usize],
    max: Option<usize>,
    total: Option<usize>,
    (one, many, unit): (&str, &str, &str),
) {
    if let Some(max) = max {
        if let Some(size) = sizes.iter().find(|size| **size > max) {
            finding(format_args!("a {one} of {size} {unit}, limit {max}"));
        }
    }
    if let Some(total) = total {
        let sum: usize = sizes.iter().sum();
        if sum > total {
            finding(format_args!("{many} of {sum} {unit}, total limit {total}"));
        }
    }
}

/// Checks that an accessor failed exactly when its handle was foreign.
fn expect_mismatch(foreign: bool, failed: bool, what: &str) {
    if failed {
        MISMATCHES.with(|count| count.set(count.get() + 1));
    }
    if foreign != failed {
        finding(format_args!(
            "{what}: foreign handle {foreign}, store mismatch reported {failed}"
        ));
    }
}

/// Checks that an object operation failed, for a reason given two ways (`error`
/// must be there); a store mismatch among them is counted.
fn expect_rejected(error: Option<&ObjectError>, what: &str) {
    match error {
        None => finding(format_args!("{what}: accepted")),
        Some(ObjectError::StoreMismatch(_)) => MISMATCHES.with(|count| count.set(count.get() + 1)),
        Some(_) => {}
    }
}

/// What an operation that stores a value into an object must report.
struct Verdict {
    /// The object's handle belongs to another store.
    handle_foreign: bool,
    /// The value is a reference into another store.
    value_foreign: bool,
    /// The value (judged in its own store) may be stored there.
    fits: bool,
}

impl Verdict {
    /// A foreign handle, or a foreign value that otherwise fits, must be reported as a
    /// store mismatch. A foreign value that does not fit is wrong on two counts, and
    /// either error is right; anything else must not be called a store mismatch.
    fn check(&self, error: Option<&ObjectError>, what: &str) {
        if self.handle_foreign || (self.value_foreign && self.fits) {
            expect_object_mismatch(true, error, what);
        } else if self.value_foreign {
            expect_rejected(error, what);
        } else {
            expect_object_mismatch(false, error, what);
        }
    }
}

/// Checks that an object operation reported a store mismatch exactly when a handle or
/// value was foreign.
fn expect_object_mismatch(foreign: bool, error: Option<&ObjectError>, what: &str) {
    let mismatch = matches!(error, Some(ObjectError::StoreMismatch(_)));
    if mismatch {
        MISMATCHES.with(|count| count.set(count.get() + 1));
    }
    if foreign != mismatch {
        finding(format_args!("{what}: foreign {foreign}, error {error:?}"));
    }
}

/// Runs `calls`; panics on a finding. Returns what the sequence exercised.
pub fn run_api_calls(calls: &ApiCalls) -> ApiStats {
    quiet_deliberate_panics();
    MISMATCHES.with(|count| count.set(0));
    let mut world = World::default();
    for call in &calls.calls {
        // Deliberate panics from host functions and limiters reach the embedder when
        // the host called in directly; any other panic is a finding.
        if unless_deliberate(|| world.apply(call)).is_none() {
            world.stats.deliberate_panics += 1;
        }
    }
    world.stats.mismatches += MISMATCHES.with(Cell::get);
    world.stats
}
