//! The native sequences of the relaxed-SIMD operators: the one or two instructions
//! x86 has for each, whose results on the inputs the spec leaves open (swizzle
//! indices of 16 and more, NaN and out-of-range lanes, mask lanes that are neither all
//! ones nor all zeros, `i8` dot products with the top bit set) are among those it
//! allows. The deterministic lowerings reuse the non-relaxed helpers, plus
//! [`Masm::i16x8_dot_i8x16_signed`] here.

use dynasmrt::DynasmApi;

use super::{asm, FloatLanes, IntLanes, Masm, MinMax};
use crate::x64::regs::XMM0;
use crate::x64::Xmm;

/// The opcode (map 0F38) of `vfmadd213pd`.
const FMADD213: u8 = 0xa8;
/// The opcode (map 0F38) of `vfnmadd213pd`.
const FNMADD213: u8 = 0xac;

/// Whether a multiply-add adds the product or subtracts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MaddKind {
    /// `a * b + c`.
    Madd,
    /// `-(a * b) + c`.
    Nmadd,
}

impl Masm {
    /// `i8x16.relaxed_swizzle`: `pshufb`, which zeroes a byte whose index has bit 7
    /// set and reads byte `index % 16` for indices 16 to 127 (both allowed).
    pub fn i8x16_relaxed_swizzle(&mut self, dst: Xmm, indices: Xmm) {
        self.pshufb(dst, indices);
    }

    /// `i32x4.relaxed_trunc_f32x4_s`: `cvttps2dq`, which gives `i32::MIN` for NaN and
    /// out-of-range lanes (allowed).
    pub fn i32x4_relaxed_trunc_f32x4_s(&mut self, dst: Xmm) {
        let d = dst.0;
        if self.avx() {
            asm!(self; vcvttps2dq Rx(d), Rx(d));
        } else {
            asm!(self; cvttps2dq Rx(d), Rx(d));
        }
    }

    /// `i32x4.relaxed_trunc_f64x2_s_zero`: `cvttpd2dq`, which gives `i32::MIN` for NaN
    /// and out-of-range lanes (allowed) and zeroes the two upper lanes.
    pub fn i32x4_relaxed_trunc_f64x2_s_zero(&mut self, dst: Xmm) {
        let d = dst.0;
        if self.avx() {
            asm!(self; vcvttpd2dq Rx(d), Rx(d));
        } else {
            asm!(self; cvttpd2dq Rx(d), Rx(d));
        }
    }

    /// `a = a * b ± c` lane-wise, fused (one rounding) with FMA3 when the encoding is
    /// AVX2 and `fused`, else a multiply and an add (two roundings). Clobbers `c`.
    pub fn simd_float_madd(
        &mut self,
        kind: MaddKind,
        lanes: FloatLanes,
        fused: bool,
        a: Xmm,
        b: Xmm,
        c: Xmm,
    ) {
        let (a, b, c) = (a.0, b.0, c.0);
        match (self.avx(), fused, kind, lanes) {
            (true, true, MaddKind::Madd, FloatLanes::F32x4) => {
                asm!(self; vfmadd213ps Rx(a), Rx(b), Rx(c));
            }
            (true, true, MaddKind::Madd, FloatLanes::F64x2) => {
                self.vex_fma213_pd(FMADD213, a, b, c);
            }
            (true, true, MaddKind::Nmadd, FloatLanes::F32x4) => {
                asm!(self; vfnmadd213ps Rx(a), Rx(b), Rx(c));
            }
            (true, true, MaddKind::Nmadd, FloatLanes::F64x2) => {
                self.vex_fma213_pd(FNMADD213, a, b, c);
            }
            (true, false, MaddKind::Madd, FloatLanes::F32x4) => {
                asm!(self; vmulps Rx(a), Rx(a), Rx(b) ; vaddps Rx(a), Rx(a), Rx(c));
            }
            (true, false, MaddKind::Madd, FloatLanes::F64x2) => {
                asm!(self; vmulpd Rx(a), Rx(a), Rx(b) ; vaddpd Rx(a), Rx(a), Rx(c));
            }
            (true, false, MaddKind::Nmadd, FloatLanes::F32x4) => {
                asm!(self; vmulps Rx(a), Rx(a), Rx(b) ; vsubps Rx(a), Rx(c), Rx(a));
            }
            (true, false, MaddKind::Nmadd, FloatLanes::F64x2) => {
                asm!(self; vmulpd Rx(a), Rx(a), Rx(b) ; vsubpd Rx(a), Rx(c), Rx(a));
            }
            (false, _, MaddKind::Madd, FloatLanes::F32x4) => {
                asm!(self; mulps Rx(a), Rx(b) ; addps Rx(a), Rx(c));
            }
            (false, _, MaddKind::Madd, FloatLanes::F64x2) => {
                asm!(self; mulpd Rx(a), Rx(b) ; addpd Rx(a), Rx(c));
            }
            // `c - a * b` equals `-(a * b) + c` exactly: negation does not round.
            (false, _, MaddKind::Nmadd, FloatLanes::F32x4) => {
                asm!(self; mulps Rx(a), Rx(b) ; subps Rx(c), Rx(a) ; movaps Rx(a), Rx(c));
            }
            (false, _, MaddKind::Nmadd, FloatLanes::F64x2) => {
                asm!(self; mulpd Rx(a), Rx(b) ; subpd Rx(c), Rx(a) ; movapd Rx(a), Rx(c));
            }
        }
    }

