//! The modules of the official testsuite, as seeds of the `mutate` target: every
//! `(module ...)` of every script that stands alone (no imports) and validates with
//! the features of the differential oracle's engines.

use std::path::Path;
use std::sync::OnceLock;

use spec_runner::discovery::{discover, resolve_root, Filter};
use wasmparser::{Parser, Payload, Validator, WasmFeatures};
use wast::parser::{self, ParseBuffer};
use wast::{Wast, WastDirective};

use super::supported_features;

/// The features a seed module may use: what the differential oracle's engines
/// both implement and compute alike (not relaxed SIMD, whose results are
/// implementation-defined, nor wide arithmetic, see `differential_config`).
pub fn seed_features() -> WasmFeatures {
    supported_features() - WasmFeatures::RELAXED_SIMD - WasmFeatures::WIDE_ARITHMETIC
}

/// The seed modules of the testsuite (the `testsuite/` submodule, or
/// `../shared/testsuite` beside the workspace), loaded once per process; empty
/// when neither has scripts.
pub fn testsuite_modules() -> &'static [Vec<u8>] {
    static MODULES: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    MODULES.get_or_init(|| {
        let root = resolve_root(Path::new("testsuite"));
        let everything = Filter::new(&[], &[]).expect("an empty filter is valid");
        let Ok(scripts) = discover(&[root], &everything) else {
            return Vec::new();
        };
        scripts
            .iter()
            .filter_map(|script| std::fs::read_to_string(&script.path).ok())
            .flat_map(|source| script_modules(&source))
            .collect()
    })
}

/// The seed modules of one `.wast` script (none when it does not parse).
pub fn script_modules(source: &str) -> Vec<Vec<u8>> {
    let Ok(buffer) = ParseBuffer::new(source) else {
        return Vec::new();
    };
    let Ok(script) = parser::parse::<Wast>(&buffer) else {
        return Vec::new();
    };
    script
        .directives
        .into_iter()
        .filter_map(|directive| match directive {
            WastDirective::Module(mut module) => module.encode().ok(),
            _ => None,
        })
        .filter(|wasm| is_seed(wasm))
        .collect()
}

/// Whether `wasm` validates with [`seed_features`] and imports nothing.
fn is_seed(wasm: &[u8]) -> bool {
    let imports = Parser::new(0).parse_all(wasm).any(
        |payload| matches!(payload, Ok(Payload::ImportSection(section)) if section.count() > 0),
    );
    !imports
        && Validator::new_with_features(seed_features())
            .validate_all(wasm)
            .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modules_with_imports_or_unsupported_features_are_not_seeds() {
        let script = r#"
            (module (func (export "f") (result i32) (i32.const 1)))
            (module (import "spectest" "print" (func)))
            (module (func (result i32) (i32x4.relaxed_dot_i8x16_i7x16_add_s
                (v128.const i32x4 0 0 0 0) (v128.const i32x4 0 0 0 0)
                (v128.const i32x4 0 0 0 0)) (drop) (i32.const 0)))
            (assert_invalid (module (func (result i32))) "type mismatch")
        "#;
        assert_eq!(script_modules(script).len(), 1);
    }
}
