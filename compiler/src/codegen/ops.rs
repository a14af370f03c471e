//! Operator-shaped helpers: visitors call these with a closure that emits the one
//! instruction that differs (the Winch pattern), so each visitor is a few lines.

use super::context::{size_of_int, CodeGen, IntOperand};
use crate::error::CompileResult;
use crate::module::ValType;
use crate::trap::TrapCode;
use crate::x64::masm::{AluOp, FloatSize, ShiftKind, Signedness};
use crate::x64::regs::{RAX, RCX, RDX};
use crate::x64::{Cond, Gpr, Masm, OperandSize, Reg, Xmm};

/// Whether a division computes the quotient or the remainder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DivResult {
    /// Quotient.
    Quotient,
    /// Remainder.
    Remainder,
}

/// Emits `op dst, src` for a register, immediate or frame-slot source.
pub(crate) fn alu(op: AluOp) -> impl FnOnce(&mut Masm, OperandSize, Gpr, IntOperand) {
    move |masm, size, dst, src| match src {
        IntOperand::Reg(src) => masm.alu_rr(op, size, dst, src),
        IntOperand::Imm(imm) => masm.alu_ri(op, size, dst, imm),
        IntOperand::Mem(address) => masm.alu_rm(op, size, dst, address),
    }
}

impl CodeGen<'_> {
    /// `lhs op rhs` on integers of type `ty`: `emit(masm, size, lhs_reg, rhs)` writes
    /// the result into `lhs_reg` and only reads `rhs` (it may be a pinned local, or a
    /// frame slot read in place).
    pub(crate) fn int_binop(
        &mut self,
        ty: ValType,
        emit: impl FnOnce(&mut Masm, OperandSize, Gpr, IntOperand),
    ) -> CompileResult<()> {
        let size = size_of_int(ty);
        let rhs = self.pop_int_operand_read()?;
        let reads = match rhs {
            IntOperand::Reg(reg) => Some(reg),
            IntOperand::Imm(_) | IntOperand::Mem(_) => None,
        };
        let lhs = self.pop_gpr_for_result(reads)?;
        emit(&mut self.masm, size, lhs, rhs);
        if let IntOperand::Reg(rhs) = rhs {
            self.free_gpr(rhs);
        }
        self.push_gpr(ty, lhs);
        Ok(())
    }

    /// [`Self::int_binop`] for an operation where `lhs op rhs == rhs op lhs`. When `rhs`
    /// is in a register of its own and `lhs` lives elsewhere (a pinned local, or a slot),
    /// the result is computed in `rhs`'s register, reading `lhs` in place, which saves
    /// copying `lhs` into a fresh register.
    pub(crate) fn int_commutative_binop(
        &mut self,
        ty: ValType,
        emit: impl FnOnce(&mut Masm, OperandSize, Gpr, IntOperand),
    ) -> CompileResult<()> {
        use super::value_stack::Location;
        let rhs_in_own_register = matches!(
            self.cx.stack.peek(0).map(|value| value.location),
            Some(Location::Reg(Reg::Gpr(reg))) if self.cx.regs.is_allocatable(reg)
        );
        let lhs_elsewhere = self
            .cx
            .stack
            .peek(1)
            .is_some_and(|lhs| self.read_in_place(*lhs));
        if !rhs_in_own_register || !lhs_elsewhere || self.result_into_pinned_local() {
            return self.int_binop(ty, emit);
        }
        let dst = self.pop_gpr()?;
        let lhs = self.pop_int_operand_read()?;
        emit(&mut self.masm, size_of_int(ty), dst, lhs);
        if let IntOperand::Reg(lhs) = lhs {
            self.free_gpr(lhs);
        }
        self.push_gpr(ty, dst);
        Ok(())
    }

    /// `lhs * rhs` on integers of type `ty`. A local or slot times a constant is one
    /// three-operand `imul` into a fresh register (no copy first); everything else goes
    /// through [`Self::int_commutative_binop`].
    pub(crate) fn int_mul(&mut self, ty: ValType) -> CompileResult<()> {
        use crate::x64::masm::MulSource;
        let lhs_elsewhere = self
            .cx
            .stack
            .peek(1)
            .is_some_and(|lhs| self.read_in_place(*lhs));
        let IntOperand::Imm(imm) = self.peek_int_operand() else {
            return self.int_commutative_binop(ty, alu(AluOp::Mul));
        };
        if !lhs_elsewhere || self.result_into_pinned_local() {
            return self.int_binop(ty, alu(AluOp::Mul));
        }
        self.pop_value()?;
        let source = match self.pop_int_operand_read()? {
            IntOperand::Reg(reg) => MulSource::Reg(reg),
            IntOperand::Mem(address) => MulSource::Mem(address),
            IntOperand::Imm(_) => unreachable!("a local or spilled value is not an immediate"),
        };
        // Allocating may spill the rest of the stack; the operand is off it already
        // and is a pinned register or a slot, which spilling leaves alone.
        let dst = self.alloc_gpr()?;
        self.masm.mul_into(size_of_int(ty), dst, source, imm);
        if let MulSource::Reg(reg) = source {
            self.free_gpr(reg);
        }
        self.push_gpr(ty, dst);
        Ok(())
    }

    /// `lhs + rhs` (or `lhs - rhs` with `subtract`) on integers of type `ty`. A pinned
    /// local plus a constant is one `lea` into a fresh register rather than a copy of the
    /// local and an add; everything else goes through [`Self::int_binop`].
    pub(crate) fn int_add(&mut self, ty: ValType, subtract: bool) -> CompileResult<()> {
        let op = if subtract { AluOp::Sub } else { AluOp::Add };
        let imm = match self.peek_int_operand() {
            IntOperand::Imm(imm) if subtract => imm.checked_neg(),
            IntOperand::Imm(imm) => Some(imm),
            _ => None,
        };
        let source = self
            .cx
            .stack
            .peek(1)
            .and_then(|value| self.pinned_source(*value));
        // A result stored into a pinned local is better computed in place there.
        let hinted = self.result_into_pinned_local();
        let (Some(imm), Some(source), false) = (imm, source, hinted) else {
            return if subtract {
                self.int_binop(ty, alu(op))
            } else {
                self.int_commutative_binop(ty, alu(op))
            };
        };
        self.pop_value()?;
        self.pop_value()?;
        // Allocating may spill the rest of the stack; the operands are off it already.
        let dst = self.alloc_gpr()?;
        self.masm.add_ri_into(size_of_int(ty), dst, source, imm);
        self.push_gpr(ty, dst);
        Ok(())
    }

    /// `i64.and`: a mask of the low 32 bits is a 32-bit move (which zero-extends), read
    /// straight from a pinned local when the value is one; everything else goes through
    /// [`Self::int_binop`].
    pub(crate) fn i64_and(&mut self) -> CompileResult<()> {
        let low_mask = matches!(
            self.cx.stack.peek(0).map(|value| value.location),
            Some(super::value_stack::Location::Const(0xFFFF_FFFF))
        );
        if !low_mask {
            return self.int_commutative_binop(ValType::I64, alu(AluOp::And));
        }
        self.pop_value()?;
        let pinned = self
            .cx
            .stack
            .peek(0)
            .and_then(|value| self.pinned_source(*value));
        let (dst, source) = match (pinned, self.result_into_pinned_local()) {
            (Some(source), false) => {
                self.pop_value()?;
                (self.alloc_gpr()?, source)
            }
            _ => {
                let reg = self.pop_gpr_for_result(None)?;
                (reg, reg)
            }
        };
        self.masm.mov_rr(OperandSize::S32, dst, source);
        self.push_gpr(ValType::I64, dst);
        Ok(())
    }

    /// Whether the operator's result goes straight into a pinned local (the next
    /// operator is a `local.set` or `local.tee` of one), where it is best computed in
    /// place.
    fn result_into_pinned_local(&self) -> bool {
        self.cx
            .result_hint
            .is_some_and(|local| self.pinned_local(local).is_some())
    }

    /// Whether `value` can be read where it lives, without being popped into a
    /// register of its own: a local (pinned, or in its slot) or a spilled integer below
    /// the top of the machine stack.
    fn read_in_place(&self, value: super::value_stack::Value) -> bool {
        use super::value_stack::Location;
        value.ty != ValType::V128
            && match value.location {
                Location::Local(_) => true,
                Location::Spilled(depth) => depth != self.cx.depth,
                _ => false,
            }
    }

    /// `op value` on an integer of type `ty`, in place; pushes the result as `result`.
    pub(crate) fn int_unop(
        &mut self,
        ty: ValType,
        result: ValType,
        emit: impl FnOnce(&mut Masm, OperandSize, Gpr),
    ) -> CompileResult<()> {
        let reg = self.pop_gpr()?;
        emit(&mut self.masm, size_of_int(ty), reg);
        self.push_gpr(result, reg);
        Ok(())
    }

    /// Compares two integers of type `ty` and pushes `cond` as an `i32` 0 or 1.
    pub(crate) fn int_compare(&mut self, ty: ValType, cond: Cond) -> CompileResult<()> {
        let size = size_of_int(ty);
        let rhs = self.pop_int_operand_read()?;
        let lhs = self.pop_gpr_read()?;
        match rhs {
            IntOperand::Imm(imm) => self.masm.cmp_ri(size, lhs, imm),
            IntOperand::Reg(rhs) => {
                self.masm.cmp_rr(size, lhs, rhs);
                self.free_gpr(rhs);
            }
            IntOperand::Mem(address) => self.masm.cmp_reg_mem(size, lhs, address),
        }
        self.free_gpr(lhs);
        self.push_flags(cond);
        Ok(())
    }

    /// `eqz`: pushes 1 if the integer is zero.
    pub(crate) fn int_eqz(&mut self, ty: ValType) -> CompileResult<()> {
        let reg = self.pop_gpr_read()?;
        self.masm.test_rr(size_of_int(ty), reg);
        self.free_gpr(reg);
        self.push_flags(Cond::Eq);
        Ok(())
    }

    /// Pushes the `i32` result of the comparison that just set the flags.
    pub(crate) fn push_flags(&mut self, cond: Cond) {
        self.cx.stack.push(super::value_stack::Value::new(
            ValType::I32,
            super::value_stack::Location::Flags(cond),
        ));
    }

    /// Shifts and rotates: constant counts become immediates, others go through `cl`.
    pub(crate) fn int_shift(&mut self, ty: ValType, kind: ShiftKind) -> CompileResult<()> {
        let size = size_of_int(ty);
        if let IntOperand::Imm(count) = self.peek_int_operand() {
            self.pop_value()?;
            let value = self.pop_gpr_for_result(None)?;
            self.masm.shift_ri(kind, size, value, count as u8);
            self.push_gpr(ty, value);
            return Ok(());
        }
        self.pop_to_specific(Reg::Gpr(RCX))?;
        let value = self.pop_gpr_for_result(Some(RCX))?;
        self.masm.shift_cl(kind, size, value);
        self.free_gpr(RCX);
        self.push_gpr(ty, value);
        Ok(())
    }

    /// The top operand as an immediate if it is a small constant (without popping).
    fn peek_int_operand(&self) -> IntOperand {
        match self.cx.stack.peek(0).map(|value| value.location) {
            Some(super::value_stack::Location::Const(bits)) if bits == bits as i32 as i64 => {
                IntOperand::Imm(bits as i32)
            }
            _ => IntOperand::Reg(RAX),
        }
    }

    /// Integer division or remainder with wasm's traps (zero divisor, `MIN / -1`).
    pub(crate) fn int_div(
        &mut self,
        ty: ValType,
        kind: Signedness,
        result: DivResult,
    ) -> CompileResult<()> {
        let size = size_of_int(ty);
        let constant = self.constant_divisor(size);
        if let Some(divisor) = constant {
            if self.int_div_by_power_of_two(ty, kind, result, divisor)? {
                return Ok(());
            }
            if (ty, kind) == (ValType::I32, Signedness::Unsigned) && divisor != 0 {
                return self.u32_div_by_constant(result, divisor as u32);
            }
        }
        // A constant divisor that is neither 0 nor -1 needs neither check.
        let checked = match constant {
            Some(divisor) => divisor == 0 || (kind == Signedness::Signed && divisor == -1),
            None => true,
        };
        self.alloc_specific(Reg::Gpr(RDX))?;
        let mut divisor = self.pop_gpr()?;
        if divisor == RAX {
            let moved = self.alloc_gpr()?;
            self.masm.mov_rr(OperandSize::S64, moved, RAX);
            self.free_gpr(RAX);
            divisor = moved;
        }
        self.pop_to_specific(Reg::Gpr(RAX))?;
        let done = self.masm.new_label();
        if checked {
            self.masm.test_rr(size, divisor);
            self.trap_if(Cond::Eq, TrapCode::IntegerDivisionByZero);
        }
        if checked && kind == Signedness::Signed {
            let normal = self.masm.new_label();
            self.masm.cmp_ri(size, divisor, -1);
            self.masm.jcc(Cond::Ne, normal);
            match result {
                DivResult::Quotient => {
                    // MIN / -1 overflows; anything else / -1 is a negation.
                    self.masm.neg(size, RAX);
                    self.trap_if(Cond::Overflow, TrapCode::IntegerOverflow);
                }
                DivResult::Remainder => self.masm.mov_ri(size, RDX, 0),
            }
            self.masm.jmp(done);
            self.masm.bind(normal);
        }
        self.masm.div(kind, size, divisor);
        self.masm.bind(done);
        self.free_gpr(divisor);
        let (kept, freed) = match result {
            DivResult::Quotient => (RAX, RDX),
            DivResult::Remainder => (RDX, RAX),
        };
        self.free_gpr(freed);
        self.push_gpr(ty, kept);
        Ok(())
    }

    /// Unsigned 32-bit division or remainder by a constant `divisor` (not 0, not a power
    /// of two) with multiplications instead of `div`. With `magic = ⌈2^64 / divisor⌉`,
    /// for every 32-bit `x` the quotient is the high half of `magic * x` and the
    /// remainder the high half of `(magic * x mod 2^64) * divisor` (Lemire, Kaser and
    /// Kurz, "Faster remainder by direct computation", 2019).
    fn u32_div_by_constant(&mut self, result: DivResult, divisor: u32) -> CompileResult<()> {
        self.pop_value()?;
        self.alloc_specific(Reg::Gpr(RDX))?;
        self.pop_to_specific(Reg::Gpr(RAX))?;
        // The upper half of a register holding an i32 is unspecified.
        self.masm.mov_rr(OperandSize::S32, RAX, RAX);
        self.masm.with_scratch_gpr(|masm, factor| {
            let magic = u32_division_magic(divisor) as i64;
            masm.mov_ri(OperandSize::S64, factor, magic);
            if result == DivResult::Remainder {
                masm.alu_rr(AluOp::Mul, OperandSize::S64, RAX, factor);
                masm.mov_ri(OperandSize::S64, factor, i64::from(divisor));
            }
            masm.mul_wide_u64(factor);
        });
        self.free_gpr(RAX);
        self.push_gpr(ValType::I32, RDX);
        Ok(())
    }

    /// The divisor on top of the stack if it is a constant, sign-extended from `size`.
    fn constant_divisor(&self, size: OperandSize) -> Option<i64> {
        match self.cx.stack.peek(0)?.location {
            super::value_stack::Location::Const(bits) => Some(match size {
                OperandSize::S32 => bits as i32 as i64,
                OperandSize::S64 => bits,
            }),
            _ => None,
        }
    }

    /// Division or remainder by a constant power of two (positive, and above 1 when
    /// signed) with shifts and masks; returns false, emitting nothing, for any other
    /// divisor. Signed division rounds toward zero by first adding `divisor - 1` to a
    /// negative dividend (the bias, computed in the scratch register).
    fn int_div_by_power_of_two(
        &mut self,
        ty: ValType,
        kind: Signedness,
        result: DivResult,
        divisor: i64,
    ) -> CompileResult<bool> {
        let size = size_of_int(ty);
        let bits: u32 = match size {
            OperandSize::S32 => 32,
            OperandSize::S64 => 64,
        };
        let unsigned = match size {
            OperandSize::S32 => divisor as u32 as u64,
            OperandSize::S64 => divisor as u64,
        };
        let applies = match kind {
            Signedness::Unsigned => unsigned.is_power_of_two(),
            Signedness::Signed => divisor > 1 && unsigned.is_power_of_two(),
        };
        if !applies {
            return Ok(false);
        }
        let shift = unsigned.trailing_zeros() as u8;
        self.pop_value()?;
        let value = self.pop_gpr_for_result(None)?;
        match (kind, result) {
            (Signedness::Unsigned, DivResult::Quotient) => {
                if shift > 0 {
                    self.masm.shift_ri(ShiftKind::ShrU, size, value, shift);
                }
            }
            (Signedness::Unsigned, DivResult::Remainder) => match i32::try_from(unsigned - 1) {
                Ok(mask) => self.masm.alu_ri(AluOp::And, size, value, mask),
                Err(_) => self.masm.with_scratch_gpr(|masm, mask| {
                    masm.mov_ri(OperandSize::S64, mask, (unsigned - 1) as i64);
                    masm.alu_rr(AluOp::And, size, value, mask);
                }),
            },
            (Signedness::Signed, result) => self.masm.with_scratch_gpr(|masm, bias| {
                // bias = divisor - 1 if value < 0, else 0.
                masm.mov_rr(OperandSize::S64, bias, value);
                masm.shift_ri(ShiftKind::ShrS, size, bias, (bits - 1) as u8);
                masm.shift_ri(ShiftKind::ShrU, size, bias, (bits - shift as u32) as u8);
                match result {
                    DivResult::Quotient => {
                        masm.alu_rr(AluOp::Add, size, value, bias);
                        masm.shift_ri(ShiftKind::ShrS, size, value, shift);
                    }
                    DivResult::Remainder => {
                        // value - ((value + bias) rounded down to a multiple of divisor)
                        masm.alu_rr(AluOp::Add, size, bias, value);
                        masm.shift_ri(ShiftKind::ShrU, size, bias, shift);
                        masm.shift_ri(ShiftKind::Shl, size, bias, shift);
                        masm.alu_rr(AluOp::Sub, size, value, bias);
                    }
                }
            }),
        }
        self.push_gpr(ty, value);
        Ok(true)
    }

    /// `lhs op rhs` on floats: `emit(masm, size, lhs_reg, rhs_reg)` writes into `lhs_reg`.
    pub(crate) fn float_binop(
        &mut self,
        ty: ValType,
        emit: impl FnOnce(&mut Masm, FloatSize, Xmm, Xmm),
    ) -> CompileResult<()> {
        let size = super::context::float_size(ty);
        let rhs = self.pop_xmm()?;
        let lhs = self.pop_xmm()?;
        emit(&mut self.masm, size, lhs, rhs);
        self.free_xmm(rhs);
        self.push_xmm(ty, lhs);
        Ok(())
    }

    /// `op value` on a float in place.
    pub(crate) fn float_unop(
        &mut self,
        ty: ValType,
        emit: impl FnOnce(&mut Masm, FloatSize, Xmm),
    ) -> CompileResult<()> {
        let size = super::context::float_size(ty);
        let reg = self.pop_xmm()?;
        emit(&mut self.masm, size, reg);
        self.push_xmm(ty, reg);
        Ok(())
    }

    /// Compares two floats and pushes an `i32`. `swap` compares `rhs` with `lhs`
    /// (so "less than" can use the unsigned "above" of `ucomis`); `cond` must be false
    /// for unordered operands except for `Ne`, which must be true.
    pub(crate) fn float_compare(
        &mut self,
        ty: ValType,
        cond: Cond,
        swap: bool,
    ) -> CompileResult<()> {
        let size = super::context::float_size(ty);
        let rhs = self.pop_xmm()?;
        let lhs = self.pop_xmm()?;
        let (first, second) = if swap { (rhs, lhs) } else { (lhs, rhs) };
        self.masm.float_compare(size, first, second);
        let result = self.alloc_gpr()?;
        match cond {
            Cond::Eq => {
                // Equal and ordered: ZF=1 and PF=0.
                self.masm.setcc(Cond::Eq, result);
                self.masm.with_scratch_gpr(|masm, ordered| {
                    masm.setcc(Cond::NoParity, ordered);
                    masm.alu_rr(AluOp::And, OperandSize::S32, result, ordered);
                });
            }
            Cond::Ne => {
                self.masm.setcc(Cond::Ne, result);
                self.masm.with_scratch_gpr(|masm, unordered| {
                    masm.setcc(Cond::Parity, unordered);
                    masm.alu_rr(AluOp::Or, OperandSize::S32, result, unordered);
                });
            }
            cond => self.masm.setcc(cond, result),
        }
        self.free_xmm(lhs);
        self.free_xmm(rhs);
        self.push_gpr(ValType::I32, result);
        Ok(())
    }
}

