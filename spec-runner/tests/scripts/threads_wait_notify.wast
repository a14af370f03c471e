;; Two threads share a memory: one waits on an address, the other wakes it with
;; `memory.atomic.notify`, retrying until a waiter was there to wake.
(module $Mem
  (memory (export "shared") 1 1 shared)
  (func (export "load") (param i32) (result i32) (i32.atomic.load (local.get 0))))

(thread $Waiter (shared (module $Mem))
  (register "mem" $Mem)
  (module
    (memory (import "mem" "shared") 1 1 shared)
    (func (export "run") (result i32)
      ;; The value never changes, and there is no timeout: only a notify ends the wait.
      (i32.atomic.store (i32.const 16)
        (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const -1)))
      (i32.atomic.load (i32.const 16))))
  (assert_return (invoke "run") (i32.const 0)))

(thread $Notifier (shared (module $Mem))
  (register "mem" $Mem)
  (module
    (memory (import "mem" "shared") 1 1 shared)
    (func (export "run") (result i32)
      (local $woken i32)
      (loop $retry
        (local.set $woken (memory.atomic.notify (i32.const 0) (i32.const 1)))
        (br_if $retry (i32.eqz (local.get $woken))))
      (i32.atomic.store (i32.const 20) (local.get $woken))
      (local.get $woken)))
  (assert_return (invoke "run") (i32.const 1)))

(wait $Waiter)
(wait $Notifier)
;; Both threads' stores are visible to the script's own instance.
(assert_return (invoke $Mem "load" (i32.const 16)) (i32.const 0))
(assert_return (invoke $Mem "load" (i32.const 20)) (i32.const 1))

;; A failing directive in a thread fails the `wait` that joins it, with its line.
(thread $Wrong
  (module (func (export "f") (result i32) (i32.const 1)))
  (assert_return (invoke "f") (i32.const 2)))
(wait $Wrong) ;; FAIL thread $Wrong failed: line 40: assert_return: expected [i32:2
(wait $Wrong) ;; FAIL no running thread named $Wrong
;; A thread sees only the module it shares: the script's instances are not its own.
(thread $Alone
  (assert_return (invoke $Mem "load" (i32.const 0)) (i32.const 0)))
(wait $Alone) ;; FAIL no instance named $Mem
