//! Runs `.wast` scripts against the compiler: every file under `tests/wast/` (regression
//! tests, which must pass completely), and, when `LIGHTBEAM_WAST_DIR` names a directory,
//! every `.wast` file there (a report of failures, for local work on the spec suite;
//! `LIGHTBEAM_WAST_FILTER` keeps only paths containing a substring, and
//! `LIGHTBEAM_WAST_WASM3` enables the Wasm 3.0 features).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use lightbeam::{
    Engine, Extern, Func, FuncType, Global, GlobalType, Instance, Limits, Linker, Memory,
    MemoryType, Module, Store, Table, TableType, Val, ValType,
};
use wast::core::{NanPattern, WastArgCore, WastRetCore};
use wast::{QuoteWat, WastArg, WastDirective, WastExecute, WastInvoke, WastRet};

/// One script's state: the store, registered names, and named instances.
struct Script {
    engine: Engine,
    store: Store,
    linker: Linker,
    instances: HashMap<String, Instance>,
    current: Option<Instance>,
}

impl Script {
    fn new() -> Self {
        let engine = if std::env::var_os("LIGHTBEAM_WAST_WASM3").is_some() {
            Engine::new(lightbeam::Config {
                features: wasmparser::WasmFeatures::WASM3,
                ..lightbeam::Config::default()
            })
        } else {
            Engine::default()
        };
        let mut store = Store::new(&engine);
        let mut linker = Linker::new();
        define_spectest(&mut store, &mut linker);
        Script {
            engine,
            store,
            linker,
            instances: HashMap::new(),
            current: None,
        }
    }

    fn instantiate(&mut self, bytes: &[u8]) -> Result<Instance, String> {
        let module =
            Module::new(&self.engine, bytes).map_err(|error| format!("compile: {error}"))?;
        self.linker
            .instantiate(&mut self.store, &module)
            .map_err(|error| format!("instantiate: {error}"))
    }

    fn instance(&self, name: Option<wast::token::Id<'_>>) -> Result<Instance, String> {
        match name {
            Some(id) => self
                .instances
                .get(id.name())
                .copied()
                .ok_or_else(|| format!("no instance {}", id.name())),
            None => self
                .current
                .ok_or_else(|| "no current instance".to_string()),
        }
    }

    fn invoke(
        &mut self,
        invoke: &WastInvoke<'_>,
    ) -> Result<Result<Vec<Val>, lightbeam::Trap>, String> {
        let instance = self.instance(invoke.module)?;
        let func = instance
            .get_func(&self.store, invoke.name)
            .ok_or_else(|| format!("no export {}", invoke.name))?;
        let args = invoke
            .args
            .iter()
            .map(argument)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(func.call(&mut self.store, &args))
    }

    fn execute(&mut self, exec: &mut WastExecute<'_>) -> Result<Result<Vec<Val>, String>, String> {
        match exec {
            WastExecute::Invoke(invoke) => Ok(self.invoke(invoke)?.map_err(|trap| trap.message)),
            WastExecute::Wat(wat) => {
                let bytes = wat.encode().map_err(|error| error.to_string())?;
                Ok(self.instantiate(&bytes).map(|_| Vec::new()))
            }
            WastExecute::Get { module, global, .. } => {
                let instance = self.instance(*module)?;
                let global = instance
                    .get_global(&self.store, global)
                    .ok_or_else(|| format!("no global {global}"))?;
                Ok(Ok(vec![global.get(&self.store)]))
            }
        }
    }

