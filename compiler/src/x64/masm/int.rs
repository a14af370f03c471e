//! Integer instructions.

use super::{asm, with_address, Masm, Signedness};
use crate::x64::regs::{Gpr, RAX, RDX};
use crate::x64::{Address, Cond, OperandSize};

/// A two-operand integer ALU operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AluOp {
    /// `add`.
    Add,
    /// `sub`.
    Sub,
    /// `and`.
    And,
    /// `or`.
    Or,
    /// `xor`.
    Xor,
    /// `imul` (two-operand form).
    Mul,
}

/// A shift or rotate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShiftKind {
    /// Shift left.
    Shl,
    /// Arithmetic shift right.
    ShrS,
    /// Logical shift right.
    ShrU,
    /// Rotate left.
    Rotl,
    /// Rotate right.
    Rotr,
}

/// How a narrow value is widened when loaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Extend {
    /// 8 bits, sign-extended.
    I8S,
    /// 8 bits, zero-extended.
    I8U,
    /// 16 bits, sign-extended.
    I16S,
    /// 16 bits, zero-extended.
    I16U,
    /// 32 bits, sign-extended to 64.
    I32S,
    /// 32 bits, zero-extended to 64.
    I32U,
}

impl Masm {
    /// `op dst, src`.
    pub fn alu_rr(&mut self, op: AluOp, size: OperandSize, dst: Gpr, src: Gpr) {
        let (d, s) = (dst.0, src.0);
        match (op, size) {
            (AluOp::Add, OperandSize::S32) => asm!(self; add Rd(d), Rd(s)),
            (AluOp::Add, OperandSize::S64) => asm!(self; add Rq(d), Rq(s)),
            (AluOp::Sub, OperandSize::S32) => asm!(self; sub Rd(d), Rd(s)),
            (AluOp::Sub, OperandSize::S64) => asm!(self; sub Rq(d), Rq(s)),
            (AluOp::And, OperandSize::S32) => asm!(self; and Rd(d), Rd(s)),
            (AluOp::And, OperandSize::S64) => asm!(self; and Rq(d), Rq(s)),
            (AluOp::Or, OperandSize::S32) => asm!(self; or Rd(d), Rd(s)),
            (AluOp::Or, OperandSize::S64) => asm!(self; or Rq(d), Rq(s)),
            (AluOp::Xor, OperandSize::S32) => asm!(self; xor Rd(d), Rd(s)),
            (AluOp::Xor, OperandSize::S64) => asm!(self; xor Rq(d), Rq(s)),
            (AluOp::Mul, OperandSize::S32) => asm!(self; imul Rd(d), Rd(s)),
            (AluOp::Mul, OperandSize::S64) => asm!(self; imul Rq(d), Rq(s)),
        }
    }

    /// `op dst, [address]` (a frame slot: no index register).
    pub fn alu_rm(&mut self, op: AluOp, size: OperandSize, dst: Gpr, address: Address) {
        let d = dst.0;
        match (op, size) {
            (AluOp::Add, OperandSize::S32) => with_address!(self, address, (add Rd(d), DWORD) ()),
            (AluOp::Add, OperandSize::S64) => with_address!(self, address, (add Rq(d), QWORD) ()),
            (AluOp::Sub, OperandSize::S32) => with_address!(self, address, (sub Rd(d), DWORD) ()),
            (AluOp::Sub, OperandSize::S64) => with_address!(self, address, (sub Rq(d), QWORD) ()),
            (AluOp::And, OperandSize::S32) => with_address!(self, address, (and Rd(d), DWORD) ()),
            (AluOp::And, OperandSize::S64) => with_address!(self, address, (and Rq(d), QWORD) ()),
            (AluOp::Or, OperandSize::S32) => with_address!(self, address, (or Rd(d), DWORD) ()),
            (AluOp::Or, OperandSize::S64) => with_address!(self, address, (or Rq(d), QWORD) ()),
            (AluOp::Xor, OperandSize::S32) => with_address!(self, address, (xor Rd(d), DWORD) ()),
            (AluOp::Xor, OperandSize::S64) => with_address!(self, address, (xor Rq(d), QWORD) ()),
            (AluOp::Mul, OperandSize::S32) => with_address!(self, address, (imul Rd(d), DWORD) ()),
            (AluOp::Mul, OperandSize::S64) => with_address!(self, address, (imul Rq(d), QWORD) ()),
        }
    }

