//! Edge cases of integer and float operators and conversions.

mod common;

use common::Harness;
use lightbeam::{TrapCode, Val};

const FLOATS: &str = r#"(module
  (func (export "f32.min") (param f32 f32) (result f32) (f32.min (local.get 0) (local.get 1)))
  (func (export "f64.max") (param f64 f64) (result f64) (f64.max (local.get 0) (local.get 1)))
  (func (export "f64.copysign") (param f64 f64) (result f64) (f64.copysign (local.get 0) (local.get 1)))
  (func (export "f32.neg") (param f32) (result f32) (f32.neg (local.get 0)))
  (func (export "f64.abs") (param f64) (result f64) (f64.abs (local.get 0)))
  (func (export "f32.nearest") (param f32) (result f32) (f32.nearest (local.get 0)))
  (func (export "f64.lt") (param f64 f64) (result i32) (f64.lt (local.get 0) (local.get 1)))
  (func (export "f64.ne") (param f64 f64) (result i32) (f64.ne (local.get 0) (local.get 1)))
  (func (export "i32.trunc_f64_s") (param f64) (result i32) (i32.trunc_f64_s (local.get 0)))
  (func (export "i64.trunc_f32_u") (param f32) (result i64) (i64.trunc_f32_u (local.get 0)))
  (func (export "i32.trunc_sat_f32_u") (param f32) (result i32) (i32.trunc_sat_f32_u (local.get 0)))
  (func (export "i64.trunc_sat_f64_s") (param f64) (result i64) (i64.trunc_sat_f64_s (local.get 0)))
  (func (export "f64.convert_i64_u") (param i64) (result f64) (f64.convert_i64_u (local.get 0)))
  (func (export "f32.convert_i32_u") (param i32) (result f32) (f32.convert_i32_u (local.get 0)))
  (func (export "f32.demote_f64") (param f64) (result f32) (f32.demote_f64 (local.get 0))))"#;

#[test]
fn float_min_max_follow_wasm_rules() {
    let mut h = Harness::new(FLOATS);
    assert_eq!(
        h.one("f32.min", &[Val::from(0.0f32), Val::from(-0.0f32)]),
        Val::from(-0.0f32)
    );
    assert_eq!(
        h.one("f32.min", &[Val::from(1.0f32), Val::from(-2.0f32)]),
        Val::from(-2.0f32)
    );
    let Val::F64(bits) = h.one("f64.max", &[Val::from(f64::NAN), Val::from(1.0)]) else {
        panic!()
    };
    assert!(f64::from_bits(bits).is_nan());
    assert_eq!(
        h.one("f64.max", &[Val::from(-0.0), Val::from(0.0)]),
        Val::from(0.0)
    );
}

#[test]
fn float_sign_operations_are_bitwise() {
    let mut h = Harness::new(FLOATS);
    assert_eq!(
        h.one("f64.copysign", &[Val::from(3.0), Val::from(-0.0)]),
        Val::from(-3.0)
    );
    assert_eq!(
        h.one("f32.neg", &[Val::F32(0x7fc0_0001)]),
        Val::F32(0xffc0_0001)
    );
    assert_eq!(h.one("f64.abs", &[Val::from(-2.5)]), Val::from(2.5));
    assert_eq!(
        h.one("f32.nearest", &[Val::from(2.5f32)]),
        Val::from(2.0f32)
    );
}

#[test]
fn float_comparisons_handle_nan() {
    let mut h = Harness::new(FLOATS);
    assert_eq!(
        h.one("f64.lt", &[Val::from(1.0), Val::from(2.0)]),
        Val::I32(1)
    );
    assert_eq!(
        h.one("f64.lt", &[Val::from(f64::NAN), Val::from(2.0)]),
        Val::I32(0)
    );
    assert_eq!(
        h.one("f64.ne", &[Val::from(f64::NAN), Val::from(f64::NAN)]),
        Val::I32(1)
    );
}

