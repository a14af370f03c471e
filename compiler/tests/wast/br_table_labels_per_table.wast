;; Each `br_table` looks its targets' labels up by relative depth in a scratch table
;; that the next `br_table` reuses. A label left there by an earlier table (one with
;; the same relative depths, which then named other blocks) must never be taken: the
;; second table here would jump back into the first one's blocks. Repeated depths in
;; one table share a label; a failed-to-clear entry would also leak across functions.

(module
  (func (export "two_tables") (param $x i32) (param $y i32) (result i32)
    (local $r i32)
    (block $done
      (block $one
        (block $zero
          (br_table $zero $one $zero $done (local.get $x)))
        (local.set $r (i32.const 10))
        (br $done))
      (local.set $r (i32.const 20)))
    ;; Depth 0 and 1 now name other blocks, and the entries carry a value (stubs).
    (block $out (result i32)
      (i32.add
        (block $b (result i32)
          (br_table $b $out $b $b
            (i32.add (local.get $r) (i32.const 1))
            (local.get $y)))
        (i32.const 100))))
  (func (export "same_depths_again") (param $x i32) (result i32)
    (block $q (result i32)
      (block $p (result i32)
        (br_table $p $q $p (i32.const 5) (local.get $x)))
      (i32.const 1000)
      (i32.add))))

(assert_return (invoke "two_tables" (i32.const 0) (i32.const 0)) (i32.const 111))
(assert_return (invoke "two_tables" (i32.const 0) (i32.const 1)) (i32.const 11))
(assert_return (invoke "two_tables" (i32.const 1) (i32.const 0)) (i32.const 121))
(assert_return (invoke "two_tables" (i32.const 1) (i32.const 1)) (i32.const 21))
(assert_return (invoke "two_tables" (i32.const 2) (i32.const 2)) (i32.const 111))
(assert_return (invoke "two_tables" (i32.const 9) (i32.const 9)) (i32.const 101))
(assert_return (invoke "two_tables" (i32.const -1) (i32.const 1)) (i32.const 1))
(assert_return (invoke "same_depths_again" (i32.const 0)) (i32.const 1005))
(assert_return (invoke "same_depths_again" (i32.const 1)) (i32.const 5))
(assert_return (invoke "same_depths_again" (i32.const 7)) (i32.const 1005))
