//! Engines with a planted fault, to prove the oracles notice one: wasmi,
//! except that every non-zero `i32` a call returns may come back negated
//! (what a reversed `i32.sub` does to its result) and the machine-code size
//! it reports may be made up.

use std::time::Duration;

use lightbeam_fuzz::engines::reference_wasmi;
use spec_runner::engine::wasmi::WasmiEngine;
use spec_runner::engine::{
    CompileError, Engine, EngineError, Export, InstanceId, InstantiateError, ModuleId, Outcome,
};
use spec_runner::value::Value;

/// wasmi with a planted fault.
pub struct Planted {
    inner: WasmiEngine,
    negate_i32_results: bool,
    code_size: Option<usize>,
}

impl Planted {
    /// wasmi with negated `i32` results.
    pub fn negating() -> Planted {
        Planted {
            inner: reference_wasmi(),
            negate_i32_results: true,
            code_size: None,
        }
    }

    /// wasmi that claims every module compiled to `code_size` bytes of
    /// machine code.
    pub fn reporting_code(code_size: usize) -> Planted {
        Planted {
            inner: reference_wasmi(),
            negate_i32_results: false,
            code_size: Some(code_size),
        }
    }
}

impl Engine for Planted {
    fn name(&self) -> &str {
        "planted-wasmi"
    }

    fn set_timeout(&mut self, timeout: Option<Duration>) {
        self.inner.set_timeout(timeout);
    }

    fn compile(&mut self, wasm: &[u8]) -> Result<ModuleId, CompileError> {
        self.inner.compile(wasm)
    }

    fn code_size(&self, module: ModuleId) -> Option<usize> {
        self.code_size.or_else(|| self.inner.code_size(module))
    }

    fn define_trapping_imports(&mut self, module: ModuleId) -> Result<(), EngineError> {
        self.inner.define_trapping_imports(module)
    }

    fn instantiate(&mut self, module: ModuleId) -> Result<InstanceId, InstantiateError> {
        self.inner.instantiate(module)
    }

    fn register(&mut self, name: &str, instance: InstanceId) -> Result<(), EngineError> {
        self.inner.register(name, instance)
    }

    fn exports(&self, instance: InstanceId) -> Result<Vec<Export>, EngineError> {
        self.inner.exports(instance)
    }

    fn invoke(
        &mut self,
        instance: InstanceId,
        name: &str,
        args: &[Value],
    ) -> Result<Outcome, EngineError> {
        match self.inner.invoke(instance, name, args)? {
            Outcome::Returned(values) if self.negate_i32_results => Ok(Outcome::Returned(
                values
                    .into_iter()
                    .map(|value| match value {
                        Value::I32(v) => Value::I32(v.wrapping_neg()),
                        other => other,
                    })
                    .collect(),
            )),
            other => Ok(other),
        }
    }

    fn get_global(&mut self, instance: InstanceId, name: &str) -> Result<Value, EngineError> {
        self.inner.get_global(instance, name)
    }

    fn set_global(
        &mut self,
        instance: InstanceId,
        name: &str,
        value: Value,
    ) -> Result<(), EngineError> {
        self.inner.set_global(instance, name, value)
    }

    fn table_nulls(&self, instance: InstanceId, name: &str) -> Result<Vec<bool>, EngineError> {
        self.inner.table_nulls(instance, name)
    }

    fn memory_size(&self, instance: InstanceId, name: &str) -> Result<usize, EngineError> {
        self.inner.memory_size(instance, name)
    }

    fn read_memory(
        &self,
        instance: InstanceId,
        name: &str,
        offset: usize,
        out: &mut [u8],
    ) -> Result<(), EngineError> {
        self.inner.read_memory(instance, name, offset, out)
    }

    fn write_memory(
        &mut self,
        instance: InstanceId,
        name: &str,
        offset: usize,
        data: &[u8],
    ) -> Result<(), EngineError> {
        self.inner.write_memory(instance, name, offset, data)
    }
}
