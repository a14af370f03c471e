//! Writes `div_by_constant.wast`: every integer division and remainder by a set
//! of constant divisors (powers of two, other small numbers, negative ones, 0,
//! and each type's extremes), applied to dividends at the edges, plus one
//! function that keeps its operands and results in pinned locals.
//!
//! Expected values come from Rust's own integer semantics (`checked_div`,
//! `wrapping_rem`, unsigned casts); a division by zero or `MIN / -1` is the
//! trap the spec names.

use std::fmt::{Display, Write};

/// The file's name in `tests/wast/`.
pub const FILE_NAME: &str = "div_by_constant.wast";

/// The four operators, in the order the file lists them for each divisor.
const OPERATORS: [&str; 4] = ["div_s", "div_u", "rem_s", "rem_u"];

/// The spec's trap for a division that has no result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trap {
    /// The divisor is zero.
    DivideByZero,
    /// `MIN / -1`: the quotient does not fit.
    Overflow,
}

impl Trap {
    /// The message `assert_trap` expects.
    fn message(self) -> &'static str {
        match self {
            Trap::DivideByZero => "integer divide by zero",
            Trap::Overflow => "integer overflow",
        }
    }
}

/// One wasm integer type: its name, the divisors and dividends it is tried
/// with, and its four division operators.
pub trait WasmInt: Copy + Display + PartialOrd + Default {
    /// `i32` or `i64`.
    const TYPE: &'static str;
    /// The constant divisors, one exported function per divisor and operator.
    fn divisors() -> Vec<Self>;
    /// The dividends every function is called with.
    fn dividends() -> Vec<Self>;
    /// `OPERATORS[op]` applied to `lhs` and `rhs`, as the spec defines it.
    fn apply(op: &str, lhs: Self, rhs: Self) -> Result<Self, Trap>;
    /// The magnitude, for names of negative divisors (`m2147483648`).
    fn magnitude(self) -> u64;
}

macro_rules! wasm_int {
    ($signed:ty, $unsigned:ty, $name:literal) => {
        impl WasmInt for $signed {
            const TYPE: &'static str = $name;

            fn divisors() -> Vec<Self> {
                let top_power_of_two = 1 << (<$signed>::BITS - 2);
                vec![
                    1,
                    2,
                    4,
                    8,
                    3,
                    7,
                    -1,
                    -2,
                    -8,
                    0,
                    top_power_of_two,
                    <$signed>::MIN,
                    <$signed>::MAX,
                ]
            }

            fn dividends() -> Vec<Self> {
                vec![
                    0,
                    1,
                    -1,
                    7,
                    -7,
                    8,
                    -8,
                    <$signed>::MAX,
                    <$signed>::MIN,
                    12345,
                    -12345,
                ]
            }

            fn apply(op: &str, lhs: Self, rhs: Self) -> Result<Self, Trap> {
                if rhs == 0 {
                    return Err(Trap::DivideByZero);
                }
                let (ulhs, urhs) = (lhs as $unsigned, rhs as $unsigned);
                match op {
                    "div_s" => lhs.checked_div(rhs).ok_or(Trap::Overflow),
                    "div_u" => Ok((ulhs / urhs) as $signed),
                    // The spec defines `MIN rem_s -1` as 0, which is what wrapping gives.
                    "rem_s" => Ok(lhs.wrapping_rem(rhs)),
                    "rem_u" => Ok((ulhs % urhs) as $signed),
                    other => panic!("no operator {other}"),
                }
            }

            fn magnitude(self) -> u64 {
                u64::from(self.unsigned_abs())
            }
        }
    };
}

wasm_int!(i32, u32, "i32");
wasm_int!(i64, u64, "i64");

/// The name of the function dividing by `divisor`: `i32_div_s_m8` for `-8`.
fn function_name<T: WasmInt>(op: &str, divisor: T) -> String {
    let ty = T::TYPE;
    if divisor < T::default() {
        format!("{ty}_{op}_m{}", divisor.magnitude())
    } else {
        format!("{ty}_{op}_{divisor}")
    }
}

