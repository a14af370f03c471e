//! Relaxed SIMD across encodings and modes, on edge inputs (NaNs of both signs and
//! with payloads, ±0, ±inf, lanes out of the `i32` and `u32` ranges, swizzle indices of
//! 16 and more, mask lanes that are neither all ones nor all zeros, `i8` lanes of
//! 0x80): in deterministic mode the SSE4.1 and AVX2 encodings give the same bits, and
//! those are the reference semantics written out below, the spec's deterministic
//! profile (the non-relaxed counterparts, signed dot products with saturating 16-bit
//! pair sums, multiply-adds rounded twice); in native mode the two
//! encodings differ only in the multiply-adds (fused with AVX2's FMA).

use lightbeam::{Config, Engine, Instance, Linker, Module, RelaxedSimd, SimdEncoding, Store, Val};
use wasmparser::WasmFeatures;

/// How a result's lanes compare with the reference: integers exactly, floats by bits
/// except that any NaN matches any NaN.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Lanes {
    Int,
    F32,
    F64,
}

/// A relaxed operator under test: its export, arity, result lanes and reference.
struct Op {
    name: &'static str,
    arity: usize,
    lanes: Lanes,
    reference: fn(u128, u128, u128) -> u128,
}

const WAT: &str = r#"(module
  (func (export "swizzle") (param v128 v128 v128) (result v128)
    (i8x16.relaxed_swizzle (local.get 0) (local.get 1)))
  (func (export "trunc_f32x4_s") (param v128 v128 v128) (result v128)
    (i32x4.relaxed_trunc_f32x4_s (local.get 0)))
  (func (export "trunc_f32x4_u") (param v128 v128 v128) (result v128)
    (i32x4.relaxed_trunc_f32x4_u (local.get 0)))
  (func (export "trunc_f64x2_s_zero") (param v128 v128 v128) (result v128)
    (i32x4.relaxed_trunc_f64x2_s_zero (local.get 0)))
  (func (export "trunc_f64x2_u_zero") (param v128 v128 v128) (result v128)
    (i32x4.relaxed_trunc_f64x2_u_zero (local.get 0)))
  (func (export "f32x4_madd") (param v128 v128 v128) (result v128)
    (f32x4.relaxed_madd (local.get 0) (local.get 1) (local.get 2)))
  (func (export "f32x4_nmadd") (param v128 v128 v128) (result v128)
    (f32x4.relaxed_nmadd (local.get 0) (local.get 1) (local.get 2)))
  (func (export "f64x2_madd") (param v128 v128 v128) (result v128)
    (f64x2.relaxed_madd (local.get 0) (local.get 1) (local.get 2)))
  (func (export "f64x2_nmadd") (param v128 v128 v128) (result v128)
    (f64x2.relaxed_nmadd (local.get 0) (local.get 1) (local.get 2)))
  (func (export "i8x16_laneselect") (param v128 v128 v128) (result v128)
    (i8x16.relaxed_laneselect (local.get 0) (local.get 1) (local.get 2)))
  (func (export "i16x8_laneselect") (param v128 v128 v128) (result v128)
    (i16x8.relaxed_laneselect (local.get 0) (local.get 1) (local.get 2)))
  (func (export "i32x4_laneselect") (param v128 v128 v128) (result v128)
    (i32x4.relaxed_laneselect (local.get 0) (local.get 1) (local.get 2)))
  (func (export "i64x2_laneselect") (param v128 v128 v128) (result v128)
    (i64x2.relaxed_laneselect (local.get 0) (local.get 1) (local.get 2)))
  (func (export "f32x4_min") (param v128 v128 v128) (result v128)
    (f32x4.relaxed_min (local.get 0) (local.get 1)))
  (func (export "f32x4_max") (param v128 v128 v128) (result v128)
    (f32x4.relaxed_max (local.get 0) (local.get 1)))
  (func (export "f64x2_min") (param v128 v128 v128) (result v128)
    (f64x2.relaxed_min (local.get 0) (local.get 1)))
  (func (export "f64x2_max") (param v128 v128 v128) (result v128)
    (f64x2.relaxed_max (local.get 0) (local.get 1)))
  (func (export "q15mulr") (param v128 v128 v128) (result v128)
    (i16x8.relaxed_q15mulr_s (local.get 0) (local.get 1)))
  (func (export "dot") (param v128 v128 v128) (result v128)
    (i16x8.relaxed_dot_i8x16_i7x16_s (local.get 0) (local.get 1)))
  (func (export "dot_add") (param v128 v128 v128) (result v128)
    (i32x4.relaxed_dot_i8x16_i7x16_add_s (local.get 0) (local.get 1) (local.get 2)))
)"#;

