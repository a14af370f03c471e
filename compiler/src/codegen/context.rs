//! [`CodeGen`], which holds the emitter (the assembler) and the [`Context`] (the
//! function's state, `state.rs`), and the helpers every visitor uses: popping operands
//! into registers, pushing results, and trapping.

use dynasmrt::DynamicLabel;

use super::frame::EntrySlowPath;
pub(crate) use super::regalloc::class_of;
use super::state::{Context, LocalSlot};
use super::value_stack::{Location, Value};
use super::{FuncEnv, Reloc, TrapSite};
use crate::error::{CompileError, CompileResult};
use crate::module::{FuncIndex, ValType};
use crate::trap::TrapCode;
use crate::vmoffsets;
use crate::x64::masm::FloatSize;
use crate::x64::regs::VMCTX;
use crate::x64::{Address, Cond, Gpr, Masm, OperandSize, Reg, RegClass, Xmm};

/// How many value-stack entries from the top [`CodeGen::alloc_specific`] searches for
/// the one holding the register it needs before it spills the stack instead.
const EVICTION_WINDOW: usize = 16;

/// Branches, merges, frames and calls carrying more values than this move them in
/// bulk: the values are first settled in consecutive stack slots at the stack top
/// ([`CodeGen::settle_top`], paid once for each value since a settled value stays
/// settled), then moved as one block by a loop of constant size. The emitted code per
/// operator is therefore bounded whatever the arity of the types it uses, which keeps
/// machine code linear in the input (see [`super::MAX_CODE_BYTES_PER_INPUT_BYTE`]).
/// Up to this many values keep the faster move per value.
pub(crate) const BULK_VALUES: usize = 8;

/// An integer operand: a register or a 32-bit immediate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntOperand {
    /// A register (owned by the caller until freed).
    Reg(Gpr),
    /// A sign-extended immediate.
    Imm(i32),
    /// A frame slot holding the value (a local's or a spilled one), read in place.
    Mem(Address),
}

/// An out-of-line trap stub to emit at the end of the function.
struct TrapStub {
    label: DynamicLabel,
    code: TrapCode,
    wasm_offset: usize,
}

/// The code generator of one function: the emitter (the assembler with its code
/// buffer and labels, and the records of the code emitted: relocations, trap sites,
/// out-of-line paths) and the [`Context`] (value stack, registers, frames, locals),
/// kept apart so that either can be borrowed while the other is used.
pub struct CodeGen<'a> {
    /// The module environment.
    pub(super) env: FuncEnv<'a>,
    /// The assembler.
    pub(super) masm: Masm,
    /// The state of the function at the current operator.
    pub(super) cx: Context<'a>,
    /// Byte offset of the operator being compiled.
    pub(super) wasm_offset: usize,
    /// Call sites to patch at link time.
    pub(super) relocs: Vec<Reloc>,
    /// Instructions that may fault, with the trap they mean.
    pub(super) trap_sites: Vec<TrapSite>,
    trap_stubs: Vec<TrapStub>,
    /// Builtin calls whose trap path is emitted out of line: (label, wasm offset).
    pub(super) deferred_builtin_traps: Vec<(DynamicLabel, usize)>,
    /// The prologue's out-of-line path, emitted with the trap stubs.
    pub(super) entry_slow_path: Option<EntrySlowPath>,
    /// Scratch for `br_table`: the jump-table label of each relative depth the table
    /// names, indexed by depth. Every entry is `None` between operators.
    pub(super) branch_table_labels: Vec<Option<DynamicLabel>>,
}

impl<'a> CodeGen<'a> {
    /// A code generator for the functions of the module `env` describes, set up for
    /// `env.func` with the given locals (parameters first).
    pub(crate) fn new(env: FuncEnv<'a>, locals: Vec<LocalSlot>, depth: u32) -> Self {
        CodeGen {
            env,
            masm: Masm::with_simd_encoding(env.simd_encoding),
            cx: Context::new(locals, depth),
            wasm_offset: 0,
            relocs: Vec::new(),
            trap_sites: Vec::new(),
            trap_stubs: Vec::new(),
            deferred_builtin_traps: Vec::new(),
            entry_slow_path: None,
            branch_table_labels: Vec::new(),
        }
    }

