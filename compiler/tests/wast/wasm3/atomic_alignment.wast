;; Atomic accesses trap with `unaligned atomic` unless their effective address
;; (index + offset) is a multiple of their size, whatever the static offset adds to
;; the index (offsets that fix or break the alignment, offsets past 2^31, constant
;; addresses); an aligned access past the end traps as out of bounds. Wait and
;; notify check the same, and wait on an unshared memory traps.

(module
  (memory 1 1 shared)
  (func (export "init") (i64.store (i32.const 8) (i64.const 0x0807060504030201)))
  (func (export "load32_off1") (param i32) (result i32)
    (i32.atomic.load offset=1 (local.get 0)))
  (func (export "load64_off4") (param i32) (result i64)
    (i64.atomic.load offset=4 (local.get 0)))
  (func (export "load8_off7") (param i32) (result i32)
    (i32.atomic.load8_u offset=7 (local.get 0)))
  (func (export "store16_off3") (param i32)
    (i32.atomic.store16 offset=3 (local.get 0) (i32.const 0x1234)))
  (func (export "load16_at_6") (result i32) (i32.atomic.load16_u (i32.const 6)))
  (func (export "or_at_6") (result i32) (i32.atomic.rmw.or (i32.const 6) (i32.const 1)))
  (func (export "or_at_8") (result i32) (i32.atomic.rmw.or (i32.const 8) (i32.const 0)))
  (func (export "cmpxchg_off2") (param i32) (result i64)
    (i64.atomic.rmw.cmpxchg offset=2 (local.get 0) (i64.const 0) (i64.const 1)))
  (func (export "xchg_big_offset") (param i32) (result i32)
    (i32.atomic.rmw.xchg offset=0x80000004 (local.get 0) (i32.const 0)))
  (func (export "wait32_off2") (param i32) (result i32)
    (memory.atomic.wait32 offset=2 (local.get 0) (i32.const 1) (i64.const 0)))
  (func (export "wait64_off4") (param i32) (result i32)
    (memory.atomic.wait64 offset=4 (local.get 0) (i64.const 0) (i64.const 0)))
  (func (export "notify_off1") (param i32) (result i32)
    (memory.atomic.notify offset=1 (local.get 0) (i32.const 1)))
)

(invoke "init")
(assert_return (invoke "load32_off1" (i32.const 7)) (i32.const 0x04030201))
(assert_return (invoke "load32_off1" (i32.const 3)) (i32.const 0))
(assert_trap (invoke "load32_off1" (i32.const 0)) "unaligned atomic")
(assert_trap (invoke "load32_off1" (i32.const 1)) "unaligned atomic")
(assert_return (invoke "load32_off1" (i32.const 65531)) (i32.const 0))
(assert_trap (invoke "load32_off1" (i32.const 65535)) "out of bounds memory access")

(assert_return (invoke "load64_off4" (i32.const 4)) (i64.const 0x0807060504030201))
(assert_trap (invoke "load64_off4" (i32.const 0)) "unaligned atomic")
(assert_trap (invoke "load64_off4" (i32.const 2)) "unaligned atomic")
(assert_trap (invoke "load64_off4" (i32.const 65532)) "out of bounds memory access")

;; Single bytes are always aligned.
(assert_return (invoke "load8_off7" (i32.const 1)) (i32.const 0x01))
(assert_return (invoke "load8_off7" (i32.const 6)) (i32.const 0x06))
(assert_return (invoke "load8_off7" (i32.const 65528)) (i32.const 0))
(assert_trap (invoke "load8_off7" (i32.const 65529)) "out of bounds memory access")

(assert_trap (invoke "store16_off3" (i32.const 0)) "unaligned atomic")
(assert_return (invoke "store16_off3" (i32.const 3)))
(assert_return (invoke "load16_at_6") (i32.const 0x1234))

;; Constant addresses are checked too.
(assert_trap (invoke "or_at_6") "unaligned atomic")
(assert_return (invoke "or_at_8") (i32.const 0x04030201))

(assert_trap (invoke "cmpxchg_off2" (i32.const 0)) "unaligned atomic")
(assert_return (invoke "cmpxchg_off2" (i32.const 14)) (i64.const 0))
(assert_return (invoke "load64_off4" (i32.const 12)) (i64.const 1))

;; An offset past 2^31: the low bits of the offset still decide the alignment.
(assert_trap (invoke "xchg_big_offset" (i32.const 1)) "unaligned atomic")
(assert_trap (invoke "xchg_big_offset" (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "xchg_big_offset" (i32.const 0x7ffffffc)) "out of bounds memory access")

;; Wait and notify, on a shared memory: alignment, then bounds.
(assert_return (invoke "wait32_off2" (i32.const 2)) (i32.const 1))
(assert_trap (invoke "wait32_off2" (i32.const 0)) "unaligned atomic")
(assert_trap (invoke "wait32_off2" (i32.const 65534)) "out of bounds memory access")
(assert_return (invoke "wait64_off4" (i32.const 4)) (i32.const 1))
(assert_return (invoke "wait64_off4" (i32.const 65524)) (i32.const 2))
(assert_trap (invoke "wait64_off4" (i32.const 0)) "unaligned atomic")
(assert_trap (invoke "wait64_off4" (i32.const 65532)) "out of bounds memory access")
(assert_return (invoke "notify_off1" (i32.const 3)) (i32.const 0))
(assert_trap (invoke "notify_off1" (i32.const 0)) "unaligned atomic")
(assert_trap (invoke "notify_off1" (i32.const 65535)) "out of bounds memory access")

;; On an unshared memory, notify finds no waiter and wait traps (after the same
;; checks).
(module
  (memory 1 1)
  (func (export "notify") (param i32) (result i32)
    (memory.atomic.notify (local.get 0) (i32.const 1)))
  (func (export "wait32") (param i32) (result i32)
    (memory.atomic.wait32 (local.get 0) (i32.const 0) (i64.const 0)))
  (func (export "wait64") (param i32) (result i32)
    (memory.atomic.wait64 (local.get 0) (i64.const 0) (i64.const -1)))
  (func (export "add") (param i32) (result i32)
    (i32.atomic.rmw.add (local.get 0) (i32.const 1)))
)
(assert_return (invoke "notify" (i32.const 0)) (i32.const 0))
(assert_trap (invoke "notify" (i32.const 2)) "unaligned atomic")
(assert_trap (invoke "notify" (i32.const 65536)) "out of bounds memory access")
(assert_trap (invoke "wait32" (i32.const 0)) "expected shared memory")
(assert_trap (invoke "wait64" (i32.const 0)) "expected shared memory")
(assert_trap (invoke "wait64" (i32.const 4)) "unaligned atomic")
(assert_trap (invoke "wait32" (i32.const 65536)) "out of bounds memory access")
(assert_return (invoke "add" (i32.const 0)) (i32.const 0))
(assert_return (invoke "add" (i32.const 0)) (i32.const 1))
(assert_trap (invoke "add" (i32.const 1)) "unaligned atomic")
