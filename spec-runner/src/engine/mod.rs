//! The engine layer: one trait for what every client needs from a WebAssembly
//! implementation, and one adapter per implementation.
//!
//! The script executor, the fuzzer's oracles and the bench all drive engines
//! through [`Engine`], so each adapter converts its engine's values, traps and
//! errors into the harness's terms ([`crate::value`]) in exactly one place.
//! Adding an engine means adding an adapter and an [`EngineKind`]; no client
//! changes.
//!
//! The trait is object safe and speaks in small handles ([`ModuleId`],
//! [`InstanceId`]) so that an engine owns its modules and instances however it
//! likes: an interpreter's store or a compiler's code memory. One engine value
//! is one store: its instances live until it is dropped. A trap is an ordinary
//! [`Outcome`], never an [`EngineError`]; `EngineError` is reserved for things
//! that make an operation impossible (a missing export, an argument of the
//! wrong type).

mod config;
mod func_exports;
pub mod lightbeam;
pub mod wasmi;
pub mod wasmtime;
pub mod watchdog;

pub use config::{EngineConfig, FeatureLevel, FeatureSelection, THREADS_PROPOSAL_FEATURES};

use crate::value::{Trap, Value, ValueType};
use std::fmt;
use std::str::FromStr;
use std::time::Duration;

/// A module compiled by an engine, valid for that engine only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ModuleId(pub u32);

/// An instance created by an engine, valid for that engine only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct InstanceId(pub u32);

/// Why a module was rejected at compile time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    /// Malformed bytes or a validation error: the module is not valid wasm.
    Invalid,
    /// A valid module the engine cannot compile (yet), or one past an
    /// implementation limit; never counts as a passed
    /// `assert_invalid`/`assert_malformed`.
    Unsupported,
    /// The engine failed for a reason of its own: always a bug in it.
    Internal,
}

/// A module rejected at compile time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// Why it was rejected.
    pub kind: CompileErrorKind,
    /// The engine's message.
    pub message: String,
}

/// A failed instantiation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InstantiateError {
    /// An import is missing or has the wrong type.
    Unlinkable(String),
    /// Initialisation (segments or the start function) trapped.
    Trapped(Trap),
    /// Anything else (resource limits, unsupported features).
    Other(String),
}

impl fmt::Display for InstantiateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InstantiateError::Unlinkable(message) => write!(f, "unlinkable: {message}"),
            InstantiateError::Trapped(trap) => write!(f, "instantiation {trap}"),
            InstantiateError::Other(message) => write!(f, "instantiation failed: {message}"),
        }
    }
}

/// How a call into wasm ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The call returned these values.
    Returned(Vec<Value>),
    /// The call trapped.
    Trapped(Trap),
    /// The call ended with an uncaught wasm exception.
    Exception,
}

/// An operation could not be carried out at all (not a trap).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EngineError(pub String);

impl fmt::Display for EngineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for EngineError {}

/// One export of an instance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Export {
    /// The export's name.
    pub name: String,
    /// What is exported.
    pub kind: ExportKind,
}

/// The kind of an export, with a function's signature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// A function taking `params` and returning `results`.
    Func {
        /// Parameter types.
        params: Vec<ValueType>,
        /// Result types.
        results: Vec<ValueType>,
    },
    /// A global.
    Global,
    /// A table.
    Table,
    /// A linear memory.
    Memory,
}

/// Creates, on the thread that calls it, an engine of its own (a store) for a script's
/// `thread` directive: see [`Engine::thread_engine`].
pub type ThreadEngine = Box<dyn FnOnce() -> Result<Box<dyn Engine>, EngineError> + Send>;

/// An export another thread's engine can import (a shared memory): opaque, understood
/// by the engines [`Engine::thread_engine`] of the engine that made it creates.
pub struct SharedExport {
    /// The export's name.
    pub name: String,
    /// The engine's own handle of what is exported.
    pub item: Box<dyn std::any::Any + Send>,
}

impl fmt::Debug for SharedExport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SharedExport({:?})", self.name)
    }
}

/// A WebAssembly implementation the harness, the fuzzer and the bench drive.
///
/// One engine value is one store: it holds its modules, its instances, the
/// `spectest` host module when configured, and every instance registered
/// under a name, so `instantiate` resolves imports from those.
pub trait Engine {
    /// The engine's name, as accepted by `--engine` for the built-in ones.
    fn name(&self) -> &str;

