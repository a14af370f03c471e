//! The safe embedding API across engines and stores: a module of another engine, a handle
//! of another store, or a value of the wrong type is a typed error, never a panic, an
//! abort or a way for wasm to reach memory it does not own.

use std::cell::Cell;
use std::rc::Rc;

use lightbeam::{
    Config, Engine, Extern, Func, FuncType, Global, GlobalType, IndexType, InstantiationError,
    Limits, Linker, Memory, MemoryType, Module, ObjectError, Store, Table, TableType, TrapCode,
    Val, ValType,
};

/// A table of type `element` with `min` elements and no maximum.
fn table_type(element: ValType, min: u64) -> TableType {
    TableType {
        element,
        limits: Limits { min, max: None },
        index_type: IndexType::I32,
    }
}

/// A memory type of `min` pages and no maximum.
fn memory_type(min: u64) -> MemoryType {
    MemoryType {
        limits: Limits { min, max: None },
        index_type: IndexType::I32,
        page_size_log2: 16,
        shared: false,
    }
}

/// The confusion the engine check closes: in engine A `(result i64)` gets signature id 0,
/// in engine B id 0 is `(result funcref)`. Instantiated in a store of engine A, B's
/// `call_indirect (type $ret_ref)` would accept A's host function returning an i64 and
/// then call the forged reference `0x414141414140` (a SIGSEGV before the check).
#[test]
fn module_of_another_engine_is_refused_at_instantiation() {
    let engine_a = Engine::default();
    let engine_b = Engine::default();
    let mut store = Store::new(&engine_a);
    let forge = Func::new_host(&mut store, FuncType::new([], [ValType::I64]), |_| {
        Ok(vec![Val::I64(0x4141_4141_4140)])
    });
    let module = Module::new(
        &engine_b,
        r#"(module
             (type $ret_ref (func (result funcref)))
             (type $ret_i64 (func (result i64)))
             (import "host" "forge" (func $forge (type $ret_i64)))
             (table 2 funcref)
             (elem (i32.const 0) func $forge)
             (func (export "confuse") (result i64)
               (table.set (i32.const 1) (call_indirect (type $ret_ref) (i32.const 0)))
               (call_indirect (type $ret_i64) (i32.const 1))))"#,
    )
    .unwrap();
    let mut linker = Linker::new();
    linker.define("host", "forge", Extern::Func(forge));
    let error = linker.instantiate(&mut store, &module).unwrap_err();
    assert!(
        matches!(error, InstantiationError::EngineMismatch),
        "{error}"
    );
    // A clone of the store's engine is the same engine.
    let module = Module::new(&engine_a.clone(), "(module)").unwrap();
    assert!(module.engine().same(store.engine()));
    Linker::new().instantiate(&mut store, &module).unwrap();
}

/// The same exploit within one engine is caught by `call_indirect`'s signature check.
#[test]
fn one_engine_keeps_call_indirect_types_apart() {
    let engine = Engine::default();
    let mut store = Store::new(&engine);
    let forge = Func::new_host(&mut store, FuncType::new([], [ValType::I64]), |_| {
        Ok(vec![Val::I64(0x4141_4141_4140)])
    });
    let module = Module::new(
        &engine,
        r#"(module
             (type $ret_ref (func (result funcref)))
             (import "host" "forge" (func $forge (result i64)))
             (table 1 funcref)
             (elem (i32.const 0) func $forge)
             (func (export "confuse") (result funcref)
               (call_indirect (type $ret_ref) (i32.const 0))))"#,
    )
    .unwrap();
    let mut linker = Linker::new();
    linker.define("host", "forge", Extern::Func(forge));
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let confuse = instance.get_func(&store, "confuse").unwrap().unwrap();
    let trap = confuse.call(&mut store, &[]).unwrap_err();
    assert_eq!(trap.code, TrapCode::BadSignature);
}

