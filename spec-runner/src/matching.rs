//! Judges an actual [`Value`] against an expected `assert_return` result.
//!
//! Numbers compare by exact bits; `nan:canonical` and `nan:arithmetic` are
//! separate predicates; vectors compare lane by lane in the lane shape the test
//! wrote; references compare by null-ness and hierarchy, `(ref.func N)` by identity
//! (asked of a [`FuncIdentity`]); `either` accepts any of its alternatives.

use crate::value::{AnyValue, Value};
use wast::core::{AbstractHeapType, HeapType, NanPattern, V128Pattern, WastRetCore};
use wast::token::Index;
use wast::WastRet;

const F32_SIGN_MASK: u32 = 0x8000_0000;
const F32_CANONICAL_NAN: u32 = 0x7fc0_0000;
const F64_SIGN_MASK: u64 = 0x8000_0000_0000_0000;
const F64_CANONICAL_NAN: u64 = 0x7ff8_0000_0000_0000;

/// Whether `bits` is a canonical NaN: any sign, quiet bit set, zero payload.
pub fn is_canonical_nan_f32(bits: u32) -> bool {
    bits & !F32_SIGN_MASK == F32_CANONICAL_NAN
}

/// Whether `bits` is an arithmetic NaN: any sign, quiet bit set, any payload.
pub fn is_arithmetic_nan_f32(bits: u32) -> bool {
    bits & F32_CANONICAL_NAN == F32_CANONICAL_NAN
}

/// Whether `bits` is a canonical NaN: any sign, quiet bit set, zero payload.
pub fn is_canonical_nan_f64(bits: u64) -> bool {
    bits & !F64_SIGN_MASK == F64_CANONICAL_NAN
}

/// Whether `bits` is an arithmetic NaN: any sign, quiet bit set, any payload.
pub fn is_arithmetic_nan_f64(bits: u64) -> bool {
    bits & F64_CANONICAL_NAN == F64_CANONICAL_NAN
}

/// Whether the f32 `bits` match the pattern.
pub fn f32_matches(bits: u32, expected: &NanPattern<wast::token::F32>) -> bool {
    match expected {
        NanPattern::CanonicalNan => is_canonical_nan_f32(bits),
        NanPattern::ArithmeticNan => is_arithmetic_nan_f32(bits),
        NanPattern::Value(value) => value.bits == bits,
    }
}

/// Whether the f64 `bits` match the pattern.
pub fn f64_matches(bits: u64, expected: &NanPattern<wast::token::F64>) -> bool {
    match expected {
        NanPattern::CanonicalNan => is_canonical_nan_f64(bits),
        NanPattern::ArithmeticNan => is_arithmetic_nan_f64(bits),
        NanPattern::Value(value) => value.bits == bits,
    }
}

/// Splits a vector into `N` lanes of `LANE_BITS` bits each, lane 0 first.
fn lanes<const N: usize>(bits: u128) -> [u128; N] {
    let lane_bits = 128 / N;
    let mask = if lane_bits == 128 {
        u128::MAX
    } else {
        (1u128 << lane_bits) - 1
    };
    std::array::from_fn(|lane| (bits >> (lane * lane_bits)) & mask)
}

/// Whether the vector `bits` match the pattern in its lane shape.
pub fn v128_matches(bits: u128, expected: &V128Pattern) -> bool {
    match expected {
        V128Pattern::I8x16(want) => lanes::<16>(bits)
            .iter()
            .zip(want)
            .all(|(&got, &want)| got as u8 == want as u8),
        V128Pattern::I16x8(want) => lanes::<8>(bits)
            .iter()
            .zip(want)
            .all(|(&got, &want)| got as u16 == want as u16),
        V128Pattern::I32x4(want) => lanes::<4>(bits)
            .iter()
            .zip(want)
            .all(|(&got, &want)| got as u32 == want as u32),
        V128Pattern::I64x2(want) => lanes::<2>(bits)
            .iter()
            .zip(want)
            .all(|(&got, &want)| got as u64 == want as u64),
        V128Pattern::F32x4(want) => lanes::<4>(bits)
            .iter()
            .zip(want)
            .all(|(&got, want)| f32_matches(got as u32, want)),
        V128Pattern::F64x2(want) => lanes::<2>(bits)
            .iter()
            .zip(want)
            .all(|(&got, want)| f64_matches(got as u64, want)),
    }
}

