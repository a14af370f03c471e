//! SSE (up to SSE4.1) instructions on whole 128-bit vectors: moves, constants, loads
//! and stores in every width, lane access, shuffles and bitwise operations.
//!
//! Lane-arithmetic families live in `simd_int.rs` and `simd_float.rs`.

use super::{asm, Masm};
use crate::x64::regs::{Gpr, Xmm, SCRATCH, SCRATCH_XMM};
use crate::x64::{Address, OperandSize};

impl Masm {
    /// `movdqu dst, [address]`: loads 16 bytes (no alignment needed).
    pub fn v128_load(&mut self, dst: Xmm, address: Address) {
        let (b, disp, d) = (address.base.0, address.disp, dst.0);
        match address.index {
            None => asm!(self; movdqu Rx(d), [Rq(b) + disp]),
            Some(i) => asm!(self; movdqu Rx(d), [Rq(b) + Rq(i.0) + disp]),
        }
    }

    /// `movdqu [address], src`: stores 16 bytes (no alignment needed).
    pub fn v128_store(&mut self, address: Address, src: Xmm) {
        let (b, disp, s) = (address.base.0, address.disp, src.0);
        match address.index {
            None => asm!(self; movdqu [Rq(b) + disp], Rx(s)),
            Some(i) => asm!(self; movdqu [Rq(b) + Rq(i.0) + disp], Rx(s)),
        }
    }

    /// Loads a 128-bit constant into `dst`, through the scratch GPR when it is neither
    /// all zeros nor all ones.
    pub fn v128_const(&mut self, dst: Xmm, bits: u128) {
        let d = dst.0;
        let (low, high) = (bits as u64, (bits >> 64) as u64);
        if bits == 0 {
            asm!(self; pxor Rx(d), Rx(d));
        } else if bits == u128::MAX {
            asm!(self; pcmpeqd Rx(d), Rx(d));
        } else if low == high {
            self.mov_ri(OperandSize::S64, SCRATCH, low as i64);
            asm!(self; movq Rx(d), Rq(SCRATCH.0) ; punpcklqdq Rx(d), Rx(d));
        } else {
            self.mov_ri(OperandSize::S64, SCRATCH, low as i64);
            asm!(self; movq Rx(d), Rq(SCRATCH.0));
            if high != 0 {
                self.mov_ri(OperandSize::S64, SCRATCH, high as i64);
                asm!(self; pinsrq Rx(d), Rq(SCRATCH.0), 1);
            }
        }
    }

    /// `paddd dst, src`: the example lane operation wired by the infrastructure.
    pub fn i32x4_add(&mut self, dst: Xmm, src: Xmm) {
        asm!(self; paddd Rx(dst.0), Rx(src.0));
    }

    /// Moves the 64-bit value of `src` into lane 0 of `dst`, zeroing lane 1.
    pub fn v128_from_gpr64(&mut self, dst: Xmm, src: Gpr) {
        asm!(self; movq Rx(dst.0), Rq(src.0));
    }

    /// `dst = !dst`.
    pub fn v128_not(&mut self, dst: Xmm) {
        let ones = SCRATCH_XMM.0;
        asm!(self; pcmpeqd Rx(ones), Rx(ones) ; pxor Rx(dst.0), Rx(ones));
    }

    /// `dst = dst op src` bitwise.
    pub fn v128_bitop(&mut self, op: V128BitOp, dst: Xmm, src: Xmm) {
        let (d, s) = (dst.0, src.0);
        match op {
            V128BitOp::And => asm!(self; pand Rx(d), Rx(s)),
            V128BitOp::Or => asm!(self; por Rx(d), Rx(s)),
            V128BitOp::Xor => asm!(self; pxor Rx(d), Rx(s)),
        }
    }

    /// `dst = dst & !src`; clobbers `src`.
    pub fn v128_andnot(&mut self, dst: Xmm, src: Xmm) {
        asm!(self; pandn Rx(src.0), Rx(dst.0));
        self.float_mov(dst, src);
    }