/// Before the fix `Linker::instantiate` panicked in `Store::check` ("handle used with a
/// store it does not belong to") for every kind of import.
#[test]
fn linker_import_of_another_store_is_an_instantiation_error() {
    let engine = Engine::default();
    let mut store = Store::new(&engine);
    let mut other = Store::new(&engine);
    let func = Func::new_host(&mut other, FuncType::new([], []), |_| Ok(vec![]));
    let memory = Memory::new(&mut other, memory_type(1)).unwrap();
    let table = Table::new(
        &mut other,
        table_type(ValType::FUNCREF, 1),
        Val::FuncRef(None),
    )
    .unwrap();
    let global_ty = GlobalType {
        content: ValType::I32,
        mutable: false,
    };
    let global = Global::new(&mut other, global_ty, Val::I32(7)).unwrap();
    let cases = [
        (r#"(import "m" "x" (func))"#, Extern::Func(func), "function"),
        (
            r#"(import "m" "x" (memory 1))"#,
            Extern::Memory(memory),
            "memory",
        ),
        (
            r#"(import "m" "x" (table 1 funcref))"#,
            Extern::Table(table),
            "table",
        ),
        (
            r#"(import "m" "x" (global i32))"#,
            Extern::Global(global),
            "global",
        ),
    ];
    for (import, item, kind) in cases {
        let module = Module::new(&engine, format!("(module {import})")).unwrap();
        let mut linker = Linker::new();
        linker.define("m", "x", item);
        let error = linker.instantiate(&mut store, &module).unwrap_err();
        let InstantiationError::StoreMismatch { module, name, what } = &error else {
            panic!("{kind}: {error}");
        };
        assert_eq!((&**module, &**name, *what), ("m", "x", kind));
        assert_eq!(
            error.to_string(),
            format!("import `m::x` is a {kind} of another store")
        );
        // In its own store the same linker works.
        let module = Module::new(&engine, format!("(module {import})")).unwrap();
        linker.instantiate(&mut other, &module).unwrap();
    }
}

/// Found by the `api` fuzz target: an import of another store after an import of the
/// wrong type was reported as a type mismatch. Every import is looked up and its store
/// checked before any type is compared, so the foreign import decides the error.
#[test]
fn import_of_another_store_is_reported_before_an_earlier_type_mismatch() {
    let engine = Engine::default();
    let mut store = Store::new(&engine);
    let mut other = Store::new(&engine);
    let own = Func::new_host(&mut store, FuncType::new([ValType::I32], []), |_| {
        Ok(vec![])
    });
    let foreign = Func::new_host(&mut other, FuncType::new([], []), |_| Ok(vec![]));
    let module = Module::new(
        &engine,
        r#"(module (import "m" "mistyped" (func)) (import "m" "foreign" (func)))"#,
    )
    .unwrap();
    let mut linker = Linker::new();
    linker.define("m", "mistyped", Extern::Func(own));
    linker.define("m", "foreign", Extern::Func(foreign));
    let error = linker.instantiate(&mut store, &module).unwrap_err();
    assert!(
        matches!(&error, InstantiationError::StoreMismatch { name, .. } if name == "foreign"),
        "{error}"
    );
}

#[test]
fn define_instance_of_another_store_is_an_error() {
    let engine = Engine::default();
    let mut store = Store::new(&engine);
    let other = Store::new(&engine);
    let module = Module::new(&engine, r#"(module (func (export "f")))"#).unwrap();
    let instance = Linker::new().instantiate(&mut store, &module).unwrap();
    let mut linker = Linker::new();
    let error = linker.define_instance(&other, "m", instance).unwrap_err();
    assert_eq!(error.what(), "instance");
    assert!(linker.get("m", "f").is_none());
    linker.define_instance(&store, "m", instance).unwrap();
    assert!(linker.get("m", "f").is_some());
}

/// A function of another store, called directly or passed as a `funcref` argument.
#[test]
fn calls_with_functions_of_another_store_are_errors() {
    let engine = Engine::default();
    let mut store = Store::new(&engine);
    let mut other = Store::new(&engine);
    let foreign = Func::new_host(&mut other, FuncType::new([], []), |_| Ok(vec![]));
    let trap = foreign.call(&mut store, &[]).unwrap_err();
    assert_eq!(trap.code, TrapCode::HostTrap);
    assert_eq!(
        trap.message,
        "function used with a store it does not belong to"
    );

    let module = Module::new(
        &engine,
        r#"(module
             (table 1 funcref)
             (func (export "keep") (param funcref) (table.set (i32.const 0) (local.get 0))))"#,
    )
    .unwrap();
    let instance = Linker::new().instantiate(&mut store, &module).unwrap();
    let keep = instance.get_func(&store, "keep").unwrap().unwrap();
    let trap = keep
        .call(&mut store, &[Val::FuncRef(Some(foreign))])
        .unwrap_err();
    assert_eq!(
        trap.message,
        "function used with a store it does not belong to"
    );
    // So is a host function of this store given a foreign reference.
    let host = Func::new_host(&mut store, FuncType::new([ValType::FUNCREF], []), |_| {
        Ok(vec![])
    });
    assert!(host
        .call(&mut store, &[Val::FuncRef(Some(foreign))])
        .is_err());
    assert!(keep.call(&mut store, &[Val::FuncRef(None)]).is_ok());
}

/// Every accessor given a handle of another store says so instead of panicking.
#[test]
fn accessors_report_handles_of_another_store() {
    let engine = Engine::default();
    let mut store = Store::new(&engine);
    let mut other = Store::new(&engine);
    let module = Module::new(
        &engine,
        r#"(module
             (func (export "f"))
             (memory (export "m") 1)
             (table (export "t") 1 funcref)
             (global (export "g") (mut i32) (i32.const 1)))"#,
    )
    .unwrap();
    let instance = Linker::new().instantiate(&mut other, &module).unwrap();
    let func = instance.get_func(&other, "f").unwrap().unwrap();
    let memory = instance.get_memory(&other, "m").unwrap().unwrap();
    let table = instance.get_table(&other, "t").unwrap().unwrap();
    let global = instance.get_global(&other, "g").unwrap().unwrap();
    let local = Func::new_host(&mut store, FuncType::new([], []), |_| Ok(vec![]));

    let what = |error: lightbeam::StoreMismatch| error.what();
    assert_eq!(func.ty(&store).map_err(what), Err("function"));
    assert_eq!(memory.size(&store).map_err(what), Err("memory"));
    assert_eq!(memory.ty(&store).map_err(what), Err("memory"));
    assert_eq!(memory.grow(&mut store, 1).map_err(what), Err("memory"));
    assert!(memory.data_bytes(&store).is_err());
    assert!(memory.data_bytes_mut(&mut store).is_err());
    let mismatch = |error: ObjectError| matches!(error, ObjectError::StoreMismatch(_));
    assert!(memory.read(&store, 0, &mut [0; 4]).is_err_and(mismatch));
    assert!(memory.write(&mut store, 0, &[1; 4]).is_err_and(mismatch));
    assert_eq!(table.size(&store).map_err(what), Err("table"));
    assert_eq!(table.ty(&store).map_err(what), Err("table"));
    assert_eq!(table.get(&store, 0).map_err(what), Err("table"));
    assert!(table
        .set(&mut store, 0, Val::FuncRef(None))
        .is_err_and(mismatch));
    assert!(table
        .grow(&mut store, 1, Val::FuncRef(None))
        .is_err_and(mismatch));
    assert_eq!(global.ty(&store).map_err(what), Err("global"));
    assert_eq!(global.get(&store).map_err(what), Err("global"));
    assert!(global.set(&mut store, Val::I32(2)).is_err_and(mismatch));
    assert_eq!(instance.exports(&store).map_err(what), Err("instance"));
    assert_eq!(
        instance.get_export(&store, "f").map_err(what),
        Err("instance")
    );
    assert!(instance.get_func(&store, "f").is_err());
    assert!(instance.memory_at(&store, 0).is_err());
    assert!(instance.func_at(&store, 0).is_err());
    assert!(instance.module(&store).is_err());

    // Values holding a function of another store, into objects of this store.
    let funcref = Val::FuncRef(Some(func));
    assert!(Table::new(&mut store, table_type(ValType::FUNCREF, 1), funcref).is_err_and(mismatch));
    let funcref_global = GlobalType {
        content: ValType::FUNCREF,
        mutable: true,
    };
    assert!(Global::new(&mut store, funcref_global, funcref).is_err_and(mismatch));
    let own_table = Table::new(
        &mut store,
        table_type(ValType::FUNCREF, 1),
        Val::FuncRef(Some(local)),
    )
    .unwrap();
    assert!(own_table.set(&mut store, 0, funcref).is_err_and(mismatch));
    assert!(own_table.grow(&mut store, 1, funcref).is_err_and(mismatch));
    assert_eq!(own_table.size(&store), Ok(1));
    assert_eq!(
        own_table.get(&store, 0),
        Ok(Some(Val::FuncRef(Some(local))))
    );
    // Nothing changed in the other store either.
    assert_eq!(global.get(&other), Ok(Val::I32(1)));
}

