//! How the oracles compare and print the engine layer's values
//! ([`spec_runner::value::Value`]).
//!
//! Floats are kept as raw bits so that a difference in a NaN payload or in the
//! sign of a zero is visible; [`same_value`] decides which differences count.
//! Function, extern and exception references are compared by null-ness only,
//! structs and arrays by kind: what such a reference points to is an
//! engine-private handle that another engine cannot interpret. An `i31` and a
//! host value internalised by `any.convert_extern` are compared exactly.

use std::fmt;

use spec_runner::value::{AnyValue, Value};

/// Whether two values are equal for the oracle: bit for bit, except that any
/// two NaNs of the same width are equal (the spec leaves the payload of an
/// arithmetic NaN to the engine), and two references of the same type are
/// equal when both or neither are null and, for internal references, both are
/// the same `i31`, the same host value, structs or arrays.
///
/// A `v128` is compared bit for bit, never per lane: its lane shape is not
/// part of its type, and reading an integer vector as `f32x4` or `f64x2`
/// would let a wrong integer lane that happens to look like a NaN pass.
/// Determinism comes from the generator instead: wasm-smith's
/// `canonicalize_nans` follows every float lane operation that may produce
/// an unspecified NaN payload with a `v128.bitselect` to the canonical NaN,
/// and the remaining float lane operations are bit-exact by the spec
/// (`neg`, `abs`, `pmin`, `pmax`, conversions from integers) or, like
/// their scalar counterparts `f32.demote_f64` and `f64.promote_f32`, keep
/// the payload on x86-64 in both engines.
pub fn same_value(a: &Value, b: &Value) -> bool {
    match (*a, *b) {
        (Value::F32(a), Value::F32(b)) => {
            a == b || (f32::from_bits(a).is_nan() && f32::from_bits(b).is_nan())
        }
        (Value::F64(a), Value::F64(b)) => {
            a == b || (f64::from_bits(a).is_nan() && f64::from_bits(b).is_nan())
        }
        (Value::FuncRef(a), Value::FuncRef(b)) => a.is_none() == b.is_none(),
        (Value::ExternRef(a), Value::ExternRef(b)) => a.is_none() == b.is_none(),
        (Value::ExnRef(a), Value::ExnRef(b)) => a.is_none() == b.is_none(),
        (Value::AnyRef(Some(a)), Value::AnyRef(Some(b)))
        | (Value::ExternAny(a), Value::ExternAny(b)) => same_any(a, b),
        (a, b) => a == b,
    }
}

/// Whether two non-null internal references are the same for the oracle: the
/// same `i31` or host value, or both structs, or both arrays.
fn same_any(a: AnyValue, b: AnyValue) -> bool {
    match (a, b) {
        (AnyValue::Struct(_), AnyValue::Struct(_)) | (AnyValue::Array(_), AnyValue::Array(_)) => {
            true
        }
        (a, b) => a == b,
    }
}

/// Whether every value of `left` is [`same_value`] as the value at the same
/// position of `right`, and the lengths match.
pub fn all_same(left: &[Value], right: &[Value]) -> bool {
    left.len() == right.len() && left.iter().zip(right).all(|(a, b)| same_value(a, b))
}

/// Prints a value as a `.wast` constant, e.g. `(i32.const -1)` or
/// `(f32.const nan:0x400000)`.
pub struct WastConst<'a>(pub &'a Value);

impl fmt::Display for WastConst<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self.0 {
            Value::I32(v) => write!(f, "(i32.const {v})"),
            Value::I64(v) => write!(f, "(i64.const {v})"),
            Value::F32(bits) => write!(f, "(f32.const {})", FloatBits::F32(bits)),
            Value::F64(bits) => write!(f, "(f64.const {})", FloatBits::F64(bits)),
            Value::V128(bits) => write!(
                f,
                "(v128.const i64x2 {} {})",
                bits as u64 as i64,
                (bits >> 64) as u64 as i64
            ),
            Value::FuncRef(None) => write!(f, "(ref.null func)"),
            Value::FuncRef(Some(_)) => write!(f, "(ref.func)"),
            Value::ExternRef(None) => write!(f, "(ref.null extern)"),
            Value::ExternRef(Some(_)) | Value::ExternAny(_) => write!(f, "(ref.extern)"),
            Value::AnyRef(None) => write!(f, "(ref.null any)"),
            Value::AnyRef(Some(AnyValue::I31(_))) => write!(f, "(ref.i31)"),
            Value::AnyRef(Some(AnyValue::Host(n))) => write!(f, "(ref.host {n})"),
            Value::AnyRef(Some(AnyValue::Struct(_))) => write!(f, "(ref.struct)"),
            Value::AnyRef(Some(AnyValue::Array(_))) => write!(f, "(ref.array)"),
            Value::ExnRef(None) => write!(f, "(ref.null exn)"),
            Value::ExnRef(Some(_)) => write!(f, "(ref.exn)"),
        }
    }
}

/// A float printed exactly: hexadecimal float syntax, with NaN payloads and
/// the sign of zero preserved, so that a `.wast` file round-trips the bits.
enum FloatBits {
    F32(u32),
    F64(u64),
}

