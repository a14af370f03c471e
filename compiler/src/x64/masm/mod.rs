//! Typed helpers over one wrapped `dynasm!` (`asm!`, the one place that names
//! `.arch x64`): each method emits one instruction or a short fixed sequence, so
//! operator visitors never write raw assembly. The host/wasm trampolines
//! (`codegen/trampoline.rs`) are the one other user of `asm!`, for their fixed entry and
//! exit sequences.

#![allow(
    clippy::useless_conversion,
    reason = "dynasm! passes register numbers through `From`, the identity for u8"
)]

mod atomic;
mod float;
mod int;
mod scratch;
mod simd;
mod simd_float;
mod simd_int;
mod simd_relaxed;
mod wide;

use dynasmrt::x64::X64Relocation;
use dynasmrt::{DynamicLabel, DynasmApi, VecAssembler};

pub use atomic::LockedRmw;
pub use float::{FloatBinOp, FloatBitOp, FloatRound, FloatSize, MinMax};
pub use int::{AluOp, Extend, MulSource, ShiftKind};
pub use scratch::{is_scratch, ScratchGpr};
pub use simd::{LaneWidth, LoadExtend, SimdEncoding, V128BitOp};
pub use simd_float::{FloatLaneCompare, FloatLanes};
pub use simd_int::{IntCompare, IntLanes, LaneHalf, LaneShift, PackedIntOp, ShiftCount, Widen};
pub use simd_relaxed::MaddKind;
pub use wide::{WideOp, WideOperand};

use super::regs::{Gpr, Xmm, RSP};
use super::{Address, Cond, OperandSize};
use crate::error::{CompileError, CompileResult};

/// Emits x86-64 assembly into `$masm.ops`; the one place that names `.arch x64`.
macro_rules! asm {
    ($masm:expr ; $($tokens:tt)*) => {{
        #[allow(unused_imports, reason = "dynasm! calls these traits' methods")]
        use dynasmrt::{DynasmApi as _, DynasmLabelApi as _};
        dynasmrt::dynasm!($masm.ops ; .arch x64 ; $($tokens)*)
    }};
}
pub(crate) use asm;

/// Emits `$before [address] $after` in the shortest encoding of `address`: with or
/// without its index register, and with an 8-bit displacement when the displacement
/// fits (three bytes shorter than dynasm's default 32-bit one).
macro_rules! with_address {
    ($masm:expr, $address:expr, ($($before:tt)*) ($($after:tt)*)) => {{
        let address: $crate::x64::Address = $address;
        let (b, disp) = (address.base.0, address.disp);
        match (address.index, i8::try_from(disp)) {
            (None, Ok(disp)) => asm!($masm; $($before)* [BYTE Rq(b) + disp] $($after)*),
            (None, Err(_)) => asm!($masm; $($before)* [Rq(b) + disp] $($after)*),
            (Some(i), Ok(disp)) => {
                asm!($masm; $($before)* [BYTE Rq(b) + Rq(i.0) + disp] $($after)*)
            }
            (Some(i), Err(_)) => asm!($masm; $($before)* [Rq(b) + Rq(i.0) + disp] $($after)*),
        }
    }};
}
pub(crate) use with_address;

/// Whether integers (scalars or vector lanes) are read or produced as signed or
/// unsigned: a signed or unsigned division, conversion or lane operation, and the
/// sign- or zero-extension of a narrow lane.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signedness {
    /// Two's complement (sign-extended when widened).
    Signed,
    /// Unsigned (zero-extended when widened).
    Unsigned,
}

/// The macro-assembler for one function: a growing byte buffer plus labels.
pub struct Masm {
    /// The underlying assembler.
    pub(crate) ops: VecAssembler<X64Relocation>,
    /// The encodings SIMD helpers emit (see `simd.rs`).
    pub(crate) simd: SimdEncoding,
    /// The scratch registers lent out (see `scratch.rs`).
    lent: scratch::LentScratch,
}

impl Default for Masm {
    fn default() -> Self {
        Self::new()
    }
}

impl Masm {
    /// An empty assembler.
    pub fn new() -> Self {
        Self::with_simd_encoding(SimdEncoding::Sse41)
    }

    /// An empty assembler whose SIMD helpers emit `simd` encodings.
    pub fn with_simd_encoding(simd: SimdEncoding) -> Self {
        Masm {
            ops: VecAssembler::new(0),
            simd,
            lent: scratch::LentScratch::default(),
        }
    }

    /// Current code offset in bytes.
    pub fn offset(&self) -> usize {
        self.ops.offset().0
    }

