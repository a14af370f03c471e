//! What the code generator records about frames: the control frames of `block`, `loop`,
//! `if` and the function body (where each one's branches carry their values), and the
//! prologue's out-of-line path. Plain data over the value stack's types; the code that
//! opens, closes and branches to frames is in `control.rs`.

use dynasmrt::DynamicLabel;

use super::regalloc::class_of;
use super::value_stack::Value;
use crate::module::ValType;
use crate::x64::regs::return_reg;
use crate::x64::Reg;

/// What kind of construct a frame is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameKind {
    /// The function body; its label is the epilogue.
    Function,
    /// `block`.
    Block,
    /// `loop`; its label is the loop header.
    Loop,
    /// `if`, with the label of its `else` arm and whether `else` was seen.
    If {
        /// Where the condition jumps when false.
        else_label: DynamicLabel,
        /// Whether the `else` operator was seen.
        has_else: bool,
    },
}

/// Where the values carried by a branch to a frame go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Merge {
    /// Nothing is carried.
    Nothing,
    /// One value, in `rax` or `xmm0`.
    Register(Reg),
    /// Consecutive stack slots: value `i` at depth `base + slot_ends(types)[i]`.
    Slots {
        /// Depth below the first slot.
        base: u32,
    },
    /// The caller's argument slots (several function results).
    CallerSlots {
        /// Bytes of the function's argument area.
        area: u32,
    },
}

/// One open control construct.
#[derive(Clone, Debug)]
pub struct ControlFrame<'a> {
    /// The construct.
    pub kind: FrameKind,
    /// Branch target: the end (block, if, function) or the header (loop).
    pub label: DynamicLabel,
    /// Parameter types.
    pub params: &'a [ValType],
    /// Result types.
    pub results: &'a [ValType],
    /// Value-stack height below the parameters.
    pub height: usize,
    /// Stack depth below the parameters' slots.
    pub base_depth: u32,
    /// Stack depth at entry (with the parameters).
    pub entry_depth: u32,
    /// The parameters of an `if` as they were at entry, for the `else` arm; empty for
    /// other frames and for more than `BULK_VALUES` parameters, which are settled in
    /// consecutive slots from `base_depth` at entry (so frames hold no copy of a
    /// type's many values).
    pub entry_params: Vec<Value>,
    /// False for frames opened in unreachable code: nothing is emitted for them.
    pub live: bool,
    /// Whether some branch targets the label.
    pub branched_to: bool,
}

impl<'a> ControlFrame<'a> {
    /// Types of the values a branch to this frame carries.
    pub fn branch_types(&self) -> &'a [ValType] {
        match self.kind {
            FrameKind::Loop => self.params,
            _ => self.results,
        }
    }

    /// Where those values go.
    pub fn merge(&self, function_arg_area: u32) -> Merge {
        let types = self.branch_types();
        match (self.kind, types.len()) {
            (_, 0) => Merge::Nothing,
            (FrameKind::Loop, _) => Merge::Slots {
                base: self.base_depth,
            },
            (_, 1) => Merge::Register(return_reg(class_of(types[0]))),
            (FrameKind::Function, _) => Merge::CallerSlots {
                area: function_arg_area,
            },
            _ => Merge::Slots {
                base: self.base_depth,
            },
        }
    }

    /// Stack depth at the label.
    pub fn label_depth(&self) -> u32 {
        match self.kind {
            FrameKind::Loop => self.base_depth + slot_bytes(self.params),
            _ if self.results.len() == 1 => self.base_depth,
            _ => self.base_depth + slot_bytes(self.results),
        }
    }
}

/// Bytes `types` take laid out back to back on the machine stack.
pub(crate) fn slot_bytes(types: &[ValType]) -> u32 {
    types.iter().map(|ty| ty.slot_bytes()).sum()
}

/// The out-of-line half of a function's entry check. The prologue makes one compare:
/// the prospective stack bottom against the store's `STACK_LIMIT`, which an interrupt
/// raises to `u64::MAX`. Only when that fails does this path tell the cases apart: a
/// pending interrupt traps, a stack past the real limit overflows, and anything else
/// (an interrupt withdrawn in between) resumes the prologue.
#[derive(Clone, Copy, Debug)]
pub(crate) struct EntrySlowPath {
    /// Where the slow path starts.
    pub label: DynamicLabel,
    /// Where the prologue continues.
    pub resume: DynamicLabel,
    /// The `Interrupted` trap stub.
    pub interrupted: DynamicLabel,
    /// The `StackOverflow` trap stub.
    pub overflow: DynamicLabel,
}
