//! The integer lane operators of WebAssembly SIMD, written from the spec one lane
//! at a time over plain Rust integers, so that expected values never come from
//! the code under test.
//!
//! Every lane is read as an `i128`, signed or unsigned as the operator says, the
//! result computed exactly and then wrapped (`build`) or saturated
//! (`saturate_*`) into the result lane, as the spec's `iadd`, `isat_s`, ... do.

/// A `v128` as its 16 bytes in memory order.
pub type V128 = [u8; 16];

/// The operands of one call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operands {
    /// One vector.
    Unary(V128),
    /// Two vectors.
    Binary(V128, V128),
    /// A vector and a shift count.
    Shift(V128, i32),
}

/// What an operator takes, in the order of its wasm parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arity {
    /// `(param v128)`.
    Unary,
    /// `(param v128 v128)`.
    Binary,
    /// `(param v128 i32)`.
    Shift,
}

/// A lane shape: `i8x16`, `i16x8`, `i32x4` or `i64x2`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shape {
    bits: u32,
}

impl Shape {
    /// The shape named `iNxM`.
    pub fn parse(name: &str) -> Option<Shape> {
        let bits = match name {
            "i8x16" => 8,
            "i16x8" => 16,
            "i32x4" => 32,
            "i64x2" => 64,
            _ => return None,
        };
        Some(Shape { bits })
    }

    /// The number of lanes.
    fn lanes(self) -> usize {
        (128 / self.bits) as usize
    }

    /// Lane `index` of `v`, zero-extended.
    fn unsigned(self, v: &V128, index: usize) -> i128 {
        let width = (self.bits / 8) as usize;
        let bytes = &v[index * width..(index + 1) * width];
        bytes
            .iter()
            .rev()
            .fold(0i128, |value, &byte| (value << 8) | i128::from(byte))
    }

    /// Lane `index` of `v`, sign-extended.
    fn signed(self, v: &V128, index: usize) -> i128 {
        let value = self.unsigned(v, index);
        if value >= 1 << (self.bits - 1) {
            value - (1 << self.bits)
        } else {
            value
        }
    }

    /// Lane `index` of `v`, sign- or zero-extended.
    fn extended(self, v: &V128, index: usize, signed: bool) -> i128 {
        if signed {
            self.signed(v, index)
        } else {
            self.unsigned(v, index)
        }
    }

    /// `value` clamped to the signed range of a lane.
    fn saturate_s(self, value: i128) -> i128 {
        value.clamp(-(1 << (self.bits - 1)), (1 << (self.bits - 1)) - 1)
    }

    /// `value` clamped to the unsigned range of a lane.
    fn saturate_u(self, value: i128) -> i128 {
        value.clamp(0, (1 << self.bits) - 1)
    }

    /// `value` clamped to the lane's signed or unsigned range.
    fn saturate(self, value: i128, signed: bool) -> i128 {
        if signed {
            self.saturate_s(value)
        } else {
            self.saturate_u(value)
        }
    }

    /// A vector whose lane `i` is `lane(i)` modulo 2^bits.
    fn build(self, lane: impl Fn(usize) -> i128) -> V128 {
        let width = (self.bits / 8) as usize;
        let mut v = [0u8; 16];
        for index in 0..self.lanes() {
            let value = lane(index).rem_euclid(1 << self.bits);
            let bytes = value.to_le_bytes();
            v[index * width..(index + 1) * width].copy_from_slice(&bytes[..width]);
        }
        v
    }

    /// A vector whose lane `i` is all ones when `test(i)`, else zero.
    fn mask(self, test: impl Fn(usize) -> bool) -> V128 {
        self.build(|index| if test(index) { -1 } else { 0 })
    }
}

/// `name` split into its result shape and operation: `("i8x16", "add")`.
fn split(name: &str) -> (Shape, &str) {
    let (shape, op) = name
        .split_once('.')
        .unwrap_or_else(|| panic!("`{name}` is not `shape.op`"));
    let shape = Shape::parse(shape).unwrap_or_else(|| panic!("`{name}`: unknown shape"));
    (shape, op)
}

/// The source shape named inside an operation (`narrow_i16x8_s` → `i16x8`), its
/// signedness, and the operation with both removed (`narrow`).
fn source(op: &str) -> Option<(&str, Shape, bool)> {
    let (rest, signed) = if let Some(rest) = op.strip_suffix("_s") {
        (rest, true)
    } else {
        (op.strip_suffix("_u")?, false)
    };
    let (base, shape) = rest.rsplit_once('_')?;
    Some((base, Shape::parse(shape)?, signed))
}

/// What `operator` (`i8x16.add`) takes.
pub fn arity(operator: &str) -> Arity {
    let (_, op) = split(operator);
    match op {
        "shl" | "shr_s" | "shr_u" => Arity::Shift,
        "neg" | "abs" | "popcnt" => Arity::Unary,
        _ => match source(op) {
            Some(("extadd_pairwise" | "extend_low" | "extend_high", _, _)) => Arity::Unary,
            _ => Arity::Binary,
        },
    }
}

