;; Float lane operators at the edges where x86 and wasm disagree: min/max and
;; pmin/pmax on NaNs (a NaN operand with a payload may propagate it, so only a quiet
;; NaN is required) and signed zeros (also with both operands the same value),
;; gt/ge (swapped operands), unsigned conversions rounding once, and float -> int
;; saturation at the exact boundaries.
(module
  (func (export "f32x4.min.same") (param v128) (result v128)
    (f32x4.min (local.get 0) (local.get 0)))
  (func (export "f64x2.max.same") (param v128) (result v128)
    (f64x2.max (local.get 0) (local.get 0)))
  (func (export "f32x4.min") (param v128 v128) (result v128)
    (f32x4.min (local.get 0) (local.get 1)))
  (func (export "f32x4.max") (param v128 v128) (result v128)
    (f32x4.max (local.get 0) (local.get 1)))
  (func (export "f64x2.min") (param v128 v128) (result v128)
    (f64x2.min (local.get 0) (local.get 1)))
  (func (export "f32x4.pmin") (param v128 v128) (result v128)
    (f32x4.pmin (local.get 0) (local.get 1)))
  (func (export "f64x2.pmax") (param v128 v128) (result v128)
    (f64x2.pmax (local.get 0) (local.get 1)))
  (func (export "f32x4.gt") (param v128 v128) (result v128)
    (f32x4.gt (local.get 0) (local.get 1)))
  (func (export "f64x2.ge") (param v128 v128) (result v128)
    (f64x2.ge (local.get 0) (local.get 1)))
  (func (export "f32x4.convert_i32x4_u") (param v128) (result v128)
    (f32x4.convert_i32x4_u (local.get 0)))
  (func (export "f64x2.convert_low_i32x4_u") (param v128) (result v128)
    (f64x2.convert_low_i32x4_u (local.get 0)))
  (func (export "i32x4.trunc_sat_f32x4_s") (param v128) (result v128)
    (i32x4.trunc_sat_f32x4_s (local.get 0)))
  (func (export "i32x4.trunc_sat_f32x4_u") (param v128) (result v128)
    (i32x4.trunc_sat_f32x4_u (local.get 0)))
  (func (export "i32x4.trunc_sat_f64x2_s_zero") (param v128) (result v128)
    (i32x4.trunc_sat_f64x2_s_zero (local.get 0)))
  (func (export "i32x4.trunc_sat_f64x2_u_zero") (param v128) (result v128)
    (i32x4.trunc_sat_f64x2_u_zero (local.get 0)))
)

(assert_return (invoke "f32x4.min.same" (v128.const f32x4 -0 nan:0x200000 -nan 1.5))
  (v128.const f32x4 -0 nan:arithmetic nan:canonical 1.5))
(assert_return (invoke "f64x2.max.same" (v128.const f64x2 -0 nan:0x4))
  (v128.const f64x2 -0 nan:arithmetic))
(assert_return
  (invoke "f32x4.min" (v128.const f32x4 0 -0 nan:0x1 1) (v128.const f32x4 -0 0 2 -nan:0x1))
  (v128.const f32x4 -0 -0 nan:arithmetic nan:arithmetic))
(assert_return
  (invoke "f32x4.max" (v128.const f32x4 0 -0 nan:0x1 1) (v128.const f32x4 -0 0 2 -nan:0x1))
  (v128.const f32x4 0 0 nan:arithmetic nan:arithmetic))
(assert_return
  (invoke "f64x2.min" (v128.const f64x2 -inf nan:0x1) (v128.const f64x2 inf -inf))
  (v128.const f64x2 -inf nan:arithmetic))
;; pmin(a, b) = b < a ? b : a: a NaN in either operand yields a, and zeros keep a.
(assert_return
  (invoke "f32x4.pmin" (v128.const f32x4 nan:0x1 1 0 -0) (v128.const f32x4 1 nan:0x2 -0 0))
  (v128.const f32x4 nan:0x1 1 0 -0))
;; pmax(a, b) = a < b ? b : a.
(assert_return
  (invoke "f64x2.pmax" (v128.const f64x2 -0 1) (v128.const f64x2 0 nan:0x3))
  (v128.const f64x2 -0 1))
(assert_return
  (invoke "f32x4.gt" (v128.const f32x4 2 1 nan 0) (v128.const f32x4 1 2 0 -0))
  (v128.const i32x4 -1 0 0 0))
