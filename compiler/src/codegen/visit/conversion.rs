//! Conversions between value types: wrap, extend, reinterpret, sign extension.

use crate::codegen::context::float_size;
use crate::codegen::context::CodeGen;
use crate::error::CompileResult;
use crate::module::ValType;
use crate::trap::TrapCode;
use crate::x64::masm::Extend;
use crate::x64::masm::{AluOp, FloatBinOp, FloatSize, ShiftKind, Signedness};
use crate::x64::Cond;
use crate::x64::Masm;
use crate::x64::{OperandSize, Reg};
use OutOfRange::{Saturate, Trap};
use Signedness::{Signed, Unsigned};

impl CodeGen<'_> {
    pub(crate) fn visit_i32_wrap_i64(&mut self) -> CompileResult<()> {
        self.int_unop(ValType::I64, ValType::I32, |masm, _, reg| {
            masm.mov_rr(OperandSize::S32, reg, reg)
        })
    }

    pub(crate) fn visit_i64_extend_i32_s(&mut self) -> CompileResult<()> {
        self.int_unop(ValType::I32, ValType::I64, |masm, _, reg| {
            masm.extend(Extend::I32S, reg)
        })
    }

    pub(crate) fn visit_i64_extend_i32_u(&mut self) -> CompileResult<()> {
        self.int_unop(ValType::I32, ValType::I64, |masm, _, reg| {
            masm.extend(Extend::I32U, reg)
        })
    }

    pub(crate) fn visit_i32_extend8_s(&mut self) -> CompileResult<()> {
        self.int_unop(ValType::I32, ValType::I32, |masm, _, reg| {
            masm.extend(Extend::I8S, reg);
            masm.mov_rr(OperandSize::S32, reg, reg);
        })
    }

    pub(crate) fn visit_i32_extend16_s(&mut self) -> CompileResult<()> {
        self.int_unop(ValType::I32, ValType::I32, |masm, _, reg| {
            masm.extend(Extend::I16S, reg);
            masm.mov_rr(OperandSize::S32, reg, reg);
        })
    }

    pub(crate) fn visit_i64_extend8_s(&mut self) -> CompileResult<()> {
        self.int_unop(ValType::I64, ValType::I64, |masm, _, reg| {
            masm.extend(Extend::I8S, reg)
        })
    }

    pub(crate) fn visit_i64_extend16_s(&mut self) -> CompileResult<()> {
        self.int_unop(ValType::I64, ValType::I64, |masm, _, reg| {
            masm.extend(Extend::I16S, reg)
        })
    }

    pub(crate) fn visit_i64_extend32_s(&mut self) -> CompileResult<()> {
        self.int_unop(ValType::I64, ValType::I64, |masm, _, reg| {
            masm.extend(Extend::I32S, reg)
        })
    }

    pub(crate) fn visit_i32_reinterpret_f32(&mut self) -> CompileResult<()> {
        self.reinterpret(ValType::I32)
    }

    pub(crate) fn visit_i64_reinterpret_f64(&mut self) -> CompileResult<()> {
        self.reinterpret(ValType::I64)
    }

    pub(crate) fn visit_f32_reinterpret_i32(&mut self) -> CompileResult<()> {
        self.reinterpret(ValType::F32)
    }

    pub(crate) fn visit_f64_reinterpret_i64(&mut self) -> CompileResult<()> {
        self.reinterpret(ValType::F64)
    }

    /// Moves the bits of the top value to a register of `to`'s class.
    fn reinterpret(&mut self, to: ValType) -> CompileResult<()> {
        let size = match to {
            ValType::I32 | ValType::F32 => OperandSize::S32,
            _ => OperandSize::S64,
        };
        let value = self.pop_value()?;
        if let crate::codegen::value_stack::Location::Const(bits) = value.location {
            let bits = if size == OperandSize::S32 {
                bits as u32 as i32 as i64
            } else {
                bits
            };
            self.push_const(to, bits);
            return Ok(());
        }
        let from = self.value_into_reg(value)?;
        let target = self.alloc(crate::codegen::context::class_of(to))?;
        match (from, target) {
            (Reg::Xmm(from), Reg::Gpr(target)) => self.masm.xmm_to_gpr(size, target, from),
            (Reg::Gpr(from), Reg::Xmm(target)) => self.masm.gpr_to_xmm(size, target, from),
            _ => {
                return Err(crate::error::CompileError::internal(
                    "reinterpret within a class",
                ))
            }
        }
        self.free(from);
        self.push_reg(to, target);
        Ok(())
    }
}

