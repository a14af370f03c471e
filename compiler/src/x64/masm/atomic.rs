//! Atomic memory instructions: locked read-modify-writes, exchanges and fences.
//!
//! x86-64 is totally store-ordered, so an aligned plain `mov` is already an atomic
//! sequentially consistent load; stores, read-modify-writes and compare-exchanges take
//! the `lock`ed instructions here (`xchg` with memory is locked implicitly). Every
//! access is `bytes` (1, 2, 4 or 8) wide; a narrow access reads and writes the low
//! bytes of its register.

use super::{asm, with_address, Masm};
use crate::x64::regs::Gpr;
use crate::x64::Address;

/// A read-modify-write that the processor does in one locked instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockedRmw {
    /// `lock xadd`: memory gets `memory + reg`, `reg` gets the old value.
    Add,
    /// `xchg`: memory gets `reg`, `reg` gets the old value.
    Exchange,
}

impl Masm {
    /// `op [address], reg` for a [`LockedRmw`] of `bytes` bytes: afterwards `reg`'s
    /// low `bytes` hold the value memory had (the bits above are unchanged for 1 and
    /// 2 bytes, zeroed for 4).
    pub fn locked_rmw(&mut self, op: LockedRmw, bytes: u8, address: Address, reg: Gpr) {
        let r = reg.0;
        match (op, bytes) {
            (LockedRmw::Add, 1) => with_address!(self, address, (lock xadd BYTE) (, Rb(r))),
            (LockedRmw::Add, 2) => with_address!(self, address, (lock xadd WORD) (, Rw(r))),
            (LockedRmw::Add, 4) => with_address!(self, address, (lock xadd DWORD) (, Rd(r))),
            (LockedRmw::Add, _) => with_address!(self, address, (lock xadd QWORD) (, Rq(r))),
            (LockedRmw::Exchange, 1) => with_address!(self, address, (xchg BYTE) (, Rb(r))),
            (LockedRmw::Exchange, 2) => with_address!(self, address, (xchg WORD) (, Rw(r))),
            (LockedRmw::Exchange, 4) => with_address!(self, address, (xchg DWORD) (, Rd(r))),
            (LockedRmw::Exchange, _) => with_address!(self, address, (xchg QWORD) (, Rq(r))),
        }
    }

    /// `lock cmpxchg [address], replacement` of `bytes` bytes: compares the low
    /// `bytes` of `rax` with memory and stores `replacement` if they are equal;
    /// otherwise loads memory into the low `bytes` of `rax`. `ZF` is set on a store.
    pub fn lock_cmpxchg(&mut self, bytes: u8, address: Address, replacement: Gpr) {
        let r = replacement.0;
        match bytes {
            1 => with_address!(self, address, (lock cmpxchg BYTE) (, Rb(r))),
            2 => with_address!(self, address, (lock cmpxchg WORD) (, Rw(r))),
            4 => with_address!(self, address, (lock cmpxchg DWORD) (, Rd(r))),
            _ => with_address!(self, address, (lock cmpxchg QWORD) (, Rq(r))),
        }
    }

    /// `test reg8, mask`: sets `ZF` when none of `mask`'s bits is set in the low
    /// byte of `reg` (an alignment test).
    pub fn test_low_byte(&mut self, reg: Gpr, mask: u8) {
        asm!(self; test Rb(reg.0), mask as i8);
    }

    /// `mfence`: orders every earlier load and store before every later one.
    pub fn mfence(&mut self) {
        asm!(self; mfence);
    }
}
