//! Instructions on whole 128-bit vectors: moves, constants, loads and stores in every
//! width, lane access, shuffles and bitwise operations, each in its SSE4.1 form and its
//! VEX (AVX/AVX2) form, chosen by [`Masm::simd`] (`Config::simd_encoding`).
//!
//! Lane-arithmetic families live in `simd_int.rs` and `simd_float.rs`. To give a
//! helper a VEX form, branch on `self.avx()`: the three-operand VEX forms take the
//! destination twice (`vpaddd d, d, s`) where the SSE form is destructive.
//!
//! Beware: dynasm 5.1 swaps the two sources of the `xmm, xmm, xmm, imm8` VEX forms
//! of `vpblendw`, `vpblendd`, `vblendps/pd`, `vshufps/pd`, `vpalignr`, `vmpsadbw`,
//! `vdpps` and `vcmpps/pd` with an explicit predicate (not `vinsertps`, `vpinsr*`,
//! `vroundss`, nor the `vcmpltps`-style mnemonics); see `packed_imm!` in
//! `simd_float.rs`, and check new VEX forms against the disassembly.

use super::{asm, with_address, IntLanes, Masm, Signedness};
use crate::x64::regs::{Gpr, Xmm};
use crate::x64::{Address, OperandSize};

/// Which instruction encodings SIMD code is emitted with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SimdEncoding {
    /// Legacy SSE encodings up to SSE4.1 (the baseline every engine requires).
    Sse41,
    /// VEX encodings of AVX and AVX2 (three-operand forms, register broadcasts) and
    /// FMA3 (the relaxed multiply-adds); compiled on any host, run only on one with
    /// AVX2 and FMA.
    Avx2,
}

impl SimdEncoding {
    /// The best encoding the host supports, unless the `LIGHTBEAM_SIMD` environment
    /// variable names one (`sse4.1` or `avx2`), so both paths can be tested on one
    /// machine.
    pub fn host_default() -> Self {
        match std::env::var("LIGHTBEAM_SIMD").as_deref() {
            Ok("sse4.1") => SimdEncoding::Sse41,
            Ok("avx2") => SimdEncoding::Avx2,
            _ if std::arch::is_x86_feature_detected!("avx2")
                && std::arch::is_x86_feature_detected!("fma") =>
            {
                SimdEncoding::Avx2
            }
            _ => SimdEncoding::Sse41,
        }
    }
}

impl Masm {
    /// Whether SIMD code uses the VEX (AVX/AVX2) encodings.
    pub fn avx(&self) -> bool {
        self.simd == SimdEncoding::Avx2
    }

    /// `movdqu dst, [address]`: loads 16 bytes (no alignment needed).
    pub fn v128_load(&mut self, dst: Xmm, address: Address) {
        let d = dst.0;
        if self.avx() {
            with_address!(self, address, (vmovdqu Rx(d),) ())
        } else {
            with_address!(self, address, (movdqu Rx(d),) ())
        }
    }

    /// `movdqu [address], src`: stores 16 bytes (no alignment needed).
    pub fn v128_store(&mut self, address: Address, src: Xmm) {
        let s = src.0;
        if self.avx() {
            with_address!(self, address, (vmovdqu) (, Rx(s)))
        } else {
            with_address!(self, address, (movdqu) (, Rx(s)))
        }
    }

    /// Loads a 128-bit constant into `dst`, through the scratch GPR when it is neither
    /// all zeros nor all ones.
    pub fn v128_const(&mut self, dst: Xmm, bits: u128) {
        if bits == 0 {
            self.v128_zero(dst);
        } else if bits == u128::MAX {
            self.v128_all_ones(dst);
        } else {
            self.with_scratch_gpr(|masm, scratch| masm.v128_const_through(dst, bits, scratch));
        }
    }

