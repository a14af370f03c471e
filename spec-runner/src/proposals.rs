//! Which proposal a script of the official testsuite tests, from its path: the rows of
//! the conformance matrix are grouped by it.
//!
//! Scripts under `proposals/<name>/` belong to `<name>`. The core scripts of Wasm 3.0
//! are named after what they test; the table below maps those names to the proposal
//! that brought the feature (the first matching rule wins), and everything else is the
//! Wasm 2.0 core.

/// The group of scripts that test the Wasm 2.0 core (SIMD included).
pub const CORE: &str = "core 2.0";

/// The matrix's group order: the Wasm 2.0 core, then the Wasm 3.0 proposals, then
/// the annotation scripts; a group not listed (a `proposals/` folder added later)
/// sorts after these by name.
pub const ORDER: [&str; 14] = [
    CORE,
    "memory64",
    "multi-memory",
    "relaxed-simd",
    "extended-const",
    "tail-call",
    "function-references",
    "exception-handling",
    "gc",
    "threads",
    "wide-arithmetic",
    "custom-page-sizes",
    "custom-descriptors",
    "annotations",
];

/// `(rule, proposal)`: a rule ending in `*` matches names starting with the rest,
/// one starting with `*` names ending with the rest, others the exact file stem.
const CORE_RULES: &[(&str, &str)] = &[
    ("i64", CORE),
    ("f64", CORE),
    ("*64", "memory64"),
    ("memory64*", "memory64"),
    ("binary_leb128_64", "memory64"),
    ("table_copy_mixed", "memory64"),
    ("memory-multi", "multi-memory"),
    ("simd_memory-multi", "multi-memory"),
    ("relaxed_*", "relaxed-simd"),
    ("i8x16_relaxed_*", "relaxed-simd"),
    ("i16x8_relaxed_*", "relaxed-simd"),
    ("i32x4_relaxed_*", "relaxed-simd"),
    ("return_call*", "tail-call"),
    ("call_ref", "function-references"),
    ("br_on_null", "function-references"),
    ("br_on_non_null", "function-references"),
    ("ref_as_non_null", "function-references"),
    ("local_init", "function-references"),
    ("tag", "exception-handling"),
    ("throw", "exception-handling"),
    ("throw_ref", "exception-handling"),
    ("try_table", "exception-handling"),
    ("struct", "gc"),
    ("array*", "gc"),
    ("i31", "gc"),
    ("extern", "gc"),
    ("ref_eq", "gc"),
    ("ref_test", "gc"),
    ("ref_cast", "gc"),
    ("br_on_cast*", "gc"),
    ("binary-gc", "gc"),
    ("type-*", "gc"),
    ("annotations", "annotations"),
];

/// The proposal the script at `path` (relative to the suite root, `/`-separated) tests.
pub fn proposal_of(path: &str) -> String {
    let mut parts = path.split('/');
    match (parts.next(), parts.next(), parts.next()) {
        (Some("proposals"), Some(name), Some(_)) => return name.to_owned(),
        (Some("legacy"), Some(_), None) => return "exception-handling".to_owned(),
        (Some("custom"), Some(_), None) => return "annotations".to_owned(),
        _ => {}
    }
    let file = path.rsplit('/').next().unwrap_or(path);
    let stem = file.strip_suffix(".wast").unwrap_or(file);
    CORE_RULES
        .iter()
        .find(|(rule, _)| matches_rule(rule, stem))
        .map_or(CORE, |(_, proposal)| proposal)
        .to_owned()
}

fn matches_rule(rule: &str, stem: &str) -> bool {
    if let Some(prefix) = rule.strip_suffix('*') {
        stem.starts_with(prefix)
    } else if let Some(suffix) = rule.strip_prefix('*') {
        stem.ends_with(suffix)
    } else {
        stem == rule
    }
}

/// Sort key of a proposal group: its place in [`ORDER`], unknown groups last by name.
pub fn order_key(proposal: &str) -> (usize, &str) {
    let place = ORDER.iter().position(|known| *known == proposal);
    (place.unwrap_or(ORDER.len()), proposal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_map_to_the_proposal_that_brought_their_feature() {
        let cases = [
            ("i32.wast", CORE),
            ("i64.wast", CORE),
            ("f64.wast", CORE),
            ("simd_lane.wast", CORE),
            ("memory_copy64.wast", "memory64"),
            ("memory64-imports.wast", "memory64"),
            ("address0.wast", CORE),
            ("relaxed_min_max.wast", "relaxed-simd"),
            ("i8x16_relaxed_swizzle.wast", "relaxed-simd"),
            ("return_call_ref.wast", "tail-call"),
            ("br_on_cast_fail.wast", "gc"),
            ("type-subtyping.wast", "gc"),
            ("try_table.wast", "exception-handling"),
            ("legacy/rethrow.wast", "exception-handling"),
            ("custom/branch_hint.wast", "annotations"),
            ("proposals/threads/atomic.wast", "threads"),
            (
                "proposals/wide-arithmetic/wide-arithmetic.wast",
                "wide-arithmetic",
            ),
        ];
        for (path, proposal) in cases {
            assert_eq!(proposal_of(path), proposal, "{path}");
        }
    }

    #[test]
    fn groups_sort_in_the_listed_order_then_by_name() {
        let mut groups = vec!["zzz-new", "gc", CORE, "aaa-new", "memory64"];
        groups.sort_by_key(|group| order_key(group));
        assert_eq!(groups, [CORE, "memory64", "gc", "aaa-new", "zzz-new"]);
    }
}
