//! End-to-end smoke tests: compile, instantiate, call.

mod common;

use common::{call, instantiate};
use lightbeam::{Engine, Linker, Module, Store, TrapCode, Val};

#[test]
fn adds_two_numbers() {
    let (mut store, instance) = instantiate(
        r#"(module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))"#,
    );
    assert_eq!(
        call(&mut store, &instance, "add", &[Val::I32(2), Val::I32(40)]).unwrap(),
        vec![Val::I32(42)]
    );
}

#[test]
fn division_by_zero_is_a_trap_value() {
    let (mut store, instance) = instantiate(
        r#"(module (func (export "div") (param i32 i32) (result i32) local.get 0 local.get 1 i32.div_s))"#,
    );
    assert_eq!(
        call(&mut store, &instance, "div", &[Val::I32(7), Val::I32(2)]).unwrap(),
        vec![Val::I32(3)]
    );
    let trap = call(&mut store, &instance, "div", &[Val::I32(7), Val::I32(0)]).unwrap_err();
    assert_eq!(trap.code, TrapCode::IntegerDivisionByZero);
    assert_eq!(trap.message, "integer divide by zero");
    // The store is still usable after a trap.
    assert_eq!(
        call(&mut store, &instance, "div", &[Val::I32(-8), Val::I32(2)]).unwrap(),
        vec![Val::I32(-4)]
    );
}

/// `fib`, exported: doubly recursive, with no loop.
const RECURSIVE_FIB: &str = r#"
  (func $fib (export "fib") (param i32) (result i32)
    (if (result i32) (i32.lt_u (local.get 0) (i32.const 2))
      (then (local.get 0))
      (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
                     (call $fib (i32.sub (local.get 0) (i32.const 2)))))))"#;

#[test]
fn recursive_fib() {
    let (mut store, instance) = instantiate(format!("(module {RECURSIVE_FIB})"));
    assert_eq!(
        call(&mut store, &instance, "fib", &[Val::I32(20)]).unwrap(),
        vec![Val::I32(6765)]
    );
}

#[test]
fn loop_with_locals_and_branches() {
    let (mut store, instance) = instantiate(
        r#"(module
          (func (export "sum") (param $n i64) (result i64) (local $acc i64)
            (block $done
              (loop $next
                (br_if $done (i64.eqz (local.get $n)))
                (local.set $acc (i64.add (local.get $acc) (local.get $n)))
                (local.set $n (i64.sub (local.get $n) (i64.const 1)))
                (br $next)))
            (local.get $acc)))"#,
    );
    assert_eq!(
        call(&mut store, &instance, "sum", &[Val::I64(100)]).unwrap(),
        vec![Val::I64(5050)]
    );
}

#[test]
fn blocks_carry_values_and_br_table_dispatches() {
    let (mut store, instance) = instantiate(
        r#"(module
          (func (export "pick") (param i32) (result i32)
            (block $c (result i32)
              (block $b (result i32)
                (block $a (result i32)
                  (i32.const 10)
                  (br_table $a $b $c (local.get 0)))
                (i32.add (i32.const 1)))
              (i32.add (i32.const 100)))))"#,
    );
    assert_eq!(
        call(&mut store, &instance, "pick", &[Val::I32(0)]).unwrap(),
        vec![Val::I32(111)]
    );
    assert_eq!(
        call(&mut store, &instance, "pick", &[Val::I32(1)]).unwrap(),
        vec![Val::I32(110)]
    );
    assert_eq!(
        call(&mut store, &instance, "pick", &[Val::I32(2)]).unwrap(),
        vec![Val::I32(10)]
    );
    assert_eq!(
        call(&mut store, &instance, "pick", &[Val::I32(99)]).unwrap(),
        vec![Val::I32(10)]
    );
}

#[test]
fn multi_value_functions_and_blocks() {
    let (mut store, instance) = instantiate(
        r#"(module
          (func $swap (param i32 i32) (result i32 i32) (local.get 1) (local.get 0))
          (func (export "f") (param i32 i32) (result i32 i32 i32)
            (call $swap (local.get 0) (local.get 1))
            (block (param i32 i32) (result i32 i32 i32)
              (i32.const 7))))"#,
    );
    assert_eq!(
        call(&mut store, &instance, "f", &[Val::I32(1), Val::I32(2)]).unwrap(),
        vec![Val::I32(2), Val::I32(1), Val::I32(7)]
    );
}

