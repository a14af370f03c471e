//! Generated glue between the host and the internal calling convention.
//!
//! * The **entry trampoline** (one per signature) has the host ABI
//!   `extern "C" fn(vmctx, code, values: *mut ValRaw) -> u32`: it saves the host's
//!   callee-saved registers, records where traps unwind to, passes the arguments from
//!   `values` (16 bytes each), calls `code`, writes the results back to `values` and
//!   returns 0, or the trap code if the callee trapped.
//! * The **host-call stub** (one per host function signature) is called by wasm code in
//!   the internal convention with `r14` pointing at a host-function context; it copies the
//!   arguments to a `ValRaw` array and calls the Rust dispatcher
//!   `extern "C" fn(host_context, values, caller_vmctx) -> u32` through the store
//!   context, `caller_vmctx` being the calling wasm function's `VMContext`, which names
//!   the calling instance (passed in the scratch register `r11` by every call through a
//!   `VMFuncRef`, tail calls included). It pops its argument area like a wasm callee.
//!   When the dispatcher reports that the host function threw an exception, the stub
//!   throws it on from the calling wasm frame (the `throw_ref` builtin, as if the call
//!   instruction had thrown).
//!
//! None of them holds a host address: the entry trampolines and the fault stub are part
//! of a module's code, and the host-call stubs are shared by every store of an engine.
//! * The **memory fault stub** is where the signal handler resumes a faulting access.

use super::context::class_of;
use crate::error::CompileResult;
use crate::module::{slot_ends, FuncType, ValType};
use crate::sys::signals::FAULT_PC_REGISTER;
use crate::trap::TrapCode;
use crate::vmoffsets;
use crate::x64::masm::{asm, FloatSize};
use crate::x64::regs::{Gpr, RAX, RDX, RSI, RSP, VMCTX, XMM0};
use crate::x64::{Address, Masm, OperandSize, RegClass};

/// Size of one `ValRaw`.
const VAL_RAW_SIZE: i32 = 16;

/// Generates the entry trampoline for signature `ty`.
pub fn entry_trampoline(ty: &FuncType) -> CompileResult<Vec<u8>> {
    let mut masm = Masm::new();
    let inner = masm.new_label();
    asm!(masm
        ; push rbp
        ; mov rbp, rsp
        ; push rbx
        ; push r12
        ; push r13
        ; push r14
        ; push r15
        ; mov r14, rdi
        ; mov r11, [r14 + vmoffsets::STORE_CONTEXT]
        ; push QWORD [r11 + vmoffsets::store::ENTRY_SP]
        ; push rdi
        ; call =>inner
        // Landing pad: eax is 0 or a trap code; rbp and r14 may be anything, the
        // VMContext we entered with is at [rsp].
        ; mov r14, [rsp]
        ; mov r11, [r14 + vmoffsets::STORE_CONTEXT]
        ; mov rcx, [rsp + 8]
        ; mov [r11 + vmoffsets::store::ENTRY_SP], rcx
        ; add rsp, 16
        ; pop r15
        ; pop r14
        ; pop r13
        ; pop r12
        ; pop rbx
        ; pop rbp
        ; ret
        ; =>inner
        ; mov r11, [r14 + vmoffsets::STORE_CONTEXT]
        ; mov [r11 + vmoffsets::store::ENTRY_SP], rsp
        ; push rdx
    );
    let area = ty.arg_area_bytes() as i32;
    let mut param_bytes = 0;
    for (i, param) in ty.params.iter().enumerate() {
        let disp = VAL_RAW_SIZE * i as i32;
        if *param == ValType::V128 {
            // The high half goes first so the value is little-endian in its slot.
            asm!(masm; push QWORD [rdx + disp + 8]);
        }
        asm!(masm; push QWORD [rdx + disp]);
        param_bytes += param.slot_bytes() as i32;
    }
    masm.adjust_rsp(param_bytes - area);
    asm!(masm; call rsi);
    // The callee popped its argument area but the results left there.
    let left = ty.returned_area_bytes() as i32;
    masm.with_scratch_gpr(|masm, values| {
        #[allow(
            clippy::useless_conversion,
            reason = "dynasm! passes register numbers through `From`, the identity for u8"
        )]
        {
            asm!(masm; mov Rq(values.0), [rsp + left]);
        }
        store_results(masm, ty, left, values);
    });
    asm!(masm
        ; add rsp, left + 8
        ; xor eax, eax
        ; ret
    );
    masm.finish()
}

