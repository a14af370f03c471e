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
/// SIMD included (relaxed SIMD is not part of 2.0).
///
/// The generators only produce modules inside this set for the differential
/// oracle, and the compile oracle validates against it.
pub fn supported_features() -> WasmFeatures {
    WasmFeatures::WASM2
}
