//! An engine with a planted bug, to prove the oracle and the shrinker notice
//! one: wasmi, except that every non-zero `i32` a call returns comes back
//! negated (what a reversed `i32.sub` does to its result).

use lightbeam_fuzz::engine::{
    CallOutcome, CompileFailure, Compiled, DiffEngine, DiffInstance, ExportInfo,
    InstantiationFailure, MemorySnapshot, TableSnapshot,
};
use lightbeam_fuzz::engines::wasmi::WasmiEngine;
use lightbeam_fuzz::value::DiffValue;

/// wasmi with negated `i32` results.
#[derive(Default)]
pub struct NegatingEngine(WasmiEngine);

impl DiffEngine for NegatingEngine {
    fn name(&self) -> &str {
        "negating-wasmi"
    }

    fn compile(&mut self, wasm: &[u8]) -> Result<Compiled, CompileFailure> {
        self.0.compile(wasm)
    }

    fn instantiate(&mut self, wasm: &[u8]) -> Result<Box<dyn DiffInstance>, InstantiationFailure> {
        Ok(Box::new(NegatingInstance(self.0.instantiate(wasm)?)))
    }
}

struct NegatingInstance(Box<dyn DiffInstance>);

impl DiffInstance for NegatingInstance {
    fn exports(&self) -> Vec<ExportInfo> {
        self.0.exports()
    }

    fn call(&mut self, name: &str, args: &[DiffValue]) -> CallOutcome {
        match self.0.call(name, args) {
            CallOutcome::Returned(values) => CallOutcome::Returned(
                values
                    .into_iter()
                    .map(|value| match value {
                        DiffValue::I32(v) => DiffValue::I32(v.wrapping_neg()),
                        other => other,
                    })
                    .collect(),
            ),
            trapped => trapped,
        }
    }

    fn global(&mut self, name: &str) -> Option<DiffValue> {
        self.0.global(name)
    }

    fn set_global(&mut self, name: &str, value: DiffValue) -> bool {
        self.0.set_global(name, value)
    }

    fn table(&mut self, name: &str) -> Option<TableSnapshot> {
        self.0.table(name)
    }

    fn memory(&mut self, name: &str) -> Option<MemorySnapshot> {
        self.0.memory(name)
    }
}
