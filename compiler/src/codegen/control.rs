//! Control frames (`block`, `loop`, `if`, the function body) and branches.
//!
//! On entry to a frame the value stack is spilled, so everything below the frame's
//! operands is in memory or constant and stays untouched inside the frame. Each frame
//! has one canonical place for the values a branch carries (see [`Merge`]); every edge
//! into its label moves them there, so all edges agree on the state at the label.
//!
//! More than [`BULK_VALUES`] carried values (or frame parameters) are first settled in
//! consecutive slots at the stack top and then moved as one block, so no branch, merge
//! or frame emits code proportional to the arity of its type.

use dynasmrt::DynamicLabel;

use super::context::{CodeGen, BULK_VALUES};
use super::frame::slot_bytes;
pub(crate) use super::frame::{ControlFrame, FrameKind, Merge};
use super::phase::PhaseKey;
use super::value_stack::{Location, Value};
use crate::error::{CompileError, CompileResult};
use crate::module::{slot_ends, slot_ends_into, ValType};
use crate::x64::{Cond, OperandSize};

impl<'a> CodeGen<'a> {
    /// Bytes of the argument area of the function being compiled.
    pub(crate) fn function_arg_area(&self) -> u32 {
        self.env.func_type().arg_area_bytes()
    }

    /// The frame `relative_depth` levels out (0 is the innermost).
    pub(crate) fn frame_index(&self, relative_depth: u32) -> CompileResult<usize> {
        (self.cx.frames.len())
            .checked_sub(relative_depth as usize + 1)
            .ok_or_else(|| CompileError::internal("branch depth out of range"))
    }

    /// Opens the function frame.
    pub(super) fn push_function_frame(&mut self, _: PhaseKey) {
        let label = self.masm.new_label();
        let env = self.env;
        let results: &'a [ValType] = &env.info.func_type(env.func).results;
        self.cx.frames.push(ControlFrame {
            kind: FrameKind::Function,
            label,
            params: &[],
            results,
            height: 0,
            base_depth: self.cx.depth,
            entry_depth: self.cx.depth,
            entry_params: Vec::new(),
            live: true,
            branched_to: false,
        });
    }

    /// Opens a frame in unreachable code.
    pub(crate) fn push_dead_frame(&mut self, kind: FrameKind) {
        let label = self.masm.new_label();
        self.cx.frames.push(ControlFrame {
            kind,
            label,
            params: &[],
            results: &[],
            height: self.cx.stack.len(),
            base_depth: self.cx.depth,
            entry_depth: self.cx.depth,
            entry_params: Vec::new(),
            live: false,
            branched_to: false,
        });
    }

    /// Opens a `block` or `if` frame over the top `params.len()` entries, which must
    /// already be spilled or constant.
    pub(crate) fn push_frame(
        &mut self,
        kind: FrameKind,
        params: &'a [ValType],
        results: &'a [ValType],
    ) {
        let label = self.masm.new_label();
        let spilled: u32 = self
            .cx
            .stack
            .top(params.len())
            .iter()
            .filter(|value| matches!(value.location, Location::Spilled(_)))
            .map(|value| value.ty.slot_bytes())
            .sum();
        let entry_params = match kind {
            FrameKind::If { .. } if params.len() <= BULK_VALUES => {
                self.cx.stack.top(params.len()).to_vec()
            }
            _ => Vec::new(),
        };
        self.cx.frames.push(ControlFrame {
            kind,
            label,
            height: self.cx.stack.len() - params.len(),
            base_depth: self.cx.depth - spilled,
            entry_depth: self.cx.depth,
            entry_params,
            params,
            results,
            live: true,
            branched_to: false,
        });
    }

