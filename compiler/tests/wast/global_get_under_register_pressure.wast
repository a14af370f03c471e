;; `global.get` with every value-stack register taken and a lazy local read below: the
;; spill it causes once read the local through the scratch register, which already held
;; the global's cell address, so the global was read from the local's value as an
;; address (a host crash, found by the differential fuzzer).

(module
  (global $g (mut i64) (i64.const 7))
  (global $r externref (ref.null extern))
  (func (export "i64") (param $x i64) (result i64)
    (local.get $x)
    (global.get $g) (global.get $g) (global.get $g) (global.get $g)
    (global.get $g) (global.get $g) (global.get $g) (global.get $g)
    (global.get $g)
    (i64.add) (i64.add) (i64.add) (i64.add) (i64.add) (i64.add) (i64.add) (i64.add)
    (i64.add))
  (func (export "externref") (result i32) (local $l externref)
    (local.get $l)
    (global.get $r) (global.get $r) (global.get $r) (global.get $r)
    (global.get $r) (global.get $r) (global.get $r) (global.get $r)
    (global.get $r)
    (drop) (drop) (drop) (drop) (drop) (drop) (drop) (drop) (drop)
    (ref.is_null)))

(assert_return (invoke "i64" (i64.const 0x1234)) (i64.const 0x1273))
(assert_return (invoke "externref") (i32.const 1))
