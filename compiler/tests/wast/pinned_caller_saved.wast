;; More hot locals than callee-saved registers: the extra ones live in caller-saved
;; registers (the loops are nested in a one-pass `$outer` loop so every use weighs
;; enough), which every kind of call (direct, indirect, imported, builtin) must store
;; before and reload after, while the callee uses the same registers for its own.

(module $helper
  (func (export "scramble") (param i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32)
    (loop $outer (loop $l
      (local.set 1 (i32.add (local.get 1) (local.get 0)))
      (local.set 2 (i32.xor (local.get 2) (local.get 1)))
      (local.set 3 (i32.add (local.get 3) (local.get 2)))
      (local.set 4 (i32.xor (local.get 4) (local.get 3)))
      (local.set 5 (i32.add (local.get 5) (local.get 4)))
      (local.set 6 (i32.xor (local.get 6) (local.get 5)))
      (local.set 7 (i32.add (local.get 7) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get 7) (i32.const 3)))))
    (i32.add (local.get 6) (local.get 5))))
(register "helper" $helper)

(module
  (import "helper" "scramble" (func $imported (param i32) (result i32)))
  (memory 1)
  (table funcref (elem $same))
  (type $t (func (param i32) (result i32)))

  ;; Same shape as the helper: its caller-saved pins clobber the caller's.
  (func $same (param i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32)
    (loop $outer (loop $l
      (local.set 1 (i32.add (local.get 1) (local.get 0)))
      (local.set 2 (i32.xor (local.get 2) (local.get 1)))
      (local.set 3 (i32.add (local.get 3) (local.get 2)))
      (local.set 4 (i32.xor (local.get 4) (local.get 3)))
      (local.set 5 (i32.add (local.get 5) (local.get 4)))
      (local.set 6 (i32.xor (local.get 6) (local.get 5)))
      (local.set 7 (i32.add (local.get 7) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get 7) (i32.const 3)))))
    (i32.add (local.get 6) (local.get 5)))

  ;; Six locals used in the loop plus a counter; `kind` picks the call in the loop.
  (func $run (param $kind i32) (param $n i32) (result i64)
    (local $a i32) (local $b i32) (local $c i32) (local $d i32) (local $e i64) (local $f i64)
    (local $i i32)
    (local.set $a (i32.const 1)) (local.set $b (i32.const 2)) (local.set $c (i32.const 3))
    (local.set $d (i32.const 4)) (local.set $e (i64.const 5)) (local.set $f (i64.const 6))
    (loop $outer (loop $l
      (local.set $a (i32.add (local.get $a) (local.get $b)))
      (local.set $b (i32.xor (local.get $b) (local.get $c)))
      (local.set $e (i64.add (local.get $e) (i64.extend_i32_u (local.get $a))))
      (local.set $f (i64.xor (local.get $f) (local.get $e)))
      (local.set $c
        (i32.add (local.get $c)
          (if (result i32) (i32.eq (local.get $kind) (i32.const 0))
            (then (call $same (local.get $a)))
            (else (if (result i32) (i32.eq (local.get $kind) (i32.const 1))
              (then (call_indirect (type $t) (local.get $b) (i32.const 0)))
              (else (if (result i32) (i32.eq (local.get $kind) (i32.const 2))
                (then (call $imported (local.get $c)))
                (else
                  (memory.fill (i32.const 0) (local.get $a) (i32.const 16))
                  (i32.add (memory.size) (i32.load8_u (i32.const 3)))))))))))
      (local.set $d (i32.add (local.get $d) (local.get $c)))
      (local.set $f (i64.rotl (local.get $f) (i64.extend_i32_u (local.get $d))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n)))))
    (i64.add
      (i64.add (local.get $e) (local.get $f))
      (i64.extend_i32_u
        (i32.add (i32.add (local.get $a) (local.get $b))
                 (i32.add (local.get $c) (local.get $d))))))

  ;; The same loop with the call replaced by its result, computed without calls.
  (func $reference (param $kind i32) (param $n i32) (result i64)
    (local $a i32) (local $b i32) (local $c i32) (local $d i32) (local $e i64) (local $f i64)
    (local $i i32) (local $x i32) (local $s1 i32) (local $s2 i32) (local $s3 i32)
    (local $s4 i32) (local $s5 i32) (local $s6 i32) (local $j i32)
    (local.set $a (i32.const 1)) (local.set $b (i32.const 2)) (local.set $c (i32.const 3))
    (local.set $d (i32.const 4)) (local.set $e (i64.const 5)) (local.set $f (i64.const 6))
    (loop $outer (loop $l
      (local.set $a (i32.add (local.get $a) (local.get $b)))
      (local.set $b (i32.xor (local.get $b) (local.get $c)))
      (local.set $e (i64.add (local.get $e) (i64.extend_i32_u (local.get $a))))
      (local.set $f (i64.xor (local.get $f) (local.get $e)))
      (local.set $x
        (if (result i32) (i32.eq (local.get $kind) (i32.const 0))
          (then (local.get $a))
          (else (if (result i32) (i32.eq (local.get $kind) (i32.const 1))
            (then (local.get $b))
            (else (local.get $c))))))
      (if (i32.le_u (local.get $kind) (i32.const 2))
        (then
          (local.set $s1 (i32.const 0)) (local.set $s2 (i32.const 0))
          (local.set $s3 (i32.const 0)) (local.set $s4 (i32.const 0))
          (local.set $s5 (i32.const 0)) (local.set $s6 (i32.const 0))
          (local.set $j (i32.const 0))
          (loop $m
            (local.set $s1 (i32.add (local.get $s1) (local.get $x)))
            (local.set $s2 (i32.xor (local.get $s2) (local.get $s1)))
            (local.set $s3 (i32.add (local.get $s3) (local.get $s2)))
            (local.set $s4 (i32.xor (local.get $s4) (local.get $s3)))
            (local.set $s5 (i32.add (local.get $s5) (local.get $s4)))
            (local.set $s6 (i32.xor (local.get $s6) (local.get $s5)))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br_if $m (i32.lt_u (local.get $j) (i32.const 3))))
          (local.set $x (i32.add (local.get $s6) (local.get $s5))))
        (else
          (local.set $x (i32.add (i32.const 1)
            (if (result i32) (i32.eq (i32.and (local.get $a) (i32.const 0xff)) (i32.const 0))
              (then (i32.const 0))
              (else (i32.and (local.get $a) (i32.const 0xff))))))))
      (local.set $c (i32.add (local.get $c) (local.get $x)))
      (local.set $d (i32.add (local.get $d) (local.get $c)))
      (local.set $f (i64.rotl (local.get $f) (i64.extend_i32_u (local.get $d))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n)))))
    (i64.add
      (i64.add (local.get $e) (local.get $f))
      (i64.extend_i32_u
        (i32.add (i32.add (local.get $a) (local.get $b))
                 (i32.add (local.get $c) (local.get $d))))))

  (func (export "check") (param $kind i32) (param $n i32) (result i32)
    (i64.eq (call $run (local.get $kind) (local.get $n))
            (call $reference (local.get $kind) (local.get $n))))
)

(assert_return (invoke "check" (i32.const 0) (i32.const 1)) (i32.const 1))
(assert_return (invoke "check" (i32.const 0) (i32.const 50)) (i32.const 1))
(assert_return (invoke "check" (i32.const 1) (i32.const 50)) (i32.const 1))
(assert_return (invoke "check" (i32.const 2) (i32.const 50)) (i32.const 1))
(assert_return (invoke "check" (i32.const 3) (i32.const 50)) (i32.const 1))
