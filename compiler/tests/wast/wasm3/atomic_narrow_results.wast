;; Narrow atomic read-modify-writes and compare-exchanges return the old value
;; zero-extended (never the operand's or the expected value's upper bits), write only
;; their own bytes, and compare a narrow compare-exchange's expected value wrapped to
;; the access width. Results feed `i64.extend_i32_u` (which relies on an `i32` being
;; zero-extended in its register) and arithmetic; the and/or/xor loop and the
;; compare-exchange need `rax`, here also holding a call's result or live values.

(module
  (memory 1 1 shared)
  (func $seven (result i32) (i32.const 7))
  (func (export "set") (param i64) (i64.store (i32.const 0) (local.get 0)))
  (func (export "get") (result i64) (i64.load (i32.const 0)))

  (func (export "add8_i64") (param i64) (result i64)
    (i64.atomic.rmw8.add_u (i32.const 1) (local.get 0)))
  (func (export "sub16_i32") (param i32) (result i64)
    (i64.extend_i32_u (i32.atomic.rmw16.sub_u (i32.const 2) (local.get 0))))
  (func (export "xchg32_i64") (param i64) (result i64)
    (i64.atomic.rmw32.xchg_u (i32.const 4) (local.get 0)))
  (func (export "and8_i64") (param i64) (result i64)
    (i64.atomic.rmw8.and_u (i32.const 3) (local.get 0)))
  (func (export "or16_i32") (param i32) (result i64)
    (i64.extend_i32_u (i32.atomic.rmw16.or_u (i32.const 6) (local.get 0))))
  (func (export "xor32_i64") (param i64) (result i64)
    (i64.atomic.rmw32.xor_u (i32.const 0) (local.get 0)))
  (func (export "cmpxchg8_i32") (param i32 i32) (result i64)
    (i64.extend_i32_u (i32.atomic.rmw8.cmpxchg_u (i32.const 7) (local.get 0) (local.get 1))))
  (func (export "cmpxchg16_i64") (param i64 i64) (result i64)
    (i64.atomic.rmw16.cmpxchg_u (i32.const 2) (local.get 0) (local.get 1)))
  (func (export "cmpxchg32_i64") (param i64 i64) (result i64)
    (i64.atomic.rmw32.cmpxchg_u (i32.const 4) (local.get 0) (local.get 1)))

  ;; `rax` holds a call's result while the operator needs it.
  (func (export "call_then_or") (param i32) (result i32)
    (i32.add (call $seven) (i32.atomic.rmw.or (i32.const 0) (local.get 0))))
  (func (export "call_then_cmpxchg") (param i32 i32) (result i32)
    (i32.add (call $seven) (i32.atomic.rmw.cmpxchg (i32.const 0) (local.get 0) (local.get 1))))
  ;; Many live values around an xor loop and a compare-exchange.
  (func (export "pressure") (param $a i32) (result i32)
    (local $b i32) (local $c i32) (local $d i32) (local $e i32) (local $f i32)
    (local.set $b (i32.add (local.get $a) (i32.const 1)))
    (local.set $c (i32.add (local.get $a) (i32.const 2)))
    (local.set $d (i32.add (local.get $a) (i32.const 3)))
    (local.set $e (i32.add (local.get $a) (i32.const 4)))
    (local.set $f (i32.add (local.get $a) (i32.const 5)))
    (i32.add (local.get $a) (i32.add (local.get $b) (i32.add (local.get $c)
      (i32.add (local.get $d) (i32.add (local.get $e) (i32.add (local.get $f)
        (i32.add
          (i32.atomic.rmw8.xor_u (i32.const 1) (i32.add (local.get $a) (local.get $b)))
          (i32.atomic.rmw16.cmpxchg_u (i32.const 2) (local.get $c) (local.get $d))))))))))
)

;; memory: bytes 0..7
(invoke "set" (i64.const 0x8877665544332211))
(assert_return (invoke "add8_i64" (i64.const 0xffffffffffffff01)) (i64.const 0x22))
(assert_return (invoke "get") (i64.const 0x8877665544332311))
(assert_return (invoke "sub16_i32" (i32.const 0x5545)) (i64.const 0x4433))
(assert_return (invoke "get") (i64.const 0x88776655eeee2311))
(assert_return (invoke "xchg32_i64" (i64.const 0xaaaaaaaa01020304)) (i64.const 0x88776655))
(assert_return (invoke "get") (i64.const 0x01020304eeee2311))
(assert_return (invoke "and8_i64" (i64.const 0xffffffffffffff0f)) (i64.const 0xee))
(assert_return (invoke "get") (i64.const 0x010203040eee2311))
(assert_return (invoke "or16_i32" (i32.const 0xffff8000)) (i64.const 0x0102))
(assert_return (invoke "get") (i64.const 0x810203040eee2311))
(assert_return (invoke "xor32_i64" (i64.const 0xffffffff00000011)) (i64.const 0x0eee2311))
(assert_return (invoke "get") (i64.const 0x810203040eee2300))

;; Narrow compare-exchange: the expected value is wrapped to the access width.
(assert_return (invoke "cmpxchg8_i32" (i32.const 0x181) (i32.const 0xffffff42)) (i64.const 0x81))
(assert_return (invoke "get") (i64.const 0x420203040eee2300))
(assert_return (invoke "cmpxchg8_i32" (i32.const 0x81) (i32.const 0x99)) (i64.const 0x42))
(assert_return (invoke "get") (i64.const 0x420203040eee2300))
(assert_return (invoke "cmpxchg16_i64" (i64.const 0x7fff00000eee) (i64.const 0xbeef)) (i64.const 0x0eee))
(assert_return (invoke "get") (i64.const 0x42020304beef2300))
(assert_return (invoke "cmpxchg32_i64" (i64.const 0xffffffff42020304) (i64.const 0x1111111155667788)) (i64.const 0x42020304))
(assert_return (invoke "get") (i64.const 0x55667788beef2300))
(assert_return (invoke "cmpxchg32_i64" (i64.const 0x42020304) (i64.const 0)) (i64.const 0x55667788))
(assert_return (invoke "get") (i64.const 0x55667788beef2300))

(invoke "set" (i64.const 0x10))
(assert_return (invoke "call_then_or" (i32.const 0x01)) (i32.const 0x17))
(assert_return (invoke "get") (i64.const 0x11))
(assert_return (invoke "call_then_cmpxchg" (i32.const 0x11) (i32.const 0x33)) (i32.const 0x18))
(assert_return (invoke "call_then_cmpxchg" (i32.const 0x11) (i32.const 0x44)) (i32.const 0x3a))
(assert_return (invoke "get") (i64.const 0x33))

;; a=1: b..f = 2..6, xor byte 1 (0x00) with 3 -> returns 0; cmpxchg16 at 2 expects 3
;; (0x0000) -> returns 0: 1+2+3+4+5+6 = 21.
(invoke "set" (i64.const 0))
(assert_return (invoke "pressure" (i32.const 1)) (i32.const 21))
(assert_return (invoke "get") (i64.const 0x0300))
;; a=0: b..f = 1..5, xor byte 1 (3) with 1 -> returns 3 (now 2); cmpxchg16 at 2
;; expects 2 (0x0000) -> returns 0: 0+1+2+3+4+5+3 = 18.
(assert_return (invoke "pressure" (i32.const 0)) (i32.const 18))
(assert_return (invoke "get") (i64.const 0x0200))