/// What an out-of-range float-to-int conversion does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum OutOfRange {
    /// Trap (`trunc`).
    Trap,
    /// Clamp, NaN becomes 0 (`trunc_sat`).
    Saturate,
}

macro_rules! conversions {
    ($($visit:ident => $method:ident($($arg:expr),*);)*) => {
        impl CodeGen<'_> {
            $(
                pub(crate) fn $visit(&mut self) -> CompileResult<()> {
                    self.$method($($arg),*)
                }
            )*
        }
    };
}

conversions! {
    visit_i32_trunc_f32_s => float_to_int(ValType::F32, ValType::I32, Signed, Trap);
    visit_i32_trunc_f32_u => float_to_int(ValType::F32, ValType::I32, Unsigned, Trap);
    visit_i32_trunc_f64_s => float_to_int(ValType::F64, ValType::I32, Signed, Trap);
    visit_i32_trunc_f64_u => float_to_int(ValType::F64, ValType::I32, Unsigned, Trap);
    visit_i64_trunc_f32_s => float_to_int(ValType::F32, ValType::I64, Signed, Trap);
    visit_i64_trunc_f32_u => float_to_int(ValType::F32, ValType::I64, Unsigned, Trap);
    visit_i64_trunc_f64_s => float_to_int(ValType::F64, ValType::I64, Signed, Trap);
    visit_i64_trunc_f64_u => float_to_int(ValType::F64, ValType::I64, Unsigned, Trap);
    visit_i32_trunc_sat_f32_s => float_to_int(ValType::F32, ValType::I32, Signed, Saturate);
    visit_i32_trunc_sat_f32_u => float_to_int(ValType::F32, ValType::I32, Unsigned, Saturate);
    visit_i32_trunc_sat_f64_s => float_to_int(ValType::F64, ValType::I32, Signed, Saturate);
    visit_i32_trunc_sat_f64_u => float_to_int(ValType::F64, ValType::I32, Unsigned, Saturate);
    visit_i64_trunc_sat_f32_s => float_to_int(ValType::F32, ValType::I64, Signed, Saturate);
    visit_i64_trunc_sat_f32_u => float_to_int(ValType::F32, ValType::I64, Unsigned, Saturate);
    visit_i64_trunc_sat_f64_s => float_to_int(ValType::F64, ValType::I64, Signed, Saturate);
    visit_i64_trunc_sat_f64_u => float_to_int(ValType::F64, ValType::I64, Unsigned, Saturate);
    visit_f32_convert_i32_s => int_to_float(ValType::I32, ValType::F32, Signed);
    visit_f32_convert_i32_u => int_to_float(ValType::I32, ValType::F32, Unsigned);
    visit_f32_convert_i64_s => int_to_float(ValType::I64, ValType::F32, Signed);
    visit_f32_convert_i64_u => int_to_float(ValType::I64, ValType::F32, Unsigned);
    visit_f64_convert_i32_s => int_to_float(ValType::I32, ValType::F64, Signed);
    visit_f64_convert_i32_u => int_to_float(ValType::I32, ValType::F64, Unsigned);
    visit_f64_convert_i64_s => int_to_float(ValType::I64, ValType::F64, Signed);
    visit_f64_convert_i64_u => int_to_float(ValType::I64, ValType::F64, Unsigned);
    visit_f32_demote_f64 => float_to_float(ValType::F32);
    visit_f64_promote_f32 => float_to_float(ValType::F64);
}

