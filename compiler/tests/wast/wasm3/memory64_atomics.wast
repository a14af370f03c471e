;; Atomic operators on 64-bit memories: the address is an `i64`, checked explicitly
;; (end of the access against the length, a carry of index + offset traps), after
;; the alignment check of the full 64-bit effective address. Wait and notify add the
;; offset in 64 bits and trap when it carries.

(module
  (memory i64 1 2 shared)
  (func (export "grow") (param i64) (result i64) (memory.grow (local.get 0)))
  (func (export "load") (param i64) (result i64) (i64.atomic.load (local.get 0)))
  (func (export "load_off") (param i64) (result i32)
    (i32.atomic.load offset=0xfffffffffffffffc (local.get 0)))
  (func (export "store16") (param i64 i32) (i32.atomic.store16 (local.get 0) (local.get 1)))
  (func (export "add8") (param i64 i64) (result i64)
    (i64.atomic.rmw8.add_u offset=1 (local.get 0) (local.get 1)))
  (func (export "xor32") (param i64 i64) (result i64)
    (i64.atomic.rmw32.xor_u (local.get 0) (local.get 1)))
  (func (export "cmpxchg") (param i64 i64 i64) (result i64)
    (i64.atomic.rmw.cmpxchg offset=8 (local.get 0) (local.get 1) (local.get 2)))
  ;; The same local, checked by a plain load first: the atomic access is checked
  ;; again, and its result feeds the plain one.
  (func (export "plain_then_atomic") (param i64) (result i64)
    (i64.add (i64.load (local.get 0)) (i64.atomic.rmw.add (local.get 0) (i64.const 1))))
  (func (export "wait32") (param i64 i32) (result i32)
    (memory.atomic.wait32 offset=4 (local.get 0) (local.get 1) (i64.const 0)))
  (func (export "wait64_far") (param i64) (result i32)
    (memory.atomic.wait64 offset=0xfffffffffffffff8 (local.get 0) (i64.const 0) (i64.const 0)))
  (func (export "notify") (param i64) (result i32)
    (memory.atomic.notify (local.get 0) (i32.const 0xffffffff)))
)

(assert_return (invoke "store16" (i64.const 65534) (i32.const 0xabcd)))
(assert_return (invoke "load" (i64.const 65528)) (i64.const 0xabcd000000000000))
(assert_trap (invoke "load" (i64.const 65532)) "unaligned atomic")
(assert_trap (invoke "load" (i64.const 65536)) "out of bounds memory access")
(assert_trap (invoke "load" (i64.const 0x100000000)) "out of bounds memory access")
(assert_trap (invoke "load" (i64.const 0xfffffffffffffff8)) "out of bounds memory access")
(assert_trap (invoke "store16" (i64.const 65536) (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "store16" (i64.const 0x10000000000000) (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "store16" (i64.const 1) (i32.const 0)) "unaligned atomic")

;; index + offset is past 2^64 (a carry) or past the end.
(assert_trap (invoke "load_off" (i64.const 4)) "out of bounds memory access")
(assert_trap (invoke "load_off" (i64.const 8)) "out of bounds memory access")
(assert_trap (invoke "load_off" (i64.const 5)) "unaligned atomic")
(assert_trap (invoke "load_off" (i64.const 0)) "out of bounds memory access")

(assert_return (invoke "add8" (i64.const 65534) (i64.const 0x1ff)) (i64.const 0xab))
(assert_return (invoke "load" (i64.const 65528)) (i64.const 0xaacd000000000000))
(assert_trap (invoke "add8" (i64.const 65535) (i64.const 1)) "out of bounds memory access")
(assert_return (invoke "xor32" (i64.const 65532) (i64.const 0xffffffff0000ffff)) (i64.const 0xaacd0000))
(assert_return (invoke "load" (i64.const 65528)) (i64.const 0xaacdffff00000000))

(assert_return (invoke "cmpxchg" (i64.const 65520) (i64.const 0xaacdffff00000000) (i64.const 7)) (i64.const 0xaacdffff00000000))
(assert_return (invoke "load" (i64.const 65528)) (i64.const 7))
(assert_trap (invoke "cmpxchg" (i64.const 65524) (i64.const 0) (i64.const 0)) "unaligned atomic")
(assert_trap (invoke "cmpxchg" (i64.const 65528) (i64.const 0) (i64.const 0)) "out of bounds memory access")

(assert_return (invoke "plain_then_atomic" (i64.const 65528)) (i64.const 14))
(assert_return (invoke "load" (i64.const 65528)) (i64.const 8))
(assert_trap (invoke "plain_then_atomic" (i64.const 65529)) "out of bounds memory access")
(assert_trap (invoke "plain_then_atomic" (i64.const 65521)) "unaligned atomic")

(assert_return (invoke "wait32" (i64.const 65524) (i32.const 8)) (i32.const 2))
(assert_return (invoke "wait32" (i64.const 65524) (i32.const 9)) (i32.const 1))
(assert_trap (invoke "wait32" (i64.const 65532) (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "wait32" (i64.const 65526) (i32.const 0)) "unaligned atomic")
(assert_trap (invoke "wait64_far" (i64.const 8)) "out of bounds memory access")
(assert_trap (invoke "wait64_far" (i64.const 0)) "out of bounds memory access")
(assert_return (invoke "notify" (i64.const 65532)) (i32.const 0))
(assert_trap (invoke "notify" (i64.const 65536)) "out of bounds memory access")
(assert_trap (invoke "notify" (i64.const 0x8000000000000000)) "out of bounds memory access")

;; After growth the new page is reachable, from the same compiled code.
(assert_return (invoke "grow" (i64.const 1)) (i64.const 1))
(assert_return (invoke "load" (i64.const 65536)) (i64.const 0))
(assert_return (invoke "add8" (i64.const 131070) (i64.const 5)) (i64.const 0))
(assert_return (invoke "load" (i64.const 131064)) (i64.const 0x0500000000000000))
(assert_trap (invoke "load" (i64.const 131072)) "out of bounds memory access")
(assert_return (invoke "grow" (i64.const 1)) (i64.const -1))
