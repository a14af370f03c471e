//! Conversions between value types: wrap, extend, reinterpret, sign extension.

use crate::codegen::context::CodeGen;
use crate::error::CompileResult;
use crate::module::ValType;
use crate::x64::masm::Extend;
use crate::x64::{OperandSize, Reg};

impl CodeGen<'_> {
    pub(crate) fn visit_i32_wrap_i64(&mut self) -> CompileResult<()> {
        self.int_unop(ValType::I64, ValType::I32, |masm, _, reg| {
            masm.mov_rr(OperandSize::S32, reg, reg)
        })
    }

    pub(crate) fn visit_i64_extend_i32_s(&mut self) -> CompileResult<()> {
        self.int_unop(ValType::I32, ValType::I64, |masm, _, reg| {
            masm.extend(Extend::I32S, reg)
        })
    }

    pub(crate) fn visit_i64_extend_i32_u(&mut self) -> CompileResult<()> {
        self.int_unop(ValType::I32, ValType::I64, |masm, _, reg| {
            masm.extend(Extend::I32U, reg)
        })
    }

    pub(crate) fn visit_i32_extend8_s(&mut self) -> CompileResult<()> {
        self.int_unop(ValType::I32, ValType::I32, |masm, _, reg| {
            masm.extend(Extend::I8S, reg);
            masm.mov_rr(OperandSize::S32, reg, reg);
        })
    }

    pub(crate) fn visit_i32_extend16_s(&mut self) -> CompileResult<()> {
        self.int_unop(ValType::I32, ValType::I32, |masm, _, reg| {
            masm.extend(Extend::I16S, reg);
            masm.mov_rr(OperandSize::S32, reg, reg);
        })
    }

    pub(crate) fn visit_i64_extend8_s(&mut self) -> CompileResult<()> {
        self.int_unop(ValType::I64, ValType::I64, |masm, _, reg| {
            masm.extend(Extend::I8S, reg)
        })
    }

    pub(crate) fn visit_i64_extend16_s(&mut self) -> CompileResult<()> {
        self.int_unop(ValType::I64, ValType::I64, |masm, _, reg| {
            masm.extend(Extend::I16S, reg)
        })
    }

    pub(crate) fn visit_i64_extend32_s(&mut self) -> CompileResult<()> {
        self.int_unop(ValType::I64, ValType::I64, |masm, _, reg| {
            masm.extend(Extend::I32S, reg)
        })
    }

    pub(crate) fn visit_i32_reinterpret_f32(&mut self) -> CompileResult<()> {
        self.reinterpret(ValType::I32)
    }

    pub(crate) fn visit_i64_reinterpret_f64(&mut self) -> CompileResult<()> {
        self.reinterpret(ValType::I64)
    }

    pub(crate) fn visit_f32_reinterpret_i32(&mut self) -> CompileResult<()> {
        self.reinterpret(ValType::F32)
    }

    pub(crate) fn visit_f64_reinterpret_i64(&mut self) -> CompileResult<()> {
        self.reinterpret(ValType::F64)
    }

    /// Moves the bits of the top value to a register of `to`'s class.
    fn reinterpret(&mut self, to: ValType) -> CompileResult<()> {
        let size = match to {
            ValType::I32 | ValType::F32 => OperandSize::S32,
            _ => OperandSize::S64,
        };
        let value = self.pop_value()?;
        if let crate::codegen::value_stack::Location::Const(bits) = value.location {
            let bits = if size == OperandSize::S32 {
                bits as u32 as i32 as i64
            } else {
                bits
            };
            self.push_const(to, bits);
            return Ok(());
        }
        let from = self.value_into_reg(value)?;
        let target = self.alloc(crate::codegen::context::class_of(to))?;
        match (from, target) {
            (Reg::Xmm(from), Reg::Gpr(target)) => self.masm.xmm_to_gpr(size, target, from),
            (Reg::Gpr(from), Reg::Xmm(target)) => self.masm.gpr_to_xmm(size, target, from),
            _ => {
                return Err(crate::error::CompileError::internal(
                    "reinterpret within a class",
                ))
            }
        }
        self.free(from);
        self.push_reg(to, target);
        Ok(())
    }
}
