//! `v128` across the host boundary: host functions taking and returning `v128` next to
//! 8-byte values (single and multiple results), called from wasm, and wasm functions
//! with such signatures called from the host.

mod common;

use common::Harness;
use lightbeam::{Extern, Func, FuncType, Linker, Store, Val, ValType};

const A: u128 = 0x0f0e0d0c_0b0a0908_07060504_03020100;
const B: u128 = 0xf0e0d0c0_b0a09080_70605040_30201000;

/// A store whose linker provides `host.swap: (i32 v128 i64 v128) -> (v128 i64 v128)`,
/// returning its vectors swapped and the integers summed, and
/// `host.not: (v128) -> v128`, the bitwise complement.
fn host_linker(store: &mut Store) -> Linker {
    use ValType::{I32, I64, V128};
    let swap = Func::new_host(
        store,
        FuncType::new([I32, V128, I64, V128], [V128, I64, V128]),
        |args| match args {
            [Val::I32(a), Val::V128(x), Val::I64(b), Val::V128(y)] => {
                Ok(vec![Val::V128(*y), Val::I64(*a as i64 + b), Val::V128(*x)])
            }
            _ => panic!("unexpected arguments {args:?}"),
        },
    );
    let not = Func::new_host(store, FuncType::new([V128], [V128]), |args| match args {
        [Val::V128(x)] => Ok(vec![Val::V128(!x)]),
        _ => panic!("unexpected arguments {args:?}"),
    });
    let mut linker = Linker::new();
    linker.define("host", "swap", Extern::Func(swap));
    linker.define("host", "not", Extern::Func(not));
    linker
}

const WAT: &str = r#"(module
  (import "host" "swap" (func $swap (param i32 v128 i64 v128) (result v128 i64 v128)))
  (import "host" "not" (func $not (param v128) (result v128)))
  (func (export "via-host") (param v128 v128) (result v128 i64 v128)
    (call $swap (i32.const 40) (local.get 0) (i64.const 2) (local.get 1)))
  (func (export "not-twice") (param v128) (result v128)
    (call $not (call $not (local.get 0))))
  (func (export "not-once") (param v128) (result v128)
    (call $not (local.get 0)))
)"#;

/// Instantiates [`WAT`] with the host functions and calls its export `name`.
fn call(name: &str, args: &[Val]) -> Vec<Val> {
    Harness::with_imports(WAT, host_linker)
        .call(name, args)
        .expect("no trap")
}

#[test]
fn host_function_with_mixed_v128_params_and_results() {
    assert_eq!(
        call("via-host", &[Val::V128(A), Val::V128(B)]),
        vec![Val::V128(B), Val::I64(42), Val::V128(A)]
    );
}

#[test]
fn host_function_with_a_single_v128_result() {
    assert_eq!(call("not-once", &[Val::V128(A)]), vec![Val::V128(!A)]);
    assert_eq!(call("not-twice", &[Val::V128(B)]), vec![Val::V128(B)]);
}
