//! Spilling, in one place: moving value-stack entries to the machine stack (8-byte
//! slots, 16 for `v128`) and storing a value into a given slot. Everything that leaves a
//! register or a lazy local read for memory goes through here.

use super::context::CodeGen;
use super::value_stack::{Location, Value};
use crate::module::ValType;
use crate::x64::masm::FloatSize;
use crate::x64::regs::RSP;
use crate::x64::{Address, OperandSize, Reg};

impl CodeGen<'_> {
    /// Moves every register- or local-backed entry to the machine stack, in order,
    /// freeing their registers. Constants stay constants.
    pub(crate) fn spill_all(&mut self) {
        self.spill_all_pushing_constants_from(usize::MAX);
    }

    /// [`Self::spill_all`], pushing the constants at index `first` and above too: when
    /// the entries from `first` up are a call's arguments, each one then lands in its
    /// argument slot as it is pushed, with nothing left to move.
    pub(crate) fn spill_all_pushing_constants_from(&mut self, first: usize) {
        for index in self.cx.stack.settled()..self.cx.stack.len() {
            let value = self.cx.stack.entries()[index];
            if value.ty == ValType::V128 {
                self.spill_v128(index, value);
                continue;
            }
            match value.location {
                Location::Const(bits) if index >= first => self.masm.push_imm64(bits),
                Location::Const(_) | Location::Spilled(_) => continue,
                Location::Reg(Reg::Gpr(gpr)) => {
                    self.masm.push(gpr);
                    self.cx.regs.free(Reg::Gpr(gpr));
                }
                Location::Flags(cond) => {
                    self.masm.with_scratch_gpr(|masm, scratch| {
                        masm.setcc(cond, scratch);
                        masm.push(scratch);
                    });
                }
                Location::Reg(Reg::Xmm(xmm)) => {
                    self.masm.adjust_rsp(-8);
                    self.masm
                        .float_store(FloatSize::F64, Address::offset(RSP, 0), xmm);
                    self.cx.regs.free(Reg::Xmm(xmm));
                }
                Location::Local(index) => match self.pinned_local(index) {
                    Some(reg) => self.masm.push(reg),
                    None => {
                        let address = self.value_address(value);
                        self.masm.push_mem(address);
                    }
                },
            }
            self.grow_depth(8);
            self.cx
                .stack
                .relocate(index, Location::Spilled(self.cx.depth));
        }
        self.cx.stack.mark_settled();
    }

    /// Spills the `v128` stack entry `index` (a register or a lazy local read) to a new
    /// 16-byte slot at the machine-stack top; constants and spilled entries stay.
    pub(crate) fn spill_v128(&mut self, index: usize, value: Value) {
        let top = Address::offset(RSP, 0);
        match value.location {
            Location::Reg(Reg::Xmm(xmm)) => {
                self.masm.adjust_rsp(-16);
                self.masm.v128_store(top, xmm);
                self.cx.regs.free(Reg::Xmm(xmm));
            }
            Location::Local(_) => {
                let address = self.value_address(value);
                self.masm.with_scratch_xmm(|masm, scratch| {
                    masm.v128_load(scratch, address);
                    masm.adjust_rsp(-16);
                    masm.v128_store(top, scratch);
                });
            }
            _ => return,
        }
        self.grow_depth(16);
        self.cx
            .stack
            .relocate(index, Location::Spilled(self.cx.depth));
    }

    /// Emits code that stores `value` into its slot at `address` (8 bytes, 16 for
    /// `v128`).
    pub(crate) fn store_value(&mut self, value: Value, address: Address) {
        if value.ty == ValType::V128 {
            return self.store_v128_value(value, address);
        }
        if let Some(source) = self.pinned_source(value) {
            return self.masm.store(OperandSize::S64, address, source);
        }
        match value.location {
            Location::Reg(Reg::Gpr(src)) => self.masm.store(OperandSize::S64, address, src),
            Location::Reg(Reg::Xmm(src)) => self.masm.float_store(FloatSize::F64, address, src),
            Location::Const(bits) => self.masm.store_imm64(address, bits),
            Location::Flags(cond) => {
                self.masm.with_scratch_gpr(|masm, scratch| {
                    masm.setcc(cond, scratch);
                    masm.store(OperandSize::S64, address, scratch);
                });
            }
            Location::Local(_) | Location::Spilled(_) => {
                let source = self.value_address(value);
                if source != address {
                    self.masm.copy_slot(address, source);
                }
            }
        }
    }

    /// Stores the `v128` `value` into the 16-byte slot at `address`.
    pub(crate) fn store_v128_value(&mut self, value: Value, address: Address) {
        match value.location {
            Location::Reg(Reg::Xmm(xmm)) => self.masm.v128_store(address, xmm),
            Location::Local(_) | Location::Spilled(_) => {
                let source = self.value_address(value);
                if source != address {
                    self.masm.with_scratch_xmm(|masm, scratch| {
                        masm.v128_load(scratch, source);
                        masm.v128_store(address, scratch);
                    });
                }
            }
            // `v128` values are never constants, flags or GPR-held.
            _ => {}
        }
    }
}
