//! Lightbeam itself — not wired up yet.
//!
//! The compiler crate (`compiler/`, crate `lightbeam`) has no public embedding API yet, so
//! both Lightbeam columns report "not available yet". To plug it in:
//!
//! 1. add `lightbeam = { path = "../compiler", features = [...] }` to `bench/Cargo.toml`;
//! 2. in [`create`], build an engine with one compile thread (`parallel == false`)
//!    or the default rayon pool (`parallel == true`);
//! 3. `compile`: time `Module::new(&engine, wasm)` per run, like `engines/wasmtime.rs`;
//! 4. `run_script`: instantiate with every function import trapping and implement
//!    [`crate::script::Target`] over the instance (call, global, memory read/write);
//! 5. `run_wasi`: use the crate's preview1 (its `wasi` feature) with argv, the preopened
//!    `.`, captured stdout/stderr and the two `bench.start`/`bench.end` host functions
//!    feeding a [`crate::wasi::BenchWindow`].

use super::Engine;

/// Creates the Lightbeam engine (`parallel`: compile bodies on the rayon pool), or says
/// why it cannot run yet.
pub fn create(parallel: bool) -> Result<Box<dyn Engine>, String> {
    let _ = parallel;
    Err("not available yet (lightbeam has no public embedding API)".into())
}