    /// `v1 = (v1 & mask) | (v2 & !mask)`; clobbers `mask`.
    pub fn v128_bitselect(&mut self, v1: Xmm, v2: Xmm, mask: Xmm) {
        let (a, b, c) = (v1.0, v2.0, mask.0);
        asm!(self
            ; pand Rx(a), Rx(c)
            ; pandn Rx(c), Rx(b)
            ; por Rx(a), Rx(c)
        );
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

/// How a narrow lane becomes a wider one when read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaneExtend {
    /// Sign-extend.
    Signed,
    /// Zero-extend.
    Unsigned,
}

/// A 64-bit memory operand widened lane by lane into a vector (`v128.load8x8_s` ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadExtend {
    /// Eight 8-bit lanes to 16 bits.
    I8x8(LaneExtend),
    /// Four 16-bit lanes to 32 bits.
    I16x4(LaneExtend),
    /// Two 32-bit lanes to 64 bits.
    I32x2(LaneExtend),
}

/// Which lanes `all_true`/`bitmask` look at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntShape {
    /// `i8x16`.
    I8x16,
    /// `i16x8`.
    I16x8,
    /// `i32x4`.
    I32x4,
    /// `i64x2`.
    I64x2,
}

/// Emits `$before [address] $after` for both addressing forms (`[base + disp]` and
/// `[base + index + disp]`).
macro_rules! with_address {
    ($masm:expr, $address:expr, ($($before:tt)*) ($($after:tt)*)) => {{
        let address: Address = $address;
        let (b, disp) = (address.base.0, address.disp);
        match address.index {
            None => asm!($masm; $($before)* [Rq(b) + disp] $($after)*),
            Some(i) => asm!($masm; $($before)* [Rq(b) + Rq(i.0) + disp] $($after)*),
        }
    }};
}

impl Masm {
    /// Loads 64 bits and widens each lane (`pmovsx*`/`pmovzx*`, SSE4.1).
    pub fn v128_load_extend(&mut self, kind: LoadExtend, dst: Xmm, address: Address) {
        use LaneExtend::{Signed, Unsigned};
        let d = dst.0;
        match kind {
            LoadExtend::I8x8(Signed) => with_address!(self, address, (pmovsxbw Rx(d), QWORD) ()),
            LoadExtend::I8x8(Unsigned) => with_address!(self, address, (pmovzxbw Rx(d), QWORD) ()),
            LoadExtend::I16x4(Signed) => with_address!(self, address, (pmovsxwd Rx(d), QWORD) ()),
            LoadExtend::I16x4(Unsigned) => with_address!(self, address, (pmovzxwd Rx(d), QWORD) ()),
            LoadExtend::I32x2(Signed) => with_address!(self, address, (pmovsxdq Rx(d), QWORD) ()),
            LoadExtend::I32x2(Unsigned) => with_address!(self, address, (pmovzxdq Rx(d), QWORD) ()),
        }
    }

    /// Loads one lane of `width` into lane `lane` of `dst`, keeping the others.
    pub fn v128_load_lane(&mut self, width: LaneWidth, dst: Xmm, address: Address, lane: u8) {
        let (d, lane) = (dst.0, lane as i8);
        match width {
            LaneWidth::B8 => with_address!(self, address, (pinsrb Rx(d), BYTE) (, lane)),
            LaneWidth::B16 => with_address!(self, address, (pinsrw Rx(d), WORD) (, lane)),
            LaneWidth::B32 => with_address!(self, address, (pinsrd Rx(d), DWORD) (, lane)),
            LaneWidth::B64 => with_address!(self, address, (pinsrq Rx(d), QWORD) (, lane)),
        }
    }

    /// Stores lane `lane` of `src` (of `width`) to memory.
    pub fn v128_store_lane(&mut self, width: LaneWidth, address: Address, src: Xmm, lane: u8) {
        let (s, lane) = (src.0, lane as i8);
        match width {
            LaneWidth::B8 => with_address!(self, address, (pextrb BYTE) (, Rx(s), lane)),
            LaneWidth::B16 => with_address!(self, address, (pextrw WORD) (, Rx(s), lane)),
            LaneWidth::B32 => with_address!(self, address, (pextrd DWORD) (, Rx(s), lane)),
            LaneWidth::B64 => with_address!(self, address, (pextrq QWORD) (, Rx(s), lane)),
        }
    }