/// The reference hierarchy an expected `ref.null <heaptype>` belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RefHierarchy {
    Func,
    Extern,
    /// any/eq/struct/array/i31/none.
    Any,
    /// exn/noexn.
    Exn,
    /// Continuations and shared references: no [`Value`] variant can hold these yet.
    Unrepresented,
    /// A concrete type index: could be a function or a GC type.
    Concrete,
}

fn hierarchy_of(heap: &HeapType<'_>) -> RefHierarchy {
    match heap {
        HeapType::Abstract {
            ty: AbstractHeapType::Func | AbstractHeapType::NoFunc,
            ..
        } => RefHierarchy::Func,
        HeapType::Abstract {
            ty: AbstractHeapType::Extern | AbstractHeapType::NoExtern,
            ..
        } => RefHierarchy::Extern,
        HeapType::Abstract {
            ty:
                AbstractHeapType::Any
                | AbstractHeapType::Eq
                | AbstractHeapType::I31
                | AbstractHeapType::Struct
                | AbstractHeapType::Array
                | AbstractHeapType::None,
            shared: false,
        } => RefHierarchy::Any,
        HeapType::Abstract {
            ty: AbstractHeapType::Exn | AbstractHeapType::NoExn,
            shared: false,
        } => RefHierarchy::Exn,
        HeapType::Abstract { .. } => RefHierarchy::Unrepresented,
        HeapType::Concrete(_) | HeapType::Exact(_) => RefHierarchy::Concrete,
    }
}

/// Whether `actual` is a null reference of the expected heap type (`None`: any null).
fn null_ref_matches(actual: &Value, heap: Option<&HeapType<'_>>) -> bool {
    let hierarchy = heap.map(hierarchy_of);
    match actual {
        Value::FuncRef(None) => matches!(
            hierarchy,
            None | Some(RefHierarchy::Func | RefHierarchy::Concrete)
        ),
        Value::ExternRef(None) => matches!(hierarchy, None | Some(RefHierarchy::Extern)),
        Value::AnyRef(None) => matches!(hierarchy, None | Some(RefHierarchy::Any)),
        Value::ExnRef(None) => matches!(hierarchy, None | Some(RefHierarchy::Exn)),
        _ => false,
    }
}

/// Why a result did not match: an ordinary mismatch, or an expectation the
/// harness cannot judge (which must fail, never pass).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mismatch {
    /// The value differs from the expectation.
    Value,
    /// The expectation is a form the harness does not support.
    Unsupported(String),

    /// The expectation names something that does not exist (a function index or name
    /// the instance does not have).
    Unresolved(String),
}

/// Answers what a result pattern cannot know alone: whether a function reference is
/// the function a module index names (`(ref.func 3)`, `(ref.func $f)`) in the instance
/// the action ran in.
pub trait FuncIdentity {
    /// Whether `actual` is the function `index` names; `Err` when `index` names none.
    fn is_function(&mut self, actual: &Value, index: &Index<'_>) -> Result<bool, String>;
}

/// For patterns checked without an instance: every `(ref.func N)` is unresolved.
struct NoInstance;

impl FuncIdentity for NoInstance {
    fn is_function(&mut self, _: &Value, _: &Index<'_>) -> Result<bool, String> {
        Err("no instance to look the function up in".into())
    }
}

/// Checks one result against one expected `WastRet`, asking `identity` about
/// `(ref.func N)` results.
pub fn check_result(
    actual: &Value,
    expected: &WastRet<'_>,
    identity: &mut dyn FuncIdentity,
) -> Result<(), Mismatch> {
    match expected {
        WastRet::Core(core) => check_core_with(actual, core, identity),
        #[allow(
            unreachable_patterns,
            reason = "present only with wast's component-model feature"
        )]
        _ => Err(Mismatch::Unsupported(
            "component-model results are not supported".into(),
        )),
    }
}

/// Checks one result against one expected core result pattern that needs no instance
/// (a `(ref.func N)` is [`Mismatch::Unresolved`]).
pub fn check_core(actual: &Value, expected: &WastRetCore<'_>) -> Result<(), Mismatch> {
    check_core_with(actual, expected, &mut NoInstance)
}

