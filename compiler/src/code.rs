//! Code memory: all compiled functions of a module linked into one mapping.
//!
//! Functions are copied into one mapping as they are compiled (16-byte aligned, in
//! definition order); then call displacements are patched, the pages flip from
//! read-write to read-execute (never both) and the range is registered with the signal
//! handler together with the module's memory fault stub.
//!
//! Beside the trap table it keeps the module's handler table: every call made inside a
//! `try_table`, by return address (sorted, for a binary search), with the scope of catch
//! clauses that handles an exception raised in it (landing pads as module offsets),
//! and the module's stack maps: for every call made while frame slots hold references,
//! by return address (sorted), the chain of those slots.

use std::ops::Range;

use lightbeam_entity::{EntityRef, PrimaryMap};

use crate::codegen::{
    trampoline, CatchClause, CompiledFunction, HandlerScope, Reloc, StackMapNode, NO_STACK_MAP_NODE,
};
use crate::error::{CompileError, CompileResult};
use crate::module::{DefinedFuncIndex, HeapType, ModuleInfo, TypeIndex};
use crate::perf_map;
use crate::sys::mmap::{page_size, Mmap};
use crate::sys::signals::{self, CodeRegistration};
use crate::trap::TrapCode;

/// Alignment of every function start.
const FUNCTION_ALIGN: usize = 16;

/// A trap table entry: a faulting instruction and what it means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrapTableEntry {
    /// Offset of the instruction in the code memory.
    pub code_offset: u32,
    /// The trap.
    pub trap: TrapCode,
    /// Wasm byte offset of the operator.
    pub wasm_offset: u32,
}

/// Executable code of one module.
#[derive(Debug)]
pub struct CodeMemory {
    /// Unregisters the code range on drop; declared before `map` so it drops first.
    _registration: Option<CodeRegistration>,
    map: Mmap,
    functions: PrimaryMap<DefinedFuncIndex, Range<usize>>,
    trampolines: PrimaryMap<TypeIndex, Option<usize>>,
    trap_table: Vec<TrapTableEntry>,
    handlers: HandlerTable,
    stack_maps: StackMapTable,
}

/// The module's stack maps: calls made while frame slots hold references.
#[derive(Debug, Default)]
struct StackMapTable {
    /// (return address offset, first node), sorted by offset.
    sites: Vec<(u32, u32)>,
    /// Every function's nodes, their links rebased to the module.
    nodes: Vec<StackMapNode>,
}

/// The slots of one stack map: (displacement from the frame pointer, the top of the
/// slot's reference hierarchy).
pub(crate) struct StackMapSlots<'a> {
    nodes: &'a [StackMapNode],
    next: u32,
}

impl Iterator for StackMapSlots<'_> {
    type Item = (i32, HeapType);

    fn next(&mut self) -> Option<Self::Item> {
        let node = self.nodes.get(self.next as usize)?;
        self.next = node.next;
        Some((node.disp, node.hierarchy))
    }
}

/// The module's exception handlers: calls inside `try_table`s and their scopes.
#[derive(Debug, Default)]
struct HandlerTable {
    /// (return address offset, scope index), sorted by offset.
    call_sites: Vec<(u32, u32)>,
    /// Every function's scopes, with parents and landing pads rebased to the module.
    scopes: Vec<HandlerScope>,
}

impl CodeMemory {
    /// The innermost handler scope of the call whose return address is `pc`, if it was
    /// made inside a `try_table` of this module.
    pub(crate) fn handler_scope_at(&self, pc: usize) -> Option<&HandlerScope> {
        let offset = u32::try_from(pc.checked_sub(self.map.as_ptr() as usize)?).ok()?;
        let sites = &self.handlers.call_sites;
        let index = sites.binary_search_by_key(&offset, |site| site.0).ok()?;
        self.handlers.scopes.get(sites[index].1 as usize)
    }

