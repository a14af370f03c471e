//! Compile time stays linear in the input for shapes that once made it quadratic.
//!
//! A `local.set` first resolves the lazy reads of the local's old value that are still
//! on the value stack. That resolution used to scan every unsettled entry, and a body
//! of constants keeps every entry unsettled, so each write cost the height of the
//! stack. These tests compile the attacking shapes at a size where that version took
//! minutes ([`N`] operators over a stack of [`N`] constants: about 4·10^10 entry visits
//! for the first shape) and check the result, to show they now compile at all; the
//! walk's cost is pinned down by the unit tests in `codegen/value_stack.rs`. There
//! are no timing assertions.

mod common;

use common::Harness;
use lightbeam::Val;

/// Height of the constant stack and number of writes: 200,000, where the quadratic
/// version needed about 8 s for 50,000 in a release build and grew fourfold per
/// doubling.
const N: u32 = 200_000;

const I32_CONST: u8 = 0x41;
const LOCAL_GET: u8 = 0x20;
const LOCAL_SET: u8 = 0x21;
const DROP: u8 = 0x1a;
const I32_ADD: u8 = 0x6a;
const END: u8 = 0x0b;

/// Appends `value` as unsigned LEB128.
fn leb_u32(out: &mut Vec<u8>, mut value: u32) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// Appends `value` as signed LEB128.
fn leb_i32(out: &mut Vec<u8>, mut value: i32) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        let done = (value == 0 && byte & 0x40 == 0) || (value == -1 && byte & 0x40 != 0);
        if done {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// Appends `op index`.
fn op_index(out: &mut Vec<u8>, op: u8, index: u32) {
    out.push(op);
    leb_u32(out, index);
}

/// Appends `i32.const value`.
fn i32_const(out: &mut Vec<u8>, value: i32) {
    out.push(I32_CONST);
    leb_i32(out, value);
}

/// Appends a section with `id` and `contents`.
fn section(out: &mut Vec<u8>, id: u8, contents: &[u8]) {
    out.push(id);
    leb_u32(out, contents.len() as u32);
    out.extend_from_slice(contents);
}

/// A module exporting as `f` one function `[] -> [i32]` with `locals` `i32` locals and
/// the instructions `code` (without the final `end`).
fn module(locals: u32, code: &[u8]) -> Vec<u8> {
    let mut wasm = b"\0asm\x01\0\0\0".to_vec();
    section(&mut wasm, 1, &[1, 0x60, 0, 1, 0x7f]);
    section(&mut wasm, 3, &[1, 0]);
    section(&mut wasm, 7, &[1, 1, b'f', 0, 0]);
    let mut body = vec![1];
    leb_u32(&mut body, locals);
    body.push(0x7f);
    body.extend_from_slice(code);
    body.push(END);
    let mut code_section = vec![1];
    leb_u32(&mut code_section, body.len() as u32);
    code_section.extend_from_slice(&body);
    section(&mut wasm, 10, &code_section);
    wasm
}

/// Calls the module's `f` and returns its `i32` result.
fn run(wasm: Vec<u8>) -> i32 {
    let mut harness = Harness::new(wasm);
    match harness.call("f", &[]).expect("f returns")[..] {
        [Val::I32(value)] => value,
        ref other => panic!("unexpected results {other:?}"),
    }
}

/// `N` constants, then `N` times (`local.get 0`, `i32.const j`, `local.set 0`, `drop`):
/// every write finds one lazy read of the local above all the constants.
#[test]
fn writes_over_a_tall_constant_stack() {
    let mut code = Vec::new();
    i32_const(&mut code, 5);
    for _ in 1..N {
        i32_const(&mut code, 9);
    }
    for j in 0..N {
        op_index(&mut code, LOCAL_GET, 0);
        i32_const(&mut code, j as i32);
        op_index(&mut code, LOCAL_SET, 0);
        code.push(DROP);
    }
    code.extend(std::iter::repeat_n(DROP, N as usize - 1));
    // The bottom constant plus the last value written.
    op_index(&mut code, LOCAL_GET, 0);
    code.push(I32_ADD);
    assert_eq!(run(module(1, &code)), 5 + (N as i32 - 1));
}

/// `local.get 0 .. L-1`, `N` constants, then `local.set 0 .. L-1` (each popping a
/// constant): every write finds one lazy read below all the constants, which must
/// still read the local's old value.
#[test]
fn writes_of_locals_read_below_a_tall_constant_stack() {
    const L: u32 = 12;
    let mut code = Vec::new();
    for local in 0..L {
        i32_const(&mut code, local as i32 + 1);
        op_index(&mut code, LOCAL_SET, local);
    }
    for local in 0..L {
        op_index(&mut code, LOCAL_GET, local);
    }
    for _ in 0..N {
        i32_const(&mut code, 1000);
    }
    for local in 0..L {
        op_index(&mut code, LOCAL_SET, local);
    }
    code.extend(std::iter::repeat_n(DROP, (N - L) as usize));
    // The reads of the old values 1..=L.
    code.extend(std::iter::repeat_n(I32_ADD, L as usize - 1));
    assert_eq!(run(module(L, &code)), (1..=L as i32).sum::<i32>());
}
