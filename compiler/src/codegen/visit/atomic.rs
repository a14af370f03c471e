//! Atomic memory operators (the threads proposal): loads, stores, read-modify-writes,
//! compare-exchanges, `atomic.fence`, `memory.atomic.wait32/64` and
//! `memory.atomic.notify`.
//!
//! Every atomic access first traps with `unaligned atomic` unless its effective
//! address (`index + offset`) is a multiple of its size, then is bounds-checked like
//! any access (`memory_operand`: guard pages, or the explicit check of a 64-bit
//! memory). The lowering follows x86-64's memory model: a load is a plain `mov`
//! (zero-extending), a store an `xchg`, `add`/`sub` a `lock xadd` (of the negated
//! operand for `sub`), `xchg` an `xchg`, `and`/`or`/`xor` a `lock cmpxchg` loop, and a
//! compare-exchange one `lock cmpxchg`. Narrow results are zero-extended. Waiting and
//! notifying are builtins, given the effective address computed here.

use wasmparser::MemArg;

use crate::builtins::Builtin;
use crate::codegen::context::CodeGen;
use crate::codegen::visit::memory::MemoryOperand;
use crate::error::{CompileError, CompileResult};
use crate::module::ValType;
use crate::trap::TrapCode;
use crate::x64::masm::{AluOp, Extend, LockedRmw};
use crate::x64::regs::RAX;
use crate::x64::{Cond, Gpr, OperandSize, Reg};

/// A read-modify-write operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RmwOp {
    Add,
    Sub,
    And,
    Or,
    Xor,
    Exchange,
}

macro_rules! atomic_loads {
    ($($visit:ident => $ty:ident, $bytes:literal;)*) => {
        impl CodeGen<'_> {
            $(
                pub(crate) fn $visit(&mut self, memarg: MemArg) -> CompileResult<()> {
                    self.atomic_load(memarg, ValType::$ty, $bytes)
                }
            )*
        }
    };
}

macro_rules! atomic_stores {
    ($($visit:ident => $bytes:literal;)*) => {
        impl CodeGen<'_> {
            $(
                pub(crate) fn $visit(&mut self, memarg: MemArg) -> CompileResult<()> {
                    self.atomic_store(memarg, $bytes)
                }
            )*
        }
    };
}

macro_rules! atomic_rmws {
    ($($visit:ident => $ty:ident, $bytes:literal, $op:ident;)*) => {
        impl CodeGen<'_> {
            $(
                pub(crate) fn $visit(&mut self, memarg: MemArg) -> CompileResult<()> {
                    self.atomic_rmw(memarg, ValType::$ty, $bytes, RmwOp::$op)
                }
            )*
        }
    };
}

macro_rules! atomic_cmpxchgs {
    ($($visit:ident => $ty:ident, $bytes:literal;)*) => {
        impl CodeGen<'_> {
            $(
                pub(crate) fn $visit(&mut self, memarg: MemArg) -> CompileResult<()> {
                    self.atomic_cmpxchg(memarg, ValType::$ty, $bytes)
                }
            )*
        }
    };
}

atomic_loads! {
    visit_i32_atomic_load => I32, 4;
    visit_i64_atomic_load => I64, 8;
    visit_i32_atomic_load8_u => I32, 1;
    visit_i32_atomic_load16_u => I32, 2;
    visit_i64_atomic_load8_u => I64, 1;
    visit_i64_atomic_load16_u => I64, 2;
    visit_i64_atomic_load32_u => I64, 4;
}

atomic_stores! {
    visit_i32_atomic_store => 4;
    visit_i64_atomic_store => 8;
    visit_i32_atomic_store8 => 1;
    visit_i32_atomic_store16 => 2;
    visit_i64_atomic_store8 => 1;
    visit_i64_atomic_store16 => 2;
    visit_i64_atomic_store32 => 4;
}