/// Exclusive `f64` bounds of the values that truncate into the integer type.
fn truncation_bounds(to: ValType, signedness: Signedness) -> (f64, f64) {
    match (to, signedness) {
        (ValType::I32, Signed) => (-2147483649.0, 2147483648.0),
        (ValType::I32, Unsigned) => (-1.0, 4294967296.0),
        // The f64 just below -2^63 is -2^63 - 2048.
        (_, Signed) => (-9223372036854777856.0, 9223372036854775808.0),
        (_, Unsigned) => (-1.0, 18446744073709551616.0),
    }
}

/// The integers a saturating conversion clamps to: (below range, above range).
fn saturation_values(to: ValType, signedness: Signedness) -> (i64, i64) {
    match (to, signedness) {
        (ValType::I32, Signed) => (i32::MIN as u32 as i64, i32::MAX as i64),
        (ValType::I32, Unsigned) => (0, u32::MAX as i64),
        (_, Signed) => (i64::MIN, i64::MAX),
        (_, Unsigned) => (0, -1),
    }
}

impl CodeGen<'_> {
    /// `trunc` and `trunc_sat`: range checks on the value widened to `f64`, then
    /// `cvttsd2si` (with a bias for unsigned 64-bit results).
    fn float_to_int(
        &mut self,
        from: ValType,
        to: ValType,
        signedness: Signedness,
        out_of_range: OutOfRange,
    ) -> CompileResult<()> {
        let source = self.pop_xmm()?;
        // Allocated before the scratch register holds the value: allocating may spill,
        // and spilling a `v128` goes through the scratch register.
        let result = self.alloc_gpr()?;
        let bound = source;
        let (lower, upper) = truncation_bounds(to, signedness);
        let (nan, too_low, too_high, done) = match out_of_range {
            Trap => (
                self.trap_label(TrapCode::BadConversionToInteger),
                self.trap_label(TrapCode::IntegerOverflow),
                self.trap_label(TrapCode::IntegerOverflow),
                self.masm.new_label(),
            ),
            Saturate => (
                self.masm.new_label(),
                self.masm.new_label(),
                self.masm.new_label(),
                self.masm.new_label(),
            ),
        };
        self.masm.with_scratch_xmm(|masm, value| {
            masm.float_mov(value, source);
            if float_size(from) == FloatSize::F32 {
                masm.float_convert(FloatSize::F64, value);
            }
            masm.float_compare(FloatSize::F64, value, value);
            masm.jcc(Cond::Parity, nan);
            masm.with_scratch_gpr(|masm, scratch| {
                masm.float_const(FloatSize::F64, bound, lower.to_bits(), scratch)
            });
            masm.float_compare(FloatSize::F64, value, bound);
            masm.jcc(Cond::BelowEq, too_low);
            masm.with_scratch_gpr(|masm, scratch| {
                masm.float_const(FloatSize::F64, bound, upper.to_bits(), scratch)
            });
            masm.float_compare(FloatSize::F64, value, bound);
            masm.jcc(Cond::AboveEq, too_high);
            truncate_in_range(masm, to, signedness, result, value, bound);
        });
        if out_of_range == Saturate {
            let (minimum, maximum) = saturation_values(to, signedness);
            self.masm.jmp(done);
            self.masm.bind(nan);
            self.masm.mov_ri(OperandSize::S64, result, 0);
            self.masm.jmp(done);
            self.masm.bind(too_low);
            self.masm.mov_ri(OperandSize::S64, result, minimum);
            self.masm.jmp(done);
            self.masm.bind(too_high);
            self.masm.mov_ri(OperandSize::S64, result, maximum);
        }
        self.masm.bind(done);
        self.free_xmm(source);
        self.push_gpr(to, result);
        Ok(())
    }

    /// `convert`: signed directly; unsigned 32-bit through a 64-bit conversion; unsigned
    /// 64-bit halves values with the top bit set (keeping the rounding bit) and doubles.
    fn int_to_float(
        &mut self,
        from: ValType,
        to: ValType,
        signedness: Signedness,
    ) -> CompileResult<()> {
        let source = self.pop_gpr()?;
        let size = float_size(to);
        let result = self.alloc_xmm()?;
        match (from, signedness) {
            (ValType::I32, Signed) => {
                self.masm
                    .int_to_float(OperandSize::S32, size, result, source)
            }
            (ValType::I32, Unsigned) => {
                self.masm.mov_rr(OperandSize::S32, source, source);
                self.masm
                    .int_to_float(OperandSize::S64, size, result, source);
            }
            (_, Signed) => self
                .masm
                .int_to_float(OperandSize::S64, size, result, source),
            (_, Unsigned) => {
                let (big, done) = (self.masm.new_label(), self.masm.new_label());
                self.masm.test_rr(OperandSize::S64, source);
                self.masm.jcc(Cond::Sign, big);
                self.masm
                    .int_to_float(OperandSize::S64, size, result, source);
                self.masm.jmp(done);
                self.masm.bind(big);
                self.masm.with_scratch_gpr(|masm, half| {
                    masm.mov_rr(OperandSize::S64, half, source);
                    masm.shift_ri(ShiftKind::ShrU, OperandSize::S64, half, 1);
                    masm.alu_ri(AluOp::And, OperandSize::S64, source, 1);
                    masm.alu_rr(AluOp::Or, OperandSize::S64, half, source);
                    masm.int_to_float(OperandSize::S64, size, result, half);
                });
                self.masm.float_binop(FloatBinOp::Add, size, result, result);
                self.masm.bind(done);
            }
        }
        self.free_gpr(source);
        self.push_xmm(to, result);
        Ok(())
    }

    /// `promote`/`demote`.
    fn float_to_float(&mut self, to: ValType) -> CompileResult<()> {
        let value = self.pop_xmm()?;
        self.masm.float_convert(float_size(to), value);
        self.push_xmm(to, value);
        Ok(())
    }
}