    /// Opens a `loop` frame: its parameters move to canonical slots and the header is bound.
    pub(crate) fn push_loop_frame(
        &mut self,
        params: &'a [ValType],
        results: &'a [ValType],
    ) -> CompileResult<()> {
        let base = self.arrange_top_in_slots(params.len())?;
        for (ty, end) in params.iter().zip(slot_ends(params)) {
            self.cx
                .stack
                .push(Value::new(*ty, Location::Spilled(base + end)));
        }
        self.cx.stack.mark_settled();
        let label = self.masm.new_label();
        self.masm.bind(label);
        self.cx.frames.push(ControlFrame {
            kind: FrameKind::Loop,
            label,
            height: self.cx.stack.len() - params.len(),
            base_depth: base,
            entry_depth: self.cx.depth,
            entry_params: Vec::new(),
            params,
            results,
            live: true,
            branched_to: false,
        });
        Ok(())
    }

    /// Moves the values a branch to frame `index` carries into place, without changing
    /// the code generator's state (the current path may continue, as for `br_if`).
    /// Returns the stack depth `rsp` is at afterwards.
    pub(crate) fn emit_branch_moves(&mut self, index: usize) -> u32 {
        let frame = &self.cx.frames[index];
        let merge = frame.merge(self.function_arg_area());
        let mut rsp_depth = self.cx.depth;
        let (base, area) = match merge {
            Merge::Nothing => return rsp_depth,
            Merge::Register(reg) => {
                if let Some(value) = self.cx.stack.peek(0).copied() {
                    self.load_value(value, reg);
                }
                return rsp_depth;
            }
            Merge::Slots { base } => (base, None),
            Merge::CallerSlots { area } => (0, Some(area)),
        };
        let count = frame.branch_types().len();
        if count > BULK_VALUES {
            // Settled by `prepare_branch_values`: one block at the stack top.
            let bytes = slot_bytes(frame.branch_types());
            debug_assert_eq!(self.packed_top(count), Some(self.cx.depth - bytes));
            let target = match area {
                None => {
                    let top = base + bytes;
                    if top > self.cx.depth {
                        self.masm.set_stack_depth(top);
                        rsp_depth = top;
                    }
                    -(top as i32)
                }
                Some(area) => 16 + area as i32 - bytes as i32,
            };
            let source = -(self.cx.depth as i32);
            if target != source {
                self.copy_frame_bytes(target, source, bytes);
            }
            return rsp_depth;
        }
        let mut ends = std::mem::take(&mut self.cx.scratch_ends);
        slot_ends_into(&mut ends, frame.branch_types().iter().copied());
        let mut values = std::mem::take(&mut self.cx.scratch_values);
        values.clear();
        values.extend_from_slice(self.cx.stack.top(count));
        match area {
            None => {
                let top = base + ends.last().copied().unwrap_or(0);
                if top > self.cx.depth {
                    self.masm.set_stack_depth(top);
                    rsp_depth = top;
                }
                self.move_values_to_slots(&values, |i| -((base + ends[i]) as i32));
            }
            Some(area) => {
                self.move_values_to_slots(&values, |i| 16 + area as i32 - ends[i] as i32);
            }
        }
        self.cx.scratch_ends = ends;
        self.cx.scratch_values = values;
        rsp_depth
    }

    /// Whether a branch to frame `index` needs the lazy local reads on the stack resolved
    /// first (several function results: locals may overlap the result slots).
    fn branch_needs_spill(&self, index: usize) -> bool {
        matches!(
            self.cx.frames[index].merge(self.function_arg_area()),
            Merge::CallerSlots { .. }
        )
    }

    /// Emits the jump of a branch to frame `index`, after [`Self::emit_branch_moves`]
    /// left `rsp` at `rsp_depth`.
    pub(crate) fn emit_branch_jump(&mut self, index: usize, rsp_depth: u32) {
        self.cx.frames[index].branched_to = true;
        self.move_rsp_to_label(index, rsp_depth);
        self.masm.jmp(self.cx.frames[index].label);
    }

    /// Moves `rsp`, now at `rsp_depth`, to the depth at frame `index`'s label (the
    /// function's epilogue needs no move: it restores `rsp` from `rbp`).
    fn move_rsp_to_label(&mut self, index: usize, rsp_depth: u32) {
        let frame = &self.cx.frames[index];
        if frame.kind != FrameKind::Function && frame.label_depth() != rsp_depth {
            self.masm.set_stack_depth(frame.label_depth());
        }
    }

