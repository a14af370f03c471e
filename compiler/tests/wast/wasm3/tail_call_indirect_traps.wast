;; `return_call_indirect` keeps every check of `call_indirect` (index in bounds,
;; element not null, signature equal), made before the caller's frame is torn down:
;; the traps are reported as such, from a function the host called and from one
;; called by wasm with arguments that would grow the area, and the instance works on
;; afterwards. A 64-bit table is checked with its 64-bit index.

(module
  (type $unary (func (param i32) (result i32)))
  (type $binary (func (param i32 i32) (result i32)))
  (type $wide (func (param i64 i64 i64 i64 i64 i64 i64 i64) (result i32)))
  (table $t 4 funcref)
  (table $t64 i64 3 funcref)
  (elem (table $t) (i32.const 0) func $inc $add)
  (elem (table $t64) (i64.const 1) func $inc)
  (func $inc (type $unary) (i32.add (local.get 0) (i32.const 1)))
  (func $add (type $binary) (i32.add (local.get 0) (local.get 1)))

  (func $unary_at (export "unary_at") (param $x i32) (param $i i32) (result i32)
    (return_call_indirect $t (type $unary) (local.get $x) (local.get $i)))
  (func (export "wide_at") (param $i i32) (result i32)
    (return_call_indirect $t (type $wide)
      (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4)
      (i64.const 5) (i64.const 6) (i64.const 7) (i64.const 8)
      (local.get $i)))
  (func $unary_at64 (export "unary_at64") (param $x i32) (param $i i64) (result i32)
    (return_call_indirect $t64 (type $unary) (local.get $x) (local.get $i)))

  ;; Called by wasm: the trap leaves through the caller's frame as well.
  (func (export "nested") (param $i i32) (result i32)
    (i32.add (i32.const 1000) (call $unary_at (i32.const 5) (local.get $i))))
  (func (export "nested64") (param $i i64) (result i32)
    (i32.add (i32.const 1000) (call $unary_at64 (i32.const 5) (local.get $i))))
)

(assert_return (invoke "unary_at" (i32.const 5) (i32.const 0)) (i32.const 6))
(assert_trap (invoke "unary_at" (i32.const 5) (i32.const 1)) "indirect call type mismatch")
(assert_trap (invoke "unary_at" (i32.const 5) (i32.const 2)) "uninitialized element")
(assert_trap (invoke "unary_at" (i32.const 5) (i32.const 4)) "undefined element")
(assert_trap (invoke "unary_at" (i32.const 5) (i32.const -1)) "undefined element")
(assert_trap (invoke "wide_at" (i32.const 0)) "indirect call type mismatch")
(assert_trap (invoke "wide_at" (i32.const 3)) "uninitialized element")
(assert_trap (invoke "wide_at" (i32.const 100)) "undefined element")
(assert_return (invoke "nested" (i32.const 0)) (i32.const 1006))
(assert_trap (invoke "nested" (i32.const 1)) "indirect call type mismatch")
(assert_trap (invoke "nested" (i32.const 3)) "uninitialized element")
(assert_trap (invoke "nested" (i32.const 4)) "undefined element")
(assert_return (invoke "unary_at64" (i32.const 5) (i64.const 1)) (i32.const 6))
(assert_trap (invoke "unary_at64" (i32.const 5) (i64.const 0)) "uninitialized element")
(assert_trap (invoke "unary_at64" (i32.const 5) (i64.const 3)) "undefined element")
(assert_trap (invoke "unary_at64" (i32.const 5) (i64.const 0x1_0000_0001)) "undefined element")
(assert_return (invoke "nested64" (i64.const 1)) (i32.const 1006))
(assert_trap (invoke "nested64" (i64.const 0x1_0000_0001)) "undefined element")
;; The instance is unharmed.
(assert_return (invoke "nested" (i32.const 0)) (i32.const 1006))
(assert_return (invoke "unary_at" (i32.const 41) (i32.const 0)) (i32.const 42))
