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
//! access (it never changes: memories grow in place). In a body with calls, locals
//! ranked below those that are still used about four times in a loop take
//! [`CALLER_SAVED_PINNABLE_GPRS`](crate::x64::regs::CALLER_SAVED_PINNABLE_GPRS),
//! which the value stack then does without; calls save and reload those. A body
//! without calls hands its locals the caller-saved registers first, since keeping
//! them costs nothing there, and the callee-saved ones after.
//!
//! A body that catches exceptions (`try_table`, `try`) pins nothing and saves every
//! callee-saved register instead: a handler is entered by the unwinder from deeper
//! frames, which may have used those registers for their own locals, so nothing may
//! live in them across a call there, and the epilogue must still give the caller back
//! its values.
//!
//! The pass only decodes; validation happens in the compiling pass. A body that fails
//! to decode here simply ends the count early.

use wasmparser::{BinaryReader, MemArg, Operator, OperatorsReader, OperatorsReaderAllocations};

use crate::module::ValType;
use crate::x64::regs::{
    CALLER_SAVED_PINNABLE_GPRS, CALLER_SAVED_PINNABLE_WITH_CALLS, PINNABLE_GPRS,
};
use crate::x64::Gpr;

/// Loop depth beyond which a use weighs no more.
const MAX_WEIGHTED_DEPTH: u32 = 6;

/// A candidate needs at least this score to be worth a register: saving and restoring
/// the register and loading its value cost about as much as three memory accesses.
const MIN_SCORE: u64 = 3;

/// In a body that calls anything, a local needs at least this score for a caller-saved
/// register, which every call stores and reloads: about four uses inside a loop. (In
/// one that calls nothing, [`MIN_SCORE`] is enough.)
const MIN_CALLER_SAVED_SCORE: u64 = 16;

/// What one function keeps in callee-saved registers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Pinning {
    /// For every local (parameters first), the register it is pinned to, if any.
    pub locals: Vec<Option<Gpr>>,
    /// The register holding memory 0's base address, if any.
    pub memory_base: Option<Gpr>,
    /// Whether the body catches exceptions: then nothing is pinned and every
    /// callee-saved register is saved (see the module documentation).
    pub catches: bool,
}

