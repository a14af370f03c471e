//! The engine-neutral value, type and trap types that cross the
//! [`Engine`](crate::engine::Engine) boundary: every adapter converts its
//! engine's values into these once, and every client (the script executor,
//! the fuzzer's oracles, the bench) speaks only these.
//!
//! Floats are kept as raw bits so that NaN payloads survive unchanged and
//! comparisons are exact.

use std::fmt;

/// A WebAssembly value as seen by the harness.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    /// A 32-bit integer.
    I32(i32),
    /// A 64-bit integer.
    I64(i64),
    /// A 32-bit float, as its IEEE 754 bit pattern.
    F32(u32),
    /// A 64-bit float, as its IEEE 754 bit pattern.
    F64(u64),
    /// A 128-bit vector, little-endian lane order (lane 0 in the low bits).
    V128(u128),
    /// A function reference; `None` is `ref.null func`. The payload is an
    /// engine-private handle that only the engine that produced it understands.
    FuncRef(Option<u32>),
    /// An external reference; `None` is `ref.null extern`, `Some(n)` is the host
    /// value `ref.extern n`.
    ExternRef(Option<u32>),
    /// An internal reference (`anyref` and its subtypes); `None` is `ref.null any`
    /// (or any null of the internal hierarchy).
    AnyRef(Option<AnyValue>),
    /// An internal value turned external by `extern.convert_any` (never
    /// [`AnyValue::Host`]: a host value converted back and forth is
    /// [`Value::ExternRef`] again).
    ExternAny(AnyValue),
    /// An exception reference; `None` is `ref.null exn`. The payload is an
    /// engine-private handle that only the engine that produced it understands.
    ExnRef(Option<u32>),
}

/// A non-null internal reference (see [`Value::AnyRef`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnyValue {
    /// An unboxed 31-bit integer, its bits in the low 31 bits.
    I31(u32),
    /// A host value turned internal by `any.convert_extern` (`ref.host n`).
    Host(u32),
    /// A struct; the payload is an engine-private handle that only the engine
    /// that produced it understands.
    Struct(u32),
    /// An array; the payload is an engine-private handle, as for structs.
    Array(u32),
}

impl fmt::Display for AnyValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            AnyValue::I31(bits) => write!(f, "ref.i31 {bits}"),
            AnyValue::Host(n) => write!(f, "ref.host {n}"),
            AnyValue::Struct(_) => f.write_str("ref.struct"),
            AnyValue::Array(_) => f.write_str("ref.array"),
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Value::I32(v) => write!(f, "i32:{v} (0x{:08x})", v as u32),
            Value::I64(v) => write!(f, "i64:{v} (0x{:016x})", v as u64),
            Value::F32(bits) => write!(f, "f32:{} (0x{bits:08x})", f32::from_bits(bits)),
            Value::F64(bits) => write!(f, "f64:{} (0x{bits:016x})", f64::from_bits(bits)),
            Value::V128(bits) => write!(f, "v128:0x{bits:032x}"),
            Value::FuncRef(None) => f.write_str("ref.null func"),
            Value::FuncRef(Some(_)) => f.write_str("ref.func"),
            Value::ExternRef(None) => f.write_str("ref.null extern"),
            Value::ExternRef(Some(n)) => write!(f, "ref.extern {n}"),
            Value::AnyRef(None) => f.write_str("ref.null any"),
            Value::AnyRef(Some(value)) => write!(f, "{value}"),
            Value::ExternAny(value) => write!(f, "ref.extern ({value})"),
            Value::ExnRef(None) => f.write_str("ref.null exn"),
            Value::ExnRef(Some(_)) => f.write_str("ref.exn"),
        }
    }
}

impl Value {
    /// The value's type.
    pub fn ty(&self) -> ValueType {
        match self {
            Value::I32(_) => ValueType::I32,
            Value::I64(_) => ValueType::I64,
            Value::F32(_) => ValueType::F32,
            Value::F64(_) => ValueType::F64,
            Value::V128(_) => ValueType::V128,
            Value::FuncRef(_) => ValueType::FuncRef,
            Value::ExternRef(_) | Value::ExternAny(_) => ValueType::ExternRef,
            Value::AnyRef(_) => ValueType::AnyRef,
            Value::ExnRef(_) => ValueType::ExnRef,
        }
    }

