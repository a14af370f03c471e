//! The relaxed-SIMD operators. Each has two lowerings, chosen by
//! [`RelaxedSimd`] (`Config::relaxed_simd`):
//!
//! * native: the fastest sequence of the encoding (`pshufb`, `cvttps2dq`, the
//!   `blendv` family, `minps`/`maxps`, `pmulhrsw`, `pmaddubsw`, and FMA3's
//!   `vfmadd213ps` with the AVX2 encoding), whose results are among those the spec
//!   allows (`x64/masm/simd_relaxed.rs` says which each gives);
//! * deterministic: the same result with either encoding, the non-relaxed
//!   counterpart of each operator (see [`RelaxedSimd::Deterministic`]).
//!
//! The unsigned truncations have no faster sequence the spec allows that is worth a
//! second lowering: both modes saturate as `trunc_sat` does.

use crate::codegen::context::CodeGen;
use crate::codegen::RelaxedSimd;
use crate::error::CompileResult;
use crate::x64::masm::{FloatLanes, IntLanes, MaddKind, MinMax, Signedness};
use crate::x64::regs::XMM0;
use crate::x64::Reg;
use FloatLanes::{F32x4, F64x2};
use IntLanes::{I16x8, I32x4, I64x2, I8x16};
use MaddKind::{Madd, Nmadd};
use MinMax::{Max, Min};

impl CodeGen<'_> {
    /// Whether relaxed operators use their deterministic lowerings.
    fn relaxed_deterministic(&self) -> bool {
        self.env.relaxed_simd == RelaxedSimd::Deterministic
    }

    /// `i8x16.relaxed_swizzle`.
    fn relaxed_swizzle(&mut self) -> CompileResult<()> {
        if self.relaxed_deterministic() {
            self.v128_binop(|masm, dst, src| masm.i8x16_swizzle(dst, src))
        } else {
            self.v128_binop(|masm, dst, src| masm.i8x16_relaxed_swizzle(dst, src))
        }
    }

    /// `i32x4.relaxed_trunc_f32x4_s/u`.
    fn relaxed_trunc_f32x4(&mut self, signedness: Signedness) -> CompileResult<()> {
        match (signedness, self.relaxed_deterministic()) {
            (Signedness::Signed, false) => {
                self.v128_unop(|masm, reg| masm.i32x4_relaxed_trunc_f32x4_s(reg))
            }
            (Signedness::Signed, true) => self.v128_unop(|masm, reg| {
                masm.with_scratch_xmm(|masm, scratch| {
                    masm.i32x4_trunc_sat_f32x4(Signedness::Signed, reg, scratch, scratch)
                })
            }),
            (Signedness::Unsigned, _) => self.v128_unop_with_temps(|masm, reg, [tmp]| {
                masm.with_scratch_xmm(|masm, scratch| {
                    masm.i32x4_trunc_sat_f32x4(Signedness::Unsigned, reg, scratch, tmp)
                })
            }),
        }
    }

    /// `i32x4.relaxed_trunc_f64x2_s/u_zero`.
    fn relaxed_trunc_f64x2_zero(&mut self, signedness: Signedness) -> CompileResult<()> {
        if signedness == Signedness::Signed && !self.relaxed_deterministic() {
            return self.v128_unop(|masm, reg| masm.i32x4_relaxed_trunc_f64x2_s_zero(reg));
        }
        self.v128_unop(|masm, reg| {
            masm.with_scratch_xmm(|masm, scratch| {
                masm.i32x4_trunc_sat_f64x2_zero(signedness, reg, scratch)
            })
        })
    }

    /// `f32x4/f64x2.relaxed_madd/nmadd`: fused only natively with the AVX2 encoding.
    fn relaxed_madd(&mut self, kind: MaddKind, lanes: FloatLanes) -> CompileResult<()> {
        let fused = !self.relaxed_deterministic();
        self.v128_ternop(|masm, a, b, c| masm.simd_float_madd(kind, lanes, fused, a, b, c))
    }

    /// `i8x16/i16x8/i32x4/i64x2.relaxed_laneselect`. The SSE4.1 blends read their mask
    /// from `xmm0`, so natively with that encoding the mask is popped there.
    fn relaxed_laneselect(&mut self, lanes: IntLanes) -> CompileResult<()> {
        if self.relaxed_deterministic() {
            return self.v128_ternop(|masm, a, b, mask| masm.v128_bitselect(a, b, mask));
        }
        if self.masm.avx() {
            return self
                .v128_ternop(|masm, a, b, mask| masm.relaxed_laneselect_vex(lanes, a, b, mask));
        }
        self.pop_to_specific(Reg::Xmm(XMM0))?;
        let b = self.pop_v128()?;
        let a = self.pop_v128()?;
        self.masm.relaxed_laneselect_sse(lanes, a, b);
        self.free_xmm(a);
        self.free_xmm(XMM0);
        self.push_v128(b);
        Ok(())
    }

    /// `f32x4/f64x2.relaxed_min/max`.
    fn relaxed_min_max(&mut self, kind: MinMax, lanes: FloatLanes) -> CompileResult<()> {
        if self.relaxed_deterministic() {
            self.v128_binop(|masm, dst, src| {
                masm.with_scratch_xmm(|masm, scratch| {
                    masm.simd_float_min_max(kind, lanes, dst, src, scratch)
                })
            })
        } else {
            self.v128_binop(|masm, dst, src| masm.simd_float_relaxed_min_max(kind, lanes, dst, src))
        }
    }

    /// `i16x8.relaxed_q15mulr_s`.
    fn relaxed_q15mulr(&mut self) -> CompileResult<()> {
        if self.relaxed_deterministic() {
            self.v128_binop(|masm, dst, src| {
                masm.with_scratch_xmm(|masm, scratch| masm.i16x8_q15mulr_sat_s(dst, src, scratch))
            })
        } else {
            self.v128_binop(|masm, dst, src| masm.i16x8_relaxed_q15mulr_s(dst, src))
        }
    }

    /// `i16x8.relaxed_dot_i8x16_i7x16_s`.
    fn relaxed_dot(&mut self) -> CompileResult<()> {
        if self.relaxed_deterministic() {
            self.v128_binop_with_temps(|masm, dst, src, [tmp]| {
                masm.i16x8_dot_i8x16_signed(dst, src, tmp)
            })
        } else {
            self.v128_binop(|masm, dst, src| masm.i16x8_relaxed_dot_i8x16_i7x16_s(dst, src))
        }
    }

    /// `i32x4.relaxed_dot_i8x16_i7x16_add_s`: the 16-bit dot product, its lanes summed
    /// in pairs into 32 bits, plus the third operand.
    fn relaxed_dot_add(&mut self) -> CompileResult<()> {
        let addend = self.pop_v128()?;
        let rhs = self.pop_v128()?;
        let lhs = self.pop_v128()?;
        let temps = if self.relaxed_deterministic() {
            let [tmp] = self.alloc_xmm_temps::<1>()?;
            self.masm.i16x8_dot_i8x16_signed(lhs, rhs, tmp);
            Some(tmp)
        } else {
            self.masm.i16x8_relaxed_dot_i8x16_i7x16_s(lhs, rhs);
            None
        };
        self.masm.i32x4_extadd_pairwise_i16x8_add(lhs, addend);
        if let Some(tmp) = temps {
            self.free_xmm(tmp);
        }
        self.free_xmm(addend);
        self.free_xmm(rhs);
        self.push_v128(lhs);
        Ok(())
    }
}