    /// The frame slots holding references while the call whose return address is
    /// `pc` runs (nothing if it is not a call of this module, or no slot does).
    pub(crate) fn stack_map_at(&self, pc: usize) -> StackMapSlots<'_> {
        let next = pc
            .checked_sub(self.map.as_ptr() as usize)
            .and_then(|offset| u32::try_from(offset).ok())
            .and_then(|offset| {
                let sites = &self.stack_maps.sites;
                let index = sites.binary_search_by_key(&offset, |site| site.0).ok()?;
                Some(sites[index].1)
            })
            .unwrap_or(NO_STACK_MAP_NODE);
        StackMapSlots {
            nodes: &self.stack_maps.nodes,
            next,
        }
    }

    /// Number of calls of this module with a stack map.
    pub fn stack_map_count(&self) -> usize {
        self.stack_maps.sites.len()
    }

    /// Handler scope `index` (a scope's `parent`).
    pub(crate) fn handler_scope(&self, index: u32) -> Option<&HandlerScope> {
        self.handlers.scopes.get(index as usize)
    }

    /// The address of code offset `offset` (a landing pad).
    pub(crate) fn code_address(&self, offset: u32) -> usize {
        self.map.as_ptr() as usize + offset as usize
    }

    /// Whether `pc` is in this module's code.
    pub(crate) fn contains(&self, pc: usize) -> bool {
        self.range().contains(&pc)
    }

    /// Address of defined function `index`.
    pub fn function_ptr(&self, index: DefinedFuncIndex) -> *const u8 {
        // SAFETY: function ranges lie inside the mapping.
        unsafe { self.map.as_ptr().add(self.functions[index].start) }
    }

    /// Address of the entry trampoline of type `ty`.
    ///
    /// # Panics
    ///
    /// If `ty` is not a function type.
    pub fn trampoline_ptr(&self, ty: TypeIndex) -> *const u8 {
        let offset = self.trampolines[ty].expect("a function has a function type");
        // SAFETY: trampoline offsets lie inside the mapping.
        unsafe { self.map.as_ptr().add(offset) }
    }

    /// The machine code of defined function `index`.
    pub fn function_code(&self, index: DefinedFuncIndex) -> &[u8] {
        // SAFETY: the mapping is read-execute and never written after linking.
        unsafe { self.map.slice(self.functions[index].clone()) }
    }

    /// Address range of the whole code.
    pub fn range(&self) -> Range<usize> {
        let start = self.map.as_ptr() as usize;
        start..start + self.map.len()
    }

    /// Names every function in this process's `perf` map.
    fn write_perf_map(&self, info: &ModuleInfo) -> std::io::Result<()> {
        let base = self.map.as_ptr() as usize;
        let functions = self.functions.iter().map(|(index, range)| {
            let name = format!("wasm-function[{}]", info.func_index(index).index());
            (name, base + range.start..base + range.end)
        });
        perf_map::append(functions)
    }

    /// The trap entry for machine address `pc`, if it is a known faulting instruction.
    pub fn lookup_trap(&self, pc: usize) -> Option<TrapTableEntry> {
        let offset = u32::try_from(pc.checked_sub(self.map.as_ptr() as usize)?).ok()?;
        let index = self
            .trap_table
            .binary_search_by_key(&offset, |entry| entry.code_offset)
            .ok()?;
        Some(self.trap_table[index])
    }
}

/// Links functions into code memory as they arrive, in definition order.
///
/// Each function is copied once, straight into the mapping that becomes the module's
/// code, so the caller can drop (or reuse) its buffer right away. The mapping is sized
/// from an estimate and moved to a bigger one if the estimate was short; offsets are
/// relative until [`CodeBuilder::finish`], so a move changes nothing else.
pub(crate) struct CodeBuilder {
    /// The mapping holding the code so far: read-write up to `accessible`, only
    /// reserved beyond.
    map: Mmap,
    /// Bytes written.
    len: usize,
    /// Length of the prefix of the mapping that is read-write and allocated (a whole
    /// number of pages). Unused capacity stays inaccessible, so it costs address space
    /// only, even under strict overcommit accounting.
    accessible: usize,
    functions: PrimaryMap<DefinedFuncIndex, Range<usize>>,
    /// Direct calls to patch once every function is placed: the call's offset in the code
    /// and the relocation.
    relocs: Vec<(usize, Reloc)>,
    trap_table: Vec<TrapTableEntry>,
    handlers: HandlerTable,
    stack_maps: StackMapTable,
}

