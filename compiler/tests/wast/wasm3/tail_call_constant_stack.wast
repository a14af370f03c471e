;; `return_call` and `return_call_indirect` replace the caller's frame: the arguments
;; move to the top of the caller's incoming argument area (which grows when the callee
;; takes more stack arguments and shrinks when it takes fewer), then a jump. Ten million
;; mutual tail calls between functions of different arity, directly and through a
;; table, must run in constant native stack; the same recursion with `call` exhausts
;; the stack, and so does non-tail recursion through a tail call, whose stack check
;; must still hold.

(module
  (type $one (func (param i64) (result i64)))
  (type $three (func (param i64 i64 f64) (result i64)))
  (table 2 funcref)
  (elem (i32.const 0) $ind_one $ind_three)

  ;; One parameter → three → one: the area grows and shrinks on every call.
  (func $even (export "even") (param $n i64) (result i64)
    (if (result i64) (i64.eqz (local.get $n))
      (then (i64.const 1))
      (else
        (return_call $odd
          (i64.sub (local.get $n) (i64.const 1)) (i64.const 7) (f64.const 1.5)))))
  (func $odd (param $n i64) (param $seven i64) (param $half f64) (result i64)
    ;; The extra arguments arrive intact at every step.
    (if (i32.or (i64.ne (local.get $seven) (i64.const 7))
                (f64.ne (local.get $half) (f64.const 1.5)))
      (then (unreachable)))
    (if (result i64) (i64.eqz (local.get $n))
      (then (i64.const 0))
      (else (return_call $even (i64.sub (local.get $n) (i64.const 1))))))

  ;; The same through the table.
  (func $ind_one (export "ind_even") (param $n i64) (result i64)
    (if (result i64) (i64.eqz (local.get $n))
      (then (i64.const 1))
      (else
        (return_call_indirect (type $three)
          (i64.sub (local.get $n) (i64.const 1)) (i64.const 7) (f64.const 1.5)
          (i32.const 1)))))
  (func $ind_three (param $n i64) (param $seven i64) (param $half f64) (result i64)
    (if (i32.or (i64.ne (local.get $seven) (i64.const 7))
                (f64.ne (local.get $half) (f64.const 1.5)))
      (then (unreachable)))
    (if (result i64) (i64.eqz (local.get $n))
      (then (i64.const 0))
      (else
        (return_call_indirect (type $one)
          (i64.sub (local.get $n) (i64.const 1)) (i32.const 0)))))

  ;; A count down with an accumulator, from a function with no parameter and several
  ;; results to one with three: the results land where the first caller reads them.
  (func (export "count") (param $n i64) (result i64 i64)
    (return_call $count_step (local.get $n) (i64.const 0) (i64.const 0)))
  (func $count_step (param $n i64) (param $sum i64) (param $steps i64) (result i64 i64)
    (if (result i64 i64) (i64.eqz (local.get $n))
      (then (local.get $sum) (local.get $steps))
      (else
        (return_call $count_step
          (i64.sub (local.get $n) (i64.const 1))
          (i64.add (local.get $sum) (local.get $n))
          (i64.add (local.get $steps) (i64.const 1))))))

  ;; The same recursion with `call` runs out of stack.
  (func $even_call (export "even_call") (param $n i64) (result i64)
    (if (result i64) (i64.eqz (local.get $n))
      (then (i64.const 1))
      (else
        (call $odd_call
          (i64.sub (local.get $n) (i64.const 1)) (i64.const 7) (f64.const 1.5)))))
  (func $odd_call (param $n i64) (param $seven i64) (param $half f64) (result i64)
    (if (result i64) (i64.eqz (local.get $n))
      (then (i64.const 0))
      (else (call $even_call (i64.sub (local.get $n) (i64.const 1))))))

  ;; Non-tail recursion whose every other step is a tail call that grows the area.
  (func $grow_then_call (export "grow_then_call") (param $n i64) (result i64)
    (return_call $call_back
      (local.get $n) (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4)
      (i64.const 5) (i64.const 6) (i64.const 7) (i64.const 8) (i64.const 9)))
  (func $call_back
    (param $n i64) (param i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
    (if (result i64) (i64.eqz (local.get $n))
      (then (i64.const 0))
      (else
        (i64.add (i64.const 1)
          (call $grow_then_call (i64.sub (local.get $n) (i64.const 1)))))))
)

(assert_return (invoke "even" (i64.const 0)) (i64.const 1))
(assert_return (invoke "even" (i64.const 1)) (i64.const 0))
(assert_return (invoke "even" (i64.const 10_000_000)) (i64.const 1))
(assert_return (invoke "even" (i64.const 10_000_001)) (i64.const 0))
(assert_return (invoke "ind_even" (i64.const 10_000_000)) (i64.const 1))
(assert_return (invoke "ind_even" (i64.const 9_999_999)) (i64.const 0))
(assert_return (invoke "count" (i64.const 10_000_000))
  (i64.const 50_000_005_000_000) (i64.const 10_000_000))
(assert_return (invoke "count" (i64.const 0)) (i64.const 0) (i64.const 0))
(assert_return (invoke "even_call" (i64.const 100)) (i64.const 1))
(assert_exhaustion (invoke "even_call" (i64.const 10_000_000)) "call stack exhausted")
(assert_return (invoke "grow_then_call" (i64.const 100)) (i64.const 100))
(assert_exhaustion (invoke "grow_then_call" (i64.const 10_000_000)) "call stack exhausted")
;; The store is usable after exhaustion, and the tail calls still run.
(assert_return (invoke "even" (i64.const 1_000_001)) (i64.const 0))
