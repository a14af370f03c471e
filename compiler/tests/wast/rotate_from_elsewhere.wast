;; Rotates by a constant of values that live elsewhere (a pinned local, a local in its
;; frame slot), of values in registers of their own, and of results headed for a
;; pinned local. The source must stay unchanged, and counts wrap modulo the width (0,
;; the width itself, above it, negative).

(module
  (func (export "pinned32") (param $x i32) (result i32)
    (local $i i32) (local $s i32)
    (loop $l
      (local.set $s (i32.xor (local.get $s)
        (i32.xor (i32.rotl (local.get $x) (i32.const 7))
                 (i32.rotr (local.get $x) (i32.const 13)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 3))))
    (i32.xor (local.get $s) (local.get $x)))
  (func (export "pinned64") (param $x i64) (result i64)
    (local $i i32) (local $s i64)
    (loop $l
      (local.set $s (i64.add (local.get $s)
        (i64.add (i64.rotl (local.get $x) (i64.const 1))
                 (i64.rotr (local.get $x) (i64.const 63)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 2))))
    (i64.add (local.get $s) (local.get $x)))
  ;; Never pinned: used once, so it is read from its slot.
  (func (export "slot32") (param $x i32) (param $k i32) (result i32)
    (i32.rotl (local.get $x) (i32.const 8)))
  (func (export "slot64") (param $x i64) (result i64)
    (i64.rotr (local.get $x) (i64.const 4)))
  (func (export "counts32") (param $x i32) (result i32)
    (i32.add
      (i32.add (i32.rotl (local.get $x) (i32.const 0)) (i32.rotr (local.get $x) (i32.const 32)))
      (i32.add (i32.rotl (local.get $x) (i32.const 33)) (i32.rotr (local.get $x) (i32.const -1)))))
  (func (export "counts64") (param $x i64) (result i64)
    (i64.xor
      (i64.xor (i64.rotl (local.get $x) (i64.const 64)) (i64.rotr (local.get $x) (i64.const 65)))
      (i64.rotl (local.get $x) (i64.const -8))))
  ;; Call results are in registers of their own.
  (func $id (param i32) (result i32) (local.get 0))
  (func (export "in_register") (param $x i32) (result i32)
    (i32.add
      (i32.rotl (i32.add (local.get $x) (i32.const 1))
        (block (result i32) (drop (call $id (i32.const 5))) (i32.const 4)))
      (i32.rotr (call $id (local.get $x)) (i32.const 4))))
  ;; The rotated copy goes into a pinned local; the source local must not change.
  (func (export "into_pinned") (param $x i32) (result i32)
    (local $i i32) (local $y i32)
    (loop $l
      (local.set $y (i32.rotl (local.get $x) (i32.const 16)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 2))))
    (i32.sub (local.get $y) (local.get $x))))

(assert_return (invoke "pinned32" (i32.const 0x12345678)) (i32.const 0xbbdffbd3))
(assert_return (invoke "pinned64" (i64.const 0x8000000000000001)) (i64.const 0x800000000000000d))
(assert_return (invoke "slot32" (i32.const 0x12345678) (i32.const 0)) (i32.const 0x34567812))
(assert_return (invoke "slot64" (i64.const 0x123456789abcdef0)) (i64.const 0x0123456789abcdef))
(assert_return (invoke "counts32" (i32.const 1)) (i32.const 6))
(assert_return (invoke "counts64" (i64.const 0x0100000000000001)) (i64.const 0x8081000000000001))
(assert_return (invoke "in_register" (i32.const 0x10)) (i32.const 0x111))
(assert_return (invoke "into_pinned" (i32.const 0x00010002)) (i32.const 0xffff))