#[test]
fn memory_loads_stores_and_out_of_bounds() {
    let (mut store, instance) = instantiate(
        r#"(module (memory (export "mem") 1)
          (data (i32.const 8) "\2a\00\00\00")
          (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
          (func (export "store") (param i32 i64) (i64.store offset=4 (local.get 0) (local.get 1)))
          (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
          (func (export "size") (result i32) (memory.size)))"#,
    );
    assert_eq!(
        call(&mut store, &instance, "load", &[Val::I32(8)]).unwrap(),
        vec![Val::I32(42)]
    );
    call(&mut store, &instance, "store", &[Val::I32(0), Val::I64(-1)]).unwrap();
    assert_eq!(
        call(&mut store, &instance, "load", &[Val::I32(8)]).unwrap(),
        vec![Val::I32(-1)]
    );
    let trap = call(&mut store, &instance, "load", &[Val::I32(65534)]).unwrap_err();
    assert_eq!(trap.message, "out of bounds memory access");
    assert!(trap.wasm_offset.is_some());
    assert_eq!(
        call(&mut store, &instance, "grow", &[Val::I32(2)]).unwrap(),
        vec![Val::I32(1)]
    );
    assert_eq!(
        call(&mut store, &instance, "size", &[]).unwrap(),
        vec![Val::I32(3)]
    );
    assert_eq!(
        call(&mut store, &instance, "load", &[Val::I32(65534)]).unwrap(),
        vec![Val::I32(0)]
    );
}

#[test]
fn unbounded_recursion_is_call_stack_exhausted() {
    let (mut store, instance) = instantiate(
        r#"(module (func $f (export "f") (param i32) (result i32) (call $f (i32.add (local.get 0) (i32.const 1)))))"#,
    );
    let trap = call(&mut store, &instance, "f", &[Val::I32(0)]).unwrap_err();
    assert_eq!(trap.code, TrapCode::StackOverflow);
    assert_eq!(trap.message, "call stack exhausted");
}

#[test]
fn infinite_loop_is_interrupted_from_another_thread() {
    let (mut store, instance) = instantiate(r#"(module (func (export "spin") (loop $l (br $l))))"#);
    let interrupter = interrupt_soon(&store);
    let trap = call(&mut store, &instance, "spin", &[]).unwrap_err();
    interrupter.join().unwrap();
    assert_eq!(trap.code, TrapCode::Interrupted);
}

#[test]
fn loop_free_recursion_is_interrupted_at_function_entry_and_runs_again_afterwards() {
    // No loop header here: only the function entries' stack check, which an interrupt
    // makes fail, can see the request. Afterwards the real limit is back: shallow calls
    // run, and unbounded recursion is still `call stack exhausted`.
    let (mut store, instance) = instantiate(format!(
        r#"(module {RECURSIVE_FIB}
          (func $deep (export "deep") (param i32) (result i32)
            (call $deep (i32.add (local.get 0) (i32.const 1)))))"#
    ));
    for _ in 0..2 {
        let interrupter = interrupt_soon(&store);
        // fib(60) makes about 10^12 calls: far longer than the delay.
        let trap = call(&mut store, &instance, "fib", &[Val::I32(60)]).unwrap_err();
        interrupter.join().unwrap();
        assert_eq!(trap.code, TrapCode::Interrupted);
        assert_eq!(
            call(&mut store, &instance, "fib", &[Val::I32(20)]).unwrap(),
            vec![Val::I32(6765)]
        );
        let trap = call(&mut store, &instance, "deep", &[Val::I32(0)]).unwrap_err();
        assert_eq!(trap.code, TrapCode::StackOverflow);
    }
    // A request made while nothing runs stops the next call, at its first entry.
    store.interrupt_handle().interrupt();
    let trap = call(&mut store, &instance, "fib", &[Val::I32(5)]).unwrap_err();
    assert_eq!(trap.code, TrapCode::Interrupted);
    assert_eq!(
        call(&mut store, &instance, "fib", &[Val::I32(5)]).unwrap(),
        vec![Val::I32(5)]
    );
}

/// Interrupts whatever `store` runs, from another thread, after a short delay.
fn interrupt_soon(store: &Store) -> std::thread::JoinHandle<()> {
    let handle = store.interrupt_handle();
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(50));
        handle.interrupt();
    })
}

