//! SSE instructions for `f32`/`f64`.

use super::{asm, with_address, Masm};
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
        let d = dst.0;
        match size {
            FloatSize::F32 => with_address!(self, address, (movss Rx(d), DWORD) ()),
            FloatSize::F64 => with_address!(self, address, (movsd Rx(d), QWORD) ()),
        }
    }

    /// Stores a float to memory.
    pub fn float_store(&mut self, size: FloatSize, address: Address, src: Xmm) {
        let s = src.0;
        match size {
            FloatSize::F32 => with_address!(self, address, (movss DWORD) (, Rx(s))),
            FloatSize::F64 => with_address!(self, address, (movsd QWORD) (, Rx(s))),
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

/// A bitwise operation on a whole SSE register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatBitOp {
    /// `andps`.
    And,
    /// `orps`.
    Or,
}

/// Which of two floats to keep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MinMax {
    /// The smaller.
    Min,
    /// The larger.
    Max,
}

impl Masm {
    /// `dst = dst op src` bitwise on the whole register.
    pub fn float_bitop(&mut self, op: FloatBitOp, dst: Xmm, src: Xmm) {
        let (d, s) = (dst.0, src.0);
        match op {
            FloatBitOp::And => asm!(self; andps Rx(d), Rx(s)),
            FloatBitOp::Or => asm!(self; orps Rx(d), Rx(s)),
        }
    }

    /// `minss/maxss/minsd/maxsd dst, src` (x86 semantics: returns `src` for NaN or ±0 pairs).
    pub fn float_min_max_raw(&mut self, kind: MinMax, size: FloatSize, dst: Xmm, src: Xmm) {
        let (d, s) = (dst.0, src.0);
        match (kind, size) {
            (MinMax::Min, FloatSize::F32) => asm!(self; minss Rx(d), Rx(s)),
            (MinMax::Min, FloatSize::F64) => asm!(self; minsd Rx(d), Rx(s)),
            (MinMax::Max, FloatSize::F32) => asm!(self; maxss Rx(d), Rx(s)),
            (MinMax::Max, FloatSize::F64) => asm!(self; maxsd Rx(d), Rx(s)),
        }
    }

    /// Converts a signed integer of `int_size` to a float of `size`.
    pub fn int_to_float(&mut self, int_size: OperandSize, size: FloatSize, dst: Xmm, src: Gpr) {
        let (d, s) = (dst.0, src.0);
        asm!(self; xorps Rx(d), Rx(d));
        match (int_size, size) {
            (OperandSize::S32, FloatSize::F32) => asm!(self; cvtsi2ss Rx(d), Rd(s)),
            (OperandSize::S64, FloatSize::F32) => asm!(self; cvtsi2ss Rx(d), Rq(s)),
            (OperandSize::S32, FloatSize::F64) => asm!(self; cvtsi2sd Rx(d), Rd(s)),
            (OperandSize::S64, FloatSize::F64) => asm!(self; cvtsi2sd Rx(d), Rq(s)),
        }
    }

    /// Truncates a float of `size` to a signed integer of `int_size` (x86 semantics:
    /// the "integer indefinite" value when out of range).
    pub fn float_to_int_raw(&mut self, size: FloatSize, int_size: OperandSize, dst: Gpr, src: Xmm) {
        let (d, s) = (dst.0, src.0);
        match (size, int_size) {
            (FloatSize::F32, OperandSize::S32) => asm!(self; cvttss2si Rd(d), Rx(s)),
            (FloatSize::F32, OperandSize::S64) => asm!(self; cvttss2si Rq(d), Rx(s)),
            (FloatSize::F64, OperandSize::S32) => asm!(self; cvttsd2si Rd(d), Rx(s)),
            (FloatSize::F64, OperandSize::S64) => asm!(self; cvttsd2si Rq(d), Rx(s)),
        }
    }

    /// `cvtss2sd` (`to` = F64) or `cvtsd2ss` (`to` = F32), in place.
    pub fn float_convert(&mut self, to: FloatSize, reg: Xmm) {
        match to {
            FloatSize::F64 => asm!(self; cvtss2sd Rx(reg.0), Rx(reg.0)),
            FloatSize::F32 => asm!(self; cvtsd2ss Rx(reg.0), Rx(reg.0)),
        }
    }
}
