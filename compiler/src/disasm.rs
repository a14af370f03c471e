//! Human-readable listings of machine code.

use iced_x86::{
    Decoder, DecoderOptions, Formatter, Instruction, IntelFormatter, Mnemonic, OpKind, Register,
};

use crate::builtins::{Builtin, BUILTIN_COUNT};
use crate::vmoffsets;
use crate::x64::regs::VMCTX;

/// Disassembles `code` (assumed to start at offset 0) in Intel syntax. A call through
/// the store context's table of builtins is followed by a comment naming the builtin
/// (`; memory.grow`).
pub fn disassemble(code: &[u8]) -> String {
    let mut decoder = Decoder::with_ip(64, code, 0, DecoderOptions::NONE);
    let mut formatter = IntelFormatter::new();
    formatter.options_mut().set_hex_prefix("0x");
    formatter.options_mut().set_hex_suffix("");
    formatter.options_mut().set_first_operand_char_index(8);
    let mut output = String::new();
    let mut text = String::new();
    let mut store_context = None;
    for instruction in &mut decoder {
        text.clear();
        formatter.format(&instruction, &mut text);
        output.push_str(&format!("{:>6x}: {}", instruction.ip(), text.trim_end()));
        if let Some(builtin) = store_context.and_then(|base| called_builtin(&instruction, base)) {
            output.push_str(&format!(" ; {}", builtin.name()));
        }
        output.push('\n');
        store_context = loaded_store_context(&instruction);
    }
    output
}

/// The register `instruction` loads the store context into (`mov reg, [vmctx +
/// STORE_CONTEXT]`), if it does.
fn loaded_store_context(instruction: &Instruction) -> Option<Register> {
    let vmctx = Register::RAX + u32::from(VMCTX.0);
    let loads = instruction.mnemonic() == Mnemonic::Mov
        && instruction.op_count() == 2
        && instruction.op0_kind() == OpKind::Register
        && (instruction.op0_register() as u32).wrapping_sub(Register::RAX as u32) < 16
        && instruction.op1_kind() == OpKind::Memory
        && instruction.memory_base() == vmctx
        && instruction.memory_index() == Register::None
        && instruction.memory_displacement64() == vmoffsets::STORE_CONTEXT as u64;
    loads.then(|| instruction.op0_register())
}

/// The builtin `instruction` calls, if it is `call [store_context + BUILTINS + 8 * b]`.
fn called_builtin(instruction: &Instruction, store_context: Register) -> Option<Builtin> {
    let through_table = instruction.mnemonic() == Mnemonic::Call
        && instruction.op0_kind() == OpKind::Memory
        && instruction.memory_base() == store_context
        && instruction.memory_index() == Register::None;
    if !through_table {
        return None;
    }
    let offset = instruction
        .memory_displacement64()
        .checked_sub(vmoffsets::store::BUILTINS as u64)?;
    if offset % 8 != 0 {
        return None;
    }
    let index = usize::try_from(offset / 8).ok()?;
    (index < BUILTIN_COUNT).then(|| Builtin::ALL[index])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::x64::masm::Masm;
    use crate::x64::Address;

    /// The listing of a call to `builtin` through the table, as code generation emits it.
    fn listing_of_call(builtin: Builtin) -> String {
        let mut masm = Masm::new();
        masm.call_host_through(
            Address::offset(VMCTX, vmoffsets::STORE_CONTEXT),
            vmoffsets::store::builtin(builtin),
        );
        disassemble(&masm.finish().unwrap())
    }

    #[test]
    fn a_call_through_the_table_names_its_builtin() {
        for builtin in Builtin::ALL {
            let listing = listing_of_call(builtin);
            let calls: Vec<_> = listing
                .lines()
                .filter(|line| line.contains("call"))
                .collect();
            assert_eq!(calls.len(), 1, "{listing}");
            assert!(
                calls[0].ends_with(&format!(" ; {}", builtin.name())),
                "{listing}"
            );
        }
    }

    #[test]
    fn other_memory_calls_are_not_named() {
        let mut masm = Masm::new();
        // A `VMFuncRef` call: its base was not loaded from the store-context slot.
        masm.call_mem(Address::offset(VMCTX, vmoffsets::store::BUILTINS));
        let listing = disassemble(&masm.finish().unwrap());
        assert!(!listing.contains(';'), "{listing}");
    }
}
