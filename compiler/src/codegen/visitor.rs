//! Dispatch from wasmparser's operator visitor to the code generator.
//!
//! [`Dispatch`] forwards every `visit_*` call to a method of the same name on
//! [`CodeGen`]. Inherent methods (written in `visit/*.rs`) take precedence; every
//! operator without one falls back to [`UnsupportedOperators`], whose generated
//! methods all return [`CompileError::Unsupported`]. So the match is always complete
//! and an unwritten operator is an error, never a panic.

use wasmparser::{
    for_each_visit_operator, for_each_visit_simd_operator, VisitOperator, VisitSimdOperator,
};

use super::context::CodeGen;
use crate::error::{CompileError, CompileResult};

/// Wraps the code generator so it can implement wasmparser's visitor traits without
/// their method names clashing with its own.
pub(crate) struct Dispatch<'c, 'e>(pub &'c mut CodeGen<'e>);

macro_rules! define_unsupported {
    ($(@$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*))*) => {
        $(
            #[allow(unused_variables, reason = "generated for every operator")]
            fn $visit(&mut self $($(,$arg: $argty)*)?) -> CompileResult<()> {
                Err(self.unsupported_operator(stringify!($op)))
            }
        )*
    };
}

macro_rules! define_dispatch {
    ($(@$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*))*) => {
        $(
            fn $visit(&mut self $($(,$arg: $argty)*)?) -> Self::Output {
                self.0.$visit($($($arg),*)?)
            }
        )*
    };
}

/// Fallback visitors for every non-SIMD operator: all unsupported.
#[allow(
    dead_code,
    reason = "operators with an inherent visitor never use their fallback"
)]
pub(crate) trait UnsupportedOperators<'a> {
    /// The error for an operator with no visitor.
    fn unsupported_operator(&self, name: &str) -> CompileError;
    for_each_visit_operator!(define_unsupported);
}

/// Fallback visitors for every SIMD operator: all unsupported.
#[allow(
    dead_code,
    reason = "operators with an inherent visitor never use their fallback"
)]
pub(crate) trait UnsupportedSimdOperators<'a>: UnsupportedOperators<'a> {
    for_each_visit_simd_operator!(define_unsupported);
}

impl<'a> UnsupportedOperators<'a> for CodeGen<'_> {
    fn unsupported_operator(&self, name: &str) -> CompileError {
        self.unsupported(&format!("operator {name}"))
    }
}

impl<'a> UnsupportedSimdOperators<'a> for CodeGen<'_> {}

impl<'a> VisitOperator<'a> for Dispatch<'_, '_> {
    type Output = CompileResult<()>;

    fn simd_visitor(&mut self) -> Option<&mut dyn VisitSimdOperator<'a, Output = Self::Output>> {
        Some(self)
    }

    for_each_visit_operator!(define_dispatch);
}

impl<'a> VisitSimdOperator<'a> for Dispatch<'_, '_> {
    for_each_visit_simd_operator!(define_dispatch);
}
