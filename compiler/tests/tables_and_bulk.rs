//! Reference types, table operators and bulk memory.

mod common;

use common::Harness;
use lightbeam::{Engine, Linker, Module, Store, Val};

#[test]
fn table_get_set_size_grow_fill() {
    let mut h = Harness::new(
        r#"(module
          (table $t 2 10 funcref)
          (func $seven (result i32) (i32.const 7))
          (elem declare func $seven)
          (func (export "set") (param i32) (table.set $t (local.get 0) (ref.func $seven)))
          (func (export "is_null") (param i32) (result i32) (ref.is_null (table.get $t (local.get 0))))
          (func (export "size") (result i32) (table.size $t))
          (func (export "grow") (param i32) (result i32) (table.grow $t (ref.null func) (local.get 0)))
          (func (export "fill") (param i32 i32) (table.fill $t (local.get 0) (ref.func $seven) (local.get 1)))
          (func (export "call") (param i32) (result i32) (call_indirect $t (result i32) (local.get 0))))"#,
    );
    assert_eq!(
        h.call("is_null", &[Val::I32(1)]).unwrap(),
        vec![Val::I32(1)]
    );
    h.call("set", &[Val::I32(1)]).unwrap();
    assert_eq!(
        h.call("is_null", &[Val::I32(1)]).unwrap(),
        vec![Val::I32(0)]
    );
    assert_eq!(h.call("call", &[Val::I32(1)]).unwrap(), vec![Val::I32(7)]);
    let out = h.call("set", &[Val::I32(2)]).unwrap_err();
    assert_eq!(out.message, "out of bounds table access");
    assert_eq!(h.call("grow", &[Val::I32(3)]).unwrap(), vec![Val::I32(2)]);
    assert_eq!(h.call("size", &[]).unwrap(), vec![Val::I32(5)]);
    assert_eq!(
        h.call("grow", &[Val::I32(100)]).unwrap(),
        vec![Val::I32(-1)]
    );
    h.call("fill", &[Val::I32(2), Val::I32(3)]).unwrap();
    assert_eq!(h.call("call", &[Val::I32(4)]).unwrap(), vec![Val::I32(7)]);
    assert!(h.call("fill", &[Val::I32(4), Val::I32(2)]).is_err());
}

#[test]
fn bulk_memory_and_passive_segments() {
    let mut h = Harness::new(
        r#"(module
          (memory (export "mem") 1)
          (data $d "hello")
          (func (export "init") (param i32 i32 i32) (memory.init $d (local.get 0) (local.get 1) (local.get 2)))
          (func (export "drop") (data.drop $d))
          (func (export "fill") (param i32 i32 i32) (memory.fill (local.get 0) (local.get 1) (local.get 2)))
          (func (export "copy") (param i32 i32 i32) (memory.copy (local.get 0) (local.get 1) (local.get 2)))
          (func (export "load8") (param i32) (result i32) (i32.load8_u (local.get 0))))"#,
    );
    h.call("init", &[Val::I32(100), Val::I32(1), Val::I32(4)])
        .unwrap();
    assert_eq!(
        h.call("load8", &[Val::I32(100)]).unwrap(),
        vec![Val::I32(b'e' as i32)]
    );
    h.call("copy", &[Val::I32(101), Val::I32(100), Val::I32(4)])
        .unwrap();
    assert_eq!(
        h.call("load8", &[Val::I32(104)]).unwrap(),
        vec![Val::I32(b'o' as i32)]
    );
    h.call("fill", &[Val::I32(200), Val::I32(0x1ff), Val::I32(3)])
        .unwrap();
    assert_eq!(
        h.call("load8", &[Val::I32(202)]).unwrap(),
        vec![Val::I32(0xff)]
    );
    let out = h
        .call("fill", &[Val::I32(65535), Val::I32(0), Val::I32(2)])
        .unwrap_err();
    assert_eq!(out.message, "out of bounds memory access");
    h.call("drop", &[]).unwrap();
    assert!(h
        .call("init", &[Val::I32(0), Val::I32(0), Val::I32(1)])
        .is_err());
    h.call("init", &[Val::I32(0), Val::I32(0), Val::I32(0)])
        .unwrap();
}