    /// A fresh label, bound later with [`Masm::bind`].
    pub fn new_label(&mut self) -> DynamicLabel {
        self.ops.new_dynamic_label()
    }

    /// Binds `label` to the current offset.
    pub fn bind(&mut self, label: DynamicLabel) {
        asm!(self; =>label);
    }

    /// Resolves labels and returns the machine code.
    pub fn finish(mut self) -> CompileResult<Vec<u8>> {
        self.ops
            .commit()
            .map_err(|error| CompileError::internal(format!("assembler: {error}")))?;
        self.ops
            .take()
            .map_err(|error| CompileError::internal(format!("assembler: {error}")))
    }

    /// Resolves labels and copies the machine code out, leaving the assembler empty
    /// with its buffers' capacity kept for the next function.
    pub fn take_code(&mut self) -> CompileResult<Vec<u8>> {
        let error = |error| CompileError::internal(format!("assembler: {error}"));
        self.ops.commit().map_err(error)?;
        Ok(self.ops.drain().map_err(error)?.collect())
    }

    /// Appends raw bytes.
    pub fn bytes(&mut self, bytes: &[u8]) {
        self.ops.extend(bytes.iter().copied());
    }

    /// `jmp label` (always with a 32-bit displacement).
    pub fn jmp(&mut self, label: DynamicLabel) {
        asm!(self; jmp =>label);
    }

    /// `jcc label`.
    pub fn jcc(&mut self, cond: Cond, label: DynamicLabel) {
        match cond {
            Cond::Eq => asm!(self; je =>label),
            Cond::Ne => asm!(self; jne =>label),
            Cond::Lt => asm!(self; jl =>label),
            Cond::Le => asm!(self; jle =>label),
            Cond::Gt => asm!(self; jg =>label),
            Cond::Ge => asm!(self; jge =>label),
            Cond::Below => asm!(self; jb =>label),
            Cond::BelowEq => asm!(self; jbe =>label),
            Cond::Above => asm!(self; ja =>label),
            Cond::AboveEq => asm!(self; jae =>label),
            Cond::Parity => asm!(self; jp =>label),
            Cond::NoParity => asm!(self; jnp =>label),
            Cond::Overflow => asm!(self; jo =>label),
            Cond::Sign => asm!(self; js =>label),
        }
    }

    /// `call rel32` with a zero displacement; returns the offset of the displacement
    /// for the linker to patch.
    pub fn call_placeholder(&mut self) -> usize {
        self.bytes(&[0xe8, 0, 0, 0, 0]);
        self.offset() - 4
    }

    /// `lea dst, [rip + label]`: the address of `label`.
    pub fn lea_label(&mut self, dst: Gpr, label: DynamicLabel) {
        asm!(self; lea Rq(dst.0), [=>label]);
    }

    /// `jmp target` (an address in a register).
    pub fn jmp_reg(&mut self, target: Gpr) {
        asm!(self; jmp Rq(target.0));
    }

    /// `call [base + disp]`.
    pub fn call_mem(&mut self, address: Address) {
        with_address!(self, address, (call QWORD) ())
    }

    /// `ret`.
    pub fn ret(&mut self) {
        asm!(self; ret);
    }

    /// `ret bytes`: returns and pops `bytes` of arguments (a plain `ret` for none).
    pub fn ret_popping(&mut self, bytes: u16) {
        if bytes == 0 {
            self.ret();
        } else {
            let [low, high] = bytes.to_le_bytes();
            self.bytes(&[0xc2, low, high]);
        }
    }

    /// `jmp rel32` with a zero displacement; returns the offset of the displacement
    /// for the linker to patch (like [`Masm::call_placeholder`]).
    pub fn jmp_placeholder(&mut self) -> usize {
        self.bytes(&[0xe9, 0, 0, 0, 0]);
        self.offset() - 4
    }

    /// `jmp [base + disp]`.
    pub fn jmp_mem(&mut self, address: Address) {
        with_address!(self, address, (jmp QWORD) ())
    }

    /// `lea rsp, [rbp + disp]; pop rbp`: leaves the frame with the stack pointer
    /// `disp + 8` bytes above the frame pointer it had (a tail call's frame move).
    pub fn leave_frame_at(&mut self, disp: i32) {
        if disp == disp as i8 as i32 {
            let disp = disp as i8;
            asm!(self; lea rsp, [BYTE rbp + disp] ; pop rbp);
        } else {
            asm!(self; lea rsp, [rbp + disp] ; pop rbp);
        }
    }

    /// `push rbp; mov rbp, rsp`.
    pub fn enter_frame(&mut self) {
        asm!(self; push rbp ; mov rbp, rsp);
    }

