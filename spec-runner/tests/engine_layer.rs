//! The engine layer's promises, checked against every built-in adapter: what
//! one engine does through [`Engine`], the other does too, so clients (the
//! runner, the fuzzer, the bench) can swap them.

use spec_runner::engine::{
    CompileErrorKind, Engine, EngineConfig, EngineKind, ExportKind, FeatureLevel, InstanceId,
    Outcome,
};
use spec_runner::value::{TrapKind, Value, ValueType};
use std::time::Duration;

/// Every adapter this build links.
#[cfg(not(feature = "wasmtime"))]
const KINDS: [EngineKind; 2] = [EngineKind::Wasmi, EngineKind::Lightbeam];
/// Every adapter this build links.
#[cfg(feature = "wasmtime")]
const KINDS: [EngineKind; 3] = [
    EngineKind::Wasmi,
    EngineKind::Lightbeam,
    EngineKind::Wasmtime,
];

fn encode(text: &str) -> Vec<u8> {
    let buffer = wast::parser::ParseBuffer::new(text).expect("the test module lexes");
    let mut module: wast::Wat = wast::parser::parse(&buffer).expect("the test module parses");
    module.encode().expect("the test module encodes")
}

fn plain(kind: EngineKind) -> Box<dyn Engine> {
    kind.create_with(&EngineConfig::plain(FeatureLevel::Wasm2.features()))
        .expect("the engine is built in")
}

fn instantiate(engine: &mut dyn Engine, text: &str) -> InstanceId {
    let module = engine
        .compile(&encode(text))
        .expect("the test module compiles");
    engine
        .instantiate(module)
        .expect("the test module instantiates")
}

const STATE: &str = r#"(module
    (memory (export "memory") 1 1)
    (global (export "counter") (mut i64) (i64.const 5))
    (table (export "table") 3 funcref)
    (elem (i32.const 1) func $bump)
    (func $bump (export "bump") (param i64) (result i64)
        (global.set 0 (i64.add (global.get 0) (local.get 0)))
        (global.get 0))
    (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0))))"#;

#[test]
fn exports_are_listed_with_their_signatures() {
    for kind in KINDS {
        let mut engine = plain(kind);
        let instance = instantiate(&mut *engine, STATE);
        let mut exports = engine.exports(instance).unwrap();
        exports.sort_by(|a, b| a.name.cmp(&b.name));
        let kinds: Vec<_> = exports.iter().map(|e| (e.name.as_str(), &e.kind)).collect();
        let bump = ExportKind::Func {
            params: vec![ValueType::I64],
            results: vec![ValueType::I64],
        };
        let load = ExportKind::Func {
            params: vec![ValueType::I32],
            results: vec![ValueType::I32],
        };
        assert_eq!(
            kinds,
            [
                ("bump", &bump),
                ("counter", &ExportKind::Global),
                ("load", &load),
                ("memory", &ExportKind::Memory),
                ("table", &ExportKind::Table),
            ],
            "{kind}"
        );
    }
}

/// An export whose name starts like the adapters' hidden function exports (NUL bytes
/// are valid in names; the differential fuzzer found one) is the module's own: every
/// engine lists it, also when the engine names functions by index through hidden
/// exports, and such a module's functions then have no identity to ask for.
#[test]
fn exports_named_like_hidden_ones_are_listed_by_every_engine() {
    let text = r#"(module
        (func (export "\00spec-runner:func:0"))
        (func (export "\00spec-runner:func:((((("))
        (func (export "f")))"#;
    for kind in KINDS {
        let mut config = EngineConfig::plain(FeatureLevel::Wasm2.features());
        config.function_identity = true;
        let mut engine = kind.create_with(&config).expect("the engine is built in");
        let instance = instantiate(&mut *engine, text);
        let mut names: Vec<_> = engine
            .exports(instance)
            .unwrap()
            .into_iter()
            .map(|export| export.name)
            .collect();
        names.sort();
        assert_eq!(
            names,
            ["\0spec-runner:func:(((((", "\0spec-runner:func:0", "f"],
            "{kind}"
        );
        // The identity of a function of this module cannot be asked for by index through
        // the hidden exports; an engine that reaches functions directly may answer.
        if kind != EngineKind::Lightbeam {
            assert!(
                engine
                    .func_ref_is(instance, 0, &Value::FuncRef(None))
                    .is_err(),
                "{kind}"
            );
        }
        // A module without such names gets the hidden exports, and still lists only
        // its own.
        let plain_instance = instantiate(&mut *engine, "(module (func (export \"g\")))");
        let names: Vec<_> = engine
            .exports(plain_instance)
            .unwrap()
            .into_iter()
            .map(|export| export.name)
            .collect();
        assert_eq!(names, ["g"], "{kind}");
        assert_eq!(
            engine.func_ref_is(plain_instance, 0, &Value::FuncRef(None)),
            Ok(false),
            "{kind}"
        );
    }
}

