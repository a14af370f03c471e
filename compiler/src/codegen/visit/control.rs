//! Control flow, calls, `drop` and `select`.

use wasmparser::{BlockType, BrTable};

use crate::codegen::context::CodeGen;
use crate::error::CompileResult;
use crate::module::FuncIndex;
use crate::trap::TrapCode;
use crate::x64::{Cond, OperandSize, Reg};

impl CodeGen<'_> {
    pub(crate) fn visit_unreachable(&mut self) -> CompileResult<()> {
        self.trap(TrapCode::Unreachable);
        Ok(())
    }

    pub(crate) fn visit_nop(&mut self) -> CompileResult<()> {
        Ok(())
    }

    pub(crate) fn visit_block(&mut self, blockty: BlockType) -> CompileResult<()> {
        if !self.cx.reachable {
            self.push_dead_frame(crate::codegen::control::FrameKind::Block);
            return Ok(());
        }
        let (params, results) = self.block_signature(blockty)?;
        self.enter_block(params, results)?;
        Ok(())
    }

    pub(crate) fn visit_loop(&mut self, blockty: BlockType) -> CompileResult<()> {
        if !self.cx.reachable {
            self.push_dead_frame(crate::codegen::control::FrameKind::Loop);
            return Ok(());
        }
        let (params, results) = self.block_signature(blockty)?;
        self.enter_loop(params, results)
    }

    pub(crate) fn visit_if(&mut self, blockty: BlockType) -> CompileResult<()> {
        if !self.cx.reachable {
            let else_label = self.masm.new_label();
            self.push_dead_frame(crate::codegen::control::FrameKind::If {
                else_label,
                has_else: false,
            });
            return Ok(());
        }
        let (params, results) = self.block_signature(blockty)?;
        self.enter_if(params, results)
    }

    pub(crate) fn visit_else(&mut self) -> CompileResult<()> {
        self.else_()
    }

    pub(crate) fn visit_end(&mut self) -> CompileResult<()> {
        self.end()
    }

    pub(crate) fn visit_br(&mut self, relative_depth: u32) -> CompileResult<()> {
        self.branch(relative_depth)
    }

    pub(crate) fn visit_br_if(&mut self, relative_depth: u32) -> CompileResult<()> {
        self.branch_if(relative_depth)
    }

    pub(crate) fn visit_br_table(&mut self, targets: BrTable<'_>) -> CompileResult<()> {
        let default = targets.default();
        let targets = targets.targets().collect::<Result<Vec<_>, _>>()?;
        self.branch_table(&targets, default)
    }

    pub(crate) fn visit_return(&mut self) -> CompileResult<()> {
        self.return_()
    }

    pub(crate) fn visit_call(&mut self, function_index: u32) -> CompileResult<()> {
        self.call_function(FuncIndex::from_u32(function_index))
    }

    pub(crate) fn visit_return_call(&mut self, function_index: u32) -> CompileResult<()> {
        self.return_call_function(FuncIndex::from_u32(function_index))
    }

    pub(crate) fn visit_return_call_indirect(
        &mut self,
        type_index: u32,
        table_index: u32,
    ) -> CompileResult<()> {
        self.return_call_indirect(type_index, table_index)
    }

    pub(crate) fn visit_return_call_ref(&mut self, type_index: u32) -> CompileResult<()> {
        self.return_call_ref(type_index)
    }

    pub(crate) fn visit_drop(&mut self) -> CompileResult<()> {
        self.drop_value()
    }

    pub(crate) fn visit_select(&mut self) -> CompileResult<()> {
        self.select()
    }

    pub(crate) fn visit_typed_select(&mut self, _ty: wasmparser::ValType) -> CompileResult<()> {
        self.select()
    }

    pub(crate) fn visit_typed_select_multi(
        &mut self,
        _tys: Vec<wasmparser::ValType>,
    ) -> CompileResult<()> {
        self.select()
    }

    /// `select`: `cond ? first : second`, with a conditional move for integers and a
    /// branch for floats.
    fn select(&mut self) -> CompileResult<()> {
        let ty = self
            .cx
            .stack
            .peek(2)
            .map(|value| value.ty)
            .ok_or_else(|| crate::error::CompileError::internal("select underflow"))?;
        let condition = self.pop_gpr()?;
        let second = self.pop_reg()?;
        let first = self.pop_reg()?;
        self.masm.test_rr(OperandSize::S32, condition);
        match (first, second) {
            (Reg::Gpr(first), Reg::Gpr(second)) => {
                self.masm.cmov(Cond::Eq, OperandSize::S64, first, second);
            }
            (Reg::Xmm(first), Reg::Xmm(second)) => {
                let keep = self.masm.new_label();
                self.masm.jcc(Cond::Ne, keep);
                self.masm.float_mov(first, second);
                self.masm.bind(keep);
            }
            _ => {
                return Err(crate::error::CompileError::internal(
                    "select of mixed classes",
                ))
            }
        }
        self.free_gpr(condition);
        self.free(second);
        self.push_reg(ty, first);
        Ok(())
    }
}
