;; `i64.and` with 0xFFFFFFFF is a 32-bit move: from a pinned local (which must keep its
;; upper bits), into a pinned local (local.set right after), and on a value in a
;; register or a frame slot. Masks that only look similar keep the real `and`.

(module
  (func (export "pinned") (param $x i64) (result i64)
    (local $i i32) (local $s i64)
    (loop $l
      (local.set $s (i64.add (local.get $s) (i64.and (local.get $x) (i64.const 0xFFFFFFFF))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 3))))
    ;; $x itself is unchanged: its upper half still counts.
    (i64.add (local.get $s) (local.get $x)))
  (func (export "into_pinned") (param $x i64) (result i64)
    (local $i i32) (local $m i64)
    (loop $l
      (local.set $m (i64.and (i64.mul (local.get $x) (i64.const 3)) (i64.const 0xFFFFFFFF)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 3))))
    (local.get $m))
  (func (export "register") (param $x i64) (param $y i64) (result i64)
    (i64.and (i64.add (local.get $x) (local.get $y)) (i64.const 0xFFFFFFFF)))
  (func (export "slot") (param $x i64) (result i64)
    (i64.and (local.get $x) (i64.const 0xFFFFFFFF)))
  (func (export "const") (result i64)
    (i64.and (i64.const -2) (i64.const 0xFFFFFFFF)))
  (func (export "other_masks") (param $x i64) (result i64)
    (i64.xor
      (i64.and (local.get $x) (i64.const 0x1FFFFFFFF))
      (i64.and (local.get $x) (i64.const 0xFFFFFFFF00000000)))))

(assert_return (invoke "pinned" (i64.const 0x1234567880000001)) (i64.const 0x1234567a00000004))
(assert_return (invoke "into_pinned" (i64.const 0x0000000180000001)) (i64.const 0x80000003))
(assert_return (invoke "register" (i64.const 0xFFFFFFFF00000005) (i64.const 0x100000006)) (i64.const 11))
(assert_return (invoke "slot" (i64.const -1)) (i64.const 0xFFFFFFFF))
(assert_return (invoke "const") (i64.const 0xFFFFFFFE))
(assert_return (invoke "other_masks" (i64.const -1)) (i64.const 0xFFFFFFFEFFFFFFFF))
