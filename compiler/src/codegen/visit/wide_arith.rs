//! The wide-arithmetic operators: `i64.add128`, `i64.sub128` (a 128-bit value is two
//! `i64`s, low half deeper on the stack) and `i64.mul_wide_s/u` (the 128-bit product
//! of two `i64`s). Each is one x86 sequence: `add`/`adc`, `sub`/`sbb`, or one-operand
//! `imul`/`mul` into `rdx:rax`. The instructions live in `x64/masm/wide.rs`.

use crate::codegen::context::{CodeGen, IntOperand};
use crate::codegen::value_stack::Location;
use crate::error::{CompileError, CompileResult};
use crate::module::ValType;
use crate::x64::masm::{Signedness, WideOp, WideOperand};
use crate::x64::regs::{RAX, RDX};
use crate::x64::Reg;

impl CodeGen<'_> {
    /// Pops half of a 128-bit right-hand operand, which is only read: an immediate
    /// when it is a small constant, else a register (a pinned local's own, lent).
    fn pop_wide_operand(&mut self) -> CompileResult<WideOperand> {
        Ok(match self.pop_gpr_or_imm_read()? {
            IntOperand::Imm(imm) => WideOperand::Imm(imm),
            IntOperand::Reg(reg) => WideOperand::Reg(reg),
            IntOperand::Mem(_) => {
                return Err(CompileError::internal(
                    "a frame-slot operand where none is made",
                ))
            }
        })
    }

    /// `i64.add128` / `i64.sub128`: `[lhs_lo lhs_hi rhs_lo rhs_hi] -> [lo hi]`.
    fn add_sub128(&mut self, op: WideOp) -> CompileResult<()> {
        let rhs_hi = self.pop_wide_operand()?;
        let rhs_lo = self.pop_wide_operand()?;
        let hi = self.pop_gpr()?;
        let lo = self.pop_gpr()?;
        self.masm.add_sub128(op, lo, hi, rhs_lo, rhs_hi);
        for operand in [rhs_lo, rhs_hi] {
            if let WideOperand::Reg(reg) = operand {
                self.free_gpr(reg);
            }
        }
        self.push_gpr(ValType::I64, lo);
        self.push_gpr(ValType::I64, hi);
        Ok(())
    }

    /// `i64.mul_wide_s/u`: `[lhs rhs] -> [lo hi]`, the 128-bit product.
    fn mul_wide(&mut self, signedness: Signedness) -> CompileResult<()> {
        self.alloc_specific(Reg::Gpr(RDX))?;
        // Unless the left operand is there already, keep rax out of the right one's
        // reach while it is popped, so the left one need not move it away.
        let in_rax = Location::Reg(Reg::Gpr(RAX));
        let lhs_in_rax = self
            .cx
            .stack
            .peek(1)
            .is_some_and(|lhs| lhs.location == in_rax);
        if !lhs_in_rax {
            self.alloc_specific(Reg::Gpr(RAX))?;
        }
        let rhs = self.pop_gpr_read()?;
        if !lhs_in_rax {
            self.free_gpr(RAX);
        }
        self.pop_to_specific(Reg::Gpr(RAX))?;
        self.masm.mul_wide(signedness, rhs);
        self.free_gpr(rhs);
        self.push_gpr(ValType::I64, RAX);
        self.push_gpr(ValType::I64, RDX);
        Ok(())
    }
}

one_call_visitors! {
    visit_i64_add128 => |cg| cg.add_sub128(WideOp::Add);
    visit_i64_sub128 => |cg| cg.add_sub128(WideOp::Sub);
    visit_i64_mul_wide_s => |cg| cg.mul_wide(Signedness::Signed);
    visit_i64_mul_wide_u => |cg| cg.mul_wide(Signedness::Unsigned);
}