    /// `br`: branch to the frame `relative_depth` levels out.
    pub(crate) fn branch(&mut self, relative_depth: u32) -> CompileResult<()> {
        let index = self.frame_index(relative_depth)?;
        self.prepare_branch_values(index)?;
        let rsp_depth = self.emit_branch_moves(index);
        self.emit_branch_jump(index, rsp_depth);
        self.cx.reachable = false;
        Ok(())
    }

    /// `br_if`: branch when the popped condition is non-zero.
    pub(crate) fn branch_if(&mut self, relative_depth: u32) -> CompileResult<()> {
        let index = self.frame_index(relative_depth)?;
        let condition = if self.carries_bulk(index) {
            // Settling may emit a copy loop, which changes the flags: test afterwards.
            let condition = self.pop_condition_gpr()?;
            self.prepare_branch_values(index)?;
            self.masm.test_rr(OperandSize::S32, condition);
            self.free_gpr(condition);
            Cond::Ne
        } else {
            // Nothing between here and the jump may change the flags (spilling does not).
            let condition = self.pop_condition()?;
            self.prepare_branch_values(index)?;
            condition
        };
        if self.branch_is_plain_jump(index) {
            let label = self.cx.frames[index].label;
            self.cx.frames[index].branched_to = true;
            self.masm.jcc(condition, label);
            return Ok(());
        }
        let skip = self.masm.new_label();
        self.masm.jcc(condition.invert(), skip);
        let rsp_depth = self.emit_branch_moves(index);
        self.emit_branch_jump(index, rsp_depth);
        self.masm.bind(skip);
        Ok(())
    }

    /// `br_table`: a jump table of `jmp rel32` entries indexed by the popped value
    /// (clamped to the default). An entry jumps straight to its target's label when the
    /// branch carries nothing and leaves `rsp` where it is; otherwise to one stub per
    /// distinct target that moves the carried values first.
    pub(crate) fn branch_table(&mut self, targets: &[u32], default: u32) -> CompileResult<()> {
        let selector = self.pop_gpr()?;
        let mut needs_spill = false;
        for depth in targets.iter().chain(std::iter::once(&default)) {
            needs_spill |= self.branch_needs_spill(self.frame_index(*depth)?);
        }
        // Every target carries the same number of values.
        let default_index = self.frame_index(default)?;
        if self.carries_bulk(default_index) {
            self.prepare_branch_values(default_index)?;
        } else if needs_spill {
            self.spill_all();
        }
        let count = targets.len() as i32;
        let table = self.masm.new_label();
        let mut stubs: Vec<(u32, DynamicLabel)> = Vec::new();
        // One label per distinct depth, found by indexing (a table may name thousands
        // of depths); the entries set here are cleared again below, so the scratch
        // costs time in proportion to the table, not to the number of frames.
        let mut label_by_depth = std::mem::take(&mut self.branch_table_labels);
        if label_by_depth.len() < self.cx.frames.len() {
            label_by_depth.resize(self.cx.frames.len(), None);
        }
        let mut entries = Vec::with_capacity(targets.len() + 1);
        for depth in targets.iter().chain(std::iter::once(&default)) {
            let index = self.frame_index(*depth)?;
            let slot = label_by_depth
                .get_mut(*depth as usize)
                .ok_or_else(|| CompileError::internal("branch depth out of range"))?;
            let label = match *slot {
                Some(label) => label,
                None => {
                    let label = if self.branch_is_plain_jump(index) {
                        self.cx.frames[index].branched_to = true;
                        self.cx.frames[index].label
                    } else {
                        let stub = self.masm.new_label();
                        stubs.push((*depth, stub));
                        stub
                    };
                    *slot = Some(label);
                    label
                }
            };
            entries.push(label);
        }
        for depth in targets.iter().chain(std::iter::once(&default)) {
            label_by_depth[*depth as usize] = None;
        }
        self.branch_table_labels = label_by_depth;
        // selector = min(selector, count) (unsigned, zero-extended by the 32-bit cmov);
        // then jump to table + 5 * selector.
        self.masm.with_scratch_gpr(|masm, bound| {
            masm.mov_ri(OperandSize::S32, bound, count as i64);
            masm.cmp_ri(OperandSize::S32, selector, count);
            masm.cmov(Cond::AboveEq, OperandSize::S32, selector, bound);
        });
        self.masm.emit_jump_table_dispatch(selector, table);
        self.free_gpr(selector);
        self.masm.bind(table);
        for label in entries {
            self.masm.jmp(label);
        }
        for (depth, label) in stubs {
            let index = self.frame_index(depth)?;
            self.masm.bind(label);
            let rsp_depth = self.emit_branch_moves(index);
            self.emit_branch_jump(index, rsp_depth);
        }
        self.cx.reachable = false;
        Ok(())
    }

