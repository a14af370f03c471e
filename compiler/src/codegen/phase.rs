//! The phases of compiling one function, carried by types: a [`Prologue`] is the only
//! way to start a function, its [`Prologue::emit`] yields the [`Body`] that runs the
//! visitor loop, and [`Body::compile_operators`] yields the [`Finish`] whose
//! [`Finish::finish`] emits the out-of-line code and returns the [`CompiledFunction`].
//! Each step consumes the one before, so the order cannot be broken: emitting the body
//! before the prologue, or finishing a function twice or before its body, does not
//! compile.
//!
//! The steps that emit code (`CodeGen::emit_prologue`, `push_function_frame` and
//! `finish`) take a [`PhaseKey`], which only this file can make, so no other code can
//! call them out of order either.

use wasmparser::{BinaryReader, FuncValidator, ValidatorResources};

use super::context::CodeGen;
use super::visitor::ValidateAndCompile;
use super::CompiledFunction;
use crate::error::{CompileError, CompileResult};
use crate::module::FuncIndex;
use crate::x64::Gpr;

/// Proof that the caller is this file: the phase steps of [`CodeGen`] require one.
pub(super) struct PhaseKey(());

/// What a function's compilation is set up with (its locals are already laid out in
/// the code generator's `locals`).
pub(super) struct Setup {
    /// The function.
    pub func: FuncIndex,
    /// Stack depth below `rbp` after the prologue (the `VMContext` slot, the save
    /// slots and the declared locals).
    pub initial_depth: u32,
    /// Whether the assembler must be discarded (after a function that failed).
    pub fresh_assembler: bool,
    /// The callee-saved registers the function pins, in the order of their slots.
    pub saved_registers: Vec<Gpr>,
    /// The register pinned to memory 0's base, if any.
    pub memory_base: Option<Gpr>,
    /// Byte offset of the body in the module.
    pub wasm_offset: usize,
    /// Zeroed 8-byte words the prologue reserves for the declared locals.
    pub local_quadwords: u32,
}

/// A code generator reset for one function, before its prologue.
pub(super) struct Prologue<'g, 'a> {
    codegen: &'g mut CodeGen<'a>,
    local_quadwords: u32,
}

impl<'g, 'a> Prologue<'g, 'a> {
    /// Resets `codegen` for the function `setup` describes.
    pub(super) fn new(codegen: &'g mut CodeGen<'a>, setup: Setup) -> Self {
        codegen.reset(setup.func, setup.initial_depth, setup.fresh_assembler);
        codegen.cx.saved_registers = setup.saved_registers;
        codegen.cx.memory_base = setup.memory_base;
        codegen.wasm_offset = setup.wasm_offset;
        Prologue {
            codegen,
            local_quadwords: setup.local_quadwords,
        }
    }

    /// Emits the prologue and opens the function's control frame.
    pub(super) fn emit(self) -> Body<'g, 'a> {
        let frame_patch = self
            .codegen
            .emit_prologue(PhaseKey(()), self.local_quadwords);
        self.codegen.push_function_frame(PhaseKey(()));
        Body {
            codegen: self.codegen,
            frame_patch,
        }
    }
}

/// A function whose prologue is emitted, ready for its operators.
pub(super) struct Body<'g, 'a> {
    codegen: &'g mut CodeGen<'a>,
    /// Offset of the prologue's frame-size displacement, patched by [`Finish::finish`].
    frame_patch: usize,
}

impl<'g, 'a> Body<'g, 'a> {
    /// Validates and compiles every operator `reader` holds, up to and including the
    /// body's final `end` (`body` is the whole body's bytes, at `body_offset` in the
    /// module). In builds with debug assertions, then checks the end invariants.
    pub(super) fn compile_operators(
        self,
        reader: &mut BinaryReader<'_>,
        validator: &mut FuncValidator<ValidatorResources>,
        body: &[u8],
        body_offset: usize,
    ) -> CompileResult<Finish<'g, 'a>> {
        let current_frame = validator.get_control_frame(0).map(|frame| frame.kind);
        let mut driver = ValidateAndCompile {
            validator,
            codegen: &mut *self.codegen,
            body,
            body_offset,
            offset: 0,
            current_frame,
        };
        while !reader.eof() {
            driver.offset = reader.original_position() as usize;
            reader.visit_operator(&mut driver)??;
        }
        reader.finish_expression(&driver)?;
        if cfg!(debug_assertions) {
            self.codegen.check_end_invariants();
        }
        Ok(Finish {
            codegen: self.codegen,
            frame_patch: self.frame_patch,
        })
    }
}

/// A function whose body is compiled, before its out-of-line code.
pub(super) struct Finish<'g, 'a> {
    codegen: &'g mut CodeGen<'a>,
    frame_patch: usize,
}

impl Finish<'_, '_> {
    /// Emits the out-of-line code and returns the finished function.
    pub(super) fn finish(self) -> CompileResult<CompiledFunction> {
        self.codegen.finish(PhaseKey(()), self.frame_patch)
    }
}

impl CodeGen<'_> {
    /// Emits the out-of-line code and returns the finished function, patching the
    /// prologue's frame size at `frame_patch`.
    fn finish(&mut self, _: PhaseKey, frame_patch: usize) -> CompileResult<CompiledFunction> {
        if !self.cx.frames.is_empty() {
            return Err(CompileError::internal("control frames left at the end"));
        }
        self.emit_entry_slow_path();
        self.emit_trap_stubs();
        self.emit_builtin_trap_paths();
        let displacement = self.frame_check_displacement();
        let mut code = self.masm.take_code()?;
        code[frame_patch..frame_patch + 4].copy_from_slice(&displacement.to_le_bytes());
        Ok(CompiledFunction {
            code,
            // Copied out at their exact size; the buffers keep growing capacity.
            relocs: take_copy(&mut self.relocs),
            trap_sites: take_copy(&mut self.trap_sites),
            handler_scopes: std::mem::take(&mut self.cx.handlers.scopes),
            call_sites: take_copy(&mut self.cx.handlers.call_sites),
            stack_map_nodes: take_nodes(&mut self.cx.stack_maps.nodes, &self.cx.stack_maps.sites),
            stack_maps: take_copy(&mut self.cx.stack_maps.sites),
        })
    }
}

/// The stack-map nodes of a function, if any of its calls has a map (a function
/// without calls has the nodes of its reference locals only, which no map uses).
fn take_nodes(
    nodes: &mut Vec<super::StackMapNode>,
    sites: &[super::StackMapSite],
) -> Vec<super::StackMapNode> {
    if sites.is_empty() {
        nodes.clear();
        return Vec::new();
    }
    take_copy(nodes)
}

/// The elements of `buffer`, in a vector of their exact size; `buffer` is left empty
/// with its capacity kept.
fn take_copy<T: Copy>(buffer: &mut Vec<T>) -> Vec<T> {
    let copy = buffer.as_slice().to_vec();
    buffer.clear();
    copy
}
