//! Resolving imports and creating instances.

use std::collections::HashMap;

use lightbeam_entity::{EntityRef, EntitySet, PrimaryMap};
use thiserror::Error;

use super::handles::{
    Extern, Func, Global, Instance, Memory, StoreFuncIndex, StoreGlobalIndex, StoreInstanceIndex,
    StoreMemoryIndex, StoreTableIndex, StoreTagIndex, Table, Tag,
};
use super::objects::{GlobalCell, InstanceData};
use super::store::Store;
use super::vm::ValRaw;
use crate::compiled_module::Module;
use crate::error::{EngineError, ObjectError, StoreMismatch};
use crate::module::reference;
use crate::module::{
    ConstExpr, ConstOp, DataMode, ElementMode, EntityIndex, ExternType, FuncIndex, GlobalIndex,
    ImportKind, IndexType, MemoryIndex, ModuleInfo, SharedTypeId, TableIndex, TagIndex,
};
use crate::trap::{Trap, TrapCode};
use crate::vmoffsets::{self, VMOffsets};

/// Why instantiation failed.
#[derive(Debug, Error)]
pub enum InstantiationError {
    /// An import is missing or has the wrong type (the message starts with the spec
    /// testsuite's wording: "unknown import" or "incompatible import type").
    #[error("{0}")]
    Unlinkable(String),
    /// Initialisation (segments or the start function) trapped.
    #[error("{0}")]
    Trap(Trap),
    /// The runtime could not allocate a memory or table.
    #[error("{0}")]
    Resource(String),
    /// The store's [`ResourceLimiter`](crate::ResourceLimiter), or a runtime cap, refused
    /// an instance, memory or table (a count or a minimum size over the limit).
    #[error("resource limit exceeded: {0}")]
    Limit(String),
    /// The module was compiled by another engine than the store's: its signature ids
    /// mean nothing there.
    #[error("module compiled by another engine than the store's")]
    EngineMismatch,
    /// The module's code needs an instruction-set extension this host lacks (AVX2
    /// encodings, see [`Engine::check_runnable`](crate::Engine::check_runnable)); it was
    /// compiled, but never runs here.
    #[error("this CPU lacks {0}, which the module's code requires")]
    MissingCpuFeature(&'static str),
    /// An import is defined by an item of another store.
    #[error("import `{module}::{name}` is a {what} of another store")]
    StoreMismatch {
        /// The import's module name.
        module: String,
        /// The import's name.
        name: String,
        /// The kind of item.
        what: &'static str,
    },
}

impl From<ObjectError> for InstantiationError {
    fn from(error: ObjectError) -> Self {
        match error {
            ObjectError::Limit(message) => InstantiationError::Limit(message),
            other => InstantiationError::Resource(other.to_string()),
        }
    }
}

/// Names of host-provided or previously instantiated items, for imports.
#[derive(Clone, Debug, Default)]
pub struct Linker {
    definitions: HashMap<(String, String), Extern>,
}

impl Linker {
    /// An empty linker.
    pub fn new() -> Self {
        Self::default()
    }

    /// Defines `module.name` as `item`, replacing an earlier definition.
    ///
    /// A linker belongs to no store: an item of a store other than the one
    /// [`instantiate`](Self::instantiate) is given fails that instantiation with
    /// [`InstantiationError::StoreMismatch`].
    pub fn define(&mut self, module: &str, name: &str, item: Extern) -> &mut Self {
        self.definitions
            .insert((module.to_string(), name.to_string()), item);
        self
    }

    /// Defines every export of `instance` (of `store`) under module name `module`.
    pub fn define_instance(
        &mut self,
        store: &Store,
        module: &str,
        instance: Instance,
    ) -> Result<&mut Self, StoreMismatch> {
        for (name, item) in instance.exports(store)? {
            self.define(module, &name, item);
        }
        Ok(self)
    }

    /// The definition of `module.name`, if any.
    pub fn get(&self, module: &str, name: &str) -> Option<Extern> {
        self.definitions
            .get(&(module.to_string(), name.to_string()))
            .copied()
    }

