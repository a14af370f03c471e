//! SSE4.1 sequences for the integer lane operations of `v128`.
//!
//! Every helper works in place on `dst` (the left operand and the result) and never
//! writes `src`; helpers that need more registers take them as `tmp`/`tmp2`, which
//! they clobber and which must differ from `dst` and `src`. Constants are built
//! by [`Masm::v128_const`]. Where x86 has no instruction
//! for a wasm operation (64-bit multiply, compare and arithmetic shift, 8-bit shifts,
//! popcount, unsigned compares) the sequence and why it is exact is documented on
//! the helper.

use super::{asm, Masm, Signedness};
use crate::error::{CompileError, CompileResult};
use crate::x64::regs::{Gpr, Xmm};

/// The lane shape of an integer `v128` operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntLanes {
    /// Sixteen 8-bit lanes.
    I8x16,
    /// Eight 16-bit lanes.
    I16x8,
    /// Four 32-bit lanes.
    I32x4,
    /// Two 64-bit lanes.
    I64x2,
}

impl IntLanes {
    /// Lane width in bits, minus one: the mask wasm applies to shift counts.
    pub fn shift_mask(self) -> u8 {
        match self {
            IntLanes::I8x16 => 7,
            IntLanes::I16x8 => 15,
            IntLanes::I32x4 => 31,
            IntLanes::I64x2 => 63,
        }
    }
}

/// Which half of the input lanes a widening operation reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaneHalf {
    /// Lanes `0..n/2`.
    Low,
    /// Lanes `n/2..n`.
    High,
}

/// A widening step: the input lane shape and the output lane shape twice as wide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Widen {
    /// `i8x16` to `i16x8`.
    I8ToI16,
    /// `i16x8` to `i32x4`.
    I16ToI32,
    /// `i32x4` to `i64x2`.
    I32ToI64,
}

/// A lane-wise shift.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaneShift {
    /// `shl`.
    Shl,
    /// `shr_s`: arithmetic.
    ShrS,
    /// `shr_u`: logical.
    ShrU,
}

/// Where a shift count comes from. Wasm takes the count modulo the lane width; the
/// helpers apply that mask.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShiftCount {
    /// A constant count.
    Imm(u32),
    /// A count in a register, clobbered by the helper.
    Reg(Gpr),
}

/// A lane-wise integer comparison; each result lane is all ones or all zeros.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntCompare {
    /// `eq`.
    Eq,
    /// `ne`.
    Ne,
    /// `lt_s`.
    LtS,
    /// `lt_u`.
    LtU,
    /// `gt_s`.
    GtS,
    /// `gt_u`.
    GtU,
    /// `le_s`.
    LeS,
    /// `le_u`.
    LeU,
    /// `ge_s`.
    GeS,
    /// `ge_u`.
    GeU,
}

impl IntCompare {
    /// Whether [`Masm::v128_int_compare`] writes its `tmp2` for this comparison on
    /// `lanes` (the emulated 64-bit ordered compares); otherwise `tmp2` may be any
    /// register, even `tmp`.
    pub fn needs_second_temp(self, lanes: IntLanes) -> bool {
        lanes == IntLanes::I64x2 && !matches!(self, IntCompare::Eq | IntCompare::Ne)
    }
}

impl LaneShift {
    /// Whether [`Masm::v128_shift`] writes its `tmp2` for this shift on `lanes` by
    /// `count` (8-bit lanes and 64-bit `shr_s` by a register); otherwise `tmp2` may be
    /// any register, even `tmp`.
    pub fn needs_second_temp(self, lanes: IntLanes, count: ShiftCount) -> bool {
        let by_register = matches!(count, ShiftCount::Reg(_));
        by_register
            && (lanes == IntLanes::I8x16 || (lanes == IntLanes::I64x2 && self == LaneShift::ShrS))
    }
}

