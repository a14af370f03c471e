//! A shrinking pass wasm-shrink lacks: cut a function body after its first
//! `k` instructions, closing every open block with `unreachable; end`, and
//! find the smallest `k` that keeps the divergence (by bisection).

use std::convert::Infallible;

use wasm_encoder::reencode::{Error, Reencode, RoundtripReencoder};
use wasm_encoder::{CodeSection, Instruction};
use wasmparser::{Operator, Parser};

/// `wasm` with the body of the `function`-th defined function cut after
/// `keep` instructions; `None` when `wasm` does not parse.
pub fn truncate_function(wasm: &[u8], function: usize, keep: usize) -> Option<Vec<u8>> {
    let mut module = wasm_encoder::Module::new();
    let mut truncator = Truncator {
        function,
        keep,
        seen: 0,
    };
    truncator
        .parse_core_module(&mut module, Parser::new(0), wasm)
        .ok()?;
    Some(module.finish())
}

/// Number of instructions of each defined function's body.
pub fn body_lengths(wasm: &[u8]) -> Vec<usize> {
    let mut lengths = Vec::new();
    for payload in Parser::new(0).parse_all(wasm).flatten() {
        if let wasmparser::Payload::CodeSectionEntry(body) = payload {
            let count = body
                .get_operators_reader()
                .map(|mut reader| {
                    let mut count = 0;
                    while !reader.eof() && reader.read().is_ok() {
                        count += 1;
                    }
                    count
                })
                .unwrap_or(0);
            lengths.push(count);
        }
    }
    lengths
}

/// Shrinks every function body of `wasm` to the shortest prefix for which
/// `keeps_property` still holds.
pub fn truncate_bodies(
    mut wasm: Vec<u8>,
    mut keeps_property: impl FnMut(&[u8]) -> bool,
) -> Vec<u8> {
    for function in 0..body_lengths(&wasm).len() {
        let length = body_lengths(&wasm)[function];
        // Invariant: keeping `high` instructions keeps the property.
        let (mut low, mut high) = (0, length);
        while low < high {
            let middle = low + (high - low) / 2;
            match truncate_function(&wasm, function, middle) {
                Some(candidate) if keeps_property(&candidate) => high = middle,
                _ => low = middle + 1,
            }
        }
        if high < length {
            if let Some(candidate) = truncate_function(&wasm, function, high) {
                wasm = candidate;
            }
        }
    }
    wasm
}

struct Truncator {
    function: usize,
    keep: usize,
    seen: usize,
}

impl Reencode for Truncator {
    type Error = Infallible;

    fn parse_function_body(
        &mut self,
        code: &mut CodeSection,
        body: wasmparser::FunctionBody<'_>,
    ) -> Result<(), Error<Infallible>> {
        let index = self.seen;
        self.seen += 1;
        let mut function = self.new_function_with_parsed_locals(&body)?;
        let mut operators = body.get_operators_reader()?;
        // The function body itself is the outermost open block.
        let mut open_blocks = 1usize;
        let mut emitted = 0;
        while !operators.eof() {
            if index == self.function && emitted == self.keep {
                for _ in 0..open_blocks {
                    function.instruction(&Instruction::Unreachable);
                    function.instruction(&Instruction::End);
                }
                break;
            }
            let operator = operators.read()?;
            match operator {
                Operator::Block { .. }
                | Operator::Loop { .. }
                | Operator::If { .. }
                | Operator::TryTable { .. } => open_blocks += 1,
                Operator::End => open_blocks -= 1,
                _ => {}
            }
            function.instruction(&RoundtripReencoder.instruction(operator)?);
            emitted += 1;
        }
        code.function(&function);
        Ok(())
    }
}
