//! Linear-memory loads and stores, `memory.size` and `memory.grow`.
//!
//! Accesses to 32-bit memories rely on the 4 GiB + guard reservation: the address is
//! `base + zero-extended index + offset` with no explicit bounds check; a fault on a
//! guard page becomes an `out of bounds memory access` trap (see `trap_sites`).
//!
//! Accesses to 64-bit memories (and to memories of one-byte pages) are checked
//! explicitly (`memory64_operand`): the end of the access, `index + offset + size`, is
//! computed in the index register (a carry traps), compared with the memory's byte
//! length, and the access addresses `base + end - size`. An access at a local's value
//! that an earlier check since the last label covers (same local, unwritten, same
//! memory, an end no further) is not checked again (`bounds.rs`).

use crate::builtins::Builtin;
use crate::codegen::context::CodeGen;
use crate::codegen::value_stack::Location;
use crate::codegen::TrapSite;
use crate::error::{CompileError, CompileResult};
use crate::module::{IndexType, MemoryIndex, ValType};
use crate::trap::TrapCode;
use crate::vmoffsets;
use crate::x64::masm::{AluOp, Extend, FloatSize, ScratchGpr};
use crate::x64::regs::VMCTX;
use crate::x64::{Address, Cond, Gpr, Masm, OperandSize, Reg};
use wasmparser::MemArg;

/// The effective address of a memory access, formed by [`CodeGen::memory_operand`].
/// When the memory's base is not pinned it is loaded into the scratch register, lent
/// (`base`) until [`CodeGen::end_access`] hands it back: between the two, only the
/// access instructions may be emitted (builds with debug assertions panic when a
/// helper borrows the scratch register meanwhile).
#[must_use = "a memory operand ends with `CodeGen::end_access`"]
pub(crate) struct MemoryOperand {
    /// The address.
    pub(crate) address: Address,
    /// The register holding the index, if the address needs one; the caller owns it
    /// unless it is a pinned local's (see [`CodeGen::memory_operand`]).
    pub(crate) index: Option<Gpr>,
    /// The scratch register holding the base, when it is lent.
    base: Option<ScratchGpr>,
}

/// How a load reads memory.
#[derive(Clone, Copy, Debug)]
enum LoadKind {
    /// A full-width integer load.
    Int(OperandSize),
    /// A narrow integer load, widened.
    Narrow(Extend),
    /// A float load.
    Float(FloatSize),
}

/// How a store writes memory.
#[derive(Clone, Copy, Debug)]
enum StoreKind {
    /// The low `n` bytes (1, 2, 4) of an integer.
    Narrow(u8),
    /// A full 8-byte integer.
    Int64,
    /// A float.
    Float(FloatSize),
}

macro_rules! loads {
    ($($visit:ident => $ty:expr, $kind:expr;)*) => {
        impl CodeGen<'_> {
            $(
                pub(crate) fn $visit(&mut self, memarg: MemArg) -> CompileResult<()> {
                    self.load(memarg, $ty, $kind)
                }
            )*
        }
    };
}

macro_rules! stores {
    ($($visit:ident => $kind:expr;)*) => {
        impl CodeGen<'_> {
            $(
                pub(crate) fn $visit(&mut self, memarg: MemArg) -> CompileResult<()> {
                    self.store(memarg, $kind)
                }
            )*
        }
    };
}

