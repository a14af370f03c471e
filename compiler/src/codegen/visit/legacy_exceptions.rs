//! Legacy exception handling: `try`, `catch`, `catch_all`, `delegate`, `rethrow`, on
//! the mechanism of `try_table` (see `exceptions.rs`): handler tables beside the code,
//! nothing paid on the normal path.
//!
//! A `try` opens a frame like a `block` (the value stack spilled on entry) and a
//! handler scope, which covers its body. Its clauses are known only as they come, but
//! the scope is data the link step reads after the function is compiled, so each
//! `catch`/`catch_all` adds its clause then. At a `catch` the body ends (jumping to the
//! frame's end if it falls through), the scope stops covering the code (an exception
//! raised in a catch body goes to the scopes around the `try`) and the clause's landing
//! pad starts the catch body: `rsp` back at the depth below the `try`'s parameters,
//! `r14` reloaded, the caught `exnref` pushed into a slot of its own (the frame's
//! `base_depth + 8`, below the values of the catch body), then the payload of a tag's
//! exception.
//!
//! `rethrow N` throws the exnref kept by the catch of label `N` with the `throw_ref`
//! builtin, so the same exception object goes on. The unwinder writes the exnref only
//! for clauses that capture it, and a clause whose exception nothing captures frees it,
//! so a clause is marked as capturing when a `rethrow` names its catch (its table entry
//! is final only at the end of the function); the slot of other clauses holds a stale
//! value that nothing reads.
//!
//! `delegate N` ends the `try` like `end`, and sets the parent of its scope, the next
//! scope an exception raised in its body is looked for in, to the scope covering the
//! body of the frame `N` names (counted outside the `try`): that frame's own if it is a
//! `try` still in its body or a `try_table`, else the next one around it, or none (the
//! caller) for the function's frame.

use crate::builtins::Builtin;
use crate::codegen::context::CodeGen;
use crate::codegen::control::FrameKind;
use crate::codegen::CatchClause;
use crate::error::{CompileError, CompileResult};
use crate::module::TagIndex;
use crate::x64::regs::{RCX, RDX, RSI, VMCTX};
use crate::x64::{Address, OperandSize};

impl CodeGen<'_> {
    pub(crate) fn visit_try(&mut self, blockty: wasmparser::BlockType) -> CompileResult<()> {
        if !self.cx.reachable {
            self.push_dead_frame(FrameKind::Block);
            return Ok(());
        }
        let (params, results) = self.block_signature(blockty)?;
        self.enter_block(params, results)?;
        self.cx.handlers.open_legacy_try(self.cx.frames.len() - 1);
        Ok(())
    }

    pub(crate) fn visit_catch(&mut self, tag_index: u32) -> CompileResult<()> {
        self.legacy_catch(Some(TagIndex::from_u32(tag_index)))
    }

    pub(crate) fn visit_catch_all(&mut self) -> CompileResult<()> {
        self.legacy_catch(None)
    }

    /// `catch` of `tag`, or `catch_all` (`None`): ends the arm before it and starts
    /// the clause's landing pad and body (see the module documentation).
    fn legacy_catch(&mut self, tag: Option<TagIndex>) -> CompileResult<()> {
        let index = self
            .cx
            .frames
            .len()
            .checked_sub(1)
            .ok_or_else(|| CompileError::internal("catch without a frame"))?;
        if !self.cx.frames[index].live {
            return Ok(());
        }
        self.leave_arm(index)?;
        let frame = &self.cx.frames[index];
        let (height, base) = (frame.height, frame.base_depth);
        self.discard_stack_above(height);
        self.cx.depth = base;
        let landing = self.masm.offset() as u32;
        self.masm.set_stack_depth(base);
        self.masm.load(OperandSize::S64, VMCTX, Address::frame(-8));
        self.push_caught_exception();
        if let Some(tag) = tag {
            self.push_caught_payload(tag);
        }
        self.cx.stack.mark_settled();
        self.cx.reachable = true;
        self.cx.handlers.begin_catch(
            index,
            CatchClause {
                tag,
                captures_ref: false,
                landing,
            },
        );
        Ok(())
    }

    pub(crate) fn visit_delegate(&mut self, relative_depth: u32) -> CompileResult<()> {
        let index = self
            .cx
            .frames
            .len()
            .checked_sub(1)
            .ok_or_else(|| CompileError::internal("delegate without a frame"))?;
        if self.cx.frames[index].live {
            // The label is counted from outside the `try`.
            let target = self.frame_index(relative_depth.saturating_add(1))?;
            let scope = self.cx.handlers.scope_inside(target);
            self.cx.handlers.delegate(index, scope);
        }
        self.end()
    }

    pub(crate) fn visit_rethrow(&mut self, relative_depth: u32) -> CompileResult<()> {
        let index = self.frame_index(relative_depth)?;
        if !self.cx.handlers.rethrows(index) {
            return Err(CompileError::internal("rethrow outside of a catch"));
        }
        // Whatever registers hold is dead: nothing runs after a throw in this frame
        // but a handler, which finds the state at its frame's entry.
        let slot = self.cx.frames[index].base_depth + 8;
        self.masm
            .load(OperandSize::S64, RSI, Address::frame(-(slot as i32)));
        self.emit_throw_call(Builtin::ThrowRef, RDX, RCX);
        Ok(())
    }
}