fn write_functions<T: WasmInt>(out: &mut String) {
    let ty = T::TYPE;
    for divisor in T::divisors() {
        for op in OPERATORS {
            let name = function_name(op, divisor);
            writeln!(
                out,
                "  (func (export \"{name}\") (param {ty}) (result {ty}) \
                 ({ty}.{op} (local.get 0) ({ty}.const {divisor})))"
            )
            .unwrap();
        }
    }
}

fn write_assertions<T: WasmInt>(out: &mut String) {
    let ty = T::TYPE;
    for divisor in T::divisors() {
        for op in OPERATORS {
            let name = function_name(op, divisor);
            for dividend in T::dividends() {
                let call = format!("(invoke \"{name}\" ({ty}.const {dividend}))");
                match T::apply(op, dividend, divisor) {
                    Ok(result) => {
                        writeln!(out, "(assert_return {call} ({ty}.const {result}))").unwrap()
                    }
                    Err(trap) => {
                        writeln!(out, "(assert_trap {call} \"{}\")", trap.message()).unwrap()
                    }
                }
            }
        }
    }
}

/// The function that divides values held in pinned locals, written out by hand.
const PINNED_FUNCTION: &str = r#"  ;; Results computed straight into pinned locals, operands read from pinned locals.
  (func (export "pinned") (param $x i32) (param $y i64) (result i64)
    (local $a i32) (local $b i64) (local $i i32)
    (loop $l
      (local.set $a (i32.div_s (local.get $x) (i32.const 4)))
      (local.set $x (i32.rem_s (local.get $x) (i32.const 16)))
      (local.set $b (i64.div_u (local.get $y) (i64.const 0x8000000000000000)))
      (local.set $y (i64.rem_u (local.get $y) (i64.const 0x100000000)))
      (local.set $y (i64.add (local.get $y) (i64.rem_s (local.get $b) (i64.const 8))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 3))))
    (i64.add (i64.add (i64.extend_i32_s (local.get $a)) (i64.extend_i32_s (local.get $x)))
             (i64.add (local.get $b) (local.get $y))))
"#;

/// [`PINNED_FUNCTION`] in Rust: none of its divisions can trap.
pub fn pinned(mut x: i32, mut y: i64) -> i64 {
    let (mut a, mut b) = (0i32, 0i64);
    for _ in 0..3 {
        a = x / 4;
        x %= 16;
        b = ((y as u64) / 0x8000_0000_0000_0000) as i64;
        y = ((y as u64) % 0x1_0000_0000) as i64;
        y = y.wrapping_add(b % 8);
    }
    (i64::from(a) + i64::from(x)).wrapping_add(b.wrapping_add(y))
}

/// How a `pinned` case writes its `i64` operand and result.
#[derive(Clone, Copy)]
enum Radix {
    Decimal,
    Hex,
}

impl Radix {
    fn format(self, value: i64) -> String {
        match self {
            Radix::Decimal => value.to_string(),
            Radix::Hex => format!("{:#x}", value as u64),
        }
    }
}

/// The calls of `pinned`: `x`, `y` and how `y` and the result are written.
const PINNED_CASES: [(i32, i64, Radix); 2] = [
    (-1000, -1, Radix::Decimal),
    (1000, 0x1_2345_6789, Radix::Hex),
];

/// The whole file.
pub fn generate() -> String {
    let mut out = String::new();
    out.push_str(
        ";; Division and remainder by constants: powers of two become shifts and masks (signed\n\
         ;; ones round toward zero), other non-zero constants skip the zero and overflow checks,\n\
         ;; and 0 and -1 keep their traps.\n\
         ;;\n\
         ;; Generated by tests/wast/generators/div_by_constant.rs (expected values from Rust's\n\
         ;; integer semantics); regenerate with\n\
         ;; LIGHTBEAM_BLESS=1 cargo test -p lightbeam --test wast_generators\n\
         \n\
         (module\n",
    );
    write_functions::<i32>(&mut out);
    write_functions::<i64>(&mut out);
    out.push_str(PINNED_FUNCTION);
    out.push_str(")\n\n");
    write_assertions::<i32>(&mut out);
    write_assertions::<i64>(&mut out);
    for (x, y, radix) in PINNED_CASES {
        writeln!(
            out,
            "(assert_return (invoke \"pinned\" (i32.const {x}) (i64.const {})) (i64.const {}))",
            radix.format(y),
            radix.format(pinned(x, y))
        )
        .unwrap();
    }
    out
}
