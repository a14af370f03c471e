;; A tail call moves its arguments into the caller's incoming argument area, growing
;; it when the callee takes more (20 parameters of every type from one, or none) and
;; shrinking it when the callee takes fewer (20 to 2), with `v128` slots, several
;; results, and results needing more room than the parameters. Callee-saved registers
;; holding pinned locals are restored before the jump, so the first caller's pinned
;; locals survive; values left under the arguments stay valid on the paths that skip
;; the tail call.

(module
  (type $twenty (func
    (param i32 i64 f32 f64 v128 i32 i64 f32 f64 v128
           i32 i64 f32 f64 v128 i32 i64 f32 f64 v128)
    (result i64)))
  (table 1 funcref)
  (elem (i32.const 0) $sum20)

  ;; Weighs each argument by its position, so a swapped or lost slot shows.
  (func $sum20 (type $twenty)
    (local $acc i64)
    (local.set $acc (i64.extend_i32_u (local.get 0)))
    (local.set $acc (i64.add (local.get $acc) (i64.mul (local.get 1) (i64.const 2))))
    (local.set $acc (i64.add (local.get $acc)
      (i64.mul (i64.trunc_f32_s (local.get 2)) (i64.const 3))))
    (local.set $acc (i64.add (local.get $acc)
      (i64.mul (i64.trunc_f64_s (local.get 3)) (i64.const 4))))
    (local.set $acc (i64.add (local.get $acc)
      (i64.mul (i64x2.extract_lane 1 (local.get 4)) (i64.const 5))))
    (local.set $acc (i64.add (local.get $acc)
      (i64.mul (i64.extend_i32_u (local.get 5)) (i64.const 6))))
    (local.set $acc (i64.add (local.get $acc) (i64.mul (local.get 6) (i64.const 7))))
    (local.set $acc (i64.add (local.get $acc)
      (i64.mul (i64.trunc_f32_s (local.get 7)) (i64.const 8))))
    (local.set $acc (i64.add (local.get $acc)
      (i64.mul (i64.trunc_f64_s (local.get 8)) (i64.const 9))))
    (local.set $acc (i64.add (local.get $acc)
      (i64.mul (i64x2.extract_lane 0 (local.get 9)) (i64.const 10))))
    (local.set $acc (i64.add (local.get $acc)
      (i64.mul (i64.extend_i32_u (local.get 10)) (i64.const 11))))
    (local.set $acc (i64.add (local.get $acc) (i64.mul (local.get 11) (i64.const 12))))
    (local.set $acc (i64.add (local.get $acc)
      (i64.mul (i64.trunc_f32_s (local.get 12)) (i64.const 13))))
    (local.set $acc (i64.add (local.get $acc)
      (i64.mul (i64.trunc_f64_s (local.get 13)) (i64.const 14))))
    (local.set $acc (i64.add (local.get $acc)
      (i64.mul (i64x2.extract_lane 1 (local.get 14)) (i64.const 15))))
    (local.set $acc (i64.add (local.get $acc)
      (i64.mul (i64.extend_i32_u (local.get 15)) (i64.const 16))))
    (local.set $acc (i64.add (local.get $acc) (i64.mul (local.get 16) (i64.const 17))))
    (local.set $acc (i64.add (local.get $acc)
      (i64.mul (i64.trunc_f32_s (local.get 17)) (i64.const 18))))
    (local.set $acc (i64.add (local.get $acc)
      (i64.mul (i64.trunc_f64_s (local.get 18)) (i64.const 19))))
    (i64.add (local.get $acc)
      (i64.mul (i64x2.extract_lane 0 (local.get 19)) (i64.const 20))))

  ;; From one parameter: the area grows from 8 to 240 bytes.
  (func (export "grow") (param $x i32) (result i64)
    (return_call $sum20
      (local.get $x) (i64.const 2) (f32.const 3) (f64.const 4) (v128.const i64x2 0 5)
      (i32.const 6) (i64.const 7) (f32.const 8) (f64.const 9) (v128.const i64x2 10 0)
      (i32.const 11) (i64.const 12) (f32.const 13) (f64.const 14) (v128.const i64x2 0 15)
      (i32.const 16) (i64.const 17) (f32.const 18) (f64.const 19)
      (v128.const i64x2 20 0)))
  ;; From none, through the table.
  (func (export "grow_indirect") (result i64)
    (return_call_indirect (type $twenty)
      (i32.const 1) (i64.const 2) (f32.const 3) (f64.const 4) (v128.const i64x2 0 5)
      (i32.const 6) (i64.const 7) (f32.const 8) (f64.const 9) (v128.const i64x2 10 0)
      (i32.const 11) (i64.const 12) (f32.const 13) (f64.const 14) (v128.const i64x2 0 15)
      (i32.const 16) (i64.const 17) (f32.const 18) (f64.const 19)
      (v128.const i64x2 20 0)
      (i32.const 0)))

  ;; 20 parameters passed on rotated by one: each argument read from a slot another
  ;; one overwrites, so the move must not clobber a source before reading it.
  (func $rotate (export "rotate")
    (param i32 i64 f32 f64 v128 i32 i64 f32 f64 v128
           i32 i64 f32 f64 v128 i32 i64 f32 f64 v128)
    (param $left i32) (result i64)
    (if (result i64) (i32.eqz (local.get $left))
      (then
        (return_call $sum20
          (local.get 0) (local.get 1) (local.get 2) (local.get 3) (local.get 4)
          (local.get 5) (local.get 6) (local.get 7) (local.get 8) (local.get 9)
          (local.get 10) (local.get 11) (local.get 12) (local.get 13) (local.get 14)
          (local.get 15) (local.get 16) (local.get 17) (local.get 18) (local.get 19)))
      (else
        ;; Swap the two v128 halves of the argument list twice: back where it was.
        (return_call $rotate
          (local.get 0) (local.get 1) (local.get 2) (local.get 3) (local.get 14)
          (local.get 5) (local.get 6) (local.get 7) (local.get 8) (local.get 19)
          (local.get 10) (local.get 11) (local.get 12) (local.get 13) (local.get 4)
          (local.get 15) (local.get 16) (local.get 17) (local.get 18) (local.get 9)
          (i32.sub (local.get $left) (i32.const 1))))))

  ;; From 20 parameters down to two: the area shrinks.
  (func $pair (param i64 i32) (result i64)
    (i64.sub (local.get 0) (i64.extend_i32_u (local.get 1))))
  (func (export "shrink")
    (param i32 i64 f32 f64 v128 i32 i64 f32 f64 v128
           i32 i64 f32 f64 v128 i32 i64 f32 f64 v128)
    (result i64)
    (return_call $pair (local.get 16) (local.get 15)))

  ;; Several results, which need more room than the parameters.
  (func $spread (param $x i64) (result i64 i64 i64 i64)
    (local.get $x)
    (i64.add (local.get $x) (i64.const 1))
    (i64.add (local.get $x) (i64.const 2))
    (i64.add (local.get $x) (i64.const 3)))
  (func $spread_from_many (param i64 i64 i64 i64 i64 i64) (result i64 i64 i64 i64)
    (return_call $spread (i64.add (local.get 0) (local.get 5))))
  (func (export "spread") (param $x i64) (result i64 i64 i64 i64)
    (return_call $spread_from_many
      (local.get $x) (i64.const 0) (i64.const 0) (i64.const 0) (i64.const 0)
      (i64.const 100)))
  (func (export "spread_called") (param $x i64) (result i64)
    (local $a i64) (local $b i64) (local $c i64) (local $d i64)
    (call $spread_from_many
      (local.get $x) (i64.const 0) (i64.const 0) (i64.const 0) (i64.const 0)
      (i64.const 0))
    (local.set $d) (local.set $c) (local.set $b) (local.set $a)
    ;; a + 10 b + 100 c + 1000 d
    (i64.add (i64.add (local.get $a) (i64.mul (local.get $b) (i64.const 10)))
      (i64.add (i64.mul (local.get $c) (i64.const 100))
               (i64.mul (local.get $d) (i64.const 1000)))))

  ;; A function that pins its locals (used in a loop) and tail-calls: the registers
  ;; it borrowed from its caller are restored before the jump.
  (func $clobber (param $n i32) (result i64)
    (local $a i32) (local $b i32) (local $c i32) (local $d i32) (local $e i32)
    (loop $l
      (local.set $a (i32.add (local.get $a) (local.get $n)))
      (local.set $b (i32.xor (local.get $b) (local.get $a)))
      (local.set $c (i32.add (local.get $c) (local.get $b)))
      (local.set $d (i32.sub (local.get $d) (local.get $c)))
      (local.set $e (i32.add (local.get $e) (local.get $d)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $l (local.get $n)))
    (return_call $sum20
      (local.get $e) (i64.const 0) (f32.const 0) (f64.const 0) (v128.const i64x2 0 0)
      (i32.const 0) (i64.const 0) (f32.const 0) (f64.const 0) (v128.const i64x2 0 0)
      (i32.const 0) (i64.const 0) (f32.const 0) (f64.const 0) (v128.const i64x2 0 0)
      (i32.const 0) (i64.const 0) (f32.const 0) (f64.const 0) (v128.const i64x2 0 0)))
  (func (export "pinned_survive") (param $n i32) (result i32)
    (local $x i32) (local $y i32) (local $z i32) (local $w i32)
    (local.set $x (i32.const 11))
    (local.set $y (i32.const 22))
    (local.set $z (i32.const 33))
    (local.set $w (i32.const 44))
    (loop $l
      (drop (call $clobber (i32.const 5)))
      (local.set $x (i32.add (local.get $x) (i32.const 1)))
      (local.set $y (i32.add (local.get $y) (local.get $x)))
      (local.set $z (i32.add (local.get $z) (local.get $y)))
      (local.set $w (i32.add (local.get $w) (local.get $z)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $l (local.get $n)))
    (i32.add (i32.add (local.get $x) (local.get $y))
             (i32.add (local.get $z) (local.get $w))))

  ;; A value under the arguments, needed on the path that skips the tail call.
  (func (export "value_below") (param $take i32) (result i64)
    (i64.const 1000)
    (block $skip
      (br_if $skip (i32.eqz (local.get $take)))
      (return_call $pair (i64.const 50) (i32.const 8)))
    (i64.const 1)
    (i64.add))
)

;; 1·1 + 2·2 + ... + 20·20 = 2870
(assert_return (invoke "grow" (i32.const 1)) (i64.const 2870))
(assert_return (invoke "grow" (i32.const 2)) (i64.const 2871))
(assert_return (invoke "grow_indirect") (i64.const 2870))
(assert_return (invoke "rotate"
    (i32.const 1) (i64.const 2) (f32.const 3) (f64.const 4) (v128.const i64x2 0 5)
    (i32.const 6) (i64.const 7) (f32.const 8) (f64.const 9) (v128.const i64x2 10 0)
    (i32.const 11) (i64.const 12) (f32.const 13) (f64.const 14) (v128.const i64x2 0 15)
    (i32.const 16) (i64.const 17) (f32.const 18) (f64.const 19) (v128.const i64x2 20 0)
    (i32.const 1000))
  (i64.const 2870))
;; An odd count leaves the v128 pairs swapped: slots 4 and 14, 9 and 19 change places.
(assert_return (invoke "rotate"
    (i32.const 1) (i64.const 2) (f32.const 3) (f64.const 4) (v128.const i64x2 0 5)
    (i32.const 6) (i64.const 7) (f32.const 8) (f64.const 9) (v128.const i64x2 10 0)
    (i32.const 11) (i64.const 12) (f32.const 13) (f64.const 14) (v128.const i64x2 0 15)
    (i32.const 16) (i64.const 17) (f32.const 18) (f64.const 19) (v128.const i64x2 20 0)
    (i32.const 1))
  ;; 2870 - 5·5 - 15·15 + 15·5 + 5·15 - 10·10 - 20·20 + 20·10 + 10·20
  (i64.const 2670))
(assert_return (invoke "shrink"
    (i32.const 1) (i64.const 2) (f32.const 3) (f64.const 4) (v128.const i64x2 0 5)
    (i32.const 6) (i64.const 7) (f32.const 8) (f64.const 9) (v128.const i64x2 10 0)
    (i32.const 11) (i64.const 12) (f32.const 13) (f64.const 14) (v128.const i64x2 0 15)
    (i32.const 16) (i64.const 17) (f32.const 18) (f64.const 19) (v128.const i64x2 20 0))
  (i64.const 1))
(assert_return (invoke "spread" (i64.const 5))
  (i64.const 105) (i64.const 106) (i64.const 107) (i64.const 108))
(assert_return (invoke "spread_called" (i64.const 1)) (i64.const 4321))
(assert_return (invoke "pinned_survive" (i32.const 3)) (i32.const 650))
(assert_return (invoke "value_below" (i32.const 0)) (i64.const 1001))
(assert_return (invoke "value_below" (i32.const 1)) (i64.const 42))