/// A lane-wise integer operation that is exactly one SSE instruction `op dst, src`,
/// named by its mnemonic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PackedIntOp {
    /// `i8x16.add`.
    Paddb,
    /// `i16x8.add`.
    Paddw,
    /// `i64x2.add`.
    Paddq,
    /// `i8x16.sub`.
    Psubb,
    /// `i16x8.sub`.
    Psubw,
    /// `i32x4.sub`.
    Psubd,
    /// `i64x2.sub`.
    Psubq,
    /// `i8x16.add_sat_s`.
    Paddsb,
    /// `i16x8.add_sat_s`.
    Paddsw,
    /// `i8x16.add_sat_u`.
    Paddusb,
    /// `i16x8.add_sat_u`.
    Paddusw,
    /// `i8x16.sub_sat_s`.
    Psubsb,
    /// `i16x8.sub_sat_s`.
    Psubsw,
    /// `i8x16.sub_sat_u`.
    Psubusb,
    /// `i16x8.sub_sat_u`.
    Psubusw,
    /// `i8x16.min_s`.
    Pminsb,
    /// `i16x8.min_s`.
    Pminsw,
    /// `i32x4.min_s`.
    Pminsd,
    /// `i8x16.min_u`.
    Pminub,
    /// `i16x8.min_u`.
    Pminuw,
    /// `i32x4.min_u`.
    Pminud,
    /// `i8x16.max_s`.
    Pmaxsb,
    /// `i16x8.max_s`.
    Pmaxsw,
    /// `i32x4.max_s`.
    Pmaxsd,
    /// `i8x16.max_u`.
    Pmaxub,
    /// `i16x8.max_u`.
    Pmaxuw,
    /// `i32x4.max_u`.
    Pmaxud,
    /// `i8x16.avgr_u`.
    Pavgb,
    /// `i16x8.avgr_u`.
    Pavgw,
    /// `i16x8.mul`.
    Pmullw,
    /// `i32x4.mul`.
    Pmulld,
    /// `i8x16.eq`.
    Pcmpeqb,
    /// `i16x8.eq`.
    Pcmpeqw,
    /// `i32x4.eq`.
    Pcmpeqd,
    /// `i64x2.eq`.
    Pcmpeqq,
    /// `i8x16.gt_s`.
    Pcmpgtb,
    /// `i16x8.gt_s`.
    Pcmpgtw,
    /// `i32x4.gt_s`.
    Pcmpgtd,
    /// `i8x16.narrow_i16x8_s`.
    Packsswb,
    /// `i8x16.narrow_i16x8_u` (signed input, unsigned saturation, as wasm wants).
    Packuswb,
    /// `i16x8.narrow_i32x4_s`.
    Packssdw,
    /// `i16x8.narrow_i32x4_u`.
    Packusdw,
    /// `i32x4.dot_i16x8_s`.
    Pmaddwd,
}

/// `pshufd` selector copying the odd (high) dword of each qword into both halves.
const HIGH_DWORDS: i8 = 0xF5_u8 as i8;
/// `pshufd` selector moving the high qword into the low one.
const HIGH_QWORD: i8 = 0xEE_u8 as i8;
/// `pshufd` selector spreading dwords 0 and 1 into the even dwords.
const LOW_DWORDS_TO_EVEN: i8 = 0x50;
/// `pshufd` selector spreading dwords 2 and 3 into the even dwords.
const HIGH_DWORDS_TO_EVEN: i8 = 0xFA_u8 as i8;
/// Population counts of 0..16, one per byte: the `pshufb` table for `popcnt`.
const NIBBLE_POPCOUNT: u128 = 0x0403_0302_0302_0201_0302_0201_0201_0100;
/// `0x0f` in every byte: selects the low nibbles.
const NIBBLE_MASK: u128 = 0x0f0f_0f0f_0f0f_0f0f_0f0f_0f0f_0f0f_0f0f;

/// Emits one [`PackedIntOp`]: each variant names its SSE mnemonic and its VEX one.
macro_rules! packed_int_ops {
    ($masm:ident, $op:expr, $avx:expr, $d:expr, $s:expr;
     $($variant:ident => $sse:ident / $vex:ident),* $(,)?) => {
        match $op {
            $(
                PackedIntOp::$variant if $avx => asm!($masm; $vex Rx($d), Rx($d), Rx($s)),
                PackedIntOp::$variant => asm!($masm; $sse Rx($d), Rx($s)),
            )*
        }
    };
}

impl Masm {
    /// `op dst, src` (in the VEX encoding `vop dst, dst, src` when the masm emits AVX).
    pub fn packed_int_op(&mut self, op: PackedIntOp, dst: Xmm, src: Xmm) {
        let (d, s) = (dst.0, src.0);
        let avx = self.avx();
        packed_int_ops!(self, op, avx, d, s;
            Paddb => paddb / vpaddb,
            Paddw => paddw / vpaddw,
            Paddq => paddq / vpaddq,
            Psubb => psubb / vpsubb,
            Psubw => psubw / vpsubw,
            Psubd => psubd / vpsubd,
            Psubq => psubq / vpsubq,
            Paddsb => paddsb / vpaddsb,
            Paddsw => paddsw / vpaddsw,
            Paddusb => paddusb / vpaddusb,
            Paddusw => paddusw / vpaddusw,
            Psubsb => psubsb / vpsubsb,
            Psubsw => psubsw / vpsubsw,
            Psubusb => psubusb / vpsubusb,
            Psubusw => psubusw / vpsubusw,
            Pminsb => pminsb / vpminsb,
            Pminsw => pminsw / vpminsw,
            Pminsd => pminsd / vpminsd,
            Pminub => pminub / vpminub,
            Pminuw => pminuw / vpminuw,
            Pminud => pminud / vpminud,
            Pmaxsb => pmaxsb / vpmaxsb,
            Pmaxsw => pmaxsw / vpmaxsw,
            Pmaxsd => pmaxsd / vpmaxsd,
            Pmaxub => pmaxub / vpmaxub,
            Pmaxuw => pmaxuw / vpmaxuw,
            Pmaxud => pmaxud / vpmaxud,
            Pavgb => pavgb / vpavgb,
            Pavgw => pavgw / vpavgw,
            Pmullw => pmullw / vpmullw,
            Pmulld => pmulld / vpmulld,
            Pcmpeqb => pcmpeqb / vpcmpeqb,
            Pcmpeqw => pcmpeqw / vpcmpeqw,
            Pcmpeqd => pcmpeqd / vpcmpeqd,
            Pcmpeqq => pcmpeqq / vpcmpeqq,
            Pcmpgtb => pcmpgtb / vpcmpgtb,
            Pcmpgtw => pcmpgtw / vpcmpgtw,
            Pcmpgtd => pcmpgtd / vpcmpgtd,
            Packsswb => packsswb / vpacksswb,
            Packuswb => packuswb / vpackuswb,
            Packssdw => packssdw / vpackssdw,
            Packusdw => packusdw / vpackusdw,
            Pmaddwd => pmaddwd / vpmaddwd,
        );
    }