/// Before the fix a host could store an `externref` (or an `i64`) in a `funcref` table
/// or global; wasm then called the number as a `VMFuncRef` pointer.
#[test]
fn table_and_global_values_must_have_the_objects_type() {
    let engine = Engine::default();
    let mut store = Store::new(&engine);
    let forged = Val::ExternRef(Some(0x4141_4140));
    let is_type_error = |error: ObjectError| matches!(error, ObjectError::Type(_));
    let funcrefs = table_type(ValType::FUNCREF, 1);
    assert!(Table::new(&mut store, funcrefs, forged).is_err_and(is_type_error));
    let table = Table::new(&mut store, funcrefs, Val::FuncRef(None)).unwrap();
    assert!(table.set(&mut store, 0, forged).is_err_and(is_type_error));
    assert!(table.grow(&mut store, 1, forged).is_err_and(is_type_error));
    let funcref_global = GlobalType {
        content: ValType::FUNCREF,
        mutable: true,
    };
    assert!(Global::new(&mut store, funcref_global, forged).is_err_and(is_type_error));
    let global = Global::new(&mut store, funcref_global, Val::FuncRef(None)).unwrap();
    assert!(global.set(&mut store, forged).is_err_and(is_type_error));
    let constant = Global::new(
        &mut store,
        GlobalType {
            content: ValType::I32,
            mutable: false,
        },
        Val::I32(1),
    )
    .unwrap();
    assert!(constant
        .set(&mut store, Val::I32(2))
        .is_err_and(is_type_error));

    let module = Module::new(
        &engine,
        r#"(module
             (import "host" "table" (table 1 funcref))
             (import "host" "global" (global (mut funcref)))
             (func (export "via_table") (call_indirect (i32.const 0)))
             (func (export "via_global")
               (table.set (i32.const 0) (global.get 0))
               (call_indirect (i32.const 0))))"#,
    )
    .unwrap();
    let mut linker = Linker::new();
    linker.define("host", "table", Extern::Table(table));
    linker.define("host", "global", Extern::Global(global));
    let instance = linker.instantiate(&mut store, &module).unwrap();
    for name in ["via_table", "via_global"] {
        let func = instance.get_func(&store, name).unwrap().unwrap();
        let trap = func.call(&mut store, &[]).unwrap_err();
        assert_eq!(trap.code, TrapCode::IndirectCallToNull, "{name}");
    }
}