#[test]
fn every_instance_of_a_store_is_interrupted_and_runs_again_afterwards() {
    // A request must reach whichever instance runs, and the trap must clear it so every
    // instance runs normally afterwards.
    let engine = Engine::default();
    let mut store = Store::new(&engine);
    let module = Module::new(
        &engine,
        r#"(module
          (func (export "spin") (loop $l (br $l)))
          (func (export "count") (param i32) (result i32) (local i32)
            (loop $l
              (local.set 1 (i32.add (local.get 1) (i32.const 1)))
              (br_if $l (i32.lt_u (local.get 1) (local.get 0))))
            (local.get 1)))"#,
    )
    .unwrap();
    let first = Linker::new().instantiate(&mut store, &module).unwrap();
    let second = Linker::new().instantiate(&mut store, &module).unwrap();
    for instance in [&second, &first] {
        let interrupter = interrupt_soon(&store);
        let trap = call(&mut store, instance, "spin", &[]).unwrap_err();
        interrupter.join().unwrap();
        assert_eq!(trap.code, TrapCode::Interrupted);
        for instance in [&first, &second] {
            assert_eq!(
                call(&mut store, instance, "count", &[Val::I32(1000)]).unwrap(),
                vec![Val::I32(1000)]
            );
        }
    }
    // A handle that outlives its store interrupts nothing, and must not touch freed
    // instances.
    let handle = store.interrupt_handle();
    drop(store);
    handle.interrupt();
}

#[test]
fn host_functions_are_called_and_their_traps_propagate() {
    use lightbeam::{Extern, Func, FuncType, ValType};
    let engine = Engine::default();
    let mut store = Store::new(&engine);
    let double = Func::new_host(
        &mut store,
        FuncType::new([ValType::I32], [ValType::I32]),
        |args| match args[0] {
            Val::I32(13) => Err(lightbeam::Trap::host("unlucky")),
            Val::I32(x) => Ok(vec![Val::I32(x * 2)]),
            _ => unreachable!(),
        },
    );
    let module = Module::new(
        &engine,
        r#"(module (import "host" "double" (func $d (param i32) (result i32)))
             (func (export "f") (param i32) (result i32) (i32.add (call $d (local.get 0)) (i32.const 1))))"#,
    )
    .unwrap();
    let mut linker = Linker::new();
    linker.define("host", "double", Extern::Func(double));
    let instance = linker.instantiate(&mut store, &module).unwrap();
    assert_eq!(
        call(&mut store, &instance, "f", &[Val::I32(20)]).unwrap(),
        vec![Val::I32(41)]
    );
    let trap = call(&mut store, &instance, "f", &[Val::I32(13)]).unwrap_err();
    assert_eq!(trap.message, "unlucky");
}

#[test]
fn call_indirect_checks_signatures() {
    let (mut store, instance) = instantiate(
        r#"(module
          (type $ii (func (param i32) (result i32)))
          (table 3 funcref)
          (elem (i32.const 0) $inc $zero)
          (func $inc (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
          (func $zero (result i32) (i32.const 0))
          (func (export "call") (param i32 i32) (result i32)
            (call_indirect (type $ii) (local.get 1) (local.get 0))))"#,
    );
    assert_eq!(
        call(&mut store, &instance, "call", &[Val::I32(0), Val::I32(5)]).unwrap(),
        vec![Val::I32(6)]
    );
    let mismatch = call(&mut store, &instance, "call", &[Val::I32(1), Val::I32(5)]).unwrap_err();
    assert_eq!(mismatch.message, "indirect call type mismatch");
    let null = call(&mut store, &instance, "call", &[Val::I32(2), Val::I32(5)]).unwrap_err();
    assert_eq!(null.message, "uninitialized element 2");
    let out = call(&mut store, &instance, "call", &[Val::I32(3), Val::I32(5)]).unwrap_err();
    assert_eq!(out.message, "undefined element");
}

#[test]
fn errors_with_one_spec_counterpart_are_worded_as_the_spec_says() {
    let engine = Engine::default();
    // Lane 16 of an i8x16: one past the last.
    let lane = wat::parse_str(
        "(module (func (param v128) (result i32) (i8x16.extract_lane_s 16 (local.get 0))))",
    );
    let error = Module::new(&engine, lane.unwrap()).unwrap_err();
    assert!(
        error.to_string().starts_with("invalid lane index"),
        "{error}"
    );
    // A type section after the function section.
    let out_of_order = b"\0asm\x01\0\0\0\x03\x01\x00\x01\x01\x00";
    let error = Module::new(&engine, out_of_order).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("unexpected content after last section"),
        "{error}"
    );
}