// ---- lanes ----------------------------------------------------------------------------

fn bytes(v: u128) -> [u8; 16] {
    v.to_le_bytes()
}
fn from_bytes(b: [u8; 16]) -> u128 {
    u128::from_le_bytes(b)
}
fn i16s(v: u128) -> [i16; 8] {
    std::array::from_fn(|i| (v >> (16 * i)) as u16 as i16)
}
fn from_i16s(l: [i16; 8]) -> u128 {
    l.iter()
        .enumerate()
        .fold(0, |v, (i, &x)| v | (x as u16 as u128) << (16 * i))
}
fn u32s(v: u128) -> [u32; 4] {
    std::array::from_fn(|i| (v >> (32 * i)) as u32)
}
fn from_u32s(l: [u32; 4]) -> u128 {
    l.iter()
        .enumerate()
        .fold(0, |v, (i, &x)| v | (x as u128) << (32 * i))
}
fn f32s(v: u128) -> [f32; 4] {
    u32s(v).map(f32::from_bits)
}
fn from_f32s(l: [f32; 4]) -> u128 {
    from_u32s(l.map(f32::to_bits))
}
fn f64s(v: u128) -> [f64; 2] {
    [f64::from_bits(v as u64), f64::from_bits((v >> 64) as u64)]
}
fn from_f64s(l: [f64; 2]) -> u128 {
    l[0].to_bits() as u128 | (l[1].to_bits() as u128) << 64
}

// ---- the deterministic semantics ------------------------------------------------------

fn swizzle(a: u128, s: u128, _: u128) -> u128 {
    let (a, s) = (bytes(a), bytes(s));
    from_bytes(s.map(|index| a.get(index as usize).copied().unwrap_or(0)))
}
fn trunc_f32x4_s(a: u128, _: u128, _: u128) -> u128 {
    from_u32s(f32s(a).map(|x| x as i32 as u32))
}
fn trunc_f32x4_u(a: u128, _: u128, _: u128) -> u128 {
    from_u32s(f32s(a).map(|x| x as u32))
}
fn trunc_f64x2_s_zero(a: u128, _: u128, _: u128) -> u128 {
    let [x, y] = f64s(a);
    from_u32s([x as i32 as u32, y as i32 as u32, 0, 0])
}
fn trunc_f64x2_u_zero(a: u128, _: u128, _: u128) -> u128 {
    let [x, y] = f64s(a);
    from_u32s([x as u32, y as u32, 0, 0])
}
fn lanewise_f32(a: u128, b: u128, c: u128, f: impl Fn(f32, f32, f32) -> f32) -> u128 {
    let (a, b, c) = (f32s(a), f32s(b), f32s(c));
    from_f32s(std::array::from_fn(|i| f(a[i], b[i], c[i])))
}
fn lanewise_f64(a: u128, b: u128, c: u128, f: impl Fn(f64, f64, f64) -> f64) -> u128 {
    let (a, b, c) = (f64s(a), f64s(b), f64s(c));
    from_f64s(std::array::from_fn(|i| f(a[i], b[i], c[i])))
}
// Rust never fuses `a * b + c`: two roundings, as the deterministic mode does.
fn f32x4_madd(a: u128, b: u128, c: u128) -> u128 {
    lanewise_f32(a, b, c, |a, b, c| a * b + c)
}
fn f32x4_nmadd(a: u128, b: u128, c: u128) -> u128 {
    lanewise_f32(a, b, c, |a, b, c| -(a * b) + c)
}
fn f64x2_madd(a: u128, b: u128, c: u128) -> u128 {
    lanewise_f64(a, b, c, |a, b, c| a * b + c)
}
fn f64x2_nmadd(a: u128, b: u128, c: u128) -> u128 {
    lanewise_f64(a, b, c, |a, b, c| -(a * b) + c)
}
fn bitselect(a: u128, b: u128, mask: u128) -> u128 {
    (a & mask) | (b & !mask)
}
/// Wasm's `fmin`: NaN if either is, -0 below +0.
fn wasm_min<F: Copy + PartialOrd + Into<f64>>(a: F, b: F, nan: F) -> F {
    let (x, y): (f64, f64) = (a.into(), b.into());
    if x.is_nan() || y.is_nan() {
        nan
    } else if x == y {
        if x.is_sign_negative() {
            a
        } else {
            b
        }
    } else if x < y {
        a
    } else {
        b
    }
}
/// Wasm's `fmax`: NaN if either is, +0 above -0.
fn wasm_max<F: Copy + PartialOrd + Into<f64>>(a: F, b: F, nan: F) -> F {
    let (x, y): (f64, f64) = (a.into(), b.into());
    if x.is_nan() || y.is_nan() {
        nan
    } else if x == y {
        if x.is_sign_positive() {
            a
        } else {
            b
        }
    } else if x > y {
        a
    } else {
        b
    }
}
fn f32x4_min(a: u128, b: u128, _: u128) -> u128 {
    lanewise_f32(a, b, 0, |a, b, _| wasm_min(a, b, f32::NAN))
}
fn f32x4_max(a: u128, b: u128, _: u128) -> u128 {
    lanewise_f32(a, b, 0, |a, b, _| wasm_max(a, b, f32::NAN))
}
fn f64x2_min(a: u128, b: u128, _: u128) -> u128 {
    lanewise_f64(a, b, 0, |a, b, _| wasm_min(a, b, f64::NAN))
}
fn f64x2_max(a: u128, b: u128, _: u128) -> u128 {
    lanewise_f64(a, b, 0, |a, b, _| wasm_max(a, b, f64::NAN))
}
fn q15mulr(a: u128, b: u128, _: u128) -> u128 {
    let (a, b) = (i16s(a), i16s(b));
    from_i16s(std::array::from_fn(|i| {
        let product = (a[i] as i32 * b[i] as i32 + 0x4000) >> 15;
        product.clamp(i16::MIN as i32, i16::MAX as i32) as i16
    }))
}
/// Both operands' bytes signed, each pair's sum saturated to 16 bits (the spec's
/// `ivdotsat`: only `-128 * -128` twice overflows, giving 32767).
fn dot16(a: u128, b: u128) -> [i16; 8] {
    let (a, b) = (bytes(a), bytes(b));
    std::array::from_fn(|i| {
        let product = |j: usize| (a[j] as i8 as i16).wrapping_mul(b[j] as i8 as i16);
        product(2 * i).saturating_add(product(2 * i + 1))
    })
}
fn dot(a: u128, b: u128, _: u128) -> u128 {
    from_i16s(dot16(a, b))
}
fn dot_add(a: u128, b: u128, c: u128) -> u128 {
    let (sums, c) = (dot16(a, b), u32s(c));
    from_u32s(std::array::from_fn(|i| {
        (sums[2 * i] as i32 + sums[2 * i + 1] as i32).wrapping_add(c[i] as i32) as u32
    }))
}