    /// `dst = src + imm` without touching `src` or the flags (`lea`).
    pub fn add_ri_into(&mut self, size: OperandSize, dst: Gpr, src: Gpr, imm: i32) {
        let (d, b) = (dst.0, src.0);
        match (size, i8::try_from(imm)) {
            (OperandSize::S32, Ok(imm)) => asm!(self; lea Rd(d), [BYTE Rq(b) + imm]),
            (OperandSize::S64, Ok(imm)) => asm!(self; lea Rq(d), [BYTE Rq(b) + imm]),
            (OperandSize::S32, Err(_)) => asm!(self; lea Rd(d), [Rq(b) + imm]),
            (OperandSize::S64, Err(_)) => asm!(self; lea Rq(d), [Rq(b) + imm]),
        }
    }

    /// `imul dst, src, imm`: `dst = src * imm` without touching `src`; `src` is a
    /// register or a frame slot (an `IntOperand::Mem` address, base plus displacement).
    pub fn mul_into(&mut self, size: OperandSize, dst: Gpr, src: MulSource, imm: i32) {
        let d = dst.0;
        match (src, size) {
            (MulSource::Reg(s), OperandSize::S32) => asm!(self; imul Rd(d), Rd(s.0), imm),
            (MulSource::Reg(s), OperandSize::S64) => asm!(self; imul Rq(d), Rq(s.0), imm),
            (MulSource::Mem(address), OperandSize::S32) => {
                with_address!(self, address, (imul Rd(d), DWORD) (, imm))
            }
            (MulSource::Mem(address), OperandSize::S64) => {
                with_address!(self, address, (imul Rq(d), QWORD) (, imm))
            }
        }
    }

    /// `op dst, imm` (sign-extended 32-bit immediate).
    pub fn alu_ri(&mut self, op: AluOp, size: OperandSize, dst: Gpr, imm: i32) {
        if let Ok(imm) = i8::try_from(imm) {
            self.alu_ri8(op, size, dst, imm);
            return;
        }
        let d = dst.0;
        match (op, size) {
            (AluOp::Add, OperandSize::S32) => asm!(self; add Rd(d), imm),
            (AluOp::Add, OperandSize::S64) => asm!(self; add Rq(d), imm),
            (AluOp::Sub, OperandSize::S32) => asm!(self; sub Rd(d), imm),
            (AluOp::Sub, OperandSize::S64) => asm!(self; sub Rq(d), imm),
            (AluOp::And, OperandSize::S32) => asm!(self; and Rd(d), imm),
            (AluOp::And, OperandSize::S64) => asm!(self; and Rq(d), imm),
            (AluOp::Or, OperandSize::S32) => asm!(self; or Rd(d), imm),
            (AluOp::Or, OperandSize::S64) => asm!(self; or Rq(d), imm),
            (AluOp::Xor, OperandSize::S32) => asm!(self; xor Rd(d), imm),
            (AluOp::Xor, OperandSize::S64) => asm!(self; xor Rq(d), imm),
            (AluOp::Mul, OperandSize::S32) => asm!(self; imul Rd(d), Rd(d), imm),
            (AluOp::Mul, OperandSize::S64) => asm!(self; imul Rq(d), Rq(d), imm),
        }
    }

    /// `cmp lhs, rhs`.
    pub fn cmp_rr(&mut self, size: OperandSize, lhs: Gpr, rhs: Gpr) {
        match size {
            OperandSize::S32 => asm!(self; cmp Rd(lhs.0), Rd(rhs.0)),
            OperandSize::S64 => asm!(self; cmp Rq(lhs.0), Rq(rhs.0)),
        }
    }

    /// `cmp lhs, imm`.
    pub fn cmp_ri(&mut self, size: OperandSize, lhs: Gpr, imm: i32) {
        match size {
            OperandSize::S32 => asm!(self; cmp Rd(lhs.0), imm),
            OperandSize::S64 => asm!(self; cmp Rq(lhs.0), imm),
        }
    }

