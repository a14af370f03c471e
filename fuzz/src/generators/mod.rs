//! Turning fuzzer bytes into modules and arguments.

pub mod api_calls;
mod arguments;
mod broken;
mod export;
mod many_values;
mod module;
mod mutant;
mod relaxed;
mod testsuite;

pub use arguments::{arbitrary_argument, arbitrary_arguments};
pub use broken::{break_module, BrokenModule};
pub use export::export_global;
pub use many_values::many_value_module;
pub use module::{
    arbitrary_module, arbitrary_wasm3_module, differential_config, unrestricted_config,
    wasm3_differential_config, GeneratedModule, FUEL_EXPORT, SMITH_FUEL,
};
pub use mutant::{mutant, mutate_once, Mutant, MAX_ROUNDS};
pub use relaxed::comparable_relaxed_simd;
pub use testsuite::{script_modules, seed_features, TestsuiteSeeds};

use wasmparser::WasmFeatures;

/// The WebAssembly features the compiler implements: Wasm 2.0, fixed-width
/// SIMD included, plus relaxed SIMD, wide arithmetic, memory64 (64-bit memories
/// and tables), custom page sizes and tail calls.
///
/// The compile oracle validates against this set, so modules using any of it
/// must compile. The differential oracle's modules use all of it (see
/// [`differential_config`]), relaxed SIMD limited to the instructions the
/// references compute as the spec's deterministic profile does
/// ([`comparable_relaxed_simd`]).
pub fn supported_features() -> WasmFeatures {
    WasmFeatures::WASM2
        | WasmFeatures::RELAXED_SIMD
        | WasmFeatures::WIDE_ARITHMETIC
        | WasmFeatures::MEMORY64
        | WasmFeatures::CUSTOM_PAGE_SIZES
        | WasmFeatures::TAIL_CALL
}

/// The features of the `differential_wasm3` target's modules and engines: the
/// [`supported_features`] (tail calls included) plus exception handling, which
/// the three-way oracle checks against wasmtime (and tail calls against wasmi too).
pub fn wasm3_features() -> WasmFeatures {
    supported_features() | WasmFeatures::EXCEPTIONS
}