    /// Whether the value is a null reference.
    pub fn is_null(&self) -> bool {
        matches!(
            self,
            Value::FuncRef(None)
                | Value::ExternRef(None)
                | Value::AnyRef(None)
                | Value::ExnRef(None)
        )
    }
}

/// A WebAssembly value type, as the harness sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValueType {
    /// `i32`
    I32,
    /// `i64`
    I64,
    /// `f32`
    F32,
    /// `f64`
    F64,
    /// `v128`
    V128,
    /// `funcref`
    FuncRef,
    /// `externref`
    ExternRef,
    /// `anyref`
    AnyRef,
    /// `exnref`
    ExnRef,
}

impl fmt::Display for ValueType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ValueType::I32 => "i32",
            ValueType::I64 => "i64",
            ValueType::F32 => "f32",
            ValueType::F64 => "f64",
            ValueType::V128 => "v128",
            ValueType::FuncRef => "funcref",
            ValueType::ExternRef => "externref",
            ValueType::AnyRef => "anyref",
            ValueType::ExnRef => "exnref",
        })
    }
}

/// Formats a list of values as `[a, b, c]` for failure messages.
pub fn format_values(values: &[Value]) -> String {
    let items: Vec<String> = values.iter().map(Value::to_string).collect();
    format!("[{}]", items.join(", "))
}

/// The cause of a trap, independent of the engine that raised it.
///
/// Each kind knows the messages the reference interpreter uses for it, so an
/// engine whose own wording differs is still judged by what trapped, not by how it
/// phrased it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrapKind {
    /// `unreachable` executed.
    Unreachable,
    /// A linear-memory access or bulk-memory operation out of bounds.
    MemoryOutOfBounds,
    /// A table access out of bounds. The reference interpreter says
    /// `undefined element` when `call_indirect` indexes past the table and
    /// `out of bounds table access` for the table instructions; both are this kind.
    TableOutOfBounds,
    /// `call_indirect` through a null table entry.
    UninitializedElement,
    /// `call_indirect` with a signature that does not match the callee.
    IndirectCallTypeMismatch,
    /// Integer division or remainder by zero.
    IntegerDivideByZero,
    /// Signed integer division overflow.
    IntegerOverflow,
    /// A float to integer conversion out of range or of a NaN.
    InvalidConversionToInteger,
    /// The call stack budget is used up.
    CallStackExhausted,
    /// A null reference was dereferenced (`call_ref`, `struct.get`, ...).
    NullReference,
    /// A `ref.cast` failed.
    CastFailure,
    /// An array access out of bounds.
    ArrayOutOfBounds,
    /// An atomic access at an unaligned address.
    UnalignedAtomic,
    /// The wall-clock budget ran out and the engine was interrupted; never an
    /// expected outcome.
    Timeout,
    /// The fuel budget ran out (engines that meter fuel); never an expected
    /// outcome.
    OutOfFuel,
    /// Anything else (host errors, resource limits); carries only its message.
    Other,
}

impl TrapKind {
    /// The messages the reference interpreter prints for this kind of trap; the
    /// first one is the canonical message.
    pub fn spec_messages(self) -> &'static [&'static str] {
        match self {
            TrapKind::Unreachable => &["unreachable"],
            TrapKind::MemoryOutOfBounds => &["out of bounds memory access"],
            TrapKind::TableOutOfBounds => &["out of bounds table access", "undefined element"],
            TrapKind::UninitializedElement => &["uninitialized element"],
            TrapKind::IndirectCallTypeMismatch => &["indirect call type mismatch"],
            TrapKind::IntegerDivideByZero => &["integer divide by zero"],
            TrapKind::IntegerOverflow => &["integer overflow"],
            TrapKind::InvalidConversionToInteger => &["invalid conversion to integer"],
            TrapKind::CallStackExhausted => &["call stack exhausted"],
            TrapKind::NullReference => &[
                "null function reference",
                "null reference",
                "null structure reference",
                "null array reference",
                "null exception reference",
                "null i31 reference",
            ],
            TrapKind::CastFailure => &["cast failure"],
            TrapKind::ArrayOutOfBounds => &["out of bounds array access"],
            TrapKind::UnalignedAtomic => &["unaligned atomic"],
            TrapKind::Timeout | TrapKind::OutOfFuel | TrapKind::Other => &[],
        }
    }

    /// Whether the engine stopped the code for a budget of its own (time or
    /// fuel): such a trap says nothing about the code's correctness.
    pub fn is_resource_limit(self) -> bool {
        matches!(self, TrapKind::Timeout | TrapKind::OutOfFuel)
    }
}

