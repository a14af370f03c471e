//! SSE4.1 sequences for the float lanes of a `v128` (`f32x4`, `f64x2`) and for the
//! conversions between float and integer lanes.
//!
//! Every helper works in place: `dst` holds the (left) operand and receives the
//! result, `src` is read (and clobbered only where the docs say so), and the `tmp`
//! registers it is given and the scratch GPR are clobbered. Each instruction is
//! emitted in its SSE form or its VEX form by [`Masm::avx`]; the VEX forms' separate
//! destination saves the copies the destructive SSE forms need. Where x86 and wasm disagree — NaN propagation and
//! signed zeros in `min`/`max`, NaN and out-of-range lanes in float → integer
//! conversions, unsigned integer lanes — the helper's docs say how its sequence closes
//! the gap.

use super::{asm, FloatBinOp, FloatRound, Masm, MinMax, Signedness};
use crate::x64::regs::Xmm;

/// `out = a op b`: the VEX form `$vex out, a, b`, or `$sse out, b` after copying `a`
/// to `out` (so `out` must not be `b` unless it is also `a`).
macro_rules! packed {
    ($masm:expr; $sse:ident / $vex:ident, $out:expr, $a:expr, $b:expr) => {{
        let (out, a, b): (Xmm, Xmm, Xmm) = ($out, $a, $b);
        if $masm.avx() {
            asm!($masm; $vex Rx(out.0), Rx(a.0), Rx(b.0));
        } else {
            debug_assert!(out == a || out != b, "the SSE form would overwrite an operand");
            $masm.float_lanes_copy(out, a);
            asm!($masm; $sse Rx(out.0), Rx(b.0));
        }
    }};
}

/// `out = a op b` with an immediate selector, like [`packed!`].
///
/// dynasm 5.1 encodes the register forms of `vpblendw`, `vshufps` (and the other
/// `xmm, xmm, xmm, imm8` blends and shuffles) with the two sources exchanged between
/// VEX.vvvv and ModRM.rm, so the VEX arm names them in the opposite order; the
/// disassembly tests below pin the encoded result.
macro_rules! packed_imm {
    ($masm:expr; $sse:ident / $vex:ident, $out:expr, $a:expr, $b:expr, $imm:expr) => {{
        let (out, a, b, imm): (Xmm, Xmm, Xmm, i8) = ($out, $a, $b, $imm);
        if $masm.avx() {
            asm!($masm; $vex Rx(out.0), Rx(b.0), Rx(a.0), imm);
        } else {
            debug_assert!(out == a || out != b, "the SSE form would overwrite an operand");
            $masm.float_lanes_copy(out, a);
            asm!($masm; $sse Rx(out.0), Rx(b.0), imm);
        }
    }};
}

/// `dst = op src` (optionally with an immediate): the same operands in both forms.
macro_rules! unary {
    ($masm:expr; $sse:ident / $vex:ident, $dst:expr, $src:expr $(, $imm:expr)?) => {{
        let (dst, src): (Xmm, Xmm) = ($dst, $src);
        $(let imm: i8 = $imm;)?
        if $masm.avx() {
            asm!($masm; $vex Rx(dst.0), Rx(src.0) $(, unary!(@imm imm $imm))?);
        } else {
            asm!($masm; $sse Rx(dst.0), Rx(src.0) $(, unary!(@imm imm $imm))?);
        }
    }};
    (@imm $name:ident $imm:expr) => { $name };
}

/// Shifts every lane of `dst` by an immediate in place.
macro_rules! shift {
    ($masm:expr; $sse:ident / $vex:ident, $dst:expr, $bits:expr) => {{
        let (dst, bits): (Xmm, i8) = ($dst, $bits);
        if $masm.avx() {
            asm!($masm; $vex Rx(dst.0), Rx(dst.0), bits);
        } else {
            asm!($masm; $sse Rx(dst.0), bits);
        }
    }};
}

/// The lane shape of a float vector.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatLanes {
    /// Four `f32` lanes.
    F32x4,
    /// Two `f64` lanes.
    F64x2,
}

