//! How `--strict-messages` judges an engine's message against the text a script expects.
//!
//! The reference interpreter's runner requires its own message to start with the
//! expected text; engines put context around theirs (wasmparser appends details and
//! offsets, wasmtime prefixes the phase), so, as wasmtime's `.wast` runner does, the
//! expected text must occur somewhere in the engine's message. Nothing else is
//! accepted: no table of equivalent wordings, no judging by kind.

/// Whether the engine's `actual` message says what the script `expected`.
pub fn matches(actual: &str, expected: &str) -> bool {
    actual.contains(expected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_expected_text_must_occur_in_the_message() {
        assert!(matches(
            "type mismatch: expected i32, found i64 (at offset 0x1f)",
            "type mismatch"
        ));
        assert!(matches(
            "failed to compile: unknown function 7",
            "unknown function"
        ));
        assert!(matches("uninitialized element 2", "uninitialized element"));
        assert!(!matches("uninitialized element", "uninitialized element 2"));
        assert!(matches("unexpected end-of-file", "unexpected end"));
        assert!(!matches("invalid value type", "malformed value type"));
        assert!(matches("anything", ""));
    }
}
