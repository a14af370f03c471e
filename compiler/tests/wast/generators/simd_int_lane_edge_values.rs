//! Writes `simd_int_lane_edge_values.wast`: one exported function per integer lane
//! operator, each called on the operands listed in
//! `simd_int_lane_edge_values.inputs`, with the result the spec gives
//! ([`semantics`]).

#[path = "simd_lane_semantics.rs"]
pub mod semantics;

use semantics::{arity, evaluate, Arity, Operands, V128};
use std::fmt::Write;

/// The file's name in `tests/wast/`.
pub const FILE_NAME: &str = "simd_int_lane_edge_values.wast";

/// The operands of every assertion; see the file's own header.
const INPUTS: &str = include_str!("simd_int_lane_edge_values.inputs");

/// The operators, in the order of the module's functions and of the assertions.
pub const OPERATORS: &[&str] = &[
    "i8x16.add",
    "i8x16.sub",
    "i8x16.eq",
    "i8x16.ne",
    "i8x16.lt_s",
    "i8x16.gt_s",
    "i8x16.le_s",
    "i8x16.ge_s",
    "i8x16.add_sat_s",
    "i8x16.add_sat_u",
    "i8x16.sub_sat_s",
    "i8x16.sub_sat_u",
    "i8x16.avgr_u",
    "i8x16.min_s",
    "i8x16.max_s",
    "i8x16.min_u",
    "i8x16.max_u",
    "i8x16.lt_u",
    "i8x16.gt_u",
    "i8x16.le_u",
    "i8x16.ge_u",
    "i16x8.add",
    "i16x8.sub",
    "i16x8.eq",
    "i16x8.ne",
    "i16x8.lt_s",
    "i16x8.gt_s",
    "i16x8.le_s",
    "i16x8.ge_s",
    "i16x8.add_sat_s",
    "i16x8.add_sat_u",
    "i16x8.sub_sat_s",
    "i16x8.sub_sat_u",
    "i16x8.avgr_u",
    "i16x8.min_s",
    "i16x8.max_s",
    "i16x8.min_u",
    "i16x8.max_u",
    "i16x8.lt_u",
    "i16x8.gt_u",
    "i16x8.le_u",
    "i16x8.ge_u",
    "i16x8.mul",
    "i32x4.add",
    "i32x4.sub",
    "i32x4.eq",
    "i32x4.ne",
    "i32x4.lt_s",
    "i32x4.gt_s",
    "i32x4.le_s",
    "i32x4.ge_s",
    "i32x4.min_s",
    "i32x4.max_s",
    "i32x4.min_u",
    "i32x4.max_u",
    "i32x4.lt_u",
    "i32x4.gt_u",
    "i32x4.le_u",
    "i32x4.ge_u",
    "i32x4.mul",
    "i64x2.add",
    "i64x2.sub",
    "i64x2.eq",
    "i64x2.ne",
    "i64x2.lt_s",
    "i64x2.gt_s",
    "i64x2.le_s",
    "i64x2.ge_s",
    "i64x2.mul",
    "i16x8.q15mulr_sat_s",
    "i32x4.dot_i16x8_s",
    "i8x16.narrow_i16x8_s",
    "i8x16.narrow_i16x8_u",
    "i16x8.narrow_i32x4_s",
    "i16x8.narrow_i32x4_u",
    "i16x8.extmul_low_i8x16_s",
    "i16x8.extmul_low_i8x16_u",
    "i16x8.extmul_high_i8x16_s",
    "i16x8.extmul_high_i8x16_u",
    "i32x4.extmul_low_i16x8_s",
    "i32x4.extmul_low_i16x8_u",
    "i32x4.extmul_high_i16x8_s",
    "i32x4.extmul_high_i16x8_u",
    "i64x2.extmul_low_i32x4_s",
    "i64x2.extmul_low_i32x4_u",
    "i64x2.extmul_high_i32x4_s",
    "i64x2.extmul_high_i32x4_u",
    "i8x16.neg",
    "i8x16.abs",
    "i16x8.neg",
    "i16x8.abs",
    "i32x4.neg",
    "i32x4.abs",
    "i64x2.neg",
    "i64x2.abs",
    "i8x16.popcnt",
    "i16x8.extadd_pairwise_i8x16_s",
    "i16x8.extadd_pairwise_i8x16_u",
    "i32x4.extadd_pairwise_i16x8_s",
    "i32x4.extadd_pairwise_i16x8_u",
    "i16x8.extend_low_i8x16_s",
    "i16x8.extend_low_i8x16_u",
    "i16x8.extend_high_i8x16_s",
    "i16x8.extend_high_i8x16_u",
    "i32x4.extend_low_i16x8_s",
    "i32x4.extend_low_i16x8_u",
    "i32x4.extend_high_i16x8_s",
    "i32x4.extend_high_i16x8_u",
    "i64x2.extend_low_i32x4_s",
    "i64x2.extend_low_i32x4_u",
    "i64x2.extend_high_i32x4_s",
    "i64x2.extend_high_i32x4_u",
    "i8x16.shl",
    "i8x16.shr_s",
    "i8x16.shr_u",
    "i16x8.shl",
    "i16x8.shr_s",
    "i16x8.shr_u",
    "i32x4.shl",
    "i32x4.shr_s",
    "i32x4.shr_u",
    "i64x2.shl",
    "i64x2.shr_s",
    "i64x2.shr_u",
];