    /// [`Masm::v128_const`] of a value other than all zeros and all ones, through
    /// the general-purpose register `scratch`.
    fn v128_const_through(&mut self, dst: Xmm, bits: u128, scratch: Gpr) {
        let (d, r) = (dst.0, scratch.0);
        let (low, high) = (bits as u64, (bits >> 64) as u64);
        let avx = self.avx();
        if low == high {
            self.mov_ri(OperandSize::S64, scratch, low as i64);
            if avx {
                asm!(self; vmovq Rx(d), Rq(r) ; vpunpcklqdq Rx(d), Rx(d), Rx(d));
            } else {
                asm!(self; movq Rx(d), Rq(r) ; punpcklqdq Rx(d), Rx(d));
            }
        } else {
            self.mov_ri(OperandSize::S64, scratch, low as i64);
            if avx {
                asm!(self; vmovq Rx(d), Rq(r));
            } else {
                asm!(self; movq Rx(d), Rq(r));
            }
            if high != 0 {
                self.mov_ri(OperandSize::S64, scratch, high as i64);
                if avx {
                    asm!(self; vpinsrq Rx(d), Rx(d), Rq(r), 1);
                } else {
                    asm!(self; pinsrq Rx(d), Rq(r), 1);
                }
            }
        }
    }

    /// `dst = 0`.
    pub fn v128_zero(&mut self, dst: Xmm) {
        let d = dst.0;
        if self.avx() {
            asm!(self; vpxor Rx(d), Rx(d), Rx(d));
        } else {
            asm!(self; pxor Rx(d), Rx(d));
        }
    }

    /// Every bit of `dst` set.
    pub fn v128_all_ones(&mut self, dst: Xmm) {
        let d = dst.0;
        if self.avx() {
            asm!(self; vpcmpeqd Rx(d), Rx(d), Rx(d));
        } else {
            asm!(self; pcmpeqd Rx(d), Rx(d));
        }
    }

    /// `paddd dst, src`: the example lane operation wired by the infrastructure.
    pub fn i32x4_add(&mut self, dst: Xmm, src: Xmm) {
        let (d, s) = (dst.0, src.0);
        if self.avx() {
            asm!(self; vpaddd Rx(d), Rx(d), Rx(s));
        } else {
            asm!(self; paddd Rx(d), Rx(s));
        }
    }

    /// `dst = !dst`.
    pub fn v128_not(&mut self, dst: Xmm) {
        self.with_scratch_xmm(|masm, ones| {
            masm.v128_all_ones(ones);
            masm.v128_bitop(V128BitOp::Xor, dst, ones);
        });
    }

    /// `dst = dst op src` bitwise.
    pub fn v128_bitop(&mut self, op: V128BitOp, dst: Xmm, src: Xmm) {
        let (d, s) = (dst.0, src.0);
        match (op, self.avx()) {
            (V128BitOp::And, false) => asm!(self; pand Rx(d), Rx(s)),
            (V128BitOp::Or, false) => asm!(self; por Rx(d), Rx(s)),
            (V128BitOp::Xor, false) => asm!(self; pxor Rx(d), Rx(s)),
            (V128BitOp::And, true) => asm!(self; vpand Rx(d), Rx(d), Rx(s)),
            (V128BitOp::Or, true) => asm!(self; vpor Rx(d), Rx(d), Rx(s)),
            (V128BitOp::Xor, true) => asm!(self; vpxor Rx(d), Rx(d), Rx(s)),
        }
    }

    /// `dst = dst & !src`; may clobber `src`.
    pub fn v128_andnot(&mut self, dst: Xmm, src: Xmm) {
        let (d, s) = (dst.0, src.0);
        if self.avx() {
            asm!(self; vpandn Rx(d), Rx(s), Rx(d));
        } else {
            asm!(self; pandn Rx(s), Rx(d));
            self.float_mov(dst, src);
        }
    }

