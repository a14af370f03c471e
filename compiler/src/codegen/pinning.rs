//! Choosing which locals live in callee-saved registers for a whole function.
//!
//! Before a body is compiled, one quick decoding pass counts how often each integer
//! local is read or written, weighting uses inside loops more (a use `d` loops deep
//! counts `4^d`, capped). The highest-scoring locals are pinned to
//! [`PINNABLE_GPRS`](crate::x64::regs::PINNABLE_GPRS): their value lives in that
//! register from the prologue to the epilogue, so no control-flow merge ever has to
//! move it and no call has to save it (the registers are callee-saved).
//!
//! The pass only decodes; validation happens in the compiling pass. A body that fails
//! to decode here simply ends the count early.

use wasmparser::{BinaryReader, Operator, OperatorsReader};

use crate::module::ValType;
use crate::x64::regs::PINNABLE_GPRS;
use crate::x64::Gpr;

/// Loop depth beyond which a use weighs no more.
const MAX_WEIGHTED_DEPTH: u32 = 6;

/// A local needs at least this score to be worth a register: saving and restoring the
/// register and loading a parameter cost about as much as three memory accesses.
const MIN_SCORE: u64 = 3;

/// Returns, for every local (parameters first), the register it is pinned to, if any.
/// `reader` is positioned at the body's first operator.
pub(crate) fn choose_pinned_locals(
    reader: BinaryReader<'_>,
    locals: &[ValType],
) -> Vec<Option<Gpr>> {
    let mut pinned = vec![None; locals.len()];
    let candidates = locals.iter().filter(|ty| is_pinnable(**ty)).count();
    if candidates == 0 {
        return pinned;
    }
    let scores = score_locals(reader, locals);
    let mut ranked: Vec<(u64, usize)> = scores
        .iter()
        .enumerate()
        .filter(|(_, score)| **score >= MIN_SCORE)
        .map(|(index, score)| (*score, index))
        .collect();
    // Highest score first; on ties the lower index, so the choice is deterministic.
    ranked.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for ((_, index), reg) in ranked.into_iter().zip(PINNABLE_GPRS) {
        pinned[index] = Some(reg);
    }
    pinned
}

/// Whether a local of type `ty` may be pinned.
fn is_pinnable(ty: ValType) -> bool {
    matches!(ty, ValType::I32 | ValType::I64)
}

/// The weighted use count of each local (0 for locals that cannot be pinned).
fn score_locals(reader: BinaryReader<'_>, locals: &[ValType]) -> Vec<u64> {
    let mut scores = vec![0u64; locals.len()];
    // One entry per open block: whether it is a loop.
    let mut frames: Vec<bool> = Vec::new();
    let mut loop_depth: u32 = 0;
    let mut operators = OperatorsReader::new(reader);
    while !operators.eof() {
        let Ok(operator) = operators.read() else {
            break;
        };
        match operator {
            Operator::Block { .. } | Operator::If { .. } | Operator::TryTable { .. } => {
                frames.push(false)
            }
            Operator::Loop { .. } => {
                frames.push(true);
                loop_depth += 1;
            }
            Operator::End => {
                if frames.pop() == Some(true) {
                    loop_depth -= 1;
                }
            }
            Operator::LocalGet { local_index }
            | Operator::LocalSet { local_index }
            | Operator::LocalTee { local_index } => {
                let index = local_index as usize;
                if locals.get(index).copied().is_some_and(is_pinnable) {
                    let weight = 1u64 << (2 * loop_depth.min(MAX_WEIGHTED_DEPTH));
                    scores[index] = scores[index].saturating_add(weight);
                }
            }
            _ => {}
        }
    }
    scores
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pinned_for(params: &str, body: &str, locals: &[ValType]) -> Vec<Option<Gpr>> {
        let module = wat::parse_str(format!("(module (func {params} {body}))")).unwrap();
        let mut code = None;
        for payload in wasmparser::Parser::new(0).parse_all(&module) {
            if let Ok(wasmparser::Payload::CodeSectionEntry(entry)) = payload {
                code = Some(entry);
            }
        }
        let mut reader = code.unwrap().get_binary_reader();
        for _ in 0..reader.read_var_u32().unwrap() {
            reader.read_var_u32().unwrap();
            reader.read::<wasmparser::ValType>().unwrap();
        }
        choose_pinned_locals(reader, locals)
    }

    #[test]
    fn uses_in_loops_outweigh_uses_outside() {
        let locals = [ValType::I32; 6];
        let body = "
            (drop (local.get 0)) (drop (local.get 0)) (drop (local.get 0))
            (drop (local.get 1)) (drop (local.get 1)) (drop (local.get 1))
            (loop (drop (local.get 5)) (drop (local.get 4)) (drop (local.get 3)))
            (drop (local.get 2))";
        let params = "(param i32 i32 i32 i32 i32 i32)";
        let pinned = pinned_for(params, body, &locals);
        assert_eq!(pinned[3], Some(PINNABLE_GPRS[0]));
        assert_eq!(pinned[4], Some(PINNABLE_GPRS[1]));
        assert_eq!(pinned[5], Some(PINNABLE_GPRS[2]));
        assert_eq!(
            pinned[0],
            Some(PINNABLE_GPRS[3]),
            "ties go to the lower index"
        );
        assert_eq!(pinned[1], None, "only four registers");
        assert_eq!(pinned[2], None, "used once: not worth a register");
    }

    #[test]
    fn floats_are_never_pinned() {
        let locals = [ValType::F64, ValType::I32];
        let body = "(loop (drop (local.get 0)) (drop (local.get 1)))";
        let pinned = pinned_for("(param f64 i32)", body, &locals);
        assert_eq!(pinned, vec![None, Some(PINNABLE_GPRS[0])]);
    }

    #[test]
    fn undecodable_or_out_of_range_bodies_end_the_count_quietly() {
        // local.get 7 (out of range), then a truncated local.get.
        let bytes = [0x03, 0x40, 0x20, 0x07, 0x20, 0x00, 0x20];
        let pinned = choose_pinned_locals(BinaryReader::new(&bytes, 0), &[ValType::I32]);
        assert_eq!(pinned, vec![Some(PINNABLE_GPRS[0])]);
    }
}