(assert_return
  (invoke "f64x2.ge" (v128.const f64x2 -0 nan) (v128.const f64x2 0 nan))
  (v128.const i64x2 -1 0))

;; One rounding, ties to even: 0xffffff80 is halfway between 2^32 - 256 and 2^32.
(assert_return
  (invoke "f32x4.convert_i32x4_u" (v128.const i32x4 0xffffffff 0x80000001 0x01000001 0xffffff80))
  (v128.const f32x4 4294967296 2147483648 16777216 4294967296))
(assert_return
  (invoke "f32x4.convert_i32x4_u" (v128.const i32x4 0xffffff7f 0 1 0x7fffffff))
  (v128.const f32x4 4294967040 0 1 2147483648))
(assert_return
  (invoke "f64x2.convert_low_i32x4_u" (v128.const i32x4 0xffffffff 0x80000000 7 7))
  (v128.const f64x2 4294967295 2147483648))

(assert_return
  (invoke "i32x4.trunc_sat_f32x4_s" (v128.const f32x4 2147483520 2147483648 -2147483648 -2147483904))
  (v128.const i32x4 2147483520 0x7fffffff 0x80000000 0x80000000))
(assert_return
  (invoke "i32x4.trunc_sat_f32x4_s" (v128.const f32x4 nan -nan:0x1 -0 -0.9))
  (v128.const i32x4 0 0 0 0))
(assert_return
  (invoke "i32x4.trunc_sat_f32x4_u" (v128.const f32x4 -0 2147483648 4294967040 4294967296))
  (v128.const i32x4 0 0x80000000 0xffffff00 0xffffffff))
(assert_return
  (invoke "i32x4.trunc_sat_f32x4_u" (v128.const f32x4 nan -inf inf 2147483520.5))
  (v128.const i32x4 0 0 0xffffffff 2147483520))
(assert_return
  (invoke "i32x4.trunc_sat_f64x2_s_zero" (v128.const f64x2 -2147483648.9 2147483647.9))
  (v128.const i32x4 0x80000000 0x7fffffff 0 0))
(assert_return
  (invoke "i32x4.trunc_sat_f64x2_s_zero" (v128.const f64x2 nan -inf))
  (v128.const i32x4 0 0x80000000 0 0))
(assert_return
  (invoke "i32x4.trunc_sat_f64x2_u_zero" (v128.const f64x2 4294967295.9 -0.9))
  (v128.const i32x4 0xffffffff 0 0 0))
(assert_return
  (invoke "i32x4.trunc_sat_f64x2_u_zero" (v128.const f64x2 -nan 1e300))
  (v128.const i32x4 0 0xffffffff 0 0))

;; The unsigned f32 -> i32 saturation needs a second temporary, and min a
;; scratch register, while every allocatable XMM register holds a live value.
(module
  (func (export "pressure") (result v128)
    (v128.const i32x4 1 1 1 1)
    (v128.const i32x4 2 2 2 2)
    (v128.const i32x4 3 3 3 3)
    (v128.const i32x4 4 4 4 4)
    (v128.const i32x4 5 5 5 5)
    (v128.const i32x4 6 6 6 6)
    (v128.const i32x4 7 7 7 7)
    (v128.const i32x4 8 8 8 8)
    (v128.const i32x4 9 9 9 9)
    (v128.const i32x4 10 10 10 10)
    (v128.const i32x4 11 11 11 11)
    (v128.const i32x4 12 12 12 12)
    (v128.const i32x4 13 13 13 13)
    (v128.const i32x4 14 14 14 14)
    (i32x4.trunc_sat_f32x4_u (v128.const f32x4 1e10 3000000000 -1 nan))
    (f32x4.min (v128.const f32x4 -0 1 2 -inf) (v128.const f32x4 0 3 1 5))
    (i32x4.add) (i32x4.add) (i32x4.add) (i32x4.add) (i32x4.add)
    (i32x4.add) (i32x4.add) (i32x4.add) (i32x4.add) (i32x4.add)
    (i32x4.add) (i32x4.add) (i32x4.add) (i32x4.add) (i32x4.add)
  )
)

;; trunc_sat_u lanes 0xffffffff 3000000000 0 0, min lanes -0 1 1 -inf, plus 1 + ... + 14.
(assert_return (invoke "pressure")
  (v128.const i32x4 0x80000068 0xf2505e69 0x3f800069 0xff800069))
