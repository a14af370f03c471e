//! Why wasm code stopped: the trap codes shared by generated code and the runtime.

/// The reason a trap happened. The numeric values are what generated code stores.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum TrapCode {
    /// `unreachable` was executed.
    Unreachable = 1,
    /// Integer division or remainder by zero.
    IntegerDivisionByZero = 2,
    /// Signed integer overflow (`INT_MIN / -1`).
    IntegerOverflow = 3,
    /// A float to integer conversion of NaN or out of range.
    BadConversionToInteger = 4,
    /// A memory access outside the accessible part of a linear memory.
    MemoryOutOfBounds = 5,
    /// `call_indirect` with an index past the end of the table.
    TableOutOfBounds = 6,
    /// `call_indirect` through a null table entry.
    IndirectCallToNull = 7,
    /// `call_indirect` whose callee has another signature.
    BadSignature = 8,
    /// The wasm stack budget was used up.
    StackOverflow = 9,
    /// The embedder interrupted execution.
    Interrupted = 10,
    /// A host function returned a trap.
    HostTrap = 11,
    /// A table access (other than `call_indirect`) out of bounds.
    TableAccessOutOfBounds = 12,
    /// A null reference where one is not allowed.
    NullReference = 13,
    /// `call_ref` (or `return_call_ref`) of a null function reference.
    NullFunctionReference = 14,
    /// An atomic access whose effective address is not a multiple of its size.
    UnalignedAtomic = 15,
    /// `memory.atomic.wait32/64` on a memory that is not shared.
    ExpectedSharedMemory = 16,
    /// An exception no wasm handler caught left wasm; the store holds it
    /// (`Store::take_pending_exception`). Not a trap of wasm's: wasm cannot catch
    /// traps, and this is how an exception reaches the embedder.
    UncaughtException = 17,
    /// `i31.get_s` or `i31.get_u` of a null reference.
    NullI31Reference = 18,
    /// `ref.cast` of a value not of the target type.
    CastFailure = 19,
}

impl TrapCode {
    /// The message the WebAssembly spec testsuite expects for this trap.
    pub fn message(self) -> &'static str {
        match self {
            TrapCode::Unreachable => "unreachable",
            TrapCode::IntegerDivisionByZero => "integer divide by zero",
            TrapCode::IntegerOverflow => "integer overflow",
            TrapCode::BadConversionToInteger => "invalid conversion to integer",
            TrapCode::MemoryOutOfBounds => "out of bounds memory access",
            TrapCode::TableOutOfBounds => "undefined element",
            TrapCode::IndirectCallToNull => "uninitialized element",
            TrapCode::BadSignature => "indirect call type mismatch",
            TrapCode::StackOverflow => "call stack exhausted",
            TrapCode::Interrupted => "interrupted",
            TrapCode::HostTrap => "host function trapped",
            TrapCode::TableAccessOutOfBounds => "out of bounds table access",
            TrapCode::NullReference => "null reference",
            TrapCode::NullFunctionReference => "null function reference",
            TrapCode::UnalignedAtomic => "unaligned atomic",
            TrapCode::ExpectedSharedMemory => "expected shared memory",
            TrapCode::UncaughtException => "uncaught exception",
            TrapCode::NullI31Reference => "null i31 reference",
            TrapCode::CastFailure => "cast failure",
        }
    }

    /// The code for a value stored by generated code, if it is one.
    pub fn from_u32(value: u32) -> Option<TrapCode> {
        const ALL: [TrapCode; 19] = [
            TrapCode::Unreachable,
            TrapCode::IntegerDivisionByZero,
            TrapCode::IntegerOverflow,
            TrapCode::BadConversionToInteger,
            TrapCode::MemoryOutOfBounds,
            TrapCode::TableOutOfBounds,
            TrapCode::IndirectCallToNull,
            TrapCode::BadSignature,
            TrapCode::StackOverflow,
            TrapCode::Interrupted,
            TrapCode::HostTrap,
            TrapCode::TableAccessOutOfBounds,
            TrapCode::NullReference,
            TrapCode::NullFunctionReference,
            TrapCode::UnalignedAtomic,
            TrapCode::ExpectedSharedMemory,
            TrapCode::UncaughtException,
            TrapCode::NullI31Reference,
            TrapCode::CastFailure,
        ];
        ALL.into_iter().find(|code| *code as u32 == value)
    }
}

impl std::fmt::Display for TrapCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message())
    }
}

/// A trap as a value: why wasm stopped and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trap {
    /// The kind of trap.
    pub code: TrapCode,
    /// A human-readable message (the spec testsuite's wording for wasm traps).
    pub message: String,
    /// Byte offset in the module of the trapping operator, when known.
    pub wasm_offset: Option<u32>,
    /// Set when a host function ended the program on purpose (WASI `proc_exit`) with
    /// this status rather than failing; `code` is then [`TrapCode::HostTrap`].
    pub exit_status: Option<i32>,
}

impl Trap {
    /// A trap of kind `code` with its standard message.
    pub fn new(code: TrapCode) -> Self {
        Trap {
            code,
            message: code.message().to_string(),
            wasm_offset: None,
            exit_status: None,
        }
    }

    /// A trap raised by a host function, with a custom message.
    pub fn host(message: impl Into<String>) -> Self {
        Trap {
            code: TrapCode::HostTrap,
            message: message.into(),
            wasm_offset: None,
            exit_status: None,
        }
    }

    /// The outcome of a host function that ends the program with exit `status`: it
    /// unwinds wasm like a trap, and [`Trap::exit_status`] tells it apart from a failure.
    pub fn exit(status: i32) -> Self {
        Trap {
            exit_status: Some(status),
            ..Trap::host(format!("exited with status {status}"))
        }
    }
}

impl std::fmt::Display for Trap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)?;
        if let Some(offset) = self.wasm_offset {
            write!(f, " (at wasm offset 0x{offset:x})")?;
        }
        Ok(())
    }
}

impl std::error::Error for Trap {}
