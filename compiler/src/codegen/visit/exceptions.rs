//! Exceptions: `try_table`, `throw`, `throw_ref`.
//!
//! Nothing is paid on the normal path. A call inside a `try_table` is followed by no
//! test: its return address is recorded with the innermost scope around it
//! ([`HandlerTables`](crate::codegen::handlers::HandlerTables)), and the link step
//! turns those records into the module's handler table. Throwing calls a builtin
//! that finds the handler by walking the frame-pointer chain with that table and
//! returns the handler's address and frame; the thrower's sequence then jumps there.
//!
//! A `try_table` spills the value stack on entry like a `block`, so at a handler
//! everything below the `try_table` is in its frame slots or constant: the layout at
//! the handler is known here, at compile time. Each catch clause gets a landing pad,
//! emitted at the `try_table` (jumped over on entry): it resets `rsp` to the depth
//! below the `try_table`'s parameters, reloads the `VMContext`, pushes the payload
//! (and/or the `exnref`) from the store context where the unwinder left them, and
//! branches to the clause's label like a `br`.

use wasmparser::{Catch, TryTable};

use crate::builtins::Builtin;
use crate::codegen::context::{CodeGen, BULK_VALUES};
use crate::codegen::control::FrameKind;
use crate::codegen::value_stack::{Location, Value};
use crate::codegen::CatchClause;
use crate::error::CompileResult;
use crate::module::{TagIndex, ValType};
use crate::vmoffsets;
use crate::x64::regs::{R8, RAX, RBP, RCX, RDI, RDX, RSI, RSP, VMCTX};
use crate::x64::{Address, Cond, Gpr, OperandSize, Reg};

