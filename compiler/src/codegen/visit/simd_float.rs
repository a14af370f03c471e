//! Float lane operators on `v128` (`f32x4`, `f64x2`): arithmetic, wasm `min`/`max`,
//! `pmin`/`pmax`, rounding, comparisons, and the conversions between float and
//! integer lanes. The instruction sequences live in `x64/masm/simd_float.rs`.

use crate::x64::masm::{FloatBinOp, FloatLaneCompare, FloatLanes, FloatRound, MinMax};
use crate::x64::masm::{Masm, Signedness};
use crate::x64::Xmm;
use FloatLanes::{F32x4, F64x2};
use Signedness::{Signed, Unsigned};

/// Emits `dst = dst op src` lane-wise.
fn arith(op: FloatBinOp, lanes: FloatLanes) -> impl FnOnce(&mut Masm, Xmm, Xmm) {
    move |masm, dst, src| masm.simd_float_arith(op, lanes, dst, src)
}

/// Emits wasm `min`/`max` lane-wise.
fn min_max(kind: MinMax, lanes: FloatLanes) -> impl FnOnce(&mut Masm, Xmm, Xmm) {
    move |masm, dst, src| {
        masm.with_scratch_xmm(|masm, scratch| {
            masm.simd_float_min_max(kind, lanes, dst, src, scratch)
        })
    }
}

/// Emits `pmin`/`pmax` lane-wise.
fn pseudo_min_max(kind: MinMax, lanes: FloatLanes) -> impl FnOnce(&mut Masm, Xmm, Xmm) {
    move |masm, dst, src| masm.simd_float_pseudo_min_max(kind, lanes, dst, src)
}

/// Emits a lane-wise comparison mask.
fn compare(compare: FloatLaneCompare, lanes: FloatLanes) -> impl FnOnce(&mut Masm, Xmm, Xmm) {
    move |masm, dst, src| masm.simd_float_compare(compare, lanes, dst, src)
}

/// Emits a lane-wise rounding in place.
fn round(mode: FloatRound, lanes: FloatLanes) -> impl FnOnce(&mut Masm, Xmm) {
    move |masm, reg| masm.simd_float_round(lanes, mode, reg)
}

one_call_visitors! {
    visit_f32x4_add => |cg| cg.v128_binop(arith(FloatBinOp::Add, F32x4));
    visit_f64x2_add => |cg| cg.v128_binop(arith(FloatBinOp::Add, F64x2));
    visit_f32x4_sub => |cg| cg.v128_binop(arith(FloatBinOp::Sub, F32x4));
    visit_f64x2_sub => |cg| cg.v128_binop(arith(FloatBinOp::Sub, F64x2));
    visit_f32x4_mul => |cg| cg.v128_binop(arith(FloatBinOp::Mul, F32x4));
    visit_f64x2_mul => |cg| cg.v128_binop(arith(FloatBinOp::Mul, F64x2));
    visit_f32x4_div => |cg| cg.v128_binop(arith(FloatBinOp::Div, F32x4));
    visit_f64x2_div => |cg| cg.v128_binop(arith(FloatBinOp::Div, F64x2));
    visit_f32x4_min => |cg| cg.v128_binop(min_max(MinMax::Min, F32x4));
    visit_f64x2_min => |cg| cg.v128_binop(min_max(MinMax::Min, F64x2));
    visit_f32x4_max => |cg| cg.v128_binop(min_max(MinMax::Max, F32x4));
    visit_f64x2_max => |cg| cg.v128_binop(min_max(MinMax::Max, F64x2));
    visit_f32x4_pmin => |cg| cg.v128_binop(pseudo_min_max(MinMax::Min, F32x4));
    visit_f64x2_pmin => |cg| cg.v128_binop(pseudo_min_max(MinMax::Min, F64x2));
    visit_f32x4_pmax => |cg| cg.v128_binop(pseudo_min_max(MinMax::Max, F32x4));
    visit_f64x2_pmax => |cg| cg.v128_binop(pseudo_min_max(MinMax::Max, F64x2));
    visit_f32x4_eq => |cg| cg.v128_binop(compare(FloatLaneCompare::Eq, F32x4));
    visit_f64x2_eq => |cg| cg.v128_binop(compare(FloatLaneCompare::Eq, F64x2));
    visit_f32x4_ne => |cg| cg.v128_binop(compare(FloatLaneCompare::Ne, F32x4));
    visit_f64x2_ne => |cg| cg.v128_binop(compare(FloatLaneCompare::Ne, F64x2));
    visit_f32x4_lt => |cg| cg.v128_binop(compare(FloatLaneCompare::Lt, F32x4));
    visit_f64x2_lt => |cg| cg.v128_binop(compare(FloatLaneCompare::Lt, F64x2));
    visit_f32x4_le => |cg| cg.v128_binop(compare(FloatLaneCompare::Le, F32x4));
    visit_f64x2_le => |cg| cg.v128_binop(compare(FloatLaneCompare::Le, F64x2));
    visit_f32x4_gt => |cg| cg.v128_binop(compare(FloatLaneCompare::Gt, F32x4));
    visit_f64x2_gt => |cg| cg.v128_binop(compare(FloatLaneCompare::Gt, F64x2));
    visit_f32x4_ge => |cg| cg.v128_binop(compare(FloatLaneCompare::Ge, F32x4));
    visit_f64x2_ge => |cg| cg.v128_binop(compare(FloatLaneCompare::Ge, F64x2));
    visit_f32x4_ceil => |cg| cg.v128_unop(round(FloatRound::Ceil, F32x4));
    visit_f64x2_ceil => |cg| cg.v128_unop(round(FloatRound::Ceil, F64x2));
    visit_f32x4_floor => |cg| cg.v128_unop(round(FloatRound::Floor, F32x4));
    visit_f64x2_floor => |cg| cg.v128_unop(round(FloatRound::Floor, F64x2));
    visit_f32x4_trunc => |cg| cg.v128_unop(round(FloatRound::Trunc, F32x4));
    visit_f64x2_trunc => |cg| cg.v128_unop(round(FloatRound::Trunc, F64x2));
    visit_f32x4_nearest => |cg| cg.v128_unop(round(FloatRound::Nearest, F32x4));
    visit_f64x2_nearest => |cg| cg.v128_unop(round(FloatRound::Nearest, F64x2));
    visit_f32x4_sqrt => |cg| cg.v128_unop(|masm, reg| masm.simd_float_sqrt(F32x4, reg));
    visit_f64x2_sqrt => |cg| cg.v128_unop(|masm, reg| masm.simd_float_sqrt(F64x2, reg));
    visit_f32x4_neg => |cg| cg.v128_unop(|masm, reg| masm.with_scratch_xmm(|masm, scratch| masm.simd_float_neg(F32x4, reg, scratch)));
    visit_f64x2_neg => |cg| cg.v128_unop(|masm, reg| masm.with_scratch_xmm(|masm, scratch| masm.simd_float_neg(F64x2, reg, scratch)));
    visit_f32x4_abs => |cg| cg.v128_unop(|masm, reg| masm.with_scratch_xmm(|masm, scratch| masm.simd_float_abs(F32x4, reg, scratch)));
    visit_f64x2_abs => |cg| cg.v128_unop(|masm, reg| masm.with_scratch_xmm(|masm, scratch| masm.simd_float_abs(F64x2, reg, scratch)));
}

