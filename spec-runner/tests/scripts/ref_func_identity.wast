;; `(ref.func N)` results compare function identity: the function index N (or the
;; name $N) of the module the action ran in names, exported or not.
(module $m
  (func $a (result i32) (i32.const 1))
  (func $b (export "b") (result i32) (i32.const 2))
  (table $t 2 funcref)
  (elem (table $t) (i32.const 0) func $a $b)
  (func (export "get") (param i32) (result funcref) (table.get $t (local.get 0)))
  (global (export "g") funcref (ref.func $b)))
(assert_return (invoke "get" (i32.const 0)) (ref.func 0))
(assert_return (invoke "get" (i32.const 0)) (ref.func $a))
(assert_return (invoke "get" (i32.const 1)) (ref.func 1))
(assert_return (invoke "get" (i32.const 1)) (ref.func $b))
(assert_return (get "g") (ref.func $b))
(assert_return (invoke "get" (i32.const 1)) (either (ref.func $a) (ref.func $b)))
(assert_return (invoke "get" (i32.const 0)) (ref.func 1)) ;; FAIL expected [ref.func 1] got [ref.func]
(assert_return (invoke "get" (i32.const 1)) (ref.func $a)) ;; FAIL expected [ref.func $a]
(assert_return (invoke "get" (i32.const 0)) (either (ref.null func) (ref.func $b))) ;; FAIL expected
(assert_return (invoke "get" (i32.const 0)) (ref.func 7)) ;; FAIL has no function 7
(assert_return (invoke "get" (i32.const 0)) (ref.func $nope)) ;; FAIL has no function named $nope
(assert_return (invoke "get" (i32.const 0)) (ref.func)) 

;; An imported function is the importer's function 0, and the same function as the
;; exporter's.
(register "m" $m)
(module $n
  (import "m" "b" (func $imported (result i32)))
  (func $own (result i32) (i32.const 3))
  (elem declare func $imported $own)
  (func (export "imported") (result funcref) (ref.func $imported))
  (func (export "own") (result funcref) (ref.func $own)))
(assert_return (invoke "imported") (ref.func 0))
(assert_return (invoke "imported") (ref.func $imported))
(assert_return (invoke "own") (ref.func $own))
(assert_return (invoke "own") (ref.func 0)) ;; FAIL expected [ref.func 0]
;; A named instance resolves in that instance, not the current one.
(assert_return (invoke $m "get" (i32.const 0)) (ref.func $a))
(assert_return (invoke $m "get" (i32.const 1)) (ref.func 1))
