//! Bulk memory operations (`memory.copy/fill/init`, `data.drop`), implemented as calls
//! to runtime builtins. The table counterparts live in `table.rs`.

use crate::builtins::Builtin;
use crate::codegen::context::CodeGen;
use crate::error::CompileResult;

impl CodeGen<'_> {
    pub(crate) fn visit_memory_fill(&mut self, mem: u32) -> CompileResult<()> {
        self.call_builtin(Builtin::MemoryFill, &[mem as i64])
    }

    pub(crate) fn visit_memory_copy(&mut self, dst_mem: u32, src_mem: u32) -> CompileResult<()> {
        let memories = (dst_mem as i64) << 32 | src_mem as i64;
        self.call_builtin(Builtin::MemoryCopy, &[memories])
    }

    pub(crate) fn visit_memory_init(&mut self, data_index: u32, mem: u32) -> CompileResult<()> {
        let indices = (data_index as i64) << 32 | mem as i64;
        self.call_builtin(Builtin::MemoryInit, &[indices])
    }

    pub(crate) fn visit_data_drop(&mut self, data_index: u32) -> CompileResult<()> {
        self.call_builtin(Builtin::DataDrop, &[data_index as i64])
    }
}