#[test]
fn invalid_input_is_an_error_with_an_offset() {
    let engine = Engine::default();
    let bad = wat::parse_str(r#"(module (func (result i32) (i64.const 1)))"#);
    // The text parser accepts it; validation must reject it.
    let error = Module::new(&engine, bad.unwrap()).unwrap_err();
    match error {
        lightbeam::CompileError::Invalid { message, offset } => {
            assert!(message.contains("type mismatch"), "{message}");
            assert!(offset > 0);
        }
        other => panic!("expected an invalid-module error, got {other:?}"),
    }
    let truncated = Module::new(&engine, b"\0asm\x01\0\0\0\x01").unwrap_err();
    assert!(matches!(truncated, lightbeam::CompileError::Invalid { .. }));
}

#[test]
fn globals_can_be_read_and_written() {
    let (mut store, instance) = instantiate(
        r#"(module (global $g (export "g") (mut i32) (i32.const 5))
          (func (export "bump") (result i32) (global.set $g (i32.add (global.get $g) (i32.const 1))) (global.get $g)))"#,
    );
    assert_eq!(
        call(&mut store, &instance, "bump", &[]).unwrap(),
        vec![Val::I32(6)]
    );
    let global = instance.get_global(&store, "g").unwrap().unwrap();
    global.set(&mut store, Val::I32(41)).unwrap();
    assert_eq!(
        call(&mut store, &instance, "bump", &[]).unwrap(),
        vec![Val::I32(42)]
    );
}

#[test]
fn parallel_and_serial_compilation_produce_identical_code() {
    use lightbeam::{Config, FuncSelector};
    let wat = r#"(module (memory 1)
      (func $a (param i32) (result i32) (i32.mul (local.get 0) (i32.const 3)))
      (func $b (param i32) (result i32) (call $a (i32.add (local.get 0) (i32.const 1))))
      (func $c (param i64) (result i64) (block (result i64) (i64.load (i32.const 8))))
      (func $d (result f64) (f64.sqrt (f64.const 2))))"#;
    let listings = |parallel_compilation: bool| {
        let engine = Engine::new(Config {
            parallel_compilation,
            ..Config::default()
        });
        let module = Module::new(&engine, wat).unwrap();
        (0..4)
            .map(|i| module.disassemble(FuncSelector::Index(i)).unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(listings(true), listings(false));
}

#[test]
fn modules_stream_from_a_reader_in_small_pieces() {
    /// A reader that hands out at most three bytes per call.
    struct Trickle<'a>(&'a [u8]);
    impl std::io::Read for Trickle<'_> {
        fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
            let n = self.0.len().min(buffer.len()).min(3);
            buffer[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }
    let bytes = wat::parse_str(
        r#"(module (func (export "f") (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
                   (func (export "g") (result i32) (i32.const 9)))"#,
    )
    .unwrap();
    let engine = Engine::default();
    let module = Module::from_reader(&engine, Trickle(&bytes)).unwrap();
    let mut store = Store::new(&engine);
    let instance = Linker::new().instantiate(&mut store, &module).unwrap();
    assert_eq!(
        call(&mut store, &instance, "f", &[Val::I32(1)]).unwrap(),
        vec![Val::I32(2)]
    );
    assert_eq!(
        call(&mut store, &instance, "g", &[]).unwrap(),
        vec![Val::I32(9)]
    );
}

#[test]
fn deep_recursion_on_a_small_thread_stack_traps_instead_of_crashing() {
    let handle = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| {
            let (mut store, instance) = instantiate(
                r#"(module (func $f (export "f") (param i64) (result i64)
                     (i64.add (call $f (i64.add (local.get 0) (i64.const 1))) (local.get 0))))"#,
            );
            call(&mut store, &instance, "f", &[Val::I64(0)])
                .unwrap_err()
                .code
        })
        .unwrap();
    assert_eq!(handle.join().unwrap(), TrapCode::StackOverflow);
}

#[test]
fn shared_types_are_thread_safe() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Engine>();
    assert_send_sync::<Module>();
    assert_send_sync::<lightbeam::InterruptHandle>();
    assert_send_sync::<lightbeam::Trap>();
    assert_send_sync::<lightbeam::CompileError>();
}
