;; `br_table` entries that carry nothing jump straight to their target's label; targets
;; that carry a value, or sit at another stack depth, go through a stub. The cases
;; cover repeated targets, the default, a loop target, the function's own label, and
;; one table with both kinds of entry.

(module
  (func $classify (export "classify") (param $x i32) (result i32)
    (block $three
      (block $two
        (block $one
          (block $zero
            (br_table $zero $one $two $zero $three (local.get $x)))
          (return (i32.const 100)))
        (return (i32.const 101)))
      (return (i32.const 102)))
    (i32.const 103))
  ;; An operand held below the inner block (spilled at its entry) puts $inner and
  ;; $outer at different stack depths: one table, a direct entry and a stub.
  (func (export "depths") (param $x i32) (result i32)
    (local $r i32)
    (block $outer
      (local.set $r
        (i32.add
          (local.get $x)
          (block $inner (result i32)
            (block $skip
              (br_table $skip $outer $skip (local.get $x)))
            (i32.const 10))))
      (return (local.get $r)))
    (i32.const -1))
  ;; Targets that carry a value all go through stubs.
  (func (export "values") (param $x i32) (result i32)
    (i32.add
      (i32.const 1000)
      (block $a (result i32)
        (i32.add
          (i32.const 50)
          (block $b (result i32)
            (br_table $a $b 2 (i32.const 7) (local.get $x)))))))
  (func (export "loop") (param $n i32) (result i32)
    (local $count i32)
    (loop $again
      (local.set $count (i32.add (local.get $count) (i32.const 1)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (block $done
        (br_table $done $again (i32.gt_s (local.get $n) (i32.const 0)))))
    (local.get $count))
  (func (export "default_returns") (param $x i32)
    (block $a (br_table $a $a 1 (local.get $x)))))

(assert_return (invoke "classify" (i32.const 0)) (i32.const 100))
(assert_return (invoke "classify" (i32.const 1)) (i32.const 101))
(assert_return (invoke "classify" (i32.const 2)) (i32.const 102))
(assert_return (invoke "classify" (i32.const 3)) (i32.const 100))
(assert_return (invoke "classify" (i32.const 4)) (i32.const 103))
(assert_return (invoke "classify" (i32.const -1)) (i32.const 103))
(assert_return (invoke "depths" (i32.const 0)) (i32.const 10))
(assert_return (invoke "depths" (i32.const 1)) (i32.const -1))
(assert_return (invoke "depths" (i32.const 2)) (i32.const 12))
(assert_return (invoke "depths" (i32.const 9)) (i32.const 19))
(assert_return (invoke "values" (i32.const 0)) (i32.const 1007))
(assert_return (invoke "values" (i32.const 1)) (i32.const 1057))
(assert_return (invoke "values" (i32.const 2)) (i32.const 7))
(assert_return (invoke "values" (i32.const 99)) (i32.const 7))
(assert_return (invoke "loop" (i32.const 5)) (i32.const 5))
(assert_return (invoke "loop" (i32.const 0)) (i32.const 1))
(assert_return (invoke "default_returns" (i32.const 0)))
(assert_return (invoke "default_returns" (i32.const 7)))
