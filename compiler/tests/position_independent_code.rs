//! A module's machine code holds no host address: builtins are reached through the
//! store context, so the same module compiles to the same bytes in every process, and
//! those bytes would run in any of them.
//!
//! The modules below call every builtin (memory.grow/fill/copy/init, data.drop,
//! table.grow/fill/copy/init, elem.drop; with threads, memory.atomic.notify/wait32/
//! wait64) as well as direct and indirect calls and traps. The `lightbeam` command
//! compiles Wasm 2.0, so the comparison across processes covers the first module; the
//! atomic builtins are reached through the same table and scanned in this process.

use std::process::Command;

use lightbeam::{Config, Engine, FuncSelector, Linker, Module, Store, TrapCode, Val};
use wasmparser::WasmFeatures;

/// Every builtin, a direct call, a `call_indirect` and explicit traps.
const EVERY_BUILTIN: &str = r#"(module
  (type $unary (func (param i32) (result i32)))
  (memory 1 4)
  (table $funcs 2 8 funcref)
  (table $spare 4 funcref)
  (data $bytes "\01\02\03\04")
  (elem $fns func $double $double)
  (func $double (type $unary) (i32.add (local.get 0) (local.get 0)))
  (func (export "memory_ops") (result i32)
    (drop (memory.grow (i32.const 1)))
    (memory.fill (i32.const 16) (i32.const 7) (i32.const 4))
    (memory.copy (i32.const 32) (i32.const 16) (i32.const 4))
    (memory.init $bytes (i32.const 48) (i32.const 0) (i32.const 4))
    (data.drop $bytes)
    (i32.add (i32.load (i32.const 32)) (i32.load (i32.const 48))))
  (func (export "table_ops") (result i32)
    (drop (table.grow $funcs (ref.null func) (i32.const 2)))
    (table.fill $funcs (i32.const 2) (ref.func $double) (i32.const 2))
    (table.copy $spare $funcs (i32.const 0) (i32.const 2) (i32.const 2))
    (table.init $funcs $fns (i32.const 0) (i32.const 0) (i32.const 2))
    (elem.drop $fns)
    (i32.add
      (call $double (table.size $funcs))
      (call_indirect $funcs (type $unary) (i32.const 5) (i32.const 3))))
  (func (export "init_after_drop")
    (memory.init $bytes (i32.const 0) (i32.const 0) (i32.const 1)))
  (func (export "divide") (param i32 i32) (result i32)
    (i32.div_s (local.get 0) (local.get 1)))
  (func (export "unreachable") unreachable))"#;

/// The builtins of the threads proposal.
const ATOMIC_BUILTINS: &str = r#"(module
  (memory 1 1 shared)
  (func (export "atomic_ops") (result i32)
    (i32.add
      (i32.add
        (memory.atomic.notify (i32.const 0) (i32.const 1))
        (memory.atomic.wait32 (i32.const 0) (i32.const 1) (i64.const 0)))
      (memory.atomic.wait64 (i32.const 8) (i64.const 0) (i64.const 0)))))"#;

/// An engine that compiles both modules, serially.
fn threads_engine() -> Engine {
    Engine::new(Config {
        parallel_compilation: false,
        features: WasmFeatures::WASM2 | WasmFeatures::THREADS,
        ..Config::default()
    })
}

/// The module's code bytes as `compile -o` writes them, from a fresh `lightbeam` process.
fn code_from_a_new_process(module: &std::path::Path, run: usize) -> Vec<u8> {
    let out = module.with_extension(format!("{run}.bin"));
    let output = Command::new(env!("CARGO_BIN_EXE_lightbeam"))
        .args(["compile", "--threads", "1", "-o"])
        .arg(&out)
        .arg(module)
        .output()
        .expect("the lightbeam command runs");
    assert!(output.status.success(), "{output:?}");
    let code = std::fs::read(&out).expect("compile -o writes the code");
    std::fs::remove_file(out).expect("the output file can be removed");
    code
}

#[test]
fn two_processes_compile_the_same_bytes() {
    let module = std::env::temp_dir().join(format!(
        "lightbeam-position-independent-{}.wat",
        std::process::id()
    ));
    std::fs::write(&module, EVERY_BUILTIN).unwrap();
    let first = code_from_a_new_process(&module, 1);
    let second = code_from_a_new_process(&module, 2);
    std::fs::remove_file(&module).unwrap();
    assert!(!first.is_empty());
    if let Some(at) = first.iter().zip(&second).position(|(a, b)| a != b) {
        panic!("the code differs between two processes at byte {at:#x}");
    }
    assert_eq!(first.len(), second.len());
}

