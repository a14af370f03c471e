//! Integer lane operators on `v128` (`i8x16`, `i16x8`, `i32x4`, `i64x2`): arithmetic,
//! saturating arithmetic, min/max, averages, comparisons, shifts, popcount, and the
//! narrowing, widening, extended-multiply, pairwise-add and dot-product operators.
//! The instruction sequences live in `x64/masm/simd_int.rs`; `i32x4.add` is wired
//! with the `v128` infrastructure in `simd_core.rs`.

use crate::codegen::context::{CodeGen, IntOperand};
use crate::error::CompileResult;
use crate::x64::masm::{
    IntCompare, IntLanes, LaneHalf, LaneShift, PackedIntOp, ShiftCount, Signedness, Widen,
};
use IntLanes::{I16x8, I32x4, I64x2, I8x16};
use LaneHalf::{High, Low};
use Signedness::{Signed, Unsigned};
use Widen::{I16ToI32, I32ToI64, I8ToI16};

impl CodeGen<'_> {
    /// `dst = dst op src` for an operation that is one SSE instruction.
    fn v128_packed_int(&mut self, op: PackedIntOp) -> CompileResult<()> {
        self.v128_binop(|masm, dst, src| masm.packed_int_op(op, dst, src))
    }

    /// A lane-wise comparison; the result lanes are all ones or all zeros. A register
    /// beyond the scratch XMM is taken only for the sequences that need two.
    fn v128_int_compare(&mut self, lanes: IntLanes, compare: IntCompare) -> CompileResult<()> {
        let mut emitted = Ok(());
        if compare.needs_second_temp(lanes) {
            self.v128_binop_with_temps(|masm, dst, src, [tmp]| {
                emitted = masm.with_scratch_xmm(|masm, scratch| {
                    masm.v128_int_compare(lanes, compare, dst, src, scratch, tmp)
                });
            })?;
        } else {
            self.v128_binop(|masm, dst, src| {
                emitted = masm.with_scratch_xmm(|masm, scratch| {
                    masm.v128_int_compare(lanes, compare, dst, src, scratch, scratch)
                });
            })?;
        }
        emitted
    }

    /// A lane-wise shift of a `v128` by an `i32` count (taken modulo the lane width).
    fn v128_int_shift(&mut self, lanes: IntLanes, shift: LaneShift) -> CompileResult<()> {
        let count = match self.pop_gpr_or_imm()? {
            IntOperand::Imm(imm) => ShiftCount::Imm(imm as u32),
            IntOperand::Reg(gpr) => ShiftCount::Reg(gpr),
            IntOperand::Mem(_) => {
                return Err(crate::error::CompileError::internal(
                    "shift count in memory",
                ))
            }
        };
        let value = self.pop_v128()?;
        if shift.needs_second_temp(lanes, count) {
            let [tmp] = self.alloc_xmm_temps::<1>()?;
            self.masm.with_scratch_xmm(|masm, scratch| {
                masm.v128_shift(lanes, shift, value, count, scratch, tmp)
            });
            self.free_xmm_temps([tmp]);
        } else {
            self.masm.with_scratch_xmm(|masm, scratch| {
                masm.v128_shift(lanes, shift, value, count, scratch, scratch)
            });
        }
        if let ShiftCount::Reg(gpr) = count {
            self.free_gpr(gpr);
        }
        self.push_v128(value);
        Ok(())
    }

    /// Lane-wise negation.
    fn v128_int_neg(&mut self, lanes: IntLanes) -> CompileResult<()> {
        self.v128_unop(|masm, reg| {
            masm.with_scratch_xmm(|masm, scratch| masm.v128_neg(lanes, reg, scratch))
        })
    }

    /// Lane-wise absolute value.
    fn v128_int_abs(&mut self, lanes: IntLanes) -> CompileResult<()> {
        self.v128_unop(|masm, reg| {
            masm.with_scratch_xmm(|masm, scratch| masm.v128_abs(lanes, reg, scratch))
        })
    }

    /// `extend_low`/`extend_high`.
    fn v128_int_extend(
        &mut self,
        widen: Widen,
        half: LaneHalf,
        sign: Signedness,
    ) -> CompileResult<()> {
        self.v128_unop(|masm, reg| masm.v128_extend(widen, half, sign, reg))
    }

    /// `extmul_low`/`extmul_high`.
    fn v128_int_extmul(
        &mut self,
        widen: Widen,
        half: LaneHalf,
        sign: Signedness,
    ) -> CompileResult<()> {
        self.v128_binop(|masm, dst, src| {
            masm.with_scratch_xmm(|masm, scratch| {
                masm.v128_extmul(widen, half, sign, dst, src, scratch)
            })
        })
    }

    /// `extadd_pairwise`.
    fn v128_int_extadd_pairwise(&mut self, widen: Widen, sign: Signedness) -> CompileResult<()> {
        let mut emitted = Ok(());
        self.v128_unop(|masm, reg| {
            emitted = masm.with_scratch_xmm(|masm, scratch| {
                masm.v128_extadd_pairwise(widen, sign, reg, scratch)
            });
        })?;
        emitted
    }
}