    fn run(&mut self, directive: WastDirective<'_>) -> Result<(), String> {
        match directive {
            WastDirective::Module(mut module) => {
                let name = module_name(&module);
                let bytes = module.encode().map_err(|error| error.to_string())?;
                let instance = self.instantiate(&bytes)?;
                if let Some(name) = name {
                    self.instances.insert(name, instance);
                }
                self.current = Some(instance);
                Ok(())
            }
            WastDirective::Register { name, module, .. } => {
                let instance = self.instance(module)?;
                self.linker.define_instance(&self.store, name, instance);
                Ok(())
            }
            WastDirective::Invoke(invoke) => self
                .invoke(&invoke)?
                .map(|_| ())
                .map_err(|trap| trap.message),
            WastDirective::AssertReturn {
                mut exec, results, ..
            } => {
                let actual = self
                    .execute(&mut exec)?
                    .map_err(|trap| format!("unexpected trap: {trap}"))?;
                check_results(&self.store, &actual, &results)
            }
            WastDirective::AssertTrap {
                mut exec, message, ..
            } => match self.execute(&mut exec)? {
                Ok(values) => Err(format!("expected trap `{message}`, got {values:?}")),
                Err(actual) if actual.contains(message) => Ok(()),
                Err(actual) => Err(format!("expected trap `{message}`, got `{actual}`")),
            },
            WastDirective::AssertExhaustion { call, message, .. } => match self.invoke(&call)? {
                Err(trap) if trap.message.contains(message) => Ok(()),
                other => Err(format!("expected exhaustion, got {other:?}")),
            },
            WastDirective::AssertInvalid {
                module, message, ..
            }
            | WastDirective::AssertMalformed {
                module, message, ..
            } => self.expect_compile_error(module, message),
            WastDirective::AssertUnlinkable {
                mut module,
                message,
                ..
            } => {
                let bytes = module.encode().map_err(|error| error.to_string())?;
                match self.instantiate(&bytes) {
                    Ok(_) => Err(format!("expected unlinkable `{message}`")),
                    Err(error) if error.contains(message) => Ok(()),
                    Err(error) => Err(format!("expected unlinkable `{message}`, got `{error}`")),
                }
            }
            other => Err(format!("unsupported directive {other:?}")
                .chars()
                .take(80)
                .collect()),
        }
    }

    fn expect_compile_error(
        &mut self,
        mut module: QuoteWat<'_>,
        message: &str,
    ) -> Result<(), String> {
        let Ok(bytes) = module.encode() else {
            return Ok(());
        };
        match Module::new(&self.engine, &bytes) {
            Ok(_) => Err(format!("expected a compile error `{message}`")),
            Err(lightbeam::CompileError::Unsupported { what, .. }) => {
                Err(format!("unsupported: {what}"))
            }
            Err(_) => Ok(()),
        }
    }
}

fn module_name(module: &QuoteWat<'_>) -> Option<String> {
    match module {
        QuoteWat::Wat(wast::Wat::Module(module)) => module.id.map(|id| id.name().to_string()),
        _ => None,
    }
}

fn argument(arg: &WastArg<'_>) -> Result<Val, String> {
    let WastArg::Core(arg) = arg else {
        return Err("component argument".into());
    };
    Ok(match arg {
        WastArgCore::I32(v) => Val::I32(*v),
        WastArgCore::I64(v) => Val::I64(*v),
        WastArgCore::F32(v) => Val::F32(v.bits),
        WastArgCore::F64(v) => Val::F64(v.bits),
        WastArgCore::V128(v) => Val::V128(u128::from_le_bytes(v.to_le_bytes())),
        WastArgCore::RefNull(wast::core::HeapType::Abstract {
            ty: wast::core::AbstractHeapType::Func,
            ..
        }) => Val::FuncRef(None),
        WastArgCore::RefNull(_) => Val::ExternRef(None),
        WastArgCore::RefExtern(v) => Val::ExternRef(Some(*v)),
        other => return Err(format!("unsupported argument {other:?}")),
    })
}

