//! What compiling one function produces: its machine code, the calls to patch when
//! functions are laid out, and the instructions that may fault.

use crate::module::FuncIndex;
use crate::trap::TrapCode;

/// A call (or a tail call's jump) to patch when functions are laid out: `rel32` at
/// `offset` → `target`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reloc {
    /// Offset of the 32-bit displacement in the function's code.
    pub offset: u32,
    /// The called function (always defined in the module).
    pub target: FuncIndex,
}

/// An instruction that may fault, and the trap a fault there means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrapSite {
    /// Offset of the instruction in the function's code.
    pub code_offset: u32,
    /// The trap.
    pub trap: TrapCode,
    /// Wasm byte offset of the operator.
    pub wasm_offset: u32,
}

/// The machine code of one function.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CompiledFunction {
    /// Machine code (position independent apart from `relocs`).
    pub code: Vec<u8>,
    /// Calls to patch.
    pub relocs: Vec<Reloc>,
    /// Faulting instructions.
    pub trap_sites: Vec<TrapSite>,
}
