//! Stack maps end to end: a host function called from deep in wasm finds, through the
//! maps the compiler records at every call and the frame walk from the host call, the
//! references the wasm frames hold in locals, parameters and spilled values: across
//! nested calls, a tail call (whose replaced frame holds nothing any more) and an
//! exception handler's frame.

use std::cell::RefCell;
use std::rc::Rc;

use lightbeam::{
    AnyRef, Config, Engine, Extern, Func, FuncType, Instance, Linker, Module, Store, Val, ValType,
};

/// An engine with every proposal (exceptions, tail calls, GC) enabled.
fn engine() -> Engine {
    Engine::new(Config {
        features: wasmparser::WasmFeatures::all(),
        ..Config::default()
    })
}

const MODULE: &str = r#"
(module
  (import "host" "roots" (func $roots))
  (import "host" "reenter" (func $reenter (param i32)))
  (tag $t (param externref))
  (elem declare func $mid)

  ;; x and y in parameters, y again in an anyref local, x again spilled across the call.
  (func $leaf (param $x externref) (param $y externref) (result externref)
    (local $z anyref) (local $f funcref)
    (local.set $z (any.convert_extern (local.get $y)))
    (local.set $f (ref.func $mid))
    (local.get $x)
    (call $roots)
    (drop)
    (local.get $x))

  ;; Replaced by $leaf: its parameters must not be found.
  (func $mid (param $a externref) (param $b externref) (result externref)
    (return_call $leaf (local.get $a) (local.get $b)))

  (func (export "nested")
    (param $p0 externref) (param $p1 externref) (param $p2 externref)
    (param $p3 externref) (param $p4 externref) (result externref)
    (local $l externref)
    (local.set $l (local.get $p0))
    (local.set $p0 (ref.null extern))
    (local.get $p1)
    (local.set $p1 (ref.null extern))
    (block $h (result externref)
      (try_table (result externref) (catch $t $h)
        (call $mid (local.get $p2) (local.get $p3))))
    (drop))

  (func $throw (param externref) (throw $t (local.get 0)))

  ;; After the catch, the payload is a value on the stack of the handler's frame.
  (func (export "caught") (param $p externref) (param $q externref) (result externref)
    (local $k externref)
    (local.set $k (local.get $p))
    (local.set $p (ref.null extern))
    (block $h (result externref)
      (try_table (catch $t $h)
        (call $throw (local.get $q)))
      (ref.null extern))
    (call $roots))

  ;; Called from the host while "outer" waits in the host: two activations.
  (func (export "inner") (param $v externref)
    (local $w externref)
    (local.set $w (local.get $v))
    (call $roots))

  (func (export "outer") (param $o externref)
    (call $reenter (i32.const 0)))

  ;; Numbers only: no map anywhere.
  (func (export "numbers") (param i32) (result i32)
    (call $roots)
    (local.get 0))
)
"#;

/// What each call of `host.roots` found, in call order.
type Found = Rc<RefCell<Vec<Vec<Val>>>>;

/// Instantiates [`MODULE`]; every call of `host.roots` appends the references it finds
/// on the stack to the returned list.
fn setup() -> (Store, Instance, Module, Found) {
    let engine = engine();
    let module = Module::new(&engine, MODULE).expect("module compiles");
    let mut store = Store::new(&engine);
    let found = Rc::new(RefCell::new(Vec::new()));
    let sink = Rc::clone(&found);
    let roots = Func::new_host_with_caller(&mut store, FuncType::new([], []), move |caller, _| {
        sink.borrow_mut().push(caller.stack_references());
        Ok(vec![])
    });
    let inner = Rc::new(RefCell::new(None::<Func>));
    let callee = Rc::clone(&inner);
    let reenter = Func::new_host_with_caller(
        &mut store,
        FuncType::new([ValType::I32], []),
        move |caller, _| {
            let inner = callee.borrow().expect("set after instantiation");
            inner.call(caller.store(), &[Val::ExternRef(Some(42))])?;
            Ok(vec![])
        },
    );
    let mut linker = Linker::new();
    linker.define("host", "roots", Extern::Func(roots));
    linker.define("host", "reenter", Extern::Func(reenter));
    let instance = linker
        .instantiate(&mut store, &module)
        .expect("instantiates");
    *inner.borrow_mut() = instance.get_func(&store, "inner").unwrap();
    (store, instance, module, found)
}