/// A lane-wise float comparison; a result lane is all ones where it holds, else zero.
/// Every comparison but `Ne` is false when either lane is NaN.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatLaneCompare {
    /// Equal.
    Eq,
    /// Not equal (true for NaN lanes).
    Ne,
    /// Less than.
    Lt,
    /// Less than or equal.
    Le,
    /// Greater than.
    Gt,
    /// Greater than or equal.
    Ge,
}

/// The comparison predicates the SSE `cmpps`/`cmppd` family encodes directly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SsePredicate {
    /// Equal and ordered.
    Eq,
    /// Not equal or unordered.
    Ne,
    /// Less than and ordered.
    Lt,
    /// Less or equal and ordered.
    Le,
    /// Either lane is NaN.
    Unordered,
}

/// `2^52` as `f64` bits: adding an unsigned 32-bit integer to it is exact and leaves
/// the integer in the low 32 bits of the significand.
const F64_TWO_POW_52: u64 = 0x4330_0000_0000_0000;
/// The high 32 bits of [`F64_TWO_POW_52`].
const F64_TWO_POW_52_HIGH: u32 = 0x4330_0000;
/// `shufps` selector taking dwords 0 and 2 of the first operand, then dwords 0 and 2
/// of the second: the low halves of two 64-bit lanes.
const SHUFPS_LOW_DWORDS: u8 = 0b10_00_10_00;
/// `pblendw` selector taking the low 16-bit word of each 32-bit lane.
const LOW_WORD_OF_EACH_DWORD: i8 = 0x55;
/// `2147483647.0` (`i32::MAX`) as `f64` bits.
const F64_I32_MAX: u64 = 0x41df_ffff_ffc0_0000;
/// `4294967295.0` (`u32::MAX`) as `f64` bits.
const F64_U32_MAX: u64 = 0x41ef_ffff_ffe0_0000;

impl Masm {
    /// `dst = splat(bits)` for a 32-bit pattern, through the scratch GPR.
    fn splat_bits32(&mut self, dst: Xmm, bits: u32) {
        self.with_scratch_gpr(|masm, scratch| {
            let s = scratch.0;
            asm!(masm; mov Rd(s), bits as i32);
            if masm.avx() {
                asm!(masm; vmovd Rx(dst.0), Rd(s));
            } else {
                asm!(masm; movd Rx(dst.0), Rd(s));
            }
        });
        unary!(self; pshufd / vpshufd, dst, dst, 0);
    }

    /// `dst = splat(bits)` for a 64-bit pattern, through the scratch GPR.
    fn splat_bits64(&mut self, dst: Xmm, bits: u64) {
        self.with_scratch_gpr(|masm, scratch| {
            let s = scratch.0;
            asm!(masm; mov Rq(s), QWORD bits as i64);
            if masm.avx() {
                asm!(masm; vmovq Rx(dst.0), Rq(s));
            } else {
                asm!(masm; movq Rx(dst.0), Rq(s));
            }
        });
        packed!(self; punpcklqdq / vpunpcklqdq, dst, dst, dst);
    }

    /// `movaps dst, src` unless they are the same register.
    fn float_lanes_copy(&mut self, dst: Xmm, src: Xmm) {
        if dst != src {
            unary!(self; movaps / vmovaps, dst, src);
        }
    }

    /// `dst = dst op src` lane-wise (`addps`, `subpd`, ...).
    pub fn simd_float_arith(&mut self, op: FloatBinOp, lanes: FloatLanes, dst: Xmm, src: Xmm) {
        match (op, lanes) {
            (FloatBinOp::Add, FloatLanes::F32x4) => packed!(self; addps / vaddps, dst, dst, src),
            (FloatBinOp::Add, FloatLanes::F64x2) => packed!(self; addpd / vaddpd, dst, dst, src),
            (FloatBinOp::Sub, FloatLanes::F32x4) => packed!(self; subps / vsubps, dst, dst, src),
            (FloatBinOp::Sub, FloatLanes::F64x2) => packed!(self; subpd / vsubpd, dst, dst, src),
            (FloatBinOp::Mul, FloatLanes::F32x4) => packed!(self; mulps / vmulps, dst, dst, src),
            (FloatBinOp::Mul, FloatLanes::F64x2) => packed!(self; mulpd / vmulpd, dst, dst, src),
            (FloatBinOp::Div, FloatLanes::F32x4) => packed!(self; divps / vdivps, dst, dst, src),
            (FloatBinOp::Div, FloatLanes::F64x2) => packed!(self; divpd / vdivpd, dst, dst, src),
        }
    }

