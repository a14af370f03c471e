//! A register allocator as small as it can be: one bitset of free registers per
//! class. When a class runs out, the code generator spills the value stack, which
//! frees every register held by a stack entry.

use crate::module::ValType;
use crate::x64::regs::{ALLOCATABLE_GPRS, ALLOCATABLE_XMMS};
use crate::x64::{Gpr, Reg, RegClass, Xmm};

/// Free registers, one bit each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RegAlloc {
    free_gprs: u16,
    free_xmms: u16,
    /// The general-purpose registers this function's value stack may use.
    allocatable_gprs: u16,
}

impl Default for RegAlloc {
    fn default() -> Self {
        Self::new()
    }
}

impl RegAlloc {
    /// All allocatable registers free.
    pub fn new() -> Self {
        RegAlloc {
            free_gprs: ALLOCATABLE_GPRS,
            free_xmms: ALLOCATABLE_XMMS,
            allocatable_gprs: ALLOCATABLE_GPRS,
        }
    }

    /// Takes `gpr` out of the allocator for good (a caller-saved register holding a
    /// pinned local). Must be called while every register is free.
    pub fn reserve(&mut self, gpr: Gpr) {
        let bit = Self::bit(Reg::Gpr(gpr));
        self.allocatable_gprs &= !bit;
        self.free_gprs &= !bit;
    }

    fn set(&mut self, class: RegClass) -> &mut u16 {
        match class {
            RegClass::Gpr => &mut self.free_gprs,
            RegClass::Xmm => &mut self.free_xmms,
        }
    }

    fn bit(reg: Reg) -> u16 {
        match reg {
            Reg::Gpr(Gpr(n)) | Reg::Xmm(Xmm(n)) => 1 << n,
        }
    }

    fn make(class: RegClass, number: u8) -> Reg {
        match class {
            RegClass::Gpr => Reg::Gpr(Gpr(number)),
            RegClass::Xmm => Reg::Xmm(Xmm(number)),
        }
    }

    /// Takes the lowest-numbered free register of `class`, if any.
    pub fn alloc(&mut self, class: RegClass) -> Option<Reg> {
        let set = self.set(class);
        if *set == 0 {
            return None;
        }
        let number = set.trailing_zeros() as u8;
        *set &= !(1 << number);
        Some(Self::make(class, number))
    }

    /// Takes `reg` if it is free.
    pub fn alloc_specific(&mut self, reg: Reg) -> bool {
        let bit = Self::bit(reg);
        let set = self.set(reg.class());
        if *set & bit == 0 {
            return false;
        }
        *set &= !bit;
        true
    }

    /// Whether the allocator hands `gpr` out (it is no pinned local's register).
    pub fn is_allocatable(&self, gpr: Gpr) -> bool {
        self.allocatable_gprs & Self::bit(Reg::Gpr(gpr)) != 0
    }

    /// How many general-purpose registers [`Self::reserve`] took out.
    pub fn reserved_count(&self) -> u32 {
        (ALLOCATABLE_GPRS & !self.allocatable_gprs).count_ones()
    }

    /// Gives `reg` back. Registers the allocator never hands out (a pinned local's
    /// register lent to an operator for reading) are ignored.
    pub fn free(&mut self, reg: Reg) {
        let bit = Self::bit(reg);
        let allocatable = match reg.class() {
            RegClass::Gpr => self.allocatable_gprs,
            RegClass::Xmm => ALLOCATABLE_XMMS,
        };
        *self.set(reg.class()) |= bit & allocatable;
    }

    /// The registers of `class` handed out and not given back, one bit each.
    pub fn held(&self, class: RegClass) -> u16 {
        match class {
            RegClass::Gpr => self.allocatable_gprs & !self.free_gprs,
            RegClass::Xmm => ALLOCATABLE_XMMS & !self.free_xmms,
        }
    }

    /// Whether every allocatable register is free.
    pub fn all_free(&self) -> bool {
        self.free_gprs == self.allocatable_gprs && self.free_xmms == ALLOCATABLE_XMMS
    }
}

/// The register class values of `ty` live in.
pub(crate) fn class_of(ty: ValType) -> RegClass {
    if ty.is_integer_like() {
        RegClass::Gpr
    } else {
        RegClass::Xmm
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::x64::masm::is_scratch;
    use crate::x64::regs::{RAX, RCX, VMCTX};

    #[test]
    fn hands_out_each_register_once_and_never_the_reserved_ones() {
        let mut regs = RegAlloc::new();
        let mut seen = Vec::new();
        while let Some(reg) = regs.alloc(RegClass::Gpr) {
            assert!(!seen.contains(&reg));
            seen.push(reg);
        }
        assert_eq!(seen.len(), 8);
        for pinnable in crate::x64::regs::PINNABLE_GPRS {
            assert!(!seen.contains(&Reg::Gpr(pinnable)));
        }
        assert!(!seen.iter().any(|reg| is_scratch(*reg)));
        assert!(!seen.contains(&Reg::Gpr(VMCTX)));
        assert!(regs.alloc(RegClass::Gpr).is_none());
    }

    #[test]
    fn specific_allocation_and_free() {
        let mut regs = RegAlloc::new();
        assert!(regs.alloc_specific(Reg::Gpr(RCX)));
        assert!(!regs.alloc_specific(Reg::Gpr(RCX)));
        assert_eq!(regs.alloc(RegClass::Gpr), Some(Reg::Gpr(RAX)));
        regs.free(Reg::Gpr(RCX));
        regs.free(Reg::Gpr(RAX));
        assert!(regs.all_free());
        regs.free(Reg::Gpr(crate::x64::regs::RBX));
        assert!(
            regs.all_free(),
            "freeing a pinned register must not make it allocatable"
        );
    }

    #[test]
    fn a_reserved_register_is_never_handed_out_even_after_a_free() {
        let r10 = crate::x64::regs::R10;
        let mut regs = RegAlloc::new();
        regs.reserve(r10);
        regs.free(Reg::Gpr(r10));
        assert!(regs.all_free());
        assert!(!regs.alloc_specific(Reg::Gpr(r10)));
        let mut count = 0;
        while let Some(reg) = regs.alloc(RegClass::Gpr) {
            assert_ne!(reg, Reg::Gpr(r10));
            count += 1;
        }
        assert_eq!(count, 7);
        assert_eq!(regs.reserved_count(), 1);
    }
}