    /// Instantiates `module`: resolves and type-checks imports, creates its memories,
    /// tables and globals, applies segments and runs the start function.
    ///
    /// The module must come from the store's engine and every import from the store;
    /// the store's limits must allow one more instance and the module's memories and
    /// tables.
    pub fn instantiate(
        &self,
        store: &mut Store,
        module: &Module,
    ) -> Result<Instance, InstantiationError> {
        if !module.engine().same(store.engine()) {
            return Err(InstantiationError::EngineMismatch);
        }
        if let Err(EngineError::MissingCpuFeature(feature)) = module.engine().check_runnable() {
            return Err(InstantiationError::MissingCpuFeature(feature));
        }
        let imports = self.resolve_imports(store, module)?;
        instantiate(store, module, &imports)
    }

    /// Looks up every import, then checks their types. Definitions are found and their
    /// stores checked for all imports before any type is compared, so the first import
    /// that is missing or of another store decides the error whatever the types of the
    /// imports before it.
    fn resolve_imports(
        &self,
        store: &Store,
        module: &Module,
    ) -> Result<Vec<Extern>, InstantiationError> {
        let info = module.info();
        let items = info
            .imports
            .iter()
            .map(|import| {
                let item = self.get(&import.module, &import.name).ok_or_else(|| {
                    InstantiationError::Unlinkable(format!(
                        "unknown import: `{}::{}` has not been defined",
                        import.module, import.name
                    ))
                })?;
                if store.check(item.store_id(), item.kind_name()).is_err() {
                    return Err(InstantiationError::StoreMismatch {
                        module: import.module.clone(),
                        name: import.name.clone(),
                        what: item.kind_name(),
                    });
                }
                Ok(item)
            })
            .collect::<Result<Vec<_>, _>>()?;
        for (import, item) in info.imports.iter().zip(&items) {
            let expected = info.import_type(import);
            let matches = match (&import.kind, item) {
                // A function of a subtype of the declared type will do.
                (ImportKind::Func(ty), Extern::Func(func)) => {
                    let actual =
                        SharedTypeId::from_u32(store.funcs[func.index].func_ref.type_id as u32);
                    store.engine.is_subtype(actual, info.type_ids[*ty].id)
                }
                // A tag must have the same type: exceptions flow both ways.
                (ImportKind::Tag(ty), Extern::Tag(tag)) => {
                    store.tags[tag.index].type_id == info.type_ids[*ty].id
                }
                _ => extern_matches(store, *item, &expected),
            };
            if !matches {
                return Err(InstantiationError::Unlinkable(format!(
                    "incompatible import type for `{}::{}`: expected {}",
                    import.module,
                    import.name,
                    expected.kind_name()
                )));
            }
        }
        Ok(items)
    }
}

/// Whether `item` (of `store`) can satisfy an import of type `expected`.
fn extern_matches(store: &Store, item: Extern, expected: &ExternType) -> bool {
    match (item, expected) {
        (Extern::Func(func), ExternType::Func(ty)) => func.ty(store).is_ok_and(|f| f == *ty),
        (Extern::Global(global), ExternType::Global(ty)) => global
            .ty(store)
            .is_ok_and(|actual| actual.matches(ty, &store.engine)),
        (Extern::Memory(memory), ExternType::Memory(ty)) => {
            memory.ty(store).is_ok_and(|actual| actual.matches(ty))
        }
        (Extern::Table(table), ExternType::Table(ty)) => {
            table.ty(store).is_ok_and(|actual| actual.matches(ty))
        }
        (Extern::Tag(tag), ExternType::Tag(ty)) => tag.ty(store).is_ok_and(|t| t == *ty),
        _ => false,
    }
}

/// Store indices of everything an instance refers to, imports first.
#[derive(Default)]
struct Resolved {
    funcs: PrimaryMap<FuncIndex, StoreFuncIndex>,
    tables: PrimaryMap<TableIndex, StoreTableIndex>,
    memories: PrimaryMap<MemoryIndex, StoreMemoryIndex>,
    globals: PrimaryMap<GlobalIndex, StoreGlobalIndex>,
    tags: PrimaryMap<TagIndex, StoreTagIndex>,
}

fn instantiate(
    store: &mut Store,
    module: &Module,
    imports: &[Extern],
) -> Result<Instance, InstantiationError> {
    let info = module.info();
    let offsets = &module.inner.offsets;
    let defined_memories = info.memories.len() - info.imported_memories as usize;
    let defined_tables = info.tables.len() - info.imported_tables as usize;
    store.check_counts(1, defined_memories, defined_tables)?;
    let mut resolved = Resolved::default();
    for item in imports {
        match item {
            Extern::Func(func) => {
                resolved.funcs.push(func.index);
            }
            Extern::Table(table) => {
                resolved.tables.push(table.index);
            }
            Extern::Memory(memory) => {
                resolved.memories.push(memory.index);
            }
            Extern::Global(global) => {
                resolved.globals.push(global.index);
            }
            Extern::Tag(tag) => {
                resolved.tags.push(tag.index);
            }
        }
    }
    let instance_index = store.instances.next_key();
    let mut vmctx = vec![0u64; offsets.size_in_words()].into_boxed_slice();
    let vmctx_ptr = vmctx.as_mut_ptr() as *mut u8;
    for index in info.imported_funcs as usize..info.functions.len() {
        let func = store.push_wasm_func(module, FuncIndex::new(index), vmctx_ptr);
        resolved.funcs.push(func.index);
    }
    for ty in info.tags.values().skip(info.imported_tags as usize) {
        let index = store.tags.push(super::objects::TagData {
            ty: info.signature(*ty).clone(),
            type_id: info.type_ids[*ty].id,
        });
        resolved.tags.push(index);
    }
    for ty in info.memories.values().skip(info.imported_memories as usize) {
        let memory = store.push_memory(*ty)?;
        resolved.memories.push(memory.index);
    }
    for (i, ty) in info
        .tables
        .values()
        .skip(info.imported_tables as usize)
        .enumerate()
    {
        let init = match &info.table_inits[i] {
            Some(expr) => evaluate(store, &resolved, expr).low,
            None => 0,
        };
        let table = store.push_table(*ty, init)?;
        resolved.tables.push(table.index);
    }
    for (i, ty) in info
        .globals
        .values()
        .skip(info.imported_globals as usize)
        .enumerate()
    {
        let value = evaluate(store, &resolved, &info.global_inits[i]);
        let global_index = info.imported_globals + i as u32;
        let Some(offset) = offsets.defined_global_value(global_index) else {
            unreachable!("global {global_index} is defined by the module");
        };
        let cell = &mut vmctx[offset as usize / 8..][..2];
        cell.copy_from_slice(&[value.low, value.high]);
        let ptr = std::ptr::NonNull::from(cell).cast::<ValRaw>();
        // SAFETY: the two words are 8-byte aligned (a `ValRaw` is two `u64`s, `repr(C)`)
        // and lie in this instance's `VMContext` allocation, which moves into the store's
        // instance list below and lives, unmoved, as long as the store and so as long as
        // the global.
        let global = store.push_global_cell(*ty, unsafe { GlobalCell::in_vmctx(ptr) });
        resolved.globals.push(global.index);
    }
    fill_vmctx(store, offsets, &resolved, &mut vmctx, instance_index);
    let exports = info
        .exports
        .iter()
        .map(|export| {
            (
                export.name.clone(),
                export_item(store, &resolved, export.index),
            )
        })
        .collect();
    store.instances.push(InstanceData {
        module: module.clone(),
        vmctx,
        exports,
        memories: resolved.memories.clone(),
        tables: resolved.tables.clone(),
        funcs: resolved.funcs.clone(),
        globals: resolved.globals.clone(),
        tags: resolved.tags.clone(),
        dropped_data: EntitySet::with_capacity(info.data.len()),
        dropped_elements: EntitySet::with_capacity(info.elements.len()),
    });
    let instance = Instance {
        store: store.id(),
        index: instance_index,
    };
    initialize_tables(store, info, &resolved, instance_index).map_err(InstantiationError::Trap)?;
    initialize_memories(store, info, &resolved, instance_index)
        .map_err(InstantiationError::Trap)?;
    if let Some(start) = info.start {
        let func = Func {
            store: store.id(),
            index: resolved.funcs[start],
        };
        func.call(store, &[]).map_err(InstantiationError::Trap)?;
    }
    Ok(instance)
}

/// Writes every pointer generated code reads into the new `VMContext`.
fn fill_vmctx(
    store: &Store,
    offsets: &VMOffsets,
    resolved: &Resolved,
    vmctx: &mut [u64],
    instance: StoreInstanceIndex,
) {
    let word = |offset: i32| offset as usize / 8;
    vmctx[word(vmoffsets::STORE_CONTEXT)] = std::sync::Arc::as_ptr(&store.context) as u64;
    vmctx[word(vmoffsets::INSTANCE)] = instance.as_u32() as u64;
    vmctx[word(offsets.type_table())] = store.engine.type_table_base() as u64;
    for (i, memory) in resolved.memories.iter() {
        let data = &store.memories[*memory];
        let definition = data.memory.definition();
        // SAFETY: the definition lives as long as the memory, which the store keeps
        // for as long as this instance.
        vmctx[word(offsets.memory_base(i.as_u32()))] = unsafe { (*definition).base } as u64;
        vmctx[word(offsets.memory_definition(i.as_u32()))] = definition as u64;
    }
    for (i, global) in resolved.globals.iter() {
        vmctx[word(offsets.global(i.as_u32()))] = store.globals[*global].cell.as_ptr() as u64;
    }
    for (i, table) in resolved.tables.iter() {
        vmctx[word(offsets.table(i.as_u32()))] =
            &*store.tables[*table].definition as *const _ as u64;
    }
    for (i, func) in resolved.funcs.iter() {
        vmctx[word(offsets.func_ref(i.as_u32()))] =
            &*store.funcs[*func].func_ref as *const _ as u64;
    }
}

fn export_item(store: &Store, resolved: &Resolved, index: EntityIndex) -> Extern {
    let id = store.id();
    match index {
        EntityIndex::Func(i) => Extern::Func(Func {
            store: id,
            index: resolved.funcs[i],
        }),
        EntityIndex::Table(i) => Extern::Table(Table {
            store: id,
            index: resolved.tables[i],
        }),
        EntityIndex::Memory(i) => Extern::Memory(Memory {
            store: id,
            index: resolved.memories[i],
        }),
        EntityIndex::Global(i) => Extern::Global(Global {
            store: id,
            index: resolved.globals[i],
        }),
        EntityIndex::Tag(i) => Extern::Tag(Tag {
            store: id,
            index: resolved.tags[i],
        }),
    }
}

/// Evaluates a constant expression of instance `instance`.
pub(crate) fn evaluate_in_instance(
    store: &Store,
    instance: StoreInstanceIndex,
    expr: &ConstExpr,
) -> ValRaw {
    let data = &store.instances[instance];
    evaluate_with(store, &data.funcs, &data.globals, expr)
}

/// Evaluates a constant expression during instantiation.
fn evaluate(store: &Store, resolved: &Resolved, expr: &ConstExpr) -> ValRaw {
    evaluate_with(store, &resolved.funcs, &resolved.globals, expr)
}

/// Evaluates a constant expression given the store indices of the functions and globals
/// it may refer to.
fn evaluate_with(
    store: &Store,
    funcs: &PrimaryMap<FuncIndex, StoreFuncIndex>,
    globals: &PrimaryMap<GlobalIndex, StoreGlobalIndex>,
    expr: &ConstExpr,
) -> ValRaw {
    let mut stack: Vec<ValRaw> = Vec::new();
    let raw = |low: u64| ValRaw { low, high: 0 };
    for op in expr.0.iter() {
        let value = match op {
            ConstOp::I32(v) => raw(*v as u32 as u64),
            ConstOp::I64(v) => raw(*v as u64),
            ConstOp::F32(bits) => raw(*bits as u64),
            ConstOp::F64(bits) => raw(*bits),
            ConstOp::V128(bits) => ValRaw {
                low: *bits as u64,
                high: (*bits >> 64) as u64,
            },
            ConstOp::RefNull(_) => raw(0),
            ConstOp::RefFunc(func) => {
                let func = store.funcs[funcs[*func]].func_ref.as_ref();
                raw(func as *const _ as u64)
            }
            ConstOp::GlobalGet(global) => store.globals[globals[*global]].cell.get(),
            // The conversions keep the word (see `module::reference`).
            ConstOp::AnyConvertExtern | ConstOp::ExternConvertAny => continue,
            ConstOp::RefI31 => raw(reference::i31(stack.pop().unwrap_or_default().low as u32)),
            binary => {
                let rhs = stack.pop().unwrap_or_default().low;
                let lhs = stack.pop().unwrap_or_default().low;
                raw(match binary {
                    ConstOp::I32Add => (lhs as u32).wrapping_add(rhs as u32) as u64,
                    ConstOp::I32Sub => (lhs as u32).wrapping_sub(rhs as u32) as u64,
                    ConstOp::I32Mul => (lhs as u32).wrapping_mul(rhs as u32) as u64,
                    ConstOp::I64Add => lhs.wrapping_add(rhs),
                    ConstOp::I64Sub => lhs.wrapping_sub(rhs),
                    _ => lhs.wrapping_mul(rhs),
                })
            }
        };
        stack.push(value);
    }
    stack.pop().unwrap_or_default()
}

/// Applies active element segments in order and drops active and declared ones.
fn initialize_tables(
    store: &mut Store,
    info: &ModuleInfo,
    resolved: &Resolved,
    instance: StoreInstanceIndex,
) -> Result<(), Trap> {
    for (index, segment) in info.elements.iter() {
        match &segment.mode {
            ElementMode::Passive => continue,
            ElementMode::Declared => {}
            ElementMode::Active { table, offset } => {
                let start = evaluate(store, resolved, offset).low;
                let items: Vec<u64> = segment
                    .items
                    .iter()
                    .map(|item| evaluate(store, resolved, item).low)
                    .collect();
                let table = &mut store.tables[resolved.tables[*table]];
                let start = segment_start(table.ty.index_type, start);
                let end = start
                    .checked_add(items.len())
                    .filter(|end| *end <= table.elements.len());
                let end = end.ok_or_else(|| Trap::new(TrapCode::TableAccessOutOfBounds))?;
                table.elements[start..end].copy_from_slice(&items);
            }
        }
        store.instances[instance].dropped_elements.insert(index);
    }
    Ok(())
}

/// Applies active data segments in order and drops them.
fn initialize_memories(
    store: &mut Store,
    info: &ModuleInfo,
    resolved: &Resolved,
    instance: StoreInstanceIndex,
) -> Result<(), Trap> {
    for (index, segment) in info.data.iter() {
        let DataMode::Active { memory, offset } = &segment.mode else {
            continue;
        };
        let start = evaluate(store, resolved, offset).low;
        let memory = &mut store.memories[resolved.memories[*memory]];
        let start = segment_start(memory.ty.index_type, start);
        let bytes = memory.memory.as_mut_slice();
        let end = start
            .checked_add(segment.bytes.len())
            .filter(|end| *end <= bytes.len());
        let end = end.ok_or_else(|| Trap::new(TrapCode::MemoryOutOfBounds))?;
        bytes[start..end].copy_from_slice(&segment.bytes);
        store.instances[instance].dropped_data.insert(index);
    }
    Ok(())
}

/// The start of an active segment whose offset evaluated to `raw`, in a memory or
/// table of index type `index_type`; `usize::MAX` (out of bounds of anything) when it
/// does not fit a `usize`.
fn segment_start(index_type: IndexType, raw: u64) -> usize {
    usize::try_from(index_type.operand(raw)).unwrap_or(usize::MAX)
}