    /// Sets the generator up for compiling `func` of the same module, keeping the
    /// capacity of its buffers; `self.cx.locals` must already describe `func`'s locals.
    /// `fresh_assembler` discards the assembler's state (after a failed function).
    pub(super) fn reset(&mut self, func: FuncIndex, depth: u32, fresh_assembler: bool) {
        self.env.func = func;
        if fresh_assembler {
            self.masm = Masm::with_simd_encoding(self.env.simd_encoding);
        }
        self.cx.reset(depth);
        self.wasm_offset = 0;
        self.relocs.clear();
        self.trap_sites.clear();
        self.trap_stubs.clear();
        self.deferred_builtin_traps.clear();
        self.entry_slow_path = None;
        self.branch_table_labels.clear();
    }

    /// An `Unsupported` error for `what` at the current operator.
    pub(crate) fn unsupported(&self, what: &str) -> CompileError {
        CompileError::unsupported(what, self.wasm_offset)
    }

    // ---- machine stack depth -------------------------------------------------------

    /// Records that `bytes` more were pushed (the instruction is emitted by the caller).
    pub(crate) fn grow_depth(&mut self, bytes: u32) {
        self.cx.grow_depth(bytes);
    }

    /// Moves `rsp` to `depth` bytes below `rbp` and records it.
    pub(crate) fn set_depth(&mut self, depth: u32) {
        if depth != self.cx.depth {
            self.masm.adjust_rsp(self.cx.depth as i32 - depth as i32);
        }
        self.cx.depth = depth;
        self.cx.max_depth = self.cx.max_depth.max(depth);
    }

    // ---- registers ----------------------------------------------------------------

    /// A free register of `class`, spilling the value stack if none is left.
    pub(crate) fn alloc(&mut self, class: RegClass) -> CompileResult<Reg> {
        if let Some(reg) = self.cx.regs.alloc(class) {
            return Ok(reg);
        }
        self.spill_all();
        self.cx
            .regs
            .alloc(class)
            .ok_or_else(|| CompileError::internal("out of registers after spilling"))
    }

    /// A free general-purpose register.
    pub(crate) fn alloc_gpr(&mut self) -> CompileResult<Gpr> {
        match self.alloc(RegClass::Gpr)? {
            Reg::Gpr(gpr) => Ok(gpr),
            Reg::Xmm(_) => Err(CompileError::internal("allocator returned the wrong class")),
        }
    }

    /// A free SSE register.
    pub(crate) fn alloc_xmm(&mut self) -> CompileResult<Xmm> {
        match self.alloc(RegClass::Xmm)? {
            Reg::Xmm(xmm) => Ok(xmm),
            Reg::Gpr(_) => Err(CompileError::internal("allocator returned the wrong class")),
        }
    }

    /// Takes exactly `reg`. If a value-stack entry holds it, the entry moves to another
    /// free register, or, when there is none, the value stack is spilled.
    pub(crate) fn alloc_specific(&mut self, reg: Reg) -> CompileResult<()> {
        if self.cx.regs.alloc_specific(reg) || self.move_entry_out_of(reg) {
            return Ok(());
        }
        self.spill_all();
        if self.cx.regs.alloc_specific(reg) {
            Ok(())
        } else {
            Err(CompileError::internal(format!(
                "{reg:?} is held by a temporary"
            )))
        }
    }

    /// Moves the value-stack entry held in `reg` to a free register of its class and
    /// hands `reg` to the caller; false (nothing emitted) if no entry among the top
    /// [`EVICTION_WINDOW`] holds `reg` or no other register is free. (The window keeps
    /// each call constant-time; past it, spilling settles the stack once for all.)
    fn move_entry_out_of(&mut self, reg: Reg) -> bool {
        let held = Location::Reg(reg);
        let Some(index) = (self.cx.stack.settled()..self.cx.stack.len())
            .rev()
            .take(EVICTION_WINDOW)
            .find(|&index| self.cx.stack.entries()[index].location == held)
        else {
            return false;
        };
        match (self.cx.regs.alloc(reg.class()), reg) {
            (Some(Reg::Gpr(dst)), Reg::Gpr(src)) => {
                self.masm.mov_rr(OperandSize::S64, dst, src);
                self.cx.stack.relocate(index, Location::Reg(Reg::Gpr(dst)));
                true
            }
            (Some(Reg::Xmm(dst)), Reg::Xmm(src)) => {
                self.masm.float_mov(dst, src);
                self.cx.stack.relocate(index, Location::Reg(Reg::Xmm(dst)));
                true
            }
            (other, _) => {
                // None free (the allocator never hands out another class).
                if let Some(other) = other {
                    self.cx.regs.free(other);
                }
                false
            }
        }
    }