loads! {
    visit_i32_load => ValType::I32, LoadKind::Int(OperandSize::S32);
    visit_i64_load => ValType::I64, LoadKind::Int(OperandSize::S64);
    visit_f32_load => ValType::F32, LoadKind::Float(FloatSize::F32);
    visit_f64_load => ValType::F64, LoadKind::Float(FloatSize::F64);
    visit_i32_load8_s => ValType::I32, LoadKind::Narrow(Extend::I8S);
    visit_i32_load8_u => ValType::I32, LoadKind::Narrow(Extend::I8U);
    visit_i32_load16_s => ValType::I32, LoadKind::Narrow(Extend::I16S);
    visit_i32_load16_u => ValType::I32, LoadKind::Narrow(Extend::I16U);
    visit_i64_load8_s => ValType::I64, LoadKind::Narrow(Extend::I8S);
    visit_i64_load8_u => ValType::I64, LoadKind::Narrow(Extend::I8U);
    visit_i64_load16_s => ValType::I64, LoadKind::Narrow(Extend::I16S);
    visit_i64_load16_u => ValType::I64, LoadKind::Narrow(Extend::I16U);
    visit_i64_load32_s => ValType::I64, LoadKind::Narrow(Extend::I32S);
    visit_i64_load32_u => ValType::I64, LoadKind::Narrow(Extend::I32U);
}

stores! {
    visit_i32_store => StoreKind::Narrow(4);
    visit_i64_store => StoreKind::Int64;
    visit_f32_store => StoreKind::Float(FloatSize::F32);
    visit_f64_store => StoreKind::Float(FloatSize::F64);
    visit_i32_store8 => StoreKind::Narrow(1);
    visit_i32_store16 => StoreKind::Narrow(2);
    visit_i64_store8 => StoreKind::Narrow(1);
    visit_i64_store16 => StoreKind::Narrow(2);
    visit_i64_store32 => StoreKind::Narrow(4);
}

impl StoreKind {
    /// Bytes the store writes.
    fn bytes(self) -> u32 {
        match self {
            StoreKind::Narrow(bytes) => bytes.into(),
            StoreKind::Int64 | StoreKind::Float(FloatSize::F64) => 8,
            StoreKind::Float(FloatSize::F32) => 4,
        }
    }
}

impl LoadKind {
    /// Bytes the load reads.
    fn bytes(self) -> u32 {
        match self {
            LoadKind::Int(OperandSize::S32) | LoadKind::Float(FloatSize::F32) => 4,
            LoadKind::Int(OperandSize::S64) | LoadKind::Float(FloatSize::F64) => 8,
            LoadKind::Narrow(Extend::I8S | Extend::I8U) => 1,
            LoadKind::Narrow(Extend::I16S | Extend::I16U) => 2,
            LoadKind::Narrow(Extend::I32S | Extend::I32U) => 4,
        }
    }
}