    /// Whether a branch to frame `index` carries more than [`BULK_VALUES`] values, which
    /// are then settled in slots first and moved as one block.
    fn carries_bulk(&self, index: usize) -> bool {
        self.cx.frames[index].branch_types().len() > BULK_VALUES
    }

    /// Gets the values a branch to frame `index` carries ready for
    /// [`Self::emit_branch_moves`]: settled in consecutive slots when there are many
    /// (so the moves are one block copy, and the next branch finds them in place),
    /// otherwise spilled only when the target needs it.
    fn prepare_branch_values(&mut self, index: usize) -> CompileResult<()> {
        if self.carries_bulk(index) {
            self.settle_top(self.cx.frames[index].branch_types().len())?;
        } else if self.branch_needs_spill(index) {
            self.spill_all();
        }
        Ok(())
    }

    /// Whether a branch to frame `index` is a bare jump: it carries no values and `rsp`
    /// is already at the label's depth (or the label is the function's epilogue).
    fn branch_is_plain_jump(&self, index: usize) -> bool {
        let frame = &self.cx.frames[index];
        frame.branch_types().is_empty()
            && (frame.kind == FrameKind::Function || frame.label_depth() == self.cx.depth)
    }

    /// `return`.
    pub(crate) fn return_(&mut self) -> CompileResult<()> {
        self.branch(self.cx.frames.len() as u32 - 1)
    }

    /// Restores the state at frame `frame`'s label: operands below the frame stay, the
    /// carried values are where the merge put them.
    fn enter_label_state(&mut self, frame: &ControlFrame<'a>) -> CompileResult<()> {
        self.discard_stack_above(frame.height);
        self.cx.depth = frame.base_depth;
        match frame.merge(self.function_arg_area()) {
            Merge::Nothing => {}
            Merge::Register(reg) => {
                self.alloc_specific(reg)?;
                self.push_reg(frame.results[0], reg);
            }
            Merge::Slots { base } => {
                self.push_slots(frame.results, base);
                self.cx.stack.mark_settled();
            }
            Merge::CallerSlots { .. } => {}
        }
        self.cx.max_depth = self.cx.max_depth.max(self.cx.depth);
        Ok(())
    }

    /// Pushes values of `types` living in consecutive slots from depth `base`, with
    /// `rsp` right below them.
    fn push_slots(&mut self, types: &[ValType], base: u32) {
        for (ty, end) in types.iter().zip(slot_ends(types)) {
            self.cx
                .stack
                .push(Value::new(*ty, Location::Spilled(base + end)));
        }
        self.cx.depth = base + slot_bytes(types);
    }

    /// Falls through into the end of the innermost frame: carried values move into place.
    fn fall_through_to_end(&mut self, index: usize) -> CompileResult<()> {
        self.prepare_branch_values(index)?;
        let rsp_depth = self.emit_branch_moves(index);
        self.move_rsp_to_label(index, rsp_depth);
        Ok(())
    }

    /// Ends an arm of the innermost frame `index` (an `if`'s then-arm, a `try`'s body
    /// or catch body) when another follows: if the arm falls through, its values move
    /// into place and it jumps to the frame's end.
    pub(crate) fn leave_arm(&mut self, index: usize) -> CompileResult<()> {
        if self.cx.reachable {
            self.fall_through_to_end(index)?;
            self.cx.frames[index].branched_to = true;
            let end_label = self.cx.frames[index].label;
            self.masm.jmp(end_label);
        }
        Ok(())
    }