/// The address ranges this process has mapped, except the kernel's fixed `vsyscall`
/// page (above any user address).
fn mapped_ranges() -> Vec<std::ops::Range<u64>> {
    let maps = std::fs::read_to_string("/proc/self/maps").expect("/proc/self/maps is readable");
    maps.lines()
        .filter(|line| !line.ends_with("[vsyscall]"))
        .map(|line| {
            let range = line.split_whitespace().next().unwrap();
            let (start, end) = range.split_once('-').unwrap();
            u64::from_str_radix(start, 16).unwrap()..u64::from_str_radix(end, 16).unwrap()
        })
        .collect()
}

#[test]
fn code_holds_no_address_mapped_in_this_process() {
    // Independent of address-space randomisation: any 8 bytes of code that read as an
    // address of this process (code of the runtime's builtins, its data, the heap) is
    // one the compiler copied in.
    let engine = threads_engine();
    let ranges = mapped_ranges();
    for source in [EVERY_BUILTIN, ATOMIC_BUILTINS] {
        let module = Module::new(&engine, source).unwrap();
        for index in 0..module.defined_functions() {
            let code = module.function_code(index).unwrap();
            for (at, window) in code.windows(8).enumerate() {
                let value = u64::from_le_bytes(window.try_into().unwrap());
                if let Some(range) = ranges.iter().find(|range| range.contains(&value)) {
                    panic!(
                        "function {index} holds the address {value:#x} (in the mapping \
                     {:#x}-{:#x}) at byte {at:#x}:\n{}",
                        range.start,
                        range.end,
                        lightbeam::disassemble(code)
                    );
                }
            }
        }
    }
}

#[test]
fn builtins_called_through_the_table_do_their_work() {
    let engine = Engine::default();
    let module = Module::new(&engine, EVERY_BUILTIN).unwrap();
    let mut store = Store::new(&engine);
    let instance = Linker::new().instantiate(&mut store, &module).unwrap();
    let mut call = |name: &str, args: &[Val]| {
        let func = instance.get_func(&store, name).unwrap().unwrap();
        func.call(&mut store, args)
    };
    // 0x07070707 copied by memory.copy plus 0x04030201 written by memory.init.
    assert_eq!(
        call("memory_ops", &[]).unwrap(),
        [Val::I32(0x0707_0707 + 0x0403_0201)]
    );
    // The table grew from 2 to 4 elements: double(4) + double(5) through element 3.
    assert_eq!(call("table_ops", &[]).unwrap(), [Val::I32(8 + 10)]);
    let dropped = call("init_after_drop", &[]).unwrap_err();
    assert_eq!(dropped.code, TrapCode::MemoryOutOfBounds);
    let division = call("divide", &[Val::I32(1), Val::I32(0)]).unwrap_err();
    assert_eq!(division.code, TrapCode::IntegerDivisionByZero);
    let unreachable = call("unreachable", &[]).unwrap_err();
    assert_eq!(unreachable.code, TrapCode::Unreachable);
    // No waiter: 0 woken; 1 "not-equal"; 2 "timed-out".
    let engine = threads_engine();
    let module = Module::new(&engine, ATOMIC_BUILTINS).unwrap();
    let mut store = Store::new(&engine);
    let instance = Linker::new().instantiate(&mut store, &module).unwrap();
    let atomic_ops = instance.get_func(&store, "atomic_ops").unwrap().unwrap();
    assert_eq!(atomic_ops.call(&mut store, &[]).unwrap(), [Val::I32(3)]);
}

#[test]
fn listings_name_the_builtin_each_call_reaches() {
    let engine = threads_engine();
    let module = Module::new(&engine, EVERY_BUILTIN).unwrap();
    let atomic = Module::new(&engine, ATOMIC_BUILTINS).unwrap();
    let expected = [
        (
            "memory_ops",
            &[
                "memory.grow",
                "memory.fill",
                "memory.copy",
                "memory.init",
                "data.drop",
            ][..],
        ),
        (
            "table_ops",
            &[
                "table.grow",
                "table.fill",
                "table.copy",
                "table.init",
                "elem.drop",
            ][..],
        ),
    ];
    let atomic_expected = (
        "atomic_ops",
        &[
            "memory.atomic.notify",
            "memory.atomic.wait32",
            "memory.atomic.wait64",
        ][..],
    );
    let cases = expected
        .into_iter()
        .map(|case| (&module, case))
        .chain([(&atomic, atomic_expected)]);
    for (module, (export, builtins)) in cases {
        let listing = module.disassemble(FuncSelector::Export(export)).unwrap();
        let named: Vec<&str> = listing
            .lines()
            .filter(|line| line.contains("call "))
            .filter_map(|line| line.split_once(" ; ").map(|(_, name)| name))
            .collect();
        assert_eq!(named, builtins, "{listing}");
    }
}