    /// `v1 = (v1 & mask) | (v2 & !mask)`; clobbers `mask`.
    pub fn v128_bitselect(&mut self, v1: Xmm, v2: Xmm, mask: Xmm) {
        let (a, b, c) = (v1.0, v2.0, mask.0);
        if self.avx() {
            asm!(self
                ; vpand Rx(a), Rx(a), Rx(c)
                ; vpandn Rx(c), Rx(c), Rx(b)
                ; vpor Rx(a), Rx(a), Rx(c)
            );
        } else {
            asm!(self
                ; pand Rx(a), Rx(c)
                ; pandn Rx(c), Rx(b)
                ; por Rx(a), Rx(c)
            );
        }
    }
}

/// A bitwise operation on whole vectors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum V128BitOp {
    /// `pand`.
    And,
    /// `por`.
    Or,
    /// `pxor`.
    Xor,
}

/// The width of one lane, for lane access, splats and lane loads/stores.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaneWidth {
    /// 8-bit lanes (16 of them).
    B8,
    /// 16-bit lanes (8).
    B16,
    /// 32-bit lanes (4).
    B32,
    /// 64-bit lanes (2).
    B64,
}

/// A 64-bit memory operand widened lane by lane into a vector (`v128.load8x8_s` ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadExtend {
    /// Eight 8-bit lanes to 16 bits.
    I8x8(Signedness),
    /// Four 16-bit lanes to 32 bits.
    I16x4(Signedness),
    /// Two 32-bit lanes to 64 bits.
    I32x2(Signedness),
}

impl Masm {
    /// Loads 64 bits and widens each lane (`pmovsx*`/`pmovzx*`, SSE4.1).
    pub fn v128_load_extend(&mut self, kind: LoadExtend, dst: Xmm, address: Address) {
        use Signedness::{Signed, Unsigned};
        let d = dst.0;
        match (kind, self.avx()) {
            (LoadExtend::I8x8(Signed), false) => {
                with_address!(self, address, (pmovsxbw Rx(d), QWORD) ())
            }
            (LoadExtend::I8x8(Unsigned), false) => {
                with_address!(self, address, (pmovzxbw Rx(d), QWORD) ())
            }
            (LoadExtend::I16x4(Signed), false) => {
                with_address!(self, address, (pmovsxwd Rx(d), QWORD) ())
            }
            (LoadExtend::I16x4(Unsigned), false) => {
                with_address!(self, address, (pmovzxwd Rx(d), QWORD) ())
            }
            (LoadExtend::I32x2(Signed), false) => {
                with_address!(self, address, (pmovsxdq Rx(d), QWORD) ())
            }
            (LoadExtend::I32x2(Unsigned), false) => {
                with_address!(self, address, (pmovzxdq Rx(d), QWORD) ())
            }
            (LoadExtend::I8x8(Signed), true) => {
                with_address!(self, address, (vpmovsxbw Rx(d), QWORD) ())
            }
            (LoadExtend::I8x8(Unsigned), true) => {
                with_address!(self, address, (vpmovzxbw Rx(d), QWORD) ())
            }
            (LoadExtend::I16x4(Signed), true) => {
                with_address!(self, address, (vpmovsxwd Rx(d), QWORD) ())
            }
            (LoadExtend::I16x4(Unsigned), true) => {
                with_address!(self, address, (vpmovzxwd Rx(d), QWORD) ())
            }
            (LoadExtend::I32x2(Signed), true) => {
                with_address!(self, address, (vpmovsxdq Rx(d), QWORD) ())
            }
            (LoadExtend::I32x2(Unsigned), true) => {
                with_address!(self, address, (vpmovzxdq Rx(d), QWORD) ())
            }
        }
    }