    /// Sets the wall-clock budget of each following compile, instantiate,
    /// invoke or get (see [`EngineConfig::timeout`]); `None` removes it. An
    /// interpreter that meters time with fuel enforces a budget only when it
    /// was created with one.
    fn set_timeout(&mut self, timeout: Option<Duration>);

    /// Decodes, validates and compiles a binary module.
    fn compile(&mut self, wasm: &[u8]) -> Result<ModuleId, CompileError>;

    /// Bytes of machine code the module's functions compiled to, for engines
    /// that emit machine code; `None` otherwise.
    fn code_size(&self, _module: ModuleId) -> Option<usize> {
        None
    }

    /// Makes every function import of `module` resolvable by a host function
    /// that traps when called, so a module can be instantiated on its own
    /// even when it imports functions it does not call.
    fn define_trapping_imports(&mut self, module: ModuleId) -> Result<(), EngineError>;

    /// Instantiates a compiled module against the defined host modules and
    /// the registered instances, running its start function.
    fn instantiate(&mut self, module: ModuleId) -> Result<InstanceId, InstantiateError>;

    /// Makes the exports of `instance` importable under the module name `name`.
    fn register(&mut self, name: &str, instance: InstanceId) -> Result<(), EngineError>;

    /// Every export of `instance`, in the engine's order, except those the harness has
    /// no form for (tags, functions with a parameter or result of a type that has no
    /// [`Value`] form), which every engine leaves out alike.
    fn exports(&self, instance: InstanceId) -> Result<Vec<Export>, EngineError>;

    /// Calls the exported function `name` of `instance`.
    fn invoke(
        &mut self,
        instance: InstanceId,
        name: &str,
        args: &[Value],
    ) -> Result<Outcome, EngineError>;

    /// Reads the exported global `name` of `instance`.
    fn get_global(&mut self, instance: InstanceId, name: &str) -> Result<Value, EngineError>;

    /// Sets the exported mutable global `name` of `instance`.
    fn set_global(
        &mut self,
        instance: InstanceId,
        name: &str,
        value: Value,
    ) -> Result<(), EngineError>;

    /// Which entries of the exported table `name` are null, in order (its
    /// length is the table's size). What a reference points to cannot be
    /// compared across engines; whether it is null can.
    fn table_nulls(&self, instance: InstanceId, name: &str) -> Result<Vec<bool>, EngineError>;

    /// The size in bytes of the exported memory `name`.
    fn memory_size(&self, instance: InstanceId, name: &str) -> Result<usize, EngineError>;

    /// Copies `out.len()` bytes at `offset` out of the exported memory `name`.
    fn read_memory(
        &self,
        instance: InstanceId,
        name: &str,
        offset: usize,
        out: &mut [u8],
    ) -> Result<(), EngineError>;

    /// Copies `data` into the exported memory `name` at `offset`.
    fn write_memory(
        &mut self,
        instance: InstanceId,
        name: &str,
        offset: usize,
        data: &[u8],
    ) -> Result<(), EngineError>;

    /// A recipe for an engine of this kind, with a store of its own, that runs on
    /// another OS thread and can import this engine's [`shared_exports`](Self::shared_exports):
    /// what a script's `thread` directive runs on. `Err` names the missing feature for an
    /// engine without threads.
    fn thread_engine(&self) -> Result<ThreadEngine, EngineError>;

    /// What of `instance`'s exports another thread can import: its shared memories (its
    /// functions, tables, globals and unshared memories belong to this engine's store).
    fn shared_exports(&self, instance: InstanceId) -> Result<Vec<SharedExport>, EngineError>;

    /// Makes `exports`, taken from the engine this one was created for by
    /// [`thread_engine`](Self::thread_engine), importable under the module name `name`.
    fn define_shared(&mut self, name: &str, exports: &[SharedExport]) -> Result<(), EngineError>;

    /// Whether `value` is a reference to function `index` of `instance` (in its module's
    /// function index space, imports first; exported or not): the identity an
    /// `assert_return` result `(ref.func index)` asks about. Any other value, null
    /// included, is not. An index past the instance's functions is an error, as is an
    /// engine that reaches only exported functions and was created without
    /// [`EngineConfig::function_identity`].
    fn func_ref_is(
        &mut self,
        instance: InstanceId,
        index: u32,
        value: &Value,
    ) -> Result<bool, EngineError>;

