//! Integer arithmetic, bitwise operations and comparisons.

use crate::codegen::context::CodeGen;
use crate::codegen::ops::{alu, DivResult};
use crate::error::CompileResult;
use crate::module::ValType;
use crate::x64::masm::{AluOp, ShiftKind, Signedness};
use crate::x64::{Cond, Masm};

one_call_visitors! {
    visit_i32_add => |cg| cg.int_add(ValType::I32, false);
    visit_i64_add => |cg| cg.int_add(ValType::I64, false);
    visit_i32_sub => |cg| cg.int_add(ValType::I32, true);
    visit_i64_sub => |cg| cg.int_add(ValType::I64, true);
    visit_i32_mul => |cg| cg.int_mul(ValType::I32);
    visit_i64_mul => |cg| cg.int_mul(ValType::I64);
    visit_i32_and => |cg| cg.int_commutative_binop(ValType::I32, alu(AluOp::And));
    visit_i64_and => |cg| cg.i64_and();
    visit_i32_or => |cg| cg.int_commutative_binop(ValType::I32, alu(AluOp::Or));
    visit_i64_or => |cg| cg.int_commutative_binop(ValType::I64, alu(AluOp::Or));
    visit_i32_xor => |cg| cg.int_commutative_binop(ValType::I32, alu(AluOp::Xor));
    visit_i64_xor => |cg| cg.int_commutative_binop(ValType::I64, alu(AluOp::Xor));
    visit_i32_shl => |cg| cg.int_shift(ValType::I32, ShiftKind::Shl);
    visit_i64_shl => |cg| cg.int_shift(ValType::I64, ShiftKind::Shl);
    visit_i32_shr_s => |cg| cg.int_shift(ValType::I32, ShiftKind::ShrS);
    visit_i64_shr_s => |cg| cg.int_shift(ValType::I64, ShiftKind::ShrS);
    visit_i32_shr_u => |cg| cg.int_shift(ValType::I32, ShiftKind::ShrU);
    visit_i64_shr_u => |cg| cg.int_shift(ValType::I64, ShiftKind::ShrU);
    visit_i32_rotl => |cg| cg.int_shift(ValType::I32, ShiftKind::Rotl);
    visit_i64_rotl => |cg| cg.int_shift(ValType::I64, ShiftKind::Rotl);
    visit_i32_rotr => |cg| cg.int_shift(ValType::I32, ShiftKind::Rotr);
    visit_i64_rotr => |cg| cg.int_shift(ValType::I64, ShiftKind::Rotr);
    visit_i32_div_s => |cg| cg.int_div(ValType::I32, Signedness::Signed, DivResult::Quotient);
    visit_i64_div_s => |cg| cg.int_div(ValType::I64, Signedness::Signed, DivResult::Quotient);
    visit_i32_div_u => |cg| cg.int_div(ValType::I32, Signedness::Unsigned, DivResult::Quotient);
    visit_i64_div_u => |cg| cg.int_div(ValType::I64, Signedness::Unsigned, DivResult::Quotient);
    visit_i32_rem_s => |cg| cg.int_div(ValType::I32, Signedness::Signed, DivResult::Remainder);
    visit_i64_rem_s => |cg| cg.int_div(ValType::I64, Signedness::Signed, DivResult::Remainder);
    visit_i32_rem_u => |cg| cg.int_div(ValType::I32, Signedness::Unsigned, DivResult::Remainder);
    visit_i64_rem_u => |cg| cg.int_div(ValType::I64, Signedness::Unsigned, DivResult::Remainder);
    visit_i32_clz => |cg| cg.int_unop(ValType::I32, ValType::I32, Masm::clz);
    visit_i64_clz => |cg| cg.int_unop(ValType::I64, ValType::I64, Masm::clz);
    visit_i32_ctz => |cg| cg.int_unop(ValType::I32, ValType::I32, Masm::ctz);
    visit_i64_ctz => |cg| cg.int_unop(ValType::I64, ValType::I64, Masm::ctz);
    visit_i32_popcnt => |cg| cg.int_unop(ValType::I32, ValType::I32, Masm::popcnt);
    visit_i64_popcnt => |cg| cg.int_unop(ValType::I64, ValType::I64, Masm::popcnt);
    visit_i32_eqz => |cg| cg.int_eqz(ValType::I32);
    visit_i64_eqz => |cg| cg.int_eqz(ValType::I64);
    visit_i32_eq => |cg| cg.int_compare(ValType::I32, Cond::Eq);
    visit_i64_eq => |cg| cg.int_compare(ValType::I64, Cond::Eq);
    visit_i32_ne => |cg| cg.int_compare(ValType::I32, Cond::Ne);
    visit_i64_ne => |cg| cg.int_compare(ValType::I64, Cond::Ne);
    visit_i32_lt_s => |cg| cg.int_compare(ValType::I32, Cond::Lt);
    visit_i64_lt_s => |cg| cg.int_compare(ValType::I64, Cond::Lt);
    visit_i32_lt_u => |cg| cg.int_compare(ValType::I32, Cond::Below);
    visit_i64_lt_u => |cg| cg.int_compare(ValType::I64, Cond::Below);
    visit_i32_gt_s => |cg| cg.int_compare(ValType::I32, Cond::Gt);
    visit_i64_gt_s => |cg| cg.int_compare(ValType::I64, Cond::Gt);
    visit_i32_gt_u => |cg| cg.int_compare(ValType::I32, Cond::Above);
    visit_i64_gt_u => |cg| cg.int_compare(ValType::I64, Cond::Above);
    visit_i32_le_s => |cg| cg.int_compare(ValType::I32, Cond::Le);
    visit_i64_le_s => |cg| cg.int_compare(ValType::I64, Cond::Le);
    visit_i32_le_u => |cg| cg.int_compare(ValType::I32, Cond::BelowEq);
    visit_i64_le_u => |cg| cg.int_compare(ValType::I64, Cond::BelowEq);
    visit_i32_ge_s => |cg| cg.int_compare(ValType::I32, Cond::Ge);
    visit_i64_ge_s => |cg| cg.int_compare(ValType::I64, Cond::Ge);
    visit_i32_ge_u => |cg| cg.int_compare(ValType::I32, Cond::AboveEq);
    visit_i64_ge_u => |cg| cg.int_compare(ValType::I64, Cond::AboveEq);
}

impl CodeGen<'_> {
    pub(crate) fn visit_i32_const(&mut self, value: i32) -> CompileResult<()> {
        self.push_const(ValType::I32, value as i64);
        Ok(())
    }

    pub(crate) fn visit_i64_const(&mut self, value: i64) -> CompileResult<()> {
        self.push_const(ValType::I64, value);
        Ok(())
    }
}
