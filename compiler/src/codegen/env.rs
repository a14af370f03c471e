//! What compiling one function needs to know about its module.

use crate::module::{FuncIndex, FuncType, ModuleInfo, ValType};
use crate::vmoffsets::VMOffsets;
use crate::x64::masm::SimdEncoding;

/// What one function's compilation needs to know about the module.
#[derive(Clone, Copy)]
pub struct FuncEnv<'a> {
    /// The module environment.
    pub info: &'a ModuleInfo,
    /// The module's `VMContext` layout.
    pub offsets: &'a VMOffsets,
    /// The function being compiled.
    pub func: FuncIndex,
    /// The encodings SIMD instructions are emitted with.
    pub simd_encoding: SimdEncoding,
}

impl FuncEnv<'_> {
    /// The signature of the function being compiled.
    pub fn func_type(&self) -> &FuncType {
        self.info.func_type(self.func)
    }
}

/// Parameter and result types of a block, borrowed from the module's types (a block
/// type is declared once and may be used by any number of blocks, so frames never
/// copy it).
pub(crate) type BlockSignature<'a> = (&'a [ValType], &'a [ValType]);
