//! x86-64 specifics: registers, addresses and the macro-assembler.
//!
//! # Calling convention (wasm → wasm)
//!
//! * `r14` holds the callee's `VMContext` pointer on entry ([`regs::VMCTX`]). Direct
//!   calls leave it as it is; calls to imported or indirect functions load the
//!   callee's. Either way the caller reloads its own from its frame after the call:
//!   the callee may have tail-called into another instance or a host function and
//!   returns with that one's.
//! * A call through a `VMFuncRef` also passes the caller's `VMContext` in `r11` (the
//!   scratch register, free at every call), for the host-call stub to name the calling
//!   instance; wasm callees ignore it.
//! * Arguments are passed on the stack, each in a slot of 8 bytes (16 for `v128`), in
//!   an area of `A = max(parameter bytes, result bytes)`. The caller pushes argument 0
//!   first, so in the callee argument `i` is at `[rbp + 16 + A - end(i)]`, `end(i)`
//!   being the bytes of arguments `0..=i` (`module::slot_ends`). When the results need
//!   more bytes than the parameters the caller reserves the extra below the arguments.
//! * One result returns in `rax` (integers, references) or `xmm0` (floats, `v128`);
//!   several results return in the argument area, laid out like arguments: result `i`
//!   at `end(i)` bytes below the area's top, wherever its bottom is.
//! * The callee pops the area (`ret imm16`), all of it but the results left there
//!   (`FuncType::callee_pop_bytes`), so the caller finds `rsp` right below them
//!   whatever area the function that finally returns had. That is what lets a tail
//!   call (`codegen/tail_call.rs`) give the callee a bigger or smaller area than its
//!   own: it moves the arguments, the return address and the saved frame pointer so
//!   the new area ends where its own did, then jumps.
//! * Every register the value stack uses is caller-saved; `rbp` is the frame pointer,
//!   `r11` and `xmm15` are scratch registers no value ever lives in.
//! * `rbx`, `r12`, `r13` and `r15` are callee-saved ([`regs::PINNABLE_GPRS`]): a
//!   function may pin its most used integer locals to them for its whole body, saving
//!   the caller's values in its prologue and restoring them in its epilogue. Host code
//!   (System V) preserves them too, and the entry trampoline saves them for the host.
//! * `r10` and `r9` may also hold pinned locals ([`regs::CALLER_SAVED_PINNABLE_GPRS`]),
//!   and `r8` too in a body that calls nothing: they stay caller-saved, so a function
//!   that pins them stores them to the locals' slots before each call it makes and
//!   reloads them after.
//! * The callee's frame: `[rbp + 8]` the return address, `[rbp]` the caller's frame
//!   pointer (the chain a frame walk follows; a tail call leaves the caller's caller
//!   there), `[rbp - 8]` its `VMContext`, then the save slots of the registers it pins
//!   (8 bytes each), then one slot per declared local (8 bytes, 16 for `v128`), then
//!   the spilled part of the value stack.

#![forbid(unsafe_code)]

pub mod masm;
pub mod regs;

pub use masm::Masm;
pub use regs::{Gpr, Reg, RegClass, Xmm};

/// Width of an integer operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OperandSize {
    /// 32 bits.
    S32,
    /// 64 bits.
    S64,
}

/// A memory operand `[base + disp]`, optionally `[base + index + disp]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Address {
    /// Base register.
    pub base: Gpr,
    /// Optional index register (scale 1).
    pub index: Option<Gpr>,
    /// Displacement.
    pub disp: i32,
}

impl Address {
    /// `[base + disp]`.
    pub fn offset(base: Gpr, disp: i32) -> Self {
        Address {
            base,
            index: None,
            disp,
        }
    }

    /// `[base + index + disp]`.
    pub fn indexed(base: Gpr, index: Gpr, disp: i32) -> Self {
        Address {
            base,
            index: Some(index),
            disp,
        }
    }

    /// `[rbp + disp]`, a slot of the current frame.
    pub fn frame(disp: i32) -> Self {
        Self::offset(regs::RBP, disp)
    }
}

/// A condition code for branches and `setcc`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cond {
    /// Equal / zero.
    Eq,
    /// Not equal / not zero.
    Ne,
    /// Signed less than.
    Lt,
    /// Signed less or equal.
    Le,
    /// Signed greater than.
    Gt,
    /// Signed greater or equal.
    Ge,
    /// Unsigned below.
    Below,
    /// Unsigned below or equal.
    BelowEq,
    /// Unsigned above.
    Above,
    /// Unsigned above or equal.
    AboveEq,
    /// Parity (unordered float comparison).
    Parity,
    /// No parity.
    NoParity,
    /// Overflow.
    Overflow,
    /// Sign flag set.
    Sign,
}

impl Cond {
    /// The condition that holds exactly when `self` does not.
    pub fn invert(self) -> Cond {
        match self {
            Cond::Eq => Cond::Ne,
            Cond::Ne => Cond::Eq,
            Cond::Lt => Cond::Ge,
            Cond::Le => Cond::Gt,
            Cond::Gt => Cond::Le,
            Cond::Ge => Cond::Lt,
            Cond::Below => Cond::AboveEq,
            Cond::BelowEq => Cond::Above,
            Cond::Above => Cond::BelowEq,
            Cond::AboveEq => Cond::Below,
            Cond::Parity => Cond::NoParity,
            Cond::NoParity => Cond::Parity,
            Cond::Overflow => Cond::Overflow,
            Cond::Sign => Cond::Sign,
        }
    }
}
