//! SSE4.1 sequences for the float lanes of a `v128` (`f32x4`, `f64x2`) and for the
//! conversions between float and integer lanes.
//!
//! Every helper works in place: `dst` holds the (left) operand and receives the
//! result, `src` is read (and clobbered only where the docs say so), and the `tmp`
//! registers it is given and the scratch GPR are clobbered. Where x86 and wasm disagree — NaN propagation and
//! signed zeros in `min`/`max`, NaN and out-of-range lanes in float → integer
//! conversions, unsigned integer lanes — the helper's docs say how its sequence closes
//! the gap.

use super::{asm, FloatBinOp, FloatRound, Masm, MinMax};
use crate::x64::regs::{Xmm, SCRATCH};

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

/// How the integer lanes of a conversion are interpreted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaneSignedness {
    /// Two's complement.
    Signed,
    /// Unsigned.
    Unsigned,
}

/// `2^52` as `f64` bits: adding an unsigned 32-bit integer to it is exact and leaves
/// the integer in the low 32 bits of the significand.
const F64_TWO_POW_52: u64 = 0x4330_0000_0000_0000;
/// The high 32 bits of [`F64_TWO_POW_52`].
const F64_TWO_POW_52_HIGH: u32 = 0x4330_0000;
/// `shufps` selector taking dwords 0 and 2 of the first operand, then dwords 0 and 2
/// of the second: the low halves of two 64-bit lanes.
const SHUFPS_LOW_DWORDS: u8 = 0b10_00_10_00;
/// `2147483647.0` (`i32::MAX`) as `f64` bits.
const F64_I32_MAX: u64 = 0x41df_ffff_ffc0_0000;
/// `4294967295.0` (`u32::MAX`) as `f64` bits.
const F64_U32_MAX: u64 = 0x41ef_ffff_ffe0_0000;

impl Masm {
    /// `dst = splat(bits)` for a 32-bit pattern, through the scratch GPR.
    fn splat_bits32(&mut self, dst: Xmm, bits: u32) {
        asm!(self
            ; mov Rd(SCRATCH.0), bits as i32
            ; movd Rx(dst.0), Rd(SCRATCH.0)
            ; pshufd Rx(dst.0), Rx(dst.0), 0
        );
    }

    /// `dst = splat(bits)` for a 64-bit pattern, through the scratch GPR.
    fn splat_bits64(&mut self, dst: Xmm, bits: u64) {
        asm!(self
            ; mov Rq(SCRATCH.0), QWORD bits as i64
            ; movq Rx(dst.0), Rq(SCRATCH.0)
            ; punpcklqdq Rx(dst.0), Rx(dst.0)
        );
    }

    /// `dst = dst op src` lane-wise (`addps`, `subpd`, ...).
    pub fn simd_float_arith(&mut self, op: FloatBinOp, lanes: FloatLanes, dst: Xmm, src: Xmm) {
        let (d, s) = (dst.0, src.0);
        match (op, lanes) {
            (FloatBinOp::Add, FloatLanes::F32x4) => asm!(self; addps Rx(d), Rx(s)),
            (FloatBinOp::Add, FloatLanes::F64x2) => asm!(self; addpd Rx(d), Rx(s)),
            (FloatBinOp::Sub, FloatLanes::F32x4) => asm!(self; subps Rx(d), Rx(s)),
            (FloatBinOp::Sub, FloatLanes::F64x2) => asm!(self; subpd Rx(d), Rx(s)),
            (FloatBinOp::Mul, FloatLanes::F32x4) => asm!(self; mulps Rx(d), Rx(s)),
            (FloatBinOp::Mul, FloatLanes::F64x2) => asm!(self; mulpd Rx(d), Rx(s)),
            (FloatBinOp::Div, FloatLanes::F32x4) => asm!(self; divps Rx(d), Rx(s)),
            (FloatBinOp::Div, FloatLanes::F64x2) => asm!(self; divpd Rx(d), Rx(s)),
        }
    }

    /// `dst = sqrt(dst)` lane-wise.
    pub fn simd_float_sqrt(&mut self, lanes: FloatLanes, dst: Xmm) {
        match lanes {
            FloatLanes::F32x4 => asm!(self; sqrtps Rx(dst.0), Rx(dst.0)),
            FloatLanes::F64x2 => asm!(self; sqrtpd Rx(dst.0), Rx(dst.0)),
        }
    }