    /// Gives a register back.
    pub(crate) fn free(&mut self, reg: Reg) {
        self.cx.regs.free(reg);
    }

    /// Gives a general-purpose register back.
    pub(crate) fn free_gpr(&mut self, gpr: Gpr) {
        self.cx.regs.free(Reg::Gpr(gpr));
    }

    /// Gives an SSE register back.
    pub(crate) fn free_xmm(&mut self, xmm: Xmm) {
        self.cx.regs.free(Reg::Xmm(xmm));
    }

    // ---- pushing ------------------------------------------------------------------

    /// Pushes a value living in `reg` (the stack entry now owns it).
    pub(crate) fn push_reg(&mut self, ty: ValType, reg: Reg) {
        self.cx.stack.push(Value::new(ty, Location::Reg(reg)));
    }

    /// Pushes an integer or reference living in `gpr`.
    pub(crate) fn push_gpr(&mut self, ty: ValType, gpr: Gpr) {
        self.push_reg(ty, Reg::Gpr(gpr));
    }

    /// Pushes a float living in `xmm`.
    pub(crate) fn push_xmm(&mut self, ty: ValType, xmm: Xmm) {
        self.push_reg(ty, Reg::Xmm(xmm));
    }

    /// Pushes a constant given as bits.
    pub(crate) fn push_const(&mut self, ty: ValType, bits: i64) {
        self.cx.stack.push(Value::new(ty, Location::Const(bits)));
    }

    // ---- popping ------------------------------------------------------------------

    /// Pops the top entry without moving it anywhere.
    pub(crate) fn pop_value(&mut self) -> CompileResult<Value> {
        self.cx
            .stack
            .pop()
            .ok_or_else(|| CompileError::internal("value stack underflow"))
    }

    /// Pops the top entry into a register the caller owns (and may overwrite).
    pub(crate) fn pop_reg(&mut self) -> CompileResult<Reg> {
        let value = self.pop_value()?;
        self.value_into_reg(value)
    }

    /// Pops an integer or reference into a general-purpose register.
    pub(crate) fn pop_gpr(&mut self) -> CompileResult<Gpr> {
        match self.pop_reg()? {
            Reg::Gpr(gpr) => Ok(gpr),
            Reg::Xmm(_) => Err(CompileError::internal("expected an integer operand")),
        }
    }

    /// Pops a float into an SSE register.
    pub(crate) fn pop_xmm(&mut self) -> CompileResult<Xmm> {
        match self.pop_reg()? {
            Reg::Xmm(xmm) => Ok(xmm),
            Reg::Gpr(_) => Err(CompileError::internal("expected a float operand")),
        }
    }

    /// Pops the top entry into exactly `reg`.
    pub(crate) fn pop_to_specific(&mut self, reg: Reg) -> CompileResult<()> {
        let value = self.pop_value()?;
        if value.location == Location::Reg(reg) {
            return Ok(());
        }
        self.alloc_specific(reg)?;
        self.load_value(value, reg);
        self.release(value);
        Ok(())
    }

    /// Pops an integer the caller only reads: a pinned local's own register (lent:
    /// never written, and freeing it is a no-op), otherwise like [`Self::pop_gpr`].
    pub(crate) fn pop_gpr_read(&mut self) -> CompileResult<Gpr> {
        if let Some(reg) = self.top_pinned_local() {
            self.pop_value()?;
            return Ok(reg);
        }
        self.pop_gpr()
    }

    /// The register of the pinned local the top entry lazily reads, if it is one.
    pub(crate) fn top_pinned_local(&self) -> Option<Gpr> {
        self.pinned_source(*self.cx.stack.peek(0)?)
    }

    /// Pops the operand an operator overwrites with its result. When the next operator
    /// stores that result into a pinned local ([`Self::result_hint`]), the operand goes
    /// straight into the local's register so no move follows; `reads` is a register
    /// the operator still reads after this (if it is that local's, the operand must be
    /// the local itself).
    pub(crate) fn pop_gpr_for_result(&mut self, reads: Option<Gpr>) -> CompileResult<Gpr> {
        let hint = self.cx.result_hint.take();
        let target = hint.and_then(|local| Some((local, self.pinned_local(local)?)));
        let top = self.cx.stack.peek(0).copied();
        if let (Some((local, target)), Some(value)) = (target, top) {
            let in_place = value.location == Location::Local(local);
            let movable = matches!(
                value.location,
                Location::Reg(_) | Location::Const(_) | Location::Local(_)
            );
            if movable && (in_place || reads != Some(target)) {
                self.pop_value()?;
                // Other lazy reads of the local keep its old value.
                self.materialize_local_reads(local)?;
                self.load_value(value, Reg::Gpr(target));
                self.release(value);
                return Ok(target);
            }
        }
        self.pop_gpr()
    }

