//! The one-pass code generator: each function body is validated and compiled in the
//! same loop, operator by operator, into its own buffer.
//!
//! # Pieces
//!
//! * `env.rs`: what compiling a function needs ([`FuncEnv`]); `output.rs`: what it
//!   produces ([`CompiledFunction`]).
//! * `value_stack.rs`: where each operand lives ([`value_stack::Location`]: constant,
//!   lazy local read, register, spilled slot, or comparison flags).
//! * `regalloc.rs`: free-register bitsets; running out spills the value stack.
//! * `state.rs`: the `Context`, the function's state at the current operator (value
//!   stack, registers, control frames, locals, stack depth, proven bounds, handler
//!   scopes); it emits nothing.
//! * `context.rs`: [`context::CodeGen`], which holds the module environment, the
//!   emitter ([`crate::x64::Masm`] and the records of emitted code: relocations, trap
//!   sites, out-of-line paths) and the `Context` as `cx`, and the helpers every
//!   visitor uses.
//! * `spill.rs`: all spilling, `v128` included: entries to the machine stack, values
//!   into slots.
//! * `ops.rs`: operator-shaped helpers (`int_binop`, `int_compare`, `float_binop`, ...).
//! * `frame.rs`: what control frames record; `control.rs`: opening, closing and
//!   branching to them, and merges; `abi.rs`: prologue, calls, builtins.
//!
//! * `tail_call.rs`: `return_call`, `return_call_indirect` and `return_call_ref`,
//!   which replace the caller's frame by the callee's.
//!
//! * `bounds.rs`: the bounds checks of explicitly checked memories proven since the
//!   last label, which later accesses need not repeat.
//!
//! * `handlers.rs`: the `try_table` and legacy `try` scopes and the calls inside them,
//!   from which the link step builds the module's handler table (see
//!   `visit/exceptions.rs` and `visit/legacy_exceptions.rs`).
//!
//! Files import one way (`tests/layers.rs` checks it): the records (`env`, `output`,
//! `value_stack`, `regalloc`, `frame`, `bounds`, `handlers`, `state`) import none of the
//! code that uses them.
//! * `visit/<family>.rs`: the visitors; `visitor.rs`: the validate-then-compile driver
//!   wasmparser decodes into, and the unsupported fallback.
//! * `pinning.rs`: the pre-pass choosing which locals live in callee-saved registers.
//! * `phase.rs`: the order of a function's compilation, carried by types: `Prologue`
//!   (reset, then `emit`) → `Body` (`compile_operators`, the visitor loop, then the
//!   end invariants) → `Finish` (`finish`: out-of-line code, the `CompiledFunction`).
//!   Each consumes the one before, and the steps that emit code take a key only
//!   `phase.rs` can make, so they cannot be called out of order.
//! * `invariants.rs`: the state checks builds with debug assertions run at every
//!   control-flow merge and function end.
//!
//! # Adding operators
//!
//! Visitors are inherent methods of [`context::CodeGen`] named exactly like wasmparser's
//! (`pub(crate) fn visit_i32_add(&mut self) -> CompileResult<()>`), in the file of their
//! family under `visit/`. There is nothing to register: an operator without such a
//! method is reported as [`crate::error::CompileError::Unsupported`] by a generated
//! fallback.
//!
//! A visitor pops its operands (top of stack first), emits code, frees what it popped
//! and pushes its results. It reads state through `self.cx` (`self.cx.stack`,
//! `self.cx.frames`, `self.cx.locals`, ...) and emits through `self.masm`; the fields
//! of [`context::CodeGen`] and of the `Context` are visible to `codegen/` only. The
//! helpers, in the order you will reach for them:
//!
//! * operator shapes (`ops.rs`): `int_binop(ty, |masm, size, dst, src| ..)`,
//!   `int_unop`, `int_compare(ty, cond)`, `int_eqz`, `int_shift`, `int_div`,
//!   `float_binop`, `float_unop`, `float_compare`;
//! * operands (`context.rs`): `pop_gpr`, `pop_xmm`, `pop_reg`, `pop_gpr_or_imm`,
//!   `pop_to_specific(reg)`, `pop_value` + `value_into_reg`, `push_gpr`, `push_xmm`,
//!   `push_const(ty, bits)`, `alloc_gpr`, `alloc_xmm`, `alloc_specific`, `free_gpr`,
//!   `free_xmm`, `drop_value`;
//! * traps: `trap_if(cond, TrapCode)` after a compare, `trap(code)` (then the code is
//!   unreachable); a memory access forms its address with `memory_operand` (a
//!   `MemoryOperand`, whose base may be the scratch register lent until
//!   `end_access`), records each instruction that may fault with
//!   `memory_access(|masm| ..)`, then calls `end_access` (see `visit/memory.rs`);
//! * calls: `call_function`, `call_indirect`, `call_ref` (and their tail-call forms
//!   `return_call_function`, `return_call_indirect`, `return_call_ref`), and
//!   `call_builtin(builtin, indices)` for runtime helpers (declared once in
//!   [`crate::builtins`], which says how to add one);
//! * instructions: methods of [`crate::x64::Masm`], one per instruction or fixed
//!   sequence, grouped by family in `x64/masm/`.
//!
//! Invariants a visitor must keep:
//!
//! * an `i32` in a general-purpose register is zero-extended to 64 bits (32-bit
//!   instructions do this; after a 64-bit or sign-extending one, `mov_rr(S32, r, r)`);
//! * a temporary for a few instructions is a scratch register (`r11`, `xmm15`, never
//!   on the stack, never named outside `x64/masm/scratch.rs`), borrowed for one scope
//!   with `masm.with_scratch_gpr(|masm, scratch| ..)` or `with_scratch_xmm` (or, for a
//!   memory access's base, from `memory_operand` to `end_access`); builds with debug
//!   assertions panic when a scratch
//!   register is borrowed while already lent (a helper that clobbers it called
//!   inside the scope), so allocate registers (which may spill, and spills go
//!   through the scratch registers) and take trap labels before the scope;
//! * the flags are only live between a comparison and the `if`/`br_if` consuming it;
//!   the driver materialises them before every other operator;
//! * every register popped is either pushed again or freed.
//!
//! Testing: an integration test per behaviour in `tests/` (see `numerics.rs`), a `.wast`
//! file in `tests/wast/` for each bug found (run by `cargo test -p lightbeam --test
//! regressions`), a code-shape case in `tests/disas/` for each operand form or special
//! case (`cargo test -p lightbeam --test disas`), and `spec-runner --engine lightbeam
//! <spec dir>` for a spec-suite report.