    /// Loads one lane of `width` into lane 0 of `dst`, zeroing the rest (32 and 64 bits
    /// only; `v128.load32_zero`, `v128.load64_zero`).
    pub fn v128_load_zero(&mut self, width: LaneWidth, dst: Xmm, address: Address) {
        let d = dst.0;
        match width {
            LaneWidth::B64 => with_address!(self, address, (movq Rx(d), QWORD) ()),
            _ => with_address!(self, address, (movd Rx(d), DWORD) ()),
        }
    }

    /// Loads one lane of `width` and copies it to every lane of `dst` (the memory
    /// access comes first).
    pub fn v128_load_splat(&mut self, width: LaneWidth, dst: Xmm, address: Address) {
        match width {
            LaneWidth::B8 | LaneWidth::B16 => {
                self.v128_load_lane(width, dst, address, 0);
            }
            LaneWidth::B32 | LaneWidth::B64 => self.v128_load_zero(width, dst, address),
        }
        self.splat_lane0(width, dst);
    }

    /// Copies lane 0 (of `width`) of `dst` to every lane.
    pub fn splat_lane0(&mut self, width: LaneWidth, dst: Xmm) {
        let d = dst.0;
        match width {
            LaneWidth::B8 => {
                let zero = SCRATCH_XMM.0;
                asm!(self; pxor Rx(zero), Rx(zero) ; pshufb Rx(d), Rx(zero));
            }
            LaneWidth::B16 => asm!(self; pshuflw Rx(d), Rx(d), 0 ; pshufd Rx(d), Rx(d), 0),
            LaneWidth::B32 => asm!(self; pshufd Rx(d), Rx(d), 0),
            LaneWidth::B64 => asm!(self; punpcklqdq Rx(d), Rx(d)),
        }
    }

    /// Copies the low `width` bits of `src` to every lane of `dst`.
    pub fn splat_gpr(&mut self, width: LaneWidth, dst: Xmm, src: Gpr) {
        match width {
            LaneWidth::B64 => asm!(self; movq Rx(dst.0), Rq(src.0)),
            _ => asm!(self; movd Rx(dst.0), Rd(src.0)),
        }
        self.splat_lane0(width, dst);
    }

    /// Reads integer lane `lane` of `src` into `dst` (narrow lanes extended as `extend`
    /// says, to 32 bits; the 32-bit forms zero-extend to 64).
    pub fn extract_lane_gpr(
        &mut self,
        width: LaneWidth,
        extend: LaneExtend,
        dst: Gpr,
        src: Xmm,
        lane: u8,
    ) {
        let (d, s, lane) = (dst.0, src.0, lane as i8);
        match width {
            LaneWidth::B8 => asm!(self; pextrb Rd(d), Rx(s), lane),
            LaneWidth::B16 => asm!(self; pextrw Rd(d), Rx(s), lane),
            LaneWidth::B32 => asm!(self; pextrd Rd(d), Rx(s), lane),
            LaneWidth::B64 => asm!(self; pextrq Rq(d), Rx(s), lane),
        }
        match (width, extend) {
            (LaneWidth::B8, LaneExtend::Signed) => asm!(self; movsx Rd(d), Rb(d)),
            (LaneWidth::B16, LaneExtend::Signed) => asm!(self; movsx Rd(d), Rw(d)),
            _ => {}
        }
    }

    /// Replaces integer lane `lane` of `dst` by the low `width` bits of `src`.
    pub fn replace_lane_gpr(&mut self, width: LaneWidth, dst: Xmm, src: Gpr, lane: u8) {
        let (d, s, lane) = (dst.0, src.0, lane as i8);
        match width {
            LaneWidth::B8 => asm!(self; pinsrb Rx(d), Rd(s), lane),
            LaneWidth::B16 => asm!(self; pinsrw Rx(d), Rd(s), lane),
            LaneWidth::B32 => asm!(self; pinsrd Rx(d), Rd(s), lane),
            LaneWidth::B64 => asm!(self; pinsrq Rx(d), Rq(s), lane),
        }
    }

