//! `v128` as a value, and the SIMD operators that are not lane arithmetic:
//! `v128.const`, splat, lane access, shuffles, bitwise operations and the boolean
//! reductions.
//!
//! # `v128` in the code generator
//!
//! * A `v128` lives in an XMM register (`class_of(V128)` is `RegClass::Xmm`) or in a
//!   16-byte machine-stack slot: locals, spills, arguments and block merges all use
//!   `ValType::slot_bytes()` (16 for `v128`, 8 otherwise), so a value at depth `d`
//!   occupies `[rbp - d, rbp - d + 16)`. Slots are only 8-byte aligned: always use the
//!   unaligned `movdqu` forms ([`Masm::v128_load`], [`Masm::v128_store`]), never fold a
//!   stack or memory operand into an SSE instruction that requires alignment.
//! * `v128.const` is materialised into a register right away (there is no 128-bit
//!   `Location::Const`); a single `v128` result or block merge travels in `xmm0`.
//!
//! # Writing a SIMD visitor
//!
//! Use the operator-shaped helpers below; each pops its operands into registers the
//! closure may overwrite, and pushes the first operand's register as the `v128` result:
//!
//! ```ignore
//! pub(crate) fn visit_i32x4_add(&mut self) -> CompileResult<()> {
//!     self.v128_binop(|masm, dst, src| masm.i32x4_add(dst, src))
//! }
//! ```
//!
//! * [`CodeGen::v128_unop`]`(|masm, reg| ..)`: in place.
//! * [`CodeGen::v128_binop`]`(|masm, dst, src| ..)`: `dst = dst op src` (`dst` is the
//!   lower operand on the wasm stack).
//! * [`CodeGen::v128_ternop`]`(|masm, a, b, c| ..)`: result in `a` (bitselect order).
//! * `_with_temps::<N>` variants hand the closure `N` extra scratch XMM registers
//!   (allocated after the operands are popped, freed afterwards), e.g.
//!   `self.v128_binop_with_temps(|masm, dst, src, [tmp]| ..)`.
//! * A closure that needs one more temporary borrows the scratch XMM register for a
//!   scope, `masm.with_scratch_xmm(|masm, scratch| ..)` (`with_scratch_gpr` for the
//!   integer one); nothing on the value stack lives there.
//! * Scalar operands (shift counts, splat inputs) use the ordinary `pop_gpr` /
//!   `pop_xmm` and `push_gpr`; see `visit_i8x16_splat` and `visit_i8x16_bitmask` here.
//!
//! Masm helpers are pure emitters on registers: `x64/masm/simd.rs` (this file's),
//! `simd_int.rs` and `simd_float.rs`. SSE4.1 is the baseline; with
//! `Config::simd_encoding = SimdEncoding::Avx2` a helper may emit VEX forms by branching
//! on `masm.avx()` (the legacy forms stay correct on that path too). Run the spec
//! suite on both with `LIGHTBEAM_SIMD=sse4.1` and `LIGHTBEAM_SIMD=avx2`.

use crate::codegen::context::CodeGen;
use crate::codegen::value_stack::{Location, Value};
use crate::error::CompileResult;
use crate::module::ValType;
use crate::x64::masm::{IntLanes, LaneWidth, Signedness, V128BitOp};
use crate::x64::{Cond, Masm, Xmm};

