//! Code size stays within a constant factor of the input for every construct that lets
//! a few input bytes carry many values ("code-size bombs").
//!
//! Each test builds a module where a type with `N` results or parameters is declared
//! once and then used by many cheap operators: branches (`br`, `br_if`, `br_table`,
//! `return`) to blocks, loops and functions with many values, `end` and `else` merges
//! of blocks with many results, blocks and loops with many parameters, and calls whose
//! arguments or results are many. Before branches and calls moved many values as one
//! block copy, each such operator emitted `N` moves: a module of a few kilobytes grew
//! megabytes of machine code. Now every module must stay within
//! [`lightbeam::MAX_CODE_BYTES_PER_INPUT_BYTE`] times its size, and a branch carrying
//! `N` values must cost about as much as one carrying a handful.

mod common;

use lightbeam::{Config, Engine, Module, SimdEncoding, Val, MAX_CODE_BYTES_PER_INPUT_BYTE};

/// Values per multi-value type.
const N: usize = 1000;
/// How many times a cheap operator is repeated.
const M: usize = 300;

/// `(type $name (func (param ..)? (result ..)?))` with `params` and `results` `i64`s.
fn func_type(name: &str, params: usize, results: usize) -> String {
    format!(
        "(type {name} (func (param{}) (result{})))\n",
        " i64".repeat(params),
        " i64".repeat(results)
    )
}

/// The shared prelude: `$t` (N results), `$p` (N params, N results), `$s` (N params),
/// `$g` returning N constants, `$g1` returning N-1, `$sink` taking N.
fn prelude() -> String {
    let mut wat = String::new();
    wat += &func_type("$t", 0, N);
    wat += &func_type("$p", N, N);
    wat += &func_type("$s", N, 0);
    wat += &func_type("$t1", 0, N - 1);
    wat += &format!("(func $g (type $t) {})\n", "(i64.const 7) ".repeat(N));
    wat += &format!("(func $g1 (type $t1) {})\n", "(i64.const 5) ".repeat(N - 1));
    wat += "(func $sink (type $s))\n";
    wat
}

/// Machine code bytes of all defined functions and input bytes of the module `body`
/// (a list of module fields after [`prelude`]) in both SIMD encodings; returns the
/// larger ratio's pair.
fn measure(body: &str) -> (usize, usize) {
    let wat = format!("(module\n{}{body})", prelude());
    let wasm = match wat::parse_str(&wat) {
        Ok(wasm) => wasm,
        Err(error) => {
            let message = error.to_string();
            panic!(
                "generated text does not parse: {}",
                &message[..message.len().min(300)]
            )
        }
    };
    let mut worst = (0, wasm.len());
    for simd_encoding in [SimdEncoding::Sse41, SimdEncoding::host_default()] {
        let engine = Engine::new(Config {
            parallel_compilation: false,
            simd_encoding,
            ..Config::default()
        });
        let module = match Module::new(&engine, &wasm) {
            Ok(module) => module,
            Err(error) => panic!("generated module does not compile: {error}"),
        };
        let code: usize = (0..module.defined_functions())
            .map(|i| module.function_code(i).map_or(0, <[u8]>::len))
            .sum();
        worst.0 = worst.0.max(code);
    }
    worst
}

/// Asserts that the module `body(M)` builds is within the bound, and that each of the
/// `M` repeated operators costs at most `per_op` bytes of code (measured as the
/// difference between `2M` and `M` repetitions).
fn assert_bounded(what: &str, body: impl Fn(usize) -> String, per_op: usize) {
    let (code, input) = measure(&body(2 * M));
    let (code_once, _) = measure(&body(M));
    let ratio = code as f64 / input as f64;
    eprintln!("{what}: {code} code bytes / {input} input bytes = {ratio:.1}");
    assert!(
        code <= MAX_CODE_BYTES_PER_INPUT_BYTE * input,
        "{what}: {code} code bytes for {input} input bytes (ratio {ratio:.1})"
    );
    let extra = code.saturating_sub(code_once);
    assert!(
        extra <= per_op * M,
        "{what}: {extra} bytes for {M} more operators (more than {per_op} each)"
    );
}

#[test]
fn br_if_to_a_block_with_many_results() {
    // An i32 below the call's results puts them one slot off the block's.
    let body = |m: usize| {
        format!(
            "(func (export \"f\") (param i32) (result{})
               (block (type $t) (local.get 0) (call $g) {} (br 0)))",
            " i64".repeat(N),
            "(br_if 0 (local.get 0)) ".repeat(m)
        )
    };
    assert_bounded("br_if", body, 64);
}

#[test]
fn br_out_of_blocks_with_many_results() {
    let body = |m: usize| {
        format!(
            "(func (export \"f\") (param i32) {})",
            "(block (type $t) (local.get 0) (call $g) (br 0)) (call $sink) ".repeat(m)
        )
    };
    assert_bounded("br", body, 128);
}