/// Checks one result against one expected core result pattern, asking `identity`
/// about `(ref.func N)`.
pub fn check_core_with(
    actual: &Value,
    expected: &WastRetCore<'_>,
    identity: &mut dyn FuncIdentity,
) -> Result<(), Mismatch> {
    let matched = match (expected, actual) {
        (WastRetCore::I32(want), Value::I32(got)) => want == got,
        (WastRetCore::I64(want), Value::I64(got)) => want == got,
        (WastRetCore::F32(want), Value::F32(got)) => f32_matches(*got, want),
        (WastRetCore::F64(want), Value::F64(got)) => f64_matches(*got, want),
        (WastRetCore::V128(want), Value::V128(got)) => v128_matches(*got, want),
        (WastRetCore::RefNull(heap), got) => null_ref_matches(got, heap.as_ref()),
        (WastRetCore::RefExtern(None), got) => {
            matches!(got, Value::ExternRef(Some(_)) | Value::ExternAny(_))
        }
        (WastRetCore::RefExtern(Some(want)), got) => *got == Value::ExternRef(Some(*want)),
        (WastRetCore::RefFunc(None), got) => matches!(got, Value::FuncRef(Some(_))),
        (WastRetCore::RefFunc(Some(index)), got) => {
            identity.is_function(got, index).map_err(|why| {
                Mismatch::Unresolved(format!("ref.func {}: {why}", describe_index(index)))
            })?
        }
        (WastRetCore::Either(alternatives), got) => {
            return check_either(got, alternatives, identity)
        }
        (WastRetCore::RefHost(want), got) => *got == Value::AnyRef(Some(AnyValue::Host(*want))),
        (WastRetCore::RefAny, got) => matches!(got, Value::AnyRef(Some(_))),
        (WastRetCore::RefEq, got) => matches!(
            got,
            Value::AnyRef(Some(
                AnyValue::I31(_) | AnyValue::Struct(_) | AnyValue::Array(_)
            ))
        ),
        (WastRetCore::RefI31, got) => matches!(got, Value::AnyRef(Some(AnyValue::I31(_)))),
        (WastRetCore::RefStruct, got) => matches!(got, Value::AnyRef(Some(AnyValue::Struct(_)))),
        (WastRetCore::RefArray, got) => matches!(got, Value::AnyRef(Some(AnyValue::Array(_)))),
        (WastRetCore::RefI31Shared, _) => {
            return Err(Mismatch::Unsupported(format!(
                "expected result {expected:?} is not supported"
            )))
        }
        _ => false,
    };
    if matched {
        Ok(())
    } else {
        Err(Mismatch::Value)
    }
}

fn check_either(
    actual: &Value,
    alternatives: &[WastRetCore<'_>],
    identity: &mut dyn FuncIdentity,
) -> Result<(), Mismatch> {
    if alternatives
        .iter()
        .any(|alternative| check_core_with(actual, alternative, identity).is_ok())
    {
        Ok(())
    } else {
        Err(Mismatch::Value)
    }
}

/// Renders an expected result compactly for failure messages.
pub fn describe_expected(expected: &WastRet<'_>) -> String {
    match expected {
        WastRet::Core(core) => describe_core(core),
        #[allow(
            unreachable_patterns,
            reason = "present only with wast's component-model feature"
        )]
        other => format!("{other:?}"),
    }
}

fn describe_nan<T>(pattern: &NanPattern<T>, value: impl Fn(&T) -> String) -> String {
    match pattern {
        NanPattern::CanonicalNan => "nan:canonical".into(),
        NanPattern::ArithmeticNan => "nan:arithmetic".into(),
        NanPattern::Value(v) => value(v),
    }
}

fn describe_f32(pattern: &NanPattern<wast::token::F32>) -> String {
    describe_nan(pattern, |v| {
        format!("{} (0x{:08x})", f32::from_bits(v.bits), v.bits)
    })
}

fn describe_f64(pattern: &NanPattern<wast::token::F64>) -> String {
    describe_nan(pattern, |v| {
        format!("{} (0x{:016x})", f64::from_bits(v.bits), v.bits)
    })
}

fn describe_lanes<T>(shape: &str, lanes: &[T], each: impl Fn(&T) -> String) -> String {
    let items: Vec<String> = lanes.iter().map(each).collect();
    format!("v128:{shape}[{}]", items.join(" "))
}

