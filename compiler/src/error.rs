//! Errors reported while turning bytes into a compiled module.

use thiserror::Error;

/// Why a module could not be compiled.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CompileError {
    /// The input is not a valid (or not a well-formed) WebAssembly module.
    #[error("{message} (at offset 0x{offset:x})")]
    Invalid {
        /// The decoder's or validator's description of the problem.
        message: String,
        /// Byte offset in the input where the problem was found.
        offset: usize,
    },
    /// The input is valid but uses something this compiler does not implement yet.
    #[error("unsupported: {what} (at offset 0x{offset:x})")]
    Unsupported {
        /// What is not supported, e.g. the operator name.
        what: String,
        /// Byte offset in the input of the unsupported construct.
        offset: usize,
    },
    /// A broken invariant inside the compiler: a bug, never the input's fault.
    #[error("internal compiler error: {0}")]
    Internal(String),
    /// Reading the input failed.
    #[error("reading the module failed: {0}")]
    Io(String),
}

impl From<wasmparser::BinaryReaderError> for CompileError {
    fn from(error: wasmparser::BinaryReaderError) -> Self {
        CompileError::Invalid {
            message: error.message().to_string(),
            offset: error.offset() as usize,
        }
    }
}

impl CompileError {
    /// An [`CompileError::Unsupported`] error for `what` at `offset`.
    pub(crate) fn unsupported(what: impl Into<String>, offset: usize) -> Self {
        CompileError::Unsupported {
            what: what.into(),
            offset,
        }
    }

    /// An [`CompileError::Internal`] error: a compiler invariant does not hold.
    pub(crate) fn internal(what: impl Into<String>) -> Self {
        CompileError::Internal(what.into())
    }
}

/// Why an [`crate::Engine`] could not be created.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum EngineError {
    /// The host CPU lacks an instruction-set extension generated code uses.
    #[error("this CPU lacks {0}, which lightbeam's generated code requires")]
    MissingCpuFeature(&'static str),
}

/// Shorthand for results whose error is a [`CompileError`].
pub type CompileResult<T> = Result<T, CompileError>;