atomic_rmws! {
    visit_i32_atomic_rmw_add => I32, 4, Add;
    visit_i64_atomic_rmw_add => I64, 8, Add;
    visit_i32_atomic_rmw8_add_u => I32, 1, Add;
    visit_i32_atomic_rmw16_add_u => I32, 2, Add;
    visit_i64_atomic_rmw8_add_u => I64, 1, Add;
    visit_i64_atomic_rmw16_add_u => I64, 2, Add;
    visit_i64_atomic_rmw32_add_u => I64, 4, Add;
    visit_i32_atomic_rmw_sub => I32, 4, Sub;
    visit_i64_atomic_rmw_sub => I64, 8, Sub;
    visit_i32_atomic_rmw8_sub_u => I32, 1, Sub;
    visit_i32_atomic_rmw16_sub_u => I32, 2, Sub;
    visit_i64_atomic_rmw8_sub_u => I64, 1, Sub;
    visit_i64_atomic_rmw16_sub_u => I64, 2, Sub;
    visit_i64_atomic_rmw32_sub_u => I64, 4, Sub;
    visit_i32_atomic_rmw_and => I32, 4, And;
    visit_i64_atomic_rmw_and => I64, 8, And;
    visit_i32_atomic_rmw8_and_u => I32, 1, And;
    visit_i32_atomic_rmw16_and_u => I32, 2, And;
    visit_i64_atomic_rmw8_and_u => I64, 1, And;
    visit_i64_atomic_rmw16_and_u => I64, 2, And;
    visit_i64_atomic_rmw32_and_u => I64, 4, And;
    visit_i32_atomic_rmw_or => I32, 4, Or;
    visit_i64_atomic_rmw_or => I64, 8, Or;
    visit_i32_atomic_rmw8_or_u => I32, 1, Or;
    visit_i32_atomic_rmw16_or_u => I32, 2, Or;
    visit_i64_atomic_rmw8_or_u => I64, 1, Or;
    visit_i64_atomic_rmw16_or_u => I64, 2, Or;
    visit_i64_atomic_rmw32_or_u => I64, 4, Or;
    visit_i32_atomic_rmw_xor => I32, 4, Xor;
    visit_i64_atomic_rmw_xor => I64, 8, Xor;
    visit_i32_atomic_rmw8_xor_u => I32, 1, Xor;
    visit_i32_atomic_rmw16_xor_u => I32, 2, Xor;
    visit_i64_atomic_rmw8_xor_u => I64, 1, Xor;
    visit_i64_atomic_rmw16_xor_u => I64, 2, Xor;
    visit_i64_atomic_rmw32_xor_u => I64, 4, Xor;
    visit_i32_atomic_rmw_xchg => I32, 4, Exchange;
    visit_i64_atomic_rmw_xchg => I64, 8, Exchange;
    visit_i32_atomic_rmw8_xchg_u => I32, 1, Exchange;
    visit_i32_atomic_rmw16_xchg_u => I32, 2, Exchange;
    visit_i64_atomic_rmw8_xchg_u => I64, 1, Exchange;
    visit_i64_atomic_rmw16_xchg_u => I64, 2, Exchange;
    visit_i64_atomic_rmw32_xchg_u => I64, 4, Exchange;
}

atomic_cmpxchgs! {
    visit_i32_atomic_rmw_cmpxchg => I32, 4;
    visit_i64_atomic_rmw_cmpxchg => I64, 8;
    visit_i32_atomic_rmw8_cmpxchg_u => I32, 1;
    visit_i32_atomic_rmw16_cmpxchg_u => I32, 2;
    visit_i64_atomic_rmw8_cmpxchg_u => I64, 1;
    visit_i64_atomic_rmw16_cmpxchg_u => I64, 2;
    visit_i64_atomic_rmw32_cmpxchg_u => I64, 4;
}

/// The operand size of an access of `bytes` bytes (narrow ones work on 32 bits).
fn size_of(bytes: u8) -> OperandSize {
    if bytes == 8 {
        OperandSize::S64
    } else {
        OperandSize::S32
    }
}

/// The zero-extension that leaves exactly the low `bytes` of a register, if any is
/// needed (8 bytes need none).
fn zero_extension(bytes: u8) -> Option<Extend> {
    match bytes {
        1 => Some(Extend::I8U),
        2 => Some(Extend::I16U),
        4 => Some(Extend::I32U),
        _ => None,
    }
}