/// One assertion's operator and operands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    /// The operator, e.g. `i8x16.add`.
    pub operator: String,
    /// Its operands.
    pub operands: Operands,
}

/// A vector from 32 hex digits, byte 0 first.
fn parse_vector(text: &str) -> Result<V128, String> {
    if text.len() != 32 || !text.is_ascii() {
        return Err(format!("`{text}` is not 32 hex digits"));
    }
    let mut v = [0u8; 16];
    for (index, byte) in v.iter_mut().enumerate() {
        let digits = &text[2 * index..2 * index + 2];
        *byte = u8::from_str_radix(digits, 16).map_err(|error| format!("`{text}`: {error}"))?;
    }
    Ok(v)
}

/// One line of the inputs: `OPERATOR FIRST [SECOND | SHIFT_COUNT]`, checked
/// against the operator's arity.
fn parse_case(line: &str) -> Result<Case, String> {
    let fields: Vec<&str> = line.split_whitespace().collect();
    let (operator, rest) = fields.split_first().ok_or("empty line")?;
    if !OPERATORS.contains(operator) {
        return Err(format!("unknown operator `{operator}`"));
    }
    let operands = match (arity(operator), rest) {
        (Arity::Unary, [a]) => Operands::Unary(parse_vector(a)?),
        (Arity::Binary, [a, b]) => Operands::Binary(parse_vector(a)?, parse_vector(b)?),
        (Arity::Shift, [a, count]) => Operands::Shift(
            parse_vector(a)?,
            count
                .parse()
                .map_err(|error| format!("shift count `{count}`: {error}"))?,
        ),
        (arity, _) => return Err(format!("`{operator}` takes {arity:?} operands")),
    };
    Ok(Case {
        operator: operator.to_string(),
        operands,
    })
}

/// Every case of the inputs file, in its order; panics on a malformed line,
/// naming it.
pub fn cases() -> Vec<Case> {
    INPUTS
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|(index, line)| {
            parse_case(line).unwrap_or_else(|error| {
                panic!("simd_int_lane_edge_values.inputs:{}: {error}", index + 1)
            })
        })
        .collect()
}

/// `(v128.const i8x16 ...)` with unsigned decimal bytes.
fn vector(v: &V128) -> String {
    let bytes: Vec<String> = v.iter().map(u8::to_string).collect();
    format!("(v128.const i8x16 {})", bytes.join(" "))
}

fn write_function(out: &mut String, operator: &str) {
    let (params, body) = match arity(operator) {
        Arity::Unary => ("v128", "(local.get 0)"),
        Arity::Binary => ("v128 v128", "(local.get 0) (local.get 1)"),
        Arity::Shift => ("v128 i32", "(local.get 0) (local.get 1)"),
    };
    writeln!(
        out,
        "  (func (export \"{operator}\") (param {params}) (result v128) ({operator} {body}))"
    )
    .unwrap();
}

fn write_assertion(out: &mut String, case: &Case) {
    let arguments = match &case.operands {
        Operands::Unary(a) => vector(a),
        Operands::Binary(a, b) => format!("{} {}", vector(a), vector(b)),
        Operands::Shift(a, count) => format!("{} (i32.const {count})", vector(a)),
    };
    let expected = evaluate(&case.operator, case.operands);
    writeln!(
        out,
        "(assert_return (invoke \"{}\" {arguments}) {})",
        case.operator,
        vector(&expected)
    )
    .unwrap();
}

/// The whole file: the functions in [`OPERATORS`] order, then the assertions
/// grouped by operator in the same order (each group in the inputs' order).
pub fn generate() -> String {
    let cases = cases();
    let mut out = String::new();
    out.push_str(
        ";; Every integer lane operator on operands biased to lane edge values (0, 1, -1, MIN, MAX,\n\
         ;; MIN+1, small counts), with shift counts in registers including negative and\n\
         ;; out-of-range ones; expected values computed from the spec semantics and checked on\n\
         ;; the reference interpreter.\n\
         ;;\n\
         ;; Generated by tests/wast/generators/simd_int_lane_edge_values.rs from the operands in\n\
         ;; generators/simd_int_lane_edge_values.inputs; regenerate with\n\
         ;; LIGHTBEAM_BLESS=1 cargo test -p lightbeam --test wast_generators\n\
         (module\n",
    );
    for operator in OPERATORS {
        write_function(&mut out, operator);
    }
    out.push_str(")\n");
    for operator in OPERATORS {
        for case in cases.iter().filter(|case| case.operator == *operator) {
            write_assertion(&mut out, case);
        }
    }
    out
}
