//! Shrinking a diverging module with wasm-shrink, keeping the argument bytes.

use wasm_shrink::WasmShrink;

use crate::oracles::differential::DiffReport;

use super::truncate::truncate_bodies;
use super::ReplayCase;

/// Shrink attempts without progress before a round ends.
const SHRINK_ATTEMPTS: u32 = 1_000;

/// Rounds of shrinking at most; a round that makes no progress ends it.
const MAX_ROUNDS: u64 = 8;

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
    // wasm-shrink stops after SHRINK_ATTEMPTS mutations without progress;
    // another round with another seed often gets out of that local minimum.
    let diverges = |wasm: &[u8]| {
        let candidate = ReplayCase {
            wasm: wasm.to_vec(),
            arg_bytes: case.arg_bytes.clone(),
            origin: String::new(),
        };
        replay(&candidate).verdict.is_divergence()
    };
    let mut smallest = truncate_bodies(case.wasm.clone(), diverges);
    for round in 0..MAX_ROUNDS {
        let arg_bytes = case.arg_bytes.clone();
        let still_diverges = |candidate: &[u8]| {
            let candidate = ReplayCase {
                wasm: candidate.to_vec(),
                arg_bytes: arg_bytes.clone(),
                origin: String::new(),
            };
            Ok(replay(&candidate).verdict.is_divergence())
        };
        let shrunk = WasmShrink::default()
            .attempts(SHRINK_ATTEMPTS)
            .seed(round)
            .run(smallest.clone(), still_diverges)
            .map_err(|error| format!("wasm-shrink failed: {error}"))?;
        let progressed = shrunk.output.len() < smallest.len();
        smallest = shrunk.output;
        if !progressed {
            break;
        }
    }
    Ok(ReplayCase {
        origin: format!(
            "{} shrunk from {} to {} bytes",
            case.origin,
            case.wasm.len(),
            smallest.len()
        ),
        wasm: smallest,
        arg_bytes: case.arg_bytes.clone(),
    })
}