    /// `movdqa dst, src` (nothing when they are the same register).
    fn lanes_copy(&mut self, dst: Xmm, src: Xmm) {
        if dst != src {
            asm!(self; movdqa Rx(dst.0), Rx(src.0));
        }
    }

    /// Sets every bit of `dst`.
    fn lanes_all_ones(&mut self, dst: Xmm) {
        asm!(self; pcmpeqd Rx(dst.0), Rx(dst.0));
    }

    /// `dst = tmp = -dst` lane-wise (subtraction from zero).
    pub fn v128_neg(&mut self, lanes: IntLanes, dst: Xmm, tmp: Xmm) {
        let (d, t) = (dst.0, tmp.0);
        asm!(self; pxor Rx(t), Rx(t));
        match lanes {
            IntLanes::I8x16 => asm!(self; psubb Rx(t), Rx(d)),
            IntLanes::I16x8 => asm!(self; psubw Rx(t), Rx(d)),
            IntLanes::I32x4 => asm!(self; psubd Rx(t), Rx(d)),
            IntLanes::I64x2 => asm!(self; psubq Rx(t), Rx(d)),
        }
        self.lanes_copy(dst, tmp);
    }

    /// Lane-wise absolute value (the minimum value stays itself, as wasm wants).
    /// 64-bit lanes have no `pabsq`: with `s` the lane's sign broadcast, `(x ^ s) - s`.
    pub fn v128_abs(&mut self, lanes: IntLanes, dst: Xmm, tmp: Xmm) {
        let (d, t) = (dst.0, tmp.0);
        match lanes {
            IntLanes::I8x16 => asm!(self; pabsb Rx(d), Rx(d)),
            IntLanes::I16x8 => asm!(self; pabsw Rx(d), Rx(d)),
            IntLanes::I32x4 => asm!(self; pabsd Rx(d), Rx(d)),
            IntLanes::I64x2 => {
                self.i64x2_sign_mask(tmp, dst);
                asm!(self
                    ; pxor Rx(d), Rx(t)
                    ; psubq Rx(d), Rx(t)
                );
            }
        }
    }

    /// `dst` = each 64-bit lane of `src` replaced by all copies of its sign bit.
    fn i64x2_sign_mask(&mut self, dst: Xmm, src: Xmm) {
        asm!(self
            ; pshufd Rx(dst.0), Rx(src.0), HIGH_DWORDS
            ; psrad Rx(dst.0), 31
        );
    }

    /// `i64x2.mul`: x86 has no 64-bit lane multiply, so with 32-bit halves
    /// `a * b mod 2^64 = lo(a)*lo(b) + ((hi(a)*lo(b) + lo(a)*hi(b)) << 32)`, each
    /// product a `pmuludq`.
    pub fn i64x2_mul(&mut self, dst: Xmm, src: Xmm, tmp: Xmm, tmp2: Xmm) {
        let (d, s, t, u) = (dst.0, src.0, tmp.0, tmp2.0);
        asm!(self
            ; movdqa Rx(t), Rx(d)
            ; psrlq Rx(t), 32
            ; pmuludq Rx(t), Rx(s)
            ; movdqa Rx(u), Rx(s)
            ; psrlq Rx(u), 32
            ; pmuludq Rx(u), Rx(d)
            ; paddq Rx(t), Rx(u)
            ; psllq Rx(t), 32
            ; pmuludq Rx(d), Rx(s)
            ; paddq Rx(d), Rx(t)
        );
    }

    /// `i16x8.q15mulr_sat_s`: `pmulhrsw` rounds exactly like wasm except that
    /// `-32768 * -32768` gives `0x8000` instead of saturating to `0x7fff`; lanes equal
    /// to `0x8000` afterwards are exactly those, and xor with all ones fixes them.
    pub fn i16x8_q15mulr_sat_s(&mut self, dst: Xmm, src: Xmm, tmp: Xmm) {
        let (d, s, t) = (dst.0, src.0, tmp.0);
        asm!(self
            ; pmulhrsw Rx(d), Rx(s)
            ; pcmpeqd Rx(t), Rx(t)
            ; psllw Rx(t), 15
            ; pcmpeqw Rx(t), Rx(d)
            ; pxor Rx(d), Rx(t)
        );
    }

