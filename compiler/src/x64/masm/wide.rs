//! 128-bit integer arithmetic on register pairs (the wide-arithmetic operators): an
//! add or subtract carried through the flags (`add`/`adc`, `sub`/`sbb`) and the
//! one-operand multiply that leaves a full 128-bit product in `rdx:rax`.

use super::{asm, Masm, Signedness};
use crate::x64::regs::{Gpr, RAX, RDX};

/// Whether a 128-bit add or subtract is emitted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WideOp {
    /// `add` then `adc`.
    Add,
    /// `sub` then `sbb`.
    Sub,
}

/// One 64-bit half of the right-hand operand of a 128-bit add or subtract.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WideOperand {
    /// A register, only read.
    Reg(Gpr),
    /// A sign-extended 32-bit immediate.
    Imm(i32),
}

impl Masm {
    /// `hi:lo = hi:lo op rhs_hi:rhs_lo` on 128-bit values: the low halves first, then
    /// the high halves with the carry (or borrow) of the low ones. Nothing may be
    /// emitted between the two instructions, so they are one helper.
    pub fn add_sub128(
        &mut self,
        op: WideOp,
        lo: Gpr,
        hi: Gpr,
        rhs_lo: WideOperand,
        rhs_hi: WideOperand,
    ) {
        self.wide_step(op, false, lo, rhs_lo);
        self.wide_step(op, true, hi, rhs_hi);
    }

    /// One 64-bit step of [`Masm::add_sub128`]: `add`/`sub`, or with `carry` the
    /// `adc`/`sbb` that also takes the previous step's carry.
    fn wide_step(&mut self, op: WideOp, carry: bool, dst: Gpr, src: WideOperand) {
        let d = dst.0;
        match (op, carry, src) {
            (WideOp::Add, false, WideOperand::Reg(s)) => asm!(self; add Rq(d), Rq(s.0)),
            (WideOp::Add, true, WideOperand::Reg(s)) => asm!(self; adc Rq(d), Rq(s.0)),
            (WideOp::Sub, false, WideOperand::Reg(s)) => asm!(self; sub Rq(d), Rq(s.0)),
            (WideOp::Sub, true, WideOperand::Reg(s)) => asm!(self; sbb Rq(d), Rq(s.0)),
            (op, carry, WideOperand::Imm(imm)) => match (op, carry, i8::try_from(imm)) {
                (WideOp::Add, false, Ok(imm)) => asm!(self; add Rq(d), BYTE imm),
                (WideOp::Add, true, Ok(imm)) => asm!(self; adc Rq(d), BYTE imm),
                (WideOp::Sub, false, Ok(imm)) => asm!(self; sub Rq(d), BYTE imm),
                (WideOp::Sub, true, Ok(imm)) => asm!(self; sbb Rq(d), BYTE imm),
                (WideOp::Add, false, Err(_)) => asm!(self; add Rq(d), imm),
                (WideOp::Add, true, Err(_)) => asm!(self; adc Rq(d), imm),
                (WideOp::Sub, false, Err(_)) => asm!(self; sub Rq(d), imm),
                (WideOp::Sub, true, Err(_)) => asm!(self; sbb Rq(d), imm),
            },
        }
    }

    /// `rdx:rax = rax * src`, the full 128-bit product of two 64-bit integers (`mul`
    /// unsigned, one-operand `imul` signed).
    pub fn mul_wide(&mut self, signedness: Signedness, src: Gpr) {
        let _ = (RAX, RDX);
        match signedness {
            Signedness::Signed => asm!(self; imul Rq(src.0)),
            Signedness::Unsigned => asm!(self; mul Rq(src.0)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::disasm::disassemble;
    use crate::x64::regs::{RBX, RCX, RSI};

    /// The instructions `emit` assembles, one per line, without offsets.
    fn listing(emit: impl FnOnce(&mut Masm)) -> Vec<String> {
        let mut masm = Masm::new();
        emit(&mut masm);
        let code = masm.finish().expect("the code assembles");
        disassemble(&code)
            .lines()
            .map(|line| {
                let text = line.split_once(": ").map_or(line, |(_, text)| text);
                text.split_whitespace().collect::<Vec<_>>().join(" ")
            })
            .collect()
    }

    #[test]
    fn add_then_add_with_carry() {
        let code = listing(|masm| {
            masm.add_sub128(
                WideOp::Add,
                RAX,
                RCX,
                WideOperand::Reg(RBX),
                WideOperand::Imm(1),
            );
        });
        assert_eq!(code, ["add rax,rbx", "adc rcx,1"]);
    }

    #[test]
    fn sub_then_sub_with_borrow() {
        let code = listing(|masm| {
            masm.add_sub128(
                WideOp::Sub,
                RAX,
                RCX,
                WideOperand::Imm(0x1234_5678),
                WideOperand::Reg(RSI),
            );
        });
        assert_eq!(code, ["sub rax,0x12345678", "sbb rcx,rsi"]);
    }

    #[test]
    fn one_operand_multiplies() {
        let code = listing(|masm| {
            masm.mul_wide(Signedness::Signed, RCX);
            masm.mul_wide(Signedness::Unsigned, RBX);
        });
        assert_eq!(code, ["imul rcx", "mul rbx"]);
    }
}
