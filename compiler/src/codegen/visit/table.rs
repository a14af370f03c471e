//! Tables, references, `call_indirect` and element segments.

use crate::builtins::Builtin;
use crate::codegen::context::CodeGen;
use crate::error::{CompileError, CompileResult};
use crate::module::{FuncIndex, HeapType, IndexType, RefType, TableIndex, ValType};
use crate::trap::TrapCode;
use crate::vmoffsets;
use crate::x64::regs::VMCTX;
use crate::x64::{Address, Cond, Gpr, Masm, OperandSize};

impl CodeGen<'_> {
    pub(crate) fn visit_call_indirect(
        &mut self,
        type_index: u32,
        table_index: u32,
    ) -> CompileResult<()> {
        self.call_indirect(type_index, table_index)
    }

    pub(crate) fn visit_ref_null(&mut self, hty: wasmparser::HeapType) -> CompileResult<()> {
        let reference = wasmparser::RefType::new(true, hty)
            .ok_or_else(|| CompileError::unsupported("reference type", self.wasm_offset))?;
        let signatures = &self.env.info.type_ids;
        let ty = RefType::from_wasm(reference, signatures, self.wasm_offset)?;
        self.push_const(ValType::Ref(ty), 0);
        Ok(())
    }

    pub(crate) fn visit_ref_is_null(&mut self) -> CompileResult<()> {
        self.int_eqz(ValType::I64)
    }

    pub(crate) fn visit_ref_func(&mut self, function_index: u32) -> CompileResult<()> {
        let reference = self.alloc_gpr()?;
        let offset = self.env.offsets.func_ref(function_index);
        self.masm
            .load(OperandSize::S64, reference, Address::offset(VMCTX, offset));
        let info = self.env.info;
        let signature = info.type_ids[info.functions[FuncIndex::from_u32(function_index)]];
        let ty = RefType::new(false, HeapType::Concrete(signature));
        self.push_gpr(ValType::Ref(ty), reference);
        Ok(())
    }

    pub(crate) fn visit_table_get(&mut self, table: u32) -> CompileResult<()> {
        let index = self.pop_gpr()?;
        self.table_element_access(table, index, |masm, elements| {
            masm.load_element(index, elements, index)
        });
        self.push_gpr(self.table_element_type(table), index);
        Ok(())
    }

    pub(crate) fn visit_table_set(&mut self, table: u32) -> CompileResult<()> {
        let value = self.pop_gpr()?;
        let index = self.pop_gpr()?;
        self.table_element_access(table, index, |masm, elements| {
            masm.store_element(elements, index, value)
        });
        self.free_gpr(value);
        self.free_gpr(index);
        Ok(())
    }

    pub(crate) fn visit_table_size(&mut self, table: u32) -> CompileResult<()> {
        let size = self.alloc_gpr()?;
        let definition = self.env.offsets.table(table);
        self.masm
            .load(OperandSize::S64, size, Address::offset(VMCTX, definition));
        self.masm.load(
            OperandSize::S32,
            size,
            Address::offset(size, vmoffsets::table::LENGTH),
        );
        self.push_gpr(self.table_index_type(table).val_type(), size);
        Ok(())
    }

    pub(crate) fn visit_table_grow(&mut self, table: u32) -> CompileResult<()> {
        let result = self.table_index_type(table).val_type();
        self.call_builtin_returning(Builtin::TableGrow, &[table as i64], result)
    }

    pub(crate) fn visit_table_fill(&mut self, table: u32) -> CompileResult<()> {
        self.call_builtin(Builtin::TableFill, &[table as i64])
    }

    pub(crate) fn visit_table_copy(&mut self, dst_table: u32, src_table: u32) -> CompileResult<()> {
        let tables = (dst_table as i64) << 32 | src_table as i64;
        self.call_builtin(Builtin::TableCopy, &[tables])
    }

    pub(crate) fn visit_table_init(&mut self, elem_index: u32, table: u32) -> CompileResult<()> {
        let indices = (elem_index as i64) << 32 | table as i64;
        self.call_builtin(Builtin::TableInit, &[indices])
    }

    pub(crate) fn visit_elem_drop(&mut self, elem_index: u32) -> CompileResult<()> {
        self.call_builtin(Builtin::ElemDrop, &[elem_index as i64])
    }

    /// Traps unless `index` (zero-extended, for a 32-bit table) is below table
    /// `table`'s length, then emits `access` with the element array's address in the
    /// (lent) scratch register.
    fn table_element_access(
        &mut self,
        table: u32,
        index: Gpr,
        access: impl FnOnce(&mut Masm, Gpr),
    ) {
        if self.table_index_type(table) == IndexType::I32 {
            self.masm.mov_rr(OperandSize::S32, index, index);
        }
        let definition = self.env.offsets.table(table);
        let out_of_bounds = self.trap_label(TrapCode::TableAccessOutOfBounds);
        self.masm.with_scratch_gpr(|masm, elements| {
            masm.load(
                OperandSize::S64,
                elements,
                Address::offset(VMCTX, definition),
            );
            masm.cmp_reg_mem(
                OperandSize::S64,
                index,
                Address::offset(elements, vmoffsets::table::LENGTH),
            );
            masm.jcc(Cond::AboveEq, out_of_bounds);
            masm.load(
                OperandSize::S64,
                elements,
                Address::offset(elements, vmoffsets::table::ELEMENTS),
            );
            access(masm, elements);
        });
    }

    /// The index type of table `table`.
    fn table_index_type(&self, table: u32) -> IndexType {
        self.env.info.tables[TableIndex::from_u32(table)].index_type
    }

    /// The element type of table `table`.
    fn table_element_type(&self, table: u32) -> ValType {
        self.env.info.tables[TableIndex::from_u32(table)].element
    }
}
