;; A commutative operation whose left operand lives elsewhere (a pinned local, or a
;; local in its slot) and whose right operand is in a register of its own computes into
;; the right operand's register, reading the local in place. The local must keep its
;; value, and an i32 result must stay zero-extended (it is used as an address here).
;; A local times a constant is a three-operand `imul` reading the local in place.

(module
  (memory 1)
  (func (export "pinned32") (param $x i32) (param $y i32) (result i32)
    (local $i i32) (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s)
        (i32.add
          (i32.add (local.get $x) (i32.mul (local.get $y) (i32.const 3)))
          (i32.xor
            (i32.and (local.get $x) (i32.add (local.get $y) (i32.const 1)))
            (i32.or (local.get $x) (i32.mul (local.get $y) (local.get $y)))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 3))))
    (i32.add (local.get $s) (local.get $x)))
  (func (export "pinned64") (param $x i64) (param $y i64) (result i64)
    (local $i i32) (local $s i64)
    (loop $l
      (local.set $s (i64.add (local.get $s)
        (i64.xor
          (i64.mul (local.get $x) (i64.add (local.get $y) (i64.const 7)))
          (i64.and (local.get $x) (i64.or (local.get $y) (i64.const 0x100))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 2))))
    (i64.add (local.get $s) (local.get $x)))
  ;; Used once each: read from their slots.
  (func (export "slots") (param $x i32) (param $y i32) (result i32)
    (i32.mul (local.get $x) (i32.add (local.get $y) (i32.const 2))))
  ;; A slot times a constant, narrow and wide.
  (func (export "slot_times_constant") (param $x i32) (param $y i64) (result i64)
    (i64.add
      (i64.extend_i32_u (i32.mul (local.get $x) (i32.const 0x12345)))
      (i64.mul (local.get $y) (i64.const -3))))
  ;; The sum addresses memory: its upper half must be clear.
  (func (export "address") (param $base i32) (param $k i32) (result i32)
    (local $i i32) (local $s i32)
    (i32.store (i32.const 64) (i32.const 0x11223344))
    (loop $l
      (local.set $s (i32.add (local.get $s)
        (i32.load (i32.add (local.get $base) (i32.mul (local.get $k) (i32.const 4))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 2))))
    (local.get $s)))

(assert_return (invoke "pinned32" (i32.const 5) (i32.const 9)) (i32.const 356))
(assert_return (invoke "pinned32" (i32.const -1) (i32.const 0x10000)) (i32.const 393206))
(assert_return (invoke "pinned64" (i64.const 0x100000003) (i64.const 5)) (i64.const 0x190000004d))
(assert_return (invoke "slots" (i32.const 6) (i32.const 5)) (i32.const 42))
(assert_return (invoke "address" (i32.const -4) (i32.const 17)) (i32.const 0x22446688))
(assert_return (invoke "slot_times_constant" (i32.const 0x10000) (i64.const 5)) (i64.const 0x2344fff1))
(assert_return (invoke "slot_times_constant" (i32.const -1) (i64.const -1)) (i64.const 0xfffedcbe))
