;; Legacy exception handling (`try`, `catch`, `catch_all`, `delegate`, `rethrow`): what
;; the official legacy/ scripts leave out. Rethrow from nested catches, delegate to
;; outer levels and to the caller, throws inside catch bodies, catching in long loops,
;; values live in registers below a `try`, exceptions crossing instances, and traps,
;; which no handler catches. (Scripts in a `legacy` folder run with the legacy form
;; enabled.)

(module $thrower
  (tag $e (export "e") (param i32))
  (func (export "throw") (param i32)
    (throw $e (local.get 0))))
(register "thrower" $thrower)

(module
  (import "thrower" "e" (tag $e (param i32)))
  (import "thrower" "throw" (func $throw_elsewhere (param i32)))
  (tag $f (param i32))
  (tag $wide (param i64 f64 v128))
  (tag $empty)

  (func $throw_e (param i32) (throw $e (local.get 0)))
  (func $throw_f (param i32) (throw $f (local.get 0)))

  ;; `rethrow 1` in a nested catch rethrows the outer catch's exception, `rethrow 0`
  ;; the inner one's.
  (func (export "rethrow-outer") (result i32)
    try (result i32)
      try (result i32)
        (call $throw_e (i32.const 1))
        (i32.const -1)
      catch $e
        drop
        try (result i32)
          (call $throw_f (i32.const 2))
          (i32.const -2)
        catch $f
          drop
          rethrow 1
        end
      end
    catch $e
      (i32.add (i32.const 200))
    catch $f
      (i32.add (i32.const 100))
    end)

  (func (export "rethrow-inner") (result i32)
    try (result i32)
      try (result i32)
        (call $throw_e (i32.const 1))
        (i32.const -1)
      catch $e
        drop
        try (result i32)
          (call $throw_f (i32.const 2))
          (i32.const -2)
        catch $f
          drop
          rethrow 0
        end
      end
    catch $e
      (i32.add (i32.const 200))
    catch $f
      (i32.add (i32.const 100))
    end)

  ;; A rethrow from a `catch_all`, three catches deep, of the outermost exception:
  ;; its payload is the one first thrown.
  (func (export "rethrow-three-deep") (result i64 f64 i32)
    (local $v v128)
    try (result i64 f64 v128)
      try
        (throw $wide (i64.const -7) (f64.const 1.5) (v128.const i32x4 9 8 7 6))
      catch_all
        try
          (throw $empty)
        catch $empty
          try
            (call $throw_e (i32.const 3))
          catch $e
            drop
            rethrow 2
          end
        end
      end
      (i64.const 0) (f64.const 0) (v128.const i64x2 0 0)
    catch $wide
    end
    (local.set $v)
    (i32x4.extract_lane 3 (local.get $v)))

  ;; The same exception goes on after a rethrow through a function boundary.
  (func $catch_and_rethrow (param i32)
    try
      (call $throw_e (local.get 0))
    catch_all
      rethrow 0
    end)
  (func (export "rethrow-through-calls") (param i32) (result i32)
    try (result i32)
      (call $catch_and_rethrow (local.get 0))
      (call $catch_and_rethrow (i32.add (local.get 0) (i32.const 1)))
      (i32.const -1)
    catch $e
    end)

  ;; `delegate 0` to the enclosing `try`, `delegate 1` past a `try` whose catch would
  ;; otherwise have caught it, and `delegate` to a block, whose enclosing `try` catches.
  (func (export "delegate-0") (result i32)
    try (result i32)
      try
        (call $throw_e (i32.const 5))
      delegate 0
      (i32.const -1)
    catch $e
      (i32.add (i32.const 10))
    end)

  (func (export "delegate-skips-a-try") (result i32)
    try (result i32)
      try (result i32)
        try
          (call $throw_e (i32.const 6))
        delegate 1
        (i32.const -1)
      catch $e
        (i32.add (i32.const 1000))
      end
    catch $e
      (i32.add (i32.const 20))
    end)

  (func (export "delegate-to-a-block") (result i32)
    try (result i32)
      block $b (result i32)
        block
          try
            (call $throw_e (i32.const 7))
          delegate $b
        end
        (i32.const -1)
      end
    catch $e
      (i32.add (i32.const 30))
    end)

  ;; Delegating to a `try` whose catch body holds the delegate: that try's catches
  ;; are not in force there, so the exception goes further out.
  (func (export "delegate-from-a-catch-body") (result i32)
    try (result i32)
      try (result i32)
        (throw $f (i32.const 0))
      catch $f
        drop
        try
          (call $throw_e (i32.const 8))
        delegate 0
        (i32.const -1)
      catch $e
        (i32.add (i32.const 1000))
      end
    catch $e
      (i32.add (i32.const 40))
    end)

  ;; Delegating to a `try_table`'s label: its catch clauses are in force.
  (func (export "delegate-to-try-table") (result i32)
    (block $h (result i32)
      (try_table (result i32) (catch $e $h)
        try
          (call $throw_e (i32.const 12))
        delegate 0
        (i32.const -1))))

  ;; Delegate chains: one delegate to another.
  (func (export "delegate-chain") (result i32)
    try (result i32)
      try
        try
          (call $throw_e (i32.const 9))
        delegate 0
      delegate 0
      (i32.const -1)
    catch $e
      (i32.add (i32.const 50))
    end)

  ;; `delegate` to the function's label rethrows to the caller, past the catches
  ;; around it in the same function.
  (func $delegate_to_caller (param i32) (result i32)
    try (result i32)
      try
        (call $throw_e (local.get 0))
      delegate 1
      (i32.const -1)
    catch_all
      (i32.const -1000)
    end)
  (func (export "delegate-to-caller") (param i32) (result i32)
    try (result i32)
      (call $delegate_to_caller (local.get 0))
    catch $e
      (i32.add (i32.const 60))
    end)
  (func (export "delegate-to-caller-uncaught") (param i32) (result i32)
    (call $delegate_to_caller (local.get 0)))

  ;; A throw inside a catch body is not caught by its own try.
  (func (export "throw-in-catch") (result i32)
    try (result i32)
      try (result i32)
        (call $throw_e (i32.const 1))
        (i32.const -1)
      catch $e
        (call $throw_f (i32.add (i32.const 70)))
        (i32.const -2)
      catch $f
        drop
        (i32.const -3)
      catch_all
        (i32.const -4)
      end
    catch $f
    end)
  (func (export "throw-in-catch-all") (result i32)
    try (result i32)
      try (result i32)
        (throw $empty)
      catch_all
        (throw $e (i32.const 80))
      end
    catch $e
    end)

  ;; Catching a million times in a loop, with a call in the `try`, and with a throw
  ;; in the catch body caught one level out: the stack does not grow.
  (func (export "loop") (param $n i32) (result i32)
    (local $sum i32)
    (loop $l
      try
        (call $throw_e (local.get $n))
      catch $e
        (local.set $sum (i32.add (local.get $sum)))
      end
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (local.get $sum))
  (func (export "loop-nested") (param $n i32) (result i32)
    (local $sum i32)
    (loop $l
      try
        try
          (throw $f (local.get $n))
        catch $f
          (throw $e)
        end
      catch $e
        (local.set $sum (i32.add (local.get $sum)))
      catch_all
      end
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (local.get $sum))

  ;; Values held in registers below the `try` survive the throw.
  (func (export "values-below") (param $x i32) (result i32)
    (i32.add
      (i32.mul (local.get $x) (i32.const 5))
      (i32.add
        (i32.add (local.get $x) (i32.const 1000))
        (try (result i32)
          (do (call $throw_e (i32.const 3)) (i32.const -1))
          (catch $e)))))
  (func (export "values-below-f64") (param $x f64) (result f64)
    (f64.add
      (f64.mul (local.get $x) (f64.const 2))
      (f64.convert_i32_s
        (try (result i32)
          (do (call $throw_e (i32.const 4)) (i32.const -1))
          (catch $e (i32.add (i32.const 1)))))))

  ;; A `try` with parameters: a catch body starts without them.
  (func (export "params") (param i32) (result i32)
    (local.get 0)
    try (param i32) (result i32)
      (call $throw_e)
      (i32.const -1)
    catch $e
      (i32.mul (i32.const 2))
    end)

  ;; No throw: the body's value, and a `try` with no handler at all.
  (func (export "no-throw") (param i32) (result i32)
    try (result i32)
      (i32.add (local.get 0) (i32.const 1))
    catch_all
      (i32.const -1)
    end
    try (param i32) (result i32)
      (i32.add (i32.const 1))
    end)

  ;; An exception thrown by another instance is caught by tag; a tag that is not the
  ;; exception's does not match.
  (func (export "from-another-instance") (param i32) (result i32)
    try (result i32)
      try (result i32)
        (call $throw_elsewhere (local.get 0))
        (i32.const -1)
      catch $f
        drop
        (i32.const -2)
      end
    catch $e
      (i32.add (i32.const 90))
    end)

  ;; A trap is never caught.
  (func (export "trap") (result i32)
    try (result i32)
      (i32.div_u (i32.const 1) (i32.const 0))
    catch_all
      (i32.const -1)
    end)
  (func $trap_deeper (unreachable))
  (func (export "trap-deeper") (result i32)
    try (result i32)
      (call $trap_deeper)
      (i32.const 1)
    catch_all
      (i32.const -1)
    end)
)

(assert_return (invoke "rethrow-outer") (i32.const 201))
(assert_return (invoke "rethrow-inner") (i32.const 102))
(assert_return (invoke "rethrow-three-deep") (i64.const -7) (f64.const 1.5) (i32.const 6))
(assert_return (invoke "rethrow-through-calls" (i32.const 11)) (i32.const 11))
(assert_return (invoke "delegate-0") (i32.const 15))
(assert_return (invoke "delegate-skips-a-try") (i32.const 26))
(assert_return (invoke "delegate-to-a-block") (i32.const 37))
(assert_return (invoke "delegate-from-a-catch-body") (i32.const 48))
(assert_return (invoke "delegate-to-try-table") (i32.const 12))
(assert_return (invoke "delegate-chain") (i32.const 59))
(assert_return (invoke "delegate-to-caller" (i32.const 2)) (i32.const 62))
(assert_exception (invoke "delegate-to-caller-uncaught" (i32.const 2)))
(assert_return (invoke "throw-in-catch") (i32.const 71))
(assert_return (invoke "throw-in-catch-all") (i32.const 80))
(assert_return (invoke "loop" (i32.const 1000000)) (i32.const 1784293664))
(assert_return (invoke "loop-nested" (i32.const 1000000)) (i32.const 1784293664))
(assert_return (invoke "values-below" (i32.const 7)) (i32.const 1045))
(assert_return (invoke "values-below-f64" (f64.const 0.25)) (f64.const 5.5))
(assert_return (invoke "params" (i32.const 21)) (i32.const 42))
(assert_return (invoke "no-throw" (i32.const 4)) (i32.const 6))
(assert_return (invoke "from-another-instance" (i32.const 3)) (i32.const 93))
(assert_trap (invoke "trap") "integer divide by zero")
(assert_trap (invoke "trap-deeper") "unreachable")
