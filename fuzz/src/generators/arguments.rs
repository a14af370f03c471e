//! Argument values for exported functions, biased towards edge values.

use arbitrary::{Result, Unstructured};

use spec_runner::value::{Value, ValueType};

/// Draws one argument of type `ty`: half the time an edge value of the type
/// (0, -1, 1, MIN, MAX, ±0.0, ±inf, NaNs, the smallest subnormal, ...),
/// otherwise any bit pattern. References are always null: nothing else can be
/// passed in without imports.
pub fn arbitrary_argument(u: &mut Unstructured<'_>, ty: ValueType) -> Result<Value> {
    let edge: bool = u.arbitrary()?;
    Ok(match ty {
        ValueType::I32 if edge => {
            Value::I32(*u.choose(&[0, -1, 1, i32::MIN, i32::MAX, i32::MIN + 1, 31, 32])?)
        }
        ValueType::I32 => Value::I32(u.arbitrary()?),
        ValueType::I64 if edge => {
            Value::I64(*u.choose(&[0, -1, 1, i64::MIN, i64::MAX, i64::MIN + 1, 63, 64])?)
        }
        ValueType::I64 => Value::I64(u.arbitrary()?),
        ValueType::F32 if edge => Value::F32(*u.choose(&F32_EDGES)?),
        ValueType::F32 => Value::F32(u.arbitrary()?),
        ValueType::F64 if edge => Value::F64(*u.choose(&F64_EDGES)?),
        ValueType::F64 => Value::F64(u.arbitrary()?),
        ValueType::V128 if edge => Value::V128(*u.choose(&[0, u128::MAX, 1, 1 << 127])?),
        ValueType::V128 => Value::V128(u.arbitrary()?),
        ValueType::FuncRef => Value::FuncRef(None),
        ValueType::ExternRef => Value::ExternRef(None),
        ValueType::AnyRef => Value::AnyRef(None),
        ValueType::ExnRef => Value::ExnRef(None),
    })
}

/// Draws one argument per parameter type.
pub fn arbitrary_arguments(u: &mut Unstructured<'_>, params: &[ValueType]) -> Result<Vec<Value>> {
    params.iter().map(|&ty| arbitrary_argument(u, ty)).collect()
}

const F32_EDGES: [u32; 14] = [
    0x0000_0000, // +0
    0x8000_0000, // -0
    0x3f80_0000, // 1
    0xbf80_0000, // -1
    0x7f80_0000, // +inf
    0xff80_0000, // -inf
    0x7fc0_0000, // canonical NaN
    0xffc0_0000, // negative canonical NaN
    0x7f80_0001, // signalling NaN
    0x0000_0001, // smallest subnormal
    0x7f7f_ffff, // largest finite
    0xff7f_ffff, // most negative finite
    0x4f00_0000, // 2^31: first value out of i32 range
    0xcf00_0000, // -2^31
];

const F64_EDGES: [u64; 14] = [
    0x0000_0000_0000_0000, // +0
    0x8000_0000_0000_0000, // -0
    0x3ff0_0000_0000_0000, // 1
    0xbff0_0000_0000_0000, // -1
    0x7ff0_0000_0000_0000, // +inf
    0xfff0_0000_0000_0000, // -inf
    0x7ff8_0000_0000_0000, // canonical NaN
    0xfff8_0000_0000_0000, // negative canonical NaN
    0x7ff0_0000_0000_0001, // signalling NaN
    0x0000_0000_0000_0001, // smallest subnormal
    0x7fef_ffff_ffff_ffff, // largest finite
    0xffef_ffff_ffff_ffff, // most negative finite
    0x43e0_0000_0000_0000, // 2^63: first value out of i64 range
    0x41e0_0000_0000_0000, // 2^31: first value out of i32 range
];