one_call_visitors! {
    visit_f32x4_convert_i32x4_s => |cg| cg.v128_unop(|masm, reg| {
        masm.with_scratch_xmm(|masm, scratch| masm.f32x4_convert_i32x4(Signed, reg, scratch))
    });
    visit_f32x4_convert_i32x4_u => |cg| cg.v128_unop(|masm, reg| {
        masm.with_scratch_xmm(|masm, scratch| masm.f32x4_convert_i32x4(Unsigned, reg, scratch))
    });
    visit_i32x4_trunc_sat_f32x4_s => |cg| cg.v128_unop(|masm, reg| {
        masm.with_scratch_xmm(|masm, scratch| masm.i32x4_trunc_sat_f32x4(Signed, reg, scratch, scratch))
    });
    visit_i32x4_trunc_sat_f32x4_u => |cg| cg.v128_unop_with_temps(|masm, reg, [tmp]| {
        masm.with_scratch_xmm(|masm, scratch| masm.i32x4_trunc_sat_f32x4(Unsigned, reg, scratch, tmp))
    });
    visit_f64x2_convert_low_i32x4_s => |cg| cg.v128_unop(|masm, reg| {
        masm.with_scratch_xmm(|masm, scratch| masm.f64x2_convert_low_i32x4(Signed, reg, scratch))
    });
    visit_f64x2_convert_low_i32x4_u => |cg| cg.v128_unop(|masm, reg| {
        masm.with_scratch_xmm(|masm, scratch| masm.f64x2_convert_low_i32x4(Unsigned, reg, scratch))
    });
    visit_i32x4_trunc_sat_f64x2_s_zero => |cg| cg.v128_unop(|masm, reg| {
        masm.with_scratch_xmm(|masm, scratch| masm.i32x4_trunc_sat_f64x2_zero(Signed, reg, scratch))
    });
    visit_i32x4_trunc_sat_f64x2_u_zero => |cg| cg.v128_unop(|masm, reg| {
        masm.with_scratch_xmm(|masm, scratch| masm.i32x4_trunc_sat_f64x2_zero(Unsigned, reg, scratch))
    });
    visit_f32x4_demote_f64x2_zero => |cg| cg.v128_unop(Masm::f32x4_demote_f64x2_zero);
    visit_f64x2_promote_low_f32x4 => |cg| cg.v128_unop(Masm::f64x2_promote_low_f32x4);
}