#![forbid(unsafe_code)]

pub(crate) mod abi;
mod bounds;
pub(crate) mod context;
pub(crate) mod control;
mod env;
mod frame;
mod handlers;
mod invariants;
pub(crate) mod ops;
mod output;
mod phase;
mod pinning;
pub(crate) mod regalloc;
mod spill;
mod stack_maps;
mod state;
mod tail_call;
pub mod trampoline;
pub(crate) mod value_stack;
mod visit;
mod visitor;

use lightbeam_entity::PrimaryMap;
use wasmparser::{BinaryReader, FuncValidatorAllocations};

use crate::error::CompileResult;
use crate::module::{FuncIndex, FuncType, ModuleInfo, PendingBody, ValType};
use context::CodeGen;
pub(crate) use env::BlockSignature;
pub use env::{FuncEnv, RelaxedSimd};
pub use output::{
    CallSite, CatchClause, CompiledFunction, HandlerScope, Reloc, StackMapNode, StackMapSite,
    TrapSite, NO_STACK_MAP_NODE,
};
use state::LocalSlot;

/// The most machine code any valid module compiles to, per byte of its binary: the
/// sum of [`crate::Module::function_code`] over its defined functions is at most this
/// many times the module's size (for any module, so for any operator sequence).
///
/// Every operator emits a bounded amount of code whatever the arity of the types it
/// uses (see `docs/architecture.md`, "Code size is linear"), so the bound is set by
/// the operator with the longest lowering per byte of its encoding: `i64.trunc_f64_u`
/// chained with `f64.convert_i64_u` (one byte each) emits about 115 bytes of code per
/// input byte, the most of any chain measured (`tests/code_size.rs`); 128 is the
/// next power of two. The `compile` fuzz target checks the bound on every module.
pub const MAX_CODE_BYTES_PER_INPUT_BYTE: usize = 128;