    /// `i8x16.popcnt`: each nibble's count looked up with `pshufb` in a 16-entry table,
    /// built once and copied (`pshufb` overwrites its table). Clobbers the temporaries.
    pub fn i8x16_popcnt(&mut self, dst: Xmm, tmp: Xmm, tmp2: Xmm, tmp3: Xmm) {
        let (d, t, u, w) = (dst.0, tmp.0, tmp2.0, tmp3.0);
        self.v128_const(tmp, NIBBLE_MASK);
        asm!(self
            ; movdqa Rx(u), Rx(d)
            ; psrlw Rx(u), 4
            ; pand Rx(u), Rx(t)
            ; pand Rx(d), Rx(t)
        );
        self.v128_const(tmp, NIBBLE_POPCOUNT);
        asm!(self
            ; movdqa Rx(w), Rx(t)
            ; pshufb Rx(t), Rx(d)
            ; pshufb Rx(w), Rx(u)
            ; movdqa Rx(d), Rx(t)
            ; paddb Rx(d), Rx(w)
        );
    }

    /// Sign- or zero-extends one half of the lanes of `dst` to lanes twice as wide
    /// (`extend_low`/`extend_high`).
    pub fn v128_extend(&mut self, widen: Widen, half: LaneHalf, sign: Signedness, dst: Xmm) {
        let d = dst.0;
        if half == LaneHalf::High {
            asm!(self; pshufd Rx(d), Rx(d), HIGH_QWORD);
        }
        match (widen, sign) {
            (Widen::I8ToI16, Signedness::Signed) => asm!(self; pmovsxbw Rx(d), Rx(d)),
            (Widen::I8ToI16, Signedness::Unsigned) => asm!(self; pmovzxbw Rx(d), Rx(d)),
            (Widen::I16ToI32, Signedness::Signed) => asm!(self; pmovsxwd Rx(d), Rx(d)),
            (Widen::I16ToI32, Signedness::Unsigned) => asm!(self; pmovzxwd Rx(d), Rx(d)),
            (Widen::I32ToI64, Signedness::Signed) => asm!(self; pmovsxdq Rx(d), Rx(d)),
            (Widen::I32ToI64, Signedness::Unsigned) => asm!(self; pmovzxdq Rx(d), Rx(d)),
        }
    }

    /// `extmul_low`/`extmul_high`: the widened product of one half of the lanes.
    /// 16-bit lanes combine `pmullw` (low halves of the products) with
    /// `pmulhw`/`pmulhuw` (high halves); 32-bit lanes use `pmuldq`/`pmuludq`, which
    /// multiply the even dwords, after spreading the chosen half there.
    pub fn v128_extmul(
        &mut self,
        widen: Widen,
        half: LaneHalf,
        sign: Signedness,
        dst: Xmm,
        src: Xmm,
        tmp: Xmm,
    ) {
        let (d, s, t) = (dst.0, src.0, tmp.0);
        match widen {
            Widen::I8ToI16 => {
                self.lanes_copy(tmp, src);
                self.v128_extend(widen, half, sign, dst);
                self.v128_extend(widen, half, sign, tmp);
                asm!(self; pmullw Rx(d), Rx(t));
            }
            Widen::I16ToI32 => {
                asm!(self
                    ; movdqa Rx(t), Rx(d)
                    ; pmullw Rx(d), Rx(s)
                );
                match sign {
                    Signedness::Signed => asm!(self; pmulhw Rx(t), Rx(s)),
                    Signedness::Unsigned => asm!(self; pmulhuw Rx(t), Rx(s)),
                }
                match half {
                    LaneHalf::Low => asm!(self; punpcklwd Rx(d), Rx(t)),
                    LaneHalf::High => asm!(self; punpckhwd Rx(d), Rx(t)),
                }
            }
            Widen::I32ToI64 => {
                let selector = match half {
                    LaneHalf::Low => LOW_DWORDS_TO_EVEN,
                    LaneHalf::High => HIGH_DWORDS_TO_EVEN,
                };
                asm!(self
                    ; pshufd Rx(d), Rx(d), selector
                    ; pshufd Rx(t), Rx(s), selector
                );
                match sign {
                    Signedness::Signed => asm!(self; pmuldq Rx(d), Rx(t)),
                    Signedness::Unsigned => asm!(self; pmuludq Rx(d), Rx(t)),
                }
            }
        }
    }

