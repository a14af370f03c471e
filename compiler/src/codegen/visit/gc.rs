//! The garbage-collection operators that need no heap: `ref.i31`, `i31.get_s/u`,
//! `ref.eq`, `ref.test`, `ref.cast`, `br_on_cast(_fail)`, `any.convert_extern` and
//! `extern.convert_any`. The reference words they test are laid out as
//! [`crate::module::reference`] says: `i31`s are unboxed and tagged, so every test is
//! a few compares on the word (and, for a concrete function type, one load of the
//! `VMFuncRef`'s type id), emitted inline.

use dynasmrt::DynamicLabel;

use crate::codegen::context::CodeGen;
use crate::error::{CompileError, CompileResult};
use crate::module::{
    reference, CompositeKind, ConcreteType, HeapType, RefType, SharedTypeId, ValType,
};
use crate::trap::TrapCode;
use crate::vmoffsets;
use crate::x64::masm::{AluOp, ShiftKind};
use crate::x64::regs::VMCTX;
use crate::x64::{Address, Cond, Gpr, OperandSize};

impl CodeGen<'_> {
    /// `ref.i31`: the low 31 bits of an `i32`, shifted over the tag bit.
    pub(crate) fn visit_ref_i31(&mut self) -> CompileResult<()> {
        let ty = ValType::Ref(RefType::new(false, HeapType::I31));
        let value = self.pop_gpr()?;
        // A 32-bit shift drops bit 31 and leaves bits 32..64 clear.
        self.masm
            .shift_ri(ShiftKind::Shl, OperandSize::S32, value, 1);
        self.masm.alu_ri(
            AluOp::Or,
            OperandSize::S32,
            value,
            reference::I31_TAG as i32,
        );
        self.push_gpr(ty, value);
        Ok(())
    }

    pub(crate) fn visit_i31_get_s(&mut self) -> CompileResult<()> {
        self.i31_get(ShiftKind::ShrS)
    }

    pub(crate) fn visit_i31_get_u(&mut self) -> CompileResult<()> {
        self.i31_get(ShiftKind::ShrU)
    }

    /// `ref.eq`: references are equal when their words are (`i31`s by value).
    pub(crate) fn visit_ref_eq(&mut self) -> CompileResult<()> {
        self.int_compare(ValType::I64, Cond::Eq)
    }

    /// `any.convert_extern`: the word stays as it is, now in the internal hierarchy.
    pub(crate) fn visit_any_convert_extern(&mut self) -> CompileResult<()> {
        self.convert_hierarchy(HeapType::Any)
    }

    /// `extern.convert_any`: the word stays as it is, now in the external hierarchy.
    pub(crate) fn visit_extern_convert_any(&mut self) -> CompileResult<()> {
        self.convert_hierarchy(HeapType::Extern)
    }

    pub(crate) fn visit_ref_test_non_null(
        &mut self,
        hty: wasmparser::HeapType,
    ) -> CompileResult<()> {
        self.ref_test(false, hty)
    }

    pub(crate) fn visit_ref_test_nullable(
        &mut self,
        hty: wasmparser::HeapType,
    ) -> CompileResult<()> {
        self.ref_test(true, hty)
    }

    pub(crate) fn visit_ref_cast_non_null(
        &mut self,
        hty: wasmparser::HeapType,
    ) -> CompileResult<()> {
        self.ref_cast(false, hty)
    }

    pub(crate) fn visit_ref_cast_nullable(
        &mut self,
        hty: wasmparser::HeapType,
    ) -> CompileResult<()> {
        self.ref_cast(true, hty)
    }

    /// `br_on_cast`: branches with the reference when it is a value of `to`, else goes
    /// on with it (then known not to be one).
    pub(crate) fn visit_br_on_cast(
        &mut self,
        relative_depth: u32,
        from_ref_type: wasmparser::RefType,
        to_ref_type: wasmparser::RefType,
    ) -> CompileResult<()> {
        let from = self.convert_ref_type(from_ref_type)?;
        let to = self.convert_ref_type(to_ref_type)?;
        self.branch_on_cast(relative_depth, to, true)?;
        self.retype_top(difference(from, to))
    }

    /// `br_on_cast_fail`: branches with the reference when it is not a value of `to`,
    /// else goes on with it, now of type `to`.
    pub(crate) fn visit_br_on_cast_fail(
        &mut self,
        relative_depth: u32,
        _from_ref_type: wasmparser::RefType,
        to_ref_type: wasmparser::RefType,
    ) -> CompileResult<()> {
        let to = self.convert_ref_type(to_ref_type)?;
        self.branch_on_cast(relative_depth, to, false)?;
        self.retype_top(to)
    }

    /// `i31.get_s`/`i31.get_u`: traps on null, else shifts the tag bit out, signed or
    /// not (a 32-bit shift, so bit 31 of the word is the sign).
    fn i31_get(&mut self, shift: ShiftKind) -> CompileResult<()> {
        let value = self.pop_gpr()?;
        self.masm.test_rr(OperandSize::S64, value);
        self.trap_if(Cond::Eq, TrapCode::NullI31Reference);
        self.masm.shift_ri(shift, OperandSize::S32, value, 1);
        self.push_gpr(ValType::I32, value);
        Ok(())
    }

    /// The top reference, same word, retyped into hierarchy `top` with its nullability.
    fn convert_hierarchy(&mut self, top: HeapType) -> CompileResult<()> {
        let nullable = self.top_ref_type()?.nullable;
        self.retype_top(RefType::new(nullable, top))
    }

    /// `ref.test`: 1 if the popped reference is a value of `(ref null? hty)`.
    fn ref_test(&mut self, nullable: bool, hty: wasmparser::HeapType) -> CompileResult<()> {
        let target = self.convert_heap_type(nullable, hty)?;
        let result = self.alloc_gpr()?;
        let value = self.pop_gpr()?;
        self.test_into(value, target, result)?;
        self.free_gpr(value);
        self.push_gpr(ValType::I32, result);
        Ok(())
    }

    /// `ref.cast`: the popped reference, now of `(ref null? hty)`, or a cast-failure trap.
    fn ref_cast(&mut self, nullable: bool, hty: wasmparser::HeapType) -> CompileResult<()> {
        let target = self.convert_heap_type(nullable, hty)?;
        let value = self.pop_gpr()?;
        let fail = self.trap_label(TrapCode::CastFailure);
        self.jump_unless_instance(value, target, fail)?;
        self.push_gpr(ValType::Ref(target), value);
        Ok(())
    }

    /// Branches to `relative_depth` with the top reference (typed `to` on the way)
    /// when it is (`when_instance`) or is not a value of `to`; the reference stays on
    /// top either way.
    fn branch_on_cast(
        &mut self,
        relative_depth: u32,
        to: RefType,
        when_instance: bool,
    ) -> CompileResult<()> {
        let result = self.alloc_gpr()?;
        let value = self.pop_gpr()?;
        self.test_into(value, to, result)?;
        if !when_instance {
            self.masm.alu_ri(AluOp::Xor, OperandSize::S32, result, 1);
        }
        self.push_gpr(ValType::Ref(to), value);
        self.push_gpr(ValType::I32, result);
        self.branch_if(relative_depth)
    }

    /// `result` = 1 if `value` is a value of `target`, else 0; `value` is kept.
    fn test_into(&mut self, value: Gpr, target: RefType, result: Gpr) -> CompileResult<()> {
        let fail = self.masm.new_label();
        self.masm.mov_ri(OperandSize::S32, result, 0);
        self.jump_unless_instance(value, target, fail)?;
        self.masm.mov_ri(OperandSize::S32, result, 1);
        self.masm.bind(fail);
        Ok(())
    }

    /// Jumps to `fail` unless `value` is a value of `target`, else falls through. The
    /// value is statically of `target`'s hierarchy (the validator checked it), so the
    /// tops pass every non-null value and the bottoms none.
    fn jump_unless_instance(
        &mut self,
        value: Gpr,
        target: RefType,
        fail: DynamicLabel,
    ) -> CompileResult<()> {
        let pass = self.masm.new_label();
        self.masm.test_rr(OperandSize::S64, value);
        self.masm
            .jcc(Cond::Eq, if target.nullable { pass } else { fail });
        match target.heap_type {
            heap_type if heap_type.is_bottom() => self.masm.jmp(fail),
            HeapType::Any | HeapType::Func | HeapType::Extern | HeapType::Exn => {}
            HeapType::I31 => {
                self.masm.test_low_byte(value, reference::I31_TAG as u8);
                self.masm.jcc(Cond::Eq, fail);
            }
            HeapType::Eq => {
                // An `i31`, or a heap object (low bits `00`); not a host value (`10`).
                self.masm.test_low_byte(value, reference::I31_TAG as u8);
                self.masm.jcc(Cond::Ne, pass);
                self.masm
                    .test_low_byte(value, (reference::HOST_TAG & !reference::I31_TAG) as u8);
                self.masm.jcc(Cond::Ne, fail);
            }
            HeapType::Concrete(ConcreteType {
                id,
                kind: CompositeKind::Func,
            }) => {
                let type_id = Address::offset(value, vmoffsets::func_ref::TYPE_ID);
                self.jump_unless_subtype(type_id, id, fail)?;
            }
            HeapType::Concrete(ConcreteType { id, .. }) => {
                self.jump_unless_object(value, fail);
                let type_id = Address::offset(value, reference::OBJECT_TYPE_ID);
                self.jump_unless_subtype(type_id, id, fail)?;
            }
            HeapType::Struct | HeapType::Array => {
                let kind = match target.heap_type {
                    HeapType::Struct => vmoffsets::type_info::KIND_STRUCT,
                    _ => vmoffsets::type_info::KIND_ARRAY,
                };
                self.jump_unless_object(value, fail);
                let table = self.env.offsets.type_table();
                self.masm.with_scratch_gpr(|masm, entry| {
                    masm.load(
                        OperandSize::S32,
                        entry,
                        Address::offset(value, reference::OBJECT_TYPE_ID),
                    );
                    masm.shift_ri(
                        ShiftKind::Shl,
                        OperandSize::S64,
                        entry,
                        vmoffsets::type_info::SIZE_LOG2,
                    );
                    masm.alu_rm(
                        AluOp::Add,
                        OperandSize::S64,
                        entry,
                        Address::offset(VMCTX, table),
                    );
                    masm.cmp_mem32_imm(
                        Address::offset(entry, vmoffsets::type_info::KIND),
                        kind as i32,
                    );
                    masm.jcc(Cond::Ne, fail);
                });
            }
            HeapType::None | HeapType::NoFunc | HeapType::NoExtern | HeapType::NoExn => {
                return Err(CompileError::internal("bottom heap type not caught above"))
            }
        }
        self.masm.bind(pass);
        Ok(())
    }

    /// Jumps to `fail` unless the non-null reference `value` of the internal hierarchy
    /// is a heap object (bits 0 and 1 clear: not an `i31`, not a host value).
    fn jump_unless_object(&mut self, value: Gpr, fail: DynamicLabel) {
        self.masm.test_low_byte(value, reference::TAG_MASK as u8);
        self.masm.jcc(Cond::Ne, fail);
    }

    /// Jumps to `fail` unless the type id (`u32`) at `type_id` is `target` or one of its
    /// declared subtypes, else falls through. A final target has no subtypes: one
    /// compare. Otherwise an equal id passes at once, and any other id `t` passes when
    /// `display(t)[depth(target)] == target` in the engine's type table: from the
    /// entry's inline display when the depth is below `INLINE_DISPLAY_LEN` (padded with
    /// an id no type has, so no depth check), else after checking `t`'s depth, through
    /// the entry's pointer to the whole display. Bounded either way.
    pub(crate) fn jump_unless_subtype(
        &mut self,
        type_id: Address,
        target: SharedTypeId,
        fail: DynamicLabel,
    ) -> CompileResult<()> {
        use vmoffsets::type_info;
        let facts = *self.env.info.cast_targets.get(&target).ok_or_else(|| {
            CompileError::internal(format!("cast to {target}, not a type of the module"))
        })?;
        let target = target.as_u32() as i32;
        if facts.is_final {
            self.masm.cmp_mem32_imm(type_id, target);
            self.masm.jcc(Cond::Ne, fail);
            return Ok(());
        }
        let table = self.env.offsets.type_table();
        let pass = self.masm.new_label();
        self.masm.with_scratch_gpr(|masm, entry| {
            masm.load(OperandSize::S32, entry, type_id);
            masm.cmp_ri(OperandSize::S32, entry, target);
            masm.jcc(Cond::Eq, pass);
            masm.shift_ri(
                ShiftKind::Shl,
                OperandSize::S64,
                entry,
                type_info::SIZE_LOG2,
            );
            masm.alu_rm(
                AluOp::Add,
                OperandSize::S64,
                entry,
                Address::offset(VMCTX, table),
            );
            if facts.depth < type_info::INLINE_DISPLAY_LEN {
                let slot = type_info::INLINE_DISPLAY + 4 * facts.depth as i32;
                masm.cmp_mem32_imm(Address::offset(entry, slot), target);
            } else {
                let depth = Address::offset(entry, type_info::DEPTH);
                masm.cmp_mem32_imm(depth, facts.depth as i32);
                masm.jcc(Cond::Below, fail);
                masm.load(
                    OperandSize::S64,
                    entry,
                    Address::offset(entry, type_info::DISPLAY),
                );
                masm.cmp_mem32_imm(Address::offset(entry, 4 * facts.depth as i32), target);
            }
            masm.jcc(Cond::Ne, fail);
        });
        self.masm.bind(pass);
        Ok(())
    }

    /// The reference type of the top of the value stack.
    fn top_ref_type(&self) -> CompileResult<RefType> {
        self.cx
            .stack
            .peek(0)
            .and_then(|value| value.ty.as_ref())
            .ok_or_else(|| CompileError::internal("reference operand missing"))
    }

    /// Gives the top of the value stack type `ty`, in place.
    fn retype_top(&mut self, ty: RefType) -> CompileResult<()> {
        let mut value = self.pop_value()?;
        value.ty = ValType::Ref(ty);
        self.cx.stack.push(value);
        Ok(())
    }

    fn convert_heap_type(
        &self,
        nullable: bool,
        hty: wasmparser::HeapType,
    ) -> CompileResult<RefType> {
        let reference = wasmparser::RefType::new(nullable, hty)
            .ok_or_else(|| CompileError::unsupported("reference type", self.wasm_offset))?;
        self.convert_ref_type(reference)
    }

    fn convert_ref_type(&self, reference: wasmparser::RefType) -> CompileResult<RefType> {
        RefType::from_wasm(reference, &self.env.info.type_ids, self.wasm_offset)
    }
}

/// The type of a value of `from` known not to be of `to`: without null when `to`
/// has it.
fn difference(from: RefType, to: RefType) -> RefType {
    RefType::new(from.nullable && !to.nullable, from.heap_type)
}
