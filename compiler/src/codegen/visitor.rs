//! The per-operator driver: wasmparser decodes each operator straight into
//! [`ValidateAndCompile`], which validates it and then compiles it.
//!
//! Every `visit_*` call is forwarded first to the function's validator and then to a
//! method of the same name on [`CodeGen`]. No [`wasmparser::Operator`] value is built
//! and nothing is dispatched twice: the operator's opcode is matched once, by the
//! decoder.
//!
//! Inherent methods of [`CodeGen`] (written in `visit/*.rs`) take precedence; every
//! operator without one falls back to [`UnsupportedOperators`], whose generated
//! methods all return [`CompileError::Unsupported`]. So the match is always complete
//! and an unwritten operator is an error, never a panic.

use wasmparser::{
    for_each_visit_operator, for_each_visit_simd_operator, FrameKind, FrameStack, FuncValidator,
    ValidatorResources, VisitOperator, VisitSimdOperator,
};

use super::context::CodeGen;
use crate::error::{CompileError, CompileResult};

/// Validates, then compiles, each operator wasmparser decodes into it.
pub(crate) struct ValidateAndCompile<'c, 'e, 'b> {
    /// The function's validator.
    pub validator: &'c mut FuncValidator<ValidatorResources>,
    /// The code generator.
    pub codegen: &'c mut CodeGen<'e>,
    /// The body's bytes (locals included), for peeking at the next operator.
    pub body: &'b [u8],
    /// Offset of `body` in the module.
    pub body_offset: usize,
    /// Offset in the module of the operator being visited.
    pub offset: usize,
    /// The kind of the validator's innermost control frame (`None` after the body's
    /// final `end`), refreshed after every operator that opens or closes a frame.
    pub current_frame: Option<FrameKind>,
}

impl ValidateAndCompile<'_, '_, '_> {
    /// Prepares the code generator for an operator of the given kind; returns whether
    /// it must be compiled (unreachable code is only followed for its frame structure).
    ///
    /// `consumes_flags`: the operator branches on a comparison left in the CPU flags;
    /// `is_control`: it opens, splits or closes a frame; `writes_in_place`: it may
    /// compute its result directly in the pinned local a following `local.set` or
    /// `local.tee` names (such operators are all one byte long).
    #[inline(always)]
    fn prepare(
        &mut self,
        consumes_flags: bool,
        is_control: bool,
        writes_in_place: bool,
    ) -> CompileResult<bool> {
        let codegen = &mut *self.codegen;
        codegen.wasm_offset = self.offset;
        if !codegen.cx.reachable {
            codegen.cx.result_hint = None;
            return Ok(is_control);
        }
        if !consumes_flags {
            codegen.materialize_flags()?;
        }
        codegen.cx.result_hint = if writes_in_place {
            let next = self.offset + 1 - self.body_offset;
            next_local_set(self.body.get(next..).unwrap_or_default())
        } else {
            None
        };
        Ok(true)
    }
}

/// The local a `local.set` or `local.tee` at the start of `bytes` writes, if one is
/// there. Only a hint: the operator is decoded and validated again in its turn.
#[inline(always)]
fn next_local_set(bytes: &[u8]) -> Option<u32> {
    match bytes {
        // Nearly every local index is below 128: one byte.
        [0x21 | 0x22, index, ..] if index & 0x80 == 0 => Some(u32::from(*index)),
        [0x21 | 0x22, rest @ ..] => wasmparser::BinaryReader::new(rest, 0).read_var_u32().ok(),
        _ => None,
    }
}

/// Whether the operator named `$op` consumes a comparison from the CPU flags.
macro_rules! consumes_flags {
    (If) => {
        true
    };
    (BrIf) => {
        true
    };
    ($op:ident) => {
        false
    };
}

/// Whether the operator named `$op` may open, switch or close a control frame. Such
/// operators are also the ones visited in unreachable code, so that the code
/// generator's frames follow the validator's there too (skipped, a frame's `end` would
/// close an enclosing frame).
macro_rules! changes_frames {
    (Block) => {
        true
    };
    (TryTable) => {
        true
    };
    (Try) => {
        true
    };
    (Catch) => {
        true
    };
    (CatchAll) => {
        true
    };
    (Delegate) => {
        true
    };
    (Loop) => {
        true
    };
    (If) => {
        true
    };
    (Else) => {
        true
    };
    (End) => {
        true
    };
    ($op:ident) => {
        false
    };
}

