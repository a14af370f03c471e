//! An engine with faults planted on purpose, to prove that the oracles notice
//! one: the wrapped engine's behaviour, except that modules may be rewritten
//! before they compile, call outcomes rewritten after they return, and the
//! reported machine-code size made up.
//!
//! This is the one place that forwards every [`Engine`] method to a wrapped
//! engine; the injected `i32.sub` bug ([`super::injected`]) and the tests'
//! planted engines are [`Faults`] over it.

use std::time::Duration;

use spec_runner::engine::{
    CompileError, Engine, EngineError, Export, InstanceId, InstantiateError, ModuleId, Outcome,
    SharedExport, ThreadEngine,
};
use spec_runner::value::Value;

/// A rewrite of a module's bytes.
pub type ModuleRewrite = fn(&[u8]) -> Vec<u8>;

/// A rewrite of a call's outcome.
pub type OutcomeRewrite = fn(Outcome) -> Outcome;

/// What a [`Faulty`] engine does differently from the engine it wraps.
#[derive(Clone, Copy, Debug, Default)]
pub struct Faults {
    /// Rewrites every module before the wrapped engine compiles it.
    pub rewrite_module: Option<ModuleRewrite>,
    /// Rewrites the outcome of every call.
    pub rewrite_outcome: Option<OutcomeRewrite>,
    /// The machine-code size claimed for every module.
    pub code_size: Option<usize>,
}

/// An engine with [`Faults`]: everything else is the wrapped engine's.
pub struct Faulty<E> {
    inner: E,
    name: String,
    faults: Faults,
}

impl<E: Engine> Faulty<E> {
    /// Wraps `inner` with `faults`; the engine's name is `inner`'s followed by
    /// `what` (in parentheses), so reports say which fault was planted.
    pub fn new(inner: E, what: &str, faults: Faults) -> Faulty<E> {
        let name = format!("{} ({what})", inner.name());
        Faulty {
            inner,
            name,
            faults,
        }
    }
}

impl<E: Engine> Engine for Faulty<E> {
    fn name(&self) -> &str {
        &self.name
    }

    fn set_timeout(&mut self, timeout: Option<Duration>) {
        self.inner.set_timeout(timeout);
    }

    fn compile(&mut self, wasm: &[u8]) -> Result<ModuleId, CompileError> {
        match self.faults.rewrite_module {
            Some(rewrite) => self.inner.compile(&rewrite(wasm)),
            None => self.inner.compile(wasm),
        }
    }

    fn code_size(&self, module: ModuleId) -> Option<usize> {
        self.faults
            .code_size
            .or_else(|| self.inner.code_size(module))
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
        let outcome = self.inner.invoke(instance, name, args)?;
        Ok(match self.faults.rewrite_outcome {
            Some(rewrite) => rewrite(outcome),
            None => outcome,
        })
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

    fn thread_engine(&self) -> Result<ThreadEngine, EngineError> {
        self.inner.thread_engine()
    }

    fn shared_exports(&self, instance: InstanceId) -> Result<Vec<SharedExport>, EngineError> {
        self.inner.shared_exports(instance)
    }

    fn define_shared(&mut self, name: &str, exports: &[SharedExport]) -> Result<(), EngineError> {
        self.inner.define_shared(name, exports)
    }

    fn func_ref_is(
        &mut self,
        instance: InstanceId,
        index: u32,
        value: &Value,
    ) -> Result<bool, EngineError> {
        self.inner.func_ref_is(instance, index, value)
    }

    fn show_asm(&self, instance: InstanceId, name: &str) -> Option<String> {
        self.inner.show_asm(instance, name)
    }
}