#[test]
fn truncation_traps_and_saturates() {
    let mut h = Harness::new(FLOATS);
    assert_eq!(
        h.one("i32.trunc_f64_s", &[Val::from(-2147483648.9)]),
        Val::I32(i32::MIN)
    );
    let overflow = h
        .call("i32.trunc_f64_s", &[Val::from(2147483648.0)])
        .unwrap_err();
    assert_eq!(overflow.code, TrapCode::IntegerOverflow);
    let nan = h
        .call("i32.trunc_f64_s", &[Val::from(f64::NAN)])
        .unwrap_err();
    assert_eq!(nan.message, "invalid conversion to integer");
    assert_eq!(
        h.one("i64.trunc_f32_u", &[Val::from(1.8446743e19f32)]),
        Val::I64(-1099511627776)
    );
    assert_eq!(h.one("i64.trunc_f32_u", &[Val::from(-0.9f32)]), Val::I64(0));
    assert_eq!(
        h.one("i32.trunc_sat_f32_u", &[Val::from(-5.0f32)]),
        Val::I32(0)
    );
    assert_eq!(
        h.one("i32.trunc_sat_f32_u", &[Val::from(5e9f32)]),
        Val::I32(-1)
    );
    assert_eq!(
        h.one("i64.trunc_sat_f64_s", &[Val::from(f64::NAN)]),
        Val::I64(0)
    );
    assert_eq!(
        h.one("i64.trunc_sat_f64_s", &[Val::from(-1e300)]),
        Val::I64(i64::MIN)
    );
}

#[test]
fn unsigned_conversions_to_float() {
    let mut h = Harness::new(FLOATS);
    assert_eq!(
        h.one("f64.convert_i64_u", &[Val::I64(-1)]),
        Val::from(18446744073709551616.0)
    );
    assert_eq!(
        h.one("f32.convert_i32_u", &[Val::I32(-1)]),
        Val::from(4294967296.0f32)
    );
    assert_eq!(
        h.one("f32.demote_f64", &[Val::from(0.1)]),
        Val::from(0.1f32)
    );
}

#[test]
fn integer_division_edge_cases() {
    let mut h = Harness::new(
        r#"(module
          (func (export "div_s") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
          (func (export "rem_s") (param i64 i64) (result i64) (i64.rem_s (local.get 0) (local.get 1)))
          (func (export "div_u") (param i64 i64) (result i64) (i64.div_u (local.get 0) (local.get 1)))
          (func (export "shifts") (param i32 i32) (result i32)
            (i32.xor (i32.rotl (local.get 0) (local.get 1)) (i32.shr_s (local.get 0) (i32.const 33))))
          (func (export "bits") (param i64) (result i64)
            (i64.add (i64.clz (local.get 0)) (i64.add (i64.ctz (local.get 0)) (i64.popcnt (local.get 0))))))"#,
    );
    let overflow = h
        .call("div_s", &[Val::I32(i32::MIN), Val::I32(-1)])
        .unwrap_err();
    assert_eq!(overflow.message, "integer overflow");
    assert_eq!(h.one("div_s", &[Val::I32(-7), Val::I32(-1)]), Val::I32(7));
    assert_eq!(
        h.one("rem_s", &[Val::I64(i64::MIN), Val::I64(-1)]),
        Val::I64(0)
    );
    assert_eq!(h.one("rem_s", &[Val::I64(-7), Val::I64(2)]), Val::I64(-1));
    assert_eq!(
        h.one("div_u", &[Val::I64(-1), Val::I64(2)]),
        Val::I64(i64::MAX)
    );
    assert_eq!(
        h.one("shifts", &[Val::I32(0x8000_0001u32 as i32), Val::I32(1)]),
        Val::I32(3 ^ (0x8000_0001u32 as i32 >> 1))
    );
    assert_eq!(h.one("bits", &[Val::I64(0)]), Val::I64(128));
    assert_eq!(h.one("bits", &[Val::I64(0x10)]), Val::I64(59 + 4 + 1));
}