#[test]
fn globals_memories_and_tables_are_read_and_written() {
    for kind in KINDS {
        let mut engine = plain(kind);
        let instance = instantiate(&mut *engine, STATE);
        engine
            .set_global(instance, "counter", Value::I64(40))
            .unwrap();
        assert_eq!(
            engine.invoke(instance, "bump", &[Value::I64(2)]),
            Ok(Outcome::Returned(vec![Value::I64(42)])),
            "{kind}"
        );
        assert_eq!(engine.get_global(instance, "counter"), Ok(Value::I64(42)));
        assert!(engine
            .set_global(instance, "counter", Value::I32(0))
            .is_err());

        assert_eq!(engine.memory_size(instance, "memory"), Ok(65536), "{kind}");
        engine
            .write_memory(instance, "memory", 100, &[7, 8, 9])
            .unwrap();
        let mut out = [0; 4];
        engine
            .read_memory(instance, "memory", 99, &mut out)
            .unwrap();
        assert_eq!(out, [0, 7, 8, 9], "{kind}");
        assert_eq!(
            engine.invoke(instance, "load", &[Value::I32(101)]),
            Ok(Outcome::Returned(vec![Value::I32(8)]))
        );
        assert!(engine
            .read_memory(instance, "memory", 65535, &mut out)
            .is_err());
        assert!(engine.memory_size(instance, "missing").is_err());

        assert_eq!(
            engine.table_nulls(instance, "table"),
            Ok(vec![true, false, true]),
            "{kind}"
        );
    }
}

/// Null `exnref`s read as null, and functions passing `exnref` (no harness form) are
/// left out of the exports, on every adapter that has exception handling.
#[test]
fn exnref_tables_read_as_null_and_exnref_functions_are_not_listed() {
    let text = r#"(module
        (table (export "exns") 2 exnref)
        (func (export "make") (result exnref) (ref.null exn))
        (func (export "plain") (result i32) (i32.const 1)))"#;
    for kind in KINDS.into_iter().filter(|kind| *kind != EngineKind::Wasmi) {
        let mut engine = kind
            .create_with(&EngineConfig::plain(FeatureLevel::Wasm3.features()))
            .expect("the engine is built in");
        let instance = instantiate(&mut *engine, text);
        assert_eq!(
            engine.table_nulls(instance, "exns"),
            Ok(vec![true, true]),
            "{kind}"
        );
        let mut names: Vec<_> = engine
            .exports(instance)
            .unwrap()
            .into_iter()
            .map(|export| export.name)
            .collect();
        names.sort();
        assert_eq!(names, ["exns", "plain"], "{kind}");
    }
}

