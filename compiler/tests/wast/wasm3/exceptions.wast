;; Exception handling (exnref): what the official scripts leave out. Throws through
;; many frames, rethrow of a caught exnref after its handler's frame is gone, catching
;; in a long loop, and values held in registers below a try_table when the handler is
;; entered from deeper frames.

(module
  (tag $e (param i32))
  (tag $e2 (param i64 f64 v128))
  (tag $empty)

  ;; Recurses `n` frames, each with values live around the call, then throws.
  (func $deep (param $n i32) (result i32)
    (if (i32.eqz (local.get $n)) (then (throw $e (i32.const 42))))
    (i32.add
      (i32.mul (local.get $n) (i32.const 3))
      (call $deep (i32.sub (local.get $n) (i32.const 1)))))

  (func (export "through-frames") (param $n i32) (result i32)
    (block $h (result i32)
      (try_table (result i32) (catch $e $h)
        (call $deep (local.get $n)))))

  ;; The catching frame's own locals, pinned elsewhere, survive the unwinding.
  (func (export "locals-survive") (param $a i32) (param $b i64) (result i64)
    (local $c i32)
    (local.set $c (i32.const 7))
    (drop
      (block $h (result i32)
        (try_table (result i32) (catch $e $h)
          (call $deep (i32.const 50)))))
    (i64.add (local.get $b)
      (i64.extend_i32_u (i32.add (local.get $a) (local.get $c)))))

  ;; Values computed below the try_table (in registers before it) are intact at the
  ;; handler.
  (func (export "values-below") (param $x i32) (result i32)
    (i32.add
      (i32.mul (local.get $x) (i32.const 5))
      (i32.add
        (i32.add (local.get $x) (i32.const 1000))
        (block $h (result i32)
          (try_table (result i32) (catch $e $h)
            (call $deep (i32.const 10)))))))

  ;; Catches an exnref, returns it: the handler's frame is gone when it is rethrown.
  (func $capture (result exnref)
    (block $h (result exnref)
      (try_table (catch_all_ref $h)
        (throw $e2 (i64.const -5) (f64.const 2.5) (v128.const i32x4 1 2 3 4)))
      (unreachable)))

  (func (export "rethrow-later") (result i64 f64 i32)
    (local $x exnref)
    (local.set $x (call $capture))
    ;; Another call reuses the stack where $capture's frame was.
    (drop (call $capture))
    (block $h (result i64 f64 v128)
      (try_table (catch $e2 $h)
        (throw_ref (local.get $x)))
      (unreachable))
    (i32x4.extract_lane 3))

  (func (export "rethrow-uncaught")
    (throw_ref (call $capture)))

  (func (export "throw-null")
    (throw_ref (ref.null exn)))

  ;; Throws and catches `n` times in a loop.
  (func (export "catch-loop") (param $n i32) (result i32)
    (local $sum i32)
    (loop $l
      (block $h (result i32)
        (try_table (catch $e $h)
          (throw $e (local.get $n)))
        (unreachable))
      (local.set $sum (i32.add (local.get $sum)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (local.get $sum))

  ;; A catch_all in an inner try_table, an outer one that names the tag.
  (func (export "nested") (param $which i32) (result i32)
    (block $outer (result i32)
      (try_table (result i32) (catch $e $outer)
        (block $inner
          (try_table (catch $empty $inner)
            (if (local.get $which)
              (then (throw $e (i32.const 2)))
              (else (throw $empty)))))
        (i32.const 1)))))

(assert_return (invoke "through-frames" (i32.const 1000)) (i32.const 42))
(assert_return (invoke "through-frames" (i32.const 0)) (i32.const 42))
(assert_return (invoke "locals-survive" (i32.const 5) (i64.const 100)) (i64.const 112))
(assert_return (invoke "values-below" (i32.const 3)) (i32.const 1060))
(assert_return (invoke "rethrow-later") (i64.const -5) (f64.const 2.5) (i32.const 4))
(assert_exception (invoke "rethrow-uncaught"))
(assert_trap (invoke "throw-null") "null exception reference")
(assert_return (invoke "catch-loop" (i32.const 1000000)) (i32.const 1784293664))
(assert_return (invoke "nested" (i32.const 0)) (i32.const 1))
(assert_return (invoke "nested" (i32.const 1)) (i32.const 2))