/// Validates and compiles the function bodies of one module on one thread, one after
/// another, reusing the buffers of the previous body (assembler, value stack, frames,
/// validator allocations) so that compiling allocates little per function and nothing
/// per operator.
pub(crate) struct FunctionCompiler<'a> {
    codegen: CodeGen<'a>,
    validator: FuncValidatorAllocations,
    /// Types of the declared locals of the current body.
    declared: Vec<ValType>,
    /// Types of all locals of the current body, parameters first.
    types: Vec<ValType>,
    /// Whether the previous body compiled without error; after an error the assembler
    /// may hold a partial function and is discarded.
    clean: bool,
}

impl<'a> FunctionCompiler<'a> {
    /// A compiler for the bodies of the module `env` describes (`env.func` is ignored).
    pub(crate) fn new(env: FuncEnv<'a>) -> Self {
        FunctionCompiler {
            codegen: CodeGen::new(env, Vec::new(), 0),
            validator: FuncValidatorAllocations::default(),
            declared: Vec::new(),
            types: Vec::new(),
            clean: true,
        }
    }

    /// Validates and compiles the body of `func`.
    pub(crate) fn compile(
        &mut self,
        func: FuncIndex,
        body: PendingBody,
    ) -> CompileResult<CompiledFunction> {
        let fresh_assembler = !std::mem::replace(&mut self.clean, false);
        let mut validator = body
            .validator
            .into_validator(std::mem::take(&mut self.validator));
        let mut reader = BinaryReader::new(&body.bytes, body.offset as u64);
        // Decode with the module's features so feature-gated encodings are rejected.
        reader.set_features(*validator.features());
        let signatures = &self.codegen.env.info.type_ids;
        read_locals(&mut reader, &mut validator, signatures, &mut self.declared)?;
        let env = FuncEnv {
            func,
            ..self.codegen.env
        };
        let func_type = env.func_type();
        self.types.clear();
        self.types
            .extend(func_type.params.iter().chain(&self.declared));
        let has_memory = !env.info.memories.is_empty();
        let pinning = pinning::choose(reader.clone(), &self.types, has_memory);
        let saved_registers = pinning.saved_registers();
        let initial_depth = lay_out_locals(
            func_type,
            &self.declared,
            &pinning.locals,
            saved_registers.len(),
            &mut self.codegen.cx.locals,
        );
        let local_bytes: u32 = self.declared.iter().map(|ty| ty.slot_bytes()).sum();
        let setup = phase::Setup {
            func,
            initial_depth,
            fresh_assembler,
            saved_registers,
            memory_base: pinning.memory_base,
            wasm_offset: body.offset,
            local_quadwords: local_bytes / 8,
        };
        let function = phase::Prologue::new(&mut self.codegen, setup)
            .emit()
            .compile_operators(&mut reader, &mut validator, &body.bytes, body.offset)?
            .finish()?;
        self.validator = validator.into_allocations();
        self.clean = true;
        Ok(function)
    }
}

