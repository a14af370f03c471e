;; Call-heavy micro-benchmarks for A/B runs of two compiler revisions
;; (`bench/ab-calls.sh`): the same doubly recursive Fibonacci through a direct call and
;; through `call_indirect`, so call sites, prologues and epilogues are the hot path.
;; Each export returns fib(n). Wasm 2.0 only, so any revision of the compiler runs it.
(module
  (type $fib_t (func (param i32) (result i32)))
  (table $fns 1 1 funcref)
  (elem (table $fns) (i32.const 0) func $fib_indirect)

  (func $fib_direct (export "fib_direct") (param $n i32) (result i32)
    (if (result i32) (i32.lt_u (local.get $n) (i32.const 2))
      (then (local.get $n))
      (else
        (i32.add
          (call $fib_direct (i32.sub (local.get $n) (i32.const 1)))
          (call $fib_direct (i32.sub (local.get $n) (i32.const 2)))))))

  (func $fib_indirect (export "fib_indirect") (param $n i32) (result i32)
    (if (result i32) (i32.lt_u (local.get $n) (i32.const 2))
      (then (local.get $n))
      (else
        (i32.add
          (call_indirect $fns (type $fib_t)
            (i32.sub (local.get $n) (i32.const 1)) (i32.const 0))
          (call_indirect $fns (type $fib_t)
            (i32.sub (local.get $n) (i32.const 2)) (i32.const 0)))))))
