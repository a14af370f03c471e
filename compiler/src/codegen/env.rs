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
    /// How the relaxed-SIMD operators choose among the results the spec allows.
    pub relaxed_simd: RelaxedSimd,
}

/// How the relaxed-SIMD operators choose among the results the spec allows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelaxedSimd {
    /// The fastest sequence of the SIMD encoding: results may differ between the
    /// SSE4.1 and AVX2 encodings (only `relaxed_madd`/`relaxed_nmadd` do: fused with
    /// AVX2's FMA, two roundings with SSE4.1), never between runs on one encoding.
    Native,
    /// One result whatever the encoding, so a program's output does not depend on the
    /// host CPU: each operator computes its non-relaxed counterpart (`swizzle`,
    /// `trunc_sat`, `bitselect`, `min`/`max`, `q15mulr_sat_s`), the dot products
    /// read both operands as signed bytes with wrapping 16-bit sums, and
    /// `relaxed_madd`/`relaxed_nmadd` round twice (multiply, then add).
    Deterministic,
}

impl RelaxedSimd {
    /// [`RelaxedSimd::Deterministic`] when the `LIGHTBEAM_RELAXED_SIMD` environment
    /// variable is `deterministic`, else [`RelaxedSimd::Native`].
    pub fn from_env() -> Self {
        match std::env::var("LIGHTBEAM_RELAXED_SIMD").as_deref() {
            Ok("deterministic") => RelaxedSimd::Deterministic,
            _ => RelaxedSimd::Native,
        }
    }
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