impl Pinning {
    /// Every pinned callee-saved register, locals in order first, then the memory base:
    /// the order of their save slots in the frame. (Caller-saved ones are saved around
    /// calls instead.)
    pub fn saved_registers(&self) -> Vec<Gpr> {
        if self.catches {
            return PINNABLE_GPRS.to_vec();
        }
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
        catches: false,
    };
    let scores = score(reader, locals);
    if scores.catches {
        pinning.catches = true;
        return pinning;
    }
    if !has_memory && !locals.iter().any(|ty| is_pinnable(*ty)) {
        return pinning;
    }
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
    // Without calls a caller-saved register costs nothing to keep (no save in the
    // prologue, no store and reload around calls), so locals take those first; and no
    // builtin needs its argument registers. The memory base stays callee-saved: a
    // caller-saved one would have to be reloaded after every call.
    let mut caller_saved = CALLER_SAVED_PINNABLE_GPRS
        .into_iter()
        .take(if scores.calls {
            CALLER_SAVED_PINNABLE_WITH_CALLS
        } else {
            CALLER_SAVED_PINNABLE_GPRS.len()
        });
    for (score, index) in ranked {
        match pinning.locals.get_mut(index) {
            Some(local) if scores.calls => {
                *local = callee_saved.next().or_else(|| {
                    (score >= MIN_CALLER_SAVED_SCORE)
                        .then(|| caller_saved.next())
                        .flatten()
                })
            }
            Some(local) => *local = caller_saved.next().or_else(|| callee_saved.next()),
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
    /// Whether the body calls anything (functions or runtime builtins).
    calls: bool,
    /// Whether the body catches exceptions (`try_table`, `try`).
    catches: bool,
}

/// Counts the weighted uses of each local and of memory 0.
///
/// The common operators (locals, loads and stores, constants, calls, branches, block
/// structure and every one-byte operator) are skipped over by hand, which is several
/// times cheaper than decoding them; the rest go through wasmparser's decoder.
fn score(mut reader: BinaryReader<'_>, locals: &[ValType]) -> Scores {
    let mut scan = Scan::new(locals);
    let Ok(bytes) = reader.read_bytes(reader.bytes_remaining()) else {
        return scan.finish();
    };
    let mut cursor = Cursor { bytes, pos: 0 };
    let mut slow_path = OperatorsReaderAllocations::default();
    while cursor.pos < bytes.len() {
        match scan.fast_path(&mut cursor) {
            Some(true) => {}
            Some(false) => {
                let mut operators = OperatorsReader::new_with_allocs(
                    BinaryReader::new(&bytes[cursor.pos..], 0),
                    std::mem::take(&mut slow_path),
                );
                let Ok(operator) = operators.read() else {
                    break;
                };
                cursor.pos += operators.original_position() as usize;
                scan.operator(&operator);
                slow_path = operators.into_allocations();
            }
            None => break,
        }
    }
    scan.finish()
}

/// A position in a body's operator bytes.
struct Cursor<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Cursor<'_> {
    #[inline(always)]
    fn byte(&mut self) -> Option<u8> {
        let byte = *self.bytes.get(self.pos)?;
        self.pos += 1;
        Some(byte)
    }

    /// Skips one LEB128 number of any width.
    #[inline(always)]
    fn skip_leb(&mut self) -> Option<()> {
        while self.byte()? & 0x80 != 0 {}
        Some(())
    }

    /// Reads an unsigned LEB128 number; `None` if it does not fit 32 bits.
    #[inline(always)]
    fn u32(&mut self) -> Option<u32> {
        // Nearly every index is below 128: one byte.
        let byte = self.byte()?;
        if byte & 0x80 == 0 {
            return Some(u32::from(byte));
        }
        self.u32_continued(byte)
    }

    /// The rest of [`Cursor::u32`] after a `first` byte with its continuation bit set.
    #[inline(never)]
    fn u32_continued(&mut self, first: u8) -> Option<u32> {
        let mut value = u32::from(first & 0x7f);
        for shift in (7..35).step_by(7) {
            let byte = self.byte()?;
            value |= u32::from(byte & 0x7f).checked_shl(shift)?;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }

    fn skip(&mut self, bytes: usize) -> Option<()> {
        self.pos = self.pos.checked_add(bytes)?;
        (self.pos <= self.bytes.len()).then_some(())
    }
}

/// The state of the scoring scan.
struct Scan<'l> {
    scores: Scores,
    locals: &'l [ValType],
    /// One entry per open block: whether it is a loop.
    frames: Vec<bool>,
    loop_depth: u32,
    /// What a use counts at the current loop depth: `4^min(depth, MAX_WEIGHTED_DEPTH)`.
    weight: u64,
}

impl<'l> Scan<'l> {
    /// A scan of a body whose locals (parameters first) have types `locals`.
    fn new(locals: &'l [ValType]) -> Self {
        Scan {
            scores: Scores {
                locals: vec![0u64; locals.len()],
                memory: 0,
                calls: false,
                catches: false,
            },
            locals,
            frames: Vec::new(),
            loop_depth: 0,
            weight: 1,
        }
    }

    /// The scores, with those of locals that cannot be pinned zeroed.
    fn finish(mut self) -> Scores {
        for (score, ty) in self.scores.locals.iter_mut().zip(self.locals) {
            if !is_pinnable(*ty) {
                *score = 0;
            }
        }
        self.scores
    }

    fn set_loop_depth(&mut self, depth: u32) {
        self.loop_depth = depth;
        self.weight = 1u64 << (2 * depth.min(MAX_WEIGHTED_DEPTH));
    }

    fn open(&mut self, is_loop: bool) {
        self.frames.push(is_loop);
        if is_loop {
            self.set_loop_depth(self.loop_depth + 1);
        }
    }