/// Before the fix the host dispatcher panicked in `Store::check` after `catch_unwind`,
/// inside an `extern "C"` function: the process aborted.
#[test]
fn host_function_returning_a_funcref_of_another_store_traps() {
    let engine = Engine::default();
    let mut store = Store::new(&engine);
    let mut other = Store::new(&engine);
    let foreign = Func::new_host(&mut other, FuncType::new([], []), |_| Ok(vec![]));
    let smuggle = Func::new_host(
        &mut store,
        FuncType::new([], [ValType::FUNCREF]),
        move |_| Ok(vec![Val::FuncRef(Some(foreign))]),
    );
    let module = Module::new(
        &engine,
        r#"(module
             (import "host" "smuggle" (func $smuggle (result funcref)))
             (table 1 funcref)
             (func (export "run")
               (table.set (i32.const 0) (call $smuggle))
               (call_indirect (i32.const 0))))"#,
    )
    .unwrap();
    let mut linker = Linker::new();
    linker.define("host", "smuggle", Extern::Func(smuggle));
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let run = instance.get_func(&store, "run").unwrap().unwrap();
    let trap = run.call(&mut store, &[]).unwrap_err();
    assert_eq!(trap.code, TrapCode::HostTrap);
    assert_eq!(
        trap.message,
        "host function returned a function reference of another store"
    );
    // Called from the host, the same function is refused the same way.
    let trap = smuggle.call(&mut store, &[]).unwrap_err();
    assert_eq!(
        trap.message,
        "host function returned a function reference of another store"
    );
    // The store still works.
    assert!(run.call(&mut store, &[]).is_err());
}

