;; A memory of one-byte pages ends anywhere inside a host page, where no guard page
;; can catch an access: its accesses are checked explicitly (the memory64 path, on a
;; zero-extended i32 address). These pin the end of such a memory for each access
;; size and with offsets, after growth too, its bulk operations, and that imports
;; check the page size.

(module
  (memory 5 (pagesize 1))
  (data (i32.const 0) "\01\02\03\04\05")
  (func (export "load8") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "load16") (param i32) (result i32) (i32.load16_u (local.get 0)))
  (func (export "load32") (param i32) (result i32) (i32.load (local.get 0)))
  (func (export "load32_off") (param i32) (result i32) (i32.load offset=1 (local.get 0)))
  (func (export "load64") (param i32) (result i64) (i64.load (local.get 0)))
  (func (export "load128") (param i32) (result i32)
    (i32x4.extract_lane 0 (v128.load (local.get 0))))
  (func (export "store8") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))
  (func (export "const_last") (result i32) (i32.load8_u (i32.const 4)))
  (func (export "const_past") (result i32) (i32.load8_u (i32.const 5)))
  (func (export "high") (result i32) (i32.load8_u (i32.const -1)))
  (func (export "fill") (param i32 i32) (memory.fill (local.get 0) (i32.const 9) (local.get 1)))
  (func (export "size") (result i32) (memory.size))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))

(assert_return (invoke "size") (i32.const 5))
(assert_return (invoke "load8" (i32.const 4)) (i32.const 5))
(assert_trap (invoke "load8" (i32.const 5)) "out of bounds memory access")
(assert_return (invoke "load16" (i32.const 3)) (i32.const 0x0504))
(assert_trap (invoke "load16" (i32.const 4)) "out of bounds memory access")
(assert_return (invoke "load32" (i32.const 1)) (i32.const 0x05040302))
(assert_trap (invoke "load32" (i32.const 2)) "out of bounds memory access")
(assert_return (invoke "load32_off" (i32.const 0)) (i32.const 0x05040302))
(assert_trap (invoke "load32_off" (i32.const 1)) "out of bounds memory access")
(assert_trap (invoke "load64" (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "load128" (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "store8" (i32.const 5) (i32.const 1)) "out of bounds memory access")
(assert_return (invoke "const_last") (i32.const 5))
(assert_trap (invoke "const_past") "out of bounds memory access")
(assert_trap (invoke "high") "out of bounds memory access")
(assert_return (invoke "fill" (i32.const 3) (i32.const 2)))
(assert_return (invoke "load8" (i32.const 4)) (i32.const 9))
(assert_trap (invoke "fill" (i32.const 4) (i32.const 2)) "out of bounds memory access")

;; Growth by a few bytes moves the end by exactly that much.
(assert_return (invoke "grow" (i32.const 3)) (i32.const 5))
(assert_return (invoke "size") (i32.const 8))
(assert_return (invoke "load64" (i32.const 0)) (i64.const 0x0000_0009_0903_0201))
(assert_trap (invoke "load64" (i32.const 1)) "out of bounds memory access")
(assert_return (invoke "load8" (i32.const 7)) (i32.const 0))
(assert_trap (invoke "load8" (i32.const 8)) "out of bounds memory access")
(assert_return (invoke "grow" (i32.const 0x1_0000)) (i32.const 8))
(assert_return (invoke "load128" (i32.const 0xfff8)) (i32.const 0))
(assert_trap (invoke "load128" (i32.const 0xfff9)) "out of bounds memory access")

;; A declared maximum in bytes.
(module
  (memory 1 3 (pagesize 1))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "load8") (param i32) (result i32) (i32.load8_u (local.get 0))))
(assert_return (invoke "grow" (i32.const 3)) (i32.const -1))
(assert_return (invoke "grow" (i32.const 2)) (i32.const 1))
(assert_return (invoke "load8" (i32.const 2)) (i32.const 0))
(assert_trap (invoke "load8" (i32.const 3)) "out of bounds memory access")
(assert_return (invoke "grow" (i32.const 1)) (i32.const -1))
(assert_return (invoke "grow" (i32.const -1)) (i32.const -1))

;; A 64-bit memory of one-byte pages.
(module
  (memory i64 2 (pagesize 1))
  (func (export "load16") (param i64) (result i32) (i32.load16_u (local.get 0)))
  (func (export "size") (result i64) (memory.size)))
(assert_return (invoke "size") (i64.const 2))
(assert_return (invoke "load16" (i64.const 0)) (i32.const 0))
(assert_trap (invoke "load16" (i64.const 1)) "out of bounds memory access")
(assert_trap (invoke "load16" (i64.const 0x1_0000_0000)) "out of bounds memory access")

;; Imports match page sizes exactly.
(module (memory (export "small") 1 (pagesize 1)) (memory (export "large") 1))
(register "pages")
(module (import "pages" "small" (memory 1 (pagesize 1))))
(module (import "pages" "large" (memory 1 (pagesize 65536))))
(assert_unlinkable (module (import "pages" "small" (memory 1))) "incompatible import type")
(assert_unlinkable
  (module (import "pages" "large" (memory 1 (pagesize 1))))
  "incompatible import type")
