//! Value-stack and register-allocation behaviour seen from outside: spills under
//! pressure, merges at block ends, branches out of nested blocks with values, calls
//! that clobber registers, lazy local reads overtaken by writes.

mod common;

use common::run;
use lightbeam::Val;

#[test]
fn register_pressure_spills_and_reloads() {
    let wat = r#"(module
      (func (export "ints") (param i32) (result i32)
        (i32.mul (local.get 0) (i32.const 1))
(i32.mul (local.get 0) (i32.const 2))
(i32.mul (local.get 0) (i32.const 3))
(i32.mul (local.get 0) (i32.const 4))
(i32.mul (local.get 0) (i32.const 5))
(i32.mul (local.get 0) (i32.const 6))
(i32.mul (local.get 0) (i32.const 7))
(i32.mul (local.get 0) (i32.const 8))
(i32.mul (local.get 0) (i32.const 9))
(i32.mul (local.get 0) (i32.const 10))
(i32.mul (local.get 0) (i32.const 11))
(i32.mul (local.get 0) (i32.const 12))
(i32.mul (local.get 0) (i32.const 13))
(i32.mul (local.get 0) (i32.const 14))
(i32.mul (local.get 0) (i32.const 15))
(i32.mul (local.get 0) (i32.const 16))
(i32.mul (local.get 0) (i32.const 17))
(i32.mul (local.get 0) (i32.const 18))
(i32.mul (local.get 0) (i32.const 19))
(i32.mul (local.get 0) (i32.const 20))
(i32.mul (local.get 0) (i32.const 21))
(i32.mul (local.get 0) (i32.const 22))
(i32.mul (local.get 0) (i32.const 23))
(i32.mul (local.get 0) (i32.const 24))
(i32.mul (local.get 0) (i32.const 25))
(i32.mul (local.get 0) (i32.const 26))
(i32.mul (local.get 0) (i32.const 27))
(i32.mul (local.get 0) (i32.const 28))
(i32.mul (local.get 0) (i32.const 29))
(i32.mul (local.get 0) (i32.const 30))
        i32.add
i32.add
i32.add
i32.add
i32.add
i32.add
i32.add
i32.add
i32.add
i32.add
i32.add
i32.add
i32.add
i32.add
i32.add
i32.add
i32.add
i32.add
i32.add
i32.add
i32.add
i32.add
i32.add
i32.add
i32.add
i32.add
i32.add
i32.add
i32.add)
      (func (export "floats") (param i32 f64) (result f64)
        (f64.mul (local.get 1) (f64.const 1))
(f64.mul (local.get 1) (f64.const 2))
(f64.mul (local.get 1) (f64.const 3))
(f64.mul (local.get 1) (f64.const 4))
(f64.mul (local.get 1) (f64.const 5))
(f64.mul (local.get 1) (f64.const 6))
(f64.mul (local.get 1) (f64.const 7))
(f64.mul (local.get 1) (f64.const 8))
(f64.mul (local.get 1) (f64.const 9))
(f64.mul (local.get 1) (f64.const 10))
(f64.mul (local.get 1) (f64.const 11))
(f64.mul (local.get 1) (f64.const 12))
(f64.mul (local.get 1) (f64.const 13))
(f64.mul (local.get 1) (f64.const 14))
(f64.mul (local.get 1) (f64.const 15))
(f64.mul (local.get 1) (f64.const 16))
(f64.mul (local.get 1) (f64.const 17))
(f64.mul (local.get 1) (f64.const 18))
(f64.mul (local.get 1) (f64.const 19))
(f64.mul (local.get 1) (f64.const 20))
(f64.mul (local.get 1) (f64.const 21))
(f64.mul (local.get 1) (f64.const 22))
(f64.mul (local.get 1) (f64.const 23))
(f64.mul (local.get 1) (f64.const 24))
(f64.mul (local.get 1) (f64.const 25))
(f64.mul (local.get 1) (f64.const 26))
(f64.mul (local.get 1) (f64.const 27))
(f64.mul (local.get 1) (f64.const 28))
(f64.mul (local.get 1) (f64.const 29))
(f64.mul (local.get 1) (f64.const 30))
        f64.add
f64.add
f64.add
f64.add
f64.add
f64.add
f64.add
f64.add
f64.add
f64.add
f64.add
f64.add
f64.add
f64.add
f64.add
f64.add
f64.add
f64.add
f64.add
f64.add
f64.add
f64.add
f64.add
f64.add
f64.add
f64.add
f64.add
f64.add
f64.add))"#;
    assert_eq!(
        run(wat, "ints", &[Val::I32(2)]),
        vec![Val::I32(2 * (30 * 31 / 2))]
    );
    assert_eq!(
        run(wat, "floats", &[Val::I32(0), Val::from(0.5)]),
        vec![Val::from(0.5 * 465.0)]
    );
}