/// How many bytes of machine code to expect per byte of function bodies, for sizing
/// the mapping (typical modules need 3 to 4; a short estimate costs one copy).
const CODE_BYTES_PER_BODY_BYTE: usize = 8;

/// Pages are made writable and allocated (`Mmap::populate`, one system call instead of
/// a page fault per page) ahead of the write position at least this many bytes at a time.
const COMMIT_STEP: usize = 1 << 20;

impl CodeBuilder {
    /// A builder for a code section of `body_bytes` bytes.
    pub(crate) fn new(body_bytes: usize) -> CompileResult<Self> {
        let capacity = body_bytes
            .saturating_mul(CODE_BYTES_PER_BODY_BYTE)
            .saturating_add(64 << 10);
        Ok(CodeBuilder {
            map: Mmap::reserve(capacity).map_err(io_error)?,
            len: 0,
            accessible: 0,
            functions: PrimaryMap::new(),
            relocs: Vec::new(),
            trap_table: Vec::new(),
            handlers: HandlerTable::default(),
            stack_maps: StackMapTable::default(),
        })
    }

    /// Appends the next defined function.
    pub(crate) fn push(&mut self, function: &CompiledFunction) -> CompileResult<()> {
        let start = self.append(&function.code)?;
        self.functions.push(start..self.len);
        self.relocs.extend(
            function
                .relocs
                .iter()
                .map(|reloc| (start + reloc.offset as usize, *reloc)),
        );
        self.trap_table
            .extend(function.trap_sites.iter().map(|site| TrapTableEntry {
                code_offset: (start + site.code_offset as usize) as u32,
                trap: site.trap,
                wasm_offset: site.wasm_offset,
            }));
        let first_scope = self.handlers.scopes.len() as u32;
        self.handlers
            .scopes
            .extend(function.handler_scopes.iter().map(|scope| {
                HandlerScope {
                    parent: scope.parent.map(|parent| first_scope + parent),
                    catches: scope
                        .catches
                        .iter()
                        .map(|catch| CatchClause {
                            landing: (start + catch.landing as usize) as u32,
                            ..*catch
                        })
                        .collect(),
                }
            }));
        self.handlers
            .call_sites
            .extend(function.call_sites.iter().map(|site| {
                (
                    (start + site.return_offset as usize) as u32,
                    first_scope + site.scope,
                )
            }));
        let first_node = self.stack_maps.nodes.len() as u32;
        let rebase = |node: u32| match node {
            NO_STACK_MAP_NODE => NO_STACK_MAP_NODE,
            node => first_node + node,
        };
        self.stack_maps
            .nodes
            .extend(function.stack_map_nodes.iter().map(|node| StackMapNode {
                next: rebase(node.next),
                ..*node
            }));
        self.stack_maps
            .sites
            .extend(function.stack_maps.iter().map(|site| {
                (
                    (start + site.return_offset as usize) as u32,
                    rebase(site.node),
                )
            }));
        Ok(())
    }

    /// Number of functions pushed so far.
    pub(crate) fn functions_linked(&self) -> usize {
        self.functions.len()
    }

    /// Places trampolines and the fault stub, patches calls, and makes the code
    /// executable.
    pub(crate) fn finish(mut self, info: &ModuleInfo) -> CompileResult<CodeMemory> {
        let mut trampolines = PrimaryMap::new();
        for (_, ty) in info.types.iter() {
            let trampoline = match ty.composite.as_func() {
                Some(signature) => Some(self.append(&trampoline::entry_trampoline(signature)?)?),
                None => None,
            };
            trampolines.push(trampoline);
        }
        let fault_stub = self.append(&trampoline::memory_fault_stub()?)?;
        self.patch_calls(info)?;
        self.trap_table.sort_by_key(|entry| entry.code_offset);
        self.handlers.call_sites.sort_by_key(|site| site.0);
        self.stack_maps.sites.sort_by_key(|site| site.0);
        let mut map = self.map;
        map.truncate(self.len.max(1)).map_err(io_error)?;
        let map_len = map.len();
        map.make_executable(0..map_len).map_err(io_error)?;
        let start = map.as_ptr();
        // SAFETY: the range holds code produced by this crate's code generator: its only
        // accesses to guard regions are wasm memory accesses, and `fault_stub` follows the
        // stub contract (reads the PC from rax, unwinds through the VMContext).
        let registration = unsafe { signals::register_code(start, map_len, start.add(fault_stub)) }
            .map_err(io_error)?;
        let code = CodeMemory {
            _registration: Some(registration),
            map,
            functions: self.functions,
            trampolines,
            trap_table: self.trap_table,
            handlers: self.handlers,
            stack_maps: self.stack_maps,
        };
        if perf_map::enabled() {
            code.write_perf_map(info).map_err(io_error)?;
        }
        Ok(code)
    }