#[test]
fn br_table_to_many_blocks_with_many_results() {
    // One stub per distinct target, each a block copy.
    let body = |m: usize| {
        let mut body = format!(
            "(func (export \"f\") (param i32) (result{})",
            " i64".repeat(N)
        );
        body += &"(block (type $t) ".repeat(m);
        body += "(local.get 0) (call $g) (br_table ";
        for depth in 0..m {
            body += &format!("{depth} ");
        }
        body += "(local.get 0))";
        body += &")".repeat(m);
        body + ")"
    };
    assert_bounded("br_table", body, 96);
}

#[test]
fn return_and_br_if_to_the_function_with_many_results() {
    let body = |m: usize| {
        format!(
            "(func (export \"f\") (param i32) (result{})
               (local.get 0) (call $g) {} (return))",
            " i64".repeat(N),
            "(br_if 0 (local.get 0)) ".repeat(m)
        )
    };
    assert_bounded("return", body, 64);
}

#[test]
fn functions_falling_through_with_many_results() {
    // Each function is a handful of bytes; its results go to the caller's slots.
    let body = |m: usize| "(func (type $t) (i32.const 1) (call $g) (return))\n".repeat(m);
    assert_bounded("function end", body, 256);
}

#[test]
fn nested_ifs_with_many_constant_params() {
    // Each level's `else` arm starts again from the constants its `if` took.
    let body = |m: usize| {
        let mut body = format!(
            "(func (export \"f\") (param i32) (result{}) {}",
            " i64".repeat(N),
            "(i64.const 3) ".repeat(N)
        );
        body += &"(local.get 0) (if (type $p) (then ".repeat(m);
        body += &") (else))".repeat(m);
        body + ")"
    };
    assert_bounded("nested if", body, 160);
}

#[test]
fn blocks_with_many_params_over_a_gap() {
    // A constant under N-1 spilled results: the block's slots are one off.
    let body = |m: usize| {
        format!(
            "(func (export \"f\") {})",
            "(i64.const 1) (call $g1) (block (type $p)) (call $sink) ".repeat(m)
        )
    };
    assert_bounded("block params", body, 160);
}

#[test]
fn loops_with_many_params_over_a_gap() {
    let body = |m: usize| {
        format!(
            "(func (export \"f\") (param i32) {})",
            "(i64.const 1) (call $g1)
             (loop (type $p) (local.get 0) (call $g) (br_if 0 (local.get 0))
               (call $sink) (drop))
             (call $sink) "
                .repeat(m)
        )
    };
    assert_bounded("loop params", body, 320);
}

#[test]
fn calls_with_many_arguments_over_a_gap() {
    // `i64.const; call $g1; call $sink`: six bytes, N arguments one slot off.
    let body = |m: usize| {
        format!(
            "(func (export \"f\") {})",
            "(i64.const 1) (call $g1) (call $sink) ".repeat(m)
        )
    };
    assert_bounded("call", body, 128);
}

#[test]
fn call_results_feeding_call_arguments() {
    let body = |m: usize| {
        format!(
            "(func (export \"f\") (param i32) {})
             (table 1 funcref) (elem (i32.const 0) $sink)",
            "(local.get 0) (call $g) (call_indirect (type $s) (local.get 0)) (drop) ".repeat(m)
        )
    };
    assert_bounded("call_indirect", body, 192);
}

#[test]
fn br_if_repeated_over_mixed_values() {
    // Constants interleaved with computed values: they are settled in slots at the
    // first branch, not at every one.
    let body = |m: usize| {
        let mut body = format!(
            "(func (export \"f\") (param i32) (result{}) (block (type $t) (local.get 0) ",
            " i64".repeat(N)
        );
        for i in 0..N {
            if i % 2 == 0 {
                body += "(i64.const 2) ";
            } else {
                body += "(i64.extend_i32_u (local.get 0)) ";
            }
        }
        body += &"(br_if 0 (local.get 0)) ".repeat(m);
        body + "(br 0)))"
    };
    assert_bounded("mixed br_if", body, 64);
}

/// The bombs still compute the right values (the `.wast` regression scripts check the
/// semantics in detail).
#[test]
fn many_result_branches_still_deliver_their_values() {
    let body = format!(
        "(func (export \"f\") (param i32) (result i64 i64)
           (block (type $t) (local.get 0) (call $g) (br_if 0 (local.get 0)) (br 0))
           {} )",
        "(drop) ".repeat(N - 2)
    );
    let wat = format!("(module\n{}{body})", prelude());
    let mut harness = common::Harness::new(wat);
    assert_eq!(
        harness.call("f", &[Val::I32(1)]).expect("no trap"),
        vec![Val::I64(7), Val::I64(7)]
    );
}