const OPS: &[Op] = &[
    op("swizzle", 2, Lanes::Int, swizzle),
    op("trunc_f32x4_s", 1, Lanes::Int, trunc_f32x4_s),
    op("trunc_f32x4_u", 1, Lanes::Int, trunc_f32x4_u),
    op("trunc_f64x2_s_zero", 1, Lanes::Int, trunc_f64x2_s_zero),
    op("trunc_f64x2_u_zero", 1, Lanes::Int, trunc_f64x2_u_zero),
    op("f32x4_madd", 3, Lanes::F32, f32x4_madd),
    op("f32x4_nmadd", 3, Lanes::F32, f32x4_nmadd),
    op("f64x2_madd", 3, Lanes::F64, f64x2_madd),
    op("f64x2_nmadd", 3, Lanes::F64, f64x2_nmadd),
    op("i8x16_laneselect", 3, Lanes::Int, bitselect),
    op("i16x8_laneselect", 3, Lanes::Int, bitselect),
    op("i32x4_laneselect", 3, Lanes::Int, bitselect),
    op("i64x2_laneselect", 3, Lanes::Int, bitselect),
    op("f32x4_min", 2, Lanes::F32, f32x4_min),
    op("f32x4_max", 2, Lanes::F32, f32x4_max),
    op("f64x2_min", 2, Lanes::F64, f64x2_min),
    op("f64x2_max", 2, Lanes::F64, f64x2_max),
    op("q15mulr", 2, Lanes::Int, q15mulr),
    op("dot", 2, Lanes::Int, dot),
    op("dot_add", 3, Lanes::Int, dot_add),
];

const fn op(
    name: &'static str,
    arity: usize,
    lanes: Lanes,
    reference: fn(u128, u128, u128) -> u128,
) -> Op {
    Op {
        name,
        arity,
        lanes,
        reference,
    }
}

