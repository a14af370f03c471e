//! `v128` loads and stores: full width, extending, splatting, zero-filling and
//! single-lane forms. Addressing and fault recording are shared with the scalar
//! accesses (`memory_operand`, `memory_access` in `memory.rs`).

use wasmparser::MemArg;

use crate::codegen::context::CodeGen;
use crate::error::CompileResult;

impl CodeGen<'_> {
    pub(crate) fn visit_v128_load(&mut self, memarg: MemArg) -> CompileResult<()> {
        let (address, index) = self.memory_operand(memarg)?;
        let target = self.alloc_xmm()?;
        self.memory_access(|masm| masm.v128_load(target, address));
        self.free_gpr(index);
        self.push_v128(target);
        Ok(())
    }

    pub(crate) fn visit_v128_store(&mut self, memarg: MemArg) -> CompileResult<()> {
        let value = self.pop_v128()?;
        let (address, index) = self.memory_operand(memarg)?;
        self.memory_access(|masm| masm.v128_store(address, value));
        self.free_xmm(value);
        self.free_gpr(index);
        Ok(())
    }
}
