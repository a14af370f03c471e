;; A pinned local plus or minus a constant is computed with `lea` into a fresh
;; register: i32 results wrap and stay zero-extended, the local itself is unchanged.

(module
  (memory 1)
  (func (export "i32") (param $x i32) (result i64)
    (local $i i32) (local $s i64)
    (loop $l
      (local.set $s (i64.add (local.get $s)
        (i64.add (i64.extend_i32_u (i32.add (local.get $x) (i32.const 1)))
                 (i64.extend_i32_u (i32.sub (local.get $x) (i32.const -16))))))
      (local.set $s (i64.add (local.get $s)
        (i64.extend_i32_u (i32.sub (local.get $x) (i32.const 0x80000000)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 2))))
    (i64.add (local.get $s) (i64.extend_i32_u (local.get $x))))
  (func (export "i64") (param $x i64) (result i64)
    (local $i i32) (local $s i64)
    (loop $l
      (local.set $s (i64.xor (local.get $s)
        (i64.add (i64.add (local.get $x) (i64.const -1))
                 (i64.sub (local.get $x) (i64.const 0x7fffffff)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 3))))
    (i64.add (local.get $s) (local.get $x)))
  ;; The sum used as an address: upper bits must be clear.
  (func (export "address") (param $x i32) (result i32)
    (local $i i32) (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s) (i32.load8_u (i32.add (local.get $x) (i32.const 1)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 2))))
    (local.get $s))
)

(assert_return (invoke "i32" (i32.const 5)) (i64.const 4294967365))
(assert_return (invoke "i32" (i32.const -1)) (i64.const 8589934619))
(assert_return (invoke "i64" (i64.const 10)) (i64.const -2147483618))
(assert_return (invoke "address" (i32.const -1)) (i32.const 0))
(assert_trap (invoke "address" (i32.const 65535)) "out of bounds memory access")