    /// Loads one lane of `width` into lane `lane` of `dst`, keeping the others.
    pub fn v128_load_lane(&mut self, width: LaneWidth, dst: Xmm, address: Address, lane: u8) {
        let (d, lane) = (dst.0, lane as i8);
        match (width, self.avx()) {
            (LaneWidth::B8, false) => with_address!(self, address, (pinsrb Rx(d), BYTE) (, lane)),
            (LaneWidth::B16, false) => with_address!(self, address, (pinsrw Rx(d), WORD) (, lane)),
            (LaneWidth::B32, false) => with_address!(self, address, (pinsrd Rx(d), DWORD) (, lane)),
            (LaneWidth::B64, false) => with_address!(self, address, (pinsrq Rx(d), QWORD) (, lane)),
            (LaneWidth::B8, true) => {
                with_address!(self, address, (vpinsrb Rx(d), Rx(d), BYTE) (, lane))
            }
            (LaneWidth::B16, true) => {
                with_address!(self, address, (vpinsrw Rx(d), Rx(d), WORD) (, lane))
            }
            (LaneWidth::B32, true) => {
                with_address!(self, address, (vpinsrd Rx(d), Rx(d), DWORD) (, lane))
            }
            (LaneWidth::B64, true) => {
                with_address!(self, address, (vpinsrq Rx(d), Rx(d), QWORD) (, lane))
            }
        }
    }

    /// Stores lane `lane` of `src` (of `width`) to memory.
    pub fn v128_store_lane(&mut self, width: LaneWidth, address: Address, src: Xmm, lane: u8) {
        let (s, lane) = (src.0, lane as i8);
        match (width, self.avx()) {
            (LaneWidth::B8, false) => with_address!(self, address, (pextrb BYTE) (, Rx(s), lane)),
            (LaneWidth::B16, false) => with_address!(self, address, (pextrw WORD) (, Rx(s), lane)),
            (LaneWidth::B32, false) => with_address!(self, address, (pextrd DWORD) (, Rx(s), lane)),
            (LaneWidth::B64, false) => with_address!(self, address, (pextrq QWORD) (, Rx(s), lane)),
            (LaneWidth::B8, true) => with_address!(self, address, (vpextrb BYTE) (, Rx(s), lane)),
            (LaneWidth::B16, true) => with_address!(self, address, (vpextrw WORD) (, Rx(s), lane)),
            (LaneWidth::B32, true) => with_address!(self, address, (vpextrd DWORD) (, Rx(s), lane)),
            (LaneWidth::B64, true) => with_address!(self, address, (vpextrq QWORD) (, Rx(s), lane)),
        }
    }

    /// Loads one lane of `width` into lane 0 of `dst`, zeroing the rest (32 and 64 bits
    /// only; `v128.load32_zero`, `v128.load64_zero`).
    pub fn v128_load_zero(&mut self, width: LaneWidth, dst: Xmm, address: Address) {
        let d = dst.0;
        match (width, self.avx()) {
            (LaneWidth::B64, false) => with_address!(self, address, (movq Rx(d), QWORD) ()),
            (_, false) => with_address!(self, address, (movd Rx(d), DWORD) ()),
            (LaneWidth::B64, true) => with_address!(self, address, (vmovq Rx(d), QWORD) ()),
            (_, true) => with_address!(self, address, (vmovd Rx(d), DWORD) ()),
        }
    }

    /// Loads one lane of `width` and copies it to every lane of `dst` (the memory
    /// access comes first).
    pub fn v128_load_splat(&mut self, width: LaneWidth, dst: Xmm, address: Address) {
        let d = dst.0;
        match (width, self.avx()) {
            (LaneWidth::B8, true) => with_address!(self, address, (vpbroadcastb Rx(d), BYTE) ()),
            (LaneWidth::B16, true) => with_address!(self, address, (vpbroadcastw Rx(d), WORD) ()),
            (LaneWidth::B32, true) => with_address!(self, address, (vpbroadcastd Rx(d), DWORD) ()),
            (LaneWidth::B64, true) => with_address!(self, address, (vpbroadcastq Rx(d), QWORD) ()),
            (LaneWidth::B8 | LaneWidth::B16, false) => {
                self.v128_load_lane(width, dst, address, 0);
                self.splat_lane0(width, dst);
            }
            (LaneWidth::B32 | LaneWidth::B64, false) => {
                self.v128_load_zero(width, dst, address);
                self.splat_lane0(width, dst);
            }
        }
    }

