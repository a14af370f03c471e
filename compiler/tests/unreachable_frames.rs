//! Frames opened in unreachable code by the exception-handling operators.
//!
//! Unreachable code is followed only for its frame structure, and it used to follow
//! only `block`, `loop`, `if`, `else` and `end`: a `try_table` after a branch was
//! skipped, so its `end` closed the enclosing frame and the function's final `end`
//! found none (an index out of bounds, a host panic, on a valid module). Found by the
//! three-way fuzz oracle (`fuzz/tests/three_way.rs`). Whatever the compiler supports,
//! such a module must compile or be reported as unsupported, never panic.

use lightbeam::{CompileError, Config, Engine, Module};
use wasmparser::WasmFeatures;

fn compile(features: WasmFeatures, wasm: &[u8]) -> Result<Module, CompileError> {
    let engine = Engine::new(Config {
        features: WasmFeatures::WASM2 | features,
        ..Config::default()
    });
    Module::new(&engine, wasm)
}

fn assert_compiles_or_unsupported(features: WasmFeatures, wasm: &[u8]) {
    match compile(features, wasm) {
        Ok(_) | Err(CompileError::Unsupported { .. }) => {}
        Err(error) => panic!("{error}"),
    }
}

/// A module with one function `(result i32)` whose body is `code` followed by the
/// final `end`. (No tag: a module declaring one is unsupported before its code is
/// read, so `catch $tag` cannot be tested here until tags are implemented.) The text
/// format of the legacy `try` is not parsed by the `wat` crate any more, hence bytes.
fn module_with_body(code: &[u8]) -> Vec<u8> {
    let mut body = vec![0x00]; // no locals
    body.extend_from_slice(code);
    body.push(0x0b);
    let section = |id: u8, contents: &[u8]| {
        let mut bytes = vec![id, u8::try_from(contents.len()).expect("a small section")];
        bytes.extend_from_slice(contents);
        bytes
    };
    let mut code_section = vec![0x01, u8::try_from(body.len()).expect("a small body")];
    code_section.extend_from_slice(&body);
    [
        b"\0asm\x01\0\0\0".to_vec(),
        // One type, (func (result i32)), and one function of that type.
        section(0x01, &[0x01, 0x60, 0x00, 0x01, 0x7f]),
        section(0x03, &[0x01, 0x00]),
        section(0x0a, &code_section),
    ]
    .concat()
}

#[test]
fn try_table_in_unreachable_code() {
    let wat = r#"(module
        (func (export "f") (result i32)
          (return (i32.const 1))
          (block $handler
            (try_table (catch_all $handler)
              (block (br 1))))
          (i32.const 2)))"#;
    let wasm = wat::parse_str(wat).expect("test module parses");
    assert_compiles_or_unsupported(WasmFeatures::EXCEPTIONS, &wasm);
}

#[test]
fn legacy_try_in_unreachable_code() {
    // `i32.const 1; return; block; try; block; end; <handler>; end; i32.const 2`.
    const CATCH_ALL: &[u8] = &[0x19, 0x0b];
    const DELEGATE: &[u8] = &[0x18, 0x00];
    // `catch_all; rethrow 0; end`: a rethrow in the catch body of a dead `try`.
    const RETHROW: &[u8] = &[0x19, 0x09, 0x00, 0x0b];
    for handler in [CATCH_ALL, DELEGATE, RETHROW] {
        let code = [
            &[0x41, 0x01, 0x0f, 0x02, 0x40, 0x06, 0x40, 0x02, 0x40, 0x0b][..],
            handler,
            &[0x0b, 0x41, 0x02],
        ]
        .concat();
        let features = WasmFeatures::EXCEPTIONS | WasmFeatures::LEGACY_EXCEPTIONS;
        if let Err(error) = compile(features, &module_with_body(&code)) {
            panic!("{error}");
        }
    }
}

#[test]
fn unreachable_code_in_a_live_legacy_try() {
    // `i32.const 1; try (result i32); i32.const 2; return; catch_all; unreachable;
    // rethrow 0; i32.const 3; end`: the body and the catch end unreachable.
    let code = [
        0x41, 0x01, 0x06, 0x7f, 0x41, 0x02, 0x0f, 0x19, 0x00, 0x09, 0x00, 0x41, 0x03, 0x0b, 0x1a,
    ];
    let features = WasmFeatures::EXCEPTIONS | WasmFeatures::LEGACY_EXCEPTIONS;
    if let Err(error) = compile(features, &module_with_body(&code)) {
        panic!("{error}");
    }
}
