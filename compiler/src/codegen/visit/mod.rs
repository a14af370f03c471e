//! Operator visitors, one file per operator family. Each visitor is an inherent
//! method of [`super::context::CodeGen`] named like wasmparser's `visit_*` method;
//! see the parent module's docs for how they are dispatched.

/// Defines visitors that are one helper call each: `visit_x => |cg| cg.helper(..);`
/// becomes `pub(crate) fn visit_x(&mut self) -> CompileResult<()>` on [`CodeGen`].
///
/// [`CodeGen`]: super::context::CodeGen
macro_rules! one_call_visitors {
    ($($visit:ident => |$this:ident| $body:expr;)*) => {
        impl $crate::codegen::context::CodeGen<'_> {
            $(
                pub(crate) fn $visit(&mut self) -> $crate::error::CompileResult<()> {
                    let $this = self;
                    $body
                }
            )*
        }
    };
}

mod atomic;
mod bulk;
mod control;
mod conversion;
mod exceptions;
mod float;
mod gc;
mod int;
mod legacy_exceptions;
mod memory;
mod reference;
mod simd_core;
mod simd_float;
mod simd_int;
mod simd_memory;
mod simd_relaxed;
mod table;
mod variable;
mod wide_arith;
