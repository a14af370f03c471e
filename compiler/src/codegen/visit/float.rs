//! Float arithmetic and comparisons (IEEE-754 semantics).

use crate::codegen::context::CodeGen;
use crate::error::CompileResult;
use crate::module::ValType;
use crate::x64::masm::{FloatBinOp, FloatRound};
use crate::x64::masm::{FloatBitOp, FloatSize, MinMax};
use crate::x64::OperandSize;
use crate::x64::{Cond, Masm};

/// Emits `dst = dst op src`.
fn arith(op: FloatBinOp) -> impl FnOnce(&mut Masm, FloatSize, crate::x64::Xmm, crate::x64::Xmm) {
    move |masm, size, dst, src| masm.float_binop(op, size, dst, src)
}

/// Emits an in-place rounding.
fn round(mode: FloatRound) -> impl FnOnce(&mut Masm, FloatSize, crate::x64::Xmm) {
    move |masm, size, reg| masm.float_round(size, mode, reg)
}

one_call_visitors! {
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

/// The sign bit of a float of `size`, as integer bits.
fn sign_mask(size: FloatSize) -> i64 {
    match size {
        FloatSize::F32 => 0x8000_0000,
        FloatSize::F64 => i64::MIN,
    }
}

impl CodeGen<'_> {
    pub(crate) fn visit_f32_abs(&mut self) -> CompileResult<()> {
        self.float_sign_op(ValType::F32, SignOp::Clear)
    }

    pub(crate) fn visit_f64_abs(&mut self) -> CompileResult<()> {
        self.float_sign_op(ValType::F64, SignOp::Clear)
    }

    pub(crate) fn visit_f32_neg(&mut self) -> CompileResult<()> {
        self.float_sign_op(ValType::F32, SignOp::Flip)
    }

    pub(crate) fn visit_f64_neg(&mut self) -> CompileResult<()> {
        self.float_sign_op(ValType::F64, SignOp::Flip)
    }

    pub(crate) fn visit_f32_copysign(&mut self) -> CompileResult<()> {
        self.copysign(ValType::F32)
    }

    pub(crate) fn visit_f64_copysign(&mut self) -> CompileResult<()> {
        self.copysign(ValType::F64)
    }

    pub(crate) fn visit_f32_min(&mut self) -> CompileResult<()> {
        self.float_min_max(ValType::F32, MinMax::Min)
    }

    pub(crate) fn visit_f64_min(&mut self) -> CompileResult<()> {
        self.float_min_max(ValType::F64, MinMax::Min)
    }

    pub(crate) fn visit_f32_max(&mut self) -> CompileResult<()> {
        self.float_min_max(ValType::F32, MinMax::Max)
    }

    pub(crate) fn visit_f64_max(&mut self) -> CompileResult<()> {
        self.float_min_max(ValType::F64, MinMax::Max)
    }

    /// Clears or flips the sign bit (exact on NaNs, unlike arithmetic).
    fn float_sign_op(&mut self, ty: ValType, op: SignOp) -> CompileResult<()> {
        let size = crate::codegen::context::float_size(ty);
        let value = self.pop_xmm()?;
        let bits = self.alloc_gpr()?;
        let int_size = size.bits_size();
        self.masm.xmm_to_gpr(int_size, bits, value);
        let (alu, mask) = match op {
            SignOp::Clear => (crate::x64::masm::AluOp::And, !sign_mask(size)),
            SignOp::Flip => (crate::x64::masm::AluOp::Xor, sign_mask(size)),
        };
        self.masm.with_scratch_gpr(|masm, mask_reg| {
            masm.mov_ri(int_size, mask_reg, mask);
            masm.alu_rr(alu, int_size, bits, mask_reg);
        });
        self.masm.gpr_to_xmm(int_size, value, bits);
        self.free_gpr(bits);
        self.push_xmm(ty, value);
        Ok(())
    }

    /// `copysign(magnitude, sign)` on the bits.
    fn copysign(&mut self, ty: ValType) -> CompileResult<()> {
        let size = crate::codegen::context::float_size(ty);
        let int_size = size.bits_size();
        let sign = self.pop_xmm()?;
        let magnitude = self.pop_xmm()?;
        let sign_bits = self.alloc_gpr()?;
        let magnitude_bits = self.alloc_gpr()?;
        self.masm.xmm_to_gpr(int_size, sign_bits, sign);
        self.masm.xmm_to_gpr(int_size, magnitude_bits, magnitude);
        self.masm.with_scratch_gpr(|masm, mask| {
            use crate::x64::masm::AluOp;
            masm.mov_ri(int_size, mask, sign_mask(size));
            masm.alu_rr(AluOp::And, int_size, sign_bits, mask);
            masm.mov_ri(int_size, mask, !sign_mask(size));
            masm.alu_rr(AluOp::And, int_size, magnitude_bits, mask);
        });
        self.masm.alu_rr(
            crate::x64::masm::AluOp::Or,
            int_size,
            magnitude_bits,
            sign_bits,
        );
        self.masm.gpr_to_xmm(int_size, magnitude, magnitude_bits);
        self.free_gpr(sign_bits);
        self.free_gpr(magnitude_bits);
        self.free_xmm(sign);
        self.push_xmm(ty, magnitude);
        Ok(())
    }

    /// Wasm `min`/`max`: NaN if either operand is NaN, and `-0 < +0`.
    fn float_min_max(&mut self, ty: ValType, kind: MinMax) -> CompileResult<()> {
        let size = crate::codegen::context::float_size(ty);
        let rhs = self.pop_xmm()?;
        let lhs = self.pop_xmm()?;
        let (nan, not_equal, done) = (
            self.masm.new_label(),
            self.masm.new_label(),
            self.masm.new_label(),
        );
        self.masm.float_compare(size, lhs, rhs);
        self.masm.jcc(Cond::Parity, nan);
        self.masm.jcc(Cond::Ne, not_equal);
        // Equal: only ±0 pairs differ; OR keeps a -0 for min, AND keeps +0 for max.
        let bit_op = match kind {
            MinMax::Min => FloatBitOp::Or,
            MinMax::Max => FloatBitOp::And,
        };
        self.masm.float_bitop(bit_op, lhs, rhs);
        self.masm.jmp(done);
        self.masm.bind(nan);
        self.masm.float_binop(FloatBinOp::Add, size, lhs, rhs);
        self.masm.jmp(done);
        self.masm.bind(not_equal);
        self.masm.float_min_max_raw(kind, size, lhs, rhs);
        self.masm.bind(done);
        self.free_xmm(rhs);
        self.push_xmm(ty, lhs);
        let _ = OperandSize::S32;
        Ok(())
    }
}

/// What happens to a float's sign bit.
#[derive(Clone, Copy, Debug)]
enum SignOp {
    /// `abs`.
    Clear,
    /// `neg`.
    Flip,
}