impl fmt::Display for FloatBits {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (sign, exponent, mantissa, exponent_bits, mantissa_bits) = match *self {
            FloatBits::F32(bits) => (
                bits >> 31 == 1,
                u64::from((bits >> 23) & 0xff),
                u64::from(bits & 0x7f_ffff),
                8,
                23,
            ),
            FloatBits::F64(bits) => (
                bits >> 63 == 1,
                (bits >> 52) & 0x7ff,
                bits & 0xf_ffff_ffff_ffff,
                11,
                52,
            ),
        };
        let sign = if sign { "-" } else { "" };
        let max_exponent = (1u64 << exponent_bits) - 1;
        let bias = (max_exponent >> 1) as i64;
        if exponent == max_exponent {
            return if mantissa == 0 {
                write!(f, "{sign}inf")
            } else {
                write!(f, "{sign}nan:0x{mantissa:x}")
            };
        }
        if exponent == 0 && mantissa == 0 {
            return write!(f, "{sign}0x0p+0");
        }
        // Shift the mantissa so its fraction digits are whole hex digits.
        let pad = (4 - mantissa_bits % 4) % 4;
        let digits = ((mantissa_bits + pad) / 4) as usize;
        let fraction = mantissa << pad;
        let (leading, power) = if exponent == 0 {
            (0, 1 - bias)
        } else {
            (1, exponent as i64 - bias)
        };
        write!(f, "{sign}0x{leading}.{fraction:0digits$x}p{power:+}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wast(value: Value) -> String {
        WastConst(&value).to_string()
    }

    #[test]
    fn nans_of_any_payload_are_the_same_but_signed_zeros_are_not() {
        let quiet = Value::F32(0x7fc0_0000);
        let payload = Value::F32(0xffc0_0001);
        assert!(same_value(&quiet, &payload));
        assert!(!same_value(&Value::F64(0), &Value::F64(1 << 63)));
        assert!(!same_value(&Value::I32(0), &Value::I64(0)));
    }

    #[test]
    fn references_compare_by_nullness_only() {
        assert!(same_value(
            &Value::FuncRef(Some(0)),
            &Value::FuncRef(Some(7))
        ));
        assert!(!same_value(&Value::FuncRef(Some(0)), &Value::FuncRef(None)));
        assert!(!same_value(&Value::FuncRef(None), &Value::ExternRef(None)));
        assert!(all_same(
            &[Value::ExternRef(None), Value::I32(1)],
            &[Value::ExternRef(None), Value::I32(1)]
        ));
        assert!(!all_same(&[Value::I32(1)], &[]));
        assert!(same_value(&Value::ExnRef(Some(0)), &Value::ExnRef(Some(3))));
        assert!(!same_value(&Value::ExnRef(Some(0)), &Value::ExnRef(None)));
    }

    #[test]
    fn internal_references_compare_by_kind_and_exact_scalars() {
        let any = |value| Value::AnyRef(Some(value));
        assert!(same_value(
            &any(AnyValue::Struct(0)),
            &any(AnyValue::Struct(5))
        ));
        assert!(same_value(
            &any(AnyValue::Array(0)),
            &any(AnyValue::Array(5))
        ));
        assert!(!same_value(
            &any(AnyValue::Struct(0)),
            &any(AnyValue::Array(0))
        ));
        assert!(same_value(&any(AnyValue::I31(7)), &any(AnyValue::I31(7))));
        assert!(!same_value(&any(AnyValue::I31(7)), &any(AnyValue::I31(8))));
        assert!(!same_value(
            &any(AnyValue::Host(1)),
            &any(AnyValue::Host(2))
        ));
        assert!(!same_value(&any(AnyValue::I31(0)), &Value::AnyRef(None)));
        assert!(same_value(
            &Value::ExternAny(AnyValue::Array(1)),
            &Value::ExternAny(AnyValue::Array(2))
        ));
        assert!(!same_value(
            &Value::ExternAny(AnyValue::I31(1)),
            &Value::ExternAny(AnyValue::I31(2))
        ));
        assert_eq!(wast(any(AnyValue::Struct(0))), "(ref.struct)");
        assert_eq!(wast(Value::ExnRef(None)), "(ref.null exn)");
    }

    #[test]
    fn floats_print_as_exact_wast_literals() {
        assert_eq!(
            wast(Value::F32(1.0f32.to_bits())),
            "(f32.const 0x1.000000p+0)"
        );
        assert_eq!(wast(Value::F32((-0.0f32).to_bits())), "(f32.const -0x0p+0)");
        assert_eq!(
            wast(Value::F64(f64::NEG_INFINITY.to_bits())),
            "(f64.const -inf)"
        );
        assert_eq!(wast(Value::F32(0x7fc0_0000)), "(f32.const nan:0x400000)");
        assert_eq!(wast(Value::F64(1)), "(f64.const 0x0.0000000000001p-1022)");
        assert_eq!(
            wast(Value::F64(0.5f64.to_bits())),
            "(f64.const 0x1.0000000000000p-1)"
        );
    }
}
