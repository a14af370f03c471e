//! Choosing what lives in callee-saved registers for a whole function: the most used
//! integer locals, and the base address of linear memory 0.
//!
//! Before a body is compiled, one quick decoding pass counts how often each integer
//! local is read or written and how often memory 0 is accessed, weighting uses inside
//! loops more (a use `d` loops deep counts `4^d`, capped). The highest-scoring
//! candidates are pinned to [`PINNABLE_GPRS`](crate::x64::regs::PINNABLE_GPRS): a
//! pinned local's value lives in its register from the prologue to the epilogue, so no
//! control-flow merge ever has to move it and no call has to save it (the registers are
//! callee-saved); a pinned memory base saves reloading it from the `VMContext` at every
//! access (it never changes: memories grow in place). Locals ranked below those that
//! are still used about four times in a loop take
//! [`CALLER_SAVED_PINNABLE_GPRS`](crate::x64::regs::CALLER_SAVED_PINNABLE_GPRS),
//! which the value stack then does without; calls save and reload those.
//!
//! The pass only decodes; validation happens in the compiling pass. A body that fails
//! to decode here simply ends the count early.

use wasmparser::{BinaryReader, MemArg, Operator, OperatorsReader};

use crate::module::ValType;
use crate::x64::regs::{CALLER_SAVED_PINNABLE_GPRS, PINNABLE_GPRS};
use crate::x64::Gpr;

/// Loop depth beyond which a use weighs no more.
const MAX_WEIGHTED_DEPTH: u32 = 6;

/// A candidate needs at least this score to be worth a register: saving and restoring
/// the register and loading its value cost about as much as three memory accesses.
const MIN_SCORE: u64 = 3;

/// A local needs at least this score for a caller-saved register, which every call
/// stores and reloads: about four uses inside a loop.
const MIN_CALLER_SAVED_SCORE: u64 = 16;

/// What one function keeps in callee-saved registers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Pinning {
    /// For every local (parameters first), the register it is pinned to, if any.
    pub locals: Vec<Option<Gpr>>,
    /// The register holding memory 0's base address, if any.
    pub memory_base: Option<Gpr>,
}

impl Pinning {
    /// Every pinned callee-saved register, locals in order first, then the memory base:
    /// the order of their save slots in the frame. (Caller-saved ones are saved around
    /// calls instead.)
    pub fn saved_registers(&self) -> Vec<Gpr> {
        self.locals
            .iter()
            .flatten()
            .chain(&self.memory_base)
            .filter(|reg| PINNABLE_GPRS.contains(reg))
            .copied()
            .collect()
    }
}

/// Chooses the pinned registers of a body whose locals (parameters first) have types
/// `locals`; `has_memory` says whether the module has a memory 0. `reader` is positioned
/// at the body's first operator.
pub(crate) fn choose(reader: BinaryReader<'_>, locals: &[ValType], has_memory: bool) -> Pinning {
    let mut pinning = Pinning {
        locals: vec![None; locals.len()],
        memory_base: None,
    };
    if !has_memory && !locals.iter().any(|ty| is_pinnable(*ty)) {
        return pinning;
    }
    let scores = score(reader, locals);
    // Candidates: (score, index); the memory base is index `locals.len()`.
    let mut ranked: Vec<(u64, usize)> = scores
        .locals
        .iter()
        .copied()
        .enumerate()
        .chain(has_memory.then_some((locals.len(), scores.memory)))
        .filter(|(_, score)| *score >= MIN_SCORE)
        .map(|(index, score)| (score, index))
        .collect();
    // Highest score first; on ties the lower index, so the choice is deterministic.
    ranked.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut callee_saved = PINNABLE_GPRS.into_iter();
    let mut caller_saved = CALLER_SAVED_PINNABLE_GPRS.into_iter();
    for (score, index) in ranked {
        match pinning.locals.get_mut(index) {
            Some(local) => {
                *local = callee_saved.next().or_else(|| {
                    (score >= MIN_CALLER_SAVED_SCORE)
                        .then(|| caller_saved.next())
                        .flatten()
                })
            }
            None => pinning.memory_base = callee_saved.next(),
        }
    }
    pinning
}

