//! [`Context`]: what the code generator knows about the function being compiled at the
//! current operator, apart from the code it has emitted. The abstract value stack, the
//! free registers, the open control frames, where each local lives, the machine-stack
//! depth, and the records kept beside them (bounds proven since the last label, the
//! `try_table` scopes). It emits nothing: the emitter ([`crate::x64::Masm`], with the
//! code buffer and its labels) is a separate field of [`super::context::CodeGen`], which
//! holds both and reaches the state through this type.

use super::bounds::ProvenBounds;
use super::frame::ControlFrame;
use super::handlers::HandlerTables;
use super::regalloc::RegAlloc;
use super::stack_maps::StackMaps;
use super::value_stack::{Value, ValueStack};
use crate::module::ValType;
use crate::x64::Gpr;

/// Where a local variable lives.
#[derive(Clone, Copy, Debug)]
pub struct LocalSlot {
    /// Its type.
    pub ty: ValType,
    /// Displacement from `rbp` of its stack slot (unused while the local is pinned).
    pub disp: i32,
    /// The callee-saved register the local lives in for the whole function, if any.
    pub pinned: Option<Gpr>,
}

/// The compilation state of one function (see the module documentation).
pub(super) struct Context<'a> {
    /// The abstract operand stack.
    pub(super) stack: ValueStack,
    /// Free registers.
    pub(super) regs: RegAlloc,
    /// Open control frames, outermost (the function) first.
    pub(super) frames: Vec<ControlFrame<'a>>,
    /// Every local: parameters first.
    pub(super) locals: Vec<LocalSlot>,
    /// Current `rsp` as bytes below `rbp`.
    pub(super) depth: u32,
    /// Deepest `depth` reached.
    pub(super) max_depth: u32,
    /// Whether the current position can execute.
    pub(super) reachable: bool,
    /// The exception handlers of calls inside `try_table`s and `try`s (see
    /// `visit/exceptions.rs`).
    pub(super) handlers: HandlerTables,
    /// The stack maps of the calls made while a frame slot holds a reference.
    pub(super) stack_maps: StackMaps,
    /// Bounds checks of explicitly checked memories proven since the last label.
    pub(super) proven_bounds: ProvenBounds,
    /// The callee-saved registers this function pins, in the order of their save slots.
    pub(super) saved_registers: Vec<Gpr>,
    /// The register holding memory 0's base address, if it is pinned.
    pub(super) memory_base: Option<Gpr>,
    /// The local the next operator (`local.set`/`local.tee`) stores the current
    /// operator's result in, when the current one can compute in place.
    pub(super) result_hint: Option<u32>,
    /// Scratch buffer for the positions of a local's lazy reads (kept for its capacity).
    pub(super) read_positions: Vec<usize>,
    /// Reused buffer for stack entries copied out while code is emitted for them.
    pub(super) scratch_values: Vec<Value>,
    /// Reused buffer for slot ends (see [`crate::module::slot_ends`]).
    pub(super) scratch_ends: Vec<u32>,
}

impl Context<'_> {
    /// The state at the start of a function with the given locals (parameters first)
    /// and initial stack depth.
    pub(super) fn new(locals: Vec<LocalSlot>, depth: u32) -> Self {
        Context {
            stack: ValueStack::new(locals.len()),
            regs: RegAlloc::new(),
            frames: Vec::new(),
            locals,
            depth,
            max_depth: depth,
            reachable: true,
            handlers: HandlerTables::default(),
            stack_maps: StackMaps::default(),
            proven_bounds: ProvenBounds::default(),
            saved_registers: Vec::new(),
            memory_base: None,
            result_hint: None,
            read_positions: Vec::new(),
            scratch_values: Vec::new(),
            scratch_ends: Vec::new(),
        }
    }

    /// Resets the state for the next function, keeping the capacity of its buffers;
    /// `self.locals` must already describe the function's locals.
    pub(super) fn reset(&mut self, depth: u32) {
        self.stack.reset(self.locals.len());
        self.regs = RegAlloc::new();
        self.frames.clear();
        self.depth = depth;
        self.max_depth = depth;
        self.reachable = true;
        self.handlers.clear();
        self.stack_maps.reset();
        self.proven_bounds.clear();
        self.saved_registers.clear();
        self.memory_base = None;
        self.result_hint = None;
    }

    /// Records that `bytes` more were pushed on the machine stack (the instruction is
    /// emitted by the caller).
    pub(super) fn grow_depth(&mut self, bytes: u32) {
        self.depth += bytes;
        self.max_depth = self.max_depth.max(self.depth);
    }
}
