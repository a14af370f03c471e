//! The builtins: runtime functions generated code calls for operations too big to
//! inline, declared once for the code generator and the runtime alike.
//!
//! [`foreach_builtin!`] lists every builtin with its signature. This module expands it
//! into the [`Builtin`] enum, [`BUILTIN_COUNT`] and [`Builtin::signature`]; the runtime
//! expands it into its table of implementations (`runtime/builtins.rs`), which must
//! name a function for every entry, in the same order. Each store context holds that
//! table (`vmoffsets::store::BUILTINS`), so generated code calls builtin `b` with
//! `mov r11, [vmctx + STORE_CONTEXT]; call [r11 + BUILTINS + 8 * b]` and holds no host
//! address.
//!
//! # Calling convention
//!
//! Every builtin is a System V function of type [`BuiltinFn`]: the caller's `VMContext`
//! first, then the parameters of its signature in order (at most
//! [`MAX_BUILTIN_PARAMS`], unused registers ignored); it returns a [`BuiltinReturn`],
//! the result in `rax` and a trap code (0 for none) in `rdx`. The parameters taken from
//! the instruction's immediates come before those popped from the value stack; an
//! immediate that packs two indices puts the first in the high 32 bits.
//!
//! The two builtins that throw (`throw`, `throw_ref`) return differently: they find
//! the handler and return its address in `rax` and its frame pointer in `rdx`, or 0
//! and a trap code (`UncaughtException` when no wasm handler is left before the host,
//! `NullReference` for a null `exnref`); the code generator calls them with its own
//! sequence (`codegen/visit/exceptions.rs`), which jumps there. Their `machine`
//! parameters are the throwing frame's frame pointer and a code address in it.
//!
//! # Adding a builtin
//!
//! Add a line to [`foreach_builtin!`], implement the function of the same name in
//! `runtime/builtins.rs` (with its `builtin!` macro), and call it from a visitor with
//! `call_builtin(Builtin::Name, &[immediates])`.

#![forbid(unsafe_code)]

use crate::module::ValType;
use crate::trap::TrapCode;

/// Invokes `$mac!` with the declaration of every builtin, in table order. Each entry is
///
/// ```text
/// /// doc
/// function_name = Variant "wasm.name" (param: kind, ...) -> result, can_trap: bool;
/// ```
///
/// where a parameter kind is `index` (from the instruction's immediates), `int` or
/// `reference` (from the value stack) or `machine` (a frame or code address the
/// calling sequence supplies), and the result is `i32`, `()` or `unwind` (the throwing
/// builtins' handler address and frame, see the module documentation). An `int` is an
/// `i32`, or an `i64` where the instruction names a 64-bit memory or table: the builtin
/// reads it with that object's index type (`IndexType::operand`). A result `i32` is the
/// index type's for the growth builtins; the code generator pushes it with that type.
macro_rules! foreach_builtin {
    ($mac:ident) => {
        $mac! {
            /// `memory.grow`: the old size in pages, or -1 (an `i64` for a 64-bit
            /// memory). Traps only if the store's resource limiter panics.
            memory_grow = MemoryGrow "memory.grow" (memory: index, delta: int) -> i32, can_trap: true;
            /// `memory.fill`.
            memory_fill = MemoryFill "memory.fill"
                (memory: index, dst: int, value: int, len: int) -> (), can_trap: true;
            /// `memory.copy`; the immediate is `dst memory << 32 | src memory`.
            memory_copy = MemoryCopy "memory.copy"
                (memories: index, dst: int, src: int, len: int) -> (), can_trap: true;
            /// `memory.init`; the immediate is `data << 32 | memory`.
            memory_init = MemoryInit "memory.init"
                (data_and_memory: index, dst: int, src: int, len: int) -> (), can_trap: true;
            /// `data.drop`.
            data_drop = DataDrop "data.drop" (data: index) -> (), can_trap: false;
            /// `table.grow`: the old size, or -1 (an `i64` for a 64-bit table). Traps
            /// only if the store's resource limiter panics.
            table_grow = TableGrow "table.grow"
                (table: index, init: reference, delta: int) -> i32, can_trap: true;
            /// `table.fill`.
            table_fill = TableFill "table.fill"
                (table: index, dst: int, value: reference, len: int) -> (), can_trap: true;
            /// `table.copy`; the immediate is `dst table << 32 | src table`.
            table_copy = TableCopy "table.copy"
                (tables: index, dst: int, src: int, len: int) -> (), can_trap: true;
            /// `table.init`; the immediate is `elem << 32 | table`.
            table_init = TableInit "table.init"
                (elem_and_table: index, dst: int, src: int, len: int) -> (), can_trap: true;
            /// `elem.drop`.
            elem_drop = ElemDrop "elem.drop" (elem: index) -> (), can_trap: false;
            /// `memory.atomic.notify`: wakes up to `count` waiters at `address`, the
            /// effective address as a `u64` (the code generator adds the offset);
            /// returns how many it woke (0 for an unshared memory).
            memory_atomic_notify = MemoryAtomicNotify "memory.atomic.notify"
                (memory: index, address: int, count: int) -> i32, can_trap: true;
            /// `memory.atomic.wait32`: blocks while the `i32` at `address` (as for
            /// notify) is `expected`, at most `timeout` ns (forever if negative);
            /// returns 0 (woken), 1 (not equal) or 2 (timed out).
            memory_atomic_wait32 = MemoryAtomicWait32 "memory.atomic.wait32"
                (memory: index, address: int, expected: int, timeout: int) -> i32, can_trap: true;
            /// `memory.atomic.wait64`: as `memory.atomic.wait32` for an `i64`.
            memory_atomic_wait64 = MemoryAtomicWait64 "memory.atomic.wait64"
                (memory: index, address: int, expected: int, timeout: int) -> i32, can_trap: true;
            /// `throw`: allocates an exception of the tag with the payload laid out
            /// like call arguments at `payload`, then unwinds to its handler.
            throw = Throw "throw"
                (tag: index, payload: machine, frame: machine, pc: machine) -> unwind, can_trap: true;
            /// `throw_ref`: unwinds the exception to its handler; traps on null.
            throw_ref = ThrowRef "throw_ref"
                (exception: reference, frame: machine, pc: machine) -> unwind, can_trap: true;
        }
    };
}
pub(crate) use foreach_builtin;

