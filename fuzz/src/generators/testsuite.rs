//! The modules of the official testsuite, as seeds of the `mutate` target: every
//! `(module ...)` of every script that stands alone (no imports) and validates with
//! the features of the differential oracle's engines.

use std::path::{Path, PathBuf};
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

/// The scripts of the testsuite (the `testsuite/` submodule, or
/// `../shared/testsuite` beside the workspace), each with its seed modules parsed
/// on first use: parsing every script up front took seconds in a sanitizer build,
/// a large part of a short fuzzing run.
pub struct TestsuiteSeeds {
    scripts: Vec<PathBuf>,
    modules: Vec<OnceLock<Vec<Vec<u8>>>>,
}

impl TestsuiteSeeds {
    /// The testsuite found once per process; no scripts when there is none.
    pub fn get() -> &'static TestsuiteSeeds {
        static SEEDS: OnceLock<TestsuiteSeeds> = OnceLock::new();
        SEEDS.get_or_init(|| {
            let root = resolve_root(Path::new("testsuite"));
            let everything = Filter::new(&[], &[]).expect("an empty filter is valid");
            let scripts: Vec<PathBuf> = discover(&[root], &everything)
                .map(|found| found.into_iter().map(|script| script.path).collect())
                .unwrap_or_default();
            let modules = scripts.iter().map(|_| OnceLock::new()).collect();
            TestsuiteSeeds { scripts, modules }
        })
    }

    /// Number of scripts.
    pub fn script_count(&self) -> usize {
        self.scripts.len()
    }

    /// The seed modules of script `index` (parsed the first time it is asked for).
    pub fn script(&self, index: usize) -> &[Vec<u8>] {
        self.modules[index].get_or_init(|| {
            std::fs::read_to_string(&self.scripts[index])
                .map(|source| script_modules(&source))
                .unwrap_or_default()
        })
    }

    /// Every seed module of every script.
    pub fn all(&self) -> impl Iterator<Item = &[u8]> {
        (0..self.script_count()).flat_map(|index| self.script(index).iter().map(Vec::as_slice))
    }
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
