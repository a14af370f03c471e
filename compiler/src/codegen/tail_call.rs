//! Tail calls (`return_call`, `return_call_indirect`, `return_call_ref`): the callee's
//! frame replaces the caller's, so unbounded tail recursion runs in constant native
//! stack.
//!
//! The arguments are laid out at the stack top exactly as for a call. The return
//! address and our caller's frame pointer are pushed below them, and the three move as
//! one block (highest word first, since the block only moves up) to the top of our own
//! incoming argument area: the callee's area ends where ours did, whatever the sizes,
//! and may reach down over our frame (growing the area) or leave the bottom of ours
//! unused (shrinking it). Then `rsp` points at the return address, `rbp` is our
//! caller's again and a `jmp` enters the callee, which finds the frame a call would
//! have built. It pops its own area when it returns (the callee pops, see
//! [`crate::x64`]), and since the callee's results are ours, its multiple results land
//! where our caller reads them: a result's place depends only on the area's top. The
//! pinned callee-saved registers are restored before the block moves (it may overwrite
//! their save slots); caller-saved ones need nothing, as we never return.
//!
//! Through a `VMFuncRef` (an imported function, `return_call_indirect` after the same
//! checks as `call_indirect`, or `return_call_ref` after `call_ref`'s null check, all
//! made before anything is torn down) the jump switches
//! to the callee's `VMContext` and passes ours to a host-call stub, as a call does.
//! Our caller reloads its `VMContext` after every call, so a callee in another instance
//! may return with its own in `r14`.
//!
//! The staging block is part of this function's frame, so the prologue's stack check
//! covers it; the callee's prologue checks its own frame.

use super::abi::enter_func_ref;
use super::context::CodeGen;
use super::Reloc;
use crate::error::CompileResult;
use crate::module::{FuncIndex, FuncType, TypeIndex};
use crate::vmoffsets;
use crate::x64::regs::{RAX, VMCTX};
use crate::x64::{Address, Gpr, OperandSize, Reg};

/// Where a tail call goes.
#[derive(Clone, Copy, Debug)]
enum Callee {
    /// A function defined in this module: `jmp rel32`, patched at link time.
    Defined(FuncIndex),
    /// The `VMFuncRef` in a register.
    FuncRef(Gpr),
}

impl CodeGen<'_> {
    /// `return_call func`.
    pub(crate) fn return_call_function(&mut self, func: FuncIndex) -> CompileResult<()> {
        let ty = self.env.info.func_type(func);
        self.prepare_call(ty)?;
        if self.env.info.is_imported_func(func) {
            self.alloc_specific(Reg::Gpr(RAX))?;
            let func_ref = self.env.offsets.func_ref(func.as_u32());
            self.masm
                .load(OperandSize::S64, RAX, Address::offset(VMCTX, func_ref));
            self.replace_frame(ty, Callee::FuncRef(RAX))
        } else {
            self.replace_frame(ty, Callee::Defined(func))
        }
    }

    /// `return_call_indirect`: the checks of `call_indirect`, then the tail call.
    pub(crate) fn return_call_indirect(
        &mut self,
        type_index: u32,
        table_index: u32,
    ) -> CompileResult<()> {
        let type_index = TypeIndex::from_u32(type_index);
        let info = self.env.info;
        let ty = info.signature(type_index);
        let element = self.pop_gpr()?;
        self.prepare_call(ty)?;
        // Allocated before the checks borrow the scratch register: allocating may spill.
        let func_ref = self.alloc_gpr()?;
        self.load_checked_func_ref(type_index, table_index, element, func_ref)?;
        self.replace_frame(ty, Callee::FuncRef(func_ref))
    }

    /// `return_call_ref`: the null check of `call_ref`, then the tail call.
    pub(crate) fn return_call_ref(&mut self, type_index: u32) -> CompileResult<()> {
        let info = self.env.info;
        let ty = info.signature(TypeIndex::from_u32(type_index));
        let func_ref = self.pop_gpr()?;
        self.prepare_call(ty)?;
        self.trap_if_null_func_ref(func_ref);
        self.replace_frame(ty, Callee::FuncRef(func_ref))
    }

    /// With the arguments of a call to `ty` laid out at the stack top, replaces this
    /// function's frame by the callee's and jumps to it (see the module comment).
    fn replace_frame(&mut self, ty: &FuncType, callee: Callee) -> CompileResult<()> {
        let area = self.function_arg_area() as i32;
        let callee_area = ty.arg_area_bytes();
        // Return address, then our caller's frame pointer, right below the arguments.
        self.masm.push_mem(Address::frame(8));
        self.masm.push_mem(Address::frame(0));
        self.cx.depth += 16;
        self.cx.max_depth = self.cx.max_depth.max(self.cx.depth);
        self.restore_pinned_saves();
        // The block's lowest word (the frame pointer) lands at `rbp + target`, so that
        // its top meets the top of our argument area, `rbp + 16 + area`.
        let target = area - callee_area as i32;
        self.copy_frame_bytes(target, -(self.cx.depth as i32), callee_area + 16);
        self.masm.leave_frame_at(target);
        match callee {
            Callee::Defined(func) => {
                let offset = self.masm.jmp_placeholder();
                self.relocs.push(Reloc {
                    offset: offset as u32,
                    target: func,
                });
            }
            Callee::FuncRef(func_ref) => {
                self.masm.with_scratch_gpr(|masm, caller_vmctx| {
                    enter_func_ref(masm, func_ref, caller_vmctx);
                    masm.jmp_mem(Address::offset(func_ref, vmoffsets::func_ref::CODE));
                });
                self.free_gpr(func_ref);
            }
        }
        self.cx.reachable = false;
        Ok(())
    }
}