    /// Writes `code` at the next aligned offset (padding with `int3`); returns the offset.
    fn append(&mut self, code: &[u8]) -> CompileResult<usize> {
        let start = self.len.next_multiple_of(FUNCTION_ALIGN);
        let end = start
            .checked_add(code.len())
            .filter(|&end| end <= MAX_CODE_BYTES)
            .ok_or_else(|| CompileError::internal("code larger than 2 GiB"))?;
        self.reserve(end)?;
        // SAFETY: `[len, end)` lies inside the read-write mapping (`reserve`), which only
        // this builder references until `finish`.
        let target = unsafe { self.map.slice_mut(self.len..end) };
        let (padding, body) = target.split_at_mut(start - self.len);
        padding.fill(INT3);
        body.copy_from_slice(code);
        self.len = end;
        Ok(start)
    }

    /// Makes sure the first `end` bytes of the mapping are writable, moving the code to a
    /// bigger mapping if it is too small, and allocates pages ahead of the write position.
    fn reserve(&mut self, end: usize) -> CompileResult<()> {
        if end <= self.accessible {
            return Ok(());
        }
        if end > self.map.len() {
            let capacity = end.max(self.map.len().saturating_mul(2));
            let mut bigger = Mmap::reserve(capacity).map_err(io_error)?;
            bigger.make_accessible(0..self.len).map_err(io_error)?;
            // SAFETY: `[0, len)` of the old mapping is readable and only this builder
            // references it.
            let written = unsafe { self.map.slice(0..self.len) };
            // SAFETY: `[0, len)` of the new mapping was just made read-write, and only
            // this builder references it.
            unsafe { bigger.slice_mut(0..self.len) }.copy_from_slice(written);
            self.accessible = self.len.next_multiple_of(page_size());
            self.map = bigger;
        }
        let to = end.max(self.accessible + COMMIT_STEP).min(self.map.len());
        self.map
            .make_accessible(self.accessible..to)
            .map_err(io_error)?;
        self.map.populate(self.accessible..to);
        self.accessible = to.next_multiple_of(page_size());
        Ok(())
    }

    /// Writes the displacement of every direct call.
    fn patch_calls(&mut self, info: &ModuleInfo) -> CompileResult<()> {
        // SAFETY: `[0, len)` is read-write and referenced only by this builder.
        let code = unsafe { self.map.slice_mut(0..self.len) };
        for (at, reloc) in &self.relocs {
            let defined = info
                .defined_func_index(reloc.target)
                .ok_or_else(|| CompileError::internal("direct call to an import"))?;
            let target = self
                .functions
                .get(defined)
                .ok_or_else(|| CompileError::internal("call to a function without code"))?
                .start as i64;
            let next_instruction = (*at + 4) as i64;
            let displacement = i32::try_from(target - next_instruction)
                .map_err(|_| CompileError::internal("code larger than 2 GiB"))?;
            code[*at..*at + 4].copy_from_slice(&displacement.to_le_bytes());
        }
        Ok(())
    }
}

/// Padding between functions: `int3`.
const INT3: u8 = 0xcc;

/// Code past this size could not reach every function with a 32-bit call displacement.
const MAX_CODE_BYTES: usize = i32::MAX as usize;

fn io_error(error: std::io::Error) -> CompileError {
    CompileError::internal(format!("mapping code memory: {error}"))
}

/// Executable code for one stand-alone stub (host-call stubs), mapped read-execute.
#[derive(Debug)]
pub struct StubMemory {
    map: Mmap,
}

