//! Typed function references: `call_ref`, `ref.as_non_null`, `br_on_null` and
//! `br_on_non_null`. A reference of any function type is the same `VMFuncRef`
//! pointer (null is zero) as a `funcref`, so these are null tests around a call or
//! a branch.

use crate::codegen::context::CodeGen;
use crate::error::{CompileError, CompileResult};
use crate::module::{RefType, ValType};
use crate::trap::TrapCode;
use crate::x64::{Cond, Gpr, OperandSize};

impl CodeGen<'_> {
    pub(crate) fn visit_call_ref(&mut self, type_index: u32) -> CompileResult<()> {
        self.call_ref(type_index)
    }

    pub(crate) fn visit_ref_as_non_null(&mut self) -> CompileResult<()> {
        let (reference, ty) = self.pop_reference()?;
        self.masm.test_rr(OperandSize::S64, reference);
        self.trap_if(Cond::Eq, TrapCode::NullReference);
        self.push_gpr(non_null(ty), reference);
        Ok(())
    }

    /// `br_on_null`: branches (without the reference) when it is null, else goes on
    /// with it, now known to be non-null.
    pub(crate) fn visit_br_on_null(&mut self, relative_depth: u32) -> CompileResult<()> {
        let (reference, ty) = self.pop_reference()?;
        // The register is held across the branch, which moves only the values below.
        self.masm.test_rr(OperandSize::S64, reference);
        self.push_flags(Cond::Eq);
        self.branch_if(relative_depth)?;
        self.push_gpr(non_null(ty), reference);
        Ok(())
    }

    /// `br_on_non_null`: branches with the reference when it is not null, else drops
    /// it and goes on.
    pub(crate) fn visit_br_on_non_null(&mut self, relative_depth: u32) -> CompileResult<()> {
        let (reference, ty) = self.pop_reference()?;
        self.masm.test_rr(OperandSize::S64, reference);
        self.push_gpr(non_null(ty), reference);
        self.push_flags(Cond::Ne);
        self.branch_if(relative_depth)?;
        self.drop_value()
    }

    /// Pops a reference into a register, with its type.
    fn pop_reference(&mut self) -> CompileResult<(Gpr, ValType)> {
        let ty = self
            .cx
            .stack
            .peek(0)
            .map(|value| value.ty)
            .ok_or_else(|| CompileError::internal("reference operand missing"))?;
        Ok((self.pop_gpr()?, ty))
    }
}

/// `ty` (a reference type) without null.
fn non_null(ty: ValType) -> ValType {
    match ty {
        ValType::Ref(reference) => ValType::Ref(RefType::new(false, reference.heap_type)),
        other => other,
    }
}
