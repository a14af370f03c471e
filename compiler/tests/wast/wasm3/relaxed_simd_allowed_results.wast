;; Relaxed SIMD: each operator has a native lowering (the encoding's fastest sequence)
;; and a deterministic one (`LIGHTBEAM_RELAXED_SIMD=deterministic`: the non-relaxed
;; counterpart). On the inputs the spec leaves open, every result below lists the
;; answers it allows that either lowering gives; elsewhere the answer is exact. The
;; laneselect cases also pin the SSE4.1 blends' mask in xmm0 when operands already sit
;; there or values live across them.

(module
  (func (export "swizzle") (param v128 v128) (result v128)
    (i8x16.relaxed_swizzle (local.get 0) (local.get 1)))
  (func (export "trunc_f32x4_s") (param v128) (result v128)
    (i32x4.relaxed_trunc_f32x4_s (local.get 0)))
  (func (export "trunc_f32x4_u") (param v128) (result v128)
    (i32x4.relaxed_trunc_f32x4_u (local.get 0)))
  (func (export "trunc_f64x2_s_zero") (param v128) (result v128)
    (i32x4.relaxed_trunc_f64x2_s_zero (local.get 0)))
  (func (export "trunc_f64x2_u_zero") (param v128) (result v128)
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
  (func (export "i32x4_laneselect") (param v128 v128 v128) (result v128)
    (i32x4.relaxed_laneselect (local.get 0) (local.get 1) (local.get 2)))
  (func (export "i64x2_laneselect") (param v128 v128 v128) (result v128)
    (i64x2.relaxed_laneselect (local.get 0) (local.get 1) (local.get 2)))
  ;; The first operand computed into a register (xmm0 is the first one free), and a
  ;; value live across the select.
  (func (export "laneselect_operand_in_xmm0") (param v128 v128 v128) (result v128)
    (local $keep v128)
    (local.set $keep (v128.not (local.get 0)))
    (i8x16.relaxed_laneselect
      (v128.xor (local.get 0) (local.get 1))
      (v128.not (local.get 1))
      (local.get 2))
    (local.get $keep)
    (v128.xor))
  ;; The mask computed into a register and the operands read from locals.
  (func (export "laneselect_mask_computed") (param v128 v128 v128) (result v128)
    (i32x4.relaxed_laneselect
      (local.get 0)
      (local.get 1)
      (i32x4.lt_s (local.get 2) (v128.const i32x4 0 0 0 0))))
  (func (export "f32x4_min") (param v128 v128) (result v128)
    (f32x4.relaxed_min (local.get 0) (local.get 1)))
  (func (export "f64x2_max") (param v128 v128) (result v128)
    (f64x2.relaxed_max (local.get 0) (local.get 1)))
  (func (export "q15mulr") (param v128 v128) (result v128)
    (i16x8.relaxed_q15mulr_s (local.get 0) (local.get 1)))
  (func (export "dot") (param v128 v128) (result v128)
    (i16x8.relaxed_dot_i8x16_i7x16_s (local.get 0) (local.get 1)))
  (func (export "dot_add") (param v128 v128 v128) (result v128)
    (i32x4.relaxed_dot_i8x16_i7x16_add_s (local.get 0) (local.get 1) (local.get 2)))
)

;; Indices 16 to 127 read `index % 16` or give 0; 128 and up give 0 either way.
(assert_return (invoke "swizzle"
    (v128.const i8x16 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25)
    (v128.const i8x16 0 15 16 17 31 32 127 128 129 200 255 -1 5 6 7 8))
  (either
    (v128.const i8x16 10 25 10 11 25 10 25 0 0 0 0 0 15 16 17 18)
    (v128.const i8x16 10 25 0 0 0 0 0 0 0 0 0 0 15 16 17 18)))

;; NaN and out-of-range lanes: the saturated value (NaN gives 0) or i32::MIN.
(assert_return (invoke "trunc_f32x4_s" (v128.const f32x4 nan -nan 3e9 -3e9))
  (either (v128.const i32x4 0 0 0x7fffffff 0x80000000)
          (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000)))
(assert_return (invoke "trunc_f32x4_s" (v128.const f32x4 -0.0 -0.99 2147483520 -2147483648))
  (v128.const i32x4 0 0 2147483520 -2147483648))
;; The unsigned truncations saturate in both modes.
(assert_return (invoke "trunc_f32x4_u" (v128.const f32x4 nan -1 4294967040 5e9))
  (v128.const i32x4 0 0 4294967040 0xffffffff))
(assert_return (invoke "trunc_f64x2_s_zero" (v128.const f64x2 nan -2147483648.9))
  (either (v128.const i32x4 0 -2147483648 0 0)
          (v128.const i32x4 0x80000000 -2147483648 0 0)))
(assert_return (invoke "trunc_f64x2_s_zero" (v128.const f64x2 2147483648 -2147483649))
  (either (v128.const i32x4 0x7fffffff 0x80000000 0 0)
          (v128.const i32x4 0x80000000 0x80000000 0 0)))
(assert_return (invoke "trunc_f64x2_u_zero" (v128.const f64x2 4294967295.9 -0.5))
  (v128.const i32x4 4294967295 0 0 0))

;; Fused or not: 1.5 * 1.5 - 2.25 is exact either way; (1 + 2^-23)^2 - (1 + 2^-22)
;; keeps 2^-46 only when fused.
(assert_return (invoke "f32x4_madd"
    (v128.const f32x4 1.5 0x1.000002p+0 -0.0 inf)
    (v128.const f32x4 1.5 0x1.000002p+0 0.0 0)
    (v128.const f32x4 -2.25 -0x1.000004p+0 -0.0 1))
  (either (v128.const f32x4 0 0x1p-46 -0.0 nan:canonical)
          (v128.const f32x4 0 0 -0.0 nan:canonical)))
(assert_return (invoke "f32x4_nmadd"
    (v128.const f32x4 1.5 0x1.000002p+0 2 -1)
    (v128.const f32x4 1.5 0x1.000002p+0 3 1)
    (v128.const f32x4 2.25 0x1.000004p+0 1 -1))
  (either (v128.const f32x4 0 -0x1p-46 -5 0)
          (v128.const f32x4 0 0 -5 0)))
(assert_return (invoke "f64x2_madd"
    (v128.const f64x2 0x1.0000000000001p+0 3)
    (v128.const f64x2 0x1.0000000000001p+0 4)
    (v128.const f64x2 -0x1.0000000000002p+0 0.5))
  (either (v128.const f64x2 0x1p-104 12.5)
          (v128.const f64x2 0 12.5)))
(assert_return (invoke "f64x2_nmadd"
    (v128.const f64x2 0x1.0000000000001p+0 3)
    (v128.const f64x2 0x1.0000000000001p+0 4)
    (v128.const f64x2 0x1.0000000000002p+0 0.5))
  (either (v128.const f64x2 -0x1p-104 -11.5)
          (v128.const f64x2 0 -11.5)))

;; Masks of all ones or zeros select exactly; others by bit or by the top bit.
(assert_return (invoke "i8x16_laneselect"
    (v128.const i8x16 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16)
    (v128.const i8x16 -1 -2 -3 -4 -5 -6 -7 -8 -9 -10 -11 -12 -13 -14 -15 -16)
    (v128.const i8x16 -1 0 -1 0 -1 0 -1 0 -1 0 -1 0 -1 0 -1 0))
  (v128.const i8x16 1 -2 3 -4 5 -6 7 -8 9 -10 11 -12 13 -14 15 -16))
(assert_return (invoke "i8x16_laneselect"
    (v128.const i8x16 0x0f 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0)
    (v128.const i8x16 0xf0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0)
    (v128.const i8x16 0x81 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0))
  (either (v128.const i8x16 0x71 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0)
          (v128.const i8x16 0x0f 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0)))
(assert_return (invoke "i32x4_laneselect"
    (v128.const i32x4 0x11111111 0x22222222 0x33333333 0x44444444)
    (v128.const i32x4 0xaaaaaaaa 0xbbbbbbbb 0xcccccccc 0xdddddddd)
    (v128.const i32x4 -1 0 0x80000000 0x7fffffff))
  (either (v128.const i32x4 0x11111111 0xbbbbbbbb 0x4ccccccc 0xc4444444)
          (v128.const i32x4 0x11111111 0xbbbbbbbb 0x33333333 0xdddddddd)))
(assert_return (invoke "i64x2_laneselect"
    (v128.const i64x2 1 2)
    (v128.const i64x2 3 4)
    (v128.const i64x2 0x8000000000000000 0x7fffffffffffffff))
  (either (v128.const i64x2 3 2)
          (v128.const i64x2 1 4)))
(assert_return (invoke "laneselect_operand_in_xmm0"
    (v128.const i32x4 0x0f0f0f0f 0 -1 0x12345678)
    (v128.const i32x4 0x00ff00ff -1 0 0x0f0f0f0f)
    (v128.const i32x4 -1 0 -1 0))
  ;; select(a ^ b, !b, mask) ^ !a
  (v128.const i32x4 0xff00ff00 -1 -1 0x1d3b5977))
(assert_return (invoke "laneselect_mask_computed"
    (v128.const i32x4 1 2 3 4)
    (v128.const i32x4 5 6 7 8)
    (v128.const i32x4 -1 0 -5 5))
  (v128.const i32x4 1 6 3 8))

;; NaN lanes give NaN or the other operand; zeros of both signs either one.
(assert_return (invoke "f32x4_min"
    (v128.const f32x4 nan 1 -0.0 2)
    (v128.const f32x4 1 nan 0.0 -3))
  (either (v128.const f32x4 nan:canonical nan:canonical -0.0 -3)
          (v128.const f32x4 1 nan:canonical 0.0 -3)
          (v128.const f32x4 nan:canonical 1 -0.0 -3)
          (v128.const f32x4 1 1 0.0 -3)
          (v128.const f32x4 1 nan:canonical -0.0 -3)
          (v128.const f32x4 nan:canonical 1 0.0 -3)
          (v128.const f32x4 1 1 -0.0 -3)
          (v128.const f32x4 nan:canonical nan:canonical 0.0 -3)))
(assert_return (invoke "f64x2_max" (v128.const f64x2 -0.0 5) (v128.const f64x2 0.0 -inf))
  (either (v128.const f64x2 0.0 5) (v128.const f64x2 -0.0 5)))

;; 0x8000 * 0x8000 saturates to 0x7fff or wraps to 0x8000; everything else is exact.
(assert_return (invoke "q15mulr"
    (v128.const i16x8 0x8000 0x8000 0x7fff 0x4000 -1 1 0x8000 100)
    (v128.const i16x8 0x8000 0x7fff 0x7fff 0x4000 -1 1 1 -200))
  (either (v128.const i16x8 0x7fff 0x8001 0x7ffe 0x2000 0 0 -1 -1)
          (v128.const i16x8 0x8000 0x8001 0x7ffe 0x2000 0 0 -1 -1)))

;; Second operand bytes below 0x80 are exact; 0x80 and up read signed or unsigned,
;; the pair sum wrapping or saturating.
(assert_return (invoke "dot"
    (v128.const i8x16 -128 -128 127 127 -1 2 3 -4 0 0 0 0 0 0 0 0)
    (v128.const i8x16 127 127 127 127 127 127 1 1 0 0 0 0 0 0 0 0))
  (v128.const i16x8 -32512 32258 127 -1 0 0 0 0))
(assert_return (invoke "dot"
    (v128.const i8x16 -128 -128 1 0 -128 0 0 0 0 0 0 0 0 0 0 0)
    (v128.const i8x16 -128 -128 -128 0 -1 0 0 0 0 0 0 0 0 0 0 0))
  ;; signed and wrapping (deterministic), unsigned (native `pmaddubsw`)
  (either (v128.const i16x8 -32768 -128 128 0 0 0 0 0)
          (v128.const i16x8 -32768 128 -32640 0 0 0 0 0)))
(assert_return (invoke "dot_add"
    (v128.const i8x16 -128 -128 -128 -128 1 2 3 4 0 0 0 0 0 0 0 0)
    (v128.const i8x16 -128 -128 -128 -128 5 6 7 8 0 0 0 0 0 0 0 0)
    (v128.const i32x4 1 -1 0x7fffffff 0))
  ;; -128 * -128 twice is -32768 as a wrapped or as an unsigned-times-signed sum.
  (v128.const i32x4 -65535 69 0x7fffffff 0))
