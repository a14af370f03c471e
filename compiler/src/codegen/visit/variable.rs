//! Locals and globals.

use crate::codegen::context::{class_of, float_size, size_of_int, CodeGen};
use crate::codegen::value_stack::{Location, Value};
use crate::error::CompileResult;
use crate::module::{GlobalIndex, ValType};
use crate::x64::{Address, Masm, OperandSize, Reg, RegClass};

impl CodeGen<'_> {
    pub(crate) fn visit_local_get(&mut self, local_index: u32) -> CompileResult<()> {
        let ty = self.cx.locals[local_index as usize].ty;
        self.cx
            .stack
            .push(Value::new(ty, Location::Local(local_index)));
        Ok(())
    }

    pub(crate) fn visit_local_set(&mut self, local_index: u32) -> CompileResult<()> {
        self.cx.proven_bounds.forget_local(local_index);
        self.set_local(local_index)?;
        Ok(())
    }

    pub(crate) fn visit_local_tee(&mut self, local_index: u32) -> CompileResult<()> {
        self.cx.proven_bounds.forget_local(local_index);
        // A value already in a register (or a constant) stays there as well as going to
        // the local, so its next use does not read the local back. A value computed in
        // the pinned local's own register is the local: it is read lazily as usual.
        let pinned = self.pinned_local(local_index);
        let top = self.cx.stack.peek(0).copied();
        if let Some(value) = top.filter(|value| match value.location {
            Location::Const(_) => true,
            Location::Reg(reg) => pinned.map(Reg::Gpr) != Some(reg),
            _ => false,
        }) {
            self.pop_value()?;
            self.materialize_local_reads(local_index)?;
            match pinned {
                Some(reg) => self.load_value(value, Reg::Gpr(reg)),
                None => {
                    let address = Address::frame(self.cx.locals[local_index as usize].disp);
                    self.store_value(value, address);
                }
            }
            self.cx.stack.push(value);
            return Ok(());
        }
        self.set_local(local_index)?;
        self.visit_local_get(local_index)
    }

    /// Pops a value into local `index`, first resolving lazy reads of its old value.
    fn set_local(&mut self, index: u32) -> CompileResult<()> {
        let value = self.pop_value()?;
        self.materialize_local_reads(index)?;
        if let Some(reg) = self.pinned_local(index) {
            self.load_value(value, Reg::Gpr(reg));
            self.release(value);
            return Ok(());
        }
        let address = Address::frame(self.cx.locals[index as usize].disp);
        self.store_value(value, address);
        self.release(value);
        Ok(())
    }

    pub(crate) fn visit_global_get(&mut self, global_index: u32) -> CompileResult<()> {
        let ty = self.env.info.globals[GlobalIndex::from_u32(global_index)].content;
        // Allocate first: running out of registers spills the value stack, and a spill
        // may go through the scratch register that is about to hold the cell address.
        let reg = self.alloc(class_of(ty))?;
        self.access_global(global_index, |masm, cell| match reg {
            Reg::Xmm(xmm) if ty == ValType::V128 => masm.v128_load(xmm, cell),
            Reg::Gpr(gpr) => masm.load(size_of_int(ty), gpr, cell),
            Reg::Xmm(xmm) => masm.float_load(float_size(ty), xmm, cell),
        });
        self.push_reg(ty, reg);
        Ok(())
    }

    pub(crate) fn visit_global_set(&mut self, global_index: u32) -> CompileResult<()> {
        let ty: ValType = self.env.info.globals[GlobalIndex::from_u32(global_index)].content;
        let reg = self.pop_reg()?;
        self.access_global(global_index, |masm, cell| match (reg, class_of(ty)) {
            (Reg::Xmm(xmm), _) if ty == ValType::V128 => masm.v128_store(cell, xmm),
            (Reg::Gpr(gpr), RegClass::Gpr) => masm.store(OperandSize::S64, cell, gpr),
            (Reg::Xmm(xmm), _) => masm.float_store(crate::x64::masm::FloatSize::F64, cell, xmm),
            (Reg::Gpr(gpr), RegClass::Xmm) => masm.store(OperandSize::S64, cell, gpr),
        });
        self.free(reg);
        Ok(())
    }

    /// Emits `access` on the address of global `global_index`'s value: in the
    /// `VMContext` for a global the module defines; through its cell pointer, loaded
    /// into the scratch register, for an imported one.
    fn access_global(&mut self, global_index: u32, access: impl FnOnce(&mut Masm, Address)) {
        let vmctx = crate::x64::regs::VMCTX;
        if let Some(offset) = self.env.offsets.defined_global_value(global_index) {
            return access(&mut self.masm, Address::offset(vmctx, offset));
        }
        let pointer = self.env.offsets.global(global_index);
        self.masm.with_scratch_gpr(|masm, cell| {
            masm.load(OperandSize::S64, cell, Address::offset(vmctx, pointer));
            access(masm, Address::offset(cell, 0));
        });
    }
}