    /// `extadd_pairwise`: each output lane is the sum of two adjacent input lanes,
    /// widened. The odd lanes are shifted down (arithmetic or logical), the even lanes
    /// are shifted up and back down, and the two added; no constants needed. Only
    /// `I8ToI16` and `I16ToI32` exist in wasm; `I32ToI64` is an internal error.
    pub fn v128_extadd_pairwise(
        &mut self,
        widen: Widen,
        sign: Signedness,
        dst: Xmm,
        tmp: Xmm,
    ) -> CompileResult<()> {
        let (d, t) = (dst.0, tmp.0);
        asm!(self; movdqa Rx(t), Rx(d));
        match (widen, sign) {
            (Widen::I8ToI16, Signedness::Signed) => asm!(self
                ; psraw Rx(t), 8
                ; psllw Rx(d), 8
                ; psraw Rx(d), 8
                ; paddw Rx(d), Rx(t)
            ),
            (Widen::I8ToI16, Signedness::Unsigned) => asm!(self
                ; psrlw Rx(t), 8
                ; psllw Rx(d), 8
                ; psrlw Rx(d), 8
                ; paddw Rx(d), Rx(t)
            ),
            (Widen::I16ToI32, Signedness::Signed) => asm!(self
                ; psrad Rx(t), 16
                ; pslld Rx(d), 16
                ; psrad Rx(d), 16
                ; paddd Rx(d), Rx(t)
            ),
            (Widen::I16ToI32, Signedness::Unsigned) => asm!(self
                ; psrld Rx(t), 16
                ; pslld Rx(d), 16
                ; psrld Rx(d), 16
                ; paddd Rx(d), Rx(t)
            ),
            (Widen::I32ToI64, _) => {
                return Err(CompileError::internal(
                    "extadd_pairwise has no 32-to-64-bit form",
                ))
            }
        }
        Ok(())
    }

    /// A lane-wise comparison into `dst`. Unsigned and `le`/`ge` compares use
    /// `min`/`max` (`a <= b` iff `min(a, b) == a`), negated with all ones where
    /// needed; 64-bit lanes, which have no `pcmpgtq` in SSE4.1, go through
    /// [`Masm::i64x2_gt_s`]. 64-bit unsigned compares do not exist in wasm and are an
    /// internal error. `tmp2` is written only when
    /// [`IntCompare::needs_second_temp`] says so.
    pub fn v128_int_compare(
        &mut self,
        lanes: IntLanes,
        compare: IntCompare,
        dst: Xmm,
        src: Xmm,
        tmp: Xmm,
        tmp2: Xmm,
    ) -> CompileResult<()> {
        use IntCompare as C;
        let eq = match lanes {
            IntLanes::I8x16 => PackedIntOp::Pcmpeqb,
            IntLanes::I16x8 => PackedIntOp::Pcmpeqw,
            IntLanes::I32x4 => PackedIntOp::Pcmpeqd,
            IntLanes::I64x2 => PackedIntOp::Pcmpeqq,
        };
        if lanes == IntLanes::I64x2 {
            return self.i64x2_compare(compare, dst, src, tmp, tmp2);
        }
        let (gt, min_s, min_u, max_s, max_u) = match lanes {
            IntLanes::I8x16 => (
                PackedIntOp::Pcmpgtb,
                PackedIntOp::Pminsb,
                PackedIntOp::Pminub,
                PackedIntOp::Pmaxsb,
                PackedIntOp::Pmaxub,
            ),
            IntLanes::I16x8 => (
                PackedIntOp::Pcmpgtw,
                PackedIntOp::Pminsw,
                PackedIntOp::Pminuw,
                PackedIntOp::Pmaxsw,
                PackedIntOp::Pmaxuw,
            ),
            _ => (
                PackedIntOp::Pcmpgtd,
                PackedIntOp::Pminsd,
                PackedIntOp::Pminud,
                PackedIntOp::Pmaxsd,
                PackedIntOp::Pmaxud,
            ),
        };
        match compare {
            C::Eq => self.packed_int_op(eq, dst, src),
            C::Ne => {
                self.packed_int_op(eq, dst, src);
                self.lanes_not(dst, tmp);
            }
            C::GtS => self.packed_int_op(gt, dst, src),
            C::LtS => {
                self.lanes_copy(tmp, src);
                self.packed_int_op(gt, tmp, dst);
                self.lanes_copy(dst, tmp);
            }
            C::LeS | C::LeU | C::GeS | C::GeU | C::GtU | C::LtU => {
                let (pick, negate) = match compare {
                    C::LeS => (min_s, false),
                    C::LeU => (min_u, false),
                    C::GeS => (max_s, false),
                    C::GeU => (max_u, false),
                    C::GtU => (min_u, true),
                    _ => (max_u, true),
                };
                self.lanes_copy(tmp, dst);
                self.packed_int_op(pick, tmp, src);
                self.packed_int_op(eq, dst, tmp);
                if negate {
                    self.lanes_not(dst, tmp);
                }
            }
        }
        Ok(())
    }

