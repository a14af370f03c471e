;; Unsigned 32-bit division and remainder by a constant that is not a power of two
;; multiply by a 64-bit reciprocal instead of dividing. The dividend's register may
;; hold garbage in its upper half (after i32.wrap_i64), and a chain of remainders
;; leaves each dividend in rdx, the register the next one needs: it moves out of the
;; way instead of spilling the value stack (for the signed `idiv` too).

(module
  (func (export "div_10") (param i32) (result i32) (i32.div_u (local.get 0) (i32.const 10)))
  (func (export "rem_10") (param i32) (result i32) (i32.rem_u (local.get 0) (i32.const 10)))
  (func (export "div_139968") (param i32) (result i32)
    (i32.div_u (local.get 0) (i32.const 139968)))
  (func (export "rem_139968") (param i32) (result i32)
    (i32.rem_u (local.get 0) (i32.const 139968)))
  (func (export "div_0x80000001") (param i32) (result i32)
    (i32.div_u (local.get 0) (i32.const 0x80000001)))
  (func (export "rem_0x80000001") (param i32) (result i32)
    (i32.rem_u (local.get 0) (i32.const 0x80000001)))
  (func (export "div_max") (param i32) (result i32)
    (i32.div_u (local.get 0) (i32.const 0xffffffff)))
  (func (export "rem_max") (param i32) (result i32)
    (i32.rem_u (local.get 0) (i32.const 0xffffffff)))

  ;; The low half of a 64-bit value, divided: the upper half must not leak in.
  (func (export "wrapped_div_7") (param i64) (result i32)
    (i32.div_u (i32.wrap_i64 (i64.add (local.get 0) (i64.const 0))) (i32.const 7)))
  (func (export "wrapped_rem_7") (param i64) (result i32)
    (i32.rem_u (i32.wrap_i64 (i64.add (local.get 0) (i64.const 0))) (i32.const 7)))

  ;; The linear congruential generator of the shootout "random" program, unrolled:
  ;; each remainder (in rdx) feeds the next one, with other values live below it.
  (func (export "lcg") (param $seed i32) (param $keep i32) (result i32)
    (i32.add
      (i32.mul (local.get $keep) (i32.const 3))
      (i32.rem_u
        (i32.add (i32.mul
          (i32.rem_u
            (i32.add (i32.mul
              (i32.rem_u
                (i32.add (i32.mul (local.get $seed) (i32.const 3877)) (i32.const 29573))
                (i32.const 139968))
              (i32.const 3877)) (i32.const 29573))
            (i32.const 139968))
          (i32.const 3877)) (i32.const 29573))
        (i32.const 139968))))

  ;; The same chain with signed remainders, which still use idiv.
  (func (export "lcg_signed") (param $seed i32) (param $keep i32) (result i32)
    (i32.add
      (i32.mul (local.get $keep) (i32.const 3))
      (i32.rem_s
        (i32.add (i32.mul
          (i32.rem_s
            (i32.add (i32.mul (local.get $seed) (i32.const 3877)) (i32.const 29573))
            (i32.const 139968))
          (i32.const 3877)) (i32.const 29573))
        (i32.const -139968))))
)

(assert_return (invoke "div_10" (i32.const 0)) (i32.const 0))
(assert_return (invoke "div_10" (i32.const 9)) (i32.const 0))
(assert_return (invoke "div_10" (i32.const 10)) (i32.const 1))
(assert_return (invoke "div_10" (i32.const 1234567891)) (i32.const 123456789))
(assert_return (invoke "div_10" (i32.const -1)) (i32.const 429496729))
(assert_return (invoke "rem_10" (i32.const -1)) (i32.const 5))
(assert_return (invoke "rem_10" (i32.const 1234567891)) (i32.const 1))
(assert_return (invoke "rem_10" (i32.const 0x80000000)) (i32.const 8))
(assert_return (invoke "div_139968" (i32.const 139967)) (i32.const 0))
(assert_return (invoke "div_139968" (i32.const 139968)) (i32.const 1))
(assert_return (invoke "div_139968" (i32.const -1)) (i32.const 30685))
(assert_return (invoke "rem_139968" (i32.const -1)) (i32.const 49215))
(assert_return (invoke "rem_139968" (i32.const 139968)) (i32.const 0))
(assert_return (invoke "div_0x80000001" (i32.const 0x80000000)) (i32.const 0))
(assert_return (invoke "div_0x80000001" (i32.const 0x80000001)) (i32.const 1))
(assert_return (invoke "div_0x80000001" (i32.const -1)) (i32.const 1))
(assert_return (invoke "rem_0x80000001" (i32.const -1)) (i32.const 0x7ffffffe))
(assert_return (invoke "rem_0x80000001" (i32.const 0x80000000)) (i32.const 0x80000000))
(assert_return (invoke "div_max" (i32.const -2)) (i32.const 0))
(assert_return (invoke "div_max" (i32.const -1)) (i32.const 1))
(assert_return (invoke "rem_max" (i32.const -2)) (i32.const -2))
(assert_return (invoke "rem_max" (i32.const -1)) (i32.const 0))
(assert_return (invoke "wrapped_div_7" (i64.const 0xffffffff_00000015)) (i32.const 3))
(assert_return (invoke "wrapped_rem_7" (i64.const 0xffffffff_00000016)) (i32.const 1))
(assert_return (invoke "wrapped_div_7" (i64.const 0x12345678_ffffffff)) (i32.const 613566756))
(assert_return (invoke "lcg" (i32.const 42) (i32.const 5)) (i32.const 89100))
(assert_return (invoke "lcg_signed" (i32.const 42) (i32.const 5)) (i32.const 102055))
(assert_return (invoke "lcg_signed" (i32.const -2000000) (i32.const 1)) (i32.const 14209))
