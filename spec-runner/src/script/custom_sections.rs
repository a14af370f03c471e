//! The validity rules of the custom sections the testsuite's `assert_invalid_custom`
//! directives are about. A custom section never makes a module invalid for an engine
//! (engines may ignore it), so these rules are the harness's: a module passes
//! `assert_invalid_custom` when the engine accepts it and this check rejects it.
//!
//! Known sections: `metadata.code.branch_hint` (each hint names a defined function and
//! the offset of one of its `if` or `br_if` instructions, hints in increasing offset
//! order, each function once). Other custom sections have no rules here.

use std::collections::{BTreeMap, BTreeSet};
use wasmparser::{KnownCustom, Operator, Parser, Payload};

/// Why a module's custom sections are invalid, or `Ok` when they follow their rules.
pub(super) fn check(bytes: &[u8]) -> Result<(), String> {
    // Hinted offsets by function index, read before the code section they point into.
    let mut hints: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
    let mut imported_functions = 0u32;
    let mut next_body = 0u32;
    for payload in Parser::new(0).parse_all(bytes) {
        match payload.map_err(|error| error.to_string())? {
            Payload::ImportSection(imports) => {
                for import in imports.into_imports() {
                    let import = import.map_err(|error| error.to_string())?;
                    if matches!(import.ty, wasmparser::TypeRef::Func(_)) {
                        imported_functions += 1;
                    }
                }
            }
            Payload::CustomSection(section) => {
                if let KnownCustom::BranchHints(reader) = section.as_known() {
                    read_branch_hints(reader, &mut hints)?;
                }
            }
            Payload::CodeSectionEntry(body) => {
                let index = imported_functions + next_body;
                next_body += 1;
                if let Some(offsets) = hints.remove(&index) {
                    check_hinted_body(&body, &offsets)
                        .map_err(|why| format!("branch hint in function {index}: {why}"))?;
                }
            }
            _ => {}
        }
    }
    match hints.keys().next() {
        Some(index) => Err(format!(
            "branch hint names function {index}, which has no body in this module"
        )),
        None => Ok(()),
    }
}

/// Collects the hints of one `metadata.code.branch_hint` section into `hints`.
fn read_branch_hints(
    reader: wasmparser::BranchHintSectionReader<'_>,
    hints: &mut BTreeMap<u32, Vec<u32>>,
) -> Result<(), String> {
    let mut previous_function = None;
    for function in reader {
        let function = function.map_err(|error| error.to_string())?;
        if previous_function.is_some_and(|previous| function.func <= previous) {
            return Err(format!(
                "branch hints for function {} out of order or repeated",
                function.func
            ));
        }
        previous_function = Some(function.func);
        let mut offsets = Vec::new();
        for hint in function.hints {
            let hint = hint.map_err(|error| error.to_string())?;
            if offsets.last().is_some_and(|&last| hint.func_offset <= last) {
                return Err(format!(
                    "branch hints of function {} out of order",
                    function.func
                ));
            }
            offsets.push(hint.func_offset);
        }
        hints.insert(function.func, offsets);
    }
    Ok(())
}

/// Checks that every offset in `offsets` (from the start of the body) is an `if` or a
/// `br_if` of `body`.
fn check_hinted_body(body: &wasmparser::FunctionBody<'_>, offsets: &[u32]) -> Result<(), String> {
    let start = body.range().start;
    let mut branches = BTreeSet::new();
    let mut operators = body
        .get_operators_reader()
        .map_err(|error| error.to_string())?;
    while !operators.eof() {
        let (operator, offset) = operators
            .read_with_offset()
            .map_err(|error| error.to_string())?;
        if matches!(operator, Operator::If { .. } | Operator::BrIf { .. }) {
            branches.insert(offset - start);
        }
    }
    match offsets
        .iter()
        .find(|&&offset| !branches.contains(&u64::from(offset)))
    {
        Some(offset) => Err(format!(
            "invalid target: offset {offset} is not an `if` or `br_if`"
        )),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::check;

    fn module(hint_target: &str) -> Vec<u8> {
        let text = format!(
            r#"(module
                 (func (param i32)
                   local.get 0
                   {hint_target}
                   drop))"#
        );
        let buffer = wast::parser::ParseBuffer::new(&text).expect("test module lexes");
        let mut wat: wast::Wat = wast::parser::parse(&buffer).expect("test module parses");
        wat.encode().expect("test module encodes")
    }

    #[test]
    fn a_hint_on_a_branch_is_valid() {
        let bytes = module(r#"(@metadata.code.branch_hint "\01") if end local.get 0"#);
        assert_eq!(check(&bytes), Ok(()));
    }

    #[test]
    fn a_hint_on_another_instruction_is_invalid() {
        let bytes = module(r#"(@metadata.code.branch_hint "\01") i32.eqz"#);
        let error = check(&bytes).expect_err("a hint on i32.eqz is invalid");
        assert!(error.contains("invalid target"), "{error}");
    }

    #[test]
    fn modules_without_hints_are_valid() {
        assert_eq!(check(&module("")), Ok(()));
    }
}
