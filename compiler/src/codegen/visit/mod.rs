//! Operator visitors, one file per operator family. Each visitor is an inherent
//! method of [`super::context::CodeGen`] named like wasmparser's `visit_*` method;
//! see the parent module's docs for how they are dispatched.

mod bulk;
mod control;
mod conversion;
mod float;
mod int;
mod memory;
mod simd_core;
mod simd_float;
mod simd_int;
mod simd_memory;
mod table;
mod variable;
