//! Disassembly snapshots: the machine code of small functions, so changes to code
//! quality are visible in review. Re-bless with `INSTA_UPDATE=always cargo test -p
//! lightbeam --test disas` (or `cargo insta review`).

use lightbeam::{Config, Engine, FuncSelector, Module, SimdEncoding};

fn listing(wat: &str, export: &str) -> String {
    let engine = Engine::new(Config {
        parallel_compilation: false,
        // Snapshots must not depend on the host CPU.
        simd_encoding: SimdEncoding::Sse41,
        ..Config::default()
    });
    let module = Module::new(&engine, wat).expect("module compiles");
    module
        .disassemble(FuncSelector::Export(export))
        .expect("export is a defined function")
}

#[test]
fn recursive_fib() {
    insta::assert_snapshot!(listing(
        r#"(module
          (func $fib (export "fib") (param i32) (result i32)
            (if (result i32) (i32.lt_u (local.get 0) (i32.const 2))
              (then (local.get 0))
              (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
                             (call $fib (i32.sub (local.get 0) (i32.const 2))))))))"#,
        "fib"
    ));
}

/// The shape rustc gives `fib(n) = if n < 2 { 1 } else { fib(n - 1) + fib(n - 2) }`:
/// one recursive call per iteration of a loop over `n` with an accumulator. The loop
/// counter and the accumulator stay in registers; the stack is touched only to pass the
/// call's argument.
#[test]
fn rustc_shaped_fib_loop() {
    insta::assert_snapshot!(listing(
        r#"(module
          (func $fib (export "fib") (param $n i32) (result i32) (local $acc i32)
            (local.set $acc (i32.const 1))
            (block $done
              (br_if $done (i32.lt_u (local.get $n) (i32.const 2)))
              (local.set $acc (i32.const 0))
              (loop $loop
                (local.set $acc
                  (i32.add (local.get $acc)
                           (call $fib (i32.add (local.get $n) (i32.const -1)))))
                (local.set $n (i32.add (local.get $n) (i32.const -2)))
                (br_if $loop (i32.gt_u (local.get $n) (i32.const 1))))
              (local.set $acc (i32.add (local.get $acc) (i32.const 1))))
            (local.get $acc)))"#,
        "fib"
    ));
}

#[test]
fn loop_summing_an_array() {
    insta::assert_snapshot!(listing(
        r#"(module (memory 1)
          (func (export "sum") (param $ptr i32) (param $len i32) (result i32) (local $acc i32)
            (block $done
              (loop $next
                (br_if $done (i32.eqz (local.get $len)))
                (local.set $acc (i32.add (local.get $acc) (i32.load (local.get $ptr))))
                (local.set $ptr (i32.add (local.get $ptr) (i32.const 4)))
                (local.set $len (i32.sub (local.get $len) (i32.const 1)))
                (br $next)))
            (local.get $acc)))"#,
        "sum"
    ));
}

#[test]
fn br_table_dispatch() {
    insta::assert_snapshot!(listing(
        r#"(module
          (func (export "dispatch") (param i32) (result i32)
            (block $two (block $one (block $zero
              (br_table $zero $one $two (local.get 0)))
              (return (i32.const 100)))
              (return (i32.const 200)))
            (i32.const 300)))"#,
        "dispatch"
    ));
}

#[test]
fn f32x4_axpy_loop() {
    insta::assert_snapshot!(listing(
        r#"(module (memory 1)
          (func (export "axpy") (param $a v128) (param $x i32) (param $y i32) (param $n i32)
            (block $done
              (loop $next
                (br_if $done (i32.eqz (local.get $n)))
                (v128.store (local.get $y)
                  (f32x4.add (f32x4.mul (local.get $a) (v128.load (local.get $x)))
                             (v128.load (local.get $y))))
                (local.set $x (i32.add (local.get $x) (i32.const 16)))
                (local.set $y (i32.add (local.get $y) (i32.const 16)))
                (local.set $n (i32.sub (local.get $n) (i32.const 1)))
                (br $next)))))"#,
        "axpy"
    ));
}

#[test]
fn i8x16_count_matching_bytes_loop() {
    insta::assert_snapshot!(listing(
        r#"(module (memory 1)
          (func (export "count") (param $p i32) (param $n i32) (param $needle v128)
                (result v128) (local $acc v128)
            (block $done
              (loop $next
                (br_if $done (i32.eqz (local.get $n)))
                (local.set $acc (i8x16.sub (local.get $acc)
                  (i8x16.eq (v128.load (local.get $p)) (local.get $needle))))
                (local.set $p (i32.add (local.get $p) (i32.const 16)))
                (local.set $n (i32.sub (local.get $n) (i32.const 1)))
                (br $next)))
            (i16x8.extadd_pairwise_i8x16_u (local.get $acc))))"#,
        "count"
    ));
}