#[test]
fn host_function_results_of_the_wrong_type_trap_from_wasm_and_from_the_host() {
    let engine = Engine::default();
    let mut store = Store::new(&engine);
    let liar = Func::new_host(&mut store, FuncType::new([], [ValType::I32]), |_| {
        Ok(vec![Val::I64(1)])
    });
    let trap = liar.call(&mut store, &[]).unwrap_err();
    assert_eq!(
        trap.message,
        "host function returned values of the wrong types"
    );
    let module = Module::new(
        &engine,
        r#"(module (import "h" "liar" (func $l (result i32)))
             (func (export "run") (result i32) (call $l)))"#,
    )
    .unwrap();
    let mut linker = Linker::new();
    linker.define("h", "liar", Extern::Func(liar));
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let run = instance.get_func(&store, "run").unwrap().unwrap();
    assert_eq!(
        run.call(&mut store, &[]).unwrap_err().message,
        "host function returned values of the wrong types"
    );
}

/// A host function of a type no module can declare (1,001 parameters) has no stub; it
/// is still callable from the host, and no module can import it.
#[test]
fn host_function_of_a_type_wasm_cannot_have_is_callable_from_the_host() {
    let engine = Engine::default();
    let mut store = Store::new(&engine);
    let ty = FuncType::new(vec![ValType::I32; 1001], [ValType::I32]);
    let sum = Func::new_host(&mut store, ty, |args| {
        Ok(vec![Val::I32(args.iter().filter_map(Val::i32).sum())])
    });
    let args = vec![Val::I32(1); 1001];
    assert_eq!(sum.call(&mut store, &args).unwrap(), vec![Val::I32(1001)]);
}

/// Host functions of one signature share one stub across stores of an engine, and each
/// still runs its own closure.
#[test]
fn host_functions_of_one_signature_keep_their_own_closures() {
    let engine = Engine::default();
    let module = Module::new(
        &engine,
        r#"(module (import "h" "f" (func $f (result i32)))
             (func (export "run") (result i32) (call $f)))"#,
    )
    .unwrap();
    for value in 0..3 {
        let mut store = Store::new(&engine);
        let funcs: Vec<Func> = (0..4)
            .map(|i| {
                Func::new_host(&mut store, FuncType::new([], [ValType::I32]), move |_| {
                    Ok(vec![Val::I32(value * 10 + i)])
                })
            })
            .collect();
        for (i, func) in funcs.iter().enumerate() {
            let mut linker = Linker::new();
            linker.define("h", "f", Extern::Func(*func));
            let instance = linker.instantiate(&mut store, &module).unwrap();
            let run = instance.get_func(&store, "run").unwrap().unwrap();
            let expected = Val::I32(value * 10 + i as i32);
            assert_eq!(run.call(&mut store, &[]).unwrap(), vec![expected]);
        }
    }
}

