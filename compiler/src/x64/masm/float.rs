//! SSE instructions for `f32`/`f64`.

use super::{asm, Masm};
use crate::x64::regs::{Gpr, Xmm};
use crate::x64::{Address, OperandSize};

/// Width of a float operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatSize {
    /// `f32`.
    F32,
    /// `f64`.
    F64,
}

/// A float arithmetic operation with two operands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatOp {
    /// Addition.
    Add,
    /// Subtraction.
    Sub,
    /// Multiplication.
    Mul,
    /// Division.
    Div,
}

/// Rounding mode of `roundss`/`roundsd` (SSE4.1 immediate).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatRound {
    /// To nearest, ties to even.
    Nearest = 0,
    /// Toward negative infinity.
    Floor = 1,
    /// Toward positive infinity.
    Ceil = 2,
    /// Toward zero.
    Trunc = 3,
}

impl FloatSize {
    /// The integer size with the same width (for moving bits).
    pub fn bits_size(self) -> OperandSize {
        match self {
            FloatSize::F32 => OperandSize::S32,
            FloatSize::F64 => OperandSize::S64,
        }
    }
}

impl Masm {
    /// Loads a float from memory.
    pub fn float_load(&mut self, size: FloatSize, dst: Xmm, address: Address) {
        let (b, disp, d) = (address.base.0, address.disp, dst.0);
        match (size, address.index) {
            (FloatSize::F32, None) => asm!(self; movss Rx(d), DWORD [Rq(b) + disp]),
            (FloatSize::F64, None) => asm!(self; movsd Rx(d), QWORD [Rq(b) + disp]),
            (FloatSize::F32, Some(i)) => asm!(self; movss Rx(d), DWORD [Rq(b) + Rq(i.0) + disp]),
            (FloatSize::F64, Some(i)) => asm!(self; movsd Rx(d), QWORD [Rq(b) + Rq(i.0) + disp]),
        }
    }

    /// Stores a float to memory.
    pub fn float_store(&mut self, size: FloatSize, address: Address, src: Xmm) {
        let (b, disp, s) = (address.base.0, address.disp, src.0);
        match (size, address.index) {
            (FloatSize::F32, None) => asm!(self; movss DWORD [Rq(b) + disp], Rx(s)),
            (FloatSize::F64, None) => asm!(self; movsd QWORD [Rq(b) + disp], Rx(s)),
            (FloatSize::F32, Some(i)) => asm!(self; movss DWORD [Rq(b) + Rq(i.0) + disp], Rx(s)),
            (FloatSize::F64, Some(i)) => asm!(self; movsd QWORD [Rq(b) + Rq(i.0) + disp], Rx(s)),
        }
    }

    /// Copies a whole SSE register.
    pub fn float_mov(&mut self, dst: Xmm, src: Xmm) {
        if dst != src {
            asm!(self; movaps Rx(dst.0), Rx(src.0));
        }
    }

    /// Loads float bits into `dst` through the scratch GPR.
    pub fn float_const(&mut self, size: FloatSize, dst: Xmm, bits: u64, scratch: Gpr) {
        if bits == 0 {
            asm!(self; xorps Rx(dst.0), Rx(dst.0));
            return;
        }
        self.mov_ri(size.bits_size(), scratch, bits as i64);
        self.gpr_to_xmm(size.bits_size(), dst, scratch);
    }

    /// `dst = dst op src`.
    pub fn float_binop(&mut self, op: FloatOp, size: FloatSize, dst: Xmm, src: Xmm) {
        let (d, s) = (dst.0, src.0);
        match (op, size) {
            (FloatOp::Add, FloatSize::F32) => asm!(self; addss Rx(d), Rx(s)),
            (FloatOp::Add, FloatSize::F64) => asm!(self; addsd Rx(d), Rx(s)),
            (FloatOp::Sub, FloatSize::F32) => asm!(self; subss Rx(d), Rx(s)),
            (FloatOp::Sub, FloatSize::F64) => asm!(self; subsd Rx(d), Rx(s)),
            (FloatOp::Mul, FloatSize::F32) => asm!(self; mulss Rx(d), Rx(s)),
            (FloatOp::Mul, FloatSize::F64) => asm!(self; mulsd Rx(d), Rx(s)),
            (FloatOp::Div, FloatSize::F32) => asm!(self; divss Rx(d), Rx(s)),
            (FloatOp::Div, FloatSize::F64) => asm!(self; divsd Rx(d), Rx(s)),
        }
    }

    /// `dst = sqrt(dst)`.
    pub fn float_sqrt(&mut self, size: FloatSize, dst: Xmm) {
        match size {
            FloatSize::F32 => asm!(self; sqrtss Rx(dst.0), Rx(dst.0)),
            FloatSize::F64 => asm!(self; sqrtsd Rx(dst.0), Rx(dst.0)),
        }
    }

    /// Rounds `dst` in place (SSE4.1).
    pub fn float_round(&mut self, size: FloatSize, mode: FloatRound, dst: Xmm) {
        let imm = mode as i8;
        match size {
            FloatSize::F32 => asm!(self; roundss Rx(dst.0), Rx(dst.0), imm),
            FloatSize::F64 => asm!(self; roundsd Rx(dst.0), Rx(dst.0), imm),
        }
    }

    /// `ucomiss/ucomisd lhs, rhs`: sets ZF/PF/CF (unordered sets all three).
    pub fn float_compare(&mut self, size: FloatSize, lhs: Xmm, rhs: Xmm) {
        match size {
            FloatSize::F32 => asm!(self; ucomiss Rx(lhs.0), Rx(rhs.0)),
            FloatSize::F64 => asm!(self; ucomisd Rx(lhs.0), Rx(rhs.0)),
        }
    }
}

pub use FloatOp as FloatBinOp;
