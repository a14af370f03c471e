//! The one-pass code generator: each function body is validated and compiled in the
//! same loop, operator by operator, into its own buffer.
//!
//! # Adding operators
//!
//! Visitors live in `visit/<family>.rs` as inherent methods of [`context::CodeGen`] named
//! exactly like wasmparser's (`visit_i32_add`). Any operator without such a method is
//! reported as [`CompileError::Unsupported`] by a generated fallback (see `visitor.rs`),
//! so adding one is: write the method, nothing else to register.

#![forbid(unsafe_code)]

pub(crate) mod abi;
pub(crate) mod context;
pub(crate) mod control;
pub(crate) mod ops;
pub(crate) mod regalloc;
pub mod trampoline;
pub(crate) mod value_stack;
mod visit;
mod visitor;

use wasmparser::{BinaryReader, Operator, OperatorsReader, VisitOperator};

use crate::error::{CompileError, CompileResult};
use crate::module::{FuncIndex, FuncType, ModuleInfo, PendingBody, ValType};
use crate::trap::TrapCode;
use crate::vmoffsets::VMOffsets;
use context::{CodeGen, LocalSlot};

/// Runtime functions generated code may call (System V ABI, `VMContext` first, up to
/// four integer arguments; they return `(value, trap code)` in `rax:rdx`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(
    dead_code,
    reason = "the bulk-memory and table visitors will call the rest"
)]
pub enum Builtin {
    /// `memory.grow`: (memory, delta pages) → old size or -1.
    MemoryGrow,
    /// `memory.fill`: (memory, dst, value, len).
    MemoryFill,
    /// `memory.copy`: (dst memory << 32 | src memory, dst, src, len).
    MemoryCopy,
    /// `memory.init`: (data << 32 | memory, dst, src, len).
    MemoryInit,
    /// `data.drop`: (data).
    DataDrop,
    /// `table.grow`: (table, init, delta) → old size or -1.
    TableGrow,
    /// `table.fill`: (table, dst, value, len).
    TableFill,
    /// `table.copy`: (dst table << 32 | src table, dst, src, len).
    TableCopy,
    /// `table.init`: (elem << 32 | table, dst, src, len).
    TableInit,
    /// `elem.drop`: (elem).
    ElemDrop,
}

/// Number of [`Builtin`]s.
pub const BUILTIN_COUNT: usize = 10;

/// Addresses of the runtime builtins, given to the code generator.
#[derive(Clone, Debug)]
pub struct Builtins {
    /// Address of each builtin, by `Builtin as usize`.
    pub addresses: [usize; BUILTIN_COUNT],
}

impl Builtins {
    /// The address of `builtin`.
    pub fn address(&self, builtin: Builtin) -> usize {
        self.addresses[builtin as usize]
    }
}

/// What one function's compilation needs to know about the module.
#[derive(Clone, Copy)]
pub struct FuncEnv<'a> {
    /// The module environment.
    pub info: &'a ModuleInfo,
    /// The module's `VMContext` layout.
    pub offsets: &'a VMOffsets,
    /// The function being compiled.
    pub func: FuncIndex,
    /// Runtime builtin addresses.
    pub builtins: &'a Builtins,
}

impl FuncEnv<'_> {
    /// The signature of the function being compiled.
    pub fn func_type(&self) -> &FuncType {
        self.info.func_type(self.func)
    }
}

/// A call to patch when functions are laid out: `rel32` at `offset` → `target`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reloc {
    /// Offset of the 32-bit displacement in the function's code.
    pub offset: u32,
    /// The called function (always defined in the module).
    pub target: FuncIndex,
}

/// An instruction that may fault, and the trap a fault there means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrapSite {
    /// Offset of the instruction in the function's code.
    pub code_offset: u32,
    /// The trap.
    pub trap: TrapCode,
    /// Wasm byte offset of the operator.
    pub wasm_offset: u32,
}

/// The machine code of one function.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CompiledFunction {
    /// Machine code (position independent apart from `relocs`).
    pub code: Vec<u8>,
    /// Calls to patch.
    pub relocs: Vec<Reloc>,
    /// Faulting instructions.
    pub trap_sites: Vec<TrapSite>,
}

/// Parameter and result types of a block.
pub(crate) type BlockSignature = (Box<[ValType]>, Box<[ValType]>);