/// The edge inputs, each one vector read in whatever lane shape the operator uses.
fn inputs() -> Vec<u128> {
    let f32x4 = |l: [u32; 4]| from_u32s(l);
    let f64x2 = |a: u64, b: u64| a as u128 | (b as u128) << 64;
    vec![
        // NaN, -NaN, +0, -0
        f32x4([0x7fc0_0000, 0xffc0_0000, 0, 0x8000_0000]),
        // +inf, -inf, 3e9, -3e9
        f32x4([0x7f80_0000, 0xff80_0000, 0x4f32_d05e, 0xcf32_d05e]),
        // 2^31, the f32 below it, -2^31, the f32 below -2^31
        f32x4([0x4f00_0000, 0x4eff_ffff, 0xcf00_0000, 0xcf00_0001]),
        // 1.5, -1.5, 0.5, -0.99
        f32x4([0x3fc0_0000, 0xbfc0_0000, 0x3f00_0000, 0xbf7d_70a4]),
        // signalling NaN, NaN with a payload, the least subnormal, f32::MAX
        f32x4([0x7f80_0001, 0x7fc1_2345, 1, 0x7f7f_ffff]),
        // 1 + 2^-23 (its square rounds differently fused), 4294967040, 5e9, -1
        f32x4([0x3f80_0001, 0x4f7f_ffff, 0x4f95_02f9, 0xbf80_0000]),
        // f64: NaN, -0
        f64x2(0x7ff8_0000_0000_0000, 0x8000_0000_0000_0000),
        // f64: 3e9, -1e10
        f64x2(0x41e6_5a0b_c000_0000, 0xc202_a05f_2000_0000),
        // f64: 4294967295.5, 1 + 2^-52
        f64x2(0x41ef_ffff_ffff_0000, 0x3ff0_0000_0000_0001),
        // f64: signalling NaN, -inf
        f64x2(0x7ff0_0000_0000_0001, 0xfff0_0000_0000_0000),
        // i8: 0x80 everywhere
        0x8080_8080_8080_8080_8080_8080_8080_8080,
        // i8: 0 to 15 (identity swizzle)
        0x0f0e_0d0c_0b0a_0908_0706_0504_0302_0100,
        // i8: swizzle indices of 16 and more, mixed with small ones
        from_bytes([
            16, 31, 127, 128, 200, 255, 0x70, 0x8f, 1, 2, 3, 4, 5, 6, 7, 0x7f,
        ]),
        // i16: 0x8000, 0x7fff, 0x0080, 0xff00, 1, -1, 0x4000, 0xc000
        from_i16s([i16::MIN, i16::MAX, 0x80, -0x100, 1, -1, 0x4000, -0x4000]),
        // masks neither all ones nor zeros, per 8/16/32/64-bit lane
        0x0000_ffff_ffff_0000_8000_0000_7fff_ffff,
        // i8: 0x7f everywhere (the largest i7)
        0x7f7f_7f7f_7f7f_7f7f_7f7f_7f7f_7f7f_7f7f,
        // i8: -127 and 1 alternating
        0x0181_0181_0181_0181_0181_0181_0181_0181,
    ]
}

/// A module compiled and instantiated for one encoding and mode.
struct Compiled {
    store: Store,
    instance: Instance,
}

impl Compiled {
    /// `None` when the host cannot run the encoding.
    fn new(encoding: SimdEncoding, mode: RelaxedSimd) -> Option<Self> {
        let engine = Engine::new(Config {
            simd_encoding: encoding,
            relaxed_simd: mode,
            features: WasmFeatures::WASM3,
            ..Config::default()
        });
        if engine.check_runnable().is_err() {
            eprintln!("this host cannot run {encoding:?} code: not compared");
            return None;
        }
        let module = Module::new(&engine, WAT).expect("the module compiles");
        let mut store = Store::new(&engine);
        let instance = Linker::new()
            .instantiate(&mut store, &module)
            .expect("the module instantiates");
        Some(Compiled { store, instance })
    }

    fn call(&mut self, name: &str, args: [u128; 3]) -> u128 {
        let func = self
            .instance
            .get_func(&self.store, name)
            .expect("the instance belongs to the store")
            .expect("the export exists");
        let args = args.map(Val::V128);
        match func
            .call(&mut self.store, &args)
            .expect("no trap")
            .as_slice()
        {
            [Val::V128(result)] => *result,
            other => panic!("{name}: unexpected results {other:?}"),
        }
    }
}