    /// `vfmadd213pd a, b, c` (or `vfnmadd213pd` for [`FNMADD213`]) on XMM registers,
    /// encoded here: dynasm 5.1 encodes both `pd` forms with VEX.W0, which makes them
    /// their `ps` twins.
    fn vex_fma213_pd(&mut self, opcode: u8, a: u8, b: u8, c: u8) {
        // Three-byte VEX: inverted R and B extend ModRM.reg (a) and ModRM.rm (c), X is
        // unused (stored inverted: 1), map 0F38 (2); then W1, inverted vvvv (b), L0
        // (128 bits), pp = 66 (1); the opcode; ModRM with mod = 11 (registers).
        let inverted = |bit: u8| !bit & 1;
        let bytes = [
            0xc4,
            inverted(a >> 3) << 7 | 1 << 6 | inverted(c >> 3) << 5 | 0x02,
            1 << 7 | (!b & 0xf) << 3 | 0x01,
            opcode,
            0xc0 | (a & 7) << 3 | (c & 7),
        ];
        for byte in bytes {
            self.ops.push(byte);
        }
    }

    /// `relaxed_laneselect` with the VEX four-operand blends: `a = mask ? a : b` by the
    /// top bit of each byte (`vpblendvb`, for `i8x16` and `i16x8`), of each 32-bit lane
    /// (`vblendvps`) or of each 64-bit lane (`vblendvpd`), all allowed.
    pub fn relaxed_laneselect_vex(&mut self, lanes: IntLanes, a: Xmm, b: Xmm, mask: Xmm) {
        let (a, b, m) = (a.0, b.0, mask.0);
        match lanes {
            IntLanes::I8x16 | IntLanes::I16x8 => {
                asm!(self; vpblendvb Rx(a), Rx(b), Rx(a), Rx(m));
            }
            IntLanes::I32x4 => asm!(self; vblendvps Rx(a), Rx(b), Rx(a), Rx(m)),
            IntLanes::I64x2 => asm!(self; vblendvpd Rx(a), Rx(b), Rx(a), Rx(m)),
        }
    }

    /// `relaxed_laneselect` with the SSE4.1 blends, whose mask is always `xmm0`:
    /// `b = xmm0 ? a : b`, by the top bit of each byte, 32-bit or 64-bit lane (see
    /// [`Masm::relaxed_laneselect_vex`]). The result is in `b`.
    pub fn relaxed_laneselect_sse(&mut self, lanes: IntLanes, a: Xmm, b: Xmm) {
        let (a, b) = (a.0, b.0);
        let _ = XMM0;
        match lanes {
            IntLanes::I8x16 | IntLanes::I16x8 => asm!(self; pblendvb Rx(b), Rx(a)),
            IntLanes::I32x4 => asm!(self; blendvps Rx(b), Rx(a)),
            IntLanes::I64x2 => asm!(self; blendvpd Rx(b), Rx(a)),
        }
    }

    /// `relaxed_min`/`relaxed_max`: one `minps`/`maxps` (`pd`), which returns `src`'s
    /// lane when either is NaN or both are zeros (allowed).
    pub fn simd_float_relaxed_min_max(
        &mut self,
        kind: MinMax,
        lanes: FloatLanes,
        dst: Xmm,
        src: Xmm,
    ) {
        let (d, s) = (dst.0, src.0);
        match (self.avx(), kind, lanes) {
            (false, MinMax::Min, FloatLanes::F32x4) => asm!(self; minps Rx(d), Rx(s)),
            (false, MinMax::Min, FloatLanes::F64x2) => asm!(self; minpd Rx(d), Rx(s)),
            (false, MinMax::Max, FloatLanes::F32x4) => asm!(self; maxps Rx(d), Rx(s)),
            (false, MinMax::Max, FloatLanes::F64x2) => asm!(self; maxpd Rx(d), Rx(s)),
            (true, MinMax::Min, FloatLanes::F32x4) => asm!(self; vminps Rx(d), Rx(d), Rx(s)),
            (true, MinMax::Min, FloatLanes::F64x2) => asm!(self; vminpd Rx(d), Rx(d), Rx(s)),
            (true, MinMax::Max, FloatLanes::F32x4) => asm!(self; vmaxps Rx(d), Rx(d), Rx(s)),
            (true, MinMax::Max, FloatLanes::F64x2) => asm!(self; vmaxpd Rx(d), Rx(d), Rx(s)),
        }
    }

