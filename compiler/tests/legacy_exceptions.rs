//! Legacy exception handling (`try`, `catch`, `catch_all`, `delegate`, `rethrow`)
//! across the host boundary, and as an opt-in: the validator accepts it only when
//! [`Config::features`] enables `LEGACY_EXCEPTIONS`, which no standard level does.
//! (The semantics inside wasm are tested by `tests/wast/wasm3/legacy/`.)

mod common;

use common::exception_host::{self, ExceptionHost};
use lightbeam::{
    CompileError, Config, Engine, Exn, Extern, Func, FuncType, Linker, Module, Store, Tag,
    TrapCode, Val, ValType,
};
use wasmparser::WasmFeatures;

fn engine(features: WasmFeatures) -> Engine {
    Engine::new(Config {
        features,
        ..Config::default()
    })
}

const MODULE: &str = r#"
    (module
      (import "host" "tag" (tag $e (param i32)))
      (import "host" "throw" (func $host_throw (param i32)))
      (import "host" "call-back" (func $call_back (param i32) (result i32)))
      (func $throw (export "throw") (param i32)
        (throw $e (local.get 0)))
      ;; The host function throws into a legacy `try`.
      (func (export "catch-from-host") (param i32) (result i32)
        try (result i32)
          (call $host_throw (local.get 0))
          (i32.const -1)
        catch $e
        end)
      ;; The host calls "throw" back: the exception crosses the host function.
      (func (export "catch-through-host") (param i32) (result i32)
        try (result i32)
          (drop (call $call_back (local.get 0)))
          (i32.const -1)
        catch $e
          (i32.add (i32.const 1000))
        end)
      ;; A host exception caught and rethrown goes on to the embedder.
      (func (export "rethrow-host") (param i32)
        try
          (call $host_throw (local.get 0))
        catch $e
          drop
          rethrow 0
        end)
      ;; Delegated to the caller, which is the host.
      (func (export "delegate-to-host") (param i32)
        try
          (call $host_throw (local.get 0))
        delegate 0)
      (func (export "loop") (param $n i32) (result i32)
        (local $sum i32)
        (loop $l
          try
            (call $throw (local.get $n))
          catch $e
            (local.set $sum (i32.add (local.get $sum)))
          end
          (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
        (local.get $sum)))
"#;

#[test]
fn a_host_function_throws_into_a_legacy_try() {
    let mut setup = ExceptionHost::new(MODULE);
    let results = setup.call("catch-from-host", &[Val::I32(5)]).unwrap();
    assert_eq!(results, vec![Val::I32(105)]);
}

#[test]
fn an_exception_crosses_a_host_function_into_a_legacy_try() {
    let mut setup = ExceptionHost::new(MODULE);
    let results = setup.call("catch-through-host", &[Val::I32(7)]).unwrap();
    assert_eq!(results, vec![Val::I32(1007)]);
    assert!(setup.store.take_pending_exception().is_none());
}

#[test]
fn rethrow_and_delegate_hand_the_same_exception_to_the_embedder() {
    let mut setup = ExceptionHost::new(MODULE);
    for export in ["rethrow-host", "delegate-to-host"] {
        let trap = setup.call(export, &[Val::I32(3)]).unwrap_err();
        assert_eq!(trap.code, TrapCode::UncaughtException, "{export}");
        let exn = setup.store.take_pending_exception().expect("an exception");
        assert_eq!(exn.tag(&setup.store).unwrap(), setup.tag, "{export}");
        assert_eq!(
            exn.payload(&setup.store).unwrap(),
            vec![Val::I32(103)],
            "{export}"
        );
    }
}

#[test]
fn a_rethrown_exception_is_the_object_the_host_threw() {
    // A host function that keeps the exception it throws, so the test can compare.
    let engine = exception_host::engine();
    let module = Module::new(&engine, MODULE).expect("module compiles");
    let mut store = Store::new(&engine);
    let tag = Tag::new(&mut store, FuncType::new([ValType::I32], [])).unwrap();
    let thrown = Exn::new(&mut store, tag, &[Val::I32(1)]).unwrap();
    let host_throw = Func::new_host_with_caller(
        &mut store,
        FuncType::new([ValType::I32], []),
        move |caller, _| Err(caller.store().throw(thrown)),
    );
    let unused = Func::new_host(
        &mut store,
        FuncType::new([ValType::I32], [ValType::I32]),
        |_| Ok(vec![Val::I32(0)]),
    );
    let mut linker = Linker::new();
    linker.define("host", "tag", Extern::Tag(tag));
    linker.define("host", "throw", Extern::Func(host_throw));
    linker.define("host", "call-back", Extern::Func(unused));
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let rethrow = instance.get_func(&store, "rethrow-host").unwrap().unwrap();
    let trap = rethrow.call(&mut store, &[Val::I32(0)]).unwrap_err();
    assert_eq!(trap.code, TrapCode::UncaughtException);
    assert_eq!(store.take_pending_exception(), Some(thrown));
}

#[test]
fn catching_in_a_legacy_loop_does_not_grow_the_store() {
    let mut setup = ExceptionHost::new(MODULE);
    let before = setup.store.exception_count();
    let results = setup.call("loop", &[Val::I32(100_000)]).unwrap();
    // The sum of 1..=100_000, wrapped to 32 bits.
    let expected = (1..=100_000u64).sum::<u64>() as u32 as i32;
    assert_eq!(results, vec![Val::I32(expected)]);
    assert_eq!(setup.store.exception_count(), before);
}

#[test]
fn the_legacy_form_is_accepted_only_when_enabled() {
    let features = WasmFeatures::WASM3;
    assert!(!features.contains(WasmFeatures::LEGACY_EXCEPTIONS));
    match Module::new(&engine(features), MODULE) {
        Err(CompileError::Invalid { .. }) => {}
        other => panic!("expected the legacy form to be invalid, got {other:?}"),
    }
    let enabled = features | WasmFeatures::LEGACY_EXCEPTIONS;
    assert!(Module::new(&engine(enabled), MODULE).is_ok());
}