    /// `dst = !dst`, with `tmp` clobbered.
    fn lanes_not(&mut self, dst: Xmm, tmp: Xmm) {
        self.lanes_all_ones(tmp);
        asm!(self; pxor Rx(dst.0), Rx(tmp.0));
    }

    /// The 64-bit lane compares of [`Masm::v128_int_compare`].
    fn i64x2_compare(
        &mut self,
        compare: IntCompare,
        dst: Xmm,
        src: Xmm,
        tmp: Xmm,
        tmp2: Xmm,
    ) -> CompileResult<()> {
        match compare {
            IntCompare::Eq => self.packed_int_op(PackedIntOp::Pcmpeqq, dst, src),
            IntCompare::Ne => {
                self.packed_int_op(PackedIntOp::Pcmpeqq, dst, src);
                self.lanes_not(dst, tmp);
            }
            IntCompare::GtS | IntCompare::LeS => {
                self.i64x2_gt_s(tmp, dst, src, tmp2);
                if compare == IntCompare::GtS {
                    self.lanes_copy(dst, tmp);
                } else {
                    self.lanes_all_ones(dst);
                    asm!(self; pxor Rx(dst.0), Rx(tmp.0));
                }
            }
            IntCompare::LtS | IntCompare::GeS => {
                self.i64x2_gt_s(tmp, src, dst, tmp2);
                if compare == IntCompare::LtS {
                    self.lanes_copy(dst, tmp);
                } else {
                    self.lanes_all_ones(dst);
                    asm!(self; pxor Rx(dst.0), Rx(tmp.0));
                }
            }
            IntCompare::LtU | IntCompare::GtU | IntCompare::LeU | IntCompare::GeU => {
                return Err(CompileError::internal("i64x2 has no unsigned comparisons"))
            }
        }
        Ok(())
    }

    /// `result = lhs > rhs` on signed 64-bit lanes without `pcmpgtq`: the high dwords
    /// decide (`pcmpgtd`) unless they are equal, and then `lhs > rhs` exactly when
    /// `rhs - lhs` borrows into the high dword, making it all ones. The high dword of
    /// each lane is then copied into its low dword. `result` and `tmp` must differ
    /// from `lhs` and `rhs`, which are left unchanged. With AVX (which has the SSE4.2
    /// compares) it is one `vpcmpgtq`.
    pub fn i64x2_gt_s(&mut self, result: Xmm, lhs: Xmm, rhs: Xmm, tmp: Xmm) {
        let (r, a, b, t) = (result.0, lhs.0, rhs.0, tmp.0);
        if self.avx() {
            asm!(self; vpcmpgtq Rx(r), Rx(a), Rx(b));
            return;
        }
        asm!(self
            ; movdqa Rx(t), Rx(b)
            ; psubq Rx(t), Rx(a)
            ; movdqa Rx(r), Rx(a)
            ; pcmpeqd Rx(r), Rx(b)
            ; pand Rx(t), Rx(r)
            ; movdqa Rx(r), Rx(a)
            ; pcmpgtd Rx(r), Rx(b)
            ; por Rx(r), Rx(t)
            ; pshufd Rx(r), Rx(r), HIGH_DWORDS
        );
    }