    fn close(&mut self) {
        if self.frames.pop() == Some(true) {
            self.set_loop_depth(self.loop_depth - 1);
        }
    }

    /// Counts a use of local `index`, whatever its type ([`Scan::finish`] drops the
    /// locals that cannot be pinned), and nothing for an index out of range.
    #[inline(always)]
    fn local(&mut self, index: u32) {
        if let Some(score) = self.scores.locals.get_mut(index as usize) {
            *score = score.saturating_add(self.weight);
        }
    }

    #[inline(always)]
    fn memory_access(&mut self) {
        self.scores.memory = self.scores.memory.saturating_add(self.weight);
    }

    /// Skips the operator at the cursor if it is a common one, counting it: `Some(true)`
    /// if it was, `Some(false)` (cursor unmoved) if wasmparser must decode it, `None` if
    /// the bytes end inside it.
    fn fast_path(&mut self, cursor: &mut Cursor<'_>) -> Option<bool> {
        let start = cursor.pos;
        match cursor.byte()? {
            // unreachable, nop, else, return, drop, select, ref.is_null and every
            // numeric operator without immediates.
            0x00 | 0x01 | 0x05 | 0x0f | 0x1a | 0x1b | 0x45..=0xc4 | 0xd1 => {}
            // block, loop and if with an empty, single-byte or type-index block type.
            opcode @ 0x02..=0x04 => {
                if matches!(cursor.bytes.get(cursor.pos), Some(0x63 | 0x64)) {
                    cursor.pos = start;
                    return Some(false);
                }
                cursor.skip_leb()?;
                self.open(opcode == 0x03);
            }
            0x0b => self.close(),
            // br, br_if, global.get/set, table.get/set, memory.size, ref.null, ref.func:
            // one LEB128 immediate.
            0x0c | 0x0d | 0x23..=0x26 | 0x3f | 0xd0 | 0xd2 => {
                cursor.skip_leb()?;
            }
            // call, return_call, and memory.grow (a runtime call): the same.
            0x10 | 0x12 | 0x40 => {
                cursor.skip_leb()?;
                self.scores.calls = true;
            }
            0x0e => {
                let targets = cursor.u32()?;
                for _ in 0..=targets {
                    cursor.skip_leb()?;
                }
            }
            // call_indirect, return_call_indirect: type and table.
            0x11 | 0x13 => {
                cursor.skip_leb()?;
                cursor.skip_leb()?;
                self.scores.calls = true;
            }
            0x20..=0x22 => {
                let index = cursor.u32()?;
                self.local(index);
            }
            0x28..=0x3e => self.memarg(cursor, true)?,
            0x41 | 0x42 => cursor.skip_leb()?,
            0x43 => cursor.skip(4)?,
            0x44 => cursor.skip(8)?,
            // The saturating truncations; the other 0xfc operators (bulk memory and
            // tables, some of them calls) are decoded.
            0xfc => match cursor.u32()? {
                0x00..=0x07 => {}
                _ => {
                    cursor.pos = start;
                    return Some(false);
                }
            },
            0xfd => {
                if !self.simd(cursor)? {
                    cursor.pos = start;
                    return Some(false);
                }
            }
            _ => {
                cursor.pos = start;
                return Some(false);
            }
        }
        Some(true)
    }

    /// Skips a memory argument, counting an access to memory 0 if `counts`.
    #[inline(always)]
    fn memarg(&mut self, cursor: &mut Cursor<'_>, counts: bool) -> Option<()> {
        let align = cursor.u32()?;
        let memory = if align & 0x40 != 0 { cursor.u32()? } else { 0 };
        cursor.skip_leb()?;
        if counts && memory == 0 {
            self.memory_access();
        }
        Some(())
    }

