;; Locals and memory 0's base pinned to callee-saved registers: results computed in
;; place, operands read in place, and values that must survive calls, traps and
;; other instances' code.

(module $helper
  (memory (export "mem") 1)
  (data (i32.const 0) "\11\22\33\44")
  ;; Uses as many pinned registers as it can, with other values, then returns.
  (func (export "clobber") (param $n i32) (result i32)
    (local $a i32) (local $b i32) (local $c i32) (local $d i64)
    (loop $l
      (local.set $a (i32.add (local.get $a) (i32.const 1000)))
      (local.set $b (i32.xor (local.get $b) (local.get $a)))
      (local.set $c (i32.load (i32.const 0)))
      (local.set $d (i64.add (local.get $d) (i64.const -1)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (i32.add (local.get $b) (local.get $c)))
  (func (export "trap-with-pinned") (param $n i32) (result i32)
    (local $x i32)
    (loop $l
      (local.set $x (i32.add (local.get $x) (local.get $n)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (i32.div_u (local.get $x) (local.get $n))))
(register "helper" $helper)

(module
  (import "helper" "clobber" (func $clobber (param i32) (result i32)))
  (import "helper" "trap-with-pinned" (func $trap (param i32) (result i32)))
  (import "spectest" "print_i32" (func $print (param i32)))
  (memory 1)
  (data (i32.const 0) "\01\00\00\00\02\00\00\00\03\00\00\00\04\00\00\00")

  ;; The right-hand side is the local being written: it must be read before it is
  ;; overwritten (x = y + x, y - x, y << x).
  (func (export "rhs-is-target") (param $x i32) (param $y i32) (result i32)
    (local.set $x (i32.add (local.get $y) (local.get $x)))
    (local.set $x (i32.sub (local.get $y) (local.get $x)))
    (local.set $x (i32.shl (local.get $y) (i32.and (local.get $x) (i32.const 7))))
    (local.set $x (i32.shl (local.get $x) (local.get $x)))
    (drop (local.get $y)) (drop (local.get $y)) (drop (local.get $x))
    (local.get $x))

  ;; A lazy read of the old value is on the stack while the local is updated in place.
  (func (export "old-and-new") (param $x i32) (result i32)
    (drop (local.get $x)) (drop (local.get $x))
    (i32.add
      (i32.mul (local.get $x) (i32.const 1000))
      (local.tee $x (i32.add (local.get $x) (i32.const 1)))))

  ;; i64 locals in place, with a rotate by a local count.
  (func (export "i64-in-place") (param $x i64) (param $k i64) (result i64)
    (local $i i32)
    (loop $l
      (local.set $x (i64.rotl (local.get $x) (local.get $k)))
      (local.set $x (i64.xor (local.get $x) (i64.const 0x0123456789abcdef)))
      (local.set $k (i64.add (local.get $k) (i64.const 1)))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 5))))
    (local.get $x))

  ;; Pinned locals and the pinned memory base survive calls into another instance that
  ;; pins its own, a host call, and a trap unwinding out of such an instance.
  (func (export "across-calls") (param $n i32) (result i32)
    (local $sum i32) (local $p i32) (local $i i32) (local $q i64)
    (loop $l
      (local.set $sum (i32.add (local.get $sum) (i32.load (local.get $p))))
      (local.set $q (i64.add (local.get $q) (i64.extend_i32_u (local.get $sum))))
      (drop (call $clobber (i32.const 3)))
      (call $print (local.get $i))
      (local.set $p (i32.add (local.get $p) (i32.const 4)))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (i32.add (local.get $sum) (i32.wrap_i64 (local.get $q))))
  (func (export "call-trap") (param $n i32) (result i32)
    (call $trap (local.get $n)))

  ;; More candidates than registers: the rest stay in frame slots.
  (func (export "many-locals") (param $n i32) (result i32)
    (local $a i32) (local $b i32) (local $c i32) (local $d i32) (local $e i32) (local $f i32)
    (loop $l
      (local.set $a (i32.add (local.get $a) (i32.const 1)))
      (local.set $b (i32.add (local.get $b) (local.get $a)))
      (local.set $c (i32.add (local.get $c) (local.get $b)))
      (local.set $d (i32.add (local.get $d) (local.get $c)))
      (local.set $e (i32.add (local.get $e) (local.get $d)))
      (local.set $f (i32.add (local.get $f) (local.get $e)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (i32.xor (local.get $f) (i32.shl (local.get $a) (i32.const 16))))

  ;; Recursion: each frame's pinned parameter is its own.
  (func $sum-down (export "sum-down") (param $n i32) (result i32)
    (if (result i32) (i32.eqz (local.get $n))
      (then (i32.const 0))
      (else
        (i32.add (local.get $n)
          (call $sum-down (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))))))

(assert_return (invoke "rhs-is-target" (i32.const 3) (i32.const 10)) (i32.const 320))
(assert_return (invoke "old-and-new" (i32.const 5)) (i32.const 5006))
(assert_return (invoke "i64-in-place" (i64.const 1) (i64.const 3)) (i64.const 0xb4514bca6b8c9617))
(assert_return (invoke "across-calls" (i32.const 4)) (i32.const 30))
(assert_trap (invoke "call-trap" (i32.const 3)) "integer divide by zero")
(assert_return (invoke "across-calls" (i32.const 2)) (i32.const 7))
(assert_return (invoke "many-locals" (i32.const 10)) (i32.const 660365))
(assert_return (invoke "sum-down" (i32.const 100)) (i32.const 5050))