    /// A lane-wise shift by a count taken modulo the lane width. 8-bit lanes have no
    /// x86 shift: `shl`/`shr_u` shift 16-bit lanes and mask off the bits that crossed
    /// into the neighbouring byte; `shr_s` widens each byte into the high half of a
    /// 16-bit lane, shifts that by `count + 8` and packs back. 64-bit `shr_s` has no
    /// `psraq`: with `s` the sign broadcast, `((x ^ s) >>> count) ^ s`. `tmp2` is
    /// written only when [`LaneShift::needs_second_temp`] says so.
    pub fn v128_shift(
        &mut self,
        lanes: IntLanes,
        shift: LaneShift,
        dst: Xmm,
        count: ShiftCount,
        tmp: Xmm,
        tmp2: Xmm,
    ) {
        let mask = lanes.shift_mask();
        let count_reg = match count {
            ShiftCount::Imm(imm) => {
                let imm = (imm & mask as u32) as i8;
                self.v128_shift_imm(lanes, shift, dst, imm, tmp);
                return;
            }
            ShiftCount::Reg(reg) => reg,
        };
        let (d, t, u, c) = (dst.0, tmp.0, tmp2.0, count_reg.0);
        asm!(self; and Rd(c), mask as i32);
        if lanes == IntLanes::I8x16 && shift == LaneShift::ShrS {
            asm!(self
                ; add Rd(c), 8
                ; movd Rx(t), Rd(c)
                ; movdqa Rx(u), Rx(d)
                ; punpcklbw Rx(u), Rx(u)
                ; punpckhbw Rx(d), Rx(d)
                ; psraw Rx(u), Rx(t)
                ; psraw Rx(d), Rx(t)
                ; packsswb Rx(u), Rx(d)
                ; movdqa Rx(d), Rx(u)
            );
            return;
        }
        asm!(self; movd Rx(t), Rd(c));
        match (lanes, shift) {
            (IntLanes::I8x16, LaneShift::Shl) => asm!(self
                ; psllw Rx(d), Rx(t)
                ; pcmpeqd Rx(u), Rx(u)
                ; psllw Rx(u), Rx(t)
                ; pxor Rx(t), Rx(t)
                ; pshufb Rx(u), Rx(t)
                ; pand Rx(d), Rx(u)
            ),
            (IntLanes::I8x16, _) => asm!(self
                ; psrlw Rx(d), Rx(t)
                ; pcmpeqd Rx(u), Rx(u)
                ; psrlw Rx(u), 8
                ; psrlw Rx(u), Rx(t)
                ; packuswb Rx(u), Rx(u)
                ; pand Rx(d), Rx(u)
            ),
            (IntLanes::I16x8, LaneShift::Shl) => asm!(self; psllw Rx(d), Rx(t)),
            (IntLanes::I16x8, LaneShift::ShrS) => asm!(self; psraw Rx(d), Rx(t)),
            (IntLanes::I16x8, LaneShift::ShrU) => asm!(self; psrlw Rx(d), Rx(t)),
            (IntLanes::I32x4, LaneShift::Shl) => asm!(self; pslld Rx(d), Rx(t)),
            (IntLanes::I32x4, LaneShift::ShrS) => asm!(self; psrad Rx(d), Rx(t)),
            (IntLanes::I32x4, LaneShift::ShrU) => asm!(self; psrld Rx(d), Rx(t)),
            (IntLanes::I64x2, LaneShift::Shl) => asm!(self; psllq Rx(d), Rx(t)),
            (IntLanes::I64x2, LaneShift::ShrU) => asm!(self; psrlq Rx(d), Rx(t)),
            (IntLanes::I64x2, LaneShift::ShrS) => {
                self.i64x2_sign_mask(tmp2, dst);
                asm!(self
                    ; pxor Rx(d), Rx(u)
                    ; psrlq Rx(d), Rx(t)
                    ; pxor Rx(d), Rx(u)
                );
            }
        }
    }