#[test]
fn table_copy_and_init_between_segments() {
    let mut h = Harness::new(
        r#"(module
          (table $t 4 funcref)
          (func $a (result i32) (i32.const 1))
          (func $b (result i32) (i32.const 2))
          (elem $e func $a $b)
          (func (export "init") (param i32 i32 i32) (table.init $t $e (local.get 0) (local.get 1) (local.get 2)))
          (func (export "copy") (param i32 i32 i32) (table.copy (local.get 0) (local.get 1) (local.get 2)))
          (func (export "drop") (elem.drop $e))
          (func (export "call") (param i32) (result i32) (call_indirect (result i32) (local.get 0))))"#,
    );
    h.call("init", &[Val::I32(0), Val::I32(0), Val::I32(2)])
        .unwrap();
    h.call("copy", &[Val::I32(2), Val::I32(0), Val::I32(2)])
        .unwrap();
    assert_eq!(h.call("call", &[Val::I32(3)]).unwrap(), vec![Val::I32(2)]);
    h.call("drop", &[]).unwrap();
    assert!(h
        .call("init", &[Val::I32(0), Val::I32(0), Val::I32(1)])
        .is_err());
}

#[test]
fn multiple_memories_when_enabled() {
    use lightbeam::Config;
    let mut features = wasmparser::WasmFeatures::WASM2;
    features.insert(wasmparser::WasmFeatures::MULTI_MEMORY);
    let engine = Engine::new(Config {
        features,
        ..Config::default()
    });
    let module = Module::new(
        &engine,
        r#"(module
          (memory $a 1) (memory $b 2)
          (data (memory $b) (i32.const 16) "\07")
          (func (export "f") (result i32)
            (i32.store8 $a (i32.const 3) (i32.add (i32.load8_u $b (i32.const 16)) (i32.const 1)))
            (memory.copy $b $a (i32.const 100) (i32.const 3) (i32.const 1))
            (drop (memory.grow $b (i32.const 1)))
            (i32.add (i32.load8_u $b (i32.const 100)) (i32.mul (memory.size $b) (i32.const 10)))))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine);
    let instance = Linker::new().instantiate(&mut store, &module).unwrap();
    let f = instance.get_func(&store, "f").unwrap().unwrap();
    assert_eq!(f.call(&mut store, &[]).unwrap(), vec![Val::I32(8 + 30)]);
}

#[test]
fn func_at_names_the_function_ref_func_evaluates_to() {
    let engine = Engine::default();
    let mut store = Store::new(&engine);
    let module = Module::new(
        &engine,
        r#"(module
          (func $a (result i32) (i32.const 1))
          (func $b (result i32) (i32.const 2))
          (elem declare func $a $b)
          (func (export "ref_b") (result funcref) (ref.func $b)))"#,
    )
    .unwrap();
    let instance = Linker::new().instantiate(&mut store, &module).unwrap();
    let ref_b = instance.get_func(&store, "ref_b").unwrap().unwrap();
    let returned = match ref_b.call(&mut store, &[]).unwrap()[..] {
        [Val::FuncRef(Some(func))] => func,
        ref other => panic!("expected a function reference, got {other:?}"),
    };
    assert_eq!(instance.func_at(&store, 1).unwrap(), Some(returned));
    assert_ne!(instance.func_at(&store, 0).unwrap(), Some(returned));
    assert_eq!(instance.func_at(&store, 2).unwrap(), Some(ref_b));
    assert_eq!(instance.func_at(&store, 3).unwrap(), None);
    assert_eq!(instance.func_at(&store, u32::MAX).unwrap(), None);
}