impl StubMemory {
    /// Maps `code` read-execute.
    pub fn new(code: &[u8]) -> CompileResult<Self> {
        let mut map = Mmap::accessible(code.len().max(1)).map_err(io_error)?;
        // SAFETY: freshly created read-write mapping, referenced only here.
        unsafe { map.slice_mut(0..code.len()) }.copy_from_slice(code);
        let len = map.len();
        map.make_executable(0..len).map_err(io_error)?;
        Ok(StubMemory { map })
    }

    /// Address of the code.
    pub fn ptr(&self) -> *const u8 {
        self.map.as_ptr()
    }
}

#[cfg(test)]
mod tests {
    //! Streaming layout: alignment, padding, call patching, and moving to a bigger
    //! mapping when the size estimate is short.

    use super::*;
    use crate::module::FuncIndex;
    use lightbeam_entity::EntityRef;

    fn function(len: usize, fill: u8, relocs: Vec<Reloc>) -> CompiledFunction {
        CompiledFunction {
            code: vec![fill; len],
            relocs,
            ..CompiledFunction::default()
        }
    }

    #[test]
    fn handler_tables_are_rebased_to_the_module() {
        use crate::codegen::CallSite;
        let info = ModuleInfo::default();
        let mut builder = CodeBuilder::new(64).unwrap();
        let with_handlers = |landing: u32, return_offset: u32| CompiledFunction {
            handler_scopes: vec![
                HandlerScope {
                    parent: None,
                    catches: vec![CatchClause {
                        tag: None,
                        captures_ref: false,
                        landing,
                    }],
                },
                HandlerScope {
                    parent: Some(0),
                    catches: Vec::new(),
                },
            ],
            call_sites: vec![CallSite {
                return_offset,
                scope: 1,
            }],
            ..function(40, 0x90, Vec::new())
        };
        builder.push(&with_handlers(4, 20)).unwrap();
        builder.push(&with_handlers(8, 30)).unwrap();
        let code = builder.finish(&info).unwrap();
        let base = code.range().start;
        // The second function starts at 48 (aligned to 16).
        let inner = code.handler_scope_at(base + 48 + 30).unwrap();
        assert!(inner.catches.is_empty());
        let outer = code.handler_scope(inner.parent.unwrap()).unwrap();
        assert_eq!(outer.catches[0].landing, 48 + 8);
        let first = code.handler_scope_at(base + 20).unwrap();
        assert_eq!(first.parent, Some(0));
        assert!(code.handler_scope_at(base + 21).is_none());
    }

    #[test]
    fn functions_are_aligned_padded_patched_and_survive_growth() {
        let info = ModuleInfo::default();
        // Sized for one byte of bodies: the mapping has to grow at least once.
        let mut builder = CodeBuilder::new(1).unwrap();
        let call_to_first = Reloc {
            offset: 3,
            target: FuncIndex::from_u32(0),
        };
        let functions = [
            function(100 << 10, 0x90, Vec::new()),
            function(7, 0x91, Vec::new()),
            function(300 << 10, 0x92, vec![call_to_first]),
        ];
        for function in &functions {
            builder.push(function).unwrap();
        }
        assert_eq!(builder.functions_linked(), 3);
        let code = builder.finish(&info).unwrap();
        let starts: Vec<usize> = (0..3)
            .map(|i| code.function_ptr(DefinedFuncIndex::new(i)) as usize - code.range().start)
            .collect();
        assert_eq!(starts, [0, 100 << 10, (100 << 10) + 16]);
        assert_eq!(code.function_code(DefinedFuncIndex::new(1)), &[0x91; 7][..]);
        let last = code.function_code(DefinedFuncIndex::new(2));
        let displacement = i32::from_le_bytes(last[3..7].try_into().unwrap());
        assert_eq!(displacement as i64, -((starts[2] + 3 + 4) as i64));
        assert!(last[..3].iter().chain(&last[7..]).all(|&b| b == 0x92));
        // SAFETY: the whole mapping is readable and nothing writes to it.
        let padding = unsafe { code.map.slice(starts[1] + 7..starts[2]) };
        assert!(padding.iter().all(|&b| b == INT3));
    }
}