/// Converts an in-range `f64` in `value` (clobbering `temp`).
fn truncate_in_range(
    masm: &mut Masm,
    to: ValType,
    signedness: Signedness,
    result: crate::x64::Gpr,
    value: crate::x64::Xmm,
    temp: crate::x64::Xmm,
) {
    if to == ValType::I64 && signedness == Unsigned {
        let (big, done) = (masm.new_label(), masm.new_label());
        masm.with_scratch_gpr(|masm, scratch| {
            let two_to_63 = 9223372036854775808.0f64.to_bits();
            masm.float_const(FloatSize::F64, temp, two_to_63, scratch)
        });
        masm.float_compare(FloatSize::F64, value, temp);
        masm.jcc(Cond::AboveEq, big);
        masm.float_to_int_raw(FloatSize::F64, OperandSize::S64, result, value);
        masm.jmp(done);
        masm.bind(big);
        masm.float_binop(FloatBinOp::Sub, FloatSize::F64, value, temp);
        masm.float_to_int_raw(FloatSize::F64, OperandSize::S64, result, value);
        masm.with_scratch_gpr(|masm, top_bit| {
            masm.mov_ri(OperandSize::S64, top_bit, i64::MIN);
            masm.alu_rr(AluOp::Xor, OperandSize::S64, result, top_bit);
        });
        masm.bind(done);
        return;
    }
    masm.float_to_int_raw(FloatSize::F64, OperandSize::S64, result, value);
    if to == ValType::I32 {
        masm.mov_rr(OperandSize::S32, result, result);
    }
}