fn describe_core(expected: &WastRetCore<'_>) -> String {
    match expected {
        WastRetCore::I32(v) => format!("i32:{v} (0x{:08x})", *v as u32),
        WastRetCore::I64(v) => format!("i64:{v} (0x{:016x})", *v as u64),
        WastRetCore::F32(p) => format!("f32:{}", describe_f32(p)),
        WastRetCore::F64(p) => format!("f64:{}", describe_f64(p)),
        WastRetCore::V128(V128Pattern::I8x16(l)) => describe_lanes("i8x16", l, |v| v.to_string()),
        WastRetCore::V128(V128Pattern::I16x8(l)) => describe_lanes("i16x8", l, |v| v.to_string()),
        WastRetCore::V128(V128Pattern::I32x4(l)) => describe_lanes("i32x4", l, |v| v.to_string()),
        WastRetCore::V128(V128Pattern::I64x2(l)) => describe_lanes("i64x2", l, |v| v.to_string()),
        WastRetCore::V128(V128Pattern::F32x4(l)) => describe_lanes("f32x4", l, describe_f32),
        WastRetCore::V128(V128Pattern::F64x2(l)) => describe_lanes("f64x2", l, describe_f64),
        WastRetCore::RefNull(None) => "ref.null".into(),
        WastRetCore::RefNull(Some(heap)) => format!("ref.null {}", describe_heap_type(heap)),
        WastRetCore::RefExtern(None) => "ref.extern".into(),
        WastRetCore::RefExtern(Some(n)) => format!("ref.extern {n}"),
        WastRetCore::RefFunc(None) => "ref.func".into(),
        WastRetCore::RefFunc(Some(index)) => format!("ref.func {}", describe_index(index)),
        WastRetCore::RefHost(n) => format!("ref.host {n}"),
        WastRetCore::RefAny => "ref.any".into(),
        WastRetCore::RefEq => "ref.eq".into(),
        WastRetCore::RefI31 => "ref.i31".into(),
        WastRetCore::Either(alternatives) => {
            let items: Vec<String> = alternatives.iter().map(describe_core).collect();
            format!("either({})", items.join(" | "))
        }
        other => format!("{other:?}"),
    }
}

fn describe_heap_type(heap: &HeapType<'_>) -> String {
    match heap {
        HeapType::Abstract { shared, ty } => {
            let name = format!("{ty:?}").to_lowercase();
            if *shared {
                format!("(shared {name})")
            } else {
                name
            }
        }
        HeapType::Concrete(index) => describe_index(index),
        HeapType::Exact(index) => format!("(exact {})", describe_index(index)),
    }
}