    /// `op dst, imm8` (the sign-extended 8-bit immediate form).
    fn alu_ri8(&mut self, op: AluOp, size: OperandSize, dst: Gpr, imm: i8) {
        let d = dst.0;
        match (op, size) {
            (AluOp::Add, OperandSize::S32) => asm!(self; add Rd(d), BYTE imm),
            (AluOp::Add, OperandSize::S64) => asm!(self; add Rq(d), BYTE imm),
            (AluOp::Sub, OperandSize::S32) => asm!(self; sub Rd(d), BYTE imm),
            (AluOp::Sub, OperandSize::S64) => asm!(self; sub Rq(d), BYTE imm),
            (AluOp::And, OperandSize::S32) => asm!(self; and Rd(d), BYTE imm),
            (AluOp::And, OperandSize::S64) => asm!(self; and Rq(d), BYTE imm),
            (AluOp::Or, OperandSize::S32) => asm!(self; or Rd(d), BYTE imm),
            (AluOp::Or, OperandSize::S64) => asm!(self; or Rq(d), BYTE imm),
            (AluOp::Xor, OperandSize::S32) => asm!(self; xor Rd(d), BYTE imm),
            (AluOp::Xor, OperandSize::S64) => asm!(self; xor Rq(d), BYTE imm),
            (AluOp::Mul, OperandSize::S32) => asm!(self; imul Rd(d), Rd(d), BYTE imm),
            (AluOp::Mul, OperandSize::S64) => asm!(self; imul Rq(d), Rq(d), BYTE imm),
        }
    }

    /// `test reg, reg`.
    pub fn test_rr(&mut self, size: OperandSize, reg: Gpr) {
        match size {
            OperandSize::S32 => asm!(self; test Rd(reg.0), Rd(reg.0)),
            OperandSize::S64 => asm!(self; test Rq(reg.0), Rq(reg.0)),
        }
    }

    /// `setcc dst8; movzx dst32, dst8`: 1 if `cond` holds, else 0.
    pub fn setcc(&mut self, cond: Cond, dst: Gpr) {
        let d = dst.0;
        match cond {
            Cond::Eq => asm!(self; sete Rb(d)),
            Cond::Ne => asm!(self; setne Rb(d)),
            Cond::Lt => asm!(self; setl Rb(d)),
            Cond::Le => asm!(self; setle Rb(d)),
            Cond::Gt => asm!(self; setg Rb(d)),
            Cond::Ge => asm!(self; setge Rb(d)),
            Cond::Below => asm!(self; setb Rb(d)),
            Cond::BelowEq => asm!(self; setbe Rb(d)),
            Cond::Above => asm!(self; seta Rb(d)),
            Cond::AboveEq => asm!(self; setae Rb(d)),
            Cond::Parity => asm!(self; setp Rb(d)),
            Cond::NoParity => asm!(self; setnp Rb(d)),
            Cond::Overflow => asm!(self; seto Rb(d)),
            Cond::Sign => asm!(self; sets Rb(d)),
        }
        asm!(self; movzx Rd(d), Rb(d));
    }

    /// `cmovcc dst, src`.
    pub fn cmov(&mut self, cond: Cond, size: OperandSize, dst: Gpr, src: Gpr) {
        let (d, s) = (dst.0, src.0);
        match (cond, size) {
            (Cond::Eq, OperandSize::S32) => asm!(self; cmove Rd(d), Rd(s)),
            (Cond::Eq, OperandSize::S64) => asm!(self; cmove Rq(d), Rq(s)),
            (Cond::Ne, OperandSize::S32) => asm!(self; cmovne Rd(d), Rd(s)),
            (Cond::Ne, OperandSize::S64) => asm!(self; cmovne Rq(d), Rq(s)),
            (Cond::Parity, OperandSize::S32) => asm!(self; cmovp Rd(d), Rd(s)),
            (Cond::Parity, OperandSize::S64) => asm!(self; cmovp Rq(d), Rq(s)),
            (Cond::AboveEq, OperandSize::S32) => asm!(self; cmovae Rd(d), Rd(s)),
            (Cond::AboveEq, OperandSize::S64) => asm!(self; cmovae Rq(d), Rq(s)),
            (cond, size) => {
                // Rare conditions: branch around a plain move.
                let skip = self.new_label();
                self.jcc(cond.invert(), skip);
                self.mov_rr(size, dst, src);
                self.bind(skip);
            }
        }
    }