/// Where a builtin parameter comes from and what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BuiltinParam {
    /// An index (or a packed pair) from the instruction's immediates, passed as a
    /// constant.
    Index,
    /// An `i32` or `i64` popped from the value stack (see [`foreach_builtin!`]).
    Int,
    /// A reference popped from the value stack (its raw 64-bit representation).
    Reference,
    /// A frame or code address the calling sequence supplies.
    Machine,
}

/// What the code generator needs to know to call a builtin.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct BuiltinSignature {
    /// The parameters after the `VMContext`, in order: indices first, then operands
    /// (the last one is the top of the value stack).
    pub params: &'static [BuiltinParam],
    /// The type of the value it returns in `rax`, if any.
    pub result: Option<ValType>,
    /// Whether it may report a trap in `rdx` (the caller then tests it).
    pub can_trap: bool,
    /// Whether it returns a handler to jump to instead of a result (see the module
    /// documentation); only the exception sequences call those.
    pub unwinds: bool,
}

impl BuiltinSignature {
    /// Number of parameters taken from the instruction's immediates.
    pub(crate) fn indices(&self) -> usize {
        self.params
            .iter()
            .filter(|param| **param == BuiltinParam::Index)
            .count()
    }

    /// Number of parameters popped from the value stack.
    pub(crate) fn operands(&self) -> usize {
        self.params.len() - self.indices()
    }
}

/// The kind of a builtin parameter, from its keyword in [`foreach_builtin!`].
macro_rules! builtin_param {
    (index) => {
        BuiltinParam::Index
    };
    (int) => {
        BuiltinParam::Int
    };
    (reference) => {
        BuiltinParam::Reference
    };
    (machine) => {
        BuiltinParam::Machine
    };
}

/// The result type of a builtin, from its keyword in [`foreach_builtin!`].
macro_rules! builtin_result {
    (i32) => {
        Some(ValType::I32)
    };
    (()) => {
        None
    };
    (unwind) => {
        None
    };
}

/// Whether a builtin with this result keyword unwinds.
macro_rules! builtin_unwinds {
    (unwind) => {
        true
    };
    ($other:tt) => {
        false
    };
}

