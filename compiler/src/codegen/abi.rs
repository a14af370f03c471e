//! Function prologue and epilogue, and calls in the internal calling convention
//! (documented in [`crate::x64`]).

use super::context::{class_of, emit_trap_exit, size_of_int, CodeGen};
use super::frame::EntrySlowPath;
use super::phase::PhaseKey;
use super::value_stack::{Location, Value};
use super::Reloc;
use crate::builtins::{Builtin, MAX_BUILTIN_PARAMS};
use crate::error::{CompileError, CompileResult};
use crate::module::{FuncIndex, FuncType, ValType};
use crate::trap::TrapCode;
use crate::vmoffsets;
use crate::x64::regs::{
    return_reg, CALLER_SAVED_PINNABLE_GPRS, R8, RAX, RCX, RDI, RDX, RSI, VMCTX,
};
use crate::x64::{Address, Cond, Gpr, OperandSize, Reg};

/// Bytes kept free below the deepest frame slot for return addresses and host calls.
const FRAME_SLACK: u32 = 64;

/// Registers carrying builtin arguments after the `VMContext` (System V order).
const BUILTIN_ARGS: [Gpr; MAX_BUILTIN_PARAMS] = [RSI, RDX, RCX, R8];

impl CodeGen<'_> {
    /// Emits the prologue: frame, `VMContext` slot, stack-limit check (which also
    /// catches a pending interrupt, see [`EntrySlowPath`]),
    /// `local_quadwords` zeroed 8-byte words of declared locals. Returns the offset of
    /// the frame-size displacement to patch.
    pub(super) fn emit_prologue(&mut self, _: PhaseKey, local_quadwords: u32) -> usize {
        let caller_saved: Vec<_> = self.find_caller_saved_pins().map(|(reg, _)| reg).collect();
        for reg in caller_saved {
            self.cx.regs.reserve(reg);
        }
        self.masm.enter_frame();
        self.masm.push(VMCTX);
        let patch = self.masm.with_scratch_gpr(|masm, store| {
            masm.load(
                OperandSize::S64,
                store,
                Address::offset(VMCTX, vmoffsets::STORE_CONTEXT),
            );
            let patch = masm.lea_rsp_patchable(RAX);
            masm.cmp_reg_mem(
                OperandSize::S64,
                RAX,
                Address::offset(store, vmoffsets::store::STACK_LIMIT),
            );
            patch
        });
        let slow_path = EntrySlowPath {
            label: self.masm.new_label(),
            resume: self.masm.new_label(),
            interrupted: self.trap_label(TrapCode::Interrupted),
            overflow: self.trap_label(TrapCode::StackOverflow),
        };
        self.masm.jcc(Cond::Below, slow_path.label);
        self.masm.bind(slow_path.resume);
        self.entry_slow_path = Some(slow_path);
        let saves: Vec<_> = self.pinned_saves().map(|(reg, _)| reg).collect();
        for reg in saves {
            self.masm.push(reg);
        }
        self.masm.push_zeros(local_quadwords);
        for index in 0..self.cx.locals.len() {
            let local = self.cx.locals[index];
            let Some(reg) = local.pinned else { continue };
            if index < self.env.func_type().params.len() {
                self.masm
                    .load(size_of_int(local.ty), reg, Address::frame(local.disp));
            } else {
                self.masm.mov_ri(OperandSize::S64, reg, 0);
            }
        }
        if let Some(reg) = self.cx.memory_base {
            let base = self.env.offsets.memory_base(0);
            self.masm
                .load(OperandSize::S64, reg, Address::offset(VMCTX, base));
        }
        patch
    }

    /// The displacement the prologue's stack check uses: the deepest frame plus slack.
    pub(crate) fn frame_check_displacement(&self) -> i32 {
        -((self.cx.max_depth + FRAME_SLACK) as i32)
    }

    /// Emits the epilogue (results are already in place): restores the pinned
    /// registers, leaves the frame and returns, popping the argument area but the
    /// results left in it (the callee pops, see [`crate::x64`]).
    pub(crate) fn emit_epilogue(&mut self) -> CompileResult<()> {
        self.restore_pinned_saves();
        self.masm.leave_frame();
        self.masm.ret_popping(pop_bytes(self.env.func_type())?);
        Ok(())
    }

    /// Reloads the callee-saved registers this function pins from their save slots.
    pub(crate) fn restore_pinned_saves(&mut self) {
        let saves: Vec<_> = self.pinned_saves().collect();
        for (reg, slot) in saves {
            self.masm.load(OperandSize::S64, reg, slot);
        }
    }

    /// Lays out the arguments of a call to `ty` in the callee's slots; returns the depth
    /// below the argument area.
    pub(crate) fn prepare_call(&mut self, ty: &FuncType) -> CompileResult<u32> {
        let base = self.arrange_top_in_slots(ty.params.len())?;
        self.set_depth(base + ty.arg_area_bytes());
        Ok(base)
    }

    /// Pushes the results of a call to `ty`, whose argument area the callee popped
    /// (all but the results, when there are several).
    fn finish_call(&mut self, ty: &FuncType, base: u32) -> CompileResult<()> {
        if let [result] = &*ty.results {
            self.cx.depth = base;
            let reg = return_reg(class_of(*result));
            self.alloc_specific(reg)?;
            self.push_reg(*result, reg);
            return Ok(());
        }
        // Result `i` sits where an argument of its type would: depth `base + ends[i]`.
        let ends = crate::module::slot_ends(&ty.results);
        self.cx.depth = base + ty.returned_area_bytes();
        for (ty, end) in ty.results.iter().zip(ends) {
            self.cx
                .stack
                .push(Value::new(*ty, Location::Spilled(base + end)));
        }
        self.cx.stack.mark_settled();
        Ok(())
    }

    /// Locals pinned to caller-saved registers, with the slots calls keep them in.
    fn find_caller_saved_pins(&self) -> impl Iterator<Item = (Gpr, Address)> + '_ {
        self.cx.locals.iter().filter_map(|local| {
            let reg = local.pinned?;
            CALLER_SAVED_PINNABLE_GPRS
                .contains(&reg)
                .then(|| (reg, Address::frame(local.disp)))
        })
    }

    /// [`Self::find_caller_saved_pins`] once the prologue has reserved their registers:
    /// the search stops when it has found them all, and a function without any (most)
    /// does not search at every call.
    fn caller_saved_pins(&self) -> impl Iterator<Item = (Gpr, Address)> + '_ {
        let reserved = self.cx.regs.reserved_count() as usize;
        self.find_caller_saved_pins().take(reserved)
    }

    /// [`Self::caller_saved_pins`], collected without allocating.
    fn caller_saved_pin_list(&self) -> [Option<(Gpr, Address)>; CALLER_SAVED_PINNABLE_GPRS.len()] {
        let mut pins = [None; CALLER_SAVED_PINNABLE_GPRS.len()];
        for (entry, pin) in pins.iter_mut().zip(self.caller_saved_pins()) {
            *entry = Some(pin);
        }
        pins
    }

    /// Stores the caller-saved pinned locals to their slots, before a call.
    fn save_caller_saved_pins(&mut self) {
        for (reg, slot) in self.caller_saved_pin_list().into_iter().flatten() {
            self.masm.store(OperandSize::S64, slot, reg);
        }
    }

    /// Reloads the caller-saved pinned locals from their slots, after a call.
    fn restore_caller_saved_pins(&mut self) {
        for (reg, slot) in self.caller_saved_pin_list().into_iter().flatten() {
            self.masm.load(OperandSize::S64, reg, slot);
        }
    }

    /// `call func`.
    pub(crate) fn call_function(&mut self, func: FuncIndex) -> CompileResult<()> {
        let ty = self.env.info.func_type(func);
        let base = self.prepare_call(ty)?;
        if self.env.info.is_imported_func(func) {
            let func_ref = self.env.offsets.func_ref(func.as_u32());
            self.masm
                .load(OperandSize::S64, RAX, Address::offset(VMCTX, func_ref));
            self.call_func_ref(RAX)?;
        } else {
            self.save_caller_saved_pins();
            let offset = self.masm.call_placeholder();
            self.cx.handlers.record_call(self.masm.offset());
            self.record_stack_map()?;
            self.relocs.push(Reloc {
                offset: offset as u32,
                target: func,
            });
            // The callee may have tail-called into another instance (or a host
            // function) and returned with that `VMContext`.
            self.masm.load(OperandSize::S64, VMCTX, Address::frame(-8));
            self.restore_caller_saved_pins();
        }
        self.finish_call(ty, base)
    }

    /// Calls the `VMFuncRef` in `func_ref` (switching `VMContext`), then reloads ours.
    pub(crate) fn call_func_ref(&mut self, func_ref: Gpr) -> CompileResult<()> {
        self.save_caller_saved_pins();
        self.masm.with_scratch_gpr(|masm, caller_vmctx| {
            enter_func_ref(masm, func_ref, caller_vmctx);
            masm.call_mem(Address::offset(func_ref, vmoffsets::func_ref::CODE));
        });
        self.cx.handlers.record_call(self.masm.offset());
        self.record_stack_map()?;
        self.masm.load(OperandSize::S64, VMCTX, Address::frame(-8));
        self.restore_caller_saved_pins();
        Ok(())
    }

    /// Records the stack map of the call whose return address is the current offset:
    /// the reference locals and the spilled reference entries of the value stack (the
    /// call's arguments are the callee's, and a call leaves no value in a register).
    fn record_stack_map(&mut self) -> CompileResult<()> {
        let maps = &mut self.cx.stack_maps;
        let root = maps.root(self.cx.locals.iter().map(|local| (local.ty, local.disp)));
        let node = if self.cx.stack.scan_references() {
            self.cx
                .stack
                .map_references(root, &mut maps.nodes)
                .ok_or_else(|| CompileError::internal("a reference in a register across a call"))?
        } else {
            root
        };
        maps.record(self.masm.offset(), node);
        Ok(())
    }

    /// `call_indirect`: bounds, null and signature checks, then the call.
    pub(crate) fn call_indirect(&mut self, type_index: u32, table_index: u32) -> CompileResult<()> {
        let type_index = crate::module::TypeIndex::from_u32(type_index);
        let ty = self.env.info.signature(type_index);
        let element = self.pop_gpr()?;
        let base = self.prepare_call(ty)?;
        // Allocated before the scratch register holds the table: allocating may spill.
        let func_ref = self.alloc_gpr()?;
        self.load_checked_func_ref(type_index, table_index, element, func_ref)?;
        self.call_func_ref(func_ref)?;
        self.free_gpr(func_ref);
        self.finish_call(ty, base)
    }

    /// Loads element `element` of table `table_index` into `func_ref` (freeing
    /// `element`), trapping unless it is in bounds, not null and of type `type_index`:
    /// the checks of `call_indirect` and `return_call_indirect`. The function's type
    /// must be a subtype of `type_index` (equal, for the final types most are).
    pub(crate) fn load_checked_func_ref(
        &mut self,
        type_index: crate::module::TypeIndex,
        table_index: u32,
        element: Gpr,
        func_ref: Gpr,
    ) -> CompileResult<()> {
        let signature = self.env.info.type_ids[type_index].id;
        let table = self.env.offsets.table(table_index);
        let out_of_bounds = self.trap_label(TrapCode::TableOutOfBounds);
        self.masm.with_scratch_gpr(|masm, table_reg| {
            masm.load(OperandSize::S64, table_reg, Address::offset(VMCTX, table));
            masm.cmp_reg_mem(
                OperandSize::S64,
                element,
                Address::offset(table_reg, vmoffsets::table::LENGTH),
            );
            masm.jcc(Cond::AboveEq, out_of_bounds);
            masm.load(
                OperandSize::S64,
                table_reg,
                Address::offset(table_reg, vmoffsets::table::ELEMENTS),
            );
            masm.load_element(func_ref, table_reg, element);
        });
        self.trap_if_null_element(func_ref, element);
        self.free_gpr(element);
        let type_id = Address::offset(func_ref, vmoffsets::func_ref::TYPE_ID);
        if self.env.info.types[type_index].is_final {
            // No subtypes: the ids must be equal (no lookup of the type's depth).
            self.masm.cmp_mem32_imm(type_id, signature.as_u32() as i32);
            self.trap_if(Cond::Ne, TrapCode::BadSignature);
            return Ok(());
        }
        let bad_signature = self.trap_label(TrapCode::BadSignature);
        self.jump_unless_subtype(type_id, signature, bad_signature)
    }

    /// `call_ref`: a null check, then the call through the function reference. The
    /// validator has proven that the reference's function has signature `type_index`,
    /// so unlike `call_indirect` there is no signature check.
    pub(crate) fn call_ref(&mut self, type_index: u32) -> CompileResult<()> {
        let type_index = crate::module::TypeIndex::from_u32(type_index);
        let ty = self.env.info.signature(type_index);
        let func_ref = self.pop_gpr()?;
        let base = self.prepare_call(ty)?;
        self.trap_if_null_func_ref(func_ref);
        self.call_func_ref(func_ref)?;
        self.free_gpr(func_ref);
        self.finish_call(ty, base)
    }

    /// Traps with `null function reference` if `func_ref` is null: the check before
    /// a call through a function reference of a type the validator has checked.
    pub(crate) fn trap_if_null_func_ref(&mut self, func_ref: Gpr) {
        self.masm.test_rr(OperandSize::S64, func_ref);
        self.trap_if(Cond::Eq, TrapCode::NullFunctionReference);
    }

    /// Traps with `uninitialized element` if `func_ref` is null, recording the table
    /// index `element` in the store context for the message.
    fn trap_if_null_element(&mut self, func_ref: Gpr, element: Gpr) {
        let present = self.masm.new_label();
        self.masm.test_rr(OperandSize::S64, func_ref);
        self.masm.jcc(Cond::Ne, present);
        self.masm.with_scratch_gpr(|masm, store| {
            masm.load(
                OperandSize::S64,
                store,
                Address::offset(VMCTX, vmoffsets::STORE_CONTEXT),
            );
            masm.store(
                OperandSize::S64,
                Address::offset(store, vmoffsets::store::TRAP_DETAIL),
                element,
            );
        });
        let stub = self.trap_label(TrapCode::IndirectCallToNull);
        self.masm.jmp(stub);
        self.masm.bind(present);
    }

    /// Calls `builtin` through the store context's table with the arguments its
    /// signature declares: `VMContext`, then `indices` (from the instruction), then as
    /// many stack entries as it has operands (integers, bottom first); traps if it may
    /// and reports one; pushes its result if it has one.
    pub(crate) fn call_builtin(&mut self, builtin: Builtin, indices: &[i64]) -> CompileResult<()> {
        self.call_builtin_as(builtin, indices, builtin.signature().result)
    }

    /// [`Self::call_builtin`] for a builtin with a result whose type the instruction
    /// decides (`memory.grow` of a 64-bit memory returns an `i64`).
    pub(crate) fn call_builtin_returning(
        &mut self,
        builtin: Builtin,
        indices: &[i64],
        result: ValType,
    ) -> CompileResult<()> {
        if builtin.signature().result.is_none() {
            return Err(CompileError::internal(format!(
                "{} has no result",
                builtin.name()
            )));
        }
        self.call_builtin_as(builtin, indices, Some(result))
    }

    /// Calls `builtin` and pushes its result, if any, as a `result`.
    fn call_builtin_as(
        &mut self,
        builtin: Builtin,
        indices: &[i64],
        result: Option<ValType>,
    ) -> CompileResult<()> {
        let signature = builtin.signature();
        if signature.unwinds {
            return Err(CompileError::internal(format!(
                "{} unwinds: call it with its own sequence",
                builtin.name()
            )));
        }
        if indices.len() != signature.indices() {
            return Err(CompileError::internal(format!(
                "{} takes {} indices, given {}",
                builtin.name(),
                signature.indices(),
                indices.len()
            )));
        }
        self.spill_all();
        let registers = &BUILTIN_ARGS[..indices.len() + signature.operands()];
        for register in registers[indices.len()..].iter().rev() {
            self.pop_to_specific(Reg::Gpr(*register))?;
        }
        for (register, value) in registers.iter().zip(indices) {
            self.masm.mov_ri(OperandSize::S64, *register, *value);
        }
        self.masm.mov_rr(OperandSize::S64, RDI, VMCTX);
        self.save_caller_saved_pins();
        self.masm.call_host_through(
            Address::offset(VMCTX, vmoffsets::STORE_CONTEXT),
            vmoffsets::store::builtin(builtin),
        );
        self.record_stack_map()?;
        self.restore_caller_saved_pins();
        for register in &registers[indices.len()..] {
            self.free_gpr(*register);
        }
        if signature.can_trap {
            // The builtin returns (value in rax, trap code in rdx).
            self.masm.test_rr(OperandSize::S32, RDX);
            let trap = self.masm.new_label();
            self.masm.jcc(Cond::Ne, trap);
            self.deferred_builtin_traps.push((trap, self.wasm_offset));
        }
        if let Some(ty) = result {
            self.alloc_specific(Reg::Gpr(RAX))?;
            self.push_gpr(ty, RAX);
        }
        Ok(())
    }

    /// Emits the prologue's out-of-line path (see [`EntrySlowPath`]).
    pub(crate) fn emit_entry_slow_path(&mut self) {
        let Some(path) = self.entry_slow_path.take() else {
            return;
        };
        // Only the prologue's check jumps here, so at run time rax and the scratch
        // register still hold the prospective stack bottom and the store context.
        self.masm.bind(path.label);
        self.masm.with_scratch_gpr(|masm, store| {
            masm.cmp_mem32_imm(Address::offset(store, vmoffsets::store::INTERRUPT), 0);
            masm.jcc(Cond::Ne, path.interrupted);
            masm.cmp_reg_mem(
                OperandSize::S64,
                RAX,
                Address::offset(store, vmoffsets::store::REAL_STACK_LIMIT),
            );
        });
        self.masm.jcc(Cond::Below, path.overflow);
        self.masm.jmp(path.resume);
    }

    /// Emits the out-of-line paths taken when a builtin reports a trap.
    pub(crate) fn emit_builtin_trap_paths(&mut self) {
        for (trap, wasm_offset) in std::mem::take(&mut self.deferred_builtin_traps) {
            self.masm.bind(trap);
            emit_trap_exit(&mut self.masm, wasm_offset, |masm| {
                masm.mov_rr(OperandSize::S32, RAX, RDX)
            });
        }
    }
}

/// Switches to the `VMFuncRef` in `func_ref` before calling or jumping to its code:
/// copies our `VMContext` to `caller_vmctx` (the scratch register: a host-call stub
/// hands it to the dispatcher as the calling instance's, since after a tail call no
/// frame holds it) and loads the callee's into `r14`.
pub(crate) fn enter_func_ref(masm: &mut crate::x64::Masm, func_ref: Gpr, caller_vmctx: Gpr) {
    masm.mov_rr(OperandSize::S64, caller_vmctx, VMCTX);
    masm.load(
        OperandSize::S64,
        VMCTX,
        Address::offset(func_ref, vmoffsets::func_ref::VMCTX),
    );
}

/// [`FuncType::callee_pop_bytes`] as the immediate of `ret`.
pub(crate) fn pop_bytes(ty: &FuncType) -> CompileResult<u16> {
    u16::try_from(ty.callee_pop_bytes())
        .map_err(|_| CompileError::internal("argument area larger than 64 KiB"))
}