/// Whether a local of type `ty` may be pinned.
fn is_pinnable(ty: ValType) -> bool {
    matches!(ty, ValType::I32 | ValType::I64)
}

/// Weighted use counts.
struct Scores {
    /// Per local (0 for locals that cannot be pinned).
    locals: Vec<u64>,
    /// Accesses to memory 0.
    memory: u64,
}

/// Counts the weighted uses of each local and of memory 0.
fn score(reader: BinaryReader<'_>, locals: &[ValType]) -> Scores {
    let mut scores = Scores {
        locals: vec![0u64; locals.len()],
        memory: 0,
    };
    // One entry per open block: whether it is a loop.
    let mut frames: Vec<bool> = Vec::new();
    let mut loop_depth: u32 = 0;
    let mut operators = OperatorsReader::new(reader);
    while !operators.eof() {
        let Ok(operator) = operators.read() else {
            break;
        };
        let weight = 1u64 << (2 * loop_depth.min(MAX_WEIGHTED_DEPTH));
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
                    scores.locals[index] = scores.locals[index].saturating_add(weight);
                }
            }
            ref other => {
                if memory_zero_access(other) {
                    scores.memory = scores.memory.saturating_add(weight);
                }
            }
        }
    }
    scores
}

/// Whether `operator` loads from or stores to memory 0.
fn memory_zero_access(operator: &Operator<'_>) -> bool {
    use Operator::*;
    let memarg: &MemArg = match operator {
        I32Load { memarg }
        | I64Load { memarg }
        | F32Load { memarg }
        | F64Load { memarg }
        | I32Load8S { memarg }
        | I32Load8U { memarg }
        | I32Load16S { memarg }
        | I32Load16U { memarg }
        | I64Load8S { memarg }
        | I64Load8U { memarg }
        | I64Load16S { memarg }
        | I64Load16U { memarg }
        | I64Load32S { memarg }
        | I64Load32U { memarg }
        | I32Store { memarg }
        | I64Store { memarg }
        | F32Store { memarg }
        | F64Store { memarg }
        | I32Store8 { memarg }
        | I32Store16 { memarg }
        | I64Store8 { memarg }
        | I64Store16 { memarg }
        | I64Store32 { memarg }
        | V128Load { memarg }
        | V128Store { memarg }
        | V128Load8x8S { memarg }
        | V128Load8x8U { memarg }
        | V128Load16x4S { memarg }
        | V128Load16x4U { memarg }
        | V128Load32x2S { memarg }
        | V128Load32x2U { memarg }
        | V128Load8Splat { memarg }
        | V128Load16Splat { memarg }
        | V128Load32Splat { memarg }
        | V128Load64Splat { memarg }
        | V128Load32Zero { memarg }
        | V128Load64Zero { memarg } => memarg,
        _ => return false,
    };
    matches!(memarg.target, wasmparser::MemArgTarget::Memory(0))
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
        choose(reader, locals, false).locals
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
        let pinned = choose(BinaryReader::new(&bytes, 0), &[ValType::I32], true).locals;
        assert_eq!(pinned, vec![Some(PINNABLE_GPRS[0])]);
    }

    #[test]
    fn memory_base_competes_with_locals() {
        let module = wat::parse_str(
            "(module (memory 1) (func (param i32)
               (loop (drop (i32.load (local.get 0))) (drop (i32.load offset=4 (local.get 0))))))",
        )
        .unwrap();
        let mut code = None;
        for payload in wasmparser::Parser::new(0).parse_all(&module) {
            if let Ok(wasmparser::Payload::CodeSectionEntry(entry)) = payload {
                code = Some(entry);
            }
        }
        let mut reader = code.unwrap().get_binary_reader();
        assert_eq!(reader.read_var_u32().unwrap(), 0);
        let pinning = choose(reader.clone(), &[ValType::I32], true);
        assert_eq!(pinning.locals, vec![Some(PINNABLE_GPRS[0])]);
        assert_eq!(pinning.memory_base, Some(PINNABLE_GPRS[1]));
        assert_eq!(pinning.saved_registers(), PINNABLE_GPRS[..2].to_vec());
        assert_eq!(choose(reader, &[ValType::I32], false).memory_base, None);
    }
}