    /// Copies lane 0 (of `width`) of `dst` to every lane.
    pub fn splat_lane0(&mut self, width: LaneWidth, dst: Xmm) {
        let d = dst.0;
        match (width, self.avx()) {
            (LaneWidth::B8, false) => {
                self.with_scratch_xmm(|masm, zero| {
                    let zero = zero.0;
                    asm!(masm; pxor Rx(zero), Rx(zero) ; pshufb Rx(d), Rx(zero));
                });
            }
            (LaneWidth::B16, false) => asm!(self; pshuflw Rx(d), Rx(d), 0 ; pshufd Rx(d), Rx(d), 0),
            (LaneWidth::B32, false) => asm!(self; pshufd Rx(d), Rx(d), 0),
            (LaneWidth::B64, false) => asm!(self; punpcklqdq Rx(d), Rx(d)),
            (LaneWidth::B8, true) => asm!(self; vpbroadcastb Rx(d), Rx(d)),
            (LaneWidth::B16, true) => asm!(self; vpbroadcastw Rx(d), Rx(d)),
            (LaneWidth::B32, true) => asm!(self; vpbroadcastd Rx(d), Rx(d)),
            (LaneWidth::B64, true) => asm!(self; vpbroadcastq Rx(d), Rx(d)),
        }
    }

    /// Copies the low `width` bits of `src` to every lane of `dst`.
    pub fn splat_gpr(&mut self, width: LaneWidth, dst: Xmm, src: Gpr) {
        let (d, s) = (dst.0, src.0);
        match (width, self.avx()) {
            (LaneWidth::B64, false) => asm!(self; movq Rx(d), Rq(s)),
            (_, false) => asm!(self; movd Rx(d), Rd(s)),
            (LaneWidth::B64, true) => asm!(self; vmovq Rx(d), Rq(s)),
            (_, true) => asm!(self; vmovd Rx(d), Rd(s)),
        }
        self.splat_lane0(width, dst);
    }

    /// Reads integer lane `lane` of `src` into `dst` (narrow lanes extended as `extend`
    /// says, to 32 bits; the 32-bit forms zero-extend to 64).
    pub fn extract_lane_gpr(
        &mut self,
        width: LaneWidth,
        extend: Signedness,
        dst: Gpr,
        src: Xmm,
        lane: u8,
    ) {
        let (d, s, lane) = (dst.0, src.0, lane as i8);
        match (width, self.avx()) {
            (LaneWidth::B8, false) => asm!(self; pextrb Rd(d), Rx(s), lane),
            (LaneWidth::B16, false) => asm!(self; pextrw Rd(d), Rx(s), lane),
            (LaneWidth::B32, false) => asm!(self; pextrd Rd(d), Rx(s), lane),
            (LaneWidth::B64, false) => asm!(self; pextrq Rq(d), Rx(s), lane),
            (LaneWidth::B8, true) => asm!(self; vpextrb Rd(d), Rx(s), lane),
            (LaneWidth::B16, true) => asm!(self; vpextrw Rd(d), Rx(s), lane),
            (LaneWidth::B32, true) => asm!(self; vpextrd Rd(d), Rx(s), lane),
            (LaneWidth::B64, true) => asm!(self; vpextrq Rq(d), Rx(s), lane),
        }
        match (width, extend) {
            (LaneWidth::B8, Signedness::Signed) => asm!(self; movsx Rd(d), Rb(d)),
            (LaneWidth::B16, Signedness::Signed) => asm!(self; movsx Rd(d), Rw(d)),
            _ => {}
        }
    }

