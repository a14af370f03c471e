//! Exceptions across the host boundary: thrown by a host function into wasm, thrown by
//! wasm through a host function that called it, escaping to the embedder with their tag
//! and payload, and caught in a loop without the store growing.

mod common;

use common::exception_host::ExceptionHost;
use lightbeam::{Exn, FuncType, Tag, TrapCode, Val, ValType};

const MODULE: &str = r#"
    (module
      (import "host" "tag" (tag $e (param i32)))
      (import "host" "call-back" (func $call_back (param i32) (result i32)))
      (import "host" "throw" (func $host_throw (param i32)))
      (func (export "throw") (param i32)
        (throw $e (local.get 0)))
      ;; Calls the host, which calls "throw" back: the exception crosses the host
      ;; function on its way to this handler.
      (func (export "catch-through-host") (param i32) (result i32)
        (block $h (result i32)
          (try_table (result i32) (catch $e $h)
            (call $call_back (local.get 0)))))
      (func (export "catch-from-host") (param i32) (result i32)
        (block $h (result i32)
          (try_table (catch $e $h)
            (call $host_throw (local.get 0)))
          (i32.const -1)))
      (func (export "uncaught-through-host") (param i32) (result i32)
        (call $call_back (local.get 0)))
      ;; Tail calls into the throwing host function: its stub's calling frame is then
      ;; the frame below the tail-calling one (here the entry trampoline's, or the
      ;; catching function's).
      (func $tail_throw (export "tail-throw") (param i32)
        (return_call $host_throw (local.get 0)))
      (func (export "catch-from-tail-call") (param i32) (result i32)
        (block $h (result i32)
          (try_table (catch $e $h)
            (call $tail_throw (local.get 0)))
          (i32.const -1)))
      (func (export "loop") (param $n i32) (result i32)
        (local $sum i32)
        (loop $l
          (block $h (result i32)
            (try_table (catch $e $h)
              (throw $e (local.get $n)))
            (unreachable))
          (local.set $sum (i32.add (local.get $sum)))
          (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
        (local.get $sum)))
"#;

#[test]
fn an_exception_thrown_by_wasm_crosses_a_host_function_to_its_handler() {
    let mut setup = ExceptionHost::new(MODULE);
    let results = setup.call("catch-through-host", &[Val::I32(7)]).unwrap();
    assert_eq!(results, vec![Val::I32(7)]);
    assert!(setup.store.take_pending_exception().is_none());
}

#[test]
fn a_host_function_throws_into_wasm() {
    let mut setup = ExceptionHost::new(MODULE);
    let results = setup.call("catch-from-host", &[Val::I32(5)]).unwrap();
    assert_eq!(results, vec![Val::I32(105)]);
}

#[test]
fn an_uncaught_exception_reaches_the_embedder_with_its_tag_and_payload() {
    let mut setup = ExceptionHost::new(MODULE);
    let trap = setup
        .call("uncaught-through-host", &[Val::I32(9)])
        .unwrap_err();
    assert_eq!(trap.code, TrapCode::UncaughtException);
    let exn = setup.store.take_pending_exception().expect("an exception");
    assert_eq!(exn.tag(&setup.store).unwrap(), setup.tag);
    assert_eq!(exn.payload(&setup.store).unwrap(), vec![Val::I32(9)]);
    // Thrown directly by an export, the same.
    let trap = setup.call("throw", &[Val::I32(3)]).unwrap_err();
    assert_eq!(trap.code, TrapCode::UncaughtException);
    let exn = setup.store.take_pending_exception().expect("an exception");
    assert_eq!(exn.payload(&setup.store).unwrap(), vec![Val::I32(3)]);
}

#[test]
fn a_host_function_reached_by_a_tail_call_throws_to_the_right_frame() {
    let mut setup = ExceptionHost::new(MODULE);
    // Called from the host: no wasm frame is left below the host function, so the
    // exception escapes to the embedder.
    let trap = setup.call("tail-throw", &[Val::I32(4)]).unwrap_err();
    assert_eq!(trap.code, TrapCode::UncaughtException);
    let exn = setup.store.take_pending_exception().expect("an exception");
    assert_eq!(exn.payload(&setup.store).unwrap(), vec![Val::I32(104)]);
    // Called from wasm: the caller of the tail-calling function catches it.
    let results = setup.call("catch-from-tail-call", &[Val::I32(6)]).unwrap();
    assert_eq!(results, vec![Val::I32(106)]);
}

#[test]
fn catching_in_a_loop_does_not_grow_the_store() {
    let mut setup = ExceptionHost::new(MODULE);
    let before = setup.store.exception_count();
    let results = setup.call("loop", &[Val::I32(1_000_000)]).unwrap();
    assert_eq!(results, vec![Val::I32(1_784_293_664)]);
    assert_eq!(setup.store.exception_count(), before);
}

#[test]
fn a_payload_of_the_wrong_type_is_refused() {
    let mut setup = ExceptionHost::new(MODULE);
    let tag = setup.tag;
    assert!(Exn::new(&mut setup.store, tag, &[Val::I64(1)]).is_err());
    assert!(Tag::new(&mut setup.store, FuncType::new([], [ValType::I32])).is_err());
}