    /// Shift or rotate `dst` by `cl`.
    pub fn shift_cl(&mut self, kind: ShiftKind, size: OperandSize, dst: Gpr) {
        let d = dst.0;
        match (kind, size) {
            (ShiftKind::Shl, OperandSize::S32) => asm!(self; shl Rd(d), cl),
            (ShiftKind::Shl, OperandSize::S64) => asm!(self; shl Rq(d), cl),
            (ShiftKind::ShrS, OperandSize::S32) => asm!(self; sar Rd(d), cl),
            (ShiftKind::ShrS, OperandSize::S64) => asm!(self; sar Rq(d), cl),
            (ShiftKind::ShrU, OperandSize::S32) => asm!(self; shr Rd(d), cl),
            (ShiftKind::ShrU, OperandSize::S64) => asm!(self; shr Rq(d), cl),
            (ShiftKind::Rotl, OperandSize::S32) => asm!(self; rol Rd(d), cl),
            (ShiftKind::Rotl, OperandSize::S64) => asm!(self; rol Rq(d), cl),
            (ShiftKind::Rotr, OperandSize::S32) => asm!(self; ror Rd(d), cl),
            (ShiftKind::Rotr, OperandSize::S64) => asm!(self; ror Rq(d), cl),
        }
    }

    /// Shift or rotate `dst` by an immediate (masked like wasm).
    pub fn shift_ri(&mut self, kind: ShiftKind, size: OperandSize, dst: Gpr, amount: u8) {
        let d = dst.0;
        let amount = match size {
            OperandSize::S32 => amount & 31,
            OperandSize::S64 => amount & 63,
        } as i8;
        match (kind, size) {
            (ShiftKind::Shl, OperandSize::S32) => asm!(self; shl Rd(d), amount),
            (ShiftKind::Shl, OperandSize::S64) => asm!(self; shl Rq(d), amount),
            (ShiftKind::ShrS, OperandSize::S32) => asm!(self; sar Rd(d), amount),
            (ShiftKind::ShrS, OperandSize::S64) => asm!(self; sar Rq(d), amount),
            (ShiftKind::ShrU, OperandSize::S32) => asm!(self; shr Rd(d), amount),
            (ShiftKind::ShrU, OperandSize::S64) => asm!(self; shr Rq(d), amount),
            (ShiftKind::Rotl, OperandSize::S32) => asm!(self; rol Rd(d), amount),
            (ShiftKind::Rotl, OperandSize::S64) => asm!(self; rol Rq(d), amount),
            (ShiftKind::Rotr, OperandSize::S32) => asm!(self; ror Rd(d), amount),
            (ShiftKind::Rotr, OperandSize::S64) => asm!(self; ror Rq(d), amount),
        }
    }

    /// Divides `rdx:rax` by `divisor` (`rax` quotient, `rdx` remainder), preparing `rdx`
    /// by sign or zero extension first.
    pub fn div(&mut self, kind: Signedness, size: OperandSize, divisor: Gpr) {
        let s = divisor.0;
        let _ = (RAX, RDX);
        match (kind, size) {
            (Signedness::Signed, OperandSize::S32) => asm!(self; cdq ; idiv Rd(s)),
            (Signedness::Signed, OperandSize::S64) => asm!(self; cqo ; idiv Rq(s)),
            (Signedness::Unsigned, OperandSize::S32) => asm!(self; xor edx, edx ; div Rd(s)),
            (Signedness::Unsigned, OperandSize::S64) => asm!(self; xor edx, edx ; div Rq(s)),
        }
    }

    /// `mul src` (64 bits): `rdx:rax = rax * src`, unsigned.
    pub fn mul_wide_u64(&mut self, src: Gpr) {
        let _ = (RAX, RDX);
        asm!(self; mul Rq(src.0));
    }

    /// `neg dst`.
    pub fn neg(&mut self, size: OperandSize, dst: Gpr) {
        match size {
            OperandSize::S32 => asm!(self; neg Rd(dst.0)),
            OperandSize::S64 => asm!(self; neg Rq(dst.0)),
        }
    }

    /// Count leading zeros (wasm semantics: the width for zero), without `lzcnt`.
    pub fn clz(&mut self, size: OperandSize, dst: Gpr) {
        self.with_scratch_gpr(|masm, scratch| {
            let (d, s) = (dst.0, scratch.0);
            match size {
                OperandSize::S32 => asm!(masm
                    ; bsr Rd(d), Rd(d) ; mov Rd(s), 63 ; cmovz Rd(d), Rd(s) ; xor Rd(d), 31),
                OperandSize::S64 => asm!(masm
                    ; bsr Rq(d), Rq(d) ; mov Rd(s), 127 ; cmovz Rq(d), Rq(s) ; xor Rq(d), 63),
            }
        })
    }

