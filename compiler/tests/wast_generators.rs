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
#[path = "wast/generators/simd_int_lane_edge_values.rs"]
mod simd_int_lane_edge_values;

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
fn simd_int_lane_edge_values_is_generated() {
    check_or_bless(
        simd_int_lane_edge_values::FILE_NAME,
        &simd_int_lane_edge_values::generate(),
    );
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

/// The lane semantics on edge cases whose results the spec fixes.
mod lanes {
    use super::simd_int_lane_edge_values::semantics::{arity, evaluate, Arity, Operands, V128};
    use super::simd_int_lane_edge_values::{cases, OPERATORS};

    fn splat8(byte: u8) -> V128 {
        [byte; 16]
    }

    fn splat16(value: i16) -> V128 {
        let mut v = [0; 16];
        for lane in v.chunks_mut(2) {
            lane.copy_from_slice(&value.to_le_bytes());
        }
        v
    }

    fn splat32(value: i32) -> V128 {
        let mut v = [0; 16];
        for lane in v.chunks_mut(4) {
            lane.copy_from_slice(&value.to_le_bytes());
        }
        v
    }

    fn splat64(value: i64) -> V128 {
        let mut v = [0; 16];
        for lane in v.chunks_mut(8) {
            lane.copy_from_slice(&value.to_le_bytes());
        }
        v
    }

    fn binary(operator: &str, a: V128, b: V128) -> V128 {
        evaluate(operator, Operands::Binary(a, b))
    }

    fn unary(operator: &str, a: V128) -> V128 {
        evaluate(operator, Operands::Unary(a))
    }

    fn shift(operator: &str, a: V128, count: i32) -> V128 {
        evaluate(operator, Operands::Shift(a, count))
    }

    #[test]
    fn wrapping_saturating_and_rounding() {
        assert_eq!(binary("i8x16.add", splat8(0x7f), splat8(1)), splat8(0x80));
        assert_eq!(
            binary("i8x16.add_sat_s", splat8(0x7f), splat8(1)),
            splat8(0x7f)
        );
        assert_eq!(
            binary("i8x16.add_sat_u", splat8(0xff), splat8(1)),
            splat8(0xff)
        );
        assert_eq!(
            binary("i16x8.sub_sat_s", splat16(i16::MIN), splat16(1)),
            splat16(i16::MIN)
        );
        assert_eq!(
            binary("i16x8.sub_sat_u", splat16(0), splat16(1)),
            splat16(0)
        );
        assert_eq!(
            binary("i8x16.avgr_u", splat8(0xff), splat8(0xff)),
            splat8(0xff)
        );
        assert_eq!(binary("i8x16.avgr_u", splat8(0), splat8(1)), splat8(1));
        assert_eq!(
            binary("i64x2.mul", splat64(i64::MIN), splat64(-1)),
            splat64(i64::MIN)
        );
        assert_eq!(
            binary("i32x4.mul", splat32(0x10000), splat32(0x10000)),
            splat32(0)
        );
    }

    #[test]
    fn comparisons_read_lanes_signed_or_unsigned() {
        assert_eq!(binary("i8x16.lt_s", splat8(0x80), splat8(0)), splat8(0xff));
        assert_eq!(binary("i8x16.lt_u", splat8(0x80), splat8(0)), splat8(0));
        assert_eq!(
            binary("i64x2.gt_s", splat64(-1), splat64(i64::MIN)),
            splat64(-1)
        );
        assert_eq!(
            binary("i64x2.le_s", splat64(i64::MAX), splat64(i64::MIN)),
            splat64(0)
        );
        assert_eq!(
            binary("i32x4.ge_u", splat32(-1), splat32(i32::MAX)),
            splat32(-1)
        );
        assert_eq!(binary("i16x8.min_s", splat16(-1), splat16(1)), splat16(-1));
        assert_eq!(binary("i16x8.min_u", splat16(-1), splat16(1)), splat16(1));
    }

    #[test]
    fn q15mulr_dot_narrow_and_extmul() {
        assert_eq!(
            binary("i16x8.q15mulr_sat_s", splat16(i16::MIN), splat16(i16::MIN)),
            splat16(i16::MAX)
        );
        assert_eq!(
            binary("i16x8.q15mulr_sat_s", splat16(0x4000), splat16(1)),
            splat16(1)
        );
        assert_eq!(
            binary("i16x8.q15mulr_sat_s", splat16(-0x4000), splat16(1)),
            splat16(0)
        );
        assert_eq!(
            binary("i32x4.dot_i16x8_s", splat16(i16::MIN), splat16(i16::MIN)),
            splat32(i32::MIN)
        );
        let mut narrowed = [0x7f; 16];
        narrowed[8..].fill(0x80);
        assert_eq!(
            binary("i8x16.narrow_i16x8_s", splat16(300), splat16(-300)),
            narrowed
        );
        let mut narrowed_u = [0xff; 16];
        narrowed_u[8..].fill(0);
        assert_eq!(
            binary("i8x16.narrow_i16x8_u", splat16(300), splat16(-300)),
            narrowed_u
        );
        assert_eq!(
            binary("i16x8.narrow_i32x4_u", splat32(65_536), splat32(65_535)),
            splat16(-1)
        );
        assert_eq!(
            binary("i64x2.extmul_low_i32x4_u", splat32(-1), splat32(-1)),
            splat64(-2i64 << 32 | 1)
        );
        assert_eq!(
            binary("i64x2.extmul_high_i32x4_s", splat32(-1), splat32(i32::MIN)),
            splat64(1 << 31)
        );
        let mut low_and_high = [0u8; 16];
        low_and_high[8] = 3;
        assert_eq!(
            binary("i16x8.extmul_high_i8x16_u", low_and_high, splat8(1)),
            {
                let mut v = [0u8; 16];
                v[0] = 3;
                v
            }
        );
    }

    #[test]
    fn unary_operators() {
        assert_eq!(unary("i8x16.neg", splat8(0x80)), splat8(0x80));
        assert_eq!(unary("i32x4.abs", splat32(i32::MIN)), splat32(i32::MIN));
        assert_eq!(unary("i64x2.abs", splat64(-5)), splat64(5));
        assert_eq!(unary("i8x16.popcnt", splat8(0xf0)), splat8(4));
        assert_eq!(
            unary("i16x8.extadd_pairwise_i8x16_s", splat8(0x80)),
            splat16(-256)
        );
        assert_eq!(
            unary("i16x8.extadd_pairwise_i8x16_u", splat8(0xff)),
            splat16(510)
        );
        assert_eq!(unary("i32x4.extend_low_i16x8_s", splat16(-2)), splat32(-2));
        assert_eq!(
            unary("i32x4.extend_high_i16x8_u", splat16(-2)),
            splat32(0xfffe)
        );
    }

    #[test]
    fn shift_counts_wrap_at_the_lane_width() {
        assert_eq!(shift("i8x16.shl", splat8(1), 9), splat8(2));
        assert_eq!(shift("i8x16.shr_s", splat8(0x80), -1), splat8(0xff));
        assert_eq!(shift("i8x16.shr_u", splat8(0x80), -1), splat8(1));
        assert_eq!(shift("i64x2.shl", splat64(3), 63), splat64(i64::MIN));
        assert_eq!(
            shift("i64x2.shr_s", splat64(i64::MIN), 64),
            splat64(i64::MIN)
        );
        assert_eq!(shift("i32x4.shr_u", splat32(-1), 33), splat32(i32::MAX));
    }

    #[test]
    fn every_operator_has_cases_of_its_arity() {
        let cases = cases();
        for operator in OPERATORS {
            let count = cases
                .iter()
                .filter(|case| case.operator == *operator)
                .count();
            assert!(count > 0, "{operator} has no case");
        }
        let shifts = OPERATORS
            .iter()
            .filter(|operator| arity(operator) == Arity::Shift)
            .count();
        assert_eq!(shifts, 12);
    }
}
