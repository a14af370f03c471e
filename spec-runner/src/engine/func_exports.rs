//! Function identity for engines whose API reaches only exported functions.
//!
//! An `assert_return` result `(ref.func 3)` asks whether a returned reference is the
//! function that index 3 of the instance's module names, exported or not. wasmi and
//! wasmtime offer no way to reach a function by its index, so their adapters compile
//! each module with one extra export per function ([`with_function_exports`]), named so
//! that no script can mean it ([`hidden_name`]), and leave those exports out of every
//! listing ([`is_hidden`]).
//!
//! Exporting a function declares it for `ref.func`, so a module that is invalid only
//! because it takes the reference of an undeclared function would become valid: the
//! rewrite is done only for modules the validator accepts with every feature, and an
//! engine that rejects the rewritten module is asked again with the original bytes so
//! its error is about the module the script wrote.

use wasmparser::{Validator, WasmFeatures};

/// Prefixes the names of the added exports; a NUL byte is a valid name character no
/// script uses.
const HIDDEN_PREFIX: &str = "\0spec-runner:func:";

/// Export section id, and the ids of the sections that come after it in a module.
const EXPORT_SECTION: u8 = 7;
const SECTIONS_AFTER_EXPORTS: [u8; 5] = [8, 9, 10, 11, 12];

/// The name of the added export of function `index`.
pub fn hidden_name(index: u32) -> String {
    format!("{HIDDEN_PREFIX}{index}")
}

/// Whether an export name is one [`with_function_exports`] added.
pub fn is_hidden(name: &str) -> bool {
    name.starts_with(HIDDEN_PREFIX)
}

/// `wasm` with every function exported under its [`hidden_name`], or `None` when the
/// module is not valid (it is then compiled as written, for the engine's own error).
pub fn with_function_exports(wasm: &[u8]) -> Option<Vec<u8>> {
    let functions = Validator::new_with_features(WasmFeatures::all())
        .validate_all(wasm)
        .ok()?
        .as_ref()
        .function_count();
    let sections = split_sections(wasm)?;
    let mut added = Vec::new();
    for index in 0..functions {
        let name = hidden_name(index);
        write_leb(&mut added, name.len() as u64);
        added.extend_from_slice(name.as_bytes());
        added.push(0x00); // function export
        write_leb(&mut added, u64::from(index));
    }
    let mut out = wasm[..8].to_vec();
    let mut placed = false;
    for &(id, body) in &sections {
        if id == EXPORT_SECTION {
            let mut reader = wasmparser::BinaryReader::new(body, 0);
            let count = reader.read_var_u32().ok()?;
            let entries = &body[reader.current_position()..];
            let mut new_body = Vec::new();
            write_leb(&mut new_body, u64::from(count) + u64::from(functions));
            new_body.extend_from_slice(entries);
            new_body.extend_from_slice(&added);
            write_section(&mut out, EXPORT_SECTION, &new_body);
            placed = true;
            continue;
        }
        if !placed && SECTIONS_AFTER_EXPORTS.contains(&id) {
            write_export_section(&mut out, functions, &added);
            placed = true;
        }
        write_section(&mut out, id, body);
    }
    if !placed {
        write_export_section(&mut out, functions, &added);
    }
    Some(out)
}

/// The sections of a module (after its 8-byte header) as id and body, in order.
fn split_sections(wasm: &[u8]) -> Option<Vec<(u8, &[u8])>> {
    let mut reader = wasmparser::BinaryReader::new(wasm.get(8..)?, 8);
    let mut sections = Vec::new();
    while !reader.eof() {
        let id = reader.read_u8().ok()?;
        let size = reader.read_var_u32().ok()?;
        let body = reader.read_bytes(size as usize).ok()?;
        sections.push((id, body));
    }
    Some(sections)
}

fn write_export_section(out: &mut Vec<u8>, count: u32, entries: &[u8]) {
    let mut body = Vec::new();
    write_leb(&mut body, u64::from(count));
    body.extend_from_slice(entries);
    write_section(out, EXPORT_SECTION, &body);
}

fn write_section(out: &mut Vec<u8>, id: u8, body: &[u8]) {
    out.push(id);
    write_leb(out, body.len() as u64);
    out.extend_from_slice(body);
}

fn write_leb(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encode(text: &str) -> Vec<u8> {
        let buffer = wast::parser::ParseBuffer::new(text).expect("the test module lexes");
        let mut module: wast::Wat = wast::parser::parse(&buffer).expect("the test module parses");
        module.encode().expect("the test module encodes")
    }

    fn exports_of(wasm: &[u8]) -> Vec<(String, u32)> {
        let mut exports = Vec::new();
        for payload in wasmparser::Parser::new(0).parse_all(wasm) {
            if let wasmparser::Payload::ExportSection(reader) = payload.unwrap() {
                for export in reader {
                    let export = export.unwrap();
                    exports.push((export.name.to_owned(), export.index));
                }
            }
        }
        exports
    }

    #[test]
    fn every_function_gets_a_hidden_export_and_the_module_stays_valid() {
        let wasm = encode(
            r#"(module
                 (import "m" "f" (func))
                 (func (export "g"))
                 (func)
                 (start 1)
                 (elem declare func 2)
                 (func (result i32) (i32.const 7)))"#,
        );
        let rewritten = with_function_exports(&wasm).unwrap();
        Validator::new_with_features(WasmFeatures::all())
            .validate_all(&rewritten)
            .unwrap();
        let exports = exports_of(&rewritten);
        assert_eq!(exports[0], ("g".to_owned(), 1));
        let hidden: Vec<_> = exports[1..].to_vec();
        assert_eq!(
            hidden,
            (0..4).map(|i| (hidden_name(i), i)).collect::<Vec<_>>()
        );
        assert!(hidden.iter().all(|(name, _)| is_hidden(name)));
        assert!(!is_hidden("g"));
    }

    #[test]
    fn a_module_without_exports_or_later_sections_gets_an_export_section() {
        let wasm = encode("(module (func) (func))");
        let rewritten = with_function_exports(&wasm).unwrap();
        assert_eq!(exports_of(&rewritten).len(), 2);
        let empty = encode("(module)");
        let rewritten = with_function_exports(&empty).unwrap();
        assert!(exports_of(&rewritten).is_empty());
    }

    #[test]
    fn invalid_modules_are_left_alone() {
        // `ref.func` of a function no segment or export declares is invalid; exporting
        // it would make the module valid.
        let undeclared = encode("(module (func $f) (func (result funcref) (ref.func $f)))");
        assert_eq!(with_function_exports(&undeclared), None);
        let truncated = &encode("(module (func))")[..12];
        assert_eq!(with_function_exports(truncated), None);
    }
}
