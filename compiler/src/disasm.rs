//! Human-readable listings of machine code.

use iced_x86::{Decoder, DecoderOptions, Formatter, IntelFormatter};

/// Disassembles `code` (assumed to start at offset 0) in Intel syntax.
pub fn disassemble(code: &[u8]) -> String {
    let mut decoder = Decoder::with_ip(64, code, 0, DecoderOptions::NONE);
    let mut formatter = IntelFormatter::new();
    formatter.options_mut().set_hex_prefix("0x");
    formatter.options_mut().set_hex_suffix("");
    formatter.options_mut().set_first_operand_char_index(8);
    let mut output = String::new();
    let mut text = String::new();
    for instruction in &mut decoder {
        text.clear();
        formatter.format(&instruction, &mut text);
        output.push_str(&format!("{:>6x}: {}\n", instruction.ip(), text.trim_end()));
    }
    output
}