/// The result of `operator` on `operands`, as the spec defines it.
pub fn evaluate(operator: &str, operands: Operands) -> V128 {
    let (shape, op) = split(operator);
    match operands {
        Operands::Binary(a, b) => binary(shape, op, &a, &b)
            .unwrap_or_else(|| panic!("`{operator}` is not a binary integer lane operator")),
        Operands::Unary(a) => unary(shape, op, &a)
            .unwrap_or_else(|| panic!("`{operator}` is not a unary integer lane operator")),
        Operands::Shift(a, count) => {
            shift(shape, op, &a, count).unwrap_or_else(|| panic!("`{operator}` is not a shift"))
        }
    }
}

/// Operators on two vectors of the same shape as their result, then those
/// that read narrower or wider lanes.
fn binary(shape: Shape, op: &str, a: &V128, b: &V128) -> Option<V128> {
    let s = |v: &V128, i| shape.signed(v, i);
    let u = |v: &V128, i| shape.unsigned(v, i);
    let v = match op {
        "add" => shape.build(|i| u(a, i) + u(b, i)),
        "sub" => shape.build(|i| u(a, i) - u(b, i)),
        // Lanes of 64 bits overflow `i128`; the low bits of the product are exact.
        "mul" => shape.build(|i| u(a, i).wrapping_mul(u(b, i))),
        "eq" => shape.mask(|i| u(a, i) == u(b, i)),
        "ne" => shape.mask(|i| u(a, i) != u(b, i)),
        "lt_s" => shape.mask(|i| s(a, i) < s(b, i)),
        "lt_u" => shape.mask(|i| u(a, i) < u(b, i)),
        "gt_s" => shape.mask(|i| s(a, i) > s(b, i)),
        "gt_u" => shape.mask(|i| u(a, i) > u(b, i)),
        "le_s" => shape.mask(|i| s(a, i) <= s(b, i)),
        "le_u" => shape.mask(|i| u(a, i) <= u(b, i)),
        "ge_s" => shape.mask(|i| s(a, i) >= s(b, i)),
        "ge_u" => shape.mask(|i| u(a, i) >= u(b, i)),
        "add_sat_s" => shape.build(|i| shape.saturate_s(s(a, i) + s(b, i))),
        "add_sat_u" => shape.build(|i| shape.saturate_u(u(a, i) + u(b, i))),
        "sub_sat_s" => shape.build(|i| shape.saturate_s(s(a, i) - s(b, i))),
        "sub_sat_u" => shape.build(|i| shape.saturate_u(u(a, i) - u(b, i))),
        "avgr_u" => shape.build(|i| (u(a, i) + u(b, i) + 1) / 2),
        "min_s" => shape.build(|i| s(a, i).min(s(b, i))),
        "min_u" => shape.build(|i| u(a, i).min(u(b, i))),
        "max_s" => shape.build(|i| s(a, i).max(s(b, i))),
        "max_u" => shape.build(|i| u(a, i).max(u(b, i))),
        "q15mulr_sat_s" => shape.build(|i| shape.saturate_s((s(a, i) * s(b, i) + (1 << 14)) >> 15)),
        _ => return widening_binary(shape, op, a, b),
    };
    Some(v)
}

/// `dot`, `narrow` and `extmul`: lanes read in another shape than the result's.
fn widening_binary(shape: Shape, op: &str, a: &V128, b: &V128) -> Option<V128> {
    let (base, from, signed) = source(op)?;
    let lanes = shape.lanes();
    let v = match base {
        "dot" if signed => shape.build(|i| {
            from.signed(a, 2 * i) * from.signed(b, 2 * i)
                + from.signed(a, 2 * i + 1) * from.signed(b, 2 * i + 1)
        }),
        // The first operand's lanes, then the second's; the inputs are signed
        // either way, only the saturation differs.
        "narrow" => shape.build(|i| {
            let value = if i < from.lanes() {
                from.signed(a, i)
            } else {
                from.signed(b, i - from.lanes())
            };
            shape.saturate(value, signed)
        }),
        "extmul_low" | "extmul_high" => {
            let first = if base == "extmul_low" { 0 } else { lanes };
            shape.build(|i| {
                from.extended(a, first + i, signed) * from.extended(b, first + i, signed)
            })
        }
        _ => return None,
    };
    Some(v)
}

fn unary(shape: Shape, op: &str, a: &V128) -> Option<V128> {
    let v = match op {
        "neg" => shape.build(|i| -shape.signed(a, i)),
        "abs" => shape.build(|i| shape.signed(a, i).abs()),
        "popcnt" => shape.build(|i| i128::from(shape.unsigned(a, i).count_ones())),
        _ => {
            let (base, from, signed) = source(op)?;
            let lanes = shape.lanes();
            match base {
                "extadd_pairwise" => shape.build(|i| {
                    from.extended(a, 2 * i, signed) + from.extended(a, 2 * i + 1, signed)
                }),
                "extend_low" => shape.build(|i| from.extended(a, i, signed)),
                "extend_high" => shape.build(|i| from.extended(a, lanes + i, signed)),
                _ => return None,
            }
        }
    };
    Some(v)
}

/// Shifts take the count modulo the lane width, read as unsigned.
fn shift(shape: Shape, op: &str, a: &V128, count: i32) -> Option<V128> {
    let amount = (count as u32) % shape.bits;
    let v = match op {
        "shl" => shape.build(|i| shape.unsigned(a, i) << amount),
        "shr_s" => shape.build(|i| shape.signed(a, i) >> amount),
        "shr_u" => shape.build(|i| shape.unsigned(a, i) >> amount),
        _ => return None,
    };
    Some(v)
}
