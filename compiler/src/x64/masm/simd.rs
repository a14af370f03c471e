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
