//! Host functions that read and write the calling instance's memory through `Caller`.

mod common;

use common::Harness;
use lightbeam::{
    Config, Engine, Extern, Func, FuncType, Linker, Module, Store, Trap, Val, ValType,
};

/// A host function that upper-cases `len` bytes at `ptr` of the caller's memory.
fn upper_case_host(store: &mut Store) -> Func {
    let ty = FuncType::new([ValType::I32, ValType::I32], []);
    Func::new_host_with_caller(store, ty, |caller, args| {
        let [Val::I32(ptr), Val::I32(len)] = args else {
            return Err(Trap::host("bad arguments"));
        };
        let mut buffer = vec![0; *len as usize];
        caller.read(*ptr as u32, &mut buffer)?;
        buffer.make_ascii_uppercase();
        caller.write(*ptr as u32, &buffer)?;
        Ok(vec![])
    })
}

const MODULE: &str = r#"
    (module
      (import "host" "upper" (func $upper (param i32 i32)))
      (memory (export "memory") 1)
      (data (i32.const 16) "hello")
      (func (export "run") (param i32 i32)
        (call $upper (local.get 0) (local.get 1)))
      (func (export "byte") (param i32) (result i32)
        (i32.load8_u (local.get 0))))
"#;

/// [`MODULE`] instantiated with [`upper_case_host`] as `host.upper`.
fn upper_case_module() -> Harness {
    Harness::with_imports(MODULE, |store| {
        let upper = upper_case_host(store);
        let mut linker = Linker::new();
        linker.define("host", "upper", Extern::Func(upper));
        linker
    })
}

#[test]
fn host_function_edits_caller_memory() {
    let Harness {
        mut store,
        instance,
    } = upper_case_module();
    let run = instance.get_func(&store, "run").unwrap().unwrap();
    run.call(&mut store, &[Val::I32(16), Val::I32(5)]).unwrap();
    let memory = instance.get_memory(&store, "memory").unwrap().unwrap();
    assert_eq!(&memory.data_bytes(&store).unwrap()[16..21], b"HELLO");
    // Wasm sees the host's write too.
    let byte = instance.get_func(&store, "byte").unwrap().unwrap();
    assert_eq!(
        byte.call(&mut store, &[Val::I32(16)]).unwrap(),
        vec![Val::I32(b'H' as i32)]
    );
}

#[test]
fn out_of_bounds_access_traps() {
    let Harness {
        mut store,
        instance,
    } = upper_case_module();
    let run = instance.get_func(&store, "run").unwrap().unwrap();
    let trap = run
        .call(&mut store, &[Val::I32(65530), Val::I32(10)])
        .unwrap_err();
    assert_eq!(trap.code, lightbeam::TrapCode::MemoryOutOfBounds);
}

#[test]
fn caller_from_the_host_has_no_instance() {
    let engine = Engine::default();
    let mut store = Store::new(&engine);
    let ty = FuncType::new([], [ValType::I32]);
    let probe = Func::new_host_with_caller(&mut store, ty, |caller, _| {
        Ok(vec![Val::I32(caller.instance().is_none() as i32)])
    });
    assert_eq!(probe.call(&mut store, &[]).unwrap(), vec![Val::I32(1)]);
}