    /// Skips the rest of a SIMD (`0xfd`) operator, counting it as wasmparser's decoding
    /// would: `Some(false)` if the operator is not one of those handled here (the caller
    /// rewinds and decodes it), `None` if the bytes end inside it.
    fn simd(&mut self, cursor: &mut Cursor<'_>) -> Option<bool> {
        match cursor.u32()? {
            // Loads, splat loads, `v128.store`, `v128.load32_zero`, `v128.load64_zero`.
            0x00..=0x0b | 0x5c | 0x5d => self.memarg(cursor, true)?,
            // `v128.const` and `i8x16.shuffle`: 16 bytes.
            0x0c | 0x0d => cursor.skip(16)?,
            // Lane extractions and replacements: one lane byte.
            0x15..=0x22 => cursor.skip(1)?,
            // Lane loads and stores (which the count leaves out, like
            // `memory_zero_access`): a memory argument and a lane byte.
            0x54..=0x5b => {
                self.memarg(cursor, false)?;
                cursor.skip(1)?;
            }
            // Every other SIMD and relaxed SIMD operator: no immediates.
            0x0e..=0x14
            | 0x23..=0x53
            | 0x5e..=0x99
            | 0x9b..=0xa1
            | 0xa3..=0xa4
            | 0xa7..=0xae
            | 0xb1
            | 0xb5..=0xba
            | 0xbc..=0xc1
            | 0xc3..=0xc4
            | 0xc7..=0xce
            | 0xd1
            | 0xd5..=0xe1
            | 0xe3..=0xed
            | 0xef..=0x113 => {}
            _ => return Some(false),
        }
        Some(true)
    }