    /// `mov rsp, rbp; pop rbp`.
    pub fn leave_frame(&mut self) {
        asm!(self; leave);
    }

    /// `push reg`.
    pub fn push(&mut self, reg: Gpr) {
        asm!(self; push Rq(reg.0));
    }

    /// Pushes the 64-bit value `imm` (`push imm8`/`push imm32` when it sign-extends from
    /// one, else through the scratch register).
    pub fn push_imm64(&mut self, imm: i64) {
        if let Ok(imm) = i8::try_from(imm) {
            asm!(self; push BYTE imm);
        } else if let Ok(imm) = i32::try_from(imm) {
            asm!(self; push DWORD imm);
        } else {
            self.with_scratch_gpr(|masm, scratch| {
                masm.mov_ri(OperandSize::S64, scratch, imm);
                masm.push(scratch);
            });
        }
    }

    /// `push qword [address]`.
    pub fn push_mem(&mut self, address: Address) {
        with_address!(self, address, (push QWORD) ())
    }

    /// `lea rsp, [rbp - depth]`: sets the stack pointer to a known frame depth.
    pub fn set_stack_depth(&mut self, depth: u32) {
        let disp = -(depth as i32);
        if disp == disp as i8 as i32 {
            let disp = disp as i8;
            asm!(self; lea rsp, [BYTE rbp + disp]);
        } else {
            asm!(self; lea rsp, [rbp + disp]);
        }
    }

    /// `lea rsp, [rsp + bytes]` (leaves the flags alone, so a pending comparison
    /// survives stack adjustments).
    pub fn adjust_rsp(&mut self, bytes: i32) {
        if bytes == bytes as i8 as i32 && bytes != 0 {
            let bytes = bytes as i8;
            asm!(self; lea rsp, [BYTE rsp + bytes]);
        } else if bytes != 0 {
            asm!(self; lea rsp, [rsp + bytes]);
        }
    }

    /// `mov dst, src` of the given width (32-bit zero-extends).
    pub fn mov_rr(&mut self, size: OperandSize, dst: Gpr, src: Gpr) {
        if dst == src && size == OperandSize::S64 {
            return;
        }
        match size {
            OperandSize::S32 => asm!(self; mov Rd(dst.0), Rd(src.0)),
            OperandSize::S64 => asm!(self; mov Rq(dst.0), Rq(src.0)),
        }
    }

    /// Loads an immediate, choosing the shortest encoding.
    pub fn mov_ri(&mut self, size: OperandSize, dst: Gpr, imm: i64) {
        let imm32 = imm as i32;
        match size {
            OperandSize::S32 => asm!(self; mov Rd(dst.0), imm32),
            OperandSize::S64 if imm == 0 => asm!(self; xor Rd(dst.0), Rd(dst.0)),
            OperandSize::S64 if imm >= 0 && imm <= u32::MAX as i64 => {
                asm!(self; mov Rd(dst.0), imm as u32 as i32)
            }
            OperandSize::S64 if imm == imm32 as i64 => asm!(self; mov Rq(dst.0), imm32),
            OperandSize::S64 => asm!(self; mov Rq(dst.0), QWORD imm),
        }
    }

    /// `mov dst, [address]` of the given width (32-bit zero-extends).
    pub fn load(&mut self, size: OperandSize, dst: Gpr, address: Address) {
        let d = dst.0;
        match size {
            OperandSize::S32 => with_address!(self, address, (mov Rd(d), DWORD) ()),
            OperandSize::S64 => with_address!(self, address, (mov Rq(d), QWORD) ()),
        }
    }

    /// `mov [address], src` of the given width.
    pub fn store(&mut self, size: OperandSize, address: Address, src: Gpr) {
        let s = src.0;
        match size {
            OperandSize::S32 => with_address!(self, address, (mov DWORD) (, Rd(s))),
            OperandSize::S64 => with_address!(self, address, (mov QWORD) (, Rq(s))),
        }
    }

    /// Stores a 64-bit immediate to `[base + disp]`, through the scratch register when
    /// it does not fit a sign-extended 32-bit immediate.
    pub fn store_imm64(&mut self, address: Address, imm: i64) {
        if let Ok(imm) = i32::try_from(imm) {
            with_address!(self, address, (mov QWORD) (, imm));
        } else {
            self.with_scratch_gpr(|masm, scratch| {
                masm.mov_ri(OperandSize::S64, scratch, imm);
                masm.store(OperandSize::S64, address, scratch);
            });
        }
    }

    /// Copies an 8-byte slot to another through the scratch register.
    pub fn copy_slot(&mut self, dst: Address, src: Address) {
        self.with_scratch_gpr(|masm, scratch| {
            masm.load(OperandSize::S64, scratch, src);
            masm.store(OperandSize::S64, dst, scratch);
        });
    }