impl CodeGen<'_> {
    /// Pops a `v128` into an XMM register the caller owns.
    pub(crate) fn pop_v128(&mut self) -> CompileResult<Xmm> {
        self.pop_xmm()
    }

    /// Pushes a `v128` living in `xmm`.
    pub(crate) fn push_v128(&mut self, xmm: Xmm) {
        self.push_xmm(ValType::V128, xmm);
    }

    /// `op v` on a `v128` in place.
    pub(crate) fn v128_unop(&mut self, emit: impl FnOnce(&mut Masm, Xmm)) -> CompileResult<()> {
        let reg = self.pop_v128()?;
        emit(&mut self.masm, reg);
        self.push_v128(reg);
        Ok(())
    }

    /// `op v` on a `v128` in place, with `N` scratch XMM registers.
    pub(crate) fn v128_unop_with_temps<const N: usize>(
        &mut self,
        emit: impl FnOnce(&mut Masm, Xmm, [Xmm; N]),
    ) -> CompileResult<()> {
        let reg = self.pop_v128()?;
        let temps = self.alloc_xmm_temps::<N>()?;
        emit(&mut self.masm, reg, temps);
        self.free_xmm_temps(temps);
        self.push_v128(reg);
        Ok(())
    }

    /// `lhs op rhs` on two `v128`s: `emit(masm, lhs, rhs)` writes the result into `lhs`.
    pub(crate) fn v128_binop(
        &mut self,
        emit: impl FnOnce(&mut Masm, Xmm, Xmm),
    ) -> CompileResult<()> {
        let rhs = self.pop_v128()?;
        let lhs = self.pop_v128()?;
        emit(&mut self.masm, lhs, rhs);
        self.free_xmm(rhs);
        self.push_v128(lhs);
        Ok(())
    }

    /// `lhs op rhs` on two `v128`s, with `N` scratch XMM registers.
    pub(crate) fn v128_binop_with_temps<const N: usize>(
        &mut self,
        emit: impl FnOnce(&mut Masm, Xmm, Xmm, [Xmm; N]),
    ) -> CompileResult<()> {
        let rhs = self.pop_v128()?;
        let lhs = self.pop_v128()?;
        let temps = self.alloc_xmm_temps::<N>()?;
        emit(&mut self.masm, lhs, rhs, temps);
        self.free_xmm_temps(temps);
        self.free_xmm(rhs);
        self.push_v128(lhs);
        Ok(())
    }

    /// `op(a, b, c)` on three `v128`s (`a` deepest): the result goes into `a`.
    pub(crate) fn v128_ternop(
        &mut self,
        emit: impl FnOnce(&mut Masm, Xmm, Xmm, Xmm),
    ) -> CompileResult<()> {
        let c = self.pop_v128()?;
        let b = self.pop_v128()?;
        let a = self.pop_v128()?;
        emit(&mut self.masm, a, b, c);
        self.free_xmm(c);
        self.free_xmm(b);
        self.push_v128(a);
        Ok(())
    }

    /// `N` free XMM registers for temporaries.
    pub(crate) fn alloc_xmm_temps<const N: usize>(&mut self) -> CompileResult<[Xmm; N]> {
        // Placeholders, each replaced by an allocated register.
        let mut temps = [Xmm(0); N];
        for temp in temps.iter_mut() {
            *temp = self.alloc_xmm()?;
        }
        Ok(temps)
    }

    /// Frees registers from [`Self::alloc_xmm_temps`].
    pub(crate) fn free_xmm_temps<const N: usize>(&mut self, temps: [Xmm; N]) {
        for temp in temps {
            self.free_xmm(temp);
        }
    }

    // ---- visitors -----------------------------------------------------------------

    pub(crate) fn visit_v128_const(&mut self, value: wasmparser::V128) -> CompileResult<()> {
        let reg = self.alloc_xmm()?;
        self.masm.v128_const(reg, value.i128() as u128);
        self.push_v128(reg);
        Ok(())
    }

    pub(crate) fn visit_i32x4_add(&mut self) -> CompileResult<()> {
        self.v128_binop(|masm, dst, src| masm.i32x4_add(dst, src))
    }

    pub(crate) fn visit_v128_not(&mut self) -> CompileResult<()> {
        self.v128_unop(|masm, reg| masm.v128_not(reg))
    }

    pub(crate) fn visit_v128_and(&mut self) -> CompileResult<()> {
        self.v128_binop(|masm, dst, src| masm.v128_bitop(V128BitOp::And, dst, src))
    }

    pub(crate) fn visit_v128_or(&mut self) -> CompileResult<()> {
        self.v128_binop(|masm, dst, src| masm.v128_bitop(V128BitOp::Or, dst, src))
    }

    pub(crate) fn visit_v128_xor(&mut self) -> CompileResult<()> {
        self.v128_binop(|masm, dst, src| masm.v128_bitop(V128BitOp::Xor, dst, src))
    }

    pub(crate) fn visit_v128_andnot(&mut self) -> CompileResult<()> {
        self.v128_binop(|masm, dst, src| masm.v128_andnot(dst, src))
    }

    pub(crate) fn visit_v128_bitselect(&mut self) -> CompileResult<()> {
        self.v128_ternop(|masm, v1, v2, mask| masm.v128_bitselect(v1, v2, mask))
    }

    // ---- splat, lanes, shuffles ---------------------------------------------------

    /// Pops an integer and pushes it copied to every lane of `width`.
    fn splat_int(&mut self, width: LaneWidth) -> CompileResult<()> {
        let scalar = self.pop_gpr()?;
        let vector = self.alloc_xmm()?;
        self.masm.splat_gpr(width, vector, scalar);
        self.free_gpr(scalar);
        self.push_v128(vector);
        Ok(())
    }

    /// Pops a float and pushes it copied to every lane of `width`.
    fn splat_float(&mut self, width: LaneWidth) -> CompileResult<()> {
        let reg = self.pop_xmm()?;
        self.masm.splat_lane0(width, reg);
        self.push_v128(reg);
        Ok(())
    }

    /// Pops a `v128` and pushes integer lane `lane` as `ty`.
    fn extract_lane_int(
        &mut self,
        width: LaneWidth,
        extend: Signedness,
        ty: ValType,
        lane: u8,
    ) -> CompileResult<()> {
        let vector = self.pop_v128()?;
        let scalar = self.alloc_gpr()?;
        self.masm
            .extract_lane_gpr(width, extend, scalar, vector, lane);
        self.free_xmm(vector);
        self.push_gpr(ty, scalar);
        Ok(())
    }

    /// Pops a `v128` and pushes float lane `lane` as `ty`.
    fn extract_lane_float(&mut self, width: LaneWidth, ty: ValType, lane: u8) -> CompileResult<()> {
        let reg = self.pop_v128()?;
        self.masm.extract_float_lane(width, reg, lane);
        self.push_xmm(ty, reg);
        Ok(())
    }

    /// Pops an integer and a `v128`; pushes the vector with lane `lane` replaced.
    fn replace_lane_int(&mut self, width: LaneWidth, lane: u8) -> CompileResult<()> {
        let scalar = self.pop_gpr()?;
        let vector = self.pop_v128()?;
        self.masm.replace_lane_gpr(width, vector, scalar, lane);
        self.free_gpr(scalar);
        self.push_v128(vector);
        Ok(())
    }

    /// Pops a float and a `v128`; pushes the vector with lane `lane` replaced.
    fn replace_lane_float(&mut self, width: LaneWidth, lane: u8) -> CompileResult<()> {
        let scalar = self.pop_xmm()?;
        let vector = self.pop_v128()?;
        self.masm.replace_float_lane(width, vector, scalar, lane);
        self.free_xmm(scalar);
        self.push_v128(vector);
        Ok(())
    }

    /// Pushes the `i32` that is 1 when `cond` holds in the flags just set.
    fn push_flags_result(&mut self, cond: Cond) {
        self.cx
            .stack
            .push(Value::new(ValType::I32, Location::Flags(cond)));
    }

    /// `*.all_true`: 1 when no lane of `shape` is zero.
    fn all_true(&mut self, shape: IntLanes) -> CompileResult<()> {
        let vector = self.pop_v128()?;
        self.masm.all_true_flags(shape, vector);
        self.free_xmm(vector);
        self.push_flags_result(Cond::Eq);
        Ok(())
    }

    /// `*.bitmask`: the lanes' sign bits as an `i32`.
    fn bitmask(&mut self, shape: IntLanes) -> CompileResult<()> {
        let vector = self.pop_v128()?;
        let result = self.alloc_gpr()?;
        self.masm.bitmask(shape, result, vector);
        self.free_xmm(vector);
        self.push_gpr(ValType::I32, result);
        Ok(())
    }

    pub(crate) fn visit_i8x16_splat(&mut self) -> CompileResult<()> {
        self.splat_int(LaneWidth::B8)
    }

    pub(crate) fn visit_i16x8_splat(&mut self) -> CompileResult<()> {
        self.splat_int(LaneWidth::B16)
    }

    pub(crate) fn visit_i32x4_splat(&mut self) -> CompileResult<()> {
        self.splat_int(LaneWidth::B32)
    }

    pub(crate) fn visit_i64x2_splat(&mut self) -> CompileResult<()> {
        self.splat_int(LaneWidth::B64)
    }

    pub(crate) fn visit_f32x4_splat(&mut self) -> CompileResult<()> {
        self.splat_float(LaneWidth::B32)
    }

    pub(crate) fn visit_f64x2_splat(&mut self) -> CompileResult<()> {
        self.splat_float(LaneWidth::B64)
    }

    pub(crate) fn visit_i8x16_extract_lane_s(&mut self, lane: u8) -> CompileResult<()> {
        self.extract_lane_int(LaneWidth::B8, Signedness::Signed, ValType::I32, lane)
    }

    pub(crate) fn visit_i8x16_extract_lane_u(&mut self, lane: u8) -> CompileResult<()> {
        self.extract_lane_int(LaneWidth::B8, Signedness::Unsigned, ValType::I32, lane)
    }

    pub(crate) fn visit_i16x8_extract_lane_s(&mut self, lane: u8) -> CompileResult<()> {
        self.extract_lane_int(LaneWidth::B16, Signedness::Signed, ValType::I32, lane)
    }

    pub(crate) fn visit_i16x8_extract_lane_u(&mut self, lane: u8) -> CompileResult<()> {
        self.extract_lane_int(LaneWidth::B16, Signedness::Unsigned, ValType::I32, lane)
    }

    pub(crate) fn visit_i32x4_extract_lane(&mut self, lane: u8) -> CompileResult<()> {
        self.extract_lane_int(LaneWidth::B32, Signedness::Unsigned, ValType::I32, lane)
    }

    pub(crate) fn visit_i64x2_extract_lane(&mut self, lane: u8) -> CompileResult<()> {
        self.extract_lane_int(LaneWidth::B64, Signedness::Unsigned, ValType::I64, lane)
    }

    pub(crate) fn visit_f32x4_extract_lane(&mut self, lane: u8) -> CompileResult<()> {
        self.extract_lane_float(LaneWidth::B32, ValType::F32, lane)
    }

    pub(crate) fn visit_f64x2_extract_lane(&mut self, lane: u8) -> CompileResult<()> {
        self.extract_lane_float(LaneWidth::B64, ValType::F64, lane)
    }

    pub(crate) fn visit_i8x16_replace_lane(&mut self, lane: u8) -> CompileResult<()> {
        self.replace_lane_int(LaneWidth::B8, lane)
    }

    pub(crate) fn visit_i16x8_replace_lane(&mut self, lane: u8) -> CompileResult<()> {
        self.replace_lane_int(LaneWidth::B16, lane)
    }

    pub(crate) fn visit_i32x4_replace_lane(&mut self, lane: u8) -> CompileResult<()> {
        self.replace_lane_int(LaneWidth::B32, lane)
    }

    pub(crate) fn visit_i64x2_replace_lane(&mut self, lane: u8) -> CompileResult<()> {
        self.replace_lane_int(LaneWidth::B64, lane)
    }

    pub(crate) fn visit_f32x4_replace_lane(&mut self, lane: u8) -> CompileResult<()> {
        self.replace_lane_float(LaneWidth::B32, lane)
    }

    pub(crate) fn visit_f64x2_replace_lane(&mut self, lane: u8) -> CompileResult<()> {
        self.replace_lane_float(LaneWidth::B64, lane)
    }

    pub(crate) fn visit_i8x16_shuffle(&mut self, lanes: [u8; 16]) -> CompileResult<()> {
        self.v128_binop(|masm, dst, src| masm.i8x16_shuffle(dst, src, lanes))
    }

    pub(crate) fn visit_i8x16_swizzle(&mut self) -> CompileResult<()> {
        self.v128_binop(|masm, dst, src| masm.i8x16_swizzle(dst, src))
    }

    // ---- boolean reductions -------------------------------------------------------

    pub(crate) fn visit_v128_any_true(&mut self) -> CompileResult<()> {
        let vector = self.pop_v128()?;
        self.masm.v128_test_zero(vector);
        self.free_xmm(vector);
        self.push_flags_result(Cond::Ne);
        Ok(())
    }

    pub(crate) fn visit_i8x16_all_true(&mut self) -> CompileResult<()> {
        self.all_true(IntLanes::I8x16)
    }

    pub(crate) fn visit_i16x8_all_true(&mut self) -> CompileResult<()> {
        self.all_true(IntLanes::I16x8)
    }

    pub(crate) fn visit_i32x4_all_true(&mut self) -> CompileResult<()> {
        self.all_true(IntLanes::I32x4)
    }

    pub(crate) fn visit_i64x2_all_true(&mut self) -> CompileResult<()> {
        self.all_true(IntLanes::I64x2)
    }

    pub(crate) fn visit_i8x16_bitmask(&mut self) -> CompileResult<()> {
        self.bitmask(IntLanes::I8x16)
    }

    pub(crate) fn visit_i16x8_bitmask(&mut self) -> CompileResult<()> {
        self.bitmask(IntLanes::I16x8)
    }

    pub(crate) fn visit_i32x4_bitmask(&mut self) -> CompileResult<()> {
        self.bitmask(IntLanes::I32x4)
    }

    pub(crate) fn visit_i64x2_bitmask(&mut self) -> CompileResult<()> {
        self.bitmask(IntLanes::I64x2)
    }
}
