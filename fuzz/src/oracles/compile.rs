//! The compile oracle: the engine accepts a module exactly when wasmparser's
//! validator (configured with the compiler's feature set) does, never fails
//! for a reason of its own, and emits at most
//! [`lightbeam::MAX_CODE_BYTES_PER_INPUT_BYTE`] bytes of machine code per byte
//! of the module. An engine configured with every feature the validator knows
//! ([`check_compile_all_features`]) must also handle what it does not implement
//! cleanly: the code generator then sees valid bodies using those features and
//! must report them as unsupported, never fail internally.

use wasmparser::{Validator, WasmFeatures};

use spec_runner::engine::{CompileErrorKind, Engine};

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

/// Compiles `wasm` with `engine` and checks the result against [`validity`]
/// and, for an engine reporting its machine code, against [`code_size_bound`].
/// Returns a description of the disagreement, or `None` when the engine
/// behaved.
pub fn check_compile(engine: &mut dyn Engine, wasm: &[u8]) -> Option<String> {
    let expected = validity(wasm);
    let actual = engine.compile(wasm);
    let acceptable = match (&expected, &actual) {
        (_, Err(error)) if error.kind == CompileErrorKind::Internal => false,
        (Validity::Valid, result) => result.is_ok(),
        // Rejected either way; which error comes first is the engine's choice.
        (Validity::NeedsUnsupportedFeatures | Validity::Invalid(_), result) => result.is_err(),
    };
    if !acceptable {
        return Some(format!(
            "validator says {expected:?}, {} says {actual:?}",
            engine.name()
        ));
    }
    let code = actual.ok().and_then(|module| engine.code_size(module));
    match code {
        Some(code) if code > code_size_bound(wasm.len()) => Some(format!(
            "{} emitted {code} bytes of machine code for a module of {} bytes, more than \
             the bound of {}",
            engine.name(),
            wasm.len(),
            code_size_bound(wasm.len()),
        )),
        _ => None,
    }
}

/// Compiles `wasm` with `engine`, whose validator accepts every feature
/// ([`WasmFeatures::all`]), and checks it against [`validity`]: a module valid
/// with the supported features compiles; one that needs other features compiles
/// or is reported as unsupported; an invalid one is rejected; nothing fails
/// internally. Returns a description of the disagreement, or `None`.
pub fn check_compile_all_features(engine: &mut dyn Engine, wasm: &[u8]) -> Option<String> {
    let expected = validity(wasm);
    let actual = engine.compile(wasm);
    let acceptable = match (&expected, &actual) {
        (_, Err(error)) if error.kind == CompileErrorKind::Internal => false,
        (Validity::Valid, result) => result.is_ok(),
        (Validity::NeedsUnsupportedFeatures, Ok(_)) => true,
        (Validity::NeedsUnsupportedFeatures, Err(error)) => {
            error.kind == CompileErrorKind::Unsupported
        }
        (Validity::Invalid(_), result) => result.is_err(),
    };
    (!acceptable).then(|| {
        format!(
            "with every feature enabled, validator says {expected:?}, {} says {actual:?}",
            engine.name()
        )
    })
}

/// The most machine code a module of `input_bytes` may compile to:
/// [`lightbeam::MAX_CODE_BYTES_PER_INPUT_BYTE`] per byte, with no constant
/// added (the smallest module with a function body is about 20 bytes and the
/// smallest function compiles to about 110).
pub fn code_size_bound(input_bytes: usize) -> usize {
    lightbeam::MAX_CODE_BYTES_PER_INPUT_BYTE.saturating_mul(input_bytes)
}
