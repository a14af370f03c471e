;; Wide arithmetic (`i64.add128`, `i64.sub128`, `i64.mul_wide_s/u`) is one x86 sequence
;; each: `add`/`adc`, `sub`/`sbb`, one-operand `imul`/`mul` into rdx:rax. These pin the
;; carry and borrow across 2^64, the signed extremes of the products, and every operand
;; form the value stack hands them (locals, constants folded into immediates, values
;; already in rax/rdx, and results kept live across a second operation).

(module
  (func (export "add128") (param i64 i64 i64 i64) (result i64 i64)
    (i64.add128 (local.get 0) (local.get 1) (local.get 2) (local.get 3)))
  (func (export "sub128") (param i64 i64 i64 i64) (result i64 i64)
    (i64.sub128 (local.get 0) (local.get 1) (local.get 2) (local.get 3)))
  (func (export "mul_wide_s") (param i64 i64) (result i64 i64)
    (i64.mul_wide_s (local.get 0) (local.get 1)))
  (func (export "mul_wide_u") (param i64 i64) (result i64 i64)
    (i64.mul_wide_u (local.get 0) (local.get 1)))

  ;; A constant right-hand side: small halves become immediates, big ones registers.
  (func (export "add128_one") (param i64 i64) (result i64 i64)
    (i64.add128 (local.get 0) (local.get 1) (i64.const 1) (i64.const 0)))
  (func (export "sub128_big") (param i64 i64) (result i64 i64)
    (i64.sub128 (local.get 0) (local.get 1) (i64.const 0x1_0000_0000) (i64.const -1)))
  ;; Constant left-hand sides.
  (func (export "mul_wide_u_const") (param i64) (result i64 i64)
    (i64.mul_wide_u (i64.const -1) (local.get 0)))
  (func (export "add128_const_lhs") (param i64 i64) (result i64 i64)
    (i64.add128 (i64.const -1) (i64.const -1) (local.get 0) (local.get 1)))

  ;; The product's halves (in rax and rdx) feed a second multiply, whose operands
  ;; must be moved out of the way of its own rdx:rax.
  (func (export "mul_chain") (param i64 i64 i64) (result i64 i64 i64)
    (local $lo i64)
    (i64.mul_wide_u (local.get 0) (local.get 1))
    (i64.mul_wide_s (local.get 2))
    (local.set $lo)
    (local.get $lo))
  ;; (a*b) as 128 bits, plus (c as 128 bits): a multiply feeding an add.
  (func (export "mul_add") (param i64 i64 i64) (result i64 i64)
    (i64.mul_wide_u (local.get 0) (local.get 1))
    (local.get 2) (i64.const 0)
    (i64.add128))
  ;; A 256-bit add out of two 128-bit ones, the carry between them through the high
  ;; half of a third add128.
  (func (export "add256_hi") (param i64 i64 i64 i64 i64 i64 i64 i64) (result i64 i64)
    (local $lo i64) (local $hi i64) (local $carry i64)
    (i64.add128 (local.get 0) (local.get 1) (local.get 4) (local.get 5))
    (local.set $hi)
    (local.set $lo)
    ;; carry = (hi:lo) < (b1:b0) as unsigned 128-bit, i.e. the sum wrapped.
    (local.set $carry
      (i64.extend_i32_u
        (i32.or
          (i64.lt_u (local.get $hi) (local.get 5))
          (i32.and (i64.eq (local.get $hi) (local.get 5))
                   (i64.lt_u (local.get $lo) (local.get 4))))))
    (i64.add128 (local.get 2) (local.get 3) (local.get 6) (local.get 7))
    (local.get $carry) (i64.const 0)
    (i64.add128))
)

;; Carry out of the low half, and the 128-bit wrap.
(assert_return (invoke "add128" (i64.const -1) (i64.const 0) (i64.const 1) (i64.const 0))
  (i64.const 0) (i64.const 1))
(assert_return (invoke "add128" (i64.const -1) (i64.const -1) (i64.const 1) (i64.const 0))
  (i64.const 0) (i64.const 0))
(assert_return (invoke "add128" (i64.const -1) (i64.const -1) (i64.const -1) (i64.const -1))
  (i64.const -2) (i64.const -1))
(assert_return (invoke "add128" (i64.const 0x8000000000000000) (i64.const 0x7fffffffffffffff)
                                (i64.const 0x8000000000000000) (i64.const 0))
  (i64.const 0) (i64.const 0x8000000000000000))
(assert_return (invoke "add128" (i64.const 5) (i64.const 6) (i64.const 7) (i64.const 8))
  (i64.const 12) (i64.const 14))

