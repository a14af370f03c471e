;; v128 values in 16-byte slots next to 8-byte ones: mixed parameters and results
;; across direct, indirect and cross-module calls, multi-value returns, block and loop
;; parameters, branches carrying several values, select, and spills under pressure.

(module $callee
  (func (export "mix") (param i32 v128 f64 v128 i64) (result i64 v128 i32 v128)
    (i64.add (local.get 4) (i64.const 1))
    (i32x4.add (local.get 1) (local.get 3))
    (i32.add (local.get 0) (i32.trunc_f64_s (local.get 2)))
    (v128.xor (local.get 1) (local.get 3)))
)
(register "callee" $callee)

(module
  (import "callee" "mix" (func $imported (param i32 v128 f64 v128 i64) (result i64 v128 i32 v128)))
  (type $mix_t (func (param i32 v128 f64 v128 i64) (result i64 v128 i32 v128)))
  (table funcref (elem $local $imported))

  (func $local (param i32 v128 f64 v128 i64) (result i64 v128 i32 v128)
    (i64.add (local.get 4) (i64.const 1))
    (i32x4.add (local.get 1) (local.get 3))
    (i32.add (local.get 0) (i32.trunc_f64_s (local.get 2)))
    (v128.xor (local.get 1) (local.get 3)))

  ;; Folds the four results into one v128 so every lane of every result is checked.
  (func $fold (param i64 v128 i32 v128) (result v128)
    (i64x2.replace_lane 0
      (i32x4.add (local.get 1) (local.get 3))
      (i64.add (local.get 0) (i64.extend_i32_u (local.get 2)))))

  (func (export "direct") (result v128)
    (call $fold (call $local (i32.const 10) (v128.const i32x4 1 2 3 4) (f64.const 5.5)
                             (v128.const i32x4 0x10 0x20 0x30 0x40) (i64.const 100))))
  (func (export "indirect") (param i32) (result v128)
    (call $fold (call_indirect (type $mix_t)
                  (i32.const 10) (v128.const i32x4 1 2 3 4) (f64.const 5.5)
                  (v128.const i32x4 0x10 0x20 0x30 0x40) (i64.const 100) (local.get 0))))
  (func (export "imported") (result v128)
    (call $fold (call $imported (i32.const 10) (v128.const i32x4 1 2 3 4) (f64.const 5.5)
                                (v128.const i32x4 0x10 0x20 0x30 0x40) (i64.const 100))))

  ;; Block parameters and results of mixed sizes, and a branch carrying them.
  (func (export "block-mix") (param v128 i32) (result v128 i32 v128)
    (local.get 0) (local.get 1) (local.get 0)
    (block (param v128 i32 v128) (result v128 i32 v128)
      (br_if 0 (local.get 1))
      (drop) (drop) (drop)
      (v128.const i32x4 7 7 7 7) (i32.const -1) (v128.const i32x4 9 9 9 9)))

  ;; A loop whose parameters are a v128 and a counter.
  (func (export "loop-sum") (param i32) (result v128)
    (v128.const i32x4 0 0 0 0) (local.get 0)
    (loop $l (param v128 i32) (result v128)
      local.set 0
      local.get 0
      i32x4.splat
      i32x4.add
      local.get 0
      i32.const 1
      i32.sub
      local.get 0
      i32.const 1
      i32.ne
      br_if $l
      drop))

  ;; Many v128 values live at once force 16-byte spills, read back in order.
  (func (export "pressure") (param v128) (result v128)
    (local $acc v128)
    (i32x4.add (local.get 0) (v128.const i32x4 1 1 1 1))
    (i32x4.add (local.get 0) (v128.const i32x4 2 2 2 2))
    (i32x4.add (local.get 0) (v128.const i32x4 3 3 3 3))
    (i32x4.add (local.get 0) (v128.const i32x4 4 4 4 4))
    (i32x4.add (local.get 0) (v128.const i32x4 5 5 5 5))
    (i32x4.add (local.get 0) (v128.const i32x4 6 6 6 6))
    (i32x4.add (local.get 0) (v128.const i32x4 7 7 7 7))
    (i32x4.add (local.get 0) (v128.const i32x4 8 8 8 8))
    (i32x4.add (local.get 0) (v128.const i32x4 9 9 9 9))
    (i32x4.add (local.get 0) (v128.const i32x4 10 10 10 10))
    (i32x4.add (local.get 0) (v128.const i32x4 11 11 11 11))
    (i32x4.add (local.get 0) (v128.const i32x4 12 12 12 12))
    (i32x4.add (local.get 0) (v128.const i32x4 13 13 13 13))
    (i32x4.add (local.get 0) (v128.const i32x4 14 14 14 14))
    (i32x4.add (local.get 0) (v128.const i32x4 15 15 15 15))
    (i32x4.add (local.get 0) (v128.const i32x4 16 16 16 16))
    (i32x4.add (local.get 0) (v128.const i32x4 17 17 17 17))
    (i32x4.add (local.get 0) (v128.const i32x4 18 18 18 18))
    (v128.xor) (v128.xor) (v128.xor) (v128.xor) (v128.xor) (v128.xor)
    (v128.xor) (v128.xor) (v128.xor) (v128.xor) (v128.xor) (v128.xor)
    (v128.xor) (v128.xor) (v128.xor) (v128.xor) (v128.xor))

  ;; A lazy read of a v128 local overtaken by a write to it.
  (func (export "lazy-local") (param v128) (result v128)
    (local.get 0)
    (local.set 0 (v128.const i64x2 -1 -1))
    (local.get 0)
    (v128.xor))

  ;; select between v128 values, and v128 locals interleaved with i32 ones.
  (func (export "select") (param v128 v128 i32) (result v128)
    (local i32 v128 i64 v128)
    (local.set 4 (local.get 0))
    (local.set 6 (local.get 1))
    (local.set 3 (local.get 2))
    (local.set 5 (i64.const -1))
    (select (local.get 4) (local.get 6) (local.get 3)))
)

(assert_return (invoke "direct") (v128.const i64x2 0x74 0x0000008800000066))
(assert_return (invoke "indirect" (i32.const 0)) (v128.const i64x2 0x74 0x0000008800000066))
(assert_return (invoke "indirect" (i32.const 1)) (v128.const i64x2 0x74 0x0000008800000066))
(assert_return (invoke "imported") (v128.const i64x2 0x74 0x0000008800000066))
(assert_return (invoke "block-mix" (v128.const i32x4 1 2 3 4) (i32.const 1))
  (v128.const i32x4 1 2 3 4) (i32.const 1) (v128.const i32x4 1 2 3 4))
(assert_return (invoke "block-mix" (v128.const i32x4 1 2 3 4) (i32.const 0))
  (v128.const i32x4 7 7 7 7) (i32.const -1) (v128.const i32x4 9 9 9 9))
(assert_return (invoke "loop-sum" (i32.const 4)) (v128.const i32x4 10 10 10 10))
(assert_return (invoke "pressure" (v128.const i32x4 0 0x100 0x10000 0x1000000))
  (v128.const i32x4 0x13 0x13 0x13 0x13))
(assert_return (invoke "lazy-local" (v128.const i32x4 1 2 3 4)) (v128.const i32x4 -2 -3 -4 -5))
(assert_return (invoke "select" (v128.const i32x4 1 2 3 4) (v128.const i32x4 5 6 7 8) (i32.const 1))
  (v128.const i32x4 1 2 3 4))
(assert_return (invoke "select" (v128.const i32x4 1 2 3 4) (v128.const i32x4 5 6 7 8) (i32.const 0))
  (v128.const i32x4 5 6 7 8))