one_call_visitors! {
    visit_i8x16_add => |cg| cg.v128_packed_int(PackedIntOp::Paddb);
    visit_i16x8_add => |cg| cg.v128_packed_int(PackedIntOp::Paddw);
    visit_i64x2_add => |cg| cg.v128_packed_int(PackedIntOp::Paddq);
    visit_i8x16_sub => |cg| cg.v128_packed_int(PackedIntOp::Psubb);
    visit_i16x8_sub => |cg| cg.v128_packed_int(PackedIntOp::Psubw);
    visit_i32x4_sub => |cg| cg.v128_packed_int(PackedIntOp::Psubd);
    visit_i64x2_sub => |cg| cg.v128_packed_int(PackedIntOp::Psubq);
    visit_i8x16_add_sat_s => |cg| cg.v128_packed_int(PackedIntOp::Paddsb);
    visit_i16x8_add_sat_s => |cg| cg.v128_packed_int(PackedIntOp::Paddsw);
    visit_i8x16_add_sat_u => |cg| cg.v128_packed_int(PackedIntOp::Paddusb);
    visit_i16x8_add_sat_u => |cg| cg.v128_packed_int(PackedIntOp::Paddusw);
    visit_i8x16_sub_sat_s => |cg| cg.v128_packed_int(PackedIntOp::Psubsb);
    visit_i16x8_sub_sat_s => |cg| cg.v128_packed_int(PackedIntOp::Psubsw);
    visit_i8x16_sub_sat_u => |cg| cg.v128_packed_int(PackedIntOp::Psubusb);
    visit_i16x8_sub_sat_u => |cg| cg.v128_packed_int(PackedIntOp::Psubusw);
    visit_i8x16_min_s => |cg| cg.v128_packed_int(PackedIntOp::Pminsb);
    visit_i16x8_min_s => |cg| cg.v128_packed_int(PackedIntOp::Pminsw);
    visit_i32x4_min_s => |cg| cg.v128_packed_int(PackedIntOp::Pminsd);
    visit_i8x16_min_u => |cg| cg.v128_packed_int(PackedIntOp::Pminub);
    visit_i16x8_min_u => |cg| cg.v128_packed_int(PackedIntOp::Pminuw);
    visit_i32x4_min_u => |cg| cg.v128_packed_int(PackedIntOp::Pminud);
    visit_i8x16_max_s => |cg| cg.v128_packed_int(PackedIntOp::Pmaxsb);
    visit_i16x8_max_s => |cg| cg.v128_packed_int(PackedIntOp::Pmaxsw);
    visit_i32x4_max_s => |cg| cg.v128_packed_int(PackedIntOp::Pmaxsd);
    visit_i8x16_max_u => |cg| cg.v128_packed_int(PackedIntOp::Pmaxub);
    visit_i16x8_max_u => |cg| cg.v128_packed_int(PackedIntOp::Pmaxuw);
    visit_i32x4_max_u => |cg| cg.v128_packed_int(PackedIntOp::Pmaxud);
    visit_i8x16_avgr_u => |cg| cg.v128_packed_int(PackedIntOp::Pavgb);
    visit_i16x8_avgr_u => |cg| cg.v128_packed_int(PackedIntOp::Pavgw);
    visit_i16x8_mul => |cg| cg.v128_packed_int(PackedIntOp::Pmullw);
    visit_i32x4_mul => |cg| cg.v128_packed_int(PackedIntOp::Pmulld);
    visit_i64x2_mul => |cg| cg.v128_binop_with_temps(|masm, dst, src, [tmp]| {
        masm.with_scratch_xmm(|masm, scratch| masm.i64x2_mul(dst, src, tmp, scratch))
    });
    visit_i8x16_narrow_i16x8_s => |cg| cg.v128_packed_int(PackedIntOp::Packsswb);
    visit_i8x16_narrow_i16x8_u => |cg| cg.v128_packed_int(PackedIntOp::Packuswb);
    visit_i16x8_narrow_i32x4_s => |cg| cg.v128_packed_int(PackedIntOp::Packssdw);
    visit_i16x8_narrow_i32x4_u => |cg| cg.v128_packed_int(PackedIntOp::Packusdw);
    visit_i32x4_dot_i16x8_s => |cg| cg.v128_packed_int(PackedIntOp::Pmaddwd);
    visit_i16x8_q15mulr_sat_s => |cg| cg.v128_binop(|masm, dst, src| {
        masm.with_scratch_xmm(|masm, scratch| masm.i16x8_q15mulr_sat_s(dst, src, scratch))
    });
    visit_i8x16_popcnt => |cg| cg.v128_unop_with_temps(|masm, reg, [tmp, tmp3]| {
        masm.with_scratch_xmm(|masm, scratch| masm.i8x16_popcnt(reg, tmp, scratch, tmp3))
    });

    visit_i8x16_neg => |cg| cg.v128_int_neg(I8x16);
    visit_i16x8_neg => |cg| cg.v128_int_neg(I16x8);
    visit_i32x4_neg => |cg| cg.v128_int_neg(I32x4);
    visit_i64x2_neg => |cg| cg.v128_int_neg(I64x2);
    visit_i8x16_abs => |cg| cg.v128_int_abs(I8x16);
    visit_i16x8_abs => |cg| cg.v128_int_abs(I16x8);
    visit_i32x4_abs => |cg| cg.v128_int_abs(I32x4);
    visit_i64x2_abs => |cg| cg.v128_int_abs(I64x2);

    visit_i8x16_shl => |cg| cg.v128_int_shift(I8x16, LaneShift::Shl);
    visit_i16x8_shl => |cg| cg.v128_int_shift(I16x8, LaneShift::Shl);
    visit_i32x4_shl => |cg| cg.v128_int_shift(I32x4, LaneShift::Shl);
    visit_i64x2_shl => |cg| cg.v128_int_shift(I64x2, LaneShift::Shl);
    visit_i8x16_shr_s => |cg| cg.v128_int_shift(I8x16, LaneShift::ShrS);
    visit_i16x8_shr_s => |cg| cg.v128_int_shift(I16x8, LaneShift::ShrS);
    visit_i32x4_shr_s => |cg| cg.v128_int_shift(I32x4, LaneShift::ShrS);
    visit_i64x2_shr_s => |cg| cg.v128_int_shift(I64x2, LaneShift::ShrS);
    visit_i8x16_shr_u => |cg| cg.v128_int_shift(I8x16, LaneShift::ShrU);
    visit_i16x8_shr_u => |cg| cg.v128_int_shift(I16x8, LaneShift::ShrU);
    visit_i32x4_shr_u => |cg| cg.v128_int_shift(I32x4, LaneShift::ShrU);
    visit_i64x2_shr_u => |cg| cg.v128_int_shift(I64x2, LaneShift::ShrU);

    visit_i8x16_eq => |cg| cg.v128_int_compare(I8x16, IntCompare::Eq);
    visit_i16x8_eq => |cg| cg.v128_int_compare(I16x8, IntCompare::Eq);
    visit_i32x4_eq => |cg| cg.v128_int_compare(I32x4, IntCompare::Eq);
    visit_i64x2_eq => |cg| cg.v128_int_compare(I64x2, IntCompare::Eq);
    visit_i8x16_ne => |cg| cg.v128_int_compare(I8x16, IntCompare::Ne);
    visit_i16x8_ne => |cg| cg.v128_int_compare(I16x8, IntCompare::Ne);
    visit_i32x4_ne => |cg| cg.v128_int_compare(I32x4, IntCompare::Ne);
    visit_i64x2_ne => |cg| cg.v128_int_compare(I64x2, IntCompare::Ne);
    visit_i8x16_lt_s => |cg| cg.v128_int_compare(I8x16, IntCompare::LtS);
    visit_i16x8_lt_s => |cg| cg.v128_int_compare(I16x8, IntCompare::LtS);
    visit_i32x4_lt_s => |cg| cg.v128_int_compare(I32x4, IntCompare::LtS);
    visit_i64x2_lt_s => |cg| cg.v128_int_compare(I64x2, IntCompare::LtS);
    visit_i8x16_gt_s => |cg| cg.v128_int_compare(I8x16, IntCompare::GtS);
    visit_i16x8_gt_s => |cg| cg.v128_int_compare(I16x8, IntCompare::GtS);
    visit_i32x4_gt_s => |cg| cg.v128_int_compare(I32x4, IntCompare::GtS);
    visit_i64x2_gt_s => |cg| cg.v128_int_compare(I64x2, IntCompare::GtS);
    visit_i8x16_le_s => |cg| cg.v128_int_compare(I8x16, IntCompare::LeS);
    visit_i16x8_le_s => |cg| cg.v128_int_compare(I16x8, IntCompare::LeS);
    visit_i32x4_le_s => |cg| cg.v128_int_compare(I32x4, IntCompare::LeS);
    visit_i64x2_le_s => |cg| cg.v128_int_compare(I64x2, IntCompare::LeS);
    visit_i8x16_ge_s => |cg| cg.v128_int_compare(I8x16, IntCompare::GeS);
    visit_i16x8_ge_s => |cg| cg.v128_int_compare(I16x8, IntCompare::GeS);
    visit_i32x4_ge_s => |cg| cg.v128_int_compare(I32x4, IntCompare::GeS);
    visit_i64x2_ge_s => |cg| cg.v128_int_compare(I64x2, IntCompare::GeS);
    visit_i8x16_lt_u => |cg| cg.v128_int_compare(I8x16, IntCompare::LtU);
    visit_i16x8_lt_u => |cg| cg.v128_int_compare(I16x8, IntCompare::LtU);
    visit_i32x4_lt_u => |cg| cg.v128_int_compare(I32x4, IntCompare::LtU);
    visit_i8x16_gt_u => |cg| cg.v128_int_compare(I8x16, IntCompare::GtU);
    visit_i16x8_gt_u => |cg| cg.v128_int_compare(I16x8, IntCompare::GtU);
    visit_i32x4_gt_u => |cg| cg.v128_int_compare(I32x4, IntCompare::GtU);
    visit_i8x16_le_u => |cg| cg.v128_int_compare(I8x16, IntCompare::LeU);
    visit_i16x8_le_u => |cg| cg.v128_int_compare(I16x8, IntCompare::LeU);
    visit_i32x4_le_u => |cg| cg.v128_int_compare(I32x4, IntCompare::LeU);
    visit_i8x16_ge_u => |cg| cg.v128_int_compare(I8x16, IntCompare::GeU);
    visit_i16x8_ge_u => |cg| cg.v128_int_compare(I16x8, IntCompare::GeU);
    visit_i32x4_ge_u => |cg| cg.v128_int_compare(I32x4, IntCompare::GeU);

    visit_i16x8_extend_low_i8x16_s => |cg| cg.v128_int_extend(I8ToI16, Low, Signed);
    visit_i16x8_extend_low_i8x16_u => |cg| cg.v128_int_extend(I8ToI16, Low, Unsigned);
    visit_i16x8_extend_high_i8x16_s => |cg| cg.v128_int_extend(I8ToI16, High, Signed);
    visit_i16x8_extend_high_i8x16_u => |cg| cg.v128_int_extend(I8ToI16, High, Unsigned);
    visit_i32x4_extend_low_i16x8_s => |cg| cg.v128_int_extend(I16ToI32, Low, Signed);
    visit_i32x4_extend_low_i16x8_u => |cg| cg.v128_int_extend(I16ToI32, Low, Unsigned);
    visit_i32x4_extend_high_i16x8_s => |cg| cg.v128_int_extend(I16ToI32, High, Signed);
    visit_i32x4_extend_high_i16x8_u => |cg| cg.v128_int_extend(I16ToI32, High, Unsigned);
    visit_i64x2_extend_low_i32x4_s => |cg| cg.v128_int_extend(I32ToI64, Low, Signed);
    visit_i64x2_extend_low_i32x4_u => |cg| cg.v128_int_extend(I32ToI64, Low, Unsigned);
    visit_i64x2_extend_high_i32x4_s => |cg| cg.v128_int_extend(I32ToI64, High, Signed);
    visit_i64x2_extend_high_i32x4_u => |cg| cg.v128_int_extend(I32ToI64, High, Unsigned);

    visit_i16x8_extmul_low_i8x16_s => |cg| cg.v128_int_extmul(I8ToI16, Low, Signed);
    visit_i16x8_extmul_low_i8x16_u => |cg| cg.v128_int_extmul(I8ToI16, Low, Unsigned);
    visit_i16x8_extmul_high_i8x16_s => |cg| cg.v128_int_extmul(I8ToI16, High, Signed);
    visit_i16x8_extmul_high_i8x16_u => |cg| cg.v128_int_extmul(I8ToI16, High, Unsigned);
    visit_i32x4_extmul_low_i16x8_s => |cg| cg.v128_int_extmul(I16ToI32, Low, Signed);
    visit_i32x4_extmul_low_i16x8_u => |cg| cg.v128_int_extmul(I16ToI32, Low, Unsigned);
    visit_i32x4_extmul_high_i16x8_s => |cg| cg.v128_int_extmul(I16ToI32, High, Signed);
    visit_i32x4_extmul_high_i16x8_u => |cg| cg.v128_int_extmul(I16ToI32, High, Unsigned);
    visit_i64x2_extmul_low_i32x4_s => |cg| cg.v128_int_extmul(I32ToI64, Low, Signed);
    visit_i64x2_extmul_low_i32x4_u => |cg| cg.v128_int_extmul(I32ToI64, Low, Unsigned);
    visit_i64x2_extmul_high_i32x4_s => |cg| cg.v128_int_extmul(I32ToI64, High, Signed);
    visit_i64x2_extmul_high_i32x4_u => |cg| cg.v128_int_extmul(I32ToI64, High, Unsigned);

    visit_i16x8_extadd_pairwise_i8x16_s => |cg| cg.v128_int_extadd_pairwise(I8ToI16, Signed);
    visit_i16x8_extadd_pairwise_i8x16_u => |cg| cg.v128_int_extadd_pairwise(I8ToI16, Unsigned);
    visit_i32x4_extadd_pairwise_i16x8_s => |cg| cg.v128_int_extadd_pairwise(I16ToI32, Signed);
    visit_i32x4_extadd_pairwise_i16x8_u => |cg| cg.v128_int_extadd_pairwise(I16ToI32, Unsigned);
}
