//! Errors of the compiler and of the embedding API.

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
            message: spec_wording(error.message()),
            offset: error.offset() as usize,
        }
    }
}

/// wasmparser messages that each name exactly one error of the specification's reference
/// interpreter, with that interpreter's wording (which the spec testsuite expects). Every
/// other message stays wasmparser's: most already contain the specification's words, and
/// the rest cover several of its errors at once.
const SPEC_WORDING: &[(&str, &str)] = &[
    ("SIMD index out of bounds", "invalid lane index"),
    // The specification reads sections in their order, so a section after one that
    // must follow it (or a repeated one) is content after the last section it read.
    (
        "section out of order",
        "unexpected content after last section",
    ),
    ("malformed global flags", "malformed mutability"),
    ("invalid memory limits flags", "malformed limits flags"),
    (
        "invalid table resizable limits flags",
        "malformed limits flags",
    ),
];

/// `message` in the specification's words when [`SPEC_WORDING`] knows it, keeping any
/// detail that follows.
fn spec_wording(message: &str) -> String {
    for (wasmparser, spec) in SPEC_WORDING {
        if let Some(rest) = message.strip_prefix(wasmparser) {
            return format!("{spec}{rest}");
        }
    }
    message.to_owned()
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

/// Why an [`crate::Engine`] could not be created, or cannot run its code on this host
/// ([`crate::Engine::check_runnable`]).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum EngineError {
    /// The host CPU lacks an instruction-set extension generated code uses.
    #[error("this CPU lacks {0}, which lightbeam's generated code requires")]
    MissingCpuFeature(&'static str),
}

/// A handle (or a value holding one) was used with a store other than the one that owns
/// it.
///
/// Every method of the embedding API that takes a store checks this and reports it as
/// an error, never a panic: accessors return `Result<_, StoreMismatch>`, and operations
/// with an error type of their own ([`ObjectError`], [`crate::Trap`],
/// [`crate::InstantiationError`]) carry it in that type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[error("{what} used with a store it does not belong to")]
pub struct StoreMismatch {
    what: &'static str,
}

impl StoreMismatch {
    /// A mismatch for a handle of kind `what` (`"function"`, `"memory"`, ...).
    pub(crate) fn new(what: &'static str) -> Self {
        StoreMismatch { what }
    }

    /// The kind of handle: `"function"`, `"memory"`, `"table"`, `"global"` or
    /// `"instance"`.
    pub fn what(&self) -> &'static str {
        self.what
    }
}

/// Why creating, changing or accessing a memory, table or global from the host failed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum ObjectError {
    /// The object, or a function reference in the value, belongs to another store.
    #[error(transparent)]
    StoreMismatch(#[from] StoreMismatch),
    /// A value whose type is not the object's, or a write to an immutable global.
    #[error("{0}")]
    Type(String),
    /// An access past the end of a memory (`"memory"`) or table (`"table"`).
    #[error("out of bounds {0} access")]
    OutOfBounds(&'static str),
    /// The store's [`crate::ResourceLimiter`] (or a runtime cap) refused the allocation.
    #[error("resource limit exceeded: {0}")]
    Limit(String),
    /// The operating system could not provide the memory.
    #[error("{0}")]
    Resource(String),
}

/// Shorthand for results whose error is a [`CompileError`].
pub type CompileResult<T> = Result<T, CompileError>;

#[cfg(test)]
mod spec_wording_tests {
    use super::spec_wording;

    #[test]
    fn errors_with_one_specification_counterpart_use_its_words() {
        assert_eq!(
            spec_wording("SIMD index out of bounds"),
            "invalid lane index"
        );
        assert_eq!(
            spec_wording("section out of order"),
            "unexpected content after last section"
        );
        assert_eq!(
            spec_wording("invalid table resizable limits flags"),
            "malformed limits flags"
        );
        assert_eq!(
            spec_wording("type mismatch: expected i32, found i64"),
            "type mismatch: expected i32, found i64"
        );
    }
}