    /// The machine code of the exported function `name`, for engines that have
    /// any; `None` otherwise.
    fn show_asm(&self, _instance: InstanceId, _name: &str) -> Option<String> {
        None
    }
}

/// The built-in back ends, selectable with `--engine`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EngineKind {
    /// The wasmi interpreter, the reference the harness is proven on.
    Wasmi,
    /// The lightbeam compiler.
    Lightbeam,
    /// wasmtime with Cranelift, the reference for what wasmi lacks (GC,
    /// exceptions, typed function references, threads); needs the crate's
    /// `wasmtime` feature.
    Wasmtime,
}

impl EngineKind {
    /// The default engine: the lightbeam compiler, the engine under test
    /// (`--engine wasmi` selects the reference interpreter).
    pub const DEFAULT: EngineKind = EngineKind::Lightbeam;

    /// The name accepted by `--engine` and written into reports.
    pub fn name(self) -> &'static str {
        match self {
            EngineKind::Wasmi => "wasmi",
            EngineKind::Lightbeam => "lightbeam",
            EngineKind::Wasmtime => "wasmtime",
        }
    }

    /// Whether the engine has machine code to show with `--show-asm`.
    pub fn has_machine_code(self) -> bool {
        matches!(self, EngineKind::Lightbeam)
    }

    /// Creates a fresh engine for one script, accepting the features of `level`.
    pub fn create(self, level: FeatureLevel) -> Result<Box<dyn Engine>, EngineUnavailable> {
        self.create_with(&EngineConfig::spec(level))
    }

    /// Creates a fresh engine set up as `config` says.
    pub fn create_with(self, config: &EngineConfig) -> Result<Box<dyn Engine>, EngineUnavailable> {
        match self {
            EngineKind::Wasmi => Ok(Box::new(wasmi::WasmiEngine::new(config))),
            EngineKind::Lightbeam => lightbeam::create(config),
            EngineKind::Wasmtime => wasmtime::create(config),
        }
    }

    /// Checks once, before any file runs, that the engine can be created.
    pub fn ensure_available(self) -> Result<(), EngineUnavailable> {
        self.create(FeatureLevel::Wasm2).map(drop)
    }
}

impl FromStr for EngineKind {
    type Err = String;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        match name {
            "wasmi" => Ok(EngineKind::Wasmi),
            "lightbeam" => Ok(EngineKind::Lightbeam),
            "wasmtime" => Ok(EngineKind::Wasmtime),
            other => Err(format!(
                "unknown engine `{other}` (expected `lightbeam`, `wasmi` or `wasmtime`)"
            )),
        }
    }
}

impl fmt::Display for EngineKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// An engine that cannot be created in this build.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EngineUnavailable(pub String);

impl fmt::Display for EngineUnavailable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for EngineUnavailable {}

/// Why bytes that do not start with the binary magic are no module, in the reference
/// interpreter's words: for adapters of engines that would read them as text.
fn not_binary_message(wasm: &[u8]) -> &'static str {
    // The magic is read as four bytes first: fewer is an early end, whatever they are.
    if wasm.len() < 4 {
        "unexpected end"
    } else {
        "magic header not detected"
    }
}

/// The handle of the `len`-th item pushed.
fn handle_index(len: usize) -> u32 {
    u32::try_from(len - 1).expect("fewer than 2^32 handles per engine")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_without_the_magic_are_told_apart_as_the_reference_does() {
        assert_eq!(not_binary_message(b""), "unexpected end");
        assert_eq!(not_binary_message(b"\0as"), "unexpected end");
        assert_eq!(not_binary_message(b"\0asx"), "magic header not detected");
        assert_eq!(not_binary_message(b"\x01"), "unexpected end");
        assert_eq!(not_binary_message(b"asm\0"), "magic header not detected");
        assert_eq!(not_binary_message(b"(module)"), "magic header not detected");
    }

    #[test]
    fn engine_names_round_trip() {
        for kind in [
            EngineKind::Wasmi,
            EngineKind::Lightbeam,
            EngineKind::Wasmtime,
        ] {
            assert_eq!(kind.name().parse(), Ok(kind));
        }
        assert!("v8".parse::<EngineKind>().is_err());
    }
}