/// Copies the callee's results (in `rax`/`xmm0`, or the `area` bytes at `rsp` the
/// callee left of its argument area) to the `ValRaw` array `values` points to.
fn store_results(masm: &mut Masm, ty: &FuncType, area: i32, values: Gpr) {
    match &*ty.results {
        [] => {}
        [ValType::V128] => masm.v128_store(Address::offset(values, 0), XMM0),
        [result] => match class_of(*result) {
            RegClass::Gpr => masm.store(OperandSize::S64, Address::offset(values, 0), RAX),
            RegClass::Xmm => masm.float_store(FloatSize::F64, Address::offset(values, 0), XMM0),
        },
        results => {
            for (i, (result, end)) in results.iter().zip(slot_ends(results)).enumerate() {
                let slot = Address::offset(RSP, area - end as i32);
                copy_value(
                    masm,
                    *result,
                    Address::offset(values, VAL_RAW_SIZE * i as i32),
                    slot,
                );
            }
        }
    }
}

/// Copies one value of type `ty` (8 bytes, 16 for `v128`) from `src` to `dst` through
/// `rax` or `xmm0`.
fn copy_value(masm: &mut Masm, ty: ValType, dst: Address, src: Address) {
    if ty == ValType::V128 {
        masm.v128_load(XMM0, src);
        masm.v128_store(dst, XMM0);
    } else {
        masm.load(OperandSize::S64, RAX, src);
        masm.store(OperandSize::S64, dst, RAX);
    }
}

/// Generates the wasm-to-host stub for signature `ty`, calling the store's dispatcher
/// `(host_context, values, caller_vmctx, stub_frame)` (the stub's frame pointer, from
/// which the collector walks the calling wasm frames), whose address it reads from the store
/// context. Only wasm code calls the stub (the host calls host functions directly), so
/// the frame it is called from is a wasm frame.
pub fn host_call_stub(ty: &FuncType) -> CompileResult<Vec<u8>> {
    let mut masm = Masm::new();
    let slots = ty.slot_count() as i32;
    let area = ty.arg_area_bytes() as i32;
    let frame = (VAL_RAW_SIZE * slots.max(1) + 15) & !15;
    asm!(masm
        ; push rbp
        ; mov rbp, rsp
        ; sub rsp, frame
    );
    for (i, (param, end)) in ty.params.iter().zip(slot_ends(&ty.params)).enumerate() {
        let slot = Address::frame(16 + area - end as i32);
        copy_value(
            &mut masm,
            *param,
            Address::offset(RSP, VAL_RAW_SIZE * i as i32),
            slot,
        );
    }
    // The dispatcher's third argument is the calling wasm function's `VMContext`, which
    // every call through a `VMFuncRef` passes in the scratch register (see
    // `enter_func_ref`; after a tail call no frame holds it), untouched so far.
    masm.with_scratch_gpr(|masm, caller_vmctx| masm.mov_rr(OperandSize::S64, RDX, caller_vmctx));
    asm!(masm
        ; mov rdi, r14
        ; mov rsi, rsp
        ; mov rcx, rbp
    );
    // A host context starts with the store context, like a `VMContext`.
    masm.call_host_through(
        Address::offset(VMCTX, vmoffsets::STORE_CONTEXT),
        vmoffsets::store::HOST_DISPATCH,
    );
    let trap = masm.new_label();
    let plain_trap = masm.new_label();
    asm!(masm
        ; test eax, eax
        ; jnz =>trap
    );
    match &*ty.results {
        [] => {}
        [ValType::V128] => masm.v128_load(XMM0, Address::offset(RSP, 0)),
        [result] => match class_of(*result) {
            RegClass::Gpr => masm.load(OperandSize::S64, RAX, Address::offset(RSP, 0)),
            RegClass::Xmm => masm.float_load(FloatSize::F64, XMM0, Address::offset(RSP, 0)),
        },
        results => {
            for (i, (result, end)) in results.iter().zip(slot_ends(results)).enumerate() {
                let slot = Address::frame(16 + area - end as i32);
                copy_value(
                    &mut masm,
                    *result,
                    slot,
                    Address::offset(RSP, VAL_RAW_SIZE * i as i32),
                );
            }
        }
    }
    masm.leave_frame();
    masm.ret_popping(super::abi::pop_bytes(ty)?);
    asm!(masm
        ; =>trap
        ; cmp eax, TrapCode::UncaughtException as i32
        ; jne =>plain_trap
    );
    throw_into_caller(&mut masm);
    asm!(masm
        ; =>plain_trap
    );
    unwind_with_code_in_eax(&mut masm);
    masm.finish()
}