fn check_results(store: &Store, actual: &[Val], expected: &[WastRet<'_>]) -> Result<(), String> {
    if actual.len() != expected.len() {
        return Err(format!(
            "expected {} results, got {actual:?}",
            expected.len()
        ));
    }
    for (value, expected) in actual.iter().zip(expected) {
        let WastRet::Core(expected) = expected else {
            return Err("component result".into());
        };
        if !matches_result(store, value, expected) {
            return Err(format!("expected {expected:?}, got {value:?}"));
        }
    }
    Ok(())
}

fn matches_result(store: &Store, value: &Val, expected: &WastRetCore<'_>) -> bool {
    let _ = store;
    match (expected, value) {
        (WastRetCore::I32(e), Val::I32(a)) => e == a,
        (WastRetCore::I64(e), Val::I64(a)) => e == a,
        (WastRetCore::F32(_) | WastRetCore::F64(_), _) => matches_result_float(expected, value),
        (WastRetCore::V128(pattern), Val::V128(bits)) => matches_v128(pattern, *bits),
        (WastRetCore::RefNull(_), Val::FuncRef(None) | Val::ExternRef(None)) => true,
        (WastRetCore::RefExtern(None), Val::ExternRef(Some(_))) => true,
        (WastRetCore::RefExtern(Some(e)), Val::ExternRef(Some(a))) => e == a,
        (WastRetCore::RefFunc(_), Val::FuncRef(Some(_))) => true,
        (WastRetCore::Either(options), value) => options
            .iter()
            .any(|option| matches_result(store, value, option)),
        _ => false,
    }
}

/// Whether `bits` match a `v128` pattern lane by lane (float lanes NaN-aware).
fn matches_v128(pattern: &wast::core::V128Pattern, bits: u128) -> bool {
    use wast::core::V128Pattern as P;
    let lane =
        |width: u32, index: usize| (bits >> (width as usize * index)) & ((1u128 << width) - 1);
    match pattern {
        P::I8x16(lanes) => lanes
            .iter()
            .enumerate()
            .all(|(i, v)| lane(8, i) == *v as u8 as u128),
        P::I16x8(lanes) => lanes
            .iter()
            .enumerate()
            .all(|(i, v)| lane(16, i) == *v as u16 as u128),
        P::I32x4(lanes) => lanes
            .iter()
            .enumerate()
            .all(|(i, v)| lane(32, i) == *v as u32 as u128),
        P::I64x2(lanes) => lanes
            .iter()
            .enumerate()
            .all(|(i, v)| lane(64, i) == *v as u64 as u128),
        P::F32x4(lanes) => lanes.iter().enumerate().all(|(i, pattern)| {
            let value = Val::F32(lane(32, i) as u32);
            matches_result_float(&WastRetCore::F32(*pattern), &value)
        }),
        P::F64x2(lanes) => lanes.iter().enumerate().all(|(i, pattern)| {
            let value = Val::F64(lane(64, i) as u64);
            matches_result_float(&WastRetCore::F64(*pattern), &value)
        }),
    }
}

/// Float lanes compare like scalar float results.
fn matches_result_float(expected: &WastRetCore<'_>, value: &Val) -> bool {
    match (expected, value) {
        (WastRetCore::F32(pattern), Val::F32(bits)) => match pattern {
            NanPattern::CanonicalNan => bits & 0x7fff_ffff == 0x7fc0_0000,
            NanPattern::ArithmeticNan => bits & 0x7fc0_0000 == 0x7fc0_0000,
            NanPattern::Value(e) => e.bits == *bits,
        },
        (WastRetCore::F64(pattern), Val::F64(bits)) => match pattern {
            NanPattern::CanonicalNan => bits & 0x7fff_ffff_ffff_ffff == 0x7ff8_0000_0000_0000,
            NanPattern::ArithmeticNan => bits & 0x7ff8_0000_0000_0000 == 0x7ff8_0000_0000_0000,
            NanPattern::Value(e) => e.bits == *bits,
        },
        _ => false,
    }
}

/// The `spectest` module every script may import from.
fn define_spectest(store: &mut Store, linker: &mut Linker) {
    let print = |store: &mut Store, params: Vec<ValType>| {
        Extern::Func(Func::new_host(store, FuncType::new(params, []), |_| {
            Ok(Vec::new())
        }))
    };
    let definitions = [
        ("print", print(store, vec![])),
        ("print_i32", print(store, vec![ValType::I32])),
        ("print_i64", print(store, vec![ValType::I64])),
        ("print_f32", print(store, vec![ValType::F32])),
        ("print_f64", print(store, vec![ValType::F64])),
        (
            "print_i32_f32",
            print(store, vec![ValType::I32, ValType::F32]),
        ),
        (
            "print_f64_f64",
            print(store, vec![ValType::F64, ValType::F64]),
        ),
    ];
    for (name, item) in definitions {
        linker.define("spectest", name, item);
    }
    let global = |store: &mut Store, content: ValType, value: Val| {
        Extern::Global(Global::new(
            store,
            GlobalType {
                content,
                mutable: false,
            },
            value,
        ))
    };
    let globals = [
        ("global_i32", global(store, ValType::I32, Val::I32(666))),
        ("global_i64", global(store, ValType::I64, Val::I64(666))),
        (
            "global_f32",
            global(store, ValType::F32, Val::from(666.6f32)),
        ),
        (
            "global_f64",
            global(store, ValType::F64, Val::from(666.6f64)),
        ),
    ];
    for (name, item) in globals {
        linker.define("spectest", name, item);
    }
    let table = Table::new(
        store,
        TableType {
            element: ValType::FuncRef,
            limits: Limits {
                min: 10,
                max: Some(20),
            },
        },
        Val::FuncRef(None),
    )
    .expect("spectest table");
    linker.define("spectest", "table", Extern::Table(table));
    let memory = Memory::new(
        store,
        MemoryType {
            limits: Limits {
                min: 1,
                max: Some(2),
            },
        },
    )
    .expect("spectest memory");
    linker.define("spectest", "memory", Extern::Memory(memory));
}

/// Runs one script; returns (passed, failures with line numbers).
fn run_file(path: &Path) -> (usize, Vec<String>) {
    let text = std::fs::read_to_string(path).expect("readable script");
    let mut lexer = wast::lexer::Lexer::new(&text);
    lexer.allow_confusing_unicode(true);
    let buffer = match wast::parser::ParseBuffer::new_with_lexer(lexer) {
        Ok(buffer) => buffer,
        Err(error) => return (0, vec![format!("{}: lex error {error}", path.display())]),
    };
    let script = match wast::parser::parse::<wast::Wast<'_>>(&buffer) {
        Ok(script) => script,
        Err(error) => return (0, vec![format!("{}: parse error {error}", path.display())]),
    };
    let mut state = Script::new();
    let (mut passed, mut failures) = (0, Vec::new());
    for directive in script.directives {
        let (line, _) = directive.span().linecol_in(&text);
        let outcome =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| state.run(directive)))
                .unwrap_or_else(|_| Err("panicked".to_string()));
        match outcome {
            Ok(()) => passed += 1,
            Err(message) => failures.push(format!("{}:{}: {message}", path.display(), line + 1)),
        }
    }
    (passed, failures)
}

fn wast_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                .collect()
        })
        .unwrap_or_default();
    files.retain(|path| path.extension().is_some_and(|ext| ext == "wast"));
    files.sort();
    files
}

#[test]
fn regression_scripts_pass() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/wast");
    let mut all_failures = Vec::new();
    for file in wast_files(&dir) {
        all_failures.extend(run_file(&file).1);
    }
    assert!(
        all_failures.is_empty(),
        "failures:\n{}",
        all_failures.join("\n")
    );
}

#[test]
fn external_scripts_report() {
    let Ok(dir) = std::env::var("LIGHTBEAM_WAST_DIR") else {
        return;
    };
    let filter = std::env::var("LIGHTBEAM_WAST_FILTER").unwrap_or_default();
    let (mut passed, mut failed) = (0, 0);
    for file in wast_files(Path::new(&dir)) {
        let name = file.display().to_string();
        if name.contains("simd_") || !name.contains(&filter) {
            continue;
        }
        let (ok, failures) = run_file(&file);
        passed += ok;
        failed += failures.len();
        println!("{name}: {ok} passed, {} failed", failures.len());
        for failure in failures.iter().take(8) {
            println!("    {failure}");
        }
    }
    println!("{passed} passed, {failed} failed");
}