impl CodeGen<'_> {
    /// The index type of memory `memory`.
    pub(crate) fn memory_index_type(&self, memory: u32) -> IndexType {
        self.env.info.memories[MemoryIndex::from_u32(memory)].index_type
    }

    /// Whether memory `memory`'s accesses are checked explicitly (a 64-bit memory, or
    /// one of one-byte pages, see `MemoryType::needs_explicit_checks`).
    fn checks_explicitly(&self, memory: u32) -> bool {
        self.env.info.memories[MemoryIndex::from_u32(memory)].needs_explicit_checks()
    }

    /// Whether `memarg` addresses a memory whose accesses are checked explicitly.
    fn is_explicitly_checked(&self, memarg: MemArg) -> bool {
        matches!(memarg.target, wasmparser::MemArgTarget::Memory(memory)
            if self.checks_explicitly(memory))
    }

    /// Whether [`Self::memory_operand`] will lend the index register of a pinned local
    /// (read it in place) rather than pop the index into a register of its own.
    fn index_is_lent(&self, memarg: MemArg) -> bool {
        self.top_pinned_local().is_some()
            && i32::try_from(memarg.offset).is_ok()
            && !self.is_explicitly_checked(memarg)
    }

    /// The displacement that replaces base and index when the address on top of the
    /// stack is a constant that, with the offset, fits one.
    fn constant_address(&self, memarg: MemArg) -> Option<i32> {
        if self.is_explicitly_checked(memarg) {
            return None;
        }
        match self.cx.stack.peek(0)?.location {
            Location::Const(bits) => {
                i32::try_from((bits as u32 as u64).checked_add(memarg.offset)?).ok()
            }
            _ => None,
        }
    }

    /// Whether [`Self::memory_operand`] will return no index register the caller may
    /// reuse (the index is lent, or folded into the displacement).
    fn index_not_reusable(&self, memarg: MemArg) -> bool {
        self.index_is_lent(memarg) || self.constant_address(memarg).is_some()
    }

    /// Pops an address and returns the effective address of an access of `bytes`
    /// bytes at `memarg` and the register holding the index, if the address needs one
    /// (a constant address becomes the displacement). The address is based on the
    /// pinned memory base or on the lent scratch register, which the caller hands
    /// back with [`Self::end_access`] after the access; the index register may be a
    /// pinned local's ([`Self::index_is_lent`]), which the caller must not write. An
    /// access to a 64-bit memory is bounds-checked here ([`Self::memory64_operand`]).
    pub(crate) fn memory_operand(
        &mut self,
        memarg: MemArg,
        bytes: u32,
    ) -> CompileResult<MemoryOperand> {
        let wasmparser::MemArgTarget::Memory(memory) = memarg.target else {
            return Err(self.unsupported("memory access to a GC array"));
        };
        if self.checks_explicitly(memory) {
            return self.memory64_operand(memory, memarg.offset, bytes);
        }
        if let Some(displacement) = self.constant_address(memarg) {
            self.pop_value()?;
            return Ok(self.based_operand(memory, None, displacement));
        }
        // An i32 in a register (a pinned local's too) is already zero-extended.
        let index = if self.index_is_lent(memarg) {
            self.pop_gpr_read()?
        } else {
            self.pop_gpr()?
        };
        let displacement = match i32::try_from(memarg.offset) {
            Ok(displacement) => displacement,
            Err(_) => {
                // Offsets of 2 GiB and more do not fit a displacement: add them to the
                // (64-bit) index; the sum is still inside the 8 GiB reservation.
                self.add_wide_immediate(index, memarg.offset);
                0
            }
        };
        Ok(self.based_operand(memory, Some(index), displacement))
    }

    /// `index += value` for a 64-bit `value` that does not fit an immediate.
    fn add_wide_immediate(&mut self, index: Gpr, value: u64) {
        self.masm.with_scratch_gpr(|masm, scratch| {
            masm.mov_ri(OperandSize::S64, scratch, value as i64);
            masm.alu_rr(AluOp::Add, OperandSize::S64, index, scratch);
        });
    }

    /// [`Self::memory_operand`] for a 64-bit memory (or one of one-byte pages, whose
    /// `i32` address is zero-extended in its register): pops the address into a
    /// register of its own, turns it into the end of the access (`index + offset +
    /// bytes`, trapping on a carry), traps unless that end is within the memory's byte
    /// length, and addresses `base + end - bytes`.
    fn memory64_operand(
        &mut self,
        memory: u32,
        offset: u64,
        bytes: u32,
    ) -> CompileResult<MemoryOperand> {
        let end = offset.checked_add(bytes.into());
        // The address as a local's current value, which an earlier check may cover.
        let local = match self.cx.stack.peek(0).map(|value| value.location) {
            Some(Location::Local(local)) => Some(local),
            _ => None,
        };
        if let (Some(local), Some(end), Ok(displacement)) = (local, end, i32::try_from(offset)) {
            if self.cx.proven_bounds.covers(local, memory, end) {
                let index = self.pop_gpr()?;
                return Ok(self.based_operand(memory, Some(index), displacement));
            }
        }
        let index = self.pop_gpr()?;
        match end {
            Some(end) => match i32::try_from(end) {
                Ok(end) => self.masm.alu_ri(AluOp::Add, OperandSize::S64, index, end),
                Err(_) => self.add_wide_immediate(index, end),
            },
            None => {
                // No access reaches past 2^64: one of the two additions carries.
                self.add_wide_immediate(index, offset);
                self.trap_if(Cond::Below, TrapCode::MemoryOutOfBounds);
                self.masm
                    .alu_ri(AluOp::Add, OperandSize::S64, index, bytes as i32);
            }
        }
        // A carry sets `Below`.
        self.trap_if(Cond::Below, TrapCode::MemoryOutOfBounds);
        let definition = self.env.offsets.memory_definition(memory);
        self.masm.with_scratch_gpr(|masm, scratch| {
            masm.load(
                OperandSize::S64,
                scratch,
                Address::offset(VMCTX, definition),
            );
            masm.cmp_reg_mem(
                OperandSize::S64,
                index,
                Address::offset(scratch, vmoffsets::memory::LENGTH),
            );
        });
        self.trap_if(Cond::Above, TrapCode::MemoryOutOfBounds);
        if let (Some(local), Some(end)) = (local, end) {
            self.cx.proven_bounds.record(local, memory, end);
        }
        Ok(self.based_operand(memory, Some(index), -(bytes as i32)))
    }

    /// The operand `base + index + displacement` (`base + displacement` without an
    /// index) for `memory`, whose base is the pinned register or is loaded from the
    /// `VMContext` into the scratch register, lent until [`Self::end_access`].
    fn based_operand(
        &mut self,
        memory: u32,
        index: Option<Gpr>,
        displacement: i32,
    ) -> MemoryOperand {
        let (base, loan) = match (memory, self.cx.memory_base) {
            (0, Some(base)) => (base, None),
            _ => {
                let loan = self.masm.lend_scratch_gpr();
                let base = self.env.offsets.memory_base(memory);
                self.masm
                    .load(OperandSize::S64, loan.gpr(), Address::offset(VMCTX, base));
                (loan.gpr(), Some(loan))
            }
        };
        let address = match index {
            Some(index) => Address::indexed(base, index, displacement),
            None => Address::offset(base, displacement),
        };
        MemoryOperand {
            address,
            index,
            base: loan,
        }
    }

    /// Ends the accesses through `operand`: hands back the scratch register holding
    /// its base, if lent; returns the index register (still the caller's).
    pub(crate) fn end_access(&mut self, operand: MemoryOperand) -> Option<Gpr> {
        if let Some(loan) = operand.base {
            self.masm.return_scratch_gpr(loan);
        }
        operand.index
    }

    /// Emits one memory access and records it as a possible out-of-bounds fault.
    pub(crate) fn memory_access(&mut self, emit: impl FnOnce(&mut Masm)) {
        let code_offset = self.masm.offset() as u32;
        emit(&mut self.masm);
        self.trap_sites.push(TrapSite {
            code_offset,
            trap: TrapCode::MemoryOutOfBounds,
            wasm_offset: self.wasm_offset as u32,
        });
    }

    fn load(&mut self, memarg: MemArg, ty: ValType, kind: LoadKind) -> CompileResult<()> {
        // A float target is taken before the address is formed: spilling to free one
        // afterwards would clobber the scratch register holding the memory base.
        // Likewise an integer target when there will be no index register to take the
        // result.
        let float_target = match kind {
            LoadKind::Float(_) => Some(self.alloc_xmm()?),
            _ => None,
        };
        let int_target = match kind {
            LoadKind::Int(_) | LoadKind::Narrow(_) if self.index_not_reusable(memarg) => {
                Some(self.alloc_gpr()?)
            }
            _ => None,
        };
        let operand = self.memory_operand(memarg, kind.bytes())?;
        let (address, index) = (operand.address, operand.index);
        if let Some(target) = float_target {
            let LoadKind::Float(size) = kind else {
                return Err(CompileError::internal("float target for an integer load"));
            };
            self.memory_access(|masm| masm.float_load(size, target, address));
            self.end_access(operand);
            self.free_index(index);
            self.push_xmm(ty, target);
            return Ok(());
        }
        let target = int_target
            .or(index)
            .ok_or_else(|| CompileError::internal("no load target"))?;
        if index != Some(target) {
            self.free_index(index);
        }
        match (kind, ty) {
            (LoadKind::Int(size), _) => {
                self.memory_access(|masm| masm.load(size, target, address));
            }
            // Keep i32 values zero-extended in their register.
            (LoadKind::Narrow(Extend::I8S), ValType::I32) => {
                self.memory_access(|masm| masm.load_sign_extend32(1, target, address));
            }
            (LoadKind::Narrow(Extend::I16S), ValType::I32) => {
                self.memory_access(|masm| masm.load_sign_extend32(2, target, address));
            }
            (LoadKind::Narrow(extend), _) => {
                self.memory_access(|masm| masm.load_extend(extend, target, address));
            }
            (LoadKind::Float(_), _) => {
                return Err(CompileError::internal("float load without a float target"))
            }
        }
        self.end_access(operand);
        self.push_gpr(ty, target);
        Ok(())
    }

    /// Gives back the index register [`Self::memory_operand`] returned, if any.
    pub(crate) fn free_index(&mut self, index: Option<Gpr>) {
        if let Some(index) = index {
            self.free_gpr(index);
        }
    }

    /// The immediate a store of the top entry can write directly, if it is a constant
    /// that fits the store's immediate.
    fn store_immediate(&self, kind: StoreKind) -> Option<i32> {
        let Location::Const(bits) = self.cx.stack.peek(0)?.location else {
            return None;
        };
        match kind {
            StoreKind::Narrow(_) => Some(bits as i32),
            StoreKind::Int64 => i32::try_from(bits).ok(),
            StoreKind::Float(_) => None,
        }
    }

    fn store(&mut self, memarg: MemArg, kind: StoreKind) -> CompileResult<()> {
        if let Some(imm) = self.store_immediate(kind) {
            self.pop_value()?;
            let bytes = match kind {
                StoreKind::Narrow(bytes) => bytes,
                _ => 8,
            };
            let operand = self.memory_operand(memarg, kind.bytes())?;
            let address = operand.address;
            self.memory_access(|masm| masm.store_imm(bytes, address, imm));
            let index = self.end_access(operand);
            self.free_index(index);
            return Ok(());
        }
        let value = match kind {
            StoreKind::Float(_) => self.pop_reg()?,
            _ => Reg::Gpr(self.pop_gpr_read()?),
        };
        let operand = self.memory_operand(memarg, kind.bytes())?;
        let address = operand.address;
        match (kind, value) {
            (StoreKind::Narrow(bytes), Reg::Gpr(value)) => {
                self.memory_access(|masm| masm.store_narrow(bytes, address, value))
            }
            (StoreKind::Int64, Reg::Gpr(value)) => {
                self.memory_access(|masm| masm.store(OperandSize::S64, address, value))
            }
            (StoreKind::Float(size), Reg::Xmm(value)) => {
                self.memory_access(|masm| masm.float_store(size, address, value))
            }
            _ => return Err(CompileError::internal("store of the wrong class")),
        }
        let index = self.end_access(operand);
        self.free(value);
        self.free_index(index);
        Ok(())
    }

    pub(crate) fn visit_memory_size(&mut self, mem: u32) -> CompileResult<()> {
        let pages = self.alloc_gpr()?;
        let definition = self.env.offsets.memory_definition(mem);
        self.masm
            .load(OperandSize::S64, pages, Address::offset(VMCTX, definition));
        self.masm.load(
            OperandSize::S64,
            pages,
            Address::offset(pages, vmoffsets::memory::LENGTH),
        );
        let page_size_log2 = self.env.info.memories[MemoryIndex::from_u32(mem)].page_size_log2;
        if page_size_log2 != 0 {
            self.masm.shift_ri(
                crate::x64::masm::ShiftKind::ShrU,
                OperandSize::S64,
                pages,
                page_size_log2,
            );
        }
        self.push_gpr(self.memory_index_type(mem).val_type(), pages);
        Ok(())
    }

    pub(crate) fn visit_memory_grow(&mut self, mem: u32) -> CompileResult<()> {
        let result = self.memory_index_type(mem).val_type();
        self.call_builtin_returning(Builtin::MemoryGrow, &[mem as i64], result)
    }
}