    /// `dst = sqrt(dst)` lane-wise.
    pub fn simd_float_sqrt(&mut self, lanes: FloatLanes, dst: Xmm) {
        match lanes {
            FloatLanes::F32x4 => unary!(self; sqrtps / vsqrtps, dst, dst),
            FloatLanes::F64x2 => unary!(self; sqrtpd / vsqrtpd, dst, dst),
        }
    }

    /// Rounds every lane of `dst` to an integral value (`roundps`/`roundpd`, SSE4.1).
    pub fn simd_float_round(&mut self, lanes: FloatLanes, mode: FloatRound, dst: Xmm) {
        match lanes {
            FloatLanes::F32x4 => unary!(self; roundps / vroundps, dst, dst, mode as i8),
            FloatLanes::F64x2 => unary!(self; roundpd / vroundpd, dst, dst, mode as i8),
        }
    }

    /// Flips the sign bit of every lane: `xor` with a mask of sign bits built in `tmp`
    /// (all ones shifted left to the sign position).
    pub fn simd_float_neg(&mut self, lanes: FloatLanes, dst: Xmm, tmp: Xmm) {
        packed!(self; pcmpeqd / vpcmpeqd, tmp, tmp, tmp);
        match lanes {
            FloatLanes::F32x4 => shift!(self; pslld / vpslld, tmp, 31),
            FloatLanes::F64x2 => shift!(self; psllq / vpsllq, tmp, 63),
        }
        packed!(self; xorps / vxorps, dst, dst, tmp);
    }

    /// Clears the sign bit of every lane: `and` with all ones shifted right by one.
    pub fn simd_float_abs(&mut self, lanes: FloatLanes, dst: Xmm, tmp: Xmm) {
        packed!(self; pcmpeqd / vpcmpeqd, tmp, tmp, tmp);
        match lanes {
            FloatLanes::F32x4 => shift!(self; psrld / vpsrld, tmp, 1),
            FloatLanes::F64x2 => shift!(self; psrlq / vpsrlq, tmp, 1),
        }
        packed!(self; andps / vandps, dst, dst, tmp);
    }

    /// `out = min(a, b)` or `max` with x86 semantics: `b` when either lane is NaN or
    /// both are zeros.
    fn simd_float_min_max_raw(
        &mut self,
        kind: MinMax,
        lanes: FloatLanes,
        out: Xmm,
        a: Xmm,
        b: Xmm,
    ) {
        match (kind, lanes) {
            (MinMax::Min, FloatLanes::F32x4) => packed!(self; minps / vminps, out, a, b),
            (MinMax::Min, FloatLanes::F64x2) => packed!(self; minpd / vminpd, out, a, b),
            (MinMax::Max, FloatLanes::F32x4) => packed!(self; maxps / vmaxps, out, a, b),
            (MinMax::Max, FloatLanes::F64x2) => packed!(self; maxpd / vmaxpd, out, a, b),
        }
    }

    /// Shifts every lane of `dst` right (logically) by the width of a canonical NaN's
    /// sign, exponent and quiet bit, turning an all-ones NaN mask into the mask of
    /// the payload below the quiet bit.
    fn simd_float_nan_payload_mask(&mut self, lanes: FloatLanes, dst: Xmm) {
        match lanes {
            FloatLanes::F32x4 => shift!(self; psrld / vpsrld, dst, 10),
            FloatLanes::F64x2 => shift!(self; psrlq / vpsrlq, dst, 13),
        }
    }