    /// Replaces integer lane `lane` of `dst` by the low `width` bits of `src`.
    pub fn replace_lane_gpr(&mut self, width: LaneWidth, dst: Xmm, src: Gpr, lane: u8) {
        let (d, s, lane) = (dst.0, src.0, lane as i8);
        match (width, self.avx()) {
            (LaneWidth::B8, false) => asm!(self; pinsrb Rx(d), Rd(s), lane),
            (LaneWidth::B16, false) => asm!(self; pinsrw Rx(d), Rd(s), lane),
            (LaneWidth::B32, false) => asm!(self; pinsrd Rx(d), Rd(s), lane),
            (LaneWidth::B64, false) => asm!(self; pinsrq Rx(d), Rq(s), lane),
            (LaneWidth::B8, true) => asm!(self; vpinsrb Rx(d), Rx(d), Rd(s), lane),
            (LaneWidth::B16, true) => asm!(self; vpinsrw Rx(d), Rx(d), Rd(s), lane),
            (LaneWidth::B32, true) => asm!(self; vpinsrd Rx(d), Rx(d), Rd(s), lane),
            (LaneWidth::B64, true) => asm!(self; vpinsrq Rx(d), Rx(d), Rq(s), lane),
        }
    }

    /// Moves float lane `lane` (32 or 64 bits wide) of `reg` to its lane 0, in place
    /// (the other lanes become unspecified).
    pub fn extract_float_lane(&mut self, width: LaneWidth, reg: Xmm, lane: u8) {
        let r = reg.0;
        let order = match (width, lane) {
            (_, 0) => return,
            (LaneWidth::B64, _) => 0xee_u8 as i8,
            (_, lane) => lane as i8,
        };
        if self.avx() {
            asm!(self; vpshufd Rx(r), Rx(r), order);
        } else {
            asm!(self; pshufd Rx(r), Rx(r), order);
        }
    }

    /// Replaces float lane `lane` of `dst` by lane 0 of `src` (32 or 64 bits wide).
    pub fn replace_float_lane(&mut self, width: LaneWidth, dst: Xmm, src: Xmm, lane: u8) {
        let (d, s) = (dst.0, src.0);
        match (width, lane, self.avx()) {
            (LaneWidth::B64, 0, false) => asm!(self; movsd Rx(d), Rx(s)),
            (LaneWidth::B64, _, false) => asm!(self; movlhps Rx(d), Rx(s)),
            (_, lane, false) => asm!(self; insertps Rx(d), Rx(s), (lane << 4) as i8),
            (LaneWidth::B64, 0, true) => asm!(self; vmovsd Rx(d), Rx(d), Rx(s)),
            (LaneWidth::B64, _, true) => asm!(self; vmovlhps Rx(d), Rx(d), Rx(s)),
            (_, lane, true) => asm!(self; vinsertps Rx(d), Rx(d), Rx(s), (lane << 4) as i8),
        }
    }

    /// `pshufb dst, mask`.
    pub(super) fn pshufb(&mut self, dst: Xmm, mask: Xmm) {
        let (d, m) = (dst.0, mask.0);
        if self.avx() {
            asm!(self; vpshufb Rx(d), Rx(d), Rx(m));
        } else {
            asm!(self; pshufb Rx(d), Rx(m));
        }
    }

    /// `i8x16.shuffle`: `dst` = bytes of `dst:src` picked by `lanes` (each below 32);
    /// clobbers `src`.
    pub fn i8x16_shuffle(&mut self, dst: Xmm, src: Xmm, lanes: [u8; 16]) {
        let mask = |pick: &dyn Fn(u8) -> Option<u8>| {
            lanes.iter().rev().fold(0u128, |bits, lane| {
                (bits << 8) | pick(*lane).map_or(0x80, u128::from)
            })
        };
        let from_dst = mask(&|lane| (lane < 16).then_some(lane));
        let from_src = mask(&|lane| (lane >= 16).then(|| lane - 16));
        self.with_scratch_xmm(|masm, mask| {
            masm.v128_const(mask, from_dst);
            masm.pshufb(dst, mask);
            if lanes.iter().any(|lane| *lane >= 16) {
                masm.v128_const(mask, from_src);
                masm.pshufb(src, mask);
                masm.v128_bitop(V128BitOp::Or, dst, src);
            }
        });
    }