#[test]
fn unresolved_function_imports_can_be_stubbed_with_traps() {
    let importer = r#"(module
        (import "env" "log" (func $log (param i32)))
        (func (export "quiet") (result i32) (i32.const 3))
        (func (export "loud") (call $log (i32.const 1))))"#;
    for kind in KINDS {
        let mut engine = plain(kind);
        let module = engine.compile(&encode(importer)).unwrap();
        assert!(
            engine.instantiate(module).is_err(),
            "{kind}: env.log is missing"
        );
        engine.define_trapping_imports(module).unwrap();
        let instance = engine.instantiate(module).expect("the stub links");
        assert_eq!(
            engine.invoke(instance, "quiet", &[]),
            Ok(Outcome::Returned(vec![Value::I32(3)]))
        );
        match engine.invoke(instance, "loud", &[]) {
            Ok(Outcome::Trapped(trap)) => {
                assert_eq!(trap.kind, TrapKind::Other, "{kind}");
                assert!(trap.message.contains("env.log"), "{kind}: {trap}");
            }
            other => panic!("{kind}: expected a trap, got {other:?}"),
        }
    }
}

#[test]
fn text_and_garbage_are_invalid_binaries() {
    for kind in KINDS {
        let mut engine = plain(kind);
        for input in [&b"(module)"[..], b"", b"\0asm\x02"] {
            let error = engine.compile(input).expect_err("not a binary module");
            assert_eq!(error.kind, CompileErrorKind::Invalid, "{kind}: {input:?}");
        }
    }
}

#[test]
fn only_a_compiler_reports_machine_code() {
    for kind in KINDS {
        let mut engine = plain(kind);
        let module = engine.compile(&encode(STATE)).unwrap();
        let size = engine.code_size(module);
        let compiler = kind != EngineKind::Wasmi;
        assert_eq!(size.is_some(), compiler, "{kind}: {size:?}");
        assert!(size.is_none_or(|bytes| bytes > 0));
    }
}

const SPIN: &str = r#"(module (func (export "spin") (loop (br 0))))"#;

#[test]
fn a_time_budget_stops_runaway_code_as_a_timeout() {
    for kind in KINDS {
        let config = EngineConfig {
            timeout: Some(Duration::from_millis(50)),
            ..EngineConfig::plain(FeatureLevel::Wasm2.features())
        };
        let mut engine = kind.create_with(&config).unwrap();
        let instance = instantiate(&mut *engine, SPIN);
        match engine.invoke(instance, "spin", &[]) {
            Ok(Outcome::Trapped(trap)) => assert_eq!(trap.kind, TrapKind::Timeout, "{kind}"),
            other => panic!("{kind}: expected a timeout, got {other:?}"),
        }
    }
}

#[test]
fn a_fuel_limit_stops_runaway_code_in_an_interpreter() {
    let config = EngineConfig {
        fuel_per_call: Some(10_000),
        ..EngineConfig::plain(FeatureLevel::Wasm2.features())
    };
    let mut engine = EngineKind::Wasmi.create_with(&config).unwrap();
    let instance = instantiate(&mut *engine, SPIN);
    for _ in 0..2 {
        match engine.invoke(instance, "spin", &[]) {
            Ok(Outcome::Trapped(trap)) => assert_eq!(trap.kind, TrapKind::OutOfFuel),
            other => panic!("expected out of fuel, got {other:?}"),
        }
    }
    let looping_start = r#"(module (func $spin (loop (br 0))) (start $spin))"#;
    let module = engine.compile(&encode(looping_start)).unwrap();
    match engine.instantiate(module) {
        Err(spec_runner::engine::InstantiateError::Trapped(trap)) => {
            assert_eq!(trap.kind, TrapKind::OutOfFuel)
        }
        other => panic!("expected out of fuel, got {other:?}"),
    }
}

#[test]
fn a_fuel_limit_and_a_time_budget_together_end_in_fuel_first() {
    let config = EngineConfig {
        timeout: Some(Duration::from_secs(60)),
        fuel_per_call: Some(120_000_000),
        ..EngineConfig::plain(FeatureLevel::Wasm2.features())
    };
    let mut engine = EngineKind::Wasmi.create_with(&config).unwrap();
    let instance = instantiate(&mut *engine, SPIN);
    match engine.invoke(instance, "spin", &[]) {
        Ok(Outcome::Trapped(trap)) => assert_eq!(trap.kind, TrapKind::OutOfFuel),
        other => panic!("expected out of fuel, got {other:?}"),
    }
}