    /// Wasm `min`/`max` lane-wise: NaN if either lane is NaN (canonical), and
    /// `-0 < +0`.
    ///
    /// x86 `min`/`max` return the second operand for NaNs and zero pairs, so the
    /// sequence computes both operand orders and merges them: for `min` an `or`
    /// keeps a `-0` and a NaN; for `max` the difference of `or` and `xor` keeps `+0`
    /// and a NaN. The NaN lanes, found with `cmpunord`, are then replaced by the
    /// canonical NaN (sign, exponent and quiet bit set, payload cleared).
    pub fn simd_float_min_max(
        &mut self,
        kind: MinMax,
        lanes: FloatLanes,
        dst: Xmm,
        src: Xmm,
        tmp: Xmm,
    ) {
        self.simd_float_min_max_raw(kind, lanes, tmp, src, dst);
        self.simd_float_min_max_raw(kind, lanes, dst, dst, src);
        match kind {
            MinMax::Min => {
                packed!(self; orps / vorps, tmp, tmp, dst);
                self.simd_float_compare_raw(SsePredicate::Unordered, lanes, dst, dst, tmp);
                packed!(self; orps / vorps, tmp, tmp, dst);
            }
            MinMax::Max => {
                packed!(self; xorps / vxorps, dst, dst, tmp);
                packed!(self; orps / vorps, tmp, tmp, dst);
                match lanes {
                    FloatLanes::F32x4 => packed!(self; subps / vsubps, tmp, tmp, dst),
                    FloatLanes::F64x2 => packed!(self; subpd / vsubpd, tmp, tmp, dst),
                }
                self.simd_float_compare_raw(SsePredicate::Unordered, lanes, dst, dst, tmp);
            }
        }
        self.simd_float_nan_payload_mask(lanes, dst);
        packed!(self; andnps / vandnps, dst, dst, tmp);
    }

    /// Wasm `pmin`/`pmax` lane-wise: `pmin(a, b) = b < a ? b : a` and
    /// `pmax(a, b) = a < b ? b : a`, which are exactly x86 `min`/`max` with the
    /// operands swapped (the first operand is kept unless the comparison holds).
    /// The SSE form computes into `src`, then copies to `dst`.
    pub fn simd_float_pseudo_min_max(
        &mut self,
        kind: MinMax,
        lanes: FloatLanes,
        dst: Xmm,
        src: Xmm,
    ) {
        if self.avx() {
            self.simd_float_min_max_raw(kind, lanes, dst, src, dst);
        } else {
            self.simd_float_min_max_raw(kind, lanes, src, src, dst);
            self.float_lanes_copy(dst, src);
        }
    }

    /// `out = a cmp b` as an all-ones/zero mask, for the predicates SSE has.
    fn simd_float_compare_raw(
        &mut self,
        compare: SsePredicate,
        lanes: FloatLanes,
        out: Xmm,
        a: Xmm,
        b: Xmm,
    ) {
        use FloatLanes::{F32x4, F64x2};
        match (compare, lanes) {
            (SsePredicate::Eq, F32x4) => packed!(self; cmpeqps / vcmpeqps, out, a, b),
            (SsePredicate::Eq, F64x2) => packed!(self; cmpeqpd / vcmpeqpd, out, a, b),
            (SsePredicate::Ne, F32x4) => packed!(self; cmpneqps / vcmpneqps, out, a, b),
            (SsePredicate::Ne, F64x2) => packed!(self; cmpneqpd / vcmpneqpd, out, a, b),
            (SsePredicate::Lt, F32x4) => packed!(self; cmpltps / vcmpltps, out, a, b),
            (SsePredicate::Lt, F64x2) => packed!(self; cmpltpd / vcmpltpd, out, a, b),
            (SsePredicate::Le, F32x4) => packed!(self; cmpleps / vcmpleps, out, a, b),
            (SsePredicate::Le, F64x2) => packed!(self; cmplepd / vcmplepd, out, a, b),
            (SsePredicate::Unordered, F32x4) => {
                packed!(self; cmpunordps / vcmpunordps, out, a, b)
            }
            (SsePredicate::Unordered, F64x2) => {
                packed!(self; cmpunordpd / vcmpunordpd, out, a, b)
            }
        }
    }