#[test]
fn caller_is_the_calling_instance_across_modules() {
    let engine = Engine::default();
    let mut store = Store::new(&engine);
    let ty = FuncType::new([], [ValType::I32]);
    let probe = Func::new_host_with_caller(&mut store, ty, |caller, _| {
        let memory = caller.memory().expect("the caller has a memory");
        Ok(vec![Val::I32(
            memory.data_bytes(caller.store()).unwrap()[0] as i32,
        )])
    });
    let mut linker = Linker::new();
    linker.define("host", "probe", Extern::Func(probe));
    let first = Module::new(
        &engine,
        r#"(module (import "host" "probe" (func $p (result i32)))
             (memory (export "memory") 1) (data (i32.const 0) "\01")
             (func (export "probe") (result i32) (call $p)))"#,
    )
    .unwrap();
    let second = Module::new(
        &engine,
        r#"(module (import "host" "probe" (func $p (result i32)))
             (import "first" "probe" (func $q (result i32)))
             (memory (export "memory") 1) (data (i32.const 0) "\02")
             (func (export "both") (result i32)
               (i32.add (i32.mul (call $p) (i32.const 10)) (call $q))))"#,
    )
    .unwrap();
    let first = linker.instantiate(&mut store, &first).unwrap();
    linker.define_instance(&store, "first", first).unwrap();
    let second = linker.instantiate(&mut store, &second).unwrap();
    let both = second.get_func(&store, "both").unwrap().unwrap();
    assert_eq!(both.call(&mut store, &[]).unwrap(), vec![Val::I32(21)]);
}

/// A host function reached by a tail call sees the tail-calling function's instance,
/// whose frame is gone by then: when the host called that function directly (so the
/// frame under the host function is the entry trampoline's), when wasm called it, and
/// when the tail call came from another instance's function through a table.
#[test]
fn tail_called_host_function_sees_the_tail_callers_instance() {
    let engine = Engine::new(Config {
        features: wasmparser::WasmFeatures::WASM2 | wasmparser::WasmFeatures::TAIL_CALL,
        ..Config::default()
    });
    let mut store = Store::new(&engine);
    let ty = FuncType::new([ValType::I32], [ValType::I32, ValType::I32]);
    let probe = Func::new_host_with_caller(&mut store, ty, |caller, args| {
        let [Val::I32(address)] = args else {
            return Err(Trap::host("bad arguments"));
        };
        let mut byte = [0];
        caller.read(*address as u32, &mut byte)?;
        Ok(vec![Val::I32(byte[0] as i32), Val::I32(*address + 1)])
    });
    let mut linker = Linker::new();
    linker.define("host", "probe", Extern::Func(probe));
    let first = Module::new(
        &engine,
        r#"(module
             (type $probe (func (param i32) (result i32 i32)))
             (import "host" "probe" (func $p (type $probe)))
             (memory 1) (data (i32.const 3) "\07")
             (table (export "table") 1 funcref)
             (elem (i32.const 0) $p)
             (func (export "tail") (param i32) (result i32 i32)
               (return_call $p (local.get 0))))"#,
    )
    .unwrap();
    let second = Module::new(
        &engine,
        r#"(module
             (type $probe (func (param i32) (result i32 i32)))
             (import "first" "table" (table 1 funcref))
             (memory 1) (data (i32.const 3) "\09")
             (func $tail (export "tail") (param i32) (result i32 i32)
               (return_call_indirect (type $probe) (local.get 0) (i32.const 0)))
             (func (export "called") (result i32)
               (i32.add (i32.add (call $tail (i32.const 3))) (i32.load8_u (i32.const 3)))))"#,
    )
    .unwrap();
    let first = linker.instantiate(&mut store, &first).unwrap();
    linker.define_instance(&store, "first", first).unwrap();
    let second = linker.instantiate(&mut store, &second).unwrap();
    let call = |store: &mut Store, instance: &lightbeam::Instance, name: &str, args: &[Val]| {
        let func = instance.get_func(store, name).unwrap().unwrap();
        func.call(store, args).unwrap()
    };
    assert_eq!(
        call(&mut store, &first, "tail", &[Val::I32(3)]),
        vec![Val::I32(7), Val::I32(4)]
    );
    // The table holds the host function itself: the caller is the second instance.
    assert_eq!(
        call(&mut store, &second, "tail", &[Val::I32(3)]),
        vec![Val::I32(9), Val::I32(4)]
    );
    // 9 from the probe, plus 4, plus the second instance's own byte, read after the
    // call returned with the host context in `r14`.
    assert_eq!(call(&mut store, &second, "called", &[]), vec![Val::I32(22)]);
}
