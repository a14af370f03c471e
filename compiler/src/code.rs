//! Code memory: all compiled functions of a module linked into one mapping.
//!
//! Functions are concatenated (16-byte aligned), call displacements patched, then the
//! pages flip from read-write to read-execute (never both) and the range is registered
//! with the signal handler together with the module's memory fault stub.

use std::ops::Range;

use lightbeam_entity::PrimaryMap;

use crate::codegen::{trampoline, CompiledFunction, TrapSite};
use crate::error::{CompileError, CompileResult};
use crate::module::{DefinedFuncIndex, ModuleInfo, TypeIndex};
use crate::runtime::sys::mmap::Mmap;
use crate::runtime::sys::signals::{self, CodeRegistration};
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
    trampolines: PrimaryMap<TypeIndex, usize>,
    trap_table: Vec<TrapTableEntry>,
}

/// Machine code waiting to be placed.
struct Layout {
    bytes: Vec<u8>,
    functions: PrimaryMap<DefinedFuncIndex, Range<usize>>,
    trampolines: PrimaryMap<TypeIndex, usize>,
    fault_stub: usize,
    trap_table: Vec<TrapTableEntry>,
}

impl CodeMemory {
    /// Links `functions` (in definition order) with a trampoline per type of `info`.
    pub(crate) fn link(info: &ModuleInfo, functions: Vec<CompiledFunction>) -> CompileResult<Self> {
        let layout = lay_out(info, functions)?;
        let len = layout.bytes.len().max(1);
        let mut map = Mmap::accessible(len).map_err(io_error)?;
        // SAFETY: the mapping was just created read-write and is only referenced here.
        let target = unsafe { map.slice_mut(0..layout.bytes.len()) };
        target.copy_from_slice(&layout.bytes);
        let map_len = map.len();
        map.make_executable(0..map_len).map_err(io_error)?;
        let start = map.as_ptr();
        // SAFETY: the range holds code produced by this crate's code generator: its only
        // accesses to guard regions are wasm memory accesses, and `fault_stub` follows the
        // stub contract (reads the PC from rax, unwinds through the VMContext).
        let registration =
            unsafe { signals::register_code(start, map_len, start.add(layout.fault_stub)) }
                .map_err(io_error)?;
        Ok(CodeMemory {
            _registration: Some(registration),
            map,
            functions: layout.functions,
            trampolines: layout.trampolines,
            trap_table: layout.trap_table,
        })
    }

    /// Address of defined function `index`.
    pub fn function_ptr(&self, index: DefinedFuncIndex) -> *const u8 {
        // SAFETY: function ranges lie inside the mapping.
        unsafe { self.map.as_ptr().add(self.functions[index].start) }
    }

    /// Address of the entry trampoline of type `ty`.
    pub fn trampoline_ptr(&self, ty: TypeIndex) -> *const u8 {
        // SAFETY: trampoline offsets lie inside the mapping.
        unsafe { self.map.as_ptr().add(self.trampolines[ty]) }
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

/// Places functions, trampolines and the fault stub, and patches calls.
fn lay_out(info: &ModuleInfo, functions: Vec<CompiledFunction>) -> CompileResult<Layout> {
    let mut bytes = Vec::new();
    let mut ranges = PrimaryMap::new();
    let mut pending_relocs = Vec::new();
    let mut trap_table = Vec::new();
    for function in &functions {
        align(&mut bytes);
        let start = bytes.len();
        bytes.extend_from_slice(&function.code);
        ranges.push(start..bytes.len());
        pending_relocs.extend(function.relocs.iter().map(|reloc| (start, *reloc)));
        trap_table.extend(
            function
                .trap_sites
                .iter()
                .map(|site: &TrapSite| TrapTableEntry {
                    code_offset: (start + site.code_offset as usize) as u32,
                    trap: site.trap,
                    wasm_offset: site.wasm_offset,
                }),
        );
    }
    for (start, reloc) in pending_relocs {
        let defined = info
            .defined_func_index(reloc.target)
            .ok_or_else(|| CompileError::internal("direct call to an import"))?;
        let target = ranges[defined].start as i64;
        let next_instruction = (start + reloc.offset as usize + 4) as i64;
        let displacement = i32::try_from(target - next_instruction)
            .map_err(|_| CompileError::internal("code larger than 2 GiB"))?;
        let at = start + reloc.offset as usize;
        bytes[at..at + 4].copy_from_slice(&displacement.to_le_bytes());
    }
    let mut trampolines = PrimaryMap::new();
    for (_, ty) in info.types.iter() {
        align(&mut bytes);
        trampolines.push(bytes.len());
        bytes.extend_from_slice(&trampoline::entry_trampoline(ty)?);
    }
    align(&mut bytes);
    let fault_stub = bytes.len();
    bytes.extend_from_slice(&trampoline::memory_fault_stub()?);
    trap_table.sort_by_key(|entry| entry.code_offset);
    Ok(Layout {
        bytes,
        functions: ranges,
        trampolines,
        fault_stub,
        trap_table,
    })
}

/// Pads with `int3` to the function alignment.
fn align(bytes: &mut Vec<u8>) {
    while bytes.len() % FUNCTION_ALIGN != 0 {
        bytes.push(0xcc);
    }
}

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