/// Host calls find their calling instance in constant time (an index kept in the
/// `VMContext`, checked against the instance's address); among 8,000 instances each call
/// still sees its own.
#[test]
fn caller_instance_is_found_among_8000_instances() {
    let engine = Engine::default();
    let mut store = Store::new(&engine);
    let seen = Rc::new(Cell::new(None));
    let record = Rc::clone(&seen);
    let probe = Func::new_host_with_caller(&mut store, FuncType::new([], []), move |caller, _| {
        record.set(caller.instance());
        Ok(vec![])
    });
    let module = Module::new(
        &engine,
        r#"(module (import "h" "probe" (func $probe))
             (func (export "run") (call $probe)))"#,
    )
    .unwrap();
    let mut linker = Linker::new();
    linker.define("h", "probe", Extern::Func(probe));
    let instances: Vec<_> = (0..8000)
        .map(|_| linker.instantiate(&mut store, &module).unwrap())
        .collect();
    for instance in instances.iter().step_by(97).chain(instances.last()) {
        let run = instance.get_func(&store, "run").unwrap().unwrap();
        run.call(&mut store, &[]).unwrap();
        assert_eq!(seen.take(), Some(*instance));
    }
    // Called from the host, there is no calling instance.
    probe.call(&mut store, &[]).unwrap();
    assert_eq!(seen.take(), None);
}

/// Typed function references from the host: a value of `(ref $t)` must be a function
/// of that signature, and a non-nullable slot is never given null.
#[test]
fn typed_function_references_are_checked_at_the_api() {
    let engine = Engine::new(Config {
        features: wasmparser::WasmFeatures::WASM3,
        ..Config::default()
    });
    let mut store = Store::new(&engine);
    let module = Module::new(
        &engine,
        r#"(module
             (type $ii (func (param i32) (result i32)))
             (func $f (export "f") (type $ii) (local.get 0))
             (func (export "g") (param i64))
             (global (export "slot") (mut (ref null $ii)) (ref.null $ii))
             (table (export "table") 1 (ref $ii) (ref.func $f))
             (func (export "call") (param (ref $ii)) (result i32)
               (call_ref $ii (i32.const 5) (local.get 0))))"#,
    )
    .unwrap();
    let instance = Linker::new().instantiate(&mut store, &module).unwrap();
    let f = instance.get_func(&store, "f").unwrap().unwrap();
    let g = instance.get_func(&store, "g").unwrap().unwrap();
    let Ok(Some(Extern::Global(slot))) = instance.get_export(&store, "slot") else {
        panic!("no global export");
    };
    let Ok(Some(Extern::Table(table))) = instance.get_export(&store, "table") else {
        panic!("no table export");
    };
    let ii = slot.ty(&store).unwrap().content;
    let ValType::Ref(reference) = ii else {
        panic!("not a reference: {ii}");
    };
    assert!(reference.nullable);
    assert!(Val::FuncRef(Some(f)).matches_ty(&store, ii).unwrap());
    assert!(!Val::FuncRef(Some(g)).matches_ty(&store, ii).unwrap());

    assert!(slot.set(&mut store, Val::FuncRef(Some(g))).is_err());
    assert!(slot.set(&mut store, Val::FuncRef(Some(f))).is_ok());
    assert!(slot.set(&mut store, Val::FuncRef(None)).is_ok());
    assert!(table.set(&mut store, 0, Val::FuncRef(None)).is_err());
    assert!(table.set(&mut store, 0, Val::FuncRef(Some(g))).is_err());
    assert!(table.grow(&mut store, 1, Val::FuncRef(None)).is_err());
    assert_eq!(table.get(&store, 0), Ok(Some(Val::FuncRef(Some(f)))));
    let non_null = table.ty(&store).unwrap().element;
    assert_eq!(Val::default_for(non_null), None);
    assert!(Table::new(&mut store, table_type(non_null, 1), Val::FuncRef(None)).is_err());

    let call = instance.get_func(&store, "call").unwrap().unwrap();
    assert_eq!(
        call.call(&mut store, &[Val::FuncRef(Some(f))]),
        Ok(vec![Val::I32(5)])
    );
    for wrong in [Val::FuncRef(None), Val::FuncRef(Some(g))] {
        let trap = call.call(&mut store, &[wrong]).unwrap_err();
        assert!(
            trap.message.starts_with("argument type mismatch"),
            "{trap:?}"
        );
    }
}