    /// Rounds every lane of `dst` to an integral value (`roundps`/`roundpd`, SSE4.1).
    pub fn simd_float_round(&mut self, lanes: FloatLanes, mode: FloatRound, dst: Xmm) {
        let imm = mode as i8;
        match lanes {
            FloatLanes::F32x4 => asm!(self; roundps Rx(dst.0), Rx(dst.0), imm),
            FloatLanes::F64x2 => asm!(self; roundpd Rx(dst.0), Rx(dst.0), imm),
        }
    }

    /// Flips the sign bit of every lane: `xor` with a mask of sign bits built in `tmp`
    /// (all ones shifted left to the sign position).
    pub fn simd_float_neg(&mut self, lanes: FloatLanes, dst: Xmm, tmp: Xmm) {
        let (d, t) = (dst.0, tmp.0);
        asm!(self; pcmpeqd Rx(t), Rx(t));
        match lanes {
            FloatLanes::F32x4 => asm!(self; pslld Rx(t), 31),
            FloatLanes::F64x2 => asm!(self; psllq Rx(t), 63),
        }
        asm!(self; xorps Rx(d), Rx(t));
    }

    /// Clears the sign bit of every lane: `and` with all ones shifted right by one.
    pub fn simd_float_abs(&mut self, lanes: FloatLanes, dst: Xmm, tmp: Xmm) {
        let (d, t) = (dst.0, tmp.0);
        asm!(self; pcmpeqd Rx(t), Rx(t));
        match lanes {
            FloatLanes::F32x4 => asm!(self; psrld Rx(t), 1),
            FloatLanes::F64x2 => asm!(self; psrlq Rx(t), 1),
        }
        asm!(self; andps Rx(d), Rx(t));
    }

    /// `minps`/`minpd`/`maxps`/`maxpd dst, src` with x86 semantics: the second operand
    /// when either lane is NaN or both are zeros.
    fn simd_float_min_max_raw(&mut self, kind: MinMax, lanes: FloatLanes, dst: Xmm, src: Xmm) {
        let (d, s) = (dst.0, src.0);
        match (kind, lanes) {
            (MinMax::Min, FloatLanes::F32x4) => asm!(self; minps Rx(d), Rx(s)),
            (MinMax::Min, FloatLanes::F64x2) => asm!(self; minpd Rx(d), Rx(s)),
            (MinMax::Max, FloatLanes::F32x4) => asm!(self; maxps Rx(d), Rx(s)),
            (MinMax::Max, FloatLanes::F64x2) => asm!(self; maxpd Rx(d), Rx(s)),
        }
    }

    /// `cmpunordps`/`cmpunordpd dst, src`: all ones where either lane is NaN.
    fn simd_float_unordered(&mut self, lanes: FloatLanes, dst: Xmm, src: Xmm) {
        match lanes {
            FloatLanes::F32x4 => asm!(self; cmpunordps Rx(dst.0), Rx(src.0)),
            FloatLanes::F64x2 => asm!(self; cmpunordpd Rx(dst.0), Rx(src.0)),
        }
    }