one_call_visitors! {
    visit_i8x16_relaxed_swizzle => |cg| cg.relaxed_swizzle();
    visit_i32x4_relaxed_trunc_f32x4_s => |cg| cg.relaxed_trunc_f32x4(Signedness::Signed);
    visit_i32x4_relaxed_trunc_f32x4_u => |cg| cg.relaxed_trunc_f32x4(Signedness::Unsigned);
    visit_i32x4_relaxed_trunc_f64x2_s_zero => |cg| cg.relaxed_trunc_f64x2_zero(Signedness::Signed);
    visit_i32x4_relaxed_trunc_f64x2_u_zero => |cg| {
        cg.relaxed_trunc_f64x2_zero(Signedness::Unsigned)
    };
    visit_f32x4_relaxed_madd => |cg| cg.relaxed_madd(Madd, F32x4);
    visit_f32x4_relaxed_nmadd => |cg| cg.relaxed_madd(Nmadd, F32x4);
    visit_f64x2_relaxed_madd => |cg| cg.relaxed_madd(Madd, F64x2);
    visit_f64x2_relaxed_nmadd => |cg| cg.relaxed_madd(Nmadd, F64x2);
    visit_i8x16_relaxed_laneselect => |cg| cg.relaxed_laneselect(I8x16);
    visit_i16x8_relaxed_laneselect => |cg| cg.relaxed_laneselect(I16x8);
    visit_i32x4_relaxed_laneselect => |cg| cg.relaxed_laneselect(I32x4);
    visit_i64x2_relaxed_laneselect => |cg| cg.relaxed_laneselect(I64x2);
    visit_f32x4_relaxed_min => |cg| cg.relaxed_min_max(Min, F32x4);
    visit_f32x4_relaxed_max => |cg| cg.relaxed_min_max(Max, F32x4);
    visit_f64x2_relaxed_min => |cg| cg.relaxed_min_max(Min, F64x2);
    visit_f64x2_relaxed_max => |cg| cg.relaxed_min_max(Max, F64x2);
    visit_i16x8_relaxed_q15mulr_s => |cg| cg.relaxed_q15mulr();
    visit_i16x8_relaxed_dot_i8x16_i7x16_s => |cg| cg.relaxed_dot();
    visit_i32x4_relaxed_dot_i8x16_i7x16_add_s => |cg| cg.relaxed_dot_add();
}
