//! Modules big enough to be compiled in several batches on the thread pool while they are
//! parsed: the code, and the error reported for an invalid module, must not depend on
//! whether compilation was parallel.

mod common;

use common::call;
use lightbeam::{CompileError, Config, Engine, Linker, Module, Store, Val};

/// Number of functions in the generated module: enough bodies for several batches.
const FUNCTIONS: usize = 2000;

/// A module of `FUNCTIONS` functions; each calls the previous and the next one, so
/// relocations point both backwards and forwards across batches. `body` may replace the
/// body of some functions (to make them invalid); `data` is appended as is.
fn module_text(body: impl Fn(usize) -> Option<&'static str>, data: &str) -> String {
    let mut text = String::from("(module (memory 1)\n");
    for k in 0..FUNCTIONS {
        let previous = k.saturating_sub(1);
        let next = (k + 1) % FUNCTIONS;
        let default = format!(
            "(if (result i32) (i32.le_u (local.get 0) (i32.const 1))
               (then (i32.add (local.get 0) (i32.const {k})))
               (else (i32.add
                 (call {previous} (i32.sub (local.get 0) (i32.const 1)))
                 (i32.add
                   (i32.xor (i32.mul (local.get 0) (i32.const {k}))
                            (i32.load offset={k} (i32.const 0)))
                   (call {next} (i32.const 0))))))"
        );
        let body = body(k).map_or(default, str::to_owned);
        text += &format!("(func (export \"f{k}\") (param i32) (result i32) {body})\n");
    }
    text += data;
    text += ")";
    text
}

fn engine(parallel_compilation: bool) -> Engine {
    Engine::new(Config {
        parallel_compilation,
        ..Config::default()
    })
}

fn compile(text: &str, parallel_compilation: bool) -> Result<Module, CompileError> {
    let bytes = wat::parse_str(text).unwrap();
    Module::from_reader(&engine(parallel_compilation), &bytes[..])
}

#[test]
fn parallel_and_serial_code_is_identical_and_runs() {
    let text = module_text(|_| None, "");
    let serial = compile(&text, false).unwrap();
    let parallel = compile(&text, true).unwrap();
    assert_eq!(parallel.defined_functions(), FUNCTIONS);
    for index in 0..FUNCTIONS {
        assert_eq!(
            serial.function_code(index),
            parallel.function_code(index),
            "function {index}"
        );
    }
    for module in [&serial, &parallel] {
        let mut store = Store::new(module.engine());
        let instance = Linker::new().instantiate(&mut store, module).unwrap();
        // fK(n) = fK-1(n - 1) + (n * K ^ 0) + fK+1(0) for n > 1, fK(n) = n + K otherwise:
        // f1(1) = 2, f2(2) = 2 + 4 + 3, f3(3) = 9 + 9 + 4.
        assert_eq!(
            call(&mut store, &instance, "f3", &[Val::I32(3)]).unwrap(),
            vec![Val::I32(22)]
        );
    }
}

#[test]
fn the_first_invalid_body_is_reported_whatever_the_threads() {
    let text = module_text(|k| (k == 150 || k == 1100).then_some("(i64.const 0)"), "");
    let serial = compile(&text, false).unwrap_err().to_string();
    for _ in 0..4 {
        assert_eq!(compile(&text, true).unwrap_err().to_string(), serial);
    }
    let later_only = module_text(|k| (k == 1100).then_some("(i64.const 0)"), "");
    assert_ne!(compile(&later_only, false).unwrap_err().to_string(), serial);
}

#[test]
fn an_invalid_data_section_is_reported_before_an_invalid_body() {
    // The data section follows the code section; its error wins, as it would if the whole
    // module were parsed before any body is compiled.
    let text = module_text(
        |k| (k == 7).then_some("(i64.const 0)"),
        "(data (offset (i64.const 0)) \"x\")",
    );
    let module_len = wat::parse_str(&text).unwrap().len();
    for parallel in [false, true] {
        match compile(&text, parallel).unwrap_err() {
            CompileError::Invalid { offset, .. } => {
                assert!(
                    offset > module_len - 16,
                    "{offset:#x} is not in the data section"
                )
            }
            other => panic!("unexpected error {other}"),
        }
    }
}

#[test]
fn a_module_streamed_in_small_pieces_compiles_in_parallel() {
    let bytes = wat::parse_str(module_text(|_| None, "")).unwrap();
    let whole = Module::from_reader(&engine(false), &bytes[..]).unwrap();
    let streamed = Module::from_reader(&engine(true), Trickle(&bytes)).unwrap();
    for index in 0..FUNCTIONS {
        assert_eq!(whole.function_code(index), streamed.function_code(index));
    }
}

/// A reader that hands out at most 1000 bytes per call.
struct Trickle<'a>(&'a [u8]);

impl std::io::Read for Trickle<'_> {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let n = self.0.len().min(buffer.len()).min(1000);
        buffer[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        Ok(n)
    }
}

#[test]
fn a_module_in_memory_compiles_like_a_streamed_one() {
    // `Module::new` parses the bytes in place; `from_reader` reads them in chunks.
    let bytes = wat::parse_str(module_text(|_| None, "")).unwrap();
    for parallel in [false, true] {
        let in_place = Module::new(&engine(parallel), &bytes).unwrap();
        let streamed = Module::from_reader(&engine(parallel), Trickle(&bytes)).unwrap();
        for index in 0..FUNCTIONS {
            assert_eq!(in_place.function_code(index), streamed.function_code(index));
        }
    }
}

#[test]
fn a_truncated_module_reports_the_same_error_in_memory_and_streamed() {
    let bytes = wat::parse_str(module_text(|_| None, "")).unwrap();
    for cut in [1, 10, bytes.len() / 2, bytes.len() - 8] {
        let truncated = &bytes[..cut];
        for parallel in [false, true] {
            let in_place = Module::new(&engine(parallel), truncated)
                .unwrap_err()
                .to_string();
            let streamed = Module::from_reader(&engine(parallel), Trickle(truncated))
                .unwrap_err()
                .to_string();
            assert_eq!(in_place, streamed, "cut at {cut}");
        }
    }
}

#[test]
fn data_segments_apply_with_and_without_a_code_section() {
    for text in [
        r#"(module (memory 0) (data (i32.const 0) "a"))"#,
        r#"(module (memory 0) (func) (data (i32.const 0) "a"))"#,
    ] {
        for parallel in [false, true] {
            let engine = engine(parallel);
            let module = Module::new(&engine, text).unwrap();
            let mut store = Store::new(&engine);
            // The segment does not fit in an empty memory: instantiation must trap.
            assert!(
                Linker::new().instantiate(&mut store, &module).is_err(),
                "{text}"
            );
        }
    }
}

#[test]
fn a_truncated_module_reports_the_same_parse_error_whatever_the_threads() {
    let bytes = wat::parse_str(module_text(|_| None, "")).unwrap();
    // Cut into the last function body, after many batches have been handed out.
    let truncated = &bytes[..bytes.len() - 10];
    let error = |parallel| {
        Module::from_reader(&engine(parallel), truncated)
            .unwrap_err()
            .to_string()
    };
    let serial = error(false);
    assert_eq!(error(true), serial);
}
