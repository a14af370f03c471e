//! The regression scripts that are written by a program: each is checked to be
//! exactly what its generator (`tests/wast/generators/`) writes today, so the
//! script and the program that explains it cannot drift apart. Expected values
//! are computed by the generators without lightbeam; `tests/regressions.rs`
//! runs the scripts.
//!
//! After changing a generator, rewrite its script with
//! `LIGHTBEAM_BLESS=1 cargo test -p lightbeam --test wast_generators`.

#[path = "wast/generators/div_by_constant.rs"]
mod div_by_constant;

use std::path::{Path, PathBuf};

/// Where the generated scripts live.
fn script_path(file_name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/wast")
        .join(file_name)
}

/// Whether the run was asked to rewrite the scripts.
fn blessing() -> bool {
    std::env::var_os("LIGHTBEAM_BLESS").is_some_and(|value| value == "1")
}

/// The first line where `committed` and `generated` differ, as a message.
fn first_difference(committed: &str, generated: &str) -> String {
    let mut committed_lines = committed.lines();
    let mut generated_lines = generated.lines();
    for number in 1.. {
        match (committed_lines.next(), generated_lines.next()) {
            (Some(a), Some(b)) if a == b => continue,
            (None, None) => break,
            (a, b) => {
                return format!(
                    "first difference at line {number}:\n  committed: {}\n  generated: {}",
                    a.unwrap_or("<end of file>"),
                    b.unwrap_or("<end of file>")
                )
            }
        }
    }
    "the files differ only in their line endings or final newline".to_string()
}

/// Checks the committed script against `generated`, or rewrites it when blessing.
fn check_or_bless(file_name: &str, generated: &str) {
    let path = script_path(file_name);
    if blessing() {
        std::fs::write(&path, generated)
            .unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
        return;
    }
    let committed = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
    assert!(
        committed == generated,
        "tests/wast/{file_name} is not what tests/wast/generators/ writes; {}\n\
         If the generator is right, rewrite the script with \
         `LIGHTBEAM_BLESS=1 cargo test -p lightbeam --test wast_generators` and review the diff.",
        first_difference(&committed, generated)
    );
}

#[test]
fn div_by_constant_is_generated() {
    check_or_bless(div_by_constant::FILE_NAME, &div_by_constant::generate());
}

#[test]
fn first_difference_names_the_line() {
    assert_eq!(
        first_difference("a\nb\nc\n", "a\nx\nc\n"),
        "first difference at line 2:\n  committed: b\n  generated: x"
    );
    assert_eq!(
        first_difference("a\n", "a\nb\n"),
        "first difference at line 2:\n  committed: <end of file>\n  generated: b"
    );
}

/// The division semantics on the cases the spec singles out.
mod division {
    use super::div_by_constant::{pinned, Trap, WasmInt};

    #[test]
    fn traps_are_the_specs() {
        assert_eq!(i32::apply("div_s", 5, 0), Err(Trap::DivideByZero));
        assert_eq!(i64::apply("rem_u", 5, 0), Err(Trap::DivideByZero));
        assert_eq!(i32::apply("div_s", i32::MIN, -1), Err(Trap::Overflow));
        assert_eq!(i64::apply("div_s", i64::MIN, -1), Err(Trap::Overflow));
    }

    #[test]
    fn results_round_toward_zero_and_rem_min_by_minus_one_is_zero() {
        assert_eq!(i32::apply("div_s", -7, 2), Ok(-3));
        assert_eq!(i32::apply("rem_s", -7, 2), Ok(-1));
        assert_eq!(i32::apply("rem_s", i32::MIN, -1), Ok(0));
        assert_eq!(i64::apply("rem_s", i64::MIN, -1), Ok(0));
        assert_eq!(i32::apply("div_u", -1, 2), Ok(i32::MAX));
        assert_eq!(i64::apply("rem_u", -7, i64::MAX), Ok(i64::MAX - 5));
        assert_eq!(i32::apply("div_u", 7, -1), Ok(0));
    }

    #[test]
    fn pinned_follows_the_loop() {
        // Three rounds: x = -1000 → -8, a = -2; y = 2^64 - 1 → 2^32 → 0, b = 1 → 0.
        assert_eq!(pinned(-1000, -1), -10);
        assert_eq!(pinned(0, 0), 0);
    }
}