    /// Count trailing zeros (wasm semantics: the width for zero), without `tzcnt`.
    pub fn ctz(&mut self, size: OperandSize, dst: Gpr) {
        self.with_scratch_gpr(|masm, scratch| {
            let (d, s) = (dst.0, scratch.0);
            match size {
                OperandSize::S32 => {
                    asm!(masm; bsf Rd(d), Rd(d) ; mov Rd(s), 32 ; cmovz Rd(d), Rd(s))
                }
                OperandSize::S64 => {
                    asm!(masm; bsf Rq(d), Rq(d) ; mov Rd(s), 64 ; cmovz Rq(d), Rq(s))
                }
            }
        })
    }

    /// Population count.
    pub fn popcnt(&mut self, size: OperandSize, dst: Gpr) {
        match size {
            OperandSize::S32 => asm!(self; popcnt Rd(dst.0), Rd(dst.0)),
            OperandSize::S64 => asm!(self; popcnt Rq(dst.0), Rq(dst.0)),
        }
    }

    /// Widens the low bits of `reg` in place.
    pub fn extend(&mut self, extend: Extend, reg: Gpr) {
        let r = reg.0;
        match extend {
            Extend::I8S => asm!(self; movsx Rq(r), Rb(r)),
            Extend::I8U => asm!(self; movzx Rd(r), Rb(r)),
            Extend::I16S => asm!(self; movsx Rq(r), Rw(r)),
            Extend::I16U => asm!(self; movzx Rd(r), Rw(r)),
            Extend::I32S => asm!(self; movsxd Rq(r), Rd(r)),
            Extend::I32U => asm!(self; mov Rd(r), Rd(r)),
        }
    }

    /// Loads a narrow value and widens it to 64 bits.
    pub fn load_extend(&mut self, extend: Extend, dst: Gpr, address: Address) {
        let d = dst.0;
        match extend {
            Extend::I8S => with_address!(self, address, (movsx Rq(d), BYTE) ()),
            Extend::I8U => with_address!(self, address, (movzx Rd(d), BYTE) ()),
            Extend::I16S => with_address!(self, address, (movsx Rq(d), WORD) ()),
            Extend::I16U => with_address!(self, address, (movzx Rd(d), WORD) ()),
            Extend::I32S => with_address!(self, address, (movsxd Rq(d), DWORD) ()),
            Extend::I32U => with_address!(self, address, (mov Rd(d), DWORD) ()),
        }
    }

    /// Loads a narrow value sign-extended to 32 bits (the upper half of the register
    /// is zeroed, as an `i32` in a register must be).
    pub fn load_sign_extend32(&mut self, bytes: u8, dst: Gpr, address: Address) {
        let d = dst.0;
        match bytes {
            1 => with_address!(self, address, (movsx Rd(d), BYTE) ()),
            _ => with_address!(self, address, (movsx Rd(d), WORD) ()),
        }
    }

    /// Stores `imm` as `bytes` (1, 2, 4, or 8, sign-extending the immediate) bytes.
    pub fn store_imm(&mut self, bytes: u8, address: Address, imm: i32) {
        match bytes {
            1 => with_address!(self, address, (mov BYTE) (, imm as i8)),
            2 => with_address!(self, address, (mov WORD) (, imm as i16)),
            4 => with_address!(self, address, (mov DWORD) (, imm)),
            _ => with_address!(self, address, (mov QWORD) (, imm)),
        }
    }

    /// Stores the low `bytes` (1, 2 or 4) of `src`.
    pub fn store_narrow(&mut self, bytes: u8, address: Address, src: Gpr) {
        let s = src.0;
        match bytes {
            1 => with_address!(self, address, (mov BYTE) (, Rb(s))),
            2 => with_address!(self, address, (mov WORD) (, Rw(s))),
            _ => with_address!(self, address, (mov DWORD) (, Rd(s))),
        }
    }
}

/// Where [`Masm::mul_into`] reads its multiplicand.
#[derive(Clone, Copy, Debug)]
pub enum MulSource {
    /// A register.
    Reg(Gpr),
    /// Memory at base plus displacement.
    Mem(Address),
}