    /// `else`.
    pub(crate) fn else_(&mut self) -> CompileResult<()> {
        let index = self.cx.frames.len() - 1;
        let frame = &mut self.cx.frames[index];
        let FrameKind::If { else_label, .. } = frame.kind else {
            return Err(CompileError::internal("else outside of if"));
        };
        frame.kind = FrameKind::If {
            else_label,
            has_else: true,
        };
        if !frame.live {
            return Ok(());
        }
        self.leave_arm(index)?;
        self.masm.bind(else_label);
        self.discard_stack_above(self.cx.frames[index].height);
        self.cx.depth = self.cx.frames[index].entry_depth;
        let frame = &self.cx.frames[index];
        if frame.params.len() > BULK_VALUES {
            // Settled at entry, see `ControlFrame::entry_params`.
            self.push_slots(frame.params, frame.base_depth);
        } else {
            for i in 0..self.cx.frames[index].entry_params.len() {
                let value = self.cx.frames[index].entry_params[i];
                self.cx.stack.push(value);
            }
        }
        self.cx.stack.mark_settled();
        self.cx.reachable = true;
        Ok(())
    }

    /// `end` of the innermost frame.
    pub(crate) fn end(&mut self) -> CompileResult<()> {
        let index = self.cx.frames.len() - 1;
        if let FrameKind::If {
            has_else: false, ..
        } = self.cx.frames[index].kind
        {
            if self.cx.frames[index].live {
                self.else_()?;
            }
        }
        let frame = &self.cx.frames[index];
        if !frame.live || frame.kind == FrameKind::Loop {
            self.cx.frames.pop();
            return Ok(());
        }
        if self.cx.reachable {
            self.fall_through_to_end(index)?;
        }
        self.cx.handlers.close_frame(index);
        let Some(frame) = self.cx.frames.pop() else {
            return Err(CompileError::internal("end without a frame"));
        };
        self.masm.bind(frame.label);
        if frame.kind == FrameKind::Function {
            self.emit_epilogue()?;
            // The results have been moved to where the caller finds them: the body
            // ends with an empty value stack and every register free.
            self.discard_stack_above(0);
        } else {
            let reachable = self.cx.reachable || frame.branched_to;
            self.enter_label_state(&frame)?;
            self.cx.reachable = reachable;
        }
        Ok(())
    }

    /// Pops an `if` condition into a register and spills the stack for the new frame.
    pub(crate) fn enter_if(
        &mut self,
        params: &'a [ValType],
        results: &'a [ValType],
    ) -> CompileResult<()> {
        let condition = if params.len() > BULK_VALUES {
            // Settling may emit a copy loop, which changes the flags: test afterwards.
            let condition = self.pop_condition_gpr()?;
            self.settle_top(params.len())?;
            self.masm.test_rr(OperandSize::S32, condition);
            self.free_gpr(condition);
            Cond::Ne
        } else {
            // Nothing between here and the jump may change the flags (spilling does not).
            let condition = self.pop_condition()?;
            self.spill_all();
            condition
        };
        let else_label = self.masm.new_label();
        self.masm.jcc(condition.invert(), else_label);
        self.push_frame(
            FrameKind::If {
                else_label,
                has_else: false,
            },
            params,
            results,
        );
        Ok(())
    }

    /// `block`.
    pub(crate) fn enter_block(
        &mut self,
        params: &'a [ValType],
        results: &'a [ValType],
    ) -> CompileResult<()> {
        if params.len() > BULK_VALUES {
            self.settle_top(params.len())?;
        } else {
            self.spill_all();
        }
        self.push_frame(FrameKind::Block, params, results);
        Ok(())
    }

    /// `loop`, with an interrupt check at the header.
    pub(crate) fn enter_loop(
        &mut self,
        params: &'a [ValType],
        results: &'a [ValType],
    ) -> CompileResult<()> {
        self.push_loop_frame(params, results)?;
        self.emit_interrupt_check();
        Ok(())
    }
}