    /// `i8x16.swizzle`: `dst[i] = dst[src[i]]`, 0 where `src[i] >= 16`; clobbers `src`.
    pub fn i8x16_swizzle(&mut self, dst: Xmm, src: Xmm) {
        // Saturating 0x70 + index keeps indices below 16 and sets bit 7 (pshufb's
        // "zero this byte") for all others.
        self.with_scratch_xmm(|masm, mask| {
            let (s, m) = (src.0, mask.0);
            masm.v128_const(mask, 0x7070_7070_7070_7070_7070_7070_7070_7070);
            if masm.avx() {
                asm!(masm; vpaddusb Rx(s), Rx(s), Rx(m));
            } else {
                asm!(masm; paddusb Rx(s), Rx(m));
            }
        });
        self.pshufb(dst, src);
    }

    /// `ptest reg, reg`: ZF is set when every bit is zero.
    pub fn v128_test_zero(&mut self, reg: Xmm) {
        let r = reg.0;
        if self.avx() {
            asm!(self; vptest Rx(r), Rx(r));
        } else {
            asm!(self; ptest Rx(r), Rx(r));
        }
    }

    /// Sets ZF when no lane of `reg` (of `shape`) is zero; clobbers `reg`.
    pub fn all_true_flags(&mut self, shape: IntLanes, reg: Xmm) {
        self.with_scratch_xmm(|masm, zero| {
            let (r, z) = (reg.0, zero.0);
            masm.v128_zero(zero);
            match (shape, masm.avx()) {
                (IntLanes::I8x16, false) => asm!(masm; pcmpeqb Rx(r), Rx(z)),
                (IntLanes::I16x8, false) => asm!(masm; pcmpeqw Rx(r), Rx(z)),
                (IntLanes::I32x4, false) => asm!(masm; pcmpeqd Rx(r), Rx(z)),
                (IntLanes::I64x2, false) => asm!(masm; pcmpeqq Rx(r), Rx(z)),
                (IntLanes::I8x16, true) => asm!(masm; vpcmpeqb Rx(r), Rx(r), Rx(z)),
                (IntLanes::I16x8, true) => asm!(masm; vpcmpeqw Rx(r), Rx(r), Rx(z)),
                (IntLanes::I32x4, true) => asm!(masm; vpcmpeqd Rx(r), Rx(r), Rx(z)),
                (IntLanes::I64x2, true) => asm!(masm; vpcmpeqq Rx(r), Rx(r), Rx(z)),
            }
        });
        self.v128_test_zero(reg);
    }