/// Whether the state after `$op` is a control-flow merge or a branch's, where builds
/// with debug assertions check the code generator's invariants.
macro_rules! merges {
    (Block) => {
        true
    };
    (TryTable) => {
        true
    };
    (Try) => {
        true
    };
    (Catch) => {
        true
    };
    (CatchAll) => {
        true
    };
    (Delegate) => {
        true
    };
    (Loop) => {
        true
    };
    (If) => {
        true
    };
    (Else) => {
        true
    };
    (End) => {
        true
    };
    (Br) => {
        true
    };
    (BrIf) => {
        true
    };
    (BrTable) => {
        true
    };
    (BrOnNull) => {
        true
    };
    (BrOnNonNull) => {
        true
    };
    (Return) => {
        true
    };
    ($op:ident) => {
        false
    };
}

/// Whether `$op` is an integer operator whose result can be computed in place.
macro_rules! in_place {
    (I32Add) => {
        true
    };
    (I64Add) => {
        true
    };
    (I32Sub) => {
        true
    };
    (I64Sub) => {
        true
    };
    (I32Mul) => {
        true
    };
    (I64Mul) => {
        true
    };
    (I32And) => {
        true
    };
    (I64And) => {
        true
    };
    (I32Or) => {
        true
    };
    (I64Or) => {
        true
    };
    (I32Xor) => {
        true
    };
    (I64Xor) => {
        true
    };
    (I32Shl) => {
        true
    };
    (I64Shl) => {
        true
    };
    (I32ShrS) => {
        true
    };
    (I64ShrS) => {
        true
    };
    (I32ShrU) => {
        true
    };
    (I64ShrU) => {
        true
    };
    (I32Rotl) => {
        true
    };
    (I64Rotl) => {
        true
    };
    (I32Rotr) => {
        true
    };
    (I64Rotr) => {
        true
    };
    ($op:ident) => {
        false
    };
}

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

macro_rules! define_validate_and_compile {
    ($(@$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*))*) => {
        $(
            #[inline(always)]
            fn $visit(&mut self $($(,$arg: $argty)*)?) -> Self::Output {
                self.validator
                    .visitor(self.offset as u64)
                    .$visit($($($arg.clone()),*)?)?;
                if changes_frames!($op) {
                    self.current_frame = self.validator.get_control_frame(0).map(|frame| frame.kind);
                    // A label may bind here: no check proven before holds on every path.
                    self.codegen.cx.proven_bounds.clear();
                }
                let compiled = if self.prepare(consumes_flags!($op), changes_frames!($op), in_place!($op))? {
                    self.codegen.$visit($($($arg),*)?)
                } else {
                    Ok(())
                };
                if cfg!(debug_assertions)
                    && compiled.is_ok()
                    && merges!($op)
                    && self.current_frame.is_some()
                {
                    self.codegen.check_merge_invariants(self.validator);
                }
                compiled
            }
        )*
    };
}

macro_rules! define_validate_and_compile_simd {
    ($(@$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*))*) => {
        $(
            #[inline(always)]
            fn $visit(&mut self $($(,$arg: $argty)*)?) -> Self::Output {
                self.validator
                    .simd_visitor(self.offset as u64)
                    .$visit($($($arg.clone()),*)?)?;
                if self.prepare(false, false, false)? {
                    self.codegen.$visit($($($arg),*)?)
                } else {
                    Ok(())
                }
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

impl FrameStack for ValidateAndCompile<'_, '_, '_> {
    fn current_frame(&self) -> Option<FrameKind> {
        // The decoder asks before every operator (is the body still open? is an `else`
        // inside an `if`?); the answer is the validator's, cached.
        self.current_frame
    }
}

impl<'a> VisitOperator<'a> for ValidateAndCompile<'_, '_, '_> {
    type Output = CompileResult<()>;

    fn simd_visitor(&mut self) -> Option<&mut dyn VisitSimdOperator<'a, Output = Self::Output>> {
        Some(self)
    }

    for_each_visit_operator!(define_validate_and_compile);
}

impl<'a> VisitSimdOperator<'a> for ValidateAndCompile<'_, '_, '_> {
    for_each_visit_simd_operator!(define_validate_and_compile_simd);
}
