//! The `spectest` host module, as the reference interpreter defines it.
//!
//! Engines build their host definitions from these constants so every back end
//! offers exactly the same imports. The print functions accept their arguments
//! and discard them: parallel scripts printing into one terminal would only
//! garble the harness's own output.

/// The module name test scripts import from.
pub const MODULE_NAME: &str = "spectest";

/// `global_i32`: an immutable i32 global.
pub const GLOBAL_I32: i32 = 666;
/// `global_i64`: an immutable i64 global.
pub const GLOBAL_I64: i64 = 666;
/// `global_f32`: an immutable f32 global holding 666.6.
pub const GLOBAL_F32_BITS: u32 = 0x4426_a666;
/// `global_f64`: an immutable f64 global holding 666.6.
pub const GLOBAL_F64_BITS: u64 = 0x4084_d4cc_cccc_cccd;

/// `table`: a funcref table with limits 10..20.
pub const TABLE_LIMITS: (u32, u32) = (10, 20);
/// `table64`: a funcref table indexed by i64 with limits 10..20 (Wasm 3.0).
pub const TABLE64_LIMITS: (u64, u64) = (10, 20);
/// `memory`: a linear memory with limits 1..2 pages.
pub const MEMORY_PAGES: (u32, u32) = (1, 2);
/// `shared_memory`: a shared linear memory with limits 1..2 pages (threads);
/// defined by engines with shared memories, when threads are enabled.
pub const SHARED_MEMORY_PAGES: (u32, u32) = (1, 2);

/// `shared_memory` of wasmtime's `.wast` runner: one page, at most one.
pub const WASMTIME_SHARED_MEMORY_PAGES: (u32, u32) = (1, 1);

/// Whose `spectest` module an engine defines.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Flavour {
    /// The reference interpreter's, with the memory64 proposal's `table64`.
    #[default]
    Reference,
    /// The one of wasmtime's `.wast` runner, for scripts written for it: the same
    /// functions, globals, `table` and `memory`, no `table64`, and a `shared_memory`
    /// (when threads are enabled) of one page at most.
    Wasmtime,
}

impl Flavour {
    /// Whether `table64` is defined.
    pub fn has_table64(self) -> bool {
        self == Flavour::Reference
    }

    /// The limits of `shared_memory`, in pages.
    pub fn shared_memory_pages(self) -> (u32, u32) {
        match self {
            Flavour::Reference => SHARED_MEMORY_PAGES,
            Flavour::Wasmtime => WASMTIME_SHARED_MEMORY_PAGES,
        }
    }
}

/// A parameter type of a `spectest` print function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamType {
    /// `i32`
    I32,
    /// `i64`
    I64,
    /// `f32`
    F32,
    /// `f64`
    F64,
}

/// The print functions with their parameter lists; none returns a value.
pub const PRINT_FUNCTIONS: &[(&str, &[ParamType])] = &[
    ("print", &[]),
    ("print_i32", &[ParamType::I32]),
    ("print_i64", &[ParamType::I64]),
    ("print_f32", &[ParamType::F32]),
    ("print_f64", &[ParamType::F64]),
    ("print_i32_f32", &[ParamType::I32, ParamType::F32]),
    ("print_f64_f64", &[ParamType::F64, ParamType::F64]),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_globals_hold_666_6() {
        assert_eq!(f32::from_bits(GLOBAL_F32_BITS), 666.6f32);
        assert_eq!(f64::from_bits(GLOBAL_F64_BITS), 666.6f64);
    }
}
