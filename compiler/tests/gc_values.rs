//! Internal references through the embedding API: `Val::AnyRef` and `Val::ExternAny`
//! cross into and out of wasm with their words laid out as
//! `lightbeam::module::reference` says, `Val::matches_ty` places them in the internal
//! hierarchy, and what needs the GC heap (struct and array types, casts to them) is
//! refused as unsupported at compile time, never a panic.

use lightbeam::{
    AnyRef, CompileError, Config, Engine, HeapType, Linker, Module, RefType, Store, Val, ValType,
};
use wasmparser::WasmFeatures;

fn engine() -> Engine {
    Engine::new(Config {
        features: WasmFeatures::WASM3,
        ..Config::default()
    })
}

#[test]
fn internal_references_round_trip_through_wasm() {
    let engine = engine();
    let module = Module::new(
        &engine,
        r#"(module
            (func (export "id") (param anyref) (result anyref) (local.get 0))
            (func (export "externalize") (param anyref) (result externref)
              (extern.convert_any (local.get 0)))
            (func (export "internalize") (param externref) (result anyref)
              (any.convert_extern (local.get 0)))
            (func (export "unbox") (param anyref) (result i32)
              (i31.get_s (ref.cast i31ref (local.get 0)))))"#,
    )
    .expect("compiles");
    let mut store = Store::new(&engine);
    let instance = Linker::new()
        .instantiate(&mut store, &module)
        .expect("instantiates");
    let func = |store: &Store, name| instance.get_func(store, name).unwrap().unwrap();
    let values = [
        Val::AnyRef(None),
        Val::AnyRef(Some(AnyRef::i31(-1))),
        Val::AnyRef(Some(AnyRef::i31(0x3fff_ffff))),
        Val::AnyRef(Some(AnyRef::Host(0))),
        Val::AnyRef(Some(AnyRef::Host(u32::MAX))),
    ];
    let id = func(&store, "id");
    for value in values {
        assert_eq!(id.call(&mut store, &[value]).unwrap(), vec![value]);
    }
    let externalize = func(&store, "externalize");
    let i31 = AnyRef::i31(7);
    assert_eq!(
        externalize
            .call(&mut store, &[Val::AnyRef(Some(i31))])
            .unwrap(),
        vec![Val::ExternAny(i31)]
    );
    assert_eq!(
        externalize
            .call(&mut store, &[Val::AnyRef(Some(AnyRef::Host(3)))])
            .unwrap(),
        vec![Val::ExternRef(Some(3))],
        "a host value goes back to what it was"
    );
    let internalize = func(&store, "internalize");
    assert_eq!(
        internalize
            .call(&mut store, &[Val::ExternAny(i31)])
            .unwrap(),
        vec![Val::AnyRef(Some(i31))]
    );
    assert_eq!(
        internalize
            .call(&mut store, &[Val::ExternRef(None)])
            .unwrap(),
        vec![Val::AnyRef(None)]
    );
    let unbox = func(&store, "unbox");
    assert_eq!(
        unbox
            .call(&mut store, &[Val::AnyRef(Some(AnyRef::i31(-5)))])
            .unwrap(),
        vec![Val::I32(-5)]
    );
    let trap = unbox
        .call(&mut store, &[Val::AnyRef(Some(AnyRef::Host(5)))])
        .unwrap_err();
    assert_eq!(trap.message, "cast failure");
}

#[test]
fn internal_references_match_their_hierarchy() {
    let store = Store::new(&engine());
    let ty = |nullable, heap_type| ValType::Ref(RefType::new(nullable, heap_type));
    let i31 = Val::AnyRef(Some(AnyRef::i31(1)));
    let host = Val::AnyRef(Some(AnyRef::Host(1)));
    let null = Val::AnyRef(None);
    let matches = |value: Val, ty| value.matches_ty(&store, ty).unwrap();
    assert!(matches(i31, ty(false, HeapType::I31)));
    assert!(matches(i31, ty(false, HeapType::Eq)));
    assert!(matches(i31, ValType::ANYREF));
    assert!(!matches(i31, ty(true, HeapType::Struct)));
    assert!(!matches(i31, ValType::EXTERNREF) && !matches(i31, ValType::FUNCREF));
    assert!(matches(host, ty(false, HeapType::Any)));
    assert!(!matches(host, ty(true, HeapType::Eq)));
    assert!(matches(null, ty(true, HeapType::None)) && matches(null, ty(true, HeapType::I31)));
    assert!(!matches(null, ty(false, HeapType::Any)));
    assert!(!matches(null, ValType::FUNCREF));
    assert!(matches(Val::ExternAny(AnyRef::i31(1)), ValType::EXTERNREF));
    assert_eq!(Val::default_for(ty(true, HeapType::Eq)), Some(null));
}

#[test]
fn what_needs_the_gc_heap_is_unsupported() {
    let engine = engine();
    for wat in [
        r#"(module (type $s (struct (field i32)))
             (func (result (ref $s)) (struct.new $s (i32.const 1))))"#,
        r#"(module (type $a (array i8)) (func (result i32) (array.len (array.new_fixed $a 0))))"#,
    ] {
        match Module::new(&engine, wat) {
            Err(CompileError::Unsupported { .. }) => {}
            other => panic!("{wat}: expected unsupported, got {:?}", other.map(|_| ())),
        }
    }
}

#[test]
fn struct_and_array_types_and_recursion_groups_are_accepted() {
    let engine = engine();
    for wat in [
        r#"(module (type (struct (field i32) (field (mut i8)) (field (ref null 0)))))"#,
        r#"(module (type (array (mut i16))) (type (sub final (array (mut i16)))))"#,
        r#"(module (rec (type (func)) (type (func))))"#,
        r#"(module (rec (type $t (sub (struct (field (ref null $u)))))
                        (type $u (sub $t (struct (field (ref null $u)) (field f64))))))"#,
        r#"(module (type $s (struct)) (func (param (ref null $s)) (result (ref null $s))
             (local.get 0)))"#,
        r#"(module (func (param anyref) (result i32) (ref.test structref (local.get 0))))"#,
        r#"(module (func (param anyref) (result arrayref) (ref.cast arrayref (local.get 0))))"#,
        r#"(module (type $s (sub (struct))) (func (param anyref) (result i32)
             (ref.test (ref $s) (local.get 0))))"#,
    ] {
        if let Err(error) = Module::new(&engine, wat) {
            panic!("{wat}: {error}");
        }
    }
}