/// Expands the declarations into the enum and its signatures.
macro_rules! declare_builtins {
    ($(
        $(#[$doc:meta])*
        $function:ident = $variant:ident $name:literal
            ($($param:ident: $kind:ident),*) -> $result:tt, can_trap: $can_trap:literal;
    )*) => {
        /// A builtin; its discriminant is its index in the store context's table.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub(crate) enum Builtin {
            $($(#[$doc])* $variant,)*
        }

        /// Number of [`Builtin`]s.
        pub(crate) const BUILTIN_COUNT: usize = [$(Builtin::$variant),*].len();

        impl Builtin {
            /// Every builtin, in table order.
            pub(crate) const ALL: [Builtin; BUILTIN_COUNT] = [$(Builtin::$variant),*];

            /// The WebAssembly instruction it implements (`memory.grow`).
            pub(crate) const fn name(self) -> &'static str {
                match self {
                    $(Builtin::$variant => $name,)*
                }
            }

            /// Its parameters, result and whether it can trap.
            pub(crate) const fn signature(self) -> BuiltinSignature {
                match self {
                    $(Builtin::$variant => BuiltinSignature {
                        params: &[$(builtin_param!($kind)),*],
                        result: builtin_result!($result),
                        can_trap: $can_trap,
                        unwinds: builtin_unwinds!($result),
                    },)*
                }
            }
        }
    };
}

foreach_builtin!(declare_builtins);

/// Most parameters a builtin takes after the `VMContext` (the registers `rsi`, `rdx`,
/// `rcx` and `r8`).
pub(crate) const MAX_BUILTIN_PARAMS: usize = 4;

// Every signature fits the registers and lists its indices before its operands.
const _: () = {
    let mut builtin = 0;
    while builtin < BUILTIN_COUNT {
        let params = Builtin::ALL[builtin].signature().params;
        assert!(params.len() <= MAX_BUILTIN_PARAMS);
        let mut param = 1;
        while param < params.len() {
            assert!(
                !matches!(params[param], BuiltinParam::Index)
                    || matches!(params[param - 1], BuiltinParam::Index)
            );
            param += 1;
        }
        builtin += 1;
    }
};

/// What a builtin returns: its result in `rax` and a trap code (0 for none) in `rdx`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct BuiltinReturn {
    /// The result (0 when the builtin has none).
    pub value: u64,
    /// The trap code, 0 when it did not trap.
    pub trap: u64,
}

impl BuiltinReturn {
    /// Returns `value` without a trap.
    pub(crate) fn value(value: u64) -> Self {
        BuiltinReturn { value, trap: 0 }
    }

    /// Returns nothing and does not trap.
    pub(crate) fn done() -> Self {
        Self::value(0)
    }

    /// Traps with `code`.
    pub(crate) fn trap(code: TrapCode) -> Self {
        BuiltinReturn {
            value: 0,
            trap: code as u64,
        }
    }

    /// Returns nothing, or traps with the error's code.
    pub(crate) fn from(outcome: Result<(), TrapCode>) -> Self {
        match outcome {
            Ok(()) => Self::done(),
            Err(code) => Self::trap(code),
        }
    }
}

/// The type of every builtin: `VMContext`, then up to four parameters.
pub(crate) type BuiltinFn = unsafe extern "C" fn(*mut u64, u64, u64, u64, u64) -> BuiltinReturn;

/// The table of builtins a store context holds, indexed by [`Builtin`].
pub(crate) type BuiltinTable = [BuiltinFn; BUILTIN_COUNT];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn discriminants_are_table_indices() {
        for (index, builtin) in Builtin::ALL.iter().enumerate() {
            assert_eq!(*builtin as usize, index, "{builtin:?}");
        }
    }

    #[test]
    fn names_are_distinct_instructions() {
        let mut names: Vec<_> = Builtin::ALL.iter().map(|builtin| builtin.name()).collect();
        // Instruction names: `memory.grow`, `throw_ref`, `memory.atomic.wait32`.
        assert!(names.iter().all(|name| {
            !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'_')
        }));
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), BUILTIN_COUNT);
    }

    #[test]
    fn signatures_say_what_is_popped_and_pushed() {
        let grow = Builtin::TableGrow.signature();
        assert_eq!((grow.indices(), grow.operands()), (1, 2));
        assert_eq!(grow.result, Some(ValType::I32));
        let drop = Builtin::ElemDrop.signature();
        assert_eq!((drop.indices(), drop.operands(), drop.result), (1, 0, None));
        assert!(!drop.can_trap && Builtin::MemoryFill.signature().can_trap);
    }
}
