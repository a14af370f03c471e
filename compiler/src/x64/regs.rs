//! Register names and the sets the allocator hands out.

/// A general-purpose register, by hardware number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Gpr(pub u8);

/// An SSE register, by hardware number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Xmm(pub u8);

/// Register class of a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegClass {
    /// General-purpose registers (integers and references).
    Gpr,
    /// SSE registers (floats).
    Xmm,
}

/// Any register a value can live in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reg {
    /// A general-purpose register.
    Gpr(Gpr),
    /// An SSE register.
    Xmm(Xmm),
}

impl Reg {
    /// The register's class.
    pub fn class(self) -> RegClass {
        match self {
            Reg::Gpr(_) => RegClass::Gpr,
            Reg::Xmm(_) => RegClass::Xmm,
        }
    }
}

/// `rax`.
pub const RAX: Gpr = Gpr(0);
/// `rcx`.
pub const RCX: Gpr = Gpr(1);
/// `rdx`.
pub const RDX: Gpr = Gpr(2);
/// `rsp`.
pub const RSP: Gpr = Gpr(4);
/// `rbp`.
pub const RBP: Gpr = Gpr(5);
/// `rsi`.
pub const RSI: Gpr = Gpr(6);
/// `rdi`.
pub const RDI: Gpr = Gpr(7);
/// `rbx`, callee-saved: may hold a pinned local.
pub const RBX: Gpr = Gpr(3);
/// `r12`, callee-saved: may hold a pinned local.
pub const R12: Gpr = Gpr(12);
/// `r13`, callee-saved: may hold a pinned local.
pub const R13: Gpr = Gpr(13);
/// `r15`, callee-saved: may hold a pinned local.
pub const R15: Gpr = Gpr(15);
/// `r8`, caller-saved: may hold a pinned local in a body that calls nothing.
pub const R8: Gpr = Gpr(8);
/// `r9`, caller-saved: may hold a pinned local instead of value-stack entries.
pub const R9: Gpr = Gpr(9);
/// `r10`, caller-saved: may hold a pinned local instead of value-stack entries.
pub const R10: Gpr = Gpr(10);
/// `r14`, pinned to the `VMContext` pointer.
pub const VMCTX: Gpr = Gpr(14);
/// `xmm0`, the float return register.
pub const XMM0: Xmm = Xmm(0);
/// Callee-saved registers a function may pin its most used integer locals to, in the
/// order they are handed out. A function saves the ones it pins in its prologue and
/// restores them in its epilogue; the value stack never uses them.
pub const PINNABLE_GPRS: [Gpr; 4] = [RBX, R12, R13, R15];

/// Caller-saved registers a function may also pin integer locals to, in the order they
/// are handed out (the allocator reaches them last). The value stack of that function
/// does not use them, and every call the function makes stores them to the locals'
/// slots before and reloads them after. Only a body that calls nothing gets the ones
/// after the first [`CALLER_SAVED_PINNABLE_WITH_CALLS`]: `r8` carries a runtime
/// builtin's argument.
pub const CALLER_SAVED_PINNABLE_GPRS: [Gpr; 3] = [R10, R9, R8];
/// How many of [`CALLER_SAVED_PINNABLE_GPRS`] a body with calls may pin.
pub const CALLER_SAVED_PINNABLE_WITH_CALLS: usize = 2;
/// General-purpose registers the allocator may use for value-stack entries: all but
/// `rsp`, `rbp`, `r11` (the scratch register `x64/masm/scratch.rs` lends), `r14` and
/// the pinnable registers, all caller-saved.
pub const ALLOCATABLE_GPRS: u16 =
    !((1 << 3) | (1 << 4) | (1 << 5) | (1 << 11) | (1 << 12) | (1 << 13) | (1 << 14) | (1 << 15));
/// SSE registers the allocator may use: `xmm0`–`xmm14` (`xmm15` is the scratch
/// register `x64/masm/scratch.rs` lends).
pub const ALLOCATABLE_XMMS: u16 = 0x7fff;

/// The register a single result of `class` is returned in (and block results merge in).
pub fn return_reg(class: RegClass) -> Reg {
    match class {
        RegClass::Gpr => Reg::Gpr(RAX),
        RegClass::Xmm => Reg::Xmm(XMM0),
    }
}
