//! Regression tests for the code generator's invariant checks, which builds with debug
//! assertions (such as `cargo test`) run at every control-flow merge and at the end of
//! every function (`compiler/src/codegen/invariants.rs`).
//!
//! Found by the Wasm 2.0 suite on the `release-debug-assertions` build: a function's
//! final `end` moved its results to the caller's locations but left them on the value
//! stack, their registers held, so the end-of-function check failed for every
//! function returning a value.

mod common;

use common::Harness;
use lightbeam::Val;

/// Functions ending with their results in a register, in stack slots (more than fit
/// in registers), as a lazy local read, as a constant, and in unreachable code.
const MODULE: &str = r#"
(module
  (func (export "reg") (param i32 i32) (result i32)
    (i32.add (local.get 0) (local.get 1)))
  (func (export "float") (param f64) (result f64)
    (f64.mul (local.get 0) (f64.const 2)))
  (func (export "local") (param i64) (result i64)
    (local.get 0))
  (func (export "many") (param i32) (result i32 i64 i32 i64 i32 i64 i32 i64 i32 i64)
    (local.get 0) (i64.const 1) (i32.const 2) (i64.const 3) (i32.const 4)
    (i64.const 5) (i32.const 6) (i64.const 7) (i32.const 8)
    (i64.extend_i32_u (i32.mul (local.get 0) (i32.const 3))))
  (func (export "branchy") (param i32) (result i32)
    (block (result i32)
      (br_if 0 (i32.const 10) (local.get 0))
      (drop)
      (return (i32.const 20))))
  (func (export "trap") (result i32)
    (i32.const 1)
    (unreachable)))
"#;

#[test]
fn functions_end_with_an_empty_value_stack_and_no_register_held() {
    let mut harness = Harness::new(MODULE);
    assert_eq!(
        harness.call("reg", &[Val::I32(2), Val::I32(3)]).unwrap(),
        [Val::I32(5)]
    );
    assert_eq!(
        harness
            .call("float", &[Val::F64(1.5f64.to_bits())])
            .unwrap(),
        [Val::F64(3.0f64.to_bits())]
    );
    assert_eq!(
        harness.call("local", &[Val::I64(-4)]).unwrap(),
        [Val::I64(-4)]
    );
    let many = harness.call("many", &[Val::I32(7)]).unwrap();
    assert_eq!(many.len(), 10);
    assert_eq!(many[0], Val::I32(7));
    assert_eq!(many[8], Val::I32(8));
    assert_eq!(many[9], Val::I64(21));
    assert_eq!(
        harness.call("branchy", &[Val::I32(1)]).unwrap(),
        [Val::I32(10)]
    );
    assert_eq!(
        harness.call("branchy", &[Val::I32(0)]).unwrap(),
        [Val::I32(20)]
    );
    assert!(harness.call("trap", &[]).is_err());
}