    /// Lane-wise comparison into an all-ones/zero mask in `dst`. `Gt` and `Ge` have no
    /// SSE predicate that is false on NaN, so they compare the swapped operands with
    /// `Lt`/`Le` (the SSE form into `src`, clobbering it, then a copy to `dst`).
    pub fn simd_float_compare(
        &mut self,
        compare: FloatLaneCompare,
        lanes: FloatLanes,
        dst: Xmm,
        src: Xmm,
    ) {
        let (predicate, swapped) = match compare {
            FloatLaneCompare::Eq => (SsePredicate::Eq, false),
            FloatLaneCompare::Ne => (SsePredicate::Ne, false),
            FloatLaneCompare::Lt => (SsePredicate::Lt, false),
            FloatLaneCompare::Le => (SsePredicate::Le, false),
            FloatLaneCompare::Gt => (SsePredicate::Lt, true),
            FloatLaneCompare::Ge => (SsePredicate::Le, true),
        };
        match (swapped, self.avx()) {
            (false, _) => self.simd_float_compare_raw(predicate, lanes, dst, dst, src),
            (true, true) => self.simd_float_compare_raw(predicate, lanes, dst, src, dst),
            (true, false) => {
                self.simd_float_compare_raw(predicate, lanes, src, src, dst);
                self.float_lanes_copy(dst, src);
            }
        }
    }

    /// `f32x4.convert_i32x4_s/u`.
    ///
    /// Unsigned lanes are split into their low 16 bits and the rest; both halves
    /// convert exactly (the high half halved, so it is a non-negative `i32`, then
    /// doubled), and the one rounding happens in the final addition.
    pub fn f32x4_convert_i32x4(&mut self, signedness: Signedness, dst: Xmm, tmp: Xmm) {
        match signedness {
            Signedness::Signed => unary!(self; cvtdq2ps / vcvtdq2ps, dst, dst),
            Signedness::Unsigned => {
                packed!(self; pxor / vpxor, tmp, tmp, tmp);
                packed_imm!(self; pblendw / vpblendw, tmp, tmp, dst, LOW_WORD_OF_EACH_DWORD);
                packed!(self; psubd / vpsubd, dst, dst, tmp);
                unary!(self; cvtdq2ps / vcvtdq2ps, tmp, tmp);
                shift!(self; psrld / vpsrld, dst, 1);
                unary!(self; cvtdq2ps / vcvtdq2ps, dst, dst);
                packed!(self; addps / vaddps, dst, dst, dst);
                packed!(self; addps / vaddps, dst, dst, tmp);
            }
        }
    }

    /// `i32x4.trunc_sat_f32x4_s/u`: NaN lanes become 0, out-of-range lanes saturate.
    ///
    /// Signed: NaN lanes are zeroed first; `cvttps2dq` turns both overflows into
    /// `0x8000_0000`, and the lanes that were non-negative yet came out negative are
    /// flipped to `0x7fff_ffff`. `tmp2` is not used.
    ///
    /// Unsigned: `max` with zero clears NaN and negative lanes; lanes below `2^31`
    /// convert directly, the rest as `x - 2^31` added to the `0x8000_0000` that the
    /// direct conversion gave them, and lanes at or above `2^32` end up all ones.
    pub fn i32x4_trunc_sat_f32x4(&mut self, signedness: Signedness, dst: Xmm, tmp: Xmm, tmp2: Xmm) {
        match signedness {
            Signedness::Signed => {
                self.simd_float_compare_raw(SsePredicate::Eq, FloatLanes::F32x4, tmp, dst, dst);
                packed!(self; andps / vandps, dst, dst, tmp);
                packed!(self; pxor / vpxor, tmp, tmp, dst);
                unary!(self; cvttps2dq / vcvttps2dq, dst, dst);
                packed!(self; pand / vpand, tmp, tmp, dst);
                shift!(self; psrad / vpsrad, tmp, 31);
                packed!(self; pxor / vpxor, dst, dst, tmp);
            }
            Signedness::Unsigned => {
                packed!(self; xorps / vxorps, tmp, tmp, tmp);
                packed!(self; maxps / vmaxps, dst, dst, tmp);
                // tmp = 2^31 as f32.
                packed!(self; pcmpeqd / vpcmpeqd, tmp, tmp, tmp);
                shift!(self; psrld / vpsrld, tmp, 1);
                unary!(self; cvtdq2ps / vcvtdq2ps, tmp, tmp);
                // tmp2 = trunc(x - 2^31), saturated to 0..=i32::MAX.
                packed!(self; subps / vsubps, tmp2, dst, tmp);
                self.simd_float_compare_raw(SsePredicate::Le, FloatLanes::F32x4, tmp, tmp, tmp2);
                unary!(self; cvttps2dq / vcvttps2dq, tmp2, tmp2);
                packed!(self; pxor / vpxor, tmp2, tmp2, tmp);
                packed!(self; pxor / vpxor, tmp, tmp, tmp);
                packed!(self; pmaxsd / vpmaxsd, tmp2, tmp2, tmp);
                unary!(self; cvttps2dq / vcvttps2dq, dst, dst);
                packed!(self; paddd / vpaddd, dst, dst, tmp2);
            }
        }
    }

