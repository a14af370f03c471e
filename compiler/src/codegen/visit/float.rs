//! Float arithmetic and comparisons (IEEE-754 semantics).

use crate::codegen::context::CodeGen;
use crate::error::CompileResult;
use crate::module::ValType;
use crate::x64::masm::{FloatBinOp, FloatRound};
use crate::x64::{Cond, Masm};

/// Defines visitors that are one helper call each.
macro_rules! float_visitors {
    ($($visit:ident => |$this:ident| $body:expr;)*) => {
        impl CodeGen<'_> {
            $(
                pub(crate) fn $visit(&mut self) -> CompileResult<()> {
                    let $this = self;
                    $body
                }
            )*
        }
    };
}

/// Emits `dst = dst op src`.
fn arith(
    op: FloatBinOp,
) -> impl FnOnce(&mut Masm, crate::x64::masm::FloatSize, crate::x64::Xmm, crate::x64::Xmm) {
    move |masm, size, dst, src| masm.float_binop(op, size, dst, src)
}

/// Emits an in-place rounding.
fn round(mode: FloatRound) -> impl FnOnce(&mut Masm, crate::x64::masm::FloatSize, crate::x64::Xmm) {
    move |masm, size, reg| masm.float_round(size, mode, reg)
}

float_visitors! {
    visit_f32_add => |cg| cg.float_binop(ValType::F32, arith(FloatBinOp::Add));
    visit_f64_add => |cg| cg.float_binop(ValType::F64, arith(FloatBinOp::Add));
    visit_f32_sub => |cg| cg.float_binop(ValType::F32, arith(FloatBinOp::Sub));
    visit_f64_sub => |cg| cg.float_binop(ValType::F64, arith(FloatBinOp::Sub));
    visit_f32_mul => |cg| cg.float_binop(ValType::F32, arith(FloatBinOp::Mul));
    visit_f64_mul => |cg| cg.float_binop(ValType::F64, arith(FloatBinOp::Mul));
    visit_f32_div => |cg| cg.float_binop(ValType::F32, arith(FloatBinOp::Div));
    visit_f64_div => |cg| cg.float_binop(ValType::F64, arith(FloatBinOp::Div));
    visit_f32_sqrt => |cg| cg.float_unop(ValType::F32, Masm::float_sqrt);
    visit_f64_sqrt => |cg| cg.float_unop(ValType::F64, Masm::float_sqrt);
    visit_f32_ceil => |cg| cg.float_unop(ValType::F32, round(FloatRound::Ceil));
    visit_f64_ceil => |cg| cg.float_unop(ValType::F64, round(FloatRound::Ceil));
    visit_f32_floor => |cg| cg.float_unop(ValType::F32, round(FloatRound::Floor));
    visit_f64_floor => |cg| cg.float_unop(ValType::F64, round(FloatRound::Floor));
    visit_f32_trunc => |cg| cg.float_unop(ValType::F32, round(FloatRound::Trunc));
    visit_f64_trunc => |cg| cg.float_unop(ValType::F64, round(FloatRound::Trunc));
    visit_f32_nearest => |cg| cg.float_unop(ValType::F32, round(FloatRound::Nearest));
    visit_f64_nearest => |cg| cg.float_unop(ValType::F64, round(FloatRound::Nearest));
    visit_f32_eq => |cg| cg.float_compare(ValType::F32, Cond::Eq, false);
    visit_f64_eq => |cg| cg.float_compare(ValType::F64, Cond::Eq, false);
    visit_f32_ne => |cg| cg.float_compare(ValType::F32, Cond::Ne, false);
    visit_f64_ne => |cg| cg.float_compare(ValType::F64, Cond::Ne, false);
    visit_f32_gt => |cg| cg.float_compare(ValType::F32, Cond::Above, false);
    visit_f64_gt => |cg| cg.float_compare(ValType::F64, Cond::Above, false);
    visit_f32_ge => |cg| cg.float_compare(ValType::F32, Cond::AboveEq, false);
    visit_f64_ge => |cg| cg.float_compare(ValType::F64, Cond::AboveEq, false);
    visit_f32_lt => |cg| cg.float_compare(ValType::F32, Cond::Above, true);
    visit_f64_lt => |cg| cg.float_compare(ValType::F64, Cond::Above, true);
    visit_f32_le => |cg| cg.float_compare(ValType::F32, Cond::AboveEq, true);
    visit_f64_le => |cg| cg.float_compare(ValType::F64, Cond::AboveEq, true);
}

impl CodeGen<'_> {
    pub(crate) fn visit_f32_const(&mut self, value: wasmparser::Ieee32) -> CompileResult<()> {
        self.push_const(ValType::F32, value.bits() as i64);
        Ok(())
    }

    pub(crate) fn visit_f64_const(&mut self, value: wasmparser::Ieee64) -> CompileResult<()> {
        self.push_const(ValType::F64, value.bits() as i64);
        Ok(())
    }
}
