//! What the replay tool works on: a module and the bytes its call arguments
//! are drawn from.

use crate::targets::{split_differential_input, split_mutate_input};

/// A module and the argument bytes the oracle draws call arguments from.
#[derive(Clone, Debug)]
pub struct ReplayCase {
    /// The module, binary encoded.
    pub wasm: Vec<u8>,
    /// Bytes the call arguments are drawn from (empty: every argument is
    /// zero and each export is called once).
    pub arg_bytes: Vec<u8>,
    /// Where the module came from, for the report.
    pub origin: String,
}

/// Interprets `bytes` read from `file_name`:
///
/// * a binary module (`\0asm`) or a text module (`.wat`/`.wast` name) is
///   replayed as is, every argument zero;
/// * anything else is a `differential` fuzz input (a crash, or a corpus
///   entry), decoded exactly as the target decodes it.
pub fn load_case(file_name: &str, bytes: &[u8]) -> Result<ReplayCase, String> {
    if bytes.starts_with(b"\0asm") {
        return Ok(ReplayCase {
            wasm: bytes.to_vec(),
            arg_bytes: Vec::new(),
            origin: format!("binary module {file_name}"),
        });
    }
    if file_name.ends_with(".wat") || file_name.ends_with(".wast") {
        let wasm = wat::parse_bytes(bytes).map_err(|error| format!("{file_name}: {error}"))?;
        return Ok(ReplayCase {
            wasm: wasm.into_owned(),
            arg_bytes: Vec::new(),
            origin: format!("text module {file_name}"),
        });
    }
    let (module, arg_bytes) = split_differential_input(bytes)
        .ok_or_else(|| format!("{file_name}: not a module, and too short to generate one"))?;
    Ok(ReplayCase {
        wasm: module.wasm,
        arg_bytes: arg_bytes.to_vec(),
        origin: format!("differential fuzz input {file_name}"),
    })
}

/// Interprets `bytes` read from `file_name` as a `mutate` fuzz input: the case is
/// the rewritten module (with the input's argument bytes), which the tested engine
/// ran. Replayed like a `differential` case, wasmi against lightbeam on that module,
/// it shows (and shrinks) the difference the rewrite exposed.
pub fn load_mutate_case(file_name: &str, bytes: &[u8]) -> Result<ReplayCase, String> {
    let input = split_mutate_input(bytes).ok_or_else(|| {
        format!("{file_name}: decodes to no module, or to none wasm-mutate rewrites")
    })?;
    Ok(ReplayCase {
        wasm: input.mutant.wasm,
        arg_bytes: input.arg_bytes.to_vec(),
        origin: format!(
            "mutate fuzz input {file_name}: {} rewritten with wasm-mutate seeds {:?}",
            input.origin, input.mutant.seeds
        ),
    })
}