/// Validates and compiles one function body.
pub(crate) fn compile_function(
    env: FuncEnv<'_>,
    body: PendingBody,
) -> CompileResult<CompiledFunction> {
    let mut validator = body.validator.into_validator(Default::default());
    let mut reader = BinaryReader::new(&body.bytes, body.offset as u64);
    // Decode with the module's features so feature-gated encodings are rejected.
    reader.set_features(*validator.features());
    let declared = read_locals(&mut reader, &mut validator)?;
    let (locals, initial_depth) = lay_out_locals(env.func_type(), &declared);
    let mut codegen = CodeGen::new(env, locals, initial_depth);
    codegen.wasm_offset = body.offset;
    let frame_patch = codegen.emit_prologue(declared.len() as u32);
    codegen.push_function_frame();
    let mut operators = OperatorsReader::new(reader);
    while !operators.eof() {
        let (operator, offset) = operators.read_with_offset()?;
        validator.op(offset, &operator)?;
        codegen.wasm_offset = offset as usize;
        if codegen.reachable && !branches_on_flags(&operator) {
            codegen.materialize_flags()?;
        }
        if codegen.reachable || is_control(&operator) {
            visitor::Dispatch(&mut codegen).visit_operator(&operator)?;
        }
    }
    operators.finish()?;
    codegen.finish(frame_patch)
}

/// Reads the local declarations, validating them; returns each declared local's type.
fn read_locals(
    reader: &mut BinaryReader<'_>,
    validator: &mut wasmparser::FuncValidator<wasmparser::ValidatorResources>,
) -> CompileResult<Vec<ValType>> {
    let mut declared = Vec::new();
    for _ in 0..reader.read_var_u32()? {
        let offset = reader.original_position();
        let count = reader.read_var_u32()?;
        let ty: wasmparser::ValType = reader.read()?;
        validator.define_locals(offset, count, ty)?;
        let ty = ValType::from_wasm(ty, offset as usize)?;
        declared.extend(std::iter::repeat_n(ty, count as usize));
    }
    Ok(declared)
}

/// Places parameters in the caller's argument slots and declared locals below the
/// `VMContext` slot; returns the slots and the initial stack depth.
fn lay_out_locals(ty: &FuncType, declared: &[ValType]) -> (Vec<LocalSlot>, u32) {
    let slots = ty.slot_count() as i32;
    let params = ty.params.iter().enumerate().map(|(i, ty)| LocalSlot {
        ty: *ty,
        disp: 16 + 8 * (slots - 1 - i as i32),
    });
    let declared_slots = declared.iter().enumerate().map(|(j, ty)| LocalSlot {
        ty: *ty,
        disp: -16 - 8 * j as i32,
    });
    let locals = params.chain(declared_slots).collect();
    (locals, 8 + 8 * declared.len() as u32)
}

/// Operators that consume a comparison result directly from the CPU flags.
fn branches_on_flags(operator: &Operator<'_>) -> bool {
    matches!(operator, Operator::If { .. } | Operator::BrIf { .. })
}

/// Operators visited even in unreachable code (they change the frame structure).
fn is_control(operator: &Operator<'_>) -> bool {
    matches!(
        operator,
        Operator::Block { .. }
            | Operator::Loop { .. }
            | Operator::If { .. }
            | Operator::Else
            | Operator::End
    )
}

impl CodeGen<'_> {
    /// Emits the out-of-line code and returns the finished function.
    fn finish(mut self, frame_patch: usize) -> CompileResult<CompiledFunction> {
        if !self.frames.is_empty() {
            return Err(CompileError::internal("control frames left at the end"));
        }
        self.emit_trap_stubs();
        self.emit_builtin_trap_paths();
        let displacement = self.frame_check_displacement();
        let mut code = self.masm.finish()?;
        code[frame_patch..frame_patch + 4].copy_from_slice(&displacement.to_le_bytes());
        Ok(CompiledFunction {
            code,
            relocs: self.relocs,
            trap_sites: self.trap_sites,
        })
    }

    /// Resolves a block type to parameter and result types.
    pub(crate) fn block_signature(
        &self,
        block: wasmparser::BlockType,
    ) -> CompileResult<BlockSignature> {
        Ok(match block {
            wasmparser::BlockType::Empty => (Box::new([]), Box::new([])),
            wasmparser::BlockType::Type(ty) => (
                Box::new([]),
                Box::new([ValType::from_wasm(ty, self.wasm_offset)?]),
            ),
            wasmparser::BlockType::FuncType(index) => {
                let ty = &self.env.info.types[crate::module::TypeIndex::from_u32(index)];
                (ty.params.clone(), ty.results.clone())
            }
        })
    }
}