#[test]
fn values_computed_before_a_call_survive_it() {
    let wat = r#"(module
      (func $clobber (param i32) (result i32)
        (i32.add (i32.mul (local.get 0) (i32.const 3)) (i32.mul (local.get 0) (i32.const 5))))
      (func (export "f") (param i32) (result i32)
        (i32.add (i32.add (i32.mul (local.get 0) (i32.const 7)) (i32.const 1))
                 (i32.add (call $clobber (local.get 0)) (i32.mul (local.get 0) (i32.const 11))))))"#;
    assert_eq!(run(wat, "f", &[Val::I32(2)]), vec![Val::I32(15 + 16 + 22)]);
}

#[test]
fn branches_out_of_nested_blocks_carry_values() {
    let wat = r#"(module
      (func (export "f") (param i32) (result i32)
        (i32.add (i32.const 1000)
          (block $outer (result i32)
            (i32.mul (local.get 0) (i32.const 100))
            (block $inner (result i32)
              (i32.const 7)
              (br_if $outer (i32.eqz (local.get 0)))
              (drop)
              (i32.mul (local.get 0) (i32.const 3))
              (br $inner))
            (i32.add))))
      (func (export "g") (param i32) (result i32)
        (block $b (result i32)
          (i32.const 1) (i32.const 2) (i32.const 3)
          (br_if $b (local.get 0))
          (drop) (drop)))
      (func (export "h") (param f64) (result f64)
        (block $b (result f64)
          (f64.mul (local.get 0) (f64.const 2))
          (br_if $b (f64.gt (local.get 0) (f64.const 0)))
          (f64.neg))))"#;
    assert_eq!(run(wat, "f", &[Val::I32(0)]), vec![Val::I32(1007)]);
    assert_eq!(run(wat, "f", &[Val::I32(2)]), vec![Val::I32(1206)]);
    assert_eq!(run(wat, "g", &[Val::I32(1)]), vec![Val::I32(3)]);
    assert_eq!(run(wat, "g", &[Val::I32(0)]), vec![Val::I32(1)]);
    assert_eq!(run(wat, "h", &[Val::from(1.5)]), vec![Val::from(3.0)]);
    assert_eq!(run(wat, "h", &[Val::from(-1.5)]), vec![Val::from(3.0)]);
}

#[test]
fn loops_with_parameters_and_ifs_with_else() {
    let wat = r#"(module
      (func (export "fact") (param i64) (result i64)
        (i64.const 1) (local.get 0)
        (loop $l (param i64 i64) (result i64)
          (if (param i64 i64) (result i64) (i64.eqz (local.tee 0 (i64.sub (local.get 0) (i64.const 1))))
            (then (drop))
            (else
              (i64.mul)
              (local.get 0)
              (br $l)))))
      (func (export "choose") (param i32 i32 i32) (result i32)
        (local.get 1) (local.get 2)
        (if (param i32 i32) (result i32) (local.get 0)
          (then (i32.sub))
          (else (i32.add)))))"#;
    assert_eq!(run(wat, "fact", &[Val::I64(5)]), vec![Val::I64(120)]);
    assert_eq!(
        run(wat, "choose", &[Val::I32(1), Val::I32(10), Val::I32(3)]),
        vec![Val::I32(7)]
    );
    assert_eq!(
        run(wat, "choose", &[Val::I32(0), Val::I32(10), Val::I32(3)]),
        vec![Val::I32(13)]
    );
}

#[test]
fn lazy_local_reads_see_the_old_value() {
    let wat = r#"(module
      (func (export "f") (param i32) (result i32)
        (local.get 0)
        (local.set 0 (i32.const 5))
        (local.get 0)
        (i32.add)
        (local.get 0)
        (local.tee 0 (i32.const 100))
        (i32.add)
        (i32.mul)))"#;
    assert_eq!(run(wat, "f", &[Val::I32(2)]), vec![Val::I32(7 * 105)]);
}

#[test]
fn select_on_integers_and_floats() {
    let wat = r#"(module
      (func (export "i") (param i32) (result i64) (select (i64.const 1) (i64.const -1) (local.get 0)))
      (func (export "f") (param i32) (result f32) (select (f32.const 1.5) (f32.const -2) (local.get 0))))"#;
    assert_eq!(run(wat, "i", &[Val::I32(1)]), vec![Val::I64(1)]);
    assert_eq!(run(wat, "i", &[Val::I32(0)]), vec![Val::I64(-1)]);
    assert_eq!(run(wat, "f", &[Val::I32(3)]), vec![Val::from(1.5f32)]);
    assert_eq!(run(wat, "f", &[Val::I32(0)]), vec![Val::from(-2.0f32)]);
}

#[test]
fn many_locals_and_many_results() {
    let wat = r#"(module
      (func $many (param i32) (result i32 i32 i32 i32 i32)
        (local.get 0) (i32.const 1) (i32.const 2) (i32.const 3) (i32.add (local.get 0) (i32.const 4)))
      (func (export "f") (param i32) (result i32) (local i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i32)
        (call $many (local.get 0))
        (i32.add) (i32.add) (i32.add) (i32.add)
        (local.set 12)
        (local.get 12)))"#;
    assert_eq!(
        run(wat, "f", &[Val::I32(10)]),
        vec![Val::I32(10 + 1 + 2 + 3 + 14)]
    );
}
