//! A deliberately injected miscompilation, to measure how quickly the
//! `differential` target finds one and how small `replay --shrink` makes it.
//!
//! The wrapped engine receives every module rewritten so that each `i32.sub`
//! computes `b - a` instead of `a - b` (it is followed by `i32.const -1;
//! i32.mul`): exactly what a code generator emitting the operands of `i32.sub`
//! in the wrong order would do. Select it with
//! `LIGHTBEAM_FUZZ_INJECT=i32.sub` (see [`tested_engine`](super::tested_engine)).

use std::convert::Infallible;

use spec_runner::engine::Engine;
use wasm_encoder::reencode::{Error, Reencode, RoundtripReencoder};
use wasm_encoder::{CodeSection, Instruction};

use super::faulty::{Faults, Faulty};

/// The environment variable that turns the injected bug on.
pub const INJECT_VARIABLE: &str = "LIGHTBEAM_FUZZ_INJECT";

/// `inner` with its `i32.sub` operands reversed: every module it compiles is
/// first rewritten by [`reverse_subtractions`]; everything else is `inner`'s.
pub fn subtraction_reversed<E: Engine>(inner: E) -> Faulty<E> {
    let faults = Faults {
        rewrite_module: Some(reverse_subtractions),
        ..Faults::default()
    };
    Faulty::new(inner, "i32.sub reversed", faults)
}

/// `wasm` with every `i32.sub` negated; `wasm` unchanged when it does not
/// parse (the engine then rejects it as it would have anyway).
pub fn reverse_subtractions(wasm: &[u8]) -> Vec<u8> {
    let mut module = wasm_encoder::Module::new();
    match SubtractionReverser.parse_core_module(&mut module, wasmparser::Parser::new(0), wasm) {
        Ok(()) => module.finish(),
        Err(_) => wasm.to_vec(),
    }
}

struct SubtractionReverser;

impl Reencode for SubtractionReverser {
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
            let is_subtraction = matches!(operator, wasmparser::Operator::I32Sub);
            function.instruction(&RoundtripReencoder.instruction(operator)?);
            if is_subtraction {
                function.instruction(&Instruction::I32Const(-1));
                function.instruction(&Instruction::I32Mul);
            }
        }
        code.function(&function);
        Ok(())
    }
}