/// Every argument combination of `op` over the inputs (unused operands zero).
fn argument_sets(op: &Op, inputs: &[u128]) -> Vec<[u128; 3]> {
    let mut sets = Vec::new();
    let pick = |n: usize, arity: usize| -> Vec<u128> {
        if n < arity {
            inputs.to_vec()
        } else {
            vec![0]
        }
    };
    for &a in &pick(0, op.arity) {
        for &b in &pick(1, op.arity) {
            for &c in &pick(2, op.arity) {
                sets.push([a, b, c]);
            }
        }
    }
    sets
}

/// Whether `actual` is `expected`, any NaN lane matching any NaN lane for floats.
fn matches(lanes: Lanes, actual: u128, expected: u128) -> bool {
    match lanes {
        Lanes::Int => actual == expected,
        Lanes::F32 => f32s(actual)
            .iter()
            .zip(f32s(expected))
            .all(|(a, e)| a.to_bits() == e.to_bits() || (a.is_nan() && e.is_nan())),
        Lanes::F64 => f64s(actual)
            .iter()
            .zip(f64s(expected))
            .all(|(a, e)| a.to_bits() == e.to_bits() || (a.is_nan() && e.is_nan())),
    }
}

#[test]
fn deterministic_mode_is_bit_identical_across_encodings_and_follows_the_reference() {
    let inputs = inputs();
    let mut sse = Compiled::new(SimdEncoding::Sse41, RelaxedSimd::Deterministic)
        .expect("every host runs SSE4.1 code");
    let mut avx = Compiled::new(SimdEncoding::Avx2, RelaxedSimd::Deterministic);
    let mut failures = Vec::new();
    let mut checked = 0;
    for op in OPS {
        for args in argument_sets(op, &inputs) {
            let ours = sse.call(op.name, args);
            if let Some(avx) = avx.as_mut() {
                let theirs = avx.call(op.name, args);
                if ours != theirs {
                    failures.push(format!(
                        "{} {args:x?}: sse4.1 {ours:#034x}, avx2 {theirs:#034x}",
                        op.name
                    ));
                }
            }
            let expected = (op.reference)(args[0], args[1], args[2]);
            if !matches(op.lanes, ours, expected) {
                failures.push(format!(
                    "{} {args:x?}: got {ours:#034x}, expected {expected:#034x}",
                    op.name
                ));
            }
            checked += 1;
        }
    }
    assert!(checked > 10_000, "only {checked} cases");
    assert!(
        failures.is_empty(),
        "{} of {checked} cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn native_mode_differs_across_encodings_only_in_the_multiply_adds() {
    let inputs = inputs();
    let mut sse = Compiled::new(SimdEncoding::Sse41, RelaxedSimd::Native)
        .expect("every host runs SSE4.1 code");
    let Some(mut avx) = Compiled::new(SimdEncoding::Avx2, RelaxedSimd::Native) else {
        return;
    };
    let mut failures = Vec::new();
    let mut fused_differs = false;
    for op in OPS {
        let fusable = op.name.contains("madd");
        for args in argument_sets(op, &inputs) {
            let (ours, theirs) = (sse.call(op.name, args), avx.call(op.name, args));
            if ours == theirs {
                continue;
            }
            if fusable {
                fused_differs = true;
            } else {
                failures.push(format!(
                    "{} {args:x?}: sse4.1 {ours:#034x}, avx2 {theirs:#034x}",
                    op.name
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // (1 + 2^-23)^2 - (1 + 2^-23) keeps its last bit only when fused: the inputs do
    // reach the difference, so the comparison above is not vacuous for the adds.
    assert!(
        fused_differs,
        "no input told fused from unfused multiply-adds"
    );
}

#[test]
fn the_reference_dot_product_saturates_the_one_overflowing_pair_sum() {
    // The spec's deterministic profile: `ivdotsat` with both operands signed, so
    // `-128 * -128 + -128 * -128` is 32767 (not the wrapped -32768), and the
    // dot-add sums those saturated lanes.
    let all_0x80 = 0x8080_8080_8080_8080_8080_8080_8080_8080;
    assert_eq!(dot(all_0x80, all_0x80, 0), from_i16s([i16::MAX; 8]));
    assert_eq!(
        dot_add(all_0x80, all_0x80, from_u32s([1; 4])),
        from_u32s([2 * 32767 + 1; 4])
    );
    assert!(
        inputs().contains(&all_0x80),
        "the engines are compared on it"
    );
}