;; Borrow into the high half.
(assert_return (invoke "sub128" (i64.const 0) (i64.const 1) (i64.const 1) (i64.const 0))
  (i64.const -1) (i64.const 0))
(assert_return (invoke "sub128" (i64.const 0) (i64.const 0) (i64.const 1) (i64.const 0))
  (i64.const -1) (i64.const -1))
(assert_return (invoke "sub128" (i64.const 0) (i64.const 0x8000000000000000)
                                (i64.const 0) (i64.const 1))
  (i64.const 0) (i64.const 0x7fffffffffffffff))
(assert_return (invoke "sub128" (i64.const 10) (i64.const 20) (i64.const 3) (i64.const 4))
  (i64.const 7) (i64.const 16))

;; Products at the extremes.
(assert_return (invoke "mul_wide_u" (i64.const -1) (i64.const -1))
  (i64.const 1) (i64.const -2))
(assert_return (invoke "mul_wide_s" (i64.const -1) (i64.const -1))
  (i64.const 1) (i64.const 0))
(assert_return (invoke "mul_wide_s" (i64.const 0x8000000000000000) (i64.const 0x8000000000000000))
  (i64.const 0) (i64.const 0x4000000000000000))
(assert_return (invoke "mul_wide_u" (i64.const 0x8000000000000000) (i64.const 0x8000000000000000))
  (i64.const 0) (i64.const 0x4000000000000000))
(assert_return (invoke "mul_wide_s" (i64.const 0x8000000000000000) (i64.const 0x7fffffffffffffff))
  (i64.const 0x8000000000000000) (i64.const 0xc000000000000000))
(assert_return (invoke "mul_wide_s" (i64.const 0x7fffffffffffffff) (i64.const 0x7fffffffffffffff))
  (i64.const 1) (i64.const 0x3fffffffffffffff))
(assert_return (invoke "mul_wide_s" (i64.const -2) (i64.const 3))
  (i64.const -6) (i64.const -1))
(assert_return (invoke "mul_wide_u" (i64.const -2) (i64.const 3))
  (i64.const -6) (i64.const 2))
(assert_return (invoke "mul_wide_u" (i64.const 0x1_0000_0000) (i64.const 0x1_0000_0000))
  (i64.const 0) (i64.const 1))
(assert_return (invoke "mul_wide_s" (i64.const 0) (i64.const 0x8000000000000000))
  (i64.const 0) (i64.const 0))

(assert_return (invoke "add128_one" (i64.const -1) (i64.const 41))
  (i64.const 0) (i64.const 42))
(assert_return (invoke "sub128_big" (i64.const 0) (i64.const 0))
  (i64.const 0xffffffff00000000) (i64.const 0))
(assert_return (invoke "sub128_big" (i64.const 0x1_0000_0000) (i64.const 5))
  (i64.const 0) (i64.const 6))
(assert_return (invoke "mul_wide_u_const" (i64.const -1))
  (i64.const 1) (i64.const -2))
(assert_return (invoke "add128_const_lhs" (i64.const 1) (i64.const 0))
  (i64.const 0) (i64.const 0))
(assert_return (invoke "add128_const_lhs" (i64.const 2) (i64.const 5))
  (i64.const 1) (i64.const 5))

;; (2^64-1)^2 = hi 0xff..fe, lo 1; then hi * c signed, and lo again.
(assert_return (invoke "mul_chain" (i64.const -1) (i64.const -1) (i64.const 3))
  (i64.const 1) (i64.const -6) (i64.const -1))
(assert_return (invoke "mul_chain" (i64.const 6) (i64.const 7) (i64.const 11))
  (i64.const 42) (i64.const 0) (i64.const 0))
(assert_return (invoke "mul_add" (i64.const -1) (i64.const -1) (i64.const -1))
  (i64.const 0) (i64.const -1))
(assert_return (invoke "mul_add" (i64.const 0x1_0000_0000) (i64.const 0x1_0000_0000) (i64.const 7))
  (i64.const 7) (i64.const 1))

;; (2^128 - 1) + 1 carries into the upper 128 bits: 1 + 0 + carry.
(assert_return (invoke "add256_hi"
    (i64.const -1) (i64.const -1) (i64.const 1) (i64.const 0)
    (i64.const 1) (i64.const 0) (i64.const 0) (i64.const 0))
  (i64.const 2) (i64.const 0))
(assert_return (invoke "add256_hi"
    (i64.const 5) (i64.const 0) (i64.const -1) (i64.const -1)
    (i64.const 1) (i64.const 0) (i64.const 1) (i64.const 0))
  (i64.const 0) (i64.const 0))