    /// The sign bit of each lane of `src` (of `shape`) into the low bits of `dst`;
    /// clobbers `src`.
    pub fn bitmask(&mut self, shape: IntLanes, dst: Gpr, src: Xmm) {
        let (d, s) = (dst.0, src.0);
        if shape == IntLanes::I16x8 {
            // Signed saturation keeps each lane's sign in its low byte.
            self.with_scratch_xmm(|masm, zero| {
                let z = zero.0;
                masm.v128_zero(zero);
                if masm.avx() {
                    asm!(masm; vpacksswb Rx(s), Rx(s), Rx(z));
                } else {
                    asm!(masm; packsswb Rx(s), Rx(z));
                }
            });
        }
        // The legacy encodings serve both paths: these only read an XMM register, and
        // the assembler has no 128-bit operand form for their VEX twins.
        match shape {
            IntLanes::I8x16 | IntLanes::I16x8 => asm!(self; pmovmskb Rd(d), Rx(s)),
            IntLanes::I32x4 => asm!(self; movmskps Rd(d), Rx(s)),
            IntLanes::I64x2 => asm!(self; movmskpd Rd(d), Rx(s)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::disasm::disassemble;
    use crate::x64::regs::RAX;

    /// Assembles with `emit` for `encoding`; returns the instructions without offsets.
    fn listing(encoding: SimdEncoding, emit: impl FnOnce(&mut Masm)) -> Vec<String> {
        let mut masm = Masm::with_simd_encoding(encoding);
        emit(&mut masm);
        let code = masm.finish().expect("assembles");
        disassemble(&code)
            .lines()
            .map(|line| line.split_once(": ").map_or(line, |(_, text)| text))
            .map(|text| text.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect()
    }

    const X1: Xmm = Xmm(1);
    const X2: Xmm = Xmm(2);
    const X9: Xmm = Xmm(9);

    #[test]
    fn bitwise_operations_use_three_operand_forms_with_avx() {
        let emit = |masm: &mut Masm| {
            masm.v128_bitop(V128BitOp::And, X1, X9);
            masm.v128_andnot(X1, X2);
        };
        assert_eq!(
            listing(SimdEncoding::Sse41, emit),
            ["pand xmm1,xmm9", "pandn xmm2,xmm1", "movaps xmm1,xmm2"]
        );
        assert_eq!(
            listing(SimdEncoding::Avx2, emit),
            ["vpand xmm1,xmm1,xmm9", "vpandn xmm1,xmm2,xmm1"]
        );
    }

    #[test]
    fn splats_broadcast_with_avx2_and_shuffle_with_sse() {
        let emit = |masm: &mut Masm| masm.splat_gpr(LaneWidth::B8, X1, RAX);
        assert_eq!(
            listing(SimdEncoding::Sse41, emit),
            ["movd xmm1,eax", "pxor xmm15,xmm15", "pshufb xmm1,xmm15"]
        );
        assert_eq!(
            listing(SimdEncoding::Avx2, emit),
            ["vmovd xmm1,eax", "vpbroadcastb xmm1,xmm1"]
        );
    }

    #[test]
    fn vex_lane_replacements_keep_their_operand_order() {
        let emit = |masm: &mut Masm| {
            masm.replace_float_lane(LaneWidth::B32, X1, X9, 2);
            masm.replace_float_lane(LaneWidth::B64, X1, X9, 0);
            masm.replace_float_lane(LaneWidth::B64, X1, X9, 1);
            masm.replace_lane_gpr(LaneWidth::B16, X1, RAX, 5);
            masm.v128_bitselect(X1, X2, X9);
        };
        assert_eq!(
            listing(SimdEncoding::Avx2, emit),
            [
                "vinsertps xmm1,xmm1,xmm9,0x20",
                "vmovsd xmm1,xmm1,xmm9",
                "vmovlhps xmm1,xmm1,xmm9",
                "vpinsrw xmm1,xmm1,eax,5",
                "vpand xmm1,xmm1,xmm9",
                "vpandn xmm9,xmm9,xmm2",
                "vpor xmm1,xmm1,xmm9",
            ]
        );
    }

    #[test]
    fn lane_loads_put_the_memory_access_first() {
        let address = Address::indexed(Gpr(11), RAX, 8);
        for encoding in [SimdEncoding::Sse41, SimdEncoding::Avx2] {
            for width in [
                LaneWidth::B8,
                LaneWidth::B16,
                LaneWidth::B32,
                LaneWidth::B64,
            ] {
                let code = listing(encoding, |masm| masm.v128_load_splat(width, X1, address));
                assert!(
                    code[0].contains("[r11+rax+8]"),
                    "{encoding:?} {width:?}: {code:?}"
                );
            }
        }
    }

    #[test]
    fn constants_pick_the_shortest_sequence() {
        assert_eq!(
            listing(SimdEncoding::Sse41, |masm| masm.v128_const(X1, 0)),
            ["pxor xmm1,xmm1"]
        );
        assert_eq!(
            listing(SimdEncoding::Sse41, |masm| masm.v128_const(X1, u128::MAX)),
            ["pcmpeqd xmm1,xmm1"]
        );
        assert_eq!(
            listing(SimdEncoding::Sse41, |masm| masm.v128_const(X1, 5)),
            ["mov r11d,5", "movq xmm1,r11"]
        );
    }
}
