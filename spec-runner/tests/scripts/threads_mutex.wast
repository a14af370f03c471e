;; A mutex built on `i32.atomic.rmw.cmpxchg`: two threads each add 1 to a counter
;; 20000 times with a plain load and store, inside the lock. Without the lock they
;; would lose increments.
(module $Mem
  (memory (export "shared") 1 1 shared)
  (func (export "count") (result i32) (i32.atomic.load (i32.const 32))))

(thread $A (shared (module $Mem))
  (register "mem" $Mem)
  (module
    (memory (import "mem" "shared") 1 1 shared)
    (func $lock
      ;; cmpxchg returns the old value: 0 means this thread took the lock.
      (loop $spin
        (br_if $spin (i32.atomic.rmw.cmpxchg (i32.const 0) (i32.const 0) (i32.const 1)))))
    (func $unlock (i32.atomic.store (i32.const 0) (i32.const 0)))
    (func (export "run") (param $n i32)
      (loop $more
        (call $lock)
        (i32.store (i32.const 32) (i32.add (i32.load (i32.const 32)) (i32.const 1)))
        (call $unlock)
        (br_if $more (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))))
  (invoke "run" (i32.const 20000)))

(thread $B (shared (module $Mem))
  (register "mem" $Mem)
  (module
    (memory (import "mem" "shared") 1 1 shared)
    (func $lock
      (loop $spin
        (br_if $spin (i32.atomic.rmw.cmpxchg (i32.const 0) (i32.const 0) (i32.const 1)))))
    (func $unlock (i32.atomic.store (i32.const 0) (i32.const 0)))
    (func (export "run") (param $n i32)
      (loop $more
        (call $lock)
        (i32.store (i32.const 32) (i32.add (i32.load (i32.const 32)) (i32.const 1)))
        (call $unlock)
        (br_if $more (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))))
  (invoke "run" (i32.const 20000)))

(wait $A)
(wait $B)
(assert_return (invoke $Mem "count") (i32.const 40000))