/// The operators with the longest lowerings, each repeated in a chain where it costs
/// only its own encoding plus at most one `local.get` for a second operand (or a
/// one-byte operator turning its result back into its operand): the code per input
/// byte of the worst of them is what [`MAX_CODE_BYTES_PER_INPUT_BYTE`] must cover. The
/// worst is `i64.trunc_f64_u` feeding `f64.convert_i64_u` (two one-byte opcodes, about
/// 230 bytes of code with the range checks, 64-bit constants and two trap paths).
#[test]
fn longest_single_operator_lowerings_stay_within_the_bound() {
    // (name, operand type, chain step): the step keeps one value of the type on top.
    let v128_unary = [
        "i8x16.popcnt",
        "i8x16.abs",
        "i64x2.abs",
        "f32x4.nearest",
        "f64x2.nearest",
        "f32x4.ceil",
        "f32x4.sqrt",
        "i32x4.trunc_sat_f32x4_u",
        "i32x4.trunc_sat_f32x4_s",
        "i32x4.trunc_sat_f64x2_u_zero",
        "i32x4.trunc_sat_f64x2_s_zero",
        "f32x4.convert_i32x4_u",
        "f64x2.convert_low_i32x4_u",
        "f64x2.promote_low_f32x4",
        "f32x4.demote_f64x2_zero",
        "i16x8.extadd_pairwise_i8x16_u",
        "i16x8.extadd_pairwise_i8x16_s",
        "i32x4.extadd_pairwise_i16x8_u",
        "i32x4.extadd_pairwise_i16x8_s",
        "i64x2.extend_high_i32x4_u",
        "i8x16.neg",
        "f32x4.neg",
        "f64x2.abs",
        "v128.not",
        "i16x8.extend_high_i8x16_s",
    ];
    // Shifts by a local count, binary operators with a local second operand, and
    // lane operators with immediates.
    let shifts = [
        "i8x16.shr_s",
        "i8x16.shr_u",
        "i8x16.shl",
        "i64x2.shr_s",
        "i16x8.shr_s",
    ];
    let binary = [
        "i64x2.mul",
        "i64x2.gt_s",
        "i64x2.ge_s",
        "i64x2.lt_s",
        "i64x2.le_s",
        "f32x4.min",
        "f32x4.max",
        "f64x2.min",
        "f64x2.max",
        "f32x4.pmin",
        "i8x16.swizzle",
        "i16x8.q15mulr_sat_s",
        "i32x4.dot_i16x8_s",
        "i64x2.extmul_high_i32x4_u",
        "i16x8.extmul_low_i8x16_s",
        "i8x16.narrow_i16x8_u",
        "i8x16.narrow_i16x8_s",
        "i16x8.narrow_i32x4_u",
        "i8x16.avgr_u",
        "i8x16.min_u",
        "i32x4.max_s",
        "i64x2.eq",
        "i64x2.ne",
        "f64x2.ne",
        "i8x16.sub_sat_u",
        "i8x16.gt_u",
        "i32x4.ge_u",
        "i16x8.le_u",
        "f32x4.div",
    ];
    let mut steps: Vec<(String, &str)> = Vec::new();
    for op in v128_unary {
        steps.push((format!("({op})"), "v128"));
    }
    for op in shifts {
        steps.push((format!("(local.get 1) ({op})"), "v128"));
    }
    for op in binary {
        steps.push((format!("(local.get 0) ({op})"), "v128"));
    }
    for step in [
        "(local.get 0) (i8x16.shuffle 31 0 30 1 29 2 28 3 27 4 26 5 25 6 24 7)",
        "(local.get 0) (local.get 0) (v128.bitselect)",
        "(local.get 3) (i64x2.replace_lane 1)",
        "(local.get 1) (i8x16.replace_lane 7)",
        "(local.get 5) (f32x4.replace_lane 3)",
    ] {
        steps.push((step.to_owned(), "v128"));
    }
    let scalar = [
        ("(i64.trunc_sat_f64_u) (f64.convert_i64_u)", "f64"),
        ("(i64.trunc_f64_u) (f64.reinterpret_i64)", "f64"),
        ("(i64.trunc_f64_s) (f64.reinterpret_i64)", "f64"),
        ("(i32.trunc_f32_u) (f32.reinterpret_i32)", "f32"),
        ("(i32.trunc_f64_s) (f64.convert_i32_s)", "f64"),
        ("(f64.convert_i64_u) (i64.reinterpret_f64)", "i64"),
        (
            "(f32.convert_i64_u) (i32.reinterpret_f32) (i64.extend_i32_u)",
            "i64",
        ),
        ("(i64.trunc_sat_f64_u) (f64.reinterpret_i64)", "f64"),
        ("(i32.trunc_sat_f32_u) (f32.convert_i32_u)", "f32"),
        ("(i64.trunc_f64_u) (f64.convert_i64_u)", "f64"),
        ("(i64.trunc_f32_s) (f32.convert_i64_u)", "f32"),
        ("(i32.trunc_f64_u) (f64.convert_i32_u)", "f64"),
        ("(f32.nearest)", "f32"),
        ("(f64.min (local.get 4))", "f64"),
        ("(f32.max (local.get 5))", "f32"),
        ("(f32.copysign (local.get 5))", "f32"),
        ("(i64.rem_s (local.get 3))", "i64"),
        ("(i64.div_s (local.get 3))", "i64"),
        ("(i32.rem_u (local.get 1))", "i32"),
        ("(i64.rotl (local.get 3))", "i64"),
        ("(i64.popcnt)", "i64"),
        ("(i64.clz)", "i64"),
        ("(i32.ctz)", "i32"),
        ("(i32.load16_s offset=1000000)", "i32"),
        ("(i64.store32 offset=7 (local.get 3)) (local.get 1)", "i32"),
        ("(v128.store (local.get 0)) (local.get 1)", "i32"),
        ("(v128.load64_splat) (i32x4.extract_lane 1)", "i32"),
        (
            "(v128.load8_lane 3 (local.get 0)) (i32x4.extract_lane 1)",
            "i32",
        ),
        ("(memory.grow)", "i32"),
        (
            "(memory.fill (local.get 1) (local.get 1)) (local.get 1)",
            "i32",
        ),
        (
            "(memory.copy (local.get 1) (local.get 1)) (local.get 1)",
            "i32",
        ),
        ("(call_indirect (type $i) (local.get 1))", "i32"),
        ("(table.get 0) (ref.is_null)", "i32"),
        ("(global.set $g) (global.get $g)", "i32"),
        ("(select (local.get 1) (local.get 1))", "i32"),
        (
            "(local.set 2) (select (result v128) (local.get 0) (local.get 0) (local.get 2))
             (i32x4.extract_lane 0)",
            "i32",
        ),
        ("(i8x16.bitmask (local.get 0)) (i32.add)", "i32"),
        ("(i8x16.all_true (local.get 0)) (i32.add)", "i32"),
        ("(i64x2.all_true (local.get 0)) (i32.add)", "i32"),
        ("(v128.any_true (local.get 0)) (i32.add)", "i32"),
    ];
    let mut worst = (0.0f64, String::new());
    for (step, ty) in steps.iter().map(|(s, t)| (s.as_str(), *t)).chain(scalar) {
        let start = match ty {
            "v128" => "(local.get 0)",
            "i32" => "(local.get 1)",
            "i64" => "(local.get 3)",
            "f64" => "(local.get 4)",
            _ => "(local.get 5)",
        };
        let module = |m: usize| {
            format!(
                "(module (type $i (func (param i32) (result i32)))
                   (func $id (type $i) (local.get 0))
                   (memory 1) (table 1 funcref) (elem (i32.const 0) $id)
                   (global $g (mut i32) (i32.const 0))
                   (func (export \"f\") (param v128 i32 i32 i64 f64 f32) (result {ty})
                     {start} {}))",
                step.repeat(m)
            )
        };
        let bytes = |m: usize| wat::parse_str(module(m)).expect("operator chain parses");
        let code = |m: usize, simd_encoding| {
            let engine = Engine::new(Config {
                parallel_compilation: false,
                simd_encoding,
                ..Config::default()
            });
            let module = Module::new(&engine, bytes(m)).expect("operator chain compiles");
            (0..module.defined_functions())
                .map(|i| module.function_code(i).map_or(0, <[u8]>::len))
                .sum::<usize>()
        };
        let (m1, m2) = (100, 200);
        let per_step_code = [SimdEncoding::Sse41, SimdEncoding::host_default()]
            .into_iter()
            .map(|encoding| (code(m2, encoding) - code(m1, encoding)) as f64 / (m2 - m1) as f64)
            .fold(0.0, f64::max);
        let per_step_input = (bytes(m2).len() - bytes(m1).len()) as f64 / (m2 - m1) as f64;
        let ratio = per_step_code / per_step_input;
        eprintln!("{ratio:5.1} = {per_step_code:6.1} / {per_step_input:4.1}  {step}");
        if ratio > worst.0 {
            worst = (ratio, step.to_owned());
        }
    }
    eprintln!("worst: {:.1} for {}", worst.0, worst.1);
    assert!(
        worst.0 <= MAX_CODE_BYTES_PER_INPUT_BYTE as f64,
        "{} bytes of code per input byte for {}",
        worst.0,
        worst.1
    );
}
