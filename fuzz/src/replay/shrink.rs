//! Shrinking a diverging module with wasm-shrink, keeping the argument bytes.

use wasm_shrink::WasmShrink;

use crate::oracles::differential::DiffReport;

use super::ReplayCase;

/// Shrink attempts without progress before the result is final.
const SHRINK_ATTEMPTS: u32 = 1_000;

/// Shrinks `case.wasm` while `replay` (normally [`replay_case`](super::replay_case))
/// still reports a divergence with the same argument bytes. Fails when the
/// case does not diverge to begin with.
pub fn shrink_case(
    case: &ReplayCase,
    replay: impl Fn(&ReplayCase) -> DiffReport,
) -> Result<ReplayCase, String> {
    if !replay(case).verdict.is_divergence() {
        return Err("the case does not diverge; nothing to shrink".to_owned());
    }
    let arg_bytes = case.arg_bytes.clone();
    let still_diverges = move |candidate: &[u8]| {
        let candidate = ReplayCase {
            wasm: candidate.to_vec(),
            arg_bytes: arg_bytes.clone(),
            origin: String::new(),
        };
        Ok(replay(&candidate).verdict.is_divergence())
    };
    let shrunk = WasmShrink::default()
        .attempts(SHRINK_ATTEMPTS)
        .run(case.wasm.clone(), still_diverges)
        .map_err(|error| format!("wasm-shrink failed: {error}"))?;
    Ok(ReplayCase {
        wasm: shrunk.output,
        arg_bytes: case.arg_bytes.clone(),
        origin: format!(
            "{} shrunk from {} to {} bytes",
            case.origin, shrunk.input_size, shrunk.output_size
        ),
    })
}