    /// `cmp dword [address], imm`.
    pub fn cmp_mem32_imm(&mut self, address: Address, imm: i32) {
        with_address!(self, address, (cmp DWORD) (, imm))
    }

    /// Emits `lea dst, [rsp - 0x7fff_ffff]` and returns the offset of its
    /// displacement, to be patched once the frame size is known.
    pub fn lea_rsp_patchable(&mut self, dst: Gpr) -> usize {
        asm!(self; lea Rq(dst.0), [rsp - 0x7fff_ffff]);
        self.offset() - 4
    }

    /// Calls the host (System V) function whose address is `slot` bytes into the
    /// structure `[table]` points to (`mov r11, [table]; call [r11 + slot]`), with `rsp`
    /// aligned to 16 bytes; clobbers every caller-saved register. The unaligned `rsp` is
    /// kept in the aligned 16 bytes just above the call, so no callee-saved register is
    /// used. `table` must not be based on `rsp`, which the alignment moves.
    ///
    /// This is the only way generated code calls the host, so none of it holds a host
    /// address.
    pub fn call_host_through(&mut self, table: Address, slot: i32) {
        debug_assert!(table.base != RSP && table.index != Some(RSP));
        self.with_scratch_gpr(|masm, scratch| {
            asm!(masm
                ; mov Rq(scratch.0), rsp
                ; and rsp, -16
                ; sub rsp, 8
                ; push Rq(scratch.0)
            );
            masm.load(OperandSize::S64, scratch, table);
            masm.call_mem(Address::offset(scratch, slot));
        });
        asm!(self; mov rsp, [rsp]);
    }

    /// `movq dst, xmm` (bits of a float into a GPR).
    pub fn xmm_to_gpr(&mut self, size: OperandSize, dst: Gpr, src: Xmm) {
        match size {
            OperandSize::S32 => asm!(self; movd Rd(dst.0), Rx(src.0)),
            OperandSize::S64 => asm!(self; movq Rq(dst.0), Rx(src.0)),
        }
    }

    /// `movq xmm, src` (bits of a GPR into a float register).
    pub fn gpr_to_xmm(&mut self, size: OperandSize, dst: Xmm, src: Gpr) {
        match size {
            OperandSize::S32 => asm!(self; movd Rx(dst.0), Rd(src.0)),
            OperandSize::S64 => asm!(self; movq Rx(dst.0), Rq(src.0)),
        }
    }
}

impl Masm {
    /// Jumps to entry `selector` (zero-extended) of a table of 5-byte `jmp rel32`
    /// instructions at `table`.
    /// Clobbers `selector` and the scratch register.
    pub fn emit_jump_table_dispatch(&mut self, selector: Gpr, table: DynamicLabel) {
        let s = selector.0;
        self.with_scratch_gpr(|masm, scratch| {
            let t = scratch.0;
            asm!(masm
                ; lea Rq(t), [=>table]
                ; lea Rq(s), [Rq(s) + Rq(s) * 4]
                ; add Rq(t), Rq(s)
                ; jmp Rq(t)
            );
        });
    }
}

impl Masm {
    /// `cmp reg, [address]`.
    pub fn cmp_reg_mem(&mut self, size: OperandSize, reg: Gpr, address: Address) {
        let r = reg.0;
        match size {
            OperandSize::S32 => with_address!(self, address, (cmp Rd(r), DWORD) ()),
            OperandSize::S64 => with_address!(self, address, (cmp Rq(r), QWORD) ()),
        }
    }

    /// `mov dst, [base + index * 8]`.
    pub fn load_element(&mut self, dst: Gpr, base: Gpr, index: Gpr) {
        asm!(self; mov Rq(dst.0), QWORD [Rq(base.0) + Rq(index.0) * 8]);
    }

    /// `mov [base + index * 8], src`.
    pub fn store_element(&mut self, base: Gpr, index: Gpr, src: Gpr) {
        asm!(self; mov QWORD [Rq(base.0) + Rq(index.0) * 8], Rq(src.0));
    }

    /// Copies `qwords` 8-byte words from `[rbp + src]` to `[rbp + dst]` (each the lowest
    /// address of its range) with a loop of constant size, in the direction
    /// that is correct when the ranges overlap. Clobbers `counter`, the scratch register
    /// and the flags.
    pub fn copy_frame_qwords(&mut self, dst: i32, src: i32, qwords: u32, counter: Gpr) {
        self.with_scratch_gpr(|masm, scratch| {
            masm.copy_frame_qwords_through(dst, src, qwords, counter, scratch)
        });
    }