/// Throws the exception the host function threw (in the store context's
/// `THROWN_EXCEPTION`) from the stub's calling wasm frame, whose frame pointer is at
/// `[rbp]` and return address at `[rbp + 8]`: the `throw_ref` builtin finds the handler,
/// and the stub jumps there, or leaves wasm with the trap code it returns.
///
/// The builtin gets the stub's host context for the `VMContext` it needs only to reach
/// the store (both start with the store context). Not the caller's `VMContext` from
/// `[[rbp] - 8]`: after a tail call into the host function, the frame at `[rbp]` may be
/// the entry trampoline's, whose slot there is a saved register, not a context.
fn throw_into_caller(masm: &mut Masm) {
    let uncaught = masm.new_label();
    masm.with_scratch_gpr(|masm, store| {
        masm.load(
            OperandSize::S64,
            store,
            Address::offset(VMCTX, vmoffsets::STORE_CONTEXT),
        );
        masm.load(
            OperandSize::S64,
            RSI,
            Address::offset(store, vmoffsets::store::THROWN_EXCEPTION),
        );
    });
    asm!(masm
        ; mov rdx, [rbp]
        ; mov rcx, [rbp + 8]
        ; mov rdi, r14
    );
    masm.call_host_through(
        Address::offset(VMCTX, vmoffsets::STORE_CONTEXT),
        vmoffsets::store::builtin(crate::builtins::Builtin::ThrowRef),
    );
    asm!(masm
        ; test rax, rax
        ; jz =>uncaught
        ; mov rbp, rdx
        ; jmp rax
        ; =>uncaught
        ; mov eax, edx
    );
    unwind_with_code_in_eax(masm);
}

/// Generates the memory fault stub: the faulting PC arrives in the register the signal
/// handler puts it in ([`FAULT_PC_REGISTER`], `rax`).
pub fn memory_fault_stub() -> CompileResult<Vec<u8>> {
    let fault_pc = Gpr(FAULT_PC_REGISTER);
    let mut masm = Masm::new();
    masm.with_scratch_gpr(|masm, store| {
        masm.load(
            OperandSize::S64,
            store,
            Address::offset(VMCTX, vmoffsets::STORE_CONTEXT),
        );
        masm.store(
            OperandSize::S64,
            Address::offset(store, vmoffsets::store::FAULT_PC),
            fault_pc,
        );
        masm.mov_ri(OperandSize::S32, RAX, TrapCode::MemoryOutOfBounds as i64);
        masm.load(
            OperandSize::S64,
            RSP,
            Address::offset(store, vmoffsets::store::ENTRY_SP),
        );
    });
    masm.ret();
    masm.finish()
}

/// `rsp = store.entry_sp; ret` with the trap code already in `eax`.
fn unwind_with_code_in_eax(masm: &mut Masm) {
    masm.with_scratch_gpr(|masm, store| {
        masm.load(
            OperandSize::S64,
            store,
            Address::offset(VMCTX, vmoffsets::STORE_CONTEXT),
        );
        masm.load(
            OperandSize::S64,
            RSP,
            Address::offset(store, vmoffsets::store::ENTRY_SP),
        );
    });
    masm.ret();
}

#[cfg(test)]
mod tests {
    use iced_x86::{Decoder, DecoderOptions, OpKind};

    use super::*;

    /// Signatures covering no values, one of each register class, and many in memory.
    fn signatures() -> Vec<FuncType> {
        use ValType::*;
        vec![
            FuncType::new([], []),
            FuncType::new([I32, I64], [I64]),
            FuncType::new([F32, V128], [F64]),
            FuncType::new([I64; 12], [V128, I32, F64]),
        ]
    }

    /// Whether `code` has an instruction with a 64-bit immediate (`mov r64, imm64`), the
    /// way an address above 2 GiB (any address of a position-independent executable) is
    /// written into x86-64 code.
    fn has_imm64(code: &[u8]) -> bool {
        Decoder::new(64, code, DecoderOptions::NONE)
            .into_iter()
            .any(|instruction| {
                (0..instruction.op_count()).any(|op| instruction.op_kind(op) == OpKind::Immediate64)
            })
    }

    #[test]
    fn an_address_loaded_into_a_register_is_found() {
        let mut masm = Masm::new();
        masm.with_scratch_gpr(|masm, scratch| {
            masm.mov_ri(OperandSize::S64, scratch, 0x5555_1234_5678)
        });
        assert!(has_imm64(&masm.finish().unwrap()));
    }

    #[test]
    fn stubs_and_trampolines_hold_no_address() {
        for ty in signatures() {
            let entry = entry_trampoline(&ty).unwrap();
            assert!(!has_imm64(&entry), "entry trampoline of {ty:?}");
            let host_call = host_call_stub(&ty).unwrap();
            assert!(!has_imm64(&host_call), "host-call stub of {ty:?}");
        }
        assert!(!has_imm64(&memory_fault_stub().unwrap()));
    }
}