    /// `i16x8.relaxed_q15mulr_s`: one `pmulhrsw`, which gives `0x8000` for
    /// `0x8000 * 0x8000` (allowed) where the saturating form gives `0x7fff`.
    pub fn i16x8_relaxed_q15mulr_s(&mut self, dst: Xmm, src: Xmm) {
        let (d, s) = (dst.0, src.0);
        if self.avx() {
            asm!(self; vpmulhrsw Rx(d), Rx(d), Rx(s));
        } else {
            asm!(self; pmulhrsw Rx(d), Rx(s));
        }
    }

    /// `i16x8.relaxed_dot_i8x16_i7x16_s`: one `pmaddubsw`, which reads `src`'s bytes as
    /// unsigned and saturates the pair sums (both allowed once a byte of `src` has its
    /// top bit set; exact otherwise). Clobbers `src`.
    pub fn i16x8_relaxed_dot_i8x16_i7x16_s(&mut self, dst: Xmm, src: Xmm) {
        let (d, s) = (dst.0, src.0);
        if self.avx() {
            asm!(self; vpmaddubsw Rx(d), Rx(s), Rx(d));
        } else {
            asm!(self; pmaddubsw Rx(s), Rx(d) ; movdqa Rx(d), Rx(s));
        }
    }

    /// The deterministic `i16x8.relaxed_dot_i8x16_i7x16_s`, as the spec's deterministic
    /// profile defines it (`ivdotsat` with both operands signed): both operands' bytes
    /// read as signed, each pair of products summed with signed 16-bit saturation (so
    /// `-128 * -128` twice gives `32767`, the one sum that overflows). Clobbers `src`,
    /// `tmp` and the scratch XMM register.
    pub fn i16x8_dot_i8x16_signed(&mut self, dst: Xmm, src: Xmm, tmp: Xmm) {
        self.with_scratch_xmm(|masm, scratch| {
            masm.i16x8_dot_i8x16_signed_through(dst, src, tmp, scratch)
        });
    }

    /// [`Masm::i16x8_dot_i8x16_signed`] with `scratch` as the second temporary.
    fn i16x8_dot_i8x16_signed_through(&mut self, dst: Xmm, src: Xmm, tmp: Xmm, scratch: Xmm) {
        let (d, s, t, x) = (dst.0, src.0, tmp.0, scratch.0);
        // Even bytes sign-extended by a shift up and back, odd bytes by a shift down;
        // each product of two bytes fits 16 bits.
        if self.avx() {
            asm!(self
                ; vpsllw Rx(t), Rx(d), 8
                ; vpsraw Rx(t), Rx(t), 8
                ; vpsllw Rx(x), Rx(s), 8
                ; vpsraw Rx(x), Rx(x), 8
                ; vpmullw Rx(t), Rx(t), Rx(x)
                ; vpsraw Rx(d), Rx(d), 8
                ; vpsraw Rx(s), Rx(s), 8
                ; vpmullw Rx(d), Rx(d), Rx(s)
                ; vpaddsw Rx(d), Rx(d), Rx(t)
            );
        } else {
            asm!(self
                ; movdqa Rx(t), Rx(d)
                ; psllw Rx(t), 8
                ; psraw Rx(t), 8
                ; movdqa Rx(x), Rx(s)
                ; psllw Rx(x), 8
                ; psraw Rx(x), 8
                ; pmullw Rx(t), Rx(x)
                ; psraw Rx(d), 8
                ; psraw Rx(s), 8
                ; pmullw Rx(d), Rx(s)
                ; paddsw Rx(d), Rx(t)
            );
        }
    }

    /// `dst = pairwise sums of dst's 16-bit lanes, as 32-bit lanes, + addend`: the
    /// second half of `i32x4.relaxed_dot_i8x16_i7x16_add_s` (`pmaddwd` by ones, then
    /// `paddd`). Clobbers the scratch XMM register.
    pub fn i32x4_extadd_pairwise_i16x8_add(&mut self, dst: Xmm, addend: Xmm) {
        self.with_scratch_xmm(|masm, scratch| {
            masm.i32x4_extadd_pairwise_i16x8_add_through(dst, addend, scratch)
        });
    }