    /// [`Masm::v128_shift`] by an already masked constant: the immediate forms; 8-bit
    /// lanes get their byte mask as a constant. A zero count emits nothing.
    fn v128_shift_imm(&mut self, lanes: IntLanes, shift: LaneShift, dst: Xmm, imm: i8, tmp: Xmm) {
        let (d, t) = (dst.0, tmp.0);
        if imm == 0 {
            return;
        }
        match (lanes, shift) {
            (IntLanes::I8x16, LaneShift::Shl) => {
                asm!(self; psllw Rx(d), imm);
                self.v128_const(tmp, u128::from_le_bytes([0xff_u8 << imm; 16]));
                asm!(self; pand Rx(d), Rx(t));
            }
            (IntLanes::I8x16, LaneShift::ShrU) => {
                asm!(self; psrlw Rx(d), imm);
                self.v128_const(tmp, u128::from_le_bytes([0xff_u8 >> imm; 16]));
                asm!(self; pand Rx(d), Rx(t));
            }
            (IntLanes::I8x16, LaneShift::ShrS) => {
                let widened = imm + 8;
                asm!(self
                    ; movdqa Rx(t), Rx(d)
                    ; punpcklbw Rx(t), Rx(t)
                    ; punpckhbw Rx(d), Rx(d)
                    ; psraw Rx(t), widened
                    ; psraw Rx(d), widened
                    ; packsswb Rx(t), Rx(d)
                    ; movdqa Rx(d), Rx(t)
                );
            }
            (IntLanes::I16x8, LaneShift::Shl) => asm!(self; psllw Rx(d), imm),
            (IntLanes::I16x8, LaneShift::ShrS) => asm!(self; psraw Rx(d), imm),
            (IntLanes::I16x8, LaneShift::ShrU) => asm!(self; psrlw Rx(d), imm),
            (IntLanes::I32x4, LaneShift::Shl) => asm!(self; pslld Rx(d), imm),
            (IntLanes::I32x4, LaneShift::ShrS) => asm!(self; psrad Rx(d), imm),
            (IntLanes::I32x4, LaneShift::ShrU) => asm!(self; psrld Rx(d), imm),
            (IntLanes::I64x2, LaneShift::Shl) => asm!(self; psllq Rx(d), imm),
            (IntLanes::I64x2, LaneShift::ShrU) => asm!(self; psrlq Rx(d), imm),
            (IntLanes::I64x2, LaneShift::ShrS) => {
                self.i64x2_sign_mask(tmp, dst);
                asm!(self
                    ; pxor Rx(d), Rx(t)
                    ; psrlq Rx(d), imm
                    ; pxor Rx(d), Rx(t)
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::disasm::disassemble;

    /// Assembles with `emit` and returns the instructions without offsets.
    fn listing(emit: impl FnOnce(&mut Masm)) -> Vec<String> {
        let mut masm = Masm::new();
        emit(&mut masm);
        let code = masm.finish().expect("assembles");
        disassemble(&code)
            .lines()
            .map(|line| {
                line.split_once(": ")
                    .map_or(line, |(_, text)| text)
                    .to_string()
            })
            .map(|text| text.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect()
    }

    const X1: Xmm = Xmm(1);
    const X2: Xmm = Xmm(2);
    const X3: Xmm = Xmm(3);
    const X9: Xmm = Xmm(9);

    #[test]
    fn packed_ops_encode_their_mnemonic() {
        let ops = [
            (PackedIntOp::Pminsb, "pminsb xmm1,xmm9"),
            (PackedIntOp::Pmaxud, "pmaxud xmm1,xmm9"),
            (PackedIntOp::Pcmpeqq, "pcmpeqq xmm1,xmm9"),
            (PackedIntOp::Packusdw, "packusdw xmm1,xmm9"),
            (PackedIntOp::Pmulld, "pmulld xmm1,xmm9"),
            (PackedIntOp::Pavgw, "pavgw xmm1,xmm9"),
        ];
        for (op, expected) in ops {
            assert_eq!(listing(|m| m.packed_int_op(op, X1, X9)), [expected]);
        }
    }

    #[test]
    fn packed_ops_take_the_vex_form_under_avx() {
        let mut masm = Masm::with_simd_encoding(crate::x64::masm::SimdEncoding::Avx2);
        masm.packed_int_op(PackedIntOp::Pminsb, X1, X9);
        let code = masm.finish().expect("assembles");
        assert!(disassemble(&code).contains("vpminsb xmm1,xmm1,xmm9"));
    }

    #[test]
    fn i64x2_mul_never_writes_src() {
        let code = listing(|m| m.i64x2_mul(X1, X9, X2, X3));
        assert!(code.iter().all(|line| !line.contains(" xmm9,")), "{code:?}");
        assert_eq!(code.len(), 10);
    }

    #[test]
    fn shifts_mask_the_count() {
        let code = listing(|m| {
            m.v128_shift(
                IntLanes::I8x16,
                LaneShift::ShrS,
                X1,
                ShiftCount::Reg(Gpr(3)),
                X2,
                X3,
            )
        });
        assert_eq!(code[0], "and ebx,7");
        assert_eq!(code[1], "add ebx,8");
        let code = listing(|m| {
            m.v128_shift(
                IntLanes::I32x4,
                LaneShift::Shl,
                X1,
                ShiftCount::Imm(33),
                X2,
                X3,
            )
        });
        assert_eq!(code, ["pslld xmm1,1"]);
    }

    #[test]
    fn constant_byte_shifts_mask_with_a_constant() {
        let shift = |count| {
            listing(|m| {
                m.v128_shift(
                    IntLanes::I8x16,
                    LaneShift::Shl,
                    X1,
                    ShiftCount::Imm(count),
                    X2,
                    X3,
                )
            })
        };
        assert_eq!(shift(8), Vec::<String>::new());
        let code = shift(3);
        assert_eq!(code[0], "psllw xmm1,3");
        assert!(
            code.iter().any(|line| line.contains("0xF8F8F8F8F8F8F8F8")),
            "{code:?}"
        );
        assert!(code.iter().all(|line| !line.contains("xmm3")), "{code:?}");
    }

    #[test]
    fn i64x2_unsigned_compares_are_internal_errors() {
        let mut masm = Masm::new();
        let result = masm.v128_int_compare(IntLanes::I64x2, IntCompare::LtU, X1, X9, X2, X3);
        assert!(result.is_err());
    }

    #[test]
    fn every_sequence_assembles() {
        let code = listing(|m| {
            for lanes in [
                IntLanes::I8x16,
                IntLanes::I16x8,
                IntLanes::I32x4,
                IntLanes::I64x2,
            ] {
                m.v128_neg(lanes, X1, X2);
                m.v128_abs(lanes, X1, X2);
                for shift in [LaneShift::Shl, LaneShift::ShrS, LaneShift::ShrU] {
                    m.v128_shift(lanes, shift, X1, ShiftCount::Reg(Gpr(0)), X2, X3);
                    m.v128_shift(lanes, shift, X1, ShiftCount::Imm(3), X2, X3);
                }
            }
            for widen in [Widen::I8ToI16, Widen::I16ToI32, Widen::I32ToI64] {
                for half in [LaneHalf::Low, LaneHalf::High] {
                    for sign in [Signedness::Signed, Signedness::Unsigned] {
                        m.v128_extend(widen, half, sign, X1);
                        m.v128_extmul(widen, half, sign, X1, X9, X2);
                    }
                }
            }
            m.i8x16_popcnt(X1, X2, X3, X9);
            m.i16x8_q15mulr_sat_s(X1, X9, X2);
        });
        assert!(code.iter().all(|line| !line.contains("(bad)")), "{code:?}");
    }
}