    /// `f64x2.convert_low_i32x4_s/u`: the two low lanes, widened.
    ///
    /// Unsigned: each lane becomes the low half of an `f64` whose high half is that of
    /// `2^52`, which is exactly `2^52 + lane`; subtracting `2^52` leaves the lane.
    pub fn f64x2_convert_low_i32x4(&mut self, signedness: Signedness, dst: Xmm, tmp: Xmm) {
        match signedness {
            Signedness::Signed => unary!(self; cvtdq2pd / vcvtdq2pd, dst, dst),
            Signedness::Unsigned => {
                self.splat_bits32(tmp, F64_TWO_POW_52_HIGH);
                packed!(self; unpcklps / vunpcklps, dst, dst, tmp);
                shift!(self; psllq / vpsllq, tmp, 32);
                packed!(self; subpd / vsubpd, dst, dst, tmp);
            }
        }
    }

    /// `i32x4.trunc_sat_f64x2_s/u_zero`: the two lanes, saturated, in the low half;
    /// the high half is zero.
    ///
    /// Signed: `tmp = min(x, i32::MAX)` keeps NaN (x86 `min` returns its second
    /// operand), the `x == x` mask then zeroes NaN lanes, and `cvttpd2dq` already
    /// gives `i32::MIN` for lanes below it.
    ///
    /// Unsigned: clamp to `0..=u32::MAX` (NaN becomes 0), truncate, and add `2^52` so
    /// the integer is the low half of each `f64`; a shuffle gathers the low halves.
    pub fn i32x4_trunc_sat_f64x2_zero(&mut self, signedness: Signedness, dst: Xmm, tmp: Xmm) {
        match signedness {
            Signedness::Signed => {
                self.splat_bits64(tmp, F64_I32_MAX);
                packed!(self; minpd / vminpd, tmp, tmp, dst);
                self.simd_float_compare_raw(SsePredicate::Eq, FloatLanes::F64x2, dst, dst, dst);
                packed!(self; andpd / vandpd, dst, dst, tmp);
                unary!(self; cvttpd2dq / vcvttpd2dq, dst, dst);
            }
            Signedness::Unsigned => {
                packed!(self; xorpd / vxorpd, tmp, tmp, tmp);
                packed!(self; maxpd / vmaxpd, dst, dst, tmp);
                self.splat_bits64(tmp, F64_U32_MAX);
                packed!(self; minpd / vminpd, dst, dst, tmp);
                unary!(self; roundpd / vroundpd, dst, dst, FloatRound::Trunc as i8);
                self.splat_bits64(tmp, F64_TWO_POW_52);
                packed!(self; addpd / vaddpd, dst, dst, tmp);
                packed!(self; xorps / vxorps, tmp, tmp, tmp);
                packed_imm!(self; shufps / vshufps, dst, dst, tmp, SHUFPS_LOW_DWORDS as i8);
            }
        }
    }

    /// `f32x4.demote_f64x2_zero`: both lanes rounded to `f32` in the low half, the
    /// high half zero.
    pub fn f32x4_demote_f64x2_zero(&mut self, dst: Xmm) {
        unary!(self; cvtpd2ps / vcvtpd2ps, dst, dst);
    }