/// Reads the local declarations, validating them, into `declared`: each declared
/// local's type (concrete reference types index `signatures`).
fn read_locals(
    reader: &mut BinaryReader<'_>,
    validator: &mut wasmparser::FuncValidator<wasmparser::ValidatorResources>,
    signatures: &PrimaryMap<crate::module::TypeIndex, crate::module::ConcreteType>,
    declared: &mut Vec<ValType>,
) -> CompileResult<()> {
    declared.clear();
    for _ in 0..reader.read_var_u32()? {
        let offset = reader.original_position();
        let count = reader.read_var_u32()?;
        let ty: wasmparser::ValType = reader.read()?;
        validator.define_locals(offset, count, ty)?;
        let ty = ValType::from_wasm(ty, signatures, offset as usize)?;
        declared.extend(std::iter::repeat_n(ty, count as usize));
    }
    Ok(())
}

/// Places parameters in the caller's argument slots and declared locals below the
/// `VMContext` slot and the `saved` save slots of the pinned registers, into `slots`;
/// returns the initial stack depth.
fn lay_out_locals(
    ty: &FuncType,
    declared: &[ValType],
    pinned: &[Option<crate::x64::Gpr>],
    saved: usize,
    slots: &mut Vec<LocalSlot>,
) -> u32 {
    let area = ty.arg_area_bytes() as i32;
    let save_bytes = 8 * saved as i32;
    let param_ends = crate::module::slot_ends(&ty.params);
    let params = ty
        .params
        .iter()
        .zip(param_ends)
        .map(|(ty, end)| (*ty, 16 + area - end as i32));
    let declared_ends = crate::module::slot_ends(declared);
    let declared_bytes = declared_ends.last().copied().unwrap_or(0);
    let declared_slots = declared
        .iter()
        .zip(declared_ends)
        .map(|(ty, end)| (*ty, -8 - save_bytes - end as i32));
    slots.clear();
    slots.extend(
        params
            .chain(declared_slots)
            .zip(pinned)
            .map(|((ty, disp), pinned)| LocalSlot {
                ty,
                disp,
                pinned: *pinned,
            }),
    );
    8 + save_bytes as u32 + declared_bytes
}

impl<'a> CodeGen<'a> {
    /// Resolves a block type to parameter and result types. A single result of a
    /// reference type is widened to the top of its hierarchy (all the code generator
    /// needs of it), so the signature can be a static slice.
    pub(crate) fn block_signature(
        &self,
        block: wasmparser::BlockType,
    ) -> CompileResult<BlockSignature<'a>> {
        Ok(match block {
            wasmparser::BlockType::Empty => (&[], &[]),
            wasmparser::BlockType::Type(ty) => {
                let signatures = &self.env.info.type_ids;
                (
                    &[],
                    single(ValType::from_wasm(ty, signatures, self.wasm_offset)?.top()),
                )
            }
            wasmparser::BlockType::FuncType(index) => {
                let info: &'a ModuleInfo = self.env.info;
                let ty = info.signature(crate::module::TypeIndex::from_u32(index));
                (&ty.params, &ty.results)
            }
        })
    }
}

/// `[ty]`, without allocating; `ty` is a reference type only as the top of its
/// hierarchy.
fn single(ty: ValType) -> &'static [ValType] {
    match ty {
        ValType::I32 => &[ValType::I32],
        ValType::I64 => &[ValType::I64],
        ValType::F32 => &[ValType::F32],
        ValType::F64 => &[ValType::F64],
        ValType::V128 => &[ValType::V128],
        ValType::Ref(reference) if reference.heap_type == crate::module::HeapType::Extern => {
            &[ValType::EXTERNREF]
        }
        ValType::Ref(reference) if reference.heap_type.top() == crate::module::HeapType::Exn => {
            &[ValType::EXNREF]
        }
        ValType::Ref(reference) if reference.heap_type.top() == crate::module::HeapType::Any => {
            &[ValType::ANYREF]
        }
        ValType::Ref(_) => &[ValType::FUNCREF],
    }
}
