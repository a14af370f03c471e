//! The engine abstraction: what the script executor needs from a WebAssembly
//! implementation, and the back ends that provide it.
//!
//! The trait is object safe and speaks in small handles ([`ModuleId`],
//! [`InstanceId`]) so that an engine owns its modules and instances however it
//! likes: an interpreter's store or a compiler's code memory. A trap is an
//! ordinary [`Outcome`], never an [`EngineError`]; `EngineError` is reserved
//! for things that make a directive impossible to run (a missing export, an
//! argument of the wrong type).

pub mod lightbeam;
pub mod wasmi;

use crate::value::{Trap, Value};
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
    /// A valid module the engine cannot compile (yet); never counts as a
    /// passed `assert_invalid`/`assert_malformed`.
    Unsupported,
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

/// A directive could not be carried out at all (not a trap).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EngineError(pub String);

impl fmt::Display for EngineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A WebAssembly implementation the harness can drive.
///
/// One engine value serves one script: it holds the script's store, its
/// `spectest` host module and every instance registered under a name, so
/// `instantiate` resolves imports from those.
pub trait Engine {
    /// The engine's name as accepted by `--engine`.
    fn name(&self) -> &'static str;

    /// Sets the wall-clock budget for each following compile, instantiate,
    /// invoke or get; running out ends the operation with a
    /// [`TrapKind::Timeout`](crate::value::TrapKind::Timeout) trap.
    fn set_timeout(&mut self, timeout: Duration);

    /// Decodes, validates and compiles a binary module.
    fn compile(&mut self, wasm: &[u8]) -> Result<ModuleId, CompileError>;

    /// Instantiates a compiled module against `spectest` and the registered
    /// instances, running its start function.
    fn instantiate(&mut self, module: ModuleId) -> Result<InstanceId, InstantiateError>;

    /// Makes the exports of `instance` importable under the module name `name`.
    fn register(&mut self, name: &str, instance: InstanceId) -> Result<(), EngineError>;

    /// Calls the exported function `name` of `instance`.
    fn invoke(
        &mut self,
        instance: InstanceId,
        name: &str,
        args: &[Value],
    ) -> Result<Outcome, EngineError>;

    /// Reads the exported global `name` of `instance`.
    fn get_global(&mut self, instance: InstanceId, name: &str) -> Result<Value, EngineError>;

    /// The machine code of the exported function `name`, for engines that have
    /// any; `None` otherwise.
    fn show_asm(&self, _instance: InstanceId, _name: &str) -> Option<String> {
        None
    }
}

/// The back ends selectable with `--engine`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EngineKind {
    /// The wasmi interpreter, the reference the harness is proven on.
    Wasmi,
    /// The lightbeam compiler.
    Lightbeam,
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
        }
    }

    /// Whether the engine has machine code to show with `--show-asm`.
    pub fn has_machine_code(self) -> bool {
        matches!(self, EngineKind::Lightbeam)
    }

    /// Creates a fresh engine for one script, accepting the features of `level`.
    pub fn create(self, level: FeatureLevel) -> Result<Box<dyn Engine>, EngineUnavailable> {
        match self {
            EngineKind::Wasmi => Ok(Box::new(wasmi::WasmiEngine::with_features(level))),
            EngineKind::Lightbeam => lightbeam::create(level),
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
            other => Err(format!(
                "unknown engine `{other}` (expected `wasmi` or `lightbeam`)"
            )),
        }
    }
}

impl fmt::Display for EngineKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The version of the WebAssembly standard an engine is asked to implement.
///
/// It matters in both directions: a Wasm 2.0 script asserts that some modules
/// are invalid (a second memory, a memory index byte other than zero) which
/// Wasm 3.0 accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FeatureLevel {
    /// WebAssembly 2.0 (SIMD, reference types, bulk memory, multi-value, ...).
    Wasm2,
    /// WebAssembly 3.0 and the proposals in the testsuite, as far as the engine goes.
    Wasm3,
}

impl FeatureLevel {
    /// The level for a script: Wasm 3.0 when it lives in a testsuite checkout
    /// with a `proposals/` folder (the Wasm 3.0 layout), else Wasm 2.0.
    pub fn detect(script: &std::path::Path) -> Self {
        let absolute = std::fs::canonicalize(script).unwrap_or_else(|_| script.to_path_buf());
        let in_wasm3_suite = absolute
            .ancestors()
            .skip(1)
            .any(|dir| dir.join("proposals").is_dir());
        if in_wasm3_suite {
            FeatureLevel::Wasm3
        } else {
            FeatureLevel::Wasm2
        }
    }
}

/// How the feature level of each script is chosen (`--wasm`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum FeatureSelection {
    /// Per script, with [`FeatureLevel::detect`].
    #[default]
    Auto,
    /// The same level for every script.
    Fixed(FeatureLevel),
}

impl FeatureSelection {
    /// The level to run `script` at.
    pub fn level_for(self, script: &std::path::Path) -> FeatureLevel {
        match self {
            FeatureSelection::Auto => FeatureLevel::detect(script),
            FeatureSelection::Fixed(level) => level,
        }
    }
}

impl FromStr for FeatureSelection {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "auto" => Ok(FeatureSelection::Auto),
            "2" | "2.0" => Ok(FeatureSelection::Fixed(FeatureLevel::Wasm2)),
            "3" | "3.0" => Ok(FeatureSelection::Fixed(FeatureLevel::Wasm3)),
            other => Err(format!(
                "unknown feature level `{other}` (expected auto, 2.0 or 3.0)"
            )),
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feature_selection_parses_versions() {
        assert_eq!("auto".parse(), Ok(FeatureSelection::Auto));
        assert_eq!(
            "2.0".parse(),
            Ok(FeatureSelection::Fixed(FeatureLevel::Wasm2))
        );
        assert_eq!(
            "3".parse(),
            Ok(FeatureSelection::Fixed(FeatureLevel::Wasm3))
        );
        assert!("4.0".parse::<FeatureSelection>().is_err());
    }

    #[test]
    fn scripts_in_a_suite_with_proposals_run_at_wasm3() {
        let suite = std::env::temp_dir().join(format!("spec-runner-levels-{}", std::process::id()));
        let nested = suite.join("proposals/threads");
        std::fs::create_dir_all(&nested).unwrap();
        assert_eq!(
            FeatureLevel::detect(&suite.join("i32.wast")),
            FeatureLevel::Wasm3
        );
        assert_eq!(
            FeatureLevel::detect(&nested.join("atomic.wast")),
            FeatureLevel::Wasm3
        );
        let fixtures =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pass.wast");
        assert_eq!(FeatureLevel::detect(&fixtures), FeatureLevel::Wasm2);
        std::fs::remove_dir_all(&suite).unwrap();
    }

    #[test]
    fn engine_names_round_trip() {
        for kind in [EngineKind::Wasmi, EngineKind::Lightbeam] {
            assert_eq!(kind.name().parse(), Ok(kind));
        }
        assert!("v8".parse::<EngineKind>().is_err());
    }
}
