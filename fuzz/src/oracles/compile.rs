//! The compile oracle: the engine accepts a module exactly when wasmparser's
//! validator (configured with the compiler's feature set) does, and never
//! fails for a reason of its own.

use wasmparser::{Validator, WasmFeatures};

use crate::engine::{CompileFailure, DiffEngine};
use crate::generators::supported_features;

/// What the validator says about a module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Validity {
    /// Valid with the supported feature set.
    Valid,
    /// Valid only with features the compiler does not support.
    NeedsUnsupportedFeatures,
    /// Not valid WebAssembly at all.
    Invalid(String),
}

/// Classifies `wasm` with wasmparser's validator.
pub fn validity(wasm: &[u8]) -> Validity {
    match Validator::new_with_features(supported_features()).validate_all(wasm) {
        Ok(_) => Validity::Valid,
        Err(supported_error) => {
            match Validator::new_with_features(WasmFeatures::all()).validate_all(wasm) {
                Ok(_) => Validity::NeedsUnsupportedFeatures,
                Err(_) => Validity::Invalid(supported_error.to_string()),
            }
        }
    }
}

/// Compiles `wasm` with `engine` and checks the result against [`validity`].
/// Returns a description of the disagreement, or `None` when the engine
/// behaved.
pub fn check_compile(engine: &mut dyn DiffEngine, wasm: &[u8]) -> Option<String> {
    let expected = validity(wasm);
    let actual = engine.compile(wasm);
    let acceptable = match (&expected, &actual) {
        (_, Err(CompileFailure::Internal(_))) => false,
        (Validity::Valid, result) => result.is_ok(),
        // Rejected either way; which error comes first is the engine's choice.
        (Validity::NeedsUnsupportedFeatures | Validity::Invalid(_), result) => result.is_err(),
    };
    (!acceptable).then(|| {
        format!(
            "validator says {expected:?}, {} says {actual:?}",
            engine.name()
        )
    })
}
