//! Function identity for engines whose API reaches only exported functions.
//!
//! An `assert_return` result `(ref.func 3)` asks whether a returned reference is the
//! function that index 3 of the instance's module names, exported or not. wasmi and
//! wasmtime offer no way to reach a function by its index, so their adapters compile
//! each module with one extra export per function ([`with_function_exports`]), named so
//! that no script means it ([`hidden_name`]), and leave those exports out of the
//! listings of that module's instances ([`HiddenExports`]). A module that already exports
//! a name with the hidden prefix (NUL bytes are valid in names, and a fuzzer finds them) is
//! compiled as written: its exports are then listed as they are, and its functions have
//! no identity to ask for.
//!
//! Exporting a function declares it for `ref.func`, so a module that is invalid only
//! because it takes the reference of an undeclared function would become valid: the
//! rewrite is done only for modules the validator accepts with every feature, and an
//! engine that rejects the rewritten module is asked again with the original bytes so
//! its error is about the module the script wrote.

use wasmparser::{Validator, WasmFeatures};

use super::EngineError;

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

/// Whether an export name has the prefix of the names [`with_function_exports`] adds.
fn is_hidden(name: &str) -> bool {
    name.starts_with(HIDDEN_PREFIX)
}

/// Whether a module, and so each of its instances, was compiled with the hidden exports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HiddenExports {
    /// [`with_function_exports`] rewrote the module.
    Added,
    /// The module was compiled as written.
    Absent,
}

impl HiddenExports {
    /// Whether an export of the module is listed to the harness: every one but those
    /// the rewrite added.
    pub fn lists(self, name: &str) -> bool {
        self == HiddenExports::Absent || !is_hidden(name)
    }

    /// The name under which function `index` of the module is exported for its identity,
    /// or why there is none. `function_identity` tells whether the engine rewrites
    /// modules at all.
    pub fn name_of(self, function_identity: bool, index: u32) -> Result<String, EngineError> {
        if !function_identity {
            return Err(EngineError(
                "function identity needs an engine created with `function_identity`".into(),
            ));
        }
        match self {
            HiddenExports::Added => Ok(hidden_name(index)),
            HiddenExports::Absent => Err(EngineError(
                "the module was compiled without hidden exports (it is not valid with every \
                 feature, or it already exports a name with their prefix), so its functions \
                 cannot be named by index"
                    .into(),
            )),
        }
    }
}

/// `wasm` with every function exported under its [`hidden_name`], or `None` when the
/// module is not valid (it is then compiled as written, for the engine's own error) or
/// already exports a name with the hidden prefix (its listing would change).
pub fn with_function_exports(wasm: &[u8]) -> Option<Vec<u8>> {
    let functions = Validator::new_with_features(WasmFeatures::all())
        .validate_all(wasm)
        .ok()?
        .as_ref()
        .function_count();
    let sections = split_sections(wasm)?;
    if exports_a_hidden_name(&sections)? {
        return None;
    }
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

/// Whether the export section among `sections` has a name with the hidden prefix
/// (`None` if it does not parse).
fn exports_a_hidden_name(sections: &[(u8, &[u8])]) -> Option<bool> {
    let Some(&(_, body)) = sections.iter().find(|(id, _)| *id == EXPORT_SECTION) else {
        return Some(false);
    };
    let reader =
        wasmparser::ExportSectionReader::new(wasmparser::BinaryReader::new(body, 0)).ok()?;
    for export in reader {
        if is_hidden(export.ok()?.name) {
            return Some(true);
        }
    }
    Some(false)
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
    fn a_module_already_exporting_a_hidden_name_is_left_alone() {
        let wasm = encode(r#"(module (func (export "\00spec-runner:func:((((")) (func))"#);
        assert_eq!(with_function_exports(&wasm), None);
        assert!(HiddenExports::Absent.lists("\0spec-runner:func:(((("));
        assert!(!HiddenExports::Added.lists(&hidden_name(3)));
        assert!(HiddenExports::Added.lists("g"));
        assert!(HiddenExports::Absent.name_of(true, 0).is_err());
        assert!(HiddenExports::Added.name_of(false, 0).is_err());
        assert_eq!(HiddenExports::Added.name_of(true, 2), Ok(hidden_name(2)));
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