    /// [`Masm::i32x4_extadd_pairwise_i16x8_add`] with `scratch` as the temporary.
    fn i32x4_extadd_pairwise_i16x8_add_through(&mut self, dst: Xmm, addend: Xmm, scratch: Xmm) {
        let (d, c, x) = (dst.0, addend.0, scratch.0);
        if self.avx() {
            asm!(self
                ; vpcmpeqw Rx(x), Rx(x), Rx(x)
                ; vpsrlw Rx(x), Rx(x), 15
                ; vpmaddwd Rx(d), Rx(d), Rx(x)
                ; vpaddd Rx(d), Rx(d), Rx(c)
            );
        } else {
            asm!(self
                ; pcmpeqw Rx(x), Rx(x)
                ; psrlw Rx(x), 15
                ; pmaddwd Rx(d), Rx(x)
                ; paddd Rx(d), Rx(c)
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::disasm::disassemble;
    use crate::x64::masm::SimdEncoding;

    /// The instructions `emit` assembles with `encoding`, one per line.
    fn listing(encoding: SimdEncoding, emit: impl FnOnce(&mut Masm)) -> Vec<String> {
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
    const C: Xmm = Xmm(3);

    #[test]
    fn fused_multiply_adds_need_avx2() {
        let emit = |masm: &mut Masm| {
            masm.simd_float_madd(MaddKind::Madd, FloatLanes::F32x4, true, A, B, C);
            masm.simd_float_madd(MaddKind::Nmadd, FloatLanes::F64x2, true, A, B, C);
        };
        assert_eq!(
            listing(SimdEncoding::Avx2, emit),
            ["vfmadd213ps xmm1,xmm9,xmm3", "vfnmadd213pd xmm1,xmm9,xmm3"]
        );
        assert_eq!(
            listing(SimdEncoding::Sse41, emit),
            [
                "mulps xmm1,xmm9",
                "addps xmm1,xmm3",
                "mulpd xmm1,xmm9",
                "subpd xmm3,xmm1",
                "movapd xmm1,xmm3"
            ]
        );
    }

    #[test]
    fn fused_double_multiply_adds_are_encoded_with_vex_w1() {
        // Every register number's high bit, in each operand position.
        let code = listing(SimdEncoding::Avx2, |masm| {
            masm.simd_float_madd(
                MaddKind::Madd,
                FloatLanes::F64x2,
                true,
                Xmm(0),
                Xmm(15),
                Xmm(8),
            );
            masm.simd_float_madd(
                MaddKind::Nmadd,
                FloatLanes::F64x2,
                true,
                Xmm(12),
                Xmm(3),
                Xmm(7),
            );
        });
        assert_eq!(
            code,
            [
                "vfmadd213pd xmm0,xmm15,xmm8",
                "vfnmadd213pd xmm12,xmm3,xmm7"
            ]
        );
    }

    #[test]
    fn unfused_multiply_adds_are_the_same_operations_in_both_encodings() {
        let emit = |masm: &mut Masm| {
            masm.simd_float_madd(MaddKind::Nmadd, FloatLanes::F32x4, false, A, B, C);
        };
        assert_eq!(
            listing(SimdEncoding::Avx2, emit),
            ["vmulps xmm1,xmm1,xmm9", "vsubps xmm1,xmm3,xmm1"]
        );
        assert_eq!(
            listing(SimdEncoding::Sse41, emit),
            ["mulps xmm1,xmm9", "subps xmm3,xmm1", "movaps xmm1,xmm3"]
        );
    }

    #[test]
    fn blends_take_the_first_operand_where_the_mask_is_set() {
        let vex = listing(SimdEncoding::Avx2, |masm| {
            masm.relaxed_laneselect_vex(IntLanes::I8x16, A, B, C);
            masm.relaxed_laneselect_vex(IntLanes::I32x4, A, B, C);
            masm.relaxed_laneselect_vex(IntLanes::I64x2, A, B, C);
        });
        assert_eq!(
            vex,
            [
                "vpblendvb xmm1,xmm9,xmm1,xmm3",
                "vblendvps xmm1,xmm9,xmm1,xmm3",
                "vblendvpd xmm1,xmm9,xmm1,xmm3"
            ]
        );
        let sse = listing(SimdEncoding::Sse41, |masm| {
            masm.relaxed_laneselect_sse(IntLanes::I16x8, A, B);
            masm.relaxed_laneselect_sse(IntLanes::I32x4, A, B);
        });
        // The disassembler leaves out the implicit mask operand, xmm0.
        assert_eq!(sse, ["pblendvb xmm9,xmm1", "blendvps xmm9,xmm1"]);
    }

    #[test]
    fn dot_reads_the_second_operand_unsigned() {
        assert_eq!(
            listing(SimdEncoding::Avx2, |masm| masm
                .i16x8_relaxed_dot_i8x16_i7x16_s(A, B)),
            ["vpmaddubsw xmm1,xmm9,xmm1"]
        );
        assert_eq!(
            listing(SimdEncoding::Sse41, |masm| masm
                .i16x8_relaxed_dot_i8x16_i7x16_s(A, B)),
            ["pmaddubsw xmm9,xmm1", "movdqa xmm1,xmm9"]
        );
    }
}
