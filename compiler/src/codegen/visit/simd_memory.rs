//! `v128` loads and stores: full width, extending, splatting, zero-filling and
//! single-lane forms. Addressing and fault recording are shared with the scalar
//! accesses (`memory_operand`, `memory_access` in `memory.rs`); the faulting memory
//! access is always the first instruction of each sequence, where the trap site points.

use wasmparser::MemArg;

use crate::codegen::context::CodeGen;
use crate::error::CompileResult;
use crate::x64::masm::Signedness::{Signed, Unsigned};
use crate::x64::masm::{LaneWidth, LoadExtend};
use crate::x64::{Address, Masm, Xmm};

impl CodeGen<'_> {
    /// Pops an address and pushes the `v128` that `emit(masm, target, address)` loads.
    fn v128_load_with(
        &mut self,
        memarg: MemArg,
        bytes: u32,
        emit: impl FnOnce(&mut Masm, Xmm, Address),
    ) -> CompileResult<()> {
        // Allocate first: spilling afterwards would clobber the address's base register.
        let target = self.alloc_xmm()?;
        let operand = self.memory_operand(memarg, bytes)?;
        let address = operand.address;
        self.memory_access(|masm| emit(masm, target, address));
        let index = self.end_access(operand);
        self.free_index(index);
        self.push_v128(target);
        Ok(())
    }

    /// Pops a `v128` and an address and loads lane `lane` of `width` from memory.
    fn v128_load_lane(&mut self, memarg: MemArg, width: LaneWidth, lane: u8) -> CompileResult<()> {
        let vector = self.pop_v128()?;
        let operand = self.memory_operand(memarg, lane_bytes(width))?;
        let address = operand.address;
        self.memory_access(|masm| masm.v128_load_lane(width, vector, address, lane));
        let index = self.end_access(operand);
        self.free_index(index);
        self.push_v128(vector);
        Ok(())
    }

    /// Pops a `v128` and an address and stores `emit(masm, address, value)`'s bytes.
    fn v128_store_with(
        &mut self,
        memarg: MemArg,
        bytes: u32,
        emit: impl FnOnce(&mut Masm, Address, Xmm),
    ) -> CompileResult<()> {
        let value = self.pop_v128()?;
        let operand = self.memory_operand(memarg, bytes)?;
        let address = operand.address;
        self.memory_access(|masm| emit(masm, address, value));
        let index = self.end_access(operand);
        self.free_xmm(value);
        self.free_index(index);
        Ok(())
    }

    pub(crate) fn visit_v128_load(&mut self, memarg: MemArg) -> CompileResult<()> {
        self.v128_load_with(memarg, 16, |masm, dst, address| {
            masm.v128_load(dst, address)
        })
    }

    pub(crate) fn visit_v128_store(&mut self, memarg: MemArg) -> CompileResult<()> {
        self.v128_store_with(memarg, 16, |masm, address, src| {
            masm.v128_store(address, src)
        })
    }

    pub(crate) fn visit_v128_load8x8_s(&mut self, memarg: MemArg) -> CompileResult<()> {
        self.v128_load_extend(memarg, LoadExtend::I8x8(Signed))
    }

    pub(crate) fn visit_v128_load8x8_u(&mut self, memarg: MemArg) -> CompileResult<()> {
        self.v128_load_extend(memarg, LoadExtend::I8x8(Unsigned))
    }

    pub(crate) fn visit_v128_load16x4_s(&mut self, memarg: MemArg) -> CompileResult<()> {
        self.v128_load_extend(memarg, LoadExtend::I16x4(Signed))
    }

    pub(crate) fn visit_v128_load16x4_u(&mut self, memarg: MemArg) -> CompileResult<()> {
        self.v128_load_extend(memarg, LoadExtend::I16x4(Unsigned))
    }

    pub(crate) fn visit_v128_load32x2_s(&mut self, memarg: MemArg) -> CompileResult<()> {
        self.v128_load_extend(memarg, LoadExtend::I32x2(Signed))
    }

    pub(crate) fn visit_v128_load32x2_u(&mut self, memarg: MemArg) -> CompileResult<()> {
        self.v128_load_extend(memarg, LoadExtend::I32x2(Unsigned))
    }

    /// `v128.loadNxM_s/u`.
    fn v128_load_extend(&mut self, memarg: MemArg, kind: LoadExtend) -> CompileResult<()> {
        self.v128_load_with(memarg, 8, |masm, dst, address| {
            masm.v128_load_extend(kind, dst, address)
        })
    }

    pub(crate) fn visit_v128_load8_splat(&mut self, memarg: MemArg) -> CompileResult<()> {
        self.v128_load_splat(memarg, LaneWidth::B8)
    }

    pub(crate) fn visit_v128_load16_splat(&mut self, memarg: MemArg) -> CompileResult<()> {
        self.v128_load_splat(memarg, LaneWidth::B16)
    }

    pub(crate) fn visit_v128_load32_splat(&mut self, memarg: MemArg) -> CompileResult<()> {
        self.v128_load_splat(memarg, LaneWidth::B32)
    }

    pub(crate) fn visit_v128_load64_splat(&mut self, memarg: MemArg) -> CompileResult<()> {
        self.v128_load_splat(memarg, LaneWidth::B64)
    }

    /// `v128.loadN_splat`.
    fn v128_load_splat(&mut self, memarg: MemArg, width: LaneWidth) -> CompileResult<()> {
        self.v128_load_with(memarg, lane_bytes(width), |masm, dst, address| {
            masm.v128_load_splat(width, dst, address)
        })
    }

    pub(crate) fn visit_v128_load32_zero(&mut self, memarg: MemArg) -> CompileResult<()> {
        self.v128_load_with(memarg, 4, |masm, dst, address| {
            masm.v128_load_zero(LaneWidth::B32, dst, address)
        })
    }

    pub(crate) fn visit_v128_load64_zero(&mut self, memarg: MemArg) -> CompileResult<()> {
        self.v128_load_with(memarg, 8, |masm, dst, address| {
            masm.v128_load_zero(LaneWidth::B64, dst, address)
        })
    }

    pub(crate) fn visit_v128_load8_lane(&mut self, memarg: MemArg, lane: u8) -> CompileResult<()> {
        self.v128_load_lane(memarg, LaneWidth::B8, lane)
    }

    pub(crate) fn visit_v128_load16_lane(&mut self, memarg: MemArg, lane: u8) -> CompileResult<()> {
        self.v128_load_lane(memarg, LaneWidth::B16, lane)
    }

    pub(crate) fn visit_v128_load32_lane(&mut self, memarg: MemArg, lane: u8) -> CompileResult<()> {
        self.v128_load_lane(memarg, LaneWidth::B32, lane)
    }

    pub(crate) fn visit_v128_load64_lane(&mut self, memarg: MemArg, lane: u8) -> CompileResult<()> {
        self.v128_load_lane(memarg, LaneWidth::B64, lane)
    }

    pub(crate) fn visit_v128_store8_lane(&mut self, memarg: MemArg, lane: u8) -> CompileResult<()> {
        self.v128_store_lane(memarg, LaneWidth::B8, lane)
    }

    pub(crate) fn visit_v128_store16_lane(
        &mut self,
        memarg: MemArg,
        lane: u8,
    ) -> CompileResult<()> {
        self.v128_store_lane(memarg, LaneWidth::B16, lane)
    }

    pub(crate) fn visit_v128_store32_lane(
        &mut self,
        memarg: MemArg,
        lane: u8,
    ) -> CompileResult<()> {
        self.v128_store_lane(memarg, LaneWidth::B32, lane)
    }

    pub(crate) fn visit_v128_store64_lane(
        &mut self,
        memarg: MemArg,
        lane: u8,
    ) -> CompileResult<()> {
        self.v128_store_lane(memarg, LaneWidth::B64, lane)
    }

    /// `v128.storeN_lane`.
    fn v128_store_lane(&mut self, memarg: MemArg, width: LaneWidth, lane: u8) -> CompileResult<()> {
        self.v128_store_with(memarg, lane_bytes(width), |masm, address, src| {
            masm.v128_store_lane(width, address, src, lane)
        })
    }
}

/// Bytes of memory one lane of `width` takes.
fn lane_bytes(width: LaneWidth) -> u32 {
    match width {
        LaneWidth::B8 => 1,
        LaneWidth::B16 => 2,
        LaneWidth::B32 => 4,
        LaneWidth::B64 => 8,
    }
}