/// `⌈2^64 / divisor⌉` for a 32-bit `divisor` above 1 that is not a power of two: the
/// multiplier [`CodeGen::u32_div_by_constant`] divides by.
fn u32_division_magic(divisor: u32) -> u64 {
    u64::MAX / u64::from(divisor) + 1
}

#[cfg(test)]
mod tests {
    use super::u32_division_magic;

    /// The two formulas the generated code evaluates.
    fn quotient_and_remainder(x: u32, divisor: u32) -> (u32, u32) {
        let magic = u32_division_magic(divisor);
        let low = magic.wrapping_mul(u64::from(x));
        let quotient = (u128::from(magic) * u128::from(x)) >> 64;
        let remainder = (u128::from(low) * u128::from(divisor)) >> 64;
        (quotient as u32, remainder as u32)
    }

    #[test]
    fn multiplying_by_the_magic_number_divides_exactly() {
        let mut divisors = vec![3, 5, 6, 7, 10, 11, 100, 641, 139_968, 1_000_000_007];
        divisors.extend([0x7fff_ffff, 0x8000_0001, 0xffff_fffe, u32::MAX]);
        let mut dividends = vec![0, 1, 2, 0x7fff_ffff, 0x8000_0000, u32::MAX - 1, u32::MAX];
        // A fixed pseudo-random sequence (xorshift) for the rest.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u32
        };
        for _ in 0..200 {
            let divisor = next() >> (next() % 32);
            if divisor > 1 && !divisor.is_power_of_two() {
                divisors.push(divisor);
            }
        }
        for _ in 0..2_000 {
            dividends.push(next());
        }
        for &divisor in &divisors {
            for &x in dividends
                .iter()
                .chain(&[divisor - 1, divisor, divisor.saturating_add(1)])
            {
                assert_eq!(
                    quotient_and_remainder(x, divisor),
                    (x / divisor, x % divisor),
                    "{x} / {divisor}"
                );
            }
        }
    }
}