    /// `f64x2.promote_low_f32x4`: the two low lanes, widened exactly.
    pub fn f64x2_promote_low_f32x4(&mut self, dst: Xmm) {
        unary!(self; cvtps2pd / vcvtps2pd, dst, dst);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::disasm::disassemble;
    use crate::x64::masm::SimdEncoding;

    /// The instructions `emit` assembles with the SSE encodings, one per line,
    /// without offsets.
    fn listing(emit: impl FnOnce(&mut Masm)) -> Vec<String> {
        listing_with(SimdEncoding::Sse41, emit)
    }

    /// The instructions `emit` assembles with `encoding`, one per line.
    fn listing_with(encoding: SimdEncoding, emit: impl FnOnce(&mut Masm)) -> Vec<String> {
        let mut masm = Masm::with_simd_encoding(encoding);
        emit(&mut masm);
        let code = masm.finish().expect("assembles");
        disassemble(&code)
            .lines()
            .map(|line| {
                let text = line.split_once(": ").map_or(line, |(_, text)| text);
                text.split_whitespace().collect::<Vec<_>>().join(" ")
            })
            .collect()
    }

    const A: Xmm = Xmm(1);
    const B: Xmm = Xmm(9);
    const T: Xmm = Xmm(15);
    const T2: Xmm = Xmm(3);

    #[test]
    fn arithmetic_uses_packed_instructions() {
        let code = listing(|masm| {
            masm.simd_float_arith(FloatBinOp::Add, FloatLanes::F32x4, A, B);
            masm.simd_float_arith(FloatBinOp::Div, FloatLanes::F64x2, B, A);
            masm.simd_float_sqrt(FloatLanes::F64x2, A);
            masm.simd_float_round(FloatLanes::F32x4, FloatRound::Floor, B);
        });
        assert_eq!(
            code,
            [
                "addps xmm1,xmm9",
                "divpd xmm9,xmm1",
                "sqrtpd xmm1,xmm1",
                "roundps xmm9,xmm9,1"
            ]
        );
    }

    #[test]
    fn neg_and_abs_build_their_masks() {
        let code = listing(|masm| {
            masm.simd_float_neg(FloatLanes::F64x2, A, T);
            masm.simd_float_abs(FloatLanes::F32x4, A, T);
        });
        assert_eq!(
            code,
            [
                "pcmpeqd xmm15,xmm15",
                "psllq xmm15,0x3F",
                "xorps xmm1,xmm15",
                "pcmpeqd xmm15,xmm15",
                "psrld xmm15,1",
                "andps xmm1,xmm15"
            ]
        );
    }

    #[test]
    fn min_merges_both_operand_orders() {
        let code = listing(|masm| {
            masm.simd_float_min_max(MinMax::Min, FloatLanes::F32x4, A, B, T);
        });
        assert_eq!(
            code,
            [
                "movaps xmm15,xmm9",
                "minps xmm15,xmm1",
                "minps xmm1,xmm9",
                "orps xmm15,xmm1",
                "cmpunordps xmm1,xmm15",
                "orps xmm15,xmm1",
                "psrld xmm1,0xA",
                "andnps xmm1,xmm15"
            ]
        );
    }

    #[test]
    fn max_merges_both_operand_orders() {
        let code = listing(|masm| {
            masm.simd_float_min_max(MinMax::Max, FloatLanes::F64x2, A, B, T);
        });
        assert_eq!(
            code,
            [
                "movaps xmm15,xmm9",
                "maxpd xmm15,xmm1",
                "maxpd xmm1,xmm9",
                "xorps xmm1,xmm15",
                "orps xmm15,xmm1",
                "subpd xmm15,xmm1",
                "cmpunordpd xmm1,xmm15",
                "psrlq xmm1,0xD",
                "andnps xmm1,xmm15"
            ]
        );
    }

    #[test]
    fn pseudo_min_and_greater_than_swap_operands() {
        let code = listing(|masm| {
            masm.simd_float_pseudo_min_max(MinMax::Min, FloatLanes::F32x4, A, B);
            masm.simd_float_compare(FloatLaneCompare::Gt, FloatLanes::F64x2, A, B);
            masm.simd_float_compare(FloatLaneCompare::Ne, FloatLanes::F32x4, A, B);
        });
        assert_eq!(
            code,
            [
                "minps xmm9,xmm1",
                "movaps xmm1,xmm9",
                "cmpltpd xmm9,xmm1",
                "movaps xmm1,xmm9",
                "cmpneqps xmm1,xmm9"
            ]
        );
    }

    #[test]
    fn conversions_assemble() {
        let code = listing(|masm| {
            masm.f32x4_convert_i32x4(Signedness::Unsigned, A, T);
            masm.i32x4_trunc_sat_f32x4(Signedness::Unsigned, A, T, T2);
            masm.f64x2_convert_low_i32x4(Signedness::Unsigned, A, T);
            masm.i32x4_trunc_sat_f64x2_zero(Signedness::Unsigned, A, T);
            masm.f32x4_demote_f64x2_zero(A);
            masm.f64x2_promote_low_f32x4(A);
        });
        assert_eq!(code.len(), 8 + 14 + 6 + 13 + 2);
        assert_eq!(code[1], "pblendw xmm15,xmm1,0x55");
        assert_eq!(code[22], "mov r11d,0x43300000");
        assert_eq!(code[40], "shufps xmm1,xmm15,0x88");
    }

    #[test]
    fn vex_forms_need_no_copies() {
        let code = listing_with(SimdEncoding::Avx2, |masm| {
            masm.simd_float_arith(FloatBinOp::Mul, FloatLanes::F32x4, A, B);
            masm.simd_float_pseudo_min_max(MinMax::Max, FloatLanes::F64x2, A, B);
            masm.simd_float_compare(FloatLaneCompare::Ge, FloatLanes::F32x4, A, B);
            masm.simd_float_neg(FloatLanes::F32x4, A, T);
            masm.simd_float_round(FloatLanes::F64x2, FloatRound::Nearest, A);
        });
        assert_eq!(
            code,
            [
                "vmulps xmm1,xmm1,xmm9",
                "vmaxpd xmm1,xmm9,xmm1",
                "vcmpleps xmm1,xmm9,xmm1",
                "vpcmpeqd xmm15,xmm15,xmm15",
                "vpslld xmm15,xmm15,0x1F",
                "vxorps xmm1,xmm1,xmm15",
                "vroundpd xmm1,xmm1,0"
            ]
        );
    }

    #[test]
    fn vex_min_starts_without_a_copy() {
        let code = listing_with(SimdEncoding::Avx2, |masm| {
            masm.simd_float_min_max(MinMax::Min, FloatLanes::F32x4, A, B, T);
        });
        assert_eq!(
            code,
            [
                "vminps xmm15,xmm9,xmm1",
                "vminps xmm1,xmm1,xmm9",
                "vorps xmm15,xmm15,xmm1",
                "vcmpunordps xmm1,xmm1,xmm15",
                "vorps xmm15,xmm15,xmm1",
                "vpsrld xmm1,xmm1,0xA",
                "vandnps xmm1,xmm1,xmm15"
            ]
        );
    }

    #[test]
    fn vex_conversions_assemble() {
        let code = listing_with(SimdEncoding::Avx2, |masm| {
            masm.f32x4_convert_i32x4(Signedness::Unsigned, A, T);
            masm.i32x4_trunc_sat_f32x4(Signedness::Signed, A, T, T);
            masm.i32x4_trunc_sat_f32x4(Signedness::Unsigned, A, T, T2);
            masm.f64x2_convert_low_i32x4(Signedness::Unsigned, A, T);
            masm.i32x4_trunc_sat_f64x2_zero(Signedness::Signed, A, T);
            masm.i32x4_trunc_sat_f64x2_zero(Signedness::Unsigned, A, T);
            masm.f32x4_demote_f64x2_zero(A);
            masm.f64x2_promote_low_f32x4(A);
        });
        assert!(code
            .iter()
            .all(|line| line.starts_with('v') || line.starts_with("mov ")));
        assert!(code.contains(&"vpblendw xmm15,xmm15,xmm1,0x55".to_string()));
        assert!(code.contains(&"vcmpeqps xmm15,xmm1,xmm1".to_string()));
        assert!(code.contains(&"vshufps xmm1,xmm1,xmm15,0x88".to_string()));
    }
}