#[test]
fn the_spectest_module_is_defined_only_when_asked_for() {
    let importer = r#"(module (import "spectest" "global_i32" (global i32)))"#;
    for kind in KINDS {
        let mut spec = kind.create(FeatureLevel::Wasm2).unwrap();
        let module = spec.compile(&encode(importer)).unwrap();
        assert!(spec.instantiate(module).is_ok(), "{kind}");
        let mut bare = plain(kind);
        let module = bare.compile(&encode(importer)).unwrap();
        assert!(bare.instantiate(module).is_err(), "{kind}");
    }
}

#[cfg(not(feature = "wasmtime"))]
#[test]
fn wasmtime_without_its_feature_says_how_to_get_it() {
    let kind: EngineKind = "wasmtime"
        .parse()
        .expect("the name is known in every build");
    let error = kind.ensure_available().unwrap_err();
    assert!(error.0.contains("--features wasmtime"), "{error}");
}

/// What only the second reference engine can judge: Wasm 3.0 features wasmi
/// lacks, and the line between Wasm 2.0 and 3.0.
#[cfg(feature = "wasmtime")]
mod wasmtime_only {
    use super::*;
    use spec_runner::engine::InstantiateError;

    fn wasm3() -> Box<dyn Engine> {
        EngineKind::Wasmtime
            .create_with(&EngineConfig::plain(FeatureLevel::Wasm3.features()))
            .unwrap()
    }