    /// Moves float lane `lane` (32 or 64 bits wide) of `reg` to its lane 0, in place
    /// (the other lanes become unspecified).
    pub fn extract_float_lane(&mut self, width: LaneWidth, reg: Xmm, lane: u8) {
        let r = reg.0;
        match (width, lane) {
            (_, 0) => {}
            (LaneWidth::B64, _) => asm!(self; pshufd Rx(r), Rx(r), 0xee_u8 as i8),
            (_, lane) => asm!(self; pshufd Rx(r), Rx(r), lane as i8),
        }
    }

    /// Replaces float lane `lane` of `dst` by lane 0 of `src` (32 or 64 bits wide).
    pub fn replace_float_lane(&mut self, width: LaneWidth, dst: Xmm, src: Xmm, lane: u8) {
        let (d, s) = (dst.0, src.0);
        match (width, lane) {
            (LaneWidth::B64, 0) => asm!(self; movsd Rx(d), Rx(s)),
            (LaneWidth::B64, _) => asm!(self; movlhps Rx(d), Rx(s)),
            (_, lane) => asm!(self; insertps Rx(d), Rx(s), (lane << 4) as i8),
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
        let (d, s, m) = (dst.0, src.0, SCRATCH_XMM.0);
        self.v128_const(SCRATCH_XMM, from_dst);
        asm!(self; pshufb Rx(d), Rx(m));
        if lanes.iter().any(|lane| *lane >= 16) {
            self.v128_const(SCRATCH_XMM, from_src);
            asm!(self; pshufb Rx(s), Rx(m) ; por Rx(d), Rx(s));
        }
    }

    /// `i8x16.swizzle`: `dst[i] = dst[src[i]]`, 0 where `src[i] >= 16`; clobbers `src`.
    pub fn i8x16_swizzle(&mut self, dst: Xmm, src: Xmm) {
        // Saturating 0x70 + index keeps indices below 16 and sets bit 7 (pshufb's
        // "zero this byte") for all others.
        let (d, s, m) = (dst.0, src.0, SCRATCH_XMM.0);
        self.v128_const(SCRATCH_XMM, 0x7070_7070_7070_7070_7070_7070_7070_7070);
        asm!(self; paddusb Rx(s), Rx(m) ; pshufb Rx(d), Rx(s));
    }

    /// `ptest reg, reg`: ZF is set when every bit is zero.
    pub fn v128_test_zero(&mut self, reg: Xmm) {
        asm!(self; ptest Rx(reg.0), Rx(reg.0));
    }

    /// Sets ZF when no lane of `reg` (of `shape`) is zero; clobbers `reg`.
    pub fn all_true_flags(&mut self, shape: IntShape, reg: Xmm) {
        let (r, zero) = (reg.0, SCRATCH_XMM.0);
        asm!(self; pxor Rx(zero), Rx(zero));
        match shape {
            IntShape::I8x16 => asm!(self; pcmpeqb Rx(r), Rx(zero)),
            IntShape::I16x8 => asm!(self; pcmpeqw Rx(r), Rx(zero)),
            IntShape::I32x4 => asm!(self; pcmpeqd Rx(r), Rx(zero)),
            IntShape::I64x2 => asm!(self; pcmpeqq Rx(r), Rx(zero)),
        }
        asm!(self; ptest Rx(r), Rx(r));
    }

    /// The sign bit of each lane of `src` (of `shape`) into the low bits of `dst`;
    /// clobbers `src`.
    pub fn bitmask(&mut self, shape: IntShape, dst: Gpr, src: Xmm) {
        let (d, s, zero) = (dst.0, src.0, SCRATCH_XMM.0);
        match shape {
            IntShape::I8x16 => asm!(self; pmovmskb Rd(d), Rx(s)),
            IntShape::I16x8 => asm!(self
                ; pxor Rx(zero), Rx(zero)
                ; packsswb Rx(s), Rx(zero)
                ; pmovmskb Rd(d), Rx(s)
            ),
            IntShape::I32x4 => asm!(self; movmskps Rd(d), Rx(s)),
            IntShape::I64x2 => asm!(self; movmskpd Rd(d), Rx(s)),
        }
    }
}