    /// Like [`Self::pop_gpr_or_imm`], for an operand the caller only reads (see
    /// [`Self::pop_gpr_read`]).
    pub(crate) fn pop_gpr_or_imm_read(&mut self) -> CompileResult<IntOperand> {
        if let Some(reg) = self.top_pinned_local() {
            self.pop_value()?;
            return Ok(IntOperand::Reg(reg));
        }
        self.pop_gpr_or_imm()
    }

    /// Like [`Self::pop_gpr_or_imm_read`], but a value in a frame slot that stays put
    /// (a local that is not pinned, or a spilled value below the stack top) is
    /// returned as that slot, for instructions that take a memory operand.
    pub(crate) fn pop_int_operand_read(&mut self) -> CompileResult<IntOperand> {
        if let Some(value) = self.cx.stack.peek(0).copied() {
            let in_slot = match value.location {
                Location::Local(index) => self.pinned_local(index).is_none(),
                Location::Spilled(depth) => depth != self.cx.depth,
                _ => false,
            };
            if in_slot && value.ty != ValType::V128 {
                self.pop_value()?;
                return Ok(IntOperand::Mem(self.value_address(value)));
            }
        }
        self.pop_gpr_or_imm_read()
    }

    /// Pops an integer as an immediate if it is a constant that fits, else a register.
    pub(crate) fn pop_gpr_or_imm(&mut self) -> CompileResult<IntOperand> {
        if let Some(Value {
            location: Location::Const(bits),
            ..
        }) = self.cx.stack.peek(0).copied()
        {
            if bits == bits as i32 as i64 {
                self.pop_value()?;
                return Ok(IntOperand::Imm(bits as i32));
            }
        }
        Ok(IntOperand::Reg(self.pop_gpr()?))
    }

    /// Moves a popped value into a register the caller owns.
    pub(crate) fn value_into_reg(&mut self, value: Value) -> CompileResult<Reg> {
        if let Location::Reg(reg) = value.location {
            return Ok(reg);
        }
        let reg = self.alloc(class_of(value.ty))?;
        self.load_value(value, reg);
        self.release(value);
        Ok(reg)
    }

    /// Frees whatever a popped value occupied (a register or the top stack slot).
    pub(crate) fn release(&mut self, value: Value) {
        match value.location {
            Location::Reg(reg) => self.free(reg),
            Location::Spilled(depth) if depth == self.cx.depth => {
                self.set_depth(depth - value.ty.slot_bytes())
            }
            _ => {}
        }
    }

    /// Pops and discards the top entry.
    pub(crate) fn drop_value(&mut self) -> CompileResult<()> {
        let value = self.pop_value()?;
        self.release(value);
        Ok(())
    }

    /// The register local `index` is pinned to, if it is.
    pub(crate) fn pinned_local(&self, index: u32) -> Option<Gpr> {
        self.cx.locals.get(index as usize)?.pinned
    }

    /// The register a lazy read of a pinned local refers to, if `value` is one.
    pub(crate) fn pinned_source(&self, value: Value) -> Option<Gpr> {
        match value.location {
            Location::Local(index) => self.pinned_local(index),
            _ => None,
        }
    }