impl CodeGen<'_> {
    pub(crate) fn visit_try_table(&mut self, try_table: TryTable) -> CompileResult<()> {
        if !self.cx.reachable {
            self.push_dead_frame(FrameKind::Block);
            return Ok(());
        }
        let (params, results) = self.block_signature(try_table.ty)?;
        if params.len() > BULK_VALUES {
            self.settle_top(params.len())?;
        } else {
            self.spill_all();
        }
        let body = self.masm.new_label();
        self.masm.jmp(body);
        let mut catches = Vec::with_capacity(try_table.catches.len());
        for catch in &try_table.catches {
            let (tag, captures_ref, label) = match *catch {
                Catch::One { tag, label } => (Some(TagIndex::from_u32(tag)), false, label),
                Catch::OneRef { tag, label } => (Some(TagIndex::from_u32(tag)), true, label),
                Catch::All { label } => (None, false, label),
                Catch::AllRef { label } => (None, true, label),
            };
            let landing = self.masm.offset() as u32;
            self.emit_landing_pad(params.len(), tag, captures_ref, label)?;
            catches.push(CatchClause {
                tag,
                captures_ref,
                landing,
            });
        }
        self.masm.bind(body);
        self.push_frame(FrameKind::Block, params, results);
        self.cx
            .handlers
            .open_scope(self.cx.frames.len() - 1, catches);
        Ok(())
    }

    /// Emits the landing pad of one catch clause of a `try_table` whose `params`
    /// parameters are the (spilled or constant) top of the value stack: the state is
    /// the one below the `try_table` plus the caught values, which branch to `label`.
    /// The code generator's state is left as it was.
    fn emit_landing_pad(
        &mut self,
        params: usize,
        tag: Option<TagIndex>,
        captures_ref: bool,
        label: u32,
    ) -> CompileResult<()> {
        let height = self.cx.stack.len() - params;
        let entry_depth = self.cx.depth;
        let entry_params = self.cx.stack.top(params).to_vec();
        let spilled: u32 = entry_params
            .iter()
            .filter(|value| matches!(value.location, Location::Spilled(_)))
            .map(|value| value.ty.slot_bytes())
            .sum();
        self.cx.stack.truncate(height);
        self.cx.depth = entry_depth - spilled;
        self.masm.set_stack_depth(self.cx.depth);
        self.masm.load(OperandSize::S64, VMCTX, Address::frame(-8));
        if let Some(tag) = tag {
            self.push_caught_payload(tag);
        }
        if captures_ref {
            self.push_caught_exception();
            self.cx.stack.push(Value::new(
                ValType::EXNREF,
                Location::Spilled(self.cx.depth),
            ));
        }
        self.cx.stack.mark_settled();
        self.cx.reachable = true;
        self.branch(label)?;
        self.cx.stack.truncate(height);
        for value in entry_params {
            self.cx.stack.push(value);
        }
        self.cx.stack.mark_settled();
        self.cx.depth = entry_depth;
        self.cx.reachable = true;
        Ok(())
    }

    /// In a landing pad: pushes the caught payload of an exception of `tag` from the
    /// buffer the store context points at onto the machine and value stacks.
    pub(super) fn push_caught_payload(&mut self, tag: TagIndex) {
        let info = self.env.info;
        let types = &info.tag_type(tag).params;
        self.masm.with_scratch_gpr(|masm, payload| {
            load_store_context(masm, payload);
            masm.load(
                OperandSize::S64,
                payload,
                Address::offset(payload, vmoffsets::store::CAUGHT_PAYLOAD),
            );
            for (i, ty) in types.iter().enumerate() {
                let slot = 16 * i as i32;
                if *ty == ValType::V128 {
                    masm.push_mem(Address::offset(payload, slot + 8));
                }
                masm.push_mem(Address::offset(payload, slot));
            }
        });
        for ty in types.iter() {
            self.grow_depth(ty.slot_bytes());
            self.cx
                .stack
                .push(Value::new(*ty, Location::Spilled(self.cx.depth)));
        }
    }

    /// In a landing pad: pushes the caught `exnref` onto the machine stack (the
    /// caller decides whether the value stack sees it).
    pub(super) fn push_caught_exception(&mut self) {
        self.masm.with_scratch_gpr(|masm, store| {
            load_store_context(masm, store);
            masm.push_mem(Address::offset(store, vmoffsets::store::CAUGHT_EXCEPTION));
        });
        self.grow_depth(8);
    }

    pub(crate) fn visit_throw(&mut self, tag_index: u32) -> CompileResult<()> {
        let info = self.env.info;
        let params = &info.tag_type(TagIndex::from_u32(tag_index)).params;
        let base = self.arrange_top_in_slots(params.len())?;
        let bytes: u32 = params.iter().map(|ty| ty.slot_bytes()).sum();
        // Whatever else registers hold is dead: nothing runs after a throw in this
        // frame but a handler, which finds the state of its `try_table` entry.
        self.set_depth(base + bytes);
        // The payload: value `i` at `rsp + bytes - slot_ends[i]`, like call arguments.
        self.masm
            .mov_ri(OperandSize::S64, RSI, i64::from(tag_index));
        self.masm.mov_rr(OperandSize::S64, RDX, RSP);
        self.emit_throw_call(Builtin::Throw, RCX, R8);
        Ok(())
    }

    pub(crate) fn visit_throw_ref(&mut self) -> CompileResult<()> {
        self.spill_all();
        self.pop_to_specific(Reg::Gpr(RSI))?;
        self.free_gpr(RSI);
        self.emit_throw_call(Builtin::ThrowRef, RDX, RCX);
        Ok(())
    }

    /// Calls the throwing `builtin` (its other arguments already in place), passing
    /// the frame pointer in `frame` and the address of the throw in `pc`, and jumps
    /// to the handler it returns, or leaves wasm with the trap code it returns.
    pub(super) fn emit_throw_call(&mut self, builtin: Builtin, frame: Gpr, pc: Gpr) {
        let site = self.masm.new_label();
        self.masm.mov_rr(OperandSize::S64, frame, RBP);
        self.masm.lea_label(pc, site);
        self.masm.mov_rr(OperandSize::S64, RDI, VMCTX);
        self.masm.call_host_through(
            Address::offset(VMCTX, vmoffsets::STORE_CONTEXT),
            vmoffsets::store::builtin(builtin),
        );
        self.masm.bind(site);
        self.cx.handlers.record_call(self.masm.offset());
        // rax: the handler's address, or 0 with a trap code in rdx.
        self.masm.test_rr(OperandSize::S64, RAX);
        let trap = self.masm.new_label();
        self.masm.jcc(Cond::Eq, trap);
        self.deferred_builtin_traps.push((trap, self.wasm_offset));
        self.masm.mov_rr(OperandSize::S64, RBP, RDX);
        self.masm.jmp_reg(RAX);
        self.cx.reachable = false;
    }
}

/// `dst = [vmctx + STORE_CONTEXT]`.
fn load_store_context(masm: &mut crate::x64::Masm, dst: Gpr) {
    masm.load(
        OperandSize::S64,
        dst,
        Address::offset(VMCTX, vmoffsets::STORE_CONTEXT),
    );
}
