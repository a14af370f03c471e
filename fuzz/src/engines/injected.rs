//! A deliberately injected miscompilation, to measure how quickly the
//! `differential` target finds one and how small `replay --shrink` makes it.
//!
//! The wrapped engine receives every module rewritten so that each `i32.sub`
//! computes `b - a` instead of `a - b` (it is followed by `i32.const -1;
//! i32.mul`): exactly what a code generator emitting the operands of `i32.sub`
//! in the wrong order would do. Select it with
//! `LIGHTBEAM_FUZZ_INJECT=i32.sub` (see [`tested_engine`](super::tested_engine)).

use std::convert::Infallible;
use std::time::Duration;

use spec_runner::engine::{
    CompileError, Engine, EngineError, Export, InstanceId, InstantiateError, ModuleId, Outcome,
};
use spec_runner::value::Value;
use wasm_encoder::reencode::{Error, Reencode, RoundtripReencoder};
use wasm_encoder::{CodeSection, Instruction};

/// The environment variable that turns the injected bug on.
pub const INJECT_VARIABLE: &str = "LIGHTBEAM_FUZZ_INJECT";

/// An engine whose `i32.sub` has its operands reversed: every module it
/// compiles is first rewritten by [`reverse_subtractions`]; everything else is
/// the wrapped engine's.
pub struct SubtractionReversed<E> {
    inner: E,
    name: String,
}

impl<E: Engine> SubtractionReversed<E> {
    /// Wraps `inner`.
    pub fn new(inner: E) -> SubtractionReversed<E> {
        let name = format!("{} (i32.sub reversed)", inner.name());
        SubtractionReversed { inner, name }
    }
}

impl<E: Engine> Engine for SubtractionReversed<E> {
    fn name(&self) -> &str {
        &self.name
    }

    fn set_timeout(&mut self, timeout: Option<Duration>) {
        self.inner.set_timeout(timeout);
    }

    fn compile(&mut self, wasm: &[u8]) -> Result<ModuleId, CompileError> {
        self.inner.compile(&reverse_subtractions(wasm))
    }

    fn code_size(&self, module: ModuleId) -> Option<usize> {
        self.inner.code_size(module)
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
        self.inner.invoke(instance, name, args)
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

    fn show_asm(&self, instance: InstanceId, name: &str) -> Option<String> {
        self.inner.show_asm(instance, name)
    }
}

/// `wasm` with every `i32.sub` negated; `wasm` unchanged when it does not
/// parse (the engine then rejects it as it would have anyway).
pub fn reverse_subtractions(wasm: &[u8]) -> Vec<u8> {
    let mut module = wasm_encoder::Module::new();
    match SubtractionReverser.parse_core_module(&mut module, wasmparser::Parser::new(0), wasm) {
        Ok(()) => module.finish(),
        Err(_) => wasm.to_vec(),
    }
}

struct SubtractionReverser;

impl Reencode for SubtractionReverser {
    type Error = Infallible;

    fn parse_function_body(
        &mut self,
        code: &mut CodeSection,
        body: wasmparser::FunctionBody<'_>,
    ) -> Result<(), Error<Infallible>> {
        let mut function = self.new_function_with_parsed_locals(&body)?;
        let mut operators = body.get_operators_reader()?;
        while !operators.eof() {
            let operator = operators.read()?;
            let is_subtraction = matches!(operator, wasmparser::Operator::I32Sub);
            function.instruction(&RoundtripReencoder.instruction(operator)?);
            if is_subtraction {
                function.instruction(&Instruction::I32Const(-1));
                function.instruction(&Instruction::I32Mul);
            }
        }
        code.function(&function);
        Ok(())
    }
}