    /// Counts an operator wasmparser decoded.
    fn operator(&mut self, operator: &Operator<'_>) {
        match operator {
            Operator::Block { .. } | Operator::If { .. } => self.open(false),
            Operator::TryTable { .. } | Operator::Try { .. } => {
                self.scores.catches = true;
                self.open(false)
            }
            Operator::Loop { .. } => self.open(true),
            Operator::End => self.close(),
            Operator::LocalGet { local_index }
            | Operator::LocalSet { local_index }
            | Operator::LocalTee { local_index } => self.local(*local_index),
            other => {
                if memory_zero_access(other) {
                    self.memory_access();
                }
                if calls_out(other) {
                    self.scores.calls = true;
                }
            }
        }
    }
}

/// Whether `operator` (one wasmparser decoded) is compiled to a call: a function
/// reference call or a runtime builtin. (The fast path counts the other calls.)
fn calls_out(operator: &Operator<'_>) -> bool {
    use Operator::*;
    matches!(
        operator,
        Call { .. }
            | CallIndirect { .. }
            | ReturnCall { .. }
            | ReturnCallIndirect { .. }
            | CallRef { .. }
            | ReturnCallRef { .. }
            | MemoryGrow { .. }
            | MemoryInit { .. }
            | DataDrop { .. }
            | MemoryCopy { .. }
            | MemoryFill { .. }
            | TableInit { .. }
            | ElemDrop { .. }
            | TableCopy { .. }
            | TableGrow { .. }
            | TableFill { .. }
    )
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

    /// The scores of decoding every operator with wasmparser: what the fast path must
    /// reproduce.
    fn score_by_decoding(reader: BinaryReader<'_>, locals: &[ValType]) -> Scores {
        let mut scan = Scan::new(locals);
        let mut operators = OperatorsReader::new(reader);
        while let Ok(operator) = operators.read() {
            scan.operator(&operator);
        }
        scan.finish()
    }

    /// Every body of `wasm` with its locals' types, positioned at its first operator.
    fn bodies(wasm: &[u8]) -> Vec<(BinaryReader<'_>, Vec<ValType>)> {
        let mut types = Vec::new();
        let mut functions = Vec::new();
        let mut bodies = Vec::new();
        let mut defined = 0;
        // These tests declare no typed references.
        let signatures = lightbeam_entity::PrimaryMap::new();
        for payload in wasmparser::Parser::new(0).parse_all(wasm) {
            match payload.unwrap() {
                wasmparser::Payload::TypeSection(reader) => {
                    for ty in reader.into_iter_err_on_gc_types() {
                        types.push(ty.unwrap().params().to_vec());
                    }
                }
                wasmparser::Payload::FunctionSection(reader) => {
                    functions = reader.into_iter().map(|ty| ty.unwrap()).collect();
                }
                wasmparser::Payload::CodeSectionEntry(body) => {
                    let mut locals: Vec<ValType> = types[functions[defined] as usize]
                        .iter()
                        .map(|ty| ValType::from_wasm(*ty, &signatures, 0).unwrap())
                        .collect();
                    defined += 1;
                    let mut reader = body.get_binary_reader();
                    for _ in 0..reader.read_var_u32().unwrap() {
                        let count = reader.read_var_u32().unwrap();
                        let ty =
                            ValType::from_wasm(reader.read().unwrap(), &signatures, 0).unwrap();
                        locals.extend(std::iter::repeat_n(ty, count as usize));
                    }
                    bodies.push((reader, locals));
                }
                _ => {}
            }
        }
        bodies
    }

    #[test]
    fn skipping_common_operators_scores_like_decoding_them_all() {
        let wasm = wat::parse_str(
            r#"(module
              (type $t (func (param i32) (result i32)))
              (memory $a 1) (memory $b 1)
              (table 1 funcref) (global $g (mut i64) (i64.const 0))
              (func $f (type $t) (local i64 f32 f64 v128 i32)
                (local.set 5 (i32.const -1_000_000))
                (block $out (result i32)
                  (loop $top
                    (local.set 1 (i64.add (local.get 1) (i64.const 0x7fff_ffff_ffff)))
                    (global.set $g (local.get 1))
                    (drop (f32.add (local.get 2) (f32.const 1.5)))
                    (drop (f64.mul (local.get 3) (f64.const 2.25)))
                    (i32.store $a offset=8 (local.get 0) (i32.load $a (local.get 5)))
                    (i64.store $b offset=16 align=4 (local.get 0) (i64.load $b (local.get 0)))
                    (local.set 4 (v128.load $a (local.get 0)))
                    (v128.store $b (local.get 0) (v128.load32_splat $a (local.get 5)))
                    (local.set 4 (v128.load8_lane $a 3 (local.get 0) (local.get 4)))
                    (v128.store16_lane $a offset=2 1 (local.get 5) (local.get 4))
                    (local.set 4 (v128.load64_zero $a (local.get 0)))
                    (drop (i32x4.extract_lane 2 (i32x4.add (local.get 4)
                      (i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 31 (local.get 4)
                        (v128.const i32x4 1 2 3 4)))))
                    (drop (f32x4.relaxed_madd (local.get 4) (local.get 4) (local.get 4)))
                    (drop (i64.trunc_sat_f64_u (local.get 3)))
                    (memory.fill $a (local.get 0) (local.get 5) (local.get 0))
                    (drop (memory.size $b)) (drop (memory.grow $a (i32.const 0)))
                    (drop (call_indirect (type $t) (local.get 0) (i32.const 0)))
                    (drop (select (result i32) (local.get 0) (local.get 5) (local.get 5)))
                    (if (result i32) (local.get 0)
                      (then (local.tee 5 (call $f (local.get 5))))
                      (else (i32.const 3)))
                    (br_table $out $top $out (local.get 0)))
                  (unreachable))))"#,
        )
        .unwrap();
        let (reader, locals) = bodies(&wasm).pop().unwrap();
        let fast = score(reader.clone(), &locals);
        let by_decoding = score_by_decoding(reader, &locals);
        assert_eq!(fast.locals, by_decoding.locals);
        assert_eq!(fast.memory, by_decoding.memory);
        assert!(fast.calls && by_decoding.calls);
        assert!(
            fast.memory > 0 && fast.locals[5] > 16,
            "uses in the loop count"
        );
    }

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
        assert_eq!(pinned[3], Some(CALLER_SAVED_PINNABLE_GPRS[0]));
        assert_eq!(pinned[4], Some(CALLER_SAVED_PINNABLE_GPRS[1]));
        assert_eq!(pinned[5], Some(CALLER_SAVED_PINNABLE_GPRS[2]));
        assert_eq!(
            pinned[0],
            Some(PINNABLE_GPRS[0]),
            "ties go to the lower index"
        );
        assert_eq!(
            pinned[1],
            Some(PINNABLE_GPRS[1]),
            "nothing is called: the caller-saved registers first, then callee-saved ones"
        );
        assert_eq!(pinned[2], None, "used once: not worth a register");
    }

    #[test]
    fn a_body_that_calls_keeps_caller_saved_registers_for_hot_locals() {
        let locals = [ValType::I32; 8];
        let params = "(param i32 i32 i32 i32 i32 i32 i32 i32)";
        let uses = "(loop (drop (local.get 0)) (drop (local.get 1)) (drop (local.get 2))
                          (drop (local.get 3)) (drop (local.get 4)) (drop (local.get 4))
                          (drop (local.get 4)) (drop (local.get 4)))
                    (drop (local.get 5)) (drop (local.get 5)) (drop (local.get 5))
                    (drop (local.get 6)) (drop (local.get 6)) (drop (local.get 6))";
        // Without a call the caller-saved registers go first, and locals 5 and 6 (three
        // uses outside the loop) are still worth a register.
        let pinned = pinned_for(params, uses, &locals);
        assert_eq!(pinned[4], Some(CALLER_SAVED_PINNABLE_GPRS[0]));
        assert_eq!(pinned[0], Some(CALLER_SAVED_PINNABLE_GPRS[1]));
        assert_eq!(pinned[1], Some(CALLER_SAVED_PINNABLE_GPRS[2]));
        assert_eq!(pinned[2], Some(PINNABLE_GPRS[0]));
        assert_eq!(pinned[3], Some(PINNABLE_GPRS[1]));
        assert_eq!(pinned[5], Some(PINNABLE_GPRS[2]));
        assert_eq!(pinned[6], Some(PINNABLE_GPRS[3]));
        // With one (direct, or memory.grow, a runtime call), the caller-saved registers
        // only go to locals used about four times in a loop (local 3 is used once
        // there), and never r8.
        for call in [
            "(call 0 (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)
                              (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0))",
            "(drop (memory.grow (i32.const 0)))",
        ] {
            let module = format!("{uses} {call}");
            let pinned = pinned_for(params, &module, &locals);
            assert_eq!(pinned[4], Some(PINNABLE_GPRS[0]), "{call}");
            assert_eq!(pinned[3], None, "{call}");
            assert_eq!(pinned[5], None, "{call}");
            assert_eq!(pinned[6], None, "{call}");
        }
    }

    #[test]
    fn floats_are_never_pinned() {
        let locals = [ValType::F64, ValType::I32];
        let body = "(loop (drop (local.get 0)) (drop (local.get 1)))";
        let pinned = pinned_for("(param f64 i32)", body, &locals);
        assert_eq!(pinned, vec![None, Some(CALLER_SAVED_PINNABLE_GPRS[0])]);
    }

    #[test]
    fn undecodable_or_out_of_range_bodies_end_the_count_quietly() {
        // local.get 7 (out of range), then a truncated local.get.
        let bytes = [0x03, 0x40, 0x20, 0x07, 0x20, 0x00, 0x20];
        let pinned = choose(BinaryReader::new(&bytes, 0), &[ValType::I32], true).locals;
        assert_eq!(pinned, vec![Some(CALLER_SAVED_PINNABLE_GPRS[0])]);
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
        assert_eq!(
            pinning.locals,
            vec![Some(CALLER_SAVED_PINNABLE_GPRS[0])],
            "nothing is called"
        );
        assert_eq!(
            pinning.memory_base,
            Some(PINNABLE_GPRS[0]),
            "the memory base is always callee-saved"
        );
        assert_eq!(pinning.saved_registers(), vec![PINNABLE_GPRS[0]]);
        assert_eq!(choose(reader, &[ValType::I32], false).memory_base, None);
    }
}
