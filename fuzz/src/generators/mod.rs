//! Turning fuzzer bytes into modules and arguments.

pub mod api_calls;
mod arguments;
mod broken;
mod export;
mod many_values;
mod module;

pub use arguments::{arbitrary_argument, arbitrary_arguments};
pub use broken::{break_module, BrokenModule};
pub use export::export_global;
pub use many_values::many_value_module;
pub use module::{
    arbitrary_module, differential_config, unrestricted_config, GeneratedModule, FUEL_EXPORT,
    SMITH_FUEL,
};

use wasmparser::WasmFeatures;

/// The WebAssembly features the compiler implements: Wasm 2.0, fixed-width
/// SIMD included, plus relaxed SIMD and wide arithmetic.
///
/// The compile oracle validates against this set, so modules using any of it
/// must compile. The differential oracle's modules stay inside Wasm 2.0 (see
/// [`differential_config`]): wasmi, the reference, has no wide arithmetic, and
/// fuses relaxed multiply-adds where lightbeam's deterministic mode rounds
/// twice (SSE4.1 has no fused multiply-add to agree with it).
pub fn supported_features() -> WasmFeatures {
    WasmFeatures::WASM2 | WasmFeatures::RELAXED_SIMD | WasmFeatures::WIDE_ARITHMETIC
}
