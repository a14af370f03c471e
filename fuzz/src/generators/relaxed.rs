//! Relaxed SIMD the oracles can compare bit for bit.
//!
//! lightbeam runs relaxed SIMD in the spec's deterministic profile, where every
//! relaxed instruction has one result. The reference engines compute the same for
//! `relaxed_swizzle`, the four `relaxed_trunc`s, the four `relaxed_laneselect`s and
//! `relaxed_q15mulr_s` (their non-relaxed counterparts), but not for the rest:
//!
//! * `f32x4`/`f64x2` `relaxed_madd` and `relaxed_nmadd`: the profile rounds twice;
//!   wasmi and wasmtime's deterministic mode fuse (round once);
//! * `i16x8.relaxed_dot_i8x16_i7x16_s` and `i32x4.relaxed_dot_i8x16_i7x16_add_s`: the
//!   profile saturates the 16-bit pair sums; wasmi wraps them, wasmtime wraps the
//!   first and sums the second exactly in 32 bits (they differ on `-128 * -128`
//!   twice);
//! * `f32x4`/`f64x2` `relaxed_min` and `relaxed_max`: the profile is `fmin`/`fmax`,
//!   whose NaN payload is not deterministic, and wasm-smith's `canonicalize_nans`
//!   does not cover the relaxed forms, so a NaN lane could differ in its payload.
//!
//! [`comparable_relaxed_simd`] therefore replaces each of those in a generated
//! module by a comparable relaxed instruction of the same type: the ternary ones
//! by a `relaxed_laneselect`, the binary ones by `relaxed_swizzle` or
//! `relaxed_q15mulr_s`. lightbeam's lowering of the replaced ones is checked against
//! the spec's profile by `compiler/tests/relaxed_simd.rs` instead.

use std::convert::Infallible;

use wasm_encoder::reencode::{Error, Reencode, RoundtripReencoder};
use wasm_encoder::{CodeSection, Instruction};
use wasmparser::Operator;

/// `wasm` with every relaxed instruction the references do not compute as the
/// deterministic profile does replaced (see the module documentation); `None` when
/// it does not parse.
pub fn comparable_relaxed_simd(wasm: &[u8]) -> Option<Vec<u8>> {
    let mut module = wasm_encoder::Module::new();
    RelaxedReplacer
        .parse_core_module(&mut module, wasmparser::Parser::new(0), wasm)
        .ok()?;
    Some(module.finish())
}

/// The comparable instruction that replaces `operator`, if it must be replaced.
pub fn replacement(operator: &Operator<'_>) -> Option<Instruction<'static>> {
    Some(match operator {
        Operator::F32x4RelaxedMadd | Operator::F32x4RelaxedNmadd => {
            Instruction::I32x4RelaxedLaneselect
        }
        Operator::F64x2RelaxedMadd | Operator::F64x2RelaxedNmadd => {
            Instruction::I64x2RelaxedLaneselect
        }
        Operator::I32x4RelaxedDotI8x16I7x16AddS => Instruction::I8x16RelaxedLaneselect,
        Operator::I16x8RelaxedDotI8x16I7x16S => Instruction::I16x8RelaxedQ15mulrS,
        Operator::F32x4RelaxedMin
        | Operator::F32x4RelaxedMax
        | Operator::F64x2RelaxedMin
        | Operator::F64x2RelaxedMax => Instruction::I8x16RelaxedSwizzle,
        _ => return None,
    })
}

struct RelaxedReplacer;

impl Reencode for RelaxedReplacer {
    type Error = Infallible;

    fn parse_function_body(
        &mut self,
        code: &mut CodeSection,
        body: wasmparser::FunctionBody<'_>,
    ) -> Result<(), Error<Infallible>> {
        let mut function = self.new_function_with_parsed_locals(&body)?;
        let mut operators = body.get_operators_reader()?;
        while !operators.eof() {
            let operator = operators.read()?;
            match replacement(&operator) {
                Some(instruction) => function.instruction(&instruction),
                None => function.instruction(&RoundtripReencoder.instruction(operator)?),
            };
        }
        code.function(&function);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn incomparable_relaxed_instructions_are_replaced_by_comparable_ones() {
        let wat = r#"(module
            (func (export "f") (param v128 v128 v128) (result v128)
                (f32x4.relaxed_madd (local.get 0) (local.get 1) (local.get 2))
                (f64x2.relaxed_nmadd (local.get 1) (local.get 2))
                (i32x4.relaxed_dot_i8x16_i7x16_add_s (local.get 0) (local.get 1))
                (i16x8.relaxed_dot_i8x16_i7x16_s (local.get 2))
                (f32x4.relaxed_min (local.get 0))
                (f64x2.relaxed_max (local.get 1))
                (i8x16.relaxed_swizzle (local.get 2))
                (i32x4.relaxed_trunc_f32x4_s)
                (i16x8.relaxed_q15mulr_s (local.get 0))))"#;
        let wasm = wat::parse_str(wat).unwrap();
        let rewritten = comparable_relaxed_simd(&wasm).expect("the module parses");
        wasmparser::Validator::new()
            .validate_all(&rewritten)
            .expect("the rewrite is valid");
        let text = wasmprinter::print_bytes(&rewritten).unwrap();
        for gone in ["madd", "dot", "relaxed_min", "relaxed_max"] {
            assert!(!text.contains(gone), "{gone} left in:\n{text}");
        }
        for kept in [
            "i32x4.relaxed_laneselect",
            "i64x2.relaxed_laneselect",
            "i8x16.relaxed_laneselect",
            "i8x16.relaxed_swizzle",
            "i32x4.relaxed_trunc_f32x4_s",
            "i16x8.relaxed_q15mulr_s",
        ] {
            assert!(text.contains(kept), "{kept} missing from:\n{text}");
        }
    }
}