fn describe_index(index: &Index<'_>) -> String {
    match index {
        Index::Num(n, _) => n.to_string(),
        Index::Id(id) => format!("${}", id.name()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wast::token::{F32, F64};

    fn f32v(bits: u32) -> NanPattern<F32> {
        NanPattern::Value(F32 { bits })
    }

    fn f64v(bits: u64) -> NanPattern<F64> {
        NanPattern::Value(F64 { bits })
    }

    fn func_heap() -> HeapType<'static> {
        HeapType::Abstract {
            shared: false,
            ty: AbstractHeapType::Func,
        }
    }

    fn extern_heap() -> HeapType<'static> {
        HeapType::Abstract {
            shared: false,
            ty: AbstractHeapType::Extern,
        }
    }

    #[test]
    fn integers_compare_exactly() {
        assert_eq!(check_core(&Value::I32(-1), &WastRetCore::I32(-1)), Ok(()));
        assert_eq!(
            check_core(&Value::I32(1), &WastRetCore::I32(2)),
            Err(Mismatch::Value)
        );
        assert_eq!(
            check_core(&Value::I64(i64::MIN), &WastRetCore::I64(i64::MIN)),
            Ok(())
        );
        assert_eq!(
            check_core(&Value::I64(1), &WastRetCore::I32(1)),
            Err(Mismatch::Value),
            "type must match"
        );
    }

    #[test]
    fn floats_compare_by_bits() {
        let zero = 0.0f32.to_bits();
        let neg_zero = (-0.0f32).to_bits();
        assert!(f32_matches(zero, &f32v(zero)));
        assert!(!f32_matches(neg_zero, &f32v(zero)), "-0 is not +0");
        let payload_nan = 0x7fa0_0000;
        assert!(f32_matches(payload_nan, &f32v(payload_nan)));
        assert!(
            !f32_matches(0x7fc0_0000, &f32v(payload_nan)),
            "NaN payloads are compared"
        );
        assert!(f64_matches(1.5f64.to_bits(), &f64v(1.5f64.to_bits())));
        assert!(!f64_matches((-0.0f64).to_bits(), &f64v(0.0f64.to_bits())));
    }

    #[test]
    fn canonical_nan_accepts_only_zero_payload_of_either_sign() {
        assert!(f32_matches(0x7fc0_0000, &NanPattern::CanonicalNan));
        assert!(f32_matches(0xffc0_0000, &NanPattern::CanonicalNan));
        assert!(!f32_matches(0x7fc0_0001, &NanPattern::CanonicalNan));
        assert!(
            !f32_matches(0x7f80_0001, &NanPattern::CanonicalNan),
            "signalling NaN"
        );
        assert!(
            !f32_matches(0x7f80_0000, &NanPattern::CanonicalNan),
            "infinity"
        );
        assert!(f64_matches(
            0x7ff8_0000_0000_0000,
            &NanPattern::CanonicalNan
        ));
        assert!(f64_matches(
            0xfff8_0000_0000_0000,
            &NanPattern::CanonicalNan
        ));
        assert!(!f64_matches(
            0x7ff8_0000_0000_0001,
            &NanPattern::CanonicalNan
        ));
        assert!(!f64_matches(1.0f64.to_bits(), &NanPattern::CanonicalNan));
    }

    #[test]
    fn arithmetic_nan_requires_quiet_bit_and_accepts_any_payload() {
        assert!(f32_matches(0x7fc0_0000, &NanPattern::ArithmeticNan));
        assert!(f32_matches(0xffc0_1234, &NanPattern::ArithmeticNan));
        assert!(
            !f32_matches(0x7fa0_0000, &NanPattern::ArithmeticNan),
            "quiet bit clear"
        );
        assert!(!f32_matches(0x3f80_0000, &NanPattern::ArithmeticNan));
        assert!(f64_matches(
            0x7ffc_0000_0000_0001,
            &NanPattern::ArithmeticNan
        ));
        assert!(!f64_matches(
            0x7ff4_0000_0000_0000,
            &NanPattern::ArithmeticNan
        ));
        assert!(!f64_matches(
            f64::INFINITY.to_bits(),
            &NanPattern::ArithmeticNan
        ));
    }

    fn v128_from_u32x4(lanes: [u32; 4]) -> u128 {
        lanes
            .iter()
            .rev()
            .fold(0u128, |acc, &lane| (acc << 32) | u128::from(lane))
    }

    #[test]
    fn v128_integer_lane_shapes() {
        let bits = u128::from_le_bytes(std::array::from_fn(|i| i as u8));
        let bytes: [i8; 16] = std::array::from_fn(|i| i as i8);
        assert!(v128_matches(bits, &V128Pattern::I8x16(bytes)));
        let mut wrong = bytes;
        wrong[15] = 0;
        assert!(!v128_matches(bits, &V128Pattern::I8x16(wrong)));
        let halves: [i16; 8] =
            std::array::from_fn(|i| i16::from_le_bytes([2 * i as u8, 2 * i as u8 + 1]));
        assert!(v128_matches(bits, &V128Pattern::I16x8(halves)));
        let words: [i32; 4] =
            std::array::from_fn(|i| i32::from_le_bytes(std::array::from_fn(|b| (4 * i + b) as u8)));
        assert!(v128_matches(bits, &V128Pattern::I32x4(words)));
        let doubles: [i64; 2] =
            std::array::from_fn(|i| i64::from_le_bytes(std::array::from_fn(|b| (8 * i + b) as u8)));
        assert!(v128_matches(bits, &V128Pattern::I64x2(doubles)));
        assert!(
            v128_matches(u128::MAX, &V128Pattern::I32x4([-1; 4])),
            "negative lanes compare as bits"
        );
        assert!(!v128_matches(u128::MAX, &V128Pattern::I64x2([-1, 0])));
    }

    #[test]
    fn v128_float_lanes_use_nan_patterns_per_lane() {
        let one = 1.0f32.to_bits();
        let bits = v128_from_u32x4([one, 0x7fc0_0000, 0xffc0_0001, 0x7fa0_0000]);
        let pattern = [
            f32v(one),
            NanPattern::CanonicalNan,
            NanPattern::ArithmeticNan,
            f32v(0x7fa0_0000),
        ];
        assert!(v128_matches(bits, &V128Pattern::F32x4(pattern)));
        let canonical_everywhere = [
            NanPattern::CanonicalNan,
            NanPattern::CanonicalNan,
            NanPattern::CanonicalNan,
            NanPattern::CanonicalNan,
        ];
        assert!(!v128_matches(
            bits,
            &V128Pattern::F32x4(canonical_everywhere)
        ));
        let f64_bits = (u128::from(0xfff8_0000_0000_0000u64) << 64) | u128::from(2.0f64.to_bits());
        assert!(v128_matches(
            f64_bits,
            &V128Pattern::F64x2([f64v(2.0f64.to_bits()), NanPattern::CanonicalNan])
        ));
        assert!(!v128_matches(
            f64_bits,
            &V128Pattern::F64x2([NanPattern::CanonicalNan, f64v(2.0f64.to_bits())])
        ));
    }

    #[test]
    fn null_references_match_their_hierarchy() {
        let null_func = WastRetCore::RefNull(Some(func_heap()));
        let null_extern = WastRetCore::RefNull(Some(extern_heap()));
        assert_eq!(check_core(&Value::FuncRef(None), &null_func), Ok(()));
        assert_eq!(check_core(&Value::ExternRef(None), &null_extern), Ok(()));
        assert_eq!(
            check_core(&Value::FuncRef(None), &null_extern),
            Err(Mismatch::Value)
        );
        assert_eq!(
            check_core(&Value::FuncRef(Some(0)), &null_func),
            Err(Mismatch::Value)
        );
        assert_eq!(
            check_core(&Value::ExternRef(Some(0)), &WastRetCore::RefNull(None)),
            Err(Mismatch::Value)
        );
        assert_eq!(
            check_core(&Value::ExternRef(None), &WastRetCore::RefNull(None)),
            Ok(())
        );
    }

    #[test]
    fn non_null_references() {
        assert_eq!(
            check_core(&Value::ExternRef(Some(3)), &WastRetCore::RefExtern(Some(3))),
            Ok(())
        );
        assert_eq!(
            check_core(&Value::ExternRef(Some(4)), &WastRetCore::RefExtern(Some(3))),
            Err(Mismatch::Value)
        );
        assert_eq!(
            check_core(&Value::ExternRef(None), &WastRetCore::RefExtern(Some(3))),
            Err(Mismatch::Value)
        );
        assert_eq!(
            check_core(&Value::ExternRef(Some(9)), &WastRetCore::RefExtern(None)),
            Ok(())
        );
        assert_eq!(
            check_core(&Value::FuncRef(Some(7)), &WastRetCore::RefFunc(None)),
            Ok(())
        );
        assert_eq!(
            check_core(&Value::FuncRef(None), &WastRetCore::RefFunc(None)),
            Err(Mismatch::Value)
        );
    }

    #[test]
    fn unsupported_expectations_fail_instead_of_passing() {
        assert!(matches!(
            check_core(&Value::I32(0), &WastRetCore::RefI31Shared),
            Err(Mismatch::Unsupported(_))
        ));
        assert!(matches!(
            check_core(&Value::AnyRef(None), &WastRetCore::RefI31Shared),
            Err(Mismatch::Unsupported(_))
        ));
    }

    #[test]
    fn struct_and_array_references_match_by_kind() {
        let structure = Value::AnyRef(Some(AnyValue::Struct(3)));
        let array = Value::AnyRef(Some(AnyValue::Array(3)));
        let i31 = Value::AnyRef(Some(AnyValue::I31(3)));
        let host = Value::AnyRef(Some(AnyValue::Host(3)));
        assert_eq!(check_core(&structure, &WastRetCore::RefStruct), Ok(()));
        assert_eq!(check_core(&array, &WastRetCore::RefArray), Ok(()));
        for other in [&array, &i31, &host, &Value::AnyRef(None), &Value::I32(0)] {
            assert_eq!(
                check_core(other, &WastRetCore::RefStruct),
                Err(Mismatch::Value)
            );
        }
        for other in [&structure, &i31, &host, &Value::AnyRef(None)] {
            assert_eq!(
                check_core(other, &WastRetCore::RefArray),
                Err(Mismatch::Value)
            );
        }
        for eq in [&structure, &array, &i31] {
            assert_eq!(check_core(eq, &WastRetCore::RefEq), Ok(()));
            assert_eq!(check_core(eq, &WastRetCore::RefAny), Ok(()));
        }
        assert_eq!(
            check_core(&structure, &WastRetCore::RefI31),
            Err(Mismatch::Value)
        );
        let externalized = Value::ExternAny(AnyValue::Array(1));
        assert_eq!(
            check_core(&externalized, &WastRetCore::RefExtern(None)),
            Ok(())
        );
        assert_eq!(structure.to_string(), "ref.struct");
    }

    /// Function `index` of a fake instance is the funcref handle `index + 10`; `$f` is 2.
    struct FakeInstance;

    impl FuncIdentity for FakeInstance {
        fn is_function(&mut self, actual: &Value, index: &Index<'_>) -> Result<bool, String> {
            let index = match index {
                Index::Num(n, _) if *n < 4 => *n,
                Index::Id(id) if id.name() == "f" => 2,
                _ => return Err("no such function".into()),
            };
            Ok(*actual == Value::FuncRef(Some(index + 10)))
        }
    }

    #[test]
    fn ref_func_with_an_index_compares_identity() {
        let span = wast::token::Span::from_offset(0);
        let two = WastRetCore::RefFunc(Some(Index::Num(2, span)));
        let check = |value, expected: &WastRetCore<'_>| {
            check_core_with(&value, expected, &mut FakeInstance)
        };
        assert_eq!(check(Value::FuncRef(Some(12)), &two), Ok(()));
        assert_eq!(check(Value::FuncRef(Some(11)), &two), Err(Mismatch::Value));
        assert_eq!(check(Value::FuncRef(None), &two), Err(Mismatch::Value));
        let (f, g) = (
            wast::token::Id::new("f", span),
            wast::token::Id::new("g", span),
        );
        let named = WastRetCore::RefFunc(Some(Index::Id(f)));
        assert_eq!(check(Value::FuncRef(Some(12)), &named), Ok(()));
        let unknown = WastRetCore::RefFunc(Some(Index::Id(g)));
        assert!(matches!(
            check(Value::FuncRef(Some(12)), &unknown),
            Err(Mismatch::Unresolved(_))
        ));
        let either = WastRetCore::Either(vec![WastRetCore::RefNull(None), two]);
        assert_eq!(check(Value::FuncRef(Some(12)), &either), Ok(()));
        assert_eq!(check(Value::FuncRef(None), &either), Ok(()));
        assert!(matches!(
            check_core(&Value::FuncRef(Some(12)), &named),
            Err(Mismatch::Unresolved(_))
        ));
    }

    #[test]
    fn internal_references_match_by_kind_and_host_value() {
        let i31 = Value::AnyRef(Some(AnyValue::I31(5)));
        let host = Value::AnyRef(Some(AnyValue::Host(2)));
        for expected in [WastRetCore::RefAny, WastRetCore::RefEq, WastRetCore::RefI31] {
            assert_eq!(check_core(&i31, &expected), Ok(()), "{expected:?}");
            assert_eq!(
                check_core(&Value::AnyRef(None), &expected),
                Err(Mismatch::Value)
            );
            assert_eq!(check_core(&Value::I32(0), &expected), Err(Mismatch::Value));
        }
        assert_eq!(check_core(&host, &WastRetCore::RefAny), Ok(()));
        assert_eq!(check_core(&host, &WastRetCore::RefEq), Err(Mismatch::Value));
        assert_eq!(check_core(&host, &WastRetCore::RefHost(2)), Ok(()));
        assert_eq!(
            check_core(&host, &WastRetCore::RefHost(3)),
            Err(Mismatch::Value)
        );
        assert_eq!(
            check_core(&i31, &WastRetCore::RefHost(5)),
            Err(Mismatch::Value)
        );
        let externalized = Value::ExternAny(AnyValue::I31(1));
        assert_eq!(
            check_core(&externalized, &WastRetCore::RefExtern(None)),
            Ok(())
        );
        assert_eq!(
            check_core(&externalized, &WastRetCore::RefExtern(Some(1))),
            Err(Mismatch::Value)
        );
        let null_any = WastRetCore::RefNull(Some(HeapType::Abstract {
            shared: false,
            ty: AbstractHeapType::I31,
        }));
        assert_eq!(check_core(&Value::AnyRef(None), &null_any), Ok(()));
        assert_eq!(
            check_core(&Value::ExternRef(None), &null_any),
            Err(Mismatch::Value)
        );
        assert_eq!(
            check_core(&Value::AnyRef(None), &WastRetCore::RefNull(None)),
            Ok(())
        );
    }

    #[test]
    fn exception_references_match_nulls_of_their_hierarchy() {
        let null = |ty| WastRetCore::RefNull(Some(HeapType::Abstract { shared: false, ty }));
        for ty in [AbstractHeapType::Exn, AbstractHeapType::NoExn] {
            assert_eq!(check_core(&Value::ExnRef(None), &null(ty)), Ok(()));
            assert_eq!(
                check_core(&Value::ExnRef(Some(0)), &null(ty)),
                Err(Mismatch::Value)
            );
            assert_eq!(
                check_core(&Value::AnyRef(None), &null(ty)),
                Err(Mismatch::Value)
            );
        }
        for ty in [
            AbstractHeapType::Any,
            AbstractHeapType::Func,
            AbstractHeapType::Extern,
        ] {
            assert_eq!(
                check_core(&Value::ExnRef(None), &null(ty)),
                Err(Mismatch::Value)
            );
        }
        assert_eq!(
            check_core(&Value::ExnRef(None), &WastRetCore::RefNull(None)),
            Ok(())
        );
        assert!(Value::ExnRef(None).is_null());
        assert_eq!(Value::ExnRef(None).to_string(), "ref.null exn");
    }

    #[test]
    fn either_accepts_any_alternative() {
        let either = WastRetCore::Either(vec![WastRetCore::I32(1), WastRetCore::I32(2)]);
        assert_eq!(check_core(&Value::I32(2), &either), Ok(()));
        assert_eq!(check_core(&Value::I32(3), &either), Err(Mismatch::Value));
        let nan_or_value = WastRetCore::Either(vec![
            WastRetCore::F32(NanPattern::ArithmeticNan),
            WastRetCore::F32(f32v(0)),
        ]);
        assert_eq!(check_core(&Value::F32(0xffc0_0001), &nan_or_value), Ok(()));
        assert_eq!(
            check_core(&Value::F32(0x3f80_0000), &nan_or_value),
            Err(Mismatch::Value)
        );
    }

    #[test]
    fn either_accepts_v128_alternatives_of_any_lane_shape() {
        // As the relaxed-SIMD scripts write them: one alternative per allowed result,
        // each in its own lane shape, NaN patterns per lane.
        let either = WastRetCore::Either(vec![
            WastRetCore::V128(V128Pattern::I16x8([-32768, 0, 0, 0, 0, 0, 0, 0])),
            WastRetCore::V128(V128Pattern::F32x4([
                NanPattern::CanonicalNan,
                f32v(0),
                f32v(0x8000_0000),
                f32v(0x3f80_0000),
            ])),
        ]);
        assert_eq!(check_core(&Value::V128(0x8000), &either), Ok(()));
        let floats = 0x3f80_0000_8000_0000_0000_0000_ffc0_0000u128;
        assert_eq!(check_core(&Value::V128(floats), &either), Ok(()));
        // A NaN with a payload is not canonical; +0 is not -0.
        let payload = floats ^ 1;
        assert_eq!(
            check_core(&Value::V128(payload), &either),
            Err(Mismatch::Value)
        );
        let positive_zero = floats & !(0x8000_0000u128 << 64);
        assert_eq!(
            check_core(&Value::V128(positive_zero), &either),
            Err(Mismatch::Value)
        );
    }

    #[test]
    fn descriptions_are_readable() {
        assert_eq!(describe_core(&WastRetCore::I32(-1)), "i32:-1 (0xffffffff)");
        assert_eq!(
            describe_core(&WastRetCore::F32(NanPattern::CanonicalNan)),
            "f32:nan:canonical"
        );
        assert_eq!(
            describe_core(&WastRetCore::V128(V128Pattern::I64x2([1, 2]))),
            "v128:i64x2[1 2]"
        );
    }
}