    /// Shifts every lane of `dst` right (logically) by `bits` minus the width of a
    /// canonical NaN's sign, exponent and quiet bit, turning an all-ones NaN mask
    /// into the mask of everything else (the payload below the quiet bit).
    fn simd_float_nan_payload_mask(&mut self, lanes: FloatLanes, dst: Xmm) {
        match lanes {
            FloatLanes::F32x4 => asm!(self; psrld Rx(dst.0), 10),
            FloatLanes::F64x2 => asm!(self; psrlq Rx(dst.0), 13),
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
        self.float_lanes_copy(tmp, src);
        self.simd_float_min_max_raw(kind, lanes, tmp, dst);
        self.simd_float_min_max_raw(kind, lanes, dst, src);
        let (d, t) = (dst.0, tmp.0);
        match kind {
            MinMax::Min => {
                asm!(self; orps Rx(t), Rx(d));
                self.simd_float_unordered(lanes, dst, tmp);
                asm!(self; orps Rx(t), Rx(d));
            }
            MinMax::Max => {
                asm!(self; xorps Rx(d), Rx(t) ; orps Rx(t), Rx(d));
                match lanes {
                    FloatLanes::F32x4 => asm!(self; subps Rx(t), Rx(d)),
                    FloatLanes::F64x2 => asm!(self; subpd Rx(t), Rx(d)),
                }
                self.simd_float_unordered(lanes, dst, tmp);
            }
        }
        self.simd_float_nan_payload_mask(lanes, dst);
        asm!(self; andnps Rx(d), Rx(t));
    }

    /// Wasm `pmin`/`pmax` lane-wise: `pmin(a, b) = b < a ? b : a` and
    /// `pmax(a, b) = a < b ? b : a`, which are exactly x86 `min`/`max` with the
    /// operands swapped (the first operand is kept unless the comparison holds).
    /// Computes into `src`, then copies to `dst`.
    pub fn simd_float_pseudo_min_max(
        &mut self,
        kind: MinMax,
        lanes: FloatLanes,
        dst: Xmm,
        src: Xmm,
    ) {
        self.simd_float_min_max_raw(kind, lanes, src, dst);
        self.float_lanes_copy(dst, src);
    }

    /// `movaps dst, src` unless they are the same register.
    fn float_lanes_copy(&mut self, dst: Xmm, src: Xmm) {
        if dst != src {
            asm!(self; movaps Rx(dst.0), Rx(src.0));
        }
    }

    /// Lane-wise comparison into an all-ones/zero mask in `dst`. `Gt` and `Ge` have no
    /// SSE predicate that is false on NaN, so they compare the swapped operands with
    /// `Lt`/`Le` into `src` (clobbering it) and copy the mask to `dst`.
    pub fn simd_float_compare(
        &mut self,
        compare: FloatLaneCompare,
        lanes: FloatLanes,
        dst: Xmm,
        src: Xmm,
    ) {
        let (d, s) = (dst.0, src.0);
        match (compare, lanes) {
            (FloatLaneCompare::Eq, FloatLanes::F32x4) => asm!(self; cmpeqps Rx(d), Rx(s)),
            (FloatLaneCompare::Eq, FloatLanes::F64x2) => asm!(self; cmpeqpd Rx(d), Rx(s)),
            (FloatLaneCompare::Ne, FloatLanes::F32x4) => asm!(self; cmpneqps Rx(d), Rx(s)),
            (FloatLaneCompare::Ne, FloatLanes::F64x2) => asm!(self; cmpneqpd Rx(d), Rx(s)),
            (FloatLaneCompare::Lt, FloatLanes::F32x4) => asm!(self; cmpltps Rx(d), Rx(s)),
            (FloatLaneCompare::Lt, FloatLanes::F64x2) => asm!(self; cmpltpd Rx(d), Rx(s)),
            (FloatLaneCompare::Le, FloatLanes::F32x4) => asm!(self; cmpleps Rx(d), Rx(s)),
            (FloatLaneCompare::Le, FloatLanes::F64x2) => asm!(self; cmplepd Rx(d), Rx(s)),
            (FloatLaneCompare::Gt, _) => {
                self.simd_float_compare(FloatLaneCompare::Lt, lanes, src, dst);
                self.float_lanes_copy(dst, src);
            }
            (FloatLaneCompare::Ge, _) => {
                self.simd_float_compare(FloatLaneCompare::Le, lanes, src, dst);
                self.float_lanes_copy(dst, src);
            }
        }
    }

    /// `f32x4.convert_i32x4_s/u`.
    ///
    /// Unsigned lanes are split into their low 16 bits and the rest; both halves
    /// convert exactly (the high half halved, so it is a non-negative `i32`, then
    /// doubled), and the one rounding happens in the final addition.
    pub fn f32x4_convert_i32x4(&mut self, signedness: LaneSignedness, dst: Xmm, tmp: Xmm) {
        let (d, t) = (dst.0, tmp.0);
        match signedness {
            LaneSignedness::Signed => asm!(self; cvtdq2ps Rx(d), Rx(d)),
            LaneSignedness::Unsigned => asm!(self
                ; pxor Rx(t), Rx(t)
                ; pblendw Rx(t), Rx(d), 0x55
                ; psubd Rx(d), Rx(t)
                ; cvtdq2ps Rx(t), Rx(t)
                ; psrld Rx(d), 1
                ; cvtdq2ps Rx(d), Rx(d)
                ; addps Rx(d), Rx(d)
                ; addps Rx(d), Rx(t)
            ),
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
    pub fn i32x4_trunc_sat_f32x4(
        &mut self,
        signedness: LaneSignedness,
        dst: Xmm,
        tmp: Xmm,
        tmp2: Xmm,
    ) {
        let (d, t, t2) = (dst.0, tmp.0, tmp2.0);
        match signedness {
            LaneSignedness::Signed => asm!(self
                ; movaps Rx(t), Rx(d)
                ; cmpeqps Rx(t), Rx(t)
                ; andps Rx(d), Rx(t)
                ; pxor Rx(t), Rx(d)
                ; cvttps2dq Rx(d), Rx(d)
                ; pand Rx(t), Rx(d)
                ; psrad Rx(t), 31
                ; pxor Rx(d), Rx(t)
            ),
            LaneSignedness::Unsigned => asm!(self
                ; xorps Rx(t), Rx(t)
                ; maxps Rx(d), Rx(t)
                // tmp = 2^31 as f32.
                ; pcmpeqd Rx(t), Rx(t)
                ; psrld Rx(t), 1
                ; cvtdq2ps Rx(t), Rx(t)
                // tmp2 = trunc(x - 2^31), saturated to 0..=i32::MAX.
                ; movaps Rx(t2), Rx(d)
                ; subps Rx(t2), Rx(t)
                ; cmpleps Rx(t), Rx(t2)
                ; cvttps2dq Rx(t2), Rx(t2)
                ; pxor Rx(t2), Rx(t)
                ; pxor Rx(t), Rx(t)
                ; pmaxsd Rx(t2), Rx(t)
                ; cvttps2dq Rx(d), Rx(d)
                ; paddd Rx(d), Rx(t2)
            ),
        }
    }

    /// `f64x2.convert_low_i32x4_s/u`: the two low lanes, widened.
    ///
    /// Unsigned: each lane becomes the low half of an `f64` whose high half is that of
    /// `2^52`, which is exactly `2^52 + lane`; subtracting `2^52` leaves the lane.
    pub fn f64x2_convert_low_i32x4(&mut self, signedness: LaneSignedness, dst: Xmm, tmp: Xmm) {
        let (d, t) = (dst.0, tmp.0);
        match signedness {
            LaneSignedness::Signed => asm!(self; cvtdq2pd Rx(d), Rx(d)),
            LaneSignedness::Unsigned => {
                self.splat_bits32(tmp, F64_TWO_POW_52_HIGH);
                asm!(self
                    ; unpcklps Rx(d), Rx(t)
                    ; psllq Rx(t), 32
                    ; subpd Rx(d), Rx(t)
                );
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
    pub fn i32x4_trunc_sat_f64x2_zero(&mut self, signedness: LaneSignedness, dst: Xmm, tmp: Xmm) {
        let (d, t) = (dst.0, tmp.0);
        match signedness {
            LaneSignedness::Signed => {
                self.splat_bits64(tmp, F64_I32_MAX);
                asm!(self
                    ; minpd Rx(t), Rx(d)
                    ; cmpeqpd Rx(d), Rx(d)
                    ; andpd Rx(d), Rx(t)
                    ; cvttpd2dq Rx(d), Rx(d)
                );
            }
            LaneSignedness::Unsigned => {
                asm!(self
                    ; xorpd Rx(t), Rx(t)
                    ; maxpd Rx(d), Rx(t)
                );
                self.splat_bits64(tmp, F64_U32_MAX);
                asm!(self
                    ; minpd Rx(d), Rx(t)
                    ; roundpd Rx(d), Rx(d), FloatRound::Trunc as i8
                );
                self.splat_bits64(tmp, F64_TWO_POW_52);
                let even_dwords_then_zeros = SHUFPS_LOW_DWORDS as i8;
                asm!(self
                    ; addpd Rx(d), Rx(t)
                    ; xorps Rx(t), Rx(t)
                    ; shufps Rx(d), Rx(t), even_dwords_then_zeros
                );
            }
        }
    }

    /// `f32x4.demote_f64x2_zero`: both lanes rounded to `f32` in the low half, the
    /// high half zero.
    pub fn f32x4_demote_f64x2_zero(&mut self, dst: Xmm) {
        asm!(self; cvtpd2ps Rx(dst.0), Rx(dst.0));
    }

    /// `f64x2.promote_low_f32x4`: the two low lanes, widened exactly.
    pub fn f64x2_promote_low_f32x4(&mut self, dst: Xmm) {
        asm!(self; cvtps2pd Rx(dst.0), Rx(dst.0));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::disasm::disassemble;

    /// The instructions `emit` assembles, one per line, without offsets.
    fn listing(emit: impl FnOnce(&mut Masm)) -> Vec<String> {
        let mut masm = Masm::new();
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
            masm.f32x4_convert_i32x4(LaneSignedness::Unsigned, A, T);
            masm.i32x4_trunc_sat_f32x4(LaneSignedness::Unsigned, A, T, T2);
            masm.f64x2_convert_low_i32x4(LaneSignedness::Unsigned, A, T);
            masm.i32x4_trunc_sat_f64x2_zero(LaneSignedness::Unsigned, A, T);
            masm.f32x4_demote_f64x2_zero(A);
            masm.f64x2_promote_low_f32x4(A);
        });
        assert_eq!(code.len(), 8 + 14 + 6 + 13 + 2);
        assert_eq!(code[1], "pblendw xmm15,xmm1,0x55");
        assert_eq!(code[22], "mov r11d,0x43300000");
        assert_eq!(code[40], "shufps xmm1,xmm15,0x88");
    }
}