fn externs(values: &[u32]) -> Vec<Val> {
    values.iter().map(|v| Val::ExternRef(Some(*v))).collect()
}

/// The references found, sorted, with the function references counted apart (their
/// handles are not comparable across exports).
fn summarise(mut found: Vec<Val>) -> (Vec<String>, usize) {
    let funcs = found
        .iter()
        .filter(|v| matches!(v, Val::FuncRef(Some(_))))
        .count();
    found.retain(|v| !matches!(v, Val::FuncRef(_)));
    let mut names: Vec<String> = found.iter().map(|v| format!("{v:?}")).collect();
    names.sort();
    (names, funcs)
}

#[test]
fn references_in_locals_parameters_and_spills_are_found_across_a_tail_call() {
    let (mut store, instance, _, found) = setup();
    let nested = instance.get_func(&store, "nested").unwrap().unwrap();
    let result = nested
        .call(&mut store, &externs(&[1, 2, 3, 4, 5]))
        .expect("no trap");
    assert_eq!(result, externs(&[2]));
    let found = found.borrow_mut().pop().expect("host called");
    let mut expected = externs(&[
        // $leaf: x, y, x spilled across the call.
        3, 4, 3, // "nested": $l, the spilled p1, p2, p3, p4 (p0 and p1 were cleared).
        1, 2, 3, 4, 5,
    ]);
    expected.push(Val::AnyRef(Some(AnyRef::Host(4))));
    assert_eq!(summarise(found), (summarise(expected).0, 1));
}

#[test]
fn references_in_a_handler_frame_are_found() {
    let (mut store, instance, _, found) = setup();
    let caught = instance.get_func(&store, "caught").unwrap().unwrap();
    let result = caught.call(&mut store, &externs(&[7, 8])).expect("no trap");
    assert_eq!(result, externs(&[8]));
    let found = found.borrow_mut().pop().expect("host called");
    // $k, the parameter q, and the caught payload spilled across the call.
    assert_eq!(summarise(found), (summarise(externs(&[7, 8, 8])).0, 0));
}

#[test]
fn every_activation_is_walked() {
    let (mut store, instance, _, found) = setup();
    let outer = instance.get_func(&store, "outer").unwrap().unwrap();
    outer.call(&mut store, &externs(&[9])).expect("no trap");
    let found = found.borrow_mut().pop().expect("host called");
    // "inner"'s parameter and local, first, then "outer"'s parameter, beyond the host
    // frames between the activations.
    assert_eq!(found, externs(&[42, 42, 9]));
}

#[test]
fn code_without_references_has_no_stack_maps() {
    let (mut store, instance, module, found) = setup();
    let numbers = instance.get_func(&store, "numbers").unwrap().unwrap();
    assert_eq!(
        numbers.call(&mut store, &[Val::I32(9)]).unwrap(),
        vec![Val::I32(9)]
    );
    assert_eq!(found.borrow_mut().pop(), Some(vec![]));
    // Calls with maps: $leaf's, "nested"'s call of $mid, "caught"'s two calls,
    // "inner"'s and "outer"'s.
    assert_eq!(module.stack_map_count(), 6);
    let engine = engine();
    let plain = Module::new(
        &engine,
        r#"(module
             (func $f (param i32) (result i32) (local.get 0))
             (func (param i32) (result i32) (call $f (local.get 0)))
             (func (param externref) (local externref)))"#,
    )
    .unwrap();
    assert_eq!(plain.stack_map_count(), 0);
}