/// A trap: an outcome of running wasm, not an error of the harness.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trap {
    /// What trapped.
    pub kind: TrapKind,
    /// The engine's message, preferably the reference interpreter's wording.
    pub message: String,
}

impl Trap {
    /// A trap of `kind` carrying its canonical reference-interpreter message.
    pub fn canonical(kind: TrapKind) -> Self {
        let message = kind.spec_messages().first().copied().unwrap_or("trap");
        Trap {
            kind,
            message: message.to_owned(),
        }
    }

    /// Whether this trap satisfies an `assert_trap`/`assert_exhaustion` message:
    /// like the reference interpreter, the expected text must be a prefix of the
    /// actual message (or of one of the kind's reference messages).
    ///
    /// The reference interpreter appends a number to some messages
    /// (`uninitialized element 2`: the element index). An engine whose message
    /// carries no such number is judged by its kind alone; one whose message
    /// carries a number must carry the expected one.
    pub fn matches_message(&self, expected: &str) -> bool {
        if self.kind.is_resource_limit() {
            return false;
        }
        self.message.starts_with(expected)
            || self.kind.spec_messages().iter().any(|known| {
                known.starts_with(expected)
                    || (numbered(expected, known) && !numbered_prefix(&self.message, known))
            })
    }
}

/// Whether `message` is `known` followed by a space and a decimal number.
fn numbered(message: &str, known: &str) -> bool {
    message
        .strip_prefix(known)
        .and_then(|rest| rest.strip_prefix(' '))
        .is_some_and(|number| !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether `message` starts with `known`, a space and a digit: it carries a
/// number of its own.
fn numbered_prefix(message: &str, known: &str) -> bool {
    message
        .strip_prefix(known)
        .and_then(|rest| rest.strip_prefix(' '))
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

impl fmt::Display for Trap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "trap \"{}\"", self.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trap_message_is_prefix_matched() {
        let trap = Trap::canonical(TrapKind::UninitializedElement);
        assert!(trap.matches_message("uninitialized element"));
        assert!(trap.matches_message("uninitialized"));
        assert!(!trap.matches_message("undefined element"));
    }

    #[test]
    fn a_reference_number_is_checked_only_when_the_engine_gives_one() {
        let plain = Trap::canonical(TrapKind::UninitializedElement);
        assert!(plain.matches_message("uninitialized element 2"));
        assert!(!plain.matches_message("uninitialized element x"));
        assert!(!plain.matches_message("uninitialized element "));
        let numbered = Trap {
            kind: TrapKind::UninitializedElement,
            message: "uninitialized element 3 (at wasm offset 0x68)".into(),
        };
        assert!(numbered.matches_message("uninitialized element 3"));
        assert!(!numbered.matches_message("uninitialized element 2"));
        let other_kind = Trap::canonical(TrapKind::Unreachable);
        assert!(!other_kind.matches_message("uninitialized element 2"));
    }

    #[test]
    fn table_out_of_bounds_accepts_both_reference_wordings() {
        let trap = Trap::canonical(TrapKind::TableOutOfBounds);
        assert!(trap.matches_message("undefined element"));
        assert!(trap.matches_message("out of bounds table access"));
        assert!(!trap.matches_message("out of bounds memory access"));
    }

    #[test]
    fn timeout_never_matches() {
        let trap = Trap {
            kind: TrapKind::Timeout,
            message: String::new(),
        };
        assert!(!trap.matches_message(""));
        let fuel = Trap {
            kind: TrapKind::OutOfFuel,
            message: "timeout: instantiation ran out of fuel".into(),
        };
        assert!(!fuel.matches_message(""));
    }

    #[test]
    fn values_know_their_type_and_nullness() {
        assert_eq!(Value::F32(0).ty(), ValueType::F32);
        assert_eq!(Value::ExternRef(Some(3)).ty(), ValueType::ExternRef);
        assert!(Value::FuncRef(None).is_null());
        assert!(!Value::FuncRef(Some(0)).is_null());
        assert!(!Value::I32(0).is_null());
        assert_eq!(ValueType::V128.to_string(), "v128");
    }
}