    const EXCEPTIONS: &str = r#"(module
        (tag $e (param i32))
        (func (export "throw") (param i32) (throw $e (local.get 0)))
        (func (export "catch") (param i32) (result i32)
            (block $h (result i32)
                (try_table (catch $e $h) (call 0 (local.get 0)))
                (i32.const -1))))"#;

    #[test]
    fn uncaught_exceptions_are_their_own_outcome() {
        let mut engine = wasm3();
        let instance = instantiate(&mut *engine, EXCEPTIONS);
        assert_eq!(
            engine.invoke(instance, "throw", &[Value::I32(7)]),
            Ok(Outcome::Exception)
        );
        assert_eq!(
            engine.invoke(instance, "catch", &[Value::I32(7)]),
            Ok(Outcome::Returned(vec![Value::I32(7)]))
        );
        // The tag is not listed, the functions are.
        let names: Vec<_> = engine
            .exports(instance)
            .unwrap()
            .into_iter()
            .map(|export| export.name)
            .collect();
        assert_eq!(names, ["throw", "catch"]);
    }

    #[test]
    fn gc_traps_have_their_kinds() {
        let mut engine = wasm3();
        let instance = instantiate(
            &mut *engine,
            r#"(module
                (type $s (struct (field i32)))
                (type $t (struct (field i64)))
                (func (export "null") (result i32) (struct.get $s 0 (ref.null $s)))
                (func (export "cast") (result i32)
                    (struct.get $s 0 (ref.cast (ref $s) (struct.new $t (i64.const 1)))))
                (type $a (array i8))
                (func (export "array") (result i32)
                    (array.get_u $a (array.new_default $a (i32.const 1)) (i32.const 1))))"#,
        );
        let kind = |engine: &mut dyn Engine, name| match engine.invoke(instance, name, &[]) {
            Ok(Outcome::Trapped(trap)) => trap.kind,
            other => panic!("{name}: expected a trap, got {other:?}"),
        };
        assert_eq!(kind(&mut *engine, "null"), TrapKind::NullReference);
        assert_eq!(kind(&mut *engine, "cast"), TrapKind::CastFailure);
        assert_eq!(kind(&mut *engine, "array"), TrapKind::ArrayOutOfBounds);
    }

    #[test]
    fn gc_references_are_an_error_not_a_wrong_value() {
        let mut engine = wasm3();
        let instance = instantiate(
            &mut *engine,
            r#"(module (func (export "i31") (result anyref) (ref.i31 (i32.const 5))))"#,
        );
        assert!(engine.invoke(instance, "i31", &[]).is_err());
        // Its result has no harness form: the function is not listed.
        assert_eq!(engine.exports(instance), Ok(Vec::new()));
    }

    #[test]
    fn wasm2_rejects_what_wasm3_accepts() {
        let two_memories = encode("(module (memory 1) (memory 1))");
        let mut wasm2 = plain(EngineKind::Wasmtime);
        let error = wasm2.compile(&two_memories).unwrap_err();
        assert_eq!(error.kind, CompileErrorKind::Invalid, "{}", error.message);
        assert!(wasm3().compile(&two_memories).is_ok());
    }

    #[test]
    fn start_traps_and_link_errors_are_told_apart() {
        let mut engine = wasm3();
        let trapping = engine
            .compile(&encode("(module (func $f unreachable) (start $f))"))
            .unwrap();
        match engine.instantiate(trapping) {
            Err(InstantiateError::Trapped(trap)) => assert_eq!(trap.kind, TrapKind::Unreachable),
            other => panic!("expected a trap, got {other:?}"),
        }
        let importing = engine
            .compile(&encode(r#"(module (import "nowhere" "f" (func)))"#))
            .unwrap();
        assert!(matches!(
            engine.instantiate(importing),
            Err(InstantiateError::Unlinkable(_))
        ));
    }

    #[test]
    fn imports_are_checked_against_their_live_sizes() {
        let mut engine = EngineKind::Wasmtime.create(FeatureLevel::Wasm2).unwrap();
        let mistyped = r#"(module (import "spectest" "global_i32" (global i64)))"#;
        let module = engine.compile(&encode(mistyped)).unwrap();
        assert!(matches!(
            engine.instantiate(module),
            Err(InstantiateError::Unlinkable(_))
        ));
        let grower = instantiate(
            &mut *engine,
            r#"(module (memory (export "m") 1)
                (func (export "grow") (result i32) (memory.grow (i32.const 1))))"#,
        );
        engine.register("grower", grower).unwrap();
        let needs_two = r#"(module (import "grower" "m" (memory 2)))"#;
        let module = engine.compile(&encode(needs_two)).unwrap();
        assert!(matches!(
            engine.instantiate(module),
            Err(InstantiateError::Unlinkable(_))
        ));
        assert_eq!(
            engine.invoke(grower, "grow", &[]),
            Ok(Outcome::Returned(vec![Value::I32(1)]))
        );
        assert!(engine.instantiate(module).is_ok());
    }

    #[test]
    fn a_fuel_limit_stops_runaway_code() {
        let config = EngineConfig {
            fuel_per_call: Some(10_000),
            ..EngineConfig::plain(FeatureLevel::Wasm2.features())
        };
        let mut engine = EngineKind::Wasmtime.create_with(&config).unwrap();
        let instance = instantiate(&mut *engine, SPIN);
        for _ in 0..2 {
            match engine.invoke(instance, "spin", &[]) {
                Ok(Outcome::Trapped(trap)) => assert_eq!(trap.kind, TrapKind::OutOfFuel),
                other => panic!("expected out of fuel, got {other:?}"),
            }
        }
    }

    #[test]
    fn shared_memories_are_read_and_written() {
        let mut engine = wasm3();
        let instance = instantiate(
            &mut *engine,
            r#"(module (memory (export "m") 1 1 shared)
                (func (export "load") (param i32) (result i32) (i32.atomic.load8_u (local.get 0))))"#,
        );
        assert_eq!(engine.memory_size(instance, "m"), Ok(65536));
        engine.write_memory(instance, "m", 10, &[42]).unwrap();
        let mut out = [0; 2];
        engine.read_memory(instance, "m", 10, &mut out).unwrap();
        assert_eq!(out, [42, 0]);
        assert_eq!(
            engine.invoke(instance, "load", &[Value::I32(10)]),
            Ok(Outcome::Returned(vec![Value::I32(42)]))
        );
        assert!(engine.read_memory(instance, "m", 65535, &mut out).is_err());
    }
}
