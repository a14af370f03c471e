//! The trap kinds both engines map their errors into.

use std::fmt;

/// Why a call or an instantiation trapped, in terms common to every engine.
///
/// Each engine maps its own trap codes into this enum; two outcomes are
/// compared by kind only, never by message.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TrapKind {
    /// `unreachable` was executed.
    Unreachable,
    /// A memory access, `memory.init`/`copy`/`fill` or a data segment was out
    /// of bounds.
    MemoryOutOfBounds,
    /// A table access, `table.init`/`copy`/`fill` or an element segment was
    /// out of bounds.
    TableOutOfBounds,
    /// `call_indirect` hit a null entry.
    IndirectCallToNull,
    /// `call_indirect` hit a function of another type.
    BadSignature,
    /// Integer division or remainder by zero.
    IntegerDivisionByZero,
    /// Integer overflow (`INT_MIN / -1`, or a float-to-int conversion out of
    /// range).
    IntegerOverflow,
    /// A float-to-int conversion of a NaN.
    BadConversionToInteger,
    /// The call stack ran out. Equivalent on both sides whatever the depth.
    StackExhausted,
    /// The engine's fuel ran out: the call was cut short, not wrong.
    OutOfFuel,
    /// The call was interrupted from outside: cut short, not wrong.
    Interrupted,
    /// Anything an engine could not map; carries the engine's own message.
    Other(String),
}

impl TrapKind {
    /// Whether this outcome says nothing about correctness: the engine stopped
    /// the call for a resource reason of its own (fuel or interruption).
    pub fn is_resource_limit(&self) -> bool {
        matches!(self, TrapKind::OutOfFuel | TrapKind::Interrupted)
    }

    /// The message the spec testsuite uses for this trap in `assert_trap`, if
    /// the trap has one.
    pub fn wast_message(&self) -> Option<&'static str> {
        Some(match self {
            TrapKind::Unreachable => "unreachable",
            TrapKind::MemoryOutOfBounds => "out of bounds memory access",
            TrapKind::TableOutOfBounds => "out of bounds table access",
            TrapKind::IndirectCallToNull => "uninitialized element",
            TrapKind::BadSignature => "indirect call type mismatch",
            TrapKind::IntegerDivisionByZero => "integer divide by zero",
            TrapKind::IntegerOverflow => "integer overflow",
            TrapKind::BadConversionToInteger => "invalid conversion to integer",
            TrapKind::StackExhausted => "call stack exhausted",
            TrapKind::OutOfFuel | TrapKind::Interrupted | TrapKind::Other(_) => return None,
        })
    }
}

impl fmt::Display for TrapKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TrapKind::OutOfFuel => f.write_str("out of fuel"),
            TrapKind::Interrupted => f.write_str("interrupted"),
            TrapKind::Other(message) => write!(f, "other: {message}"),
            known => f.write_str(known.wast_message().unwrap_or("trap")),
        }
    }
}
