//! Deliberately broken modules: valid encodings damaged in small ways, so that
//! the compiler's error paths are exercised, not only its parser's first check.

use arbitrary::{Arbitrary, Result, Unstructured};

/// One small damage done to an encoded module.
#[derive(Arbitrary, Clone, Copy, Debug)]
pub enum BrokenModule {
    /// Overwrite the byte at `position` (modulo the length) with `byte`.
    OverwriteByte {
        /// Where, modulo the module's length.
        position: usize,
        /// The new byte.
        byte: u8,
    },
    /// Flip one bit of the byte at `position`.
    FlipBit {
        /// Where, modulo the module's length.
        position: usize,
        /// Which bit, modulo 8.
        bit: u8,
    },
    /// Cut the module at `length` (modulo the length).
    Truncate {
        /// The new length, modulo the old one.
        length: usize,
    },
    /// Insert `byte` before `position`.
    InsertByte {
        /// Where, modulo the module's length plus one.
        position: usize,
        /// The inserted byte.
        byte: u8,
    },
    /// Remove the byte at `position`.
    RemoveByte {
        /// Where, modulo the module's length.
        position: usize,
    },
    /// Append the range `start..start + length` of the module to its end,
    /// which usually duplicates or misorders a section.
    AppendCopy {
        /// Start of the copied range, modulo the length.
        start: usize,
        /// Length of the copied range, clamped to the module.
        length: usize,
    },
}

/// Damages `wasm` in one of the ways listed in [`BrokenModule`], drawn from `u`.
/// Returns the damage done so a report can say what it was.
pub fn break_module(u: &mut Unstructured<'_>, wasm: &mut Vec<u8>) -> Result<BrokenModule> {
    let damage = BrokenModule::arbitrary(u)?;
    if wasm.is_empty() {
        return Ok(damage);
    }
    let len = wasm.len();
    match damage {
        BrokenModule::OverwriteByte { position, byte } => wasm[position % len] = byte,
        BrokenModule::FlipBit { position, bit } => wasm[position % len] ^= 1 << (bit % 8),
        BrokenModule::Truncate { length } => wasm.truncate(length % len),
        BrokenModule::InsertByte { position, byte } => wasm.insert(position % (len + 1), byte),
        BrokenModule::RemoveByte { position } => {
            wasm.remove(position % len);
        }
        BrokenModule::AppendCopy { start, length } => {
            let start = start % len;
            let end = start + length.min(len - start);
            wasm.extend_from_within(start..end);
        }
    }
    Ok(damage)
}