impl CodeGen<'_> {
    /// The memory `memarg` addresses (atomics never address GC arrays).
    fn atomic_memory(&self, memarg: MemArg) -> CompileResult<u32> {
        match memarg.target {
            wasmparser::MemArgTarget::Memory(memory) => Ok(memory),
            _ => Err(self.unsupported("atomic access to a GC array")),
        }
    }

    /// Pops the address of an atomic access of `bytes` bytes, traps with `unaligned
    /// atomic` unless `index + offset` is a multiple of `bytes`, then forms the
    /// (bounds-checked) address like any access. Returns it with the index register,
    /// which the caller owns.
    fn atomic_operand(&mut self, memarg: MemArg, bytes: u8) -> CompileResult<(MemoryOperand, Gpr)> {
        let memory = self.atomic_memory(memarg)?;
        let index_type = self.memory_index_type(memory).val_type();
        let index = self.pop_gpr()?;
        if bytes > 1 {
            let mask = bytes - 1;
            // Only the offset's low bits can change the alignment of the sum.
            let misalignment = (memarg.offset % u64::from(bytes)) as i32;
            if misalignment == 0 {
                self.masm.test_low_byte(index, mask);
            } else {
                self.masm.with_scratch_gpr(|masm, scratch| {
                    masm.mov_rr(OperandSize::S32, scratch, index);
                    masm.alu_ri(AluOp::Add, OperandSize::S32, scratch, misalignment);
                    masm.test_low_byte(scratch, mask);
                });
            }
            self.trap_if(Cond::Ne, TrapCode::UnalignedAtomic);
        }
        // Handed back as a register, so `memory_operand` takes it as it is (never as a
        // constant displacement or a lent local) and checks bounds afresh.
        self.push_gpr(index_type, index);
        let operand = self.memory_operand(memarg, bytes.into())?;
        let index = operand
            .index
            .ok_or_else(|| CompileError::internal("atomic access without index"))?;
        Ok((operand, index))
    }

    fn atomic_load(&mut self, memarg: MemArg, ty: ValType, bytes: u8) -> CompileResult<()> {
        let (operand, index) = self.atomic_operand(memarg, bytes)?;
        let address = operand.address;
        match zero_extension(bytes) {
            Some(Extend::I32U) if ty == ValType::I32 => {
                self.memory_access(|masm| masm.load(OperandSize::S32, index, address));
            }
            Some(extend) => {
                self.memory_access(|masm| masm.load_extend(extend, index, address));
            }
            None => self.memory_access(|masm| masm.load(OperandSize::S64, index, address)),
        }
        self.end_access(operand);
        self.push_gpr(ty, index);
        Ok(())
    }

    fn atomic_store(&mut self, memarg: MemArg, bytes: u8) -> CompileResult<()> {
        // `xchg` overwrites its register, so the value needs one of its own.
        let value = self.pop_gpr()?;
        let (operand, index) = self.atomic_operand(memarg, bytes)?;
        let address = operand.address;
        self.memory_access(|masm| masm.locked_rmw(LockedRmw::Exchange, bytes, address, value));
        self.end_access(operand);
        self.free_gpr(value);
        self.free_gpr(index);
        Ok(())
    }

    fn atomic_rmw(
        &mut self,
        memarg: MemArg,
        ty: ValType,
        bytes: u8,
        op: RmwOp,
    ) -> CompileResult<()> {
        let locked = match op {
            RmwOp::Add | RmwOp::Sub => LockedRmw::Add,
            RmwOp::Exchange => LockedRmw::Exchange,
            RmwOp::And => return self.atomic_rmw_loop(memarg, ty, bytes, AluOp::And),
            RmwOp::Or => return self.atomic_rmw_loop(memarg, ty, bytes, AluOp::Or),
            RmwOp::Xor => return self.atomic_rmw_loop(memarg, ty, bytes, AluOp::Xor),
        };
        let value = self.pop_gpr()?;
        let (operand, index) = self.atomic_operand(memarg, bytes)?;
        let address = operand.address;
        if op == RmwOp::Sub {
            self.masm.neg(size_of(bytes), value);
        }
        self.memory_access(|masm| masm.locked_rmw(locked, bytes, address, value));
        self.end_access(operand);
        self.free_gpr(index);
        if let Some(extend) = zero_extension(bytes) {
            self.masm.extend(extend, value);
        }
        self.push_gpr(ty, value);
        Ok(())
    }

    /// `and`, `or` and `xor`, which x86 cannot return the old value of: load the old
    /// value into `rax`, compute the new one, and `lock cmpxchg` until no other write
    /// came between.
    fn atomic_rmw_loop(
        &mut self,
        memarg: MemArg,
        ty: ValType,
        bytes: u8,
        op: AluOp,
    ) -> CompileResult<()> {
        // Registers are taken before the address is formed: it may be based on the
        // scratch register, which spilling would clobber.
        self.alloc_specific(Reg::Gpr(RAX))?;
        let new = self.alloc_gpr()?;
        let value = self.pop_gpr()?;
        let (operand, index) = self.atomic_operand(memarg, bytes)?;
        let address = operand.address;
        let size = size_of(bytes);
        match zero_extension(bytes) {
            Some(extend) => self.memory_access(|masm| masm.load_extend(extend, RAX, address)),
            None => self.memory_access(|masm| masm.load(OperandSize::S64, RAX, address)),
        }
        let retry = self.masm.new_label();
        self.masm.bind(retry);
        self.masm.mov_rr(OperandSize::S64, new, RAX);
        self.masm.alu_rr(op, size, new, value);
        self.memory_access(|masm| masm.lock_cmpxchg(bytes, address, new));
        self.masm.jcc(Cond::Ne, retry);
        self.end_access(operand);
        // A failed narrow `cmpxchg` writes only the low bytes of `rax`, whose upper
        // bits are still the zero-extension of the first load.
        self.free_gpr(new);
        self.free_gpr(value);
        self.free_gpr(index);
        self.push_gpr(ty, RAX);
        Ok(())
    }

    fn atomic_cmpxchg(&mut self, memarg: MemArg, ty: ValType, bytes: u8) -> CompileResult<()> {
        self.alloc_specific(Reg::Gpr(RAX))?;
        let replacement = self.pop_gpr()?;
        let expected = self.pop_value()?;
        self.load_value(expected, Reg::Gpr(RAX));
        self.release(expected);
        let (operand, index) = self.atomic_operand(memarg, bytes)?;
        let address = operand.address;
        self.memory_access(|masm| masm.lock_cmpxchg(bytes, address, replacement));
        self.end_access(operand);
        // `rax` holds the old value's low bytes, over the expected value's upper bits
        // (when the exchange happened, all of it is the expected value).
        if let Some(extend) = zero_extension(bytes) {
            self.masm.extend(extend, RAX);
        }
        self.free_gpr(replacement);
        self.free_gpr(index);
        self.push_gpr(ty, RAX);
        Ok(())
    }

    /// `atomic.fence` (its ordering is sequentially consistent, the only one the
    /// threads proposal has).
    pub(crate) fn visit_atomic_fence(
        &mut self,
        _ordering: wasmparser::Ordering,
    ) -> CompileResult<()> {
        self.masm.mfence();
        Ok(())
    }

    /// Replaces the address `below` entries under the top of the stack by the
    /// effective address `index + offset` as a 64-bit value (a carry, possible only
    /// for a 64-bit memory, traps as out of bounds); the builtins that wait and
    /// notify check it against the memory.
    fn effective_address_below(&mut self, memarg: MemArg, below: usize) -> CompileResult<()> {
        self.atomic_memory(memarg)?;
        let mut above = Vec::with_capacity(below);
        for _ in 0..below {
            let value = self.pop_value()?;
            let reg = self.value_into_reg(value)?;
            above.push((value.ty, reg));
        }
        let index = self.pop_gpr()?;
        if memarg.offset != 0 {
            match i32::try_from(memarg.offset) {
                Ok(offset) => self
                    .masm
                    .alu_ri(AluOp::Add, OperandSize::S64, index, offset),
                Err(_) => self.masm.with_scratch_gpr(|masm, scratch| {
                    masm.mov_ri(OperandSize::S64, scratch, memarg.offset as i64);
                    masm.alu_rr(AluOp::Add, OperandSize::S64, index, scratch);
                }),
            }
            self.trap_if(Cond::Below, TrapCode::MemoryOutOfBounds);
        }
        self.push_gpr(ValType::I64, index);
        for (ty, reg) in above.into_iter().rev() {
            self.push_reg(ty, reg);
        }
        Ok(())
    }

    pub(crate) fn visit_memory_atomic_notify(&mut self, memarg: MemArg) -> CompileResult<()> {
        let memory = self.atomic_memory(memarg)?;
        self.effective_address_below(memarg, 1)?;
        self.call_builtin(Builtin::MemoryAtomicNotify, &[memory.into()])
    }

    pub(crate) fn visit_memory_atomic_wait32(&mut self, memarg: MemArg) -> CompileResult<()> {
        let memory = self.atomic_memory(memarg)?;
        self.effective_address_below(memarg, 2)?;
        self.call_builtin(Builtin::MemoryAtomicWait32, &[memory.into()])
    }

    pub(crate) fn visit_memory_atomic_wait64(&mut self, memarg: MemArg) -> CompileResult<()> {
        let memory = self.atomic_memory(memarg)?;
        self.effective_address_below(memarg, 2)?;
        self.call_builtin(Builtin::MemoryAtomicWait64, &[memory.into()])
    }
}
