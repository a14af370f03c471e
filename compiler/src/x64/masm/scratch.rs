//! The scratch registers, lent for one scope.
//!
//! `r11` and `xmm15` never hold a value-stack entry, and no code outside this file
//! names them: code that needs a temporary for a few instructions borrows one with
//! [`Masm::with_scratch_gpr`] or [`Masm::with_scratch_xmm`], which pass it to a
//! closure together with the assembler, and helpers of the macro-assembler that need
//! a temporary borrow it the same way. A register that must outlive one closure (the
//! base of a memory access, formed before the instructions that use it) is lent with
//! [`Masm::lend_scratch_gpr`] as a [`ScratchGpr`] and handed back with
//! [`Masm::return_scratch_gpr`]. Builds with debug assertions check that a scratch
//! register is not lent twice at once: a helper that clobbers the scratch register
//! called while its caller still holds it panics instead of silently corrupting the
//! caller's value.

use super::Masm;
use crate::x64::regs::{Gpr, Reg, Xmm};

/// `r11`, the general-purpose scratch register (excluded from
/// [`crate::x64::regs::ALLOCATABLE_GPRS`]).
const SCRATCH: Gpr = Gpr(11);
/// `xmm15`, the SSE scratch register (excluded from
/// [`crate::x64::regs::ALLOCATABLE_XMMS`]).
const SCRATCH_XMM: Xmm = Xmm(15);

/// The general-purpose scratch register, lent beyond one closure by
/// [`Masm::lend_scratch_gpr`]. Neither `Copy` nor `Clone`: the one value is handed back
/// with [`Masm::return_scratch_gpr`], and until then builds with debug assertions
/// refuse to lend the register again.
#[must_use = "a lent scratch register is handed back with `Masm::return_scratch_gpr`"]
#[derive(Debug, PartialEq, Eq)]
pub struct ScratchGpr(Gpr);

impl ScratchGpr {
    /// The register.
    pub fn gpr(&self) -> Gpr {
        self.0
    }
}

/// Which scratch registers are lent out (tracked in builds with debug assertions).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct LentScratch {
    gpr: bool,
    xmm: bool,
}

impl Masm {
    /// Runs `f` with the general-purpose scratch register lent to it.
    ///
    /// # Panics
    ///
    /// In builds with debug assertions, when the register is already lent (nested
    /// acquisition: the outer holder's value would be clobbered).
    #[inline(always)]
    pub fn with_scratch_gpr<R>(&mut self, f: impl FnOnce(&mut Masm, Gpr) -> R) -> R {
        if cfg!(debug_assertions) {
            assert!(!self.lent.gpr, "the scratch GPR is already lent");
            self.lent.gpr = true;
        }
        let result = f(self, SCRATCH);
        if cfg!(debug_assertions) {
            self.lent.gpr = false;
        }
        result
    }

    /// Runs `f` with the SSE scratch register lent to it.
    ///
    /// # Panics
    ///
    /// In builds with debug assertions, when the register is already lent.
    #[inline(always)]
    pub fn with_scratch_xmm<R>(&mut self, f: impl FnOnce(&mut Masm, Xmm) -> R) -> R {
        if cfg!(debug_assertions) {
            assert!(!self.lent.xmm, "the scratch XMM is already lent");
            self.lent.xmm = true;
        }
        let result = f(self, SCRATCH_XMM);
        if cfg!(debug_assertions) {
            self.lent.xmm = false;
        }
        result
    }

    /// Lends the general-purpose scratch register until [`Self::return_scratch_gpr`]:
    /// for a value that several helpers use in turn (a memory access's base address),
    /// none of which may borrow the register meanwhile.
    ///
    /// # Panics
    ///
    /// In builds with debug assertions, when the register is already lent.
    #[inline(always)]
    pub fn lend_scratch_gpr(&mut self) -> ScratchGpr {
        if cfg!(debug_assertions) {
            assert!(!self.lent.gpr, "the scratch GPR is already lent");
            self.lent.gpr = true;
        }
        ScratchGpr(SCRATCH)
    }

    /// Takes back the register [`Self::lend_scratch_gpr`] lent.
    #[inline(always)]
    pub fn return_scratch_gpr(&mut self, loan: ScratchGpr) {
        debug_assert_eq!(loan.0, SCRATCH);
        if cfg!(debug_assertions) {
            self.lent.gpr = false;
        }
    }

    /// Whether no scratch register is lent (always true in builds without debug
    /// assertions, which do not track them).
    pub fn scratch_is_free(&self) -> bool {
        self.lent == LentScratch::default()
    }
}

/// Whether `reg` is one of the scratch registers, which never hold a value.
pub fn is_scratch(reg: Reg) -> bool {
    reg == Reg::Gpr(SCRATCH) || reg == Reg::Xmm(SCRATCH_XMM)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scratch_registers_are_lent_one_scope_at_a_time() {
        let mut masm = Masm::new();
        let (gpr, xmm) = masm.with_scratch_gpr(|masm, gpr| {
            assert_eq!(masm.scratch_is_free(), !cfg!(debug_assertions));
            let xmm = masm.with_scratch_xmm(|_, xmm| xmm);
            (gpr, xmm)
        });
        assert!(masm.scratch_is_free());
        assert!(is_scratch(Reg::Gpr(gpr)) && is_scratch(Reg::Xmm(xmm)));
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "already lent")]
    fn lending_the_scratch_gpr_twice_panics() {
        let mut masm = Masm::new();
        masm.with_scratch_gpr(|masm, _| masm.push_imm64(i64::MAX));
    }

    #[test]
    fn a_long_loan_is_handed_back() {
        let mut masm = Masm::new();
        let loan = masm.lend_scratch_gpr();
        assert!(is_scratch(Reg::Gpr(loan.gpr())));
        assert_eq!(masm.scratch_is_free(), !cfg!(debug_assertions));
        masm.return_scratch_gpr(loan);
        assert!(masm.scratch_is_free());
        masm.with_scratch_gpr(|masm, _| assert!(masm.scratch_is_free() != cfg!(debug_assertions)));
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "already lent")]
    fn a_helper_borrowing_the_scratch_gpr_during_a_long_loan_panics() {
        let mut masm = Masm::new();
        let _loan = masm.lend_scratch_gpr();
        masm.push_imm64(i64::MAX);
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "already lent")]
    fn lending_the_scratch_xmm_twice_panics() {
        let mut masm = Masm::new();
        masm.with_scratch_xmm(|masm, dst| masm.v128_not(dst));
    }
}