    /// Each pinned register with the frame slot the prologue saved the caller's value
    /// in (right below the `VMContext` slot, in order).
    pub(crate) fn pinned_saves(&self) -> impl Iterator<Item = (Gpr, Address)> + '_ {
        self.cx
            .saved_registers
            .iter()
            .enumerate()
            .map(|(i, reg)| (*reg, Address::frame(-16 - 8 * i as i32)))
    }

    /// Emits code that copies `value` into `reg` without changing any state.
    pub(crate) fn load_value(&mut self, value: Value, reg: Reg) {
        if value.location == Location::Reg(reg) {
            return;
        }
        if let Some(source) = self.pinned_source(value) {
            match reg {
                Reg::Gpr(dst) if dst == source => {}
                Reg::Gpr(dst) => self.masm.mov_rr(OperandSize::S64, dst, source),
                Reg::Xmm(dst) => self.masm.gpr_to_xmm(OperandSize::S64, dst, source),
            }
            return;
        }
        match (value.location, reg) {
            (Location::Reg(Reg::Gpr(src)), Reg::Gpr(dst)) => {
                self.masm.mov_rr(OperandSize::S64, dst, src)
            }
            (Location::Reg(Reg::Xmm(src)), Reg::Xmm(dst)) => self.masm.float_mov(dst, src),
            (Location::Reg(Reg::Gpr(src)), Reg::Xmm(dst)) => {
                self.masm.gpr_to_xmm(OperandSize::S64, dst, src)
            }
            (Location::Reg(Reg::Xmm(src)), Reg::Gpr(dst)) => {
                self.masm.xmm_to_gpr(OperandSize::S64, dst, src)
            }
            (Location::Const(bits), Reg::Gpr(dst)) => {
                self.masm.mov_ri(size_of_int(value.ty), dst, bits)
            }
            (Location::Const(bits), Reg::Xmm(dst)) => {
                let size = float_size(value.ty);
                self.masm.with_scratch_gpr(|masm, scratch| {
                    masm.float_const(size, dst, bits as u64, scratch)
                })
            }
            (Location::Local(_) | Location::Spilled(_), Reg::Xmm(dst))
                if value.ty == ValType::V128 =>
            {
                let address = self.value_address(value);
                self.masm.v128_load(dst, address)
            }
            (Location::Local(_) | Location::Spilled(_), Reg::Gpr(dst)) => {
                // `i32` values in registers are always zero-extended.
                let address = self.value_address(value);
                self.masm.load(size_of_int(value.ty), dst, address)
            }
            (Location::Local(_) | Location::Spilled(_), Reg::Xmm(dst)) => {
                let address = self.value_address(value);
                self.masm.float_load(FloatSize::F64, dst, address)
            }
            (Location::Flags(cond), Reg::Gpr(dst)) => self.masm.setcc(cond, dst),
            (Location::Flags(cond), Reg::Xmm(dst)) => {
                self.masm.with_scratch_gpr(|masm, scratch| {
                    masm.setcc(cond, scratch);
                    masm.gpr_to_xmm(OperandSize::S64, dst, scratch);
                });
            }
        }
    }

    /// The frame address of a local or spilled value.
    pub(crate) fn value_address(&self, value: Value) -> Address {
        match value.location {
            Location::Local(index) => Address::frame(self.cx.locals[index as usize].disp),
            Location::Spilled(depth) => Address::frame(-(depth as i32)),
            _ => Address::frame(0),
        }
    }

    /// Turns a comparison result left in the flags into a register value.
    #[inline(always)]
    pub(crate) fn materialize_flags(&mut self) -> CompileResult<()> {
        match self.cx.stack.peek(0) {
            Some(Value {
                location: Location::Flags(_),
                ..
            }) => self.materialize_flags_into_reg(),
            _ => Ok(()),
        }
    }

    /// Moves the comparison result on top of the stack from the flags to a register.
    #[inline(never)]
    fn materialize_flags_into_reg(&mut self) -> CompileResult<()> {
        // Allocating may spill, which materialises the flags itself.
        let reg = self.alloc_gpr()?;
        let top = self.cx.stack.len() - 1;
        match self.cx.stack.entries()[top].location {
            Location::Flags(cond) => {
                self.masm.setcc(cond, reg);
                self.cx.stack.relocate(top, Location::Reg(Reg::Gpr(reg)));
            }
            _ => self.free_gpr(reg),
        }
        Ok(())
    }

    /// Pops a branch condition: the flags a comparison left, or a test of the value.
    /// Returns the condition under which the branch is taken.
    pub(crate) fn pop_condition(&mut self) -> CompileResult<Cond> {
        let value = self.pop_value()?;
        if let Location::Flags(cond) = value.location {
            return Ok(cond);
        }
        let gpr = self.condition_into_gpr(value)?;
        self.masm.test_rr(OperandSize::S32, gpr);
        self.free_gpr(gpr);
        Ok(Cond::Ne)
    }

    /// Pops a branch condition into a register the caller tests and frees (a pinned
    /// local's own register is lent: freeing it is a no-op), for branches that emit
    /// code changing the flags before they test it.
    pub(crate) fn pop_condition_gpr(&mut self) -> CompileResult<Gpr> {
        let value = self.pop_value()?;
        self.condition_into_gpr(value)
    }

    /// The register holding the popped condition `value` (see [`Self::pop_condition_gpr`]).
    fn condition_into_gpr(&mut self, value: Value) -> CompileResult<Gpr> {
        let reg = match self.pinned_source(value) {
            Some(reg) => Reg::Gpr(reg),
            None => self.value_into_reg(value)?,
        };
        match reg {
            Reg::Gpr(gpr) => Ok(gpr),
            Reg::Xmm(_) => Err(CompileError::internal(
                "branch condition in a float register",
            )),
        }
    }

    /// Replaces lazy reads of local `index` on the stack by their current value, before
    /// the local is overwritten, bottom first. The reads are found walking down from the
    /// top (see [`super::value_stack::ValueStack`] for why that is linear in the input).
    pub(crate) fn materialize_local_reads(&mut self, index: u32) -> CompileResult<()> {
        if !self.cx.stack.references_local(index) {
            return Ok(());
        }
        let mut positions = std::mem::take(&mut self.cx.read_positions);
        self.cx.stack.reads_of(index, &mut positions);
        for &position in &positions {
            let value = self.cx.stack.entries()[position];
            let reg = match self.cx.regs.alloc(class_of(value.ty)) {
                Some(reg) => reg,
                None => {
                    // Spilling turns every lazy local read into a stack slot.
                    self.spill_all();
                    break;
                }
            };
            self.load_value(value, reg);
            self.cx.stack.relocate(position, Location::Reg(reg));
        }
        self.cx.read_positions = positions;
        Ok(())
    }

    /// Frees the registers of the value-stack entries at and above `height` and removes
    /// those entries.
    pub(crate) fn discard_stack_above(&mut self, height: usize) {
        for i in height..self.cx.stack.len() {
            if let Location::Reg(reg) = self.cx.stack.entries()[i].location {
                self.free(reg);
            }
        }
        self.cx.stack.truncate(height);
    }

    /// Arranges the top `count` entries as consecutive stack slots (entry `i` at depth
    /// `base + slot_ends(types)[i]`), pops them from the value stack, and returns `base`.
    pub(crate) fn arrange_top_in_slots(&mut self, count: usize) -> CompileResult<u32> {
        let base = self.arrange_top(count)?;
        self.cx.stack.truncate(self.cx.stack.len() - count);
        Ok(base)
    }

    /// Arranges the top `count` entries as consecutive stack slots ending at the stack
    /// top, like [`Self::arrange_top_in_slots`], but keeps them on the value stack as
    /// those slots; returns `base`. The code is paid for once: entries already in such
    /// slots cost nothing, so a branch or frame carrying many values settles them here
    /// and every later one finds them in place (see [`BULK_VALUES`]).
    pub(crate) fn settle_top(&mut self, count: usize) -> CompileResult<u32> {
        if let Some(base) = self.packed_top(count) {
            return Ok(base);
        }
        let base = self.arrange_top(count)?;
        let first = self.cx.stack.len() - count;
        let mut end = base;
        for index in first..self.cx.stack.len() {
            end += self.cx.stack.entries()[index].ty.slot_bytes();
            self.cx.stack.relocate(index, Location::Spilled(end));
        }
        self.cx.stack.mark_settled();
        Ok(base)
    }

    /// The depth below the top `count` entries if they already are in consecutive
    /// slots ending at the stack top (as [`Self::settle_top`] leaves them).
    pub(crate) fn packed_top(&self, count: usize) -> Option<u32> {
        let mut depth = self.cx.depth;
        for value in self.cx.stack.top(count).iter().rev() {
            if value.location != Location::Spilled(depth) {
                return None;
            }
            depth -= value.ty.slot_bytes();
        }
        Some(depth)
    }

    /// The moves of [`Self::arrange_top_in_slots`], leaving the value stack as it is.
    fn arrange_top(&mut self, count: usize) -> CompileResult<u32> {
        self.spill_all_pushing_constants_from(self.cx.stack.len().saturating_sub(count));
        let mut values = std::mem::take(&mut self.cx.scratch_values);
        values.clear();
        values.extend_from_slice(self.cx.stack.top(count));
        let spilled: u32 = values
            .iter()
            .filter(|value| matches!(value.location, Location::Spilled(_)))
            .map(|value| value.ty.slot_bytes())
            .sum();
        let mut ends = std::mem::take(&mut self.cx.scratch_ends);
        crate::module::slot_ends_into(&mut ends, values.iter().map(|value| value.ty));
        let base = self.cx.depth - spilled;
        let top = base + ends.last().copied().unwrap_or(0);
        if top > self.cx.depth {
            self.set_depth(top);
        }
        self.move_values_to_slots(&values, |i| -((base + ends[i]) as i32));
        self.set_depth(top);
        self.cx.scratch_values = values;
        self.cx.scratch_ends = ends;
        Ok(base)
    }

    /// Stores `values` into the slots `target_disp(i)` (from `rbp`), ordering the copies so
    /// that no spilled source is overwritten before it is read. Spilled sources must be in
    /// increasing depth order, as the value stack keeps them.
    pub(crate) fn move_values_to_slots(
        &mut self,
        values: &[Value],
        target_disp: impl Fn(usize) -> i32,
    ) {
        if values.len() > BULK_VALUES {
            return self.move_runs_to_slots(values, target_disp);
        }
        let source_disp = |value: &Value| match value.location {
            Location::Spilled(depth) => Some(-(depth as i32)),
            _ => None,
        };
        // Spilled sources moving to higher addresses go first, lowest index first; those
        // moving to lower addresses go next, highest index first.
        for (i, value) in values.iter().enumerate() {
            if let Some(source) = source_disp(value) {
                if source < target_disp(i) {
                    self.store_value(*value, Address::frame(target_disp(i)));
                }
            }
        }
        for (i, value) in values.iter().enumerate().rev() {
            if let Some(source) = source_disp(value) {
                if source > target_disp(i) {
                    self.store_value(*value, Address::frame(target_disp(i)));
                }
            }
        }
        for (i, value) in values.iter().enumerate() {
            if source_disp(value).is_none() {
                self.store_value(*value, Address::frame(target_disp(i)));
            }
        }
    }

    /// [`Self::move_values_to_slots`] for many values: spilled values whose slots
    /// move together (adjacent sources going to adjacent targets) form a run that is
    /// copied as one block, with a loop of constant size when it is long. The code is
    /// linear in the number of runs, at most one more than the values not spilled.
    fn move_runs_to_slots(&mut self, values: &[Value], target_disp: impl Fn(usize) -> i32) {
        // (lowest source address, lowest target address, bytes), in value order.
        let mut runs: Vec<(i32, i32, u32)> = Vec::new();
        let mut previous: Option<(i32, i32)> = None;
        for (i, value) in values.iter().enumerate() {
            let Location::Spilled(depth) = value.location else {
                previous = None;
                continue;
            };
            let (source, target, size) = (-(depth as i32), target_disp(i), value.ty.slot_bytes());
            // Value `i + 1` sits right below value `i` in both layouts.
            let extends = previous
                .is_some_and(|(s, t)| s == source + size as i32 && t == target + size as i32);
            match runs.last_mut() {
                Some(run) if extends => {
                    run.0 = source;
                    run.1 = target;
                    run.2 += size;
                }
                _ => runs.push((source, target, size)),
            }
            previous = Some((source, target));
        }
        // The same order as for single values: runs moving to higher addresses first,
        // from the highest; then those moving to lower addresses, from the lowest.
        for &(source, target, bytes) in &runs {
            if source < target {
                self.copy_frame_bytes(target, source, bytes);
            }
        }
        for &(source, target, bytes) in runs.iter().rev() {
            if source > target {
                self.copy_frame_bytes(target, source, bytes);
            }
        }
        for (i, value) in values.iter().enumerate() {
            if !matches!(value.location, Location::Spilled(_)) {
                self.store_value(*value, Address::frame(target_disp(i)));
            }
        }
    }

    /// Copies `bytes` (a multiple of 8) from frame offset `source` to `target` (the
    /// lowest addresses), correctly when the ranges overlap: a few single copies, or a
    /// loop when there are more than [`BULK_VALUES`] words.
    pub(crate) fn copy_frame_bytes(&mut self, target: i32, source: i32, bytes: u32) {
        let words = bytes / 8;
        if words as usize > BULK_VALUES {
            if let Some(Reg::Gpr(counter)) = self.cx.regs.alloc(RegClass::Gpr) {
                self.masm.copy_frame_qwords(target, source, words, counter);
                self.free_gpr(counter);
                return;
            }
        }
        let copy = |masm: &mut Masm, word: u32| {
            let offset = 8 * word as i32;
            masm.copy_slot(
                Address::frame(target + offset),
                Address::frame(source + offset),
            );
        };
        if target > source {
            (0..words).rev().for_each(|word| copy(&mut self.masm, word));
        } else {
            (0..words).for_each(|word| copy(&mut self.masm, word));
        }
    }

    // ---- traps --------------------------------------------------------------------

    /// Jumps to a trap stub for `code` when `cond` holds.
    pub(crate) fn trap_if(&mut self, cond: Cond, code: TrapCode) {
        let label = self.trap_label(code);
        self.masm.jcc(cond, label);
    }

    /// Traps unconditionally; the code after it is unreachable.
    pub(crate) fn trap(&mut self, code: TrapCode) {
        let label = self.trap_label(code);
        self.masm.jmp(label);
        self.cx.reachable = false;
    }

    /// The label of a stub that raises `code` for the current operator.
    pub(crate) fn trap_label(&mut self, code: TrapCode) -> DynamicLabel {
        if let Some(stub) = self
            .trap_stubs
            .last()
            .filter(|stub| stub.code == code && stub.wasm_offset == self.wasm_offset)
        {
            return stub.label;
        }
        let label = self.masm.new_label();
        self.trap_stubs.push(TrapStub {
            label,
            code,
            wasm_offset: self.wasm_offset,
        });
        label
    }

    /// Emits every trap stub: record the offset, set the code, unwind to the entry.
    pub(crate) fn emit_trap_stubs(&mut self) {
        for stub in std::mem::take(&mut self.trap_stubs) {
            self.masm.bind(stub.label);
            emit_trap_exit(&mut self.masm, stub.wasm_offset, |masm| {
                masm.mov_ri(OperandSize::S32, crate::x64::regs::RAX, stub.code as i64)
            });
        }
    }

    /// Traps with `Interrupted` if the store's interrupt flag is set.
    pub(crate) fn emit_interrupt_check(&mut self) {
        let interrupted = self.trap_label(TrapCode::Interrupted);
        self.masm.with_scratch_gpr(|masm, store| {
            masm.load(
                OperandSize::S64,
                store,
                Address::offset(VMCTX, vmoffsets::STORE_CONTEXT),
            );
            masm.cmp_mem32_imm(Address::offset(store, vmoffsets::store::INTERRUPT), 0);
            masm.jcc(Cond::Ne, interrupted);
        });
    }
}

