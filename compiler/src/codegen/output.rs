//! What compiling one function produces: its machine code, the calls to patch when
//! functions are laid out, the instructions that may fault, the exception handlers
//! of its calls and the stack maps of its call sites.

use crate::module::{FuncIndex, HeapType, TagIndex};
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
    /// The `try_table` scopes of the function, indexed by [`CallSite::scope`].
    pub handler_scopes: Vec<HandlerScope>,
    /// Every call (and throw) made inside a `try_table`, in code order.
    pub call_sites: Vec<CallSite>,
    /// The nodes the stack maps of [`CompiledFunction::stack_maps`] are chains of.
    pub stack_map_nodes: Vec<StackMapNode>,
    /// The stack map of every call and builtin call at which some frame slot holds a
    /// reference, in code order.
    pub stack_maps: Vec<StackMapSite>,
}

/// Marks the end of a chain of [`StackMapNode`]s (no node).
pub const NO_STACK_MAP_NODE: u32 = u32::MAX;

/// One frame slot holding a reference, and the next slot of the same map. A stack
/// map is a chain of nodes: the reference entries of the value stack from the top
/// down, then the reference locals. Maps share their common lower parts, so the nodes
/// of a function are as many as its spilled references and reference locals, however
/// many calls it makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StackMapNode {
    /// The slot's displacement from the frame pointer (`rbp`).
    pub disp: i32,
    /// The top of the slot's reference hierarchy (`func`, `extern`, `any`, `exn`).
    pub hierarchy: HeapType,
    /// The next node of the chain, or [`NO_STACK_MAP_NODE`].
    pub next: u32,
}

/// The stack map of one call: the frame slots holding references while the callee
/// runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StackMapSite {
    /// Offset of the call's return address in the function's code.
    pub return_offset: u32,
    /// The first node of the map's chain.
    pub node: u32,
}

/// One `try_table`: its catch clauses, tried in order, then those of the scope around
/// it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HandlerScope {
    /// The index of the enclosing `try_table`'s scope in the same function, if any.
    pub parent: Option<u32>,
    /// The catch clauses, in order.
    pub catches: Vec<CatchClause>,
}

/// One catch clause and where its handler code starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CatchClause {
    /// The tag it catches (`catch`, `catch_ref`), or `None` for any (`catch_all`,
    /// `catch_all_ref`).
    pub tag: Option<TagIndex>,
    /// Whether the handler receives the exception as an `exnref` (`_ref` forms).
    pub captures_ref: bool,
    /// Offset of the handler's landing pad in the function's code.
    pub landing: u32,
}

/// A call made inside a `try_table`: an exception raised in the callee is looked for
/// in `scope` first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CallSite {
    /// Offset of the call's return address in the function's code.
    pub return_offset: u32,
    /// The innermost scope around the call.
    pub scope: u32,
}