    /// [`Masm::copy_frame_qwords`] through the register `t`.
    fn copy_frame_qwords_through(&mut self, dst: i32, src: i32, qwords: u32, counter: Gpr, t: Gpr) {
        let (c, t) = (counter.0, t.0);
        let top = self.new_label();
        let count = qwords as i32;
        if dst > src {
            // Towards higher addresses: the highest word first.
            asm!(self
                ; mov Rd(c), count
                ; =>top
                ; mov Rq(t), QWORD [rbp + Rq(c) * 8 + (src - 8)]
                ; mov QWORD [rbp + Rq(c) * 8 + (dst - 8)], Rq(t)
                ; sub Rd(c), 1
                ; jnz =>top
            );
        } else {
            // Towards lower addresses: the lowest word first.
            let bytes = 8 * count;
            asm!(self
                ; mov Rq(c), -count
                ; =>top
                ; mov Rq(t), QWORD [rbp + Rq(c) * 8 + (src + bytes)]
                ; mov QWORD [rbp + Rq(c) * 8 + (dst + bytes)], Rq(t)
                ; add Rq(c), 1
                ; jnz =>top
            );
        }
    }

    /// Pushes `count` zero quadwords (a loop for large counts).
    pub fn push_zeros(&mut self, count: u32) {
        if count == 0 {
            return;
        }
        asm!(self; xor eax, eax);
        if count <= 8 {
            for _ in 0..count {
                asm!(self; push rax);
            }
            return;
        }
        let top = self.new_label();
        asm!(self
            ; mov ecx, count as i32
            ; =>top
            ; push rax
            ; dec ecx
            ; jnz =>top
        );
    }
}

#[cfg(test)]
mod tests {
    use iced_x86::{Decoder, DecoderOptions, Instruction, Register};

    use super::*;
    use crate::x64::regs::{R12, R13, RAX, RBP, RCX};

    /// Emits one instruction.
    type Emitter = Box<dyn Fn(&mut Masm)>;

    /// The one instruction `emit` assembles, decoded.
    fn decode(emit: impl FnOnce(&mut Masm)) -> (Instruction, usize) {
        let mut masm = Masm::new();
        emit(&mut masm);
        let code = masm.take_code().unwrap();
        let mut decoder = Decoder::new(64, &code, DecoderOptions::NONE);
        let instruction = decoder.decode();
        assert_eq!(instruction.len(), code.len(), "one instruction");
        (instruction, code.len())
    }

    #[test]
    fn displacements_round_trip_in_both_encodings() {
        // Either side of the 8-bit boundary, with bases that need a SIB byte (r12) or
        // an explicit displacement even when it is zero (rbp, r13), with and without
        // an index register.
        for disp in [0, 1, -1, 127, -128, 128, -129, 0x7fff_ffff, -0x8000_0000] {
            let short = i8::try_from(disp).is_ok();
            for base in [RBP, R12, R13, RAX] {
                for address in [
                    Address::offset(base, disp),
                    Address::indexed(base, RCX, disp),
                ] {
                    let checks: [(&str, Emitter); 5] = [
                        (
                            "load",
                            Box::new(move |m| m.load(OperandSize::S64, RAX, address)),
                        ),
                        (
                            "store",
                            Box::new(move |m| m.store(OperandSize::S32, address, RCX)),
                        ),
                        (
                            "load_extend",
                            Box::new(move |m| m.load_extend(Extend::I8U, RAX, address)),
                        ),
                        ("store_imm", Box::new(move |m| m.store_imm(2, address, -7))),
                        (
                            "alu_rm",
                            Box::new(move |m| {
                                m.alu_rm(
                                    AluOp::Xor,
                                    OperandSize::S32,
                                    RAX,
                                    Address::offset(address.base, address.disp),
                                )
                            }),
                        ),
                    ];
                    for (name, emit) in checks {
                        let (instruction, len) = decode(|m| emit(m));
                        let what = format!("{name} {address:?}");
                        assert_eq!(
                            instruction.memory_displacement64() as i64,
                            disp as i64,
                            "{what}"
                        );
                        assert_eq!(
                            instruction.memory_base(),
                            Register::RAX + u32::from(base.0),
                            "{what}"
                        );
                        // iced reports a 32-bit displacement of 64-bit code as 8 bytes.
                        let displacement_bytes = if short { 1 } else { 8 };
                        assert_eq!(
                            instruction.memory_displ_size() as usize,
                            displacement_bytes,
                            "{what}: {len} bytes"
                        );
                    }
                }
            }
        }
    }
}