/// The integer operation width for `ty` (`i32` → 32 bits, everything else 64).
pub(crate) fn size_of_int(ty: ValType) -> OperandSize {
    match ty {
        ValType::I32 | ValType::F32 => OperandSize::S32,
        _ => OperandSize::S64,
    }
}

/// The float width for `ty`.
pub(crate) fn float_size(ty: ValType) -> FloatSize {
    match ty {
        ValType::F32 => FloatSize::F32,
        _ => FloatSize::F64,
    }
}

/// Emits the exit of a trap path: records `wasm_offset` in the store context as the
/// trapping instruction's, lets `set_code` put the trap code in `eax`, then returns to
/// the entry trampoline's landing pad (`rsp = store.entry_sp; ret`). The scratch
/// register holds the store context meanwhile, so `set_code` cannot borrow it; `rax`
/// is free until `set_code` runs.
pub(crate) fn emit_trap_exit(
    masm: &mut Masm,
    wasm_offset: usize,
    set_code: impl FnOnce(&mut Masm),
) {
    masm.with_scratch_gpr(|masm, store| {
        masm.load(
            OperandSize::S64,
            store,
            Address::offset(VMCTX, vmoffsets::STORE_CONTEXT),
        );
        let slot = Address::offset(store, vmoffsets::store::TRAP_WASM_OFFSET);
        match i32::try_from(wasm_offset) {
            Ok(offset) => masm.store_imm64(slot, i64::from(offset)),
            // Too large for an immediate store, which would need the scratch register.
            Err(_) => {
                let rax = crate::x64::regs::RAX;
                masm.mov_ri(OperandSize::S64, rax, wasm_offset as i64);
                masm.store(OperandSize::S64, slot, rax);
            }
        }
        set_code(masm);
        masm.load(
            OperandSize::S64,
            crate::x64::regs::RSP,
            Address::offset(store, vmoffsets::store::ENTRY_SP),
        );
        masm.ret();
    });
}
