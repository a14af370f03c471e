//! Tables, references, `call_indirect` and element segments.

use crate::codegen::context::CodeGen;
use crate::error::CompileResult;
use crate::module::ValType;

impl CodeGen<'_> {
    pub(crate) fn visit_call_indirect(
        &mut self,
        type_index: u32,
        table_index: u32,
    ) -> CompileResult<()> {
        self.call_indirect(type_index, table_index)
    }

    pub(crate) fn visit_ref_null(&mut self, hty: wasmparser::HeapType) -> CompileResult<()> {
        let ty = match hty {
            wasmparser::HeapType::Abstract {
                ty: wasmparser::AbstractHeapType::Extern,
                ..
            } => ValType::ExternRef,
            _ => ValType::FuncRef,
        };
        self.push_const(ty, 0);
        Ok(())
    }

    pub(crate) fn visit_ref_is_null(&mut self) -> CompileResult<()> {
        let ty = self
            .stack
            .peek(0)
            .map_or(ValType::FuncRef, |value| value.ty);
        let _ = ty;
        self.int_eqz(ValType::I64)
    }
}
