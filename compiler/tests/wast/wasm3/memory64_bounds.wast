;; 64-bit memories are bounds-checked explicitly: the end of each access
;; (address + offset + size, where a carry traps) is compared with the memory's
;; length. These pin the edges the spec suite leaves out: the last bytes of a page
;; and of 4 GiB, addresses and offsets at and past 2^32 and near 2^64 (where
;; address + offset wraps), every access size, and growth to the maximum and past it.

(module
  (memory i64 1)
  (func (export "load8") (param i64) (result i32) (i32.load8_u (local.get 0)))
  (func (export "load16") (param i64) (result i32) (i32.load16_u (local.get 0)))
  (func (export "load32") (param i64) (result i32) (i32.load (local.get 0)))
  (func (export "load64") (param i64) (result i64) (i64.load (local.get 0)))
  (func (export "load128") (param i64) (result i64)
    (i64x2.extract_lane 1 (v128.load (local.get 0))))
  (func (export "load_lane") (param i64) (result i64)
    (i64x2.extract_lane 0 (v128.load64_lane 0 (local.get 0) (v128.const i64x2 0 0))))
  (func (export "store32") (param i64 i32) (i32.store (local.get 0) (local.get 1)))
  (func (export "store_lane") (param i64)
    (v128.store32_lane 3 (local.get 0) (v128.const i32x4 0 0 0 0x01020304)))
  (func (export "offset4") (param i64) (result i32) (i32.load offset=4 (local.get 0)))
  (func (export "offset_4g") (param i64) (result i32)
    (i32.load8_u offset=0x1_0000_0000 (local.get 0)))
  (func (export "offset_max") (param i64) (result i32)
    (i32.load8_u offset=0xffff_ffff_ffff_ffff (local.get 0)))
  (func (export "offset_near_max") (param i64) (result i32)
    (i32.load offset=0xffff_ffff_ffff_fffc (local.get 0)))
  (func (export "const_last") (result i32) (i32.load8_u (i64.const 0xffff)))
  (func (export "const_past") (result i32) (i32.load8_u (i64.const 0x10000)))
  (func (export "const_4g") (result i32) (i32.load8_u (i64.const 0x1_0000_0000)))
  (func (export "const_wrap") (result i32) (i32.load offset=8 (i64.const -4)))
  (data (i64.const 0xfff8) "\01\02\03\04\05\06\07\08"))

;; The last bytes of the page, each size.
(assert_return (invoke "load8" (i64.const 0xffff)) (i32.const 0x08))
(assert_trap (invoke "load8" (i64.const 0x10000)) "out of bounds memory access")
(assert_return (invoke "load16" (i64.const 0xfffe)) (i32.const 0x0807))
(assert_trap (invoke "load16" (i64.const 0xffff)) "out of bounds memory access")
(assert_return (invoke "load32" (i64.const 0xfffc)) (i32.const 0x08070605))
(assert_trap (invoke "load32" (i64.const 0xfffd)) "out of bounds memory access")
(assert_return (invoke "load64" (i64.const 0xfff8)) (i64.const 0x0807060504030201))
(assert_trap (invoke "load64" (i64.const 0xfff9)) "out of bounds memory access")
(assert_return (invoke "load128" (i64.const 0xfff0)) (i64.const 0x0807060504030201))
(assert_trap (invoke "load128" (i64.const 0xfff1)) "out of bounds memory access")
(assert_return (invoke "load_lane" (i64.const 0xfff8)) (i64.const 0x0807060504030201))
(assert_trap (invoke "load_lane" (i64.const 0xfff9)) "out of bounds memory access")
(assert_return (invoke "store_lane" (i64.const 0xfffc)))
(assert_return (invoke "load32" (i64.const 0xfffc)) (i32.const 0x01020304))
(assert_trap (invoke "store_lane" (i64.const 0xfffd)) "out of bounds memory access")
(assert_trap (invoke "store32" (i64.const 0xfffd) (i32.const 1)) "out of bounds memory access")
;; A trapping store writes nothing.
(assert_return (invoke "load32" (i64.const 0xfffc)) (i32.const 0x01020304))

;; With an offset, the end of the access counts.
(assert_return (invoke "offset4" (i64.const 0xfff8)) (i32.const 0x01020304))
(assert_trap (invoke "offset4" (i64.const 0xfff9)) "out of bounds memory access")

;; Addresses at and past 2^32 are not truncated, and near 2^64 they do not wrap.
(assert_trap (invoke "load8" (i64.const 0x1_0000_0000)) "out of bounds memory access")
(assert_trap (invoke "load8" (i64.const 0x1_0000_0000_0000)) "out of bounds memory access")
(assert_trap (invoke "load8" (i64.const -1)) "out of bounds memory access")
(assert_trap (invoke "load32" (i64.const -4)) "out of bounds memory access")
(assert_trap (invoke "load32" (i64.const -2)) "out of bounds memory access")
(assert_trap (invoke "load128" (i64.const -16)) "out of bounds memory access")
(assert_trap (invoke "load128" (i64.const -8)) "out of bounds memory access")
(assert_trap (invoke "offset4" (i64.const -4)) "out of bounds memory access")
(assert_trap (invoke "offset4" (i64.const -8)) "out of bounds memory access")

;; Offsets that do not fit 32 bits, up to 2^64 - 1.
(assert_trap (invoke "offset_4g" (i64.const 0)) "out of bounds memory access")
(assert_trap (invoke "offset_4g" (i64.const -0x1_0000_0000)) "out of bounds memory access")
(assert_trap (invoke "offset_max" (i64.const 0)) "out of bounds memory access")
(assert_trap (invoke "offset_max" (i64.const 1)) "out of bounds memory access")
(assert_trap (invoke "offset_near_max" (i64.const 0)) "out of bounds memory access")
(assert_trap (invoke "offset_near_max" (i64.const 4)) "out of bounds memory access")
(assert_trap (invoke "offset_near_max" (i64.const 8)) "out of bounds memory access")

;; Constant addresses.
(assert_return (invoke "const_last") (i32.const 0x01))
(assert_trap (invoke "const_past") "out of bounds memory access")
(assert_trap (invoke "const_4g") "out of bounds memory access")
(assert_trap (invoke "const_wrap") "out of bounds memory access")

;; A memory of 4 GiB: its last bytes are reachable, 2^32 is not.
(module
  (memory i64 0x10000 0x10000)
  (func (export "load32") (param i64) (result i32) (i32.load (local.get 0)))
  (func (export "store8") (param i64 i32) (i32.store8 (local.get 0) (local.get 1)))
  (func (export "load_off") (param i64) (result i32)
    (i32.load8_u offset=0xffff_ffff (local.get 0)))
  (func (export "grow") (param i64) (result i64) (memory.grow (local.get 0)))
  (func (export "size") (result i64) (memory.size)))

(assert_return (invoke "store8" (i64.const 0xffff_ffff) (i32.const 0x2a)))
(assert_return (invoke "load32" (i64.const 0xffff_fffc)) (i32.const 0x2a000000))
(assert_trap (invoke "load32" (i64.const 0xffff_fffd)) "out of bounds memory access")
(assert_trap (invoke "store8" (i64.const 0x1_0000_0000) (i32.const 1)) "out of bounds memory access")
(assert_return (invoke "load_off" (i64.const 0)) (i32.const 0x2a))
(assert_trap (invoke "load_off" (i64.const 1)) "out of bounds memory access")
(assert_return (invoke "size") (i64.const 0x10000))
(assert_return (invoke "grow" (i64.const 0)) (i64.const 0x10000))
(assert_return (invoke "grow" (i64.const 1)) (i64.const -1))

;; Growth to the declared maximum, then past it, by amounts that do not fit 32 bits.
(module
  (memory i64 0 3)
  (func (export "grow") (param i64) (result i64) (memory.grow (local.get 0)))
  (func (export "size") (result i64) (memory.size))
  (func (export "load8") (param i64) (result i32) (i32.load8_u (local.get 0))))

(assert_trap (invoke "load8" (i64.const 0)) "out of bounds memory access")
(assert_return (invoke "grow" (i64.const 0x1_0000_0001)) (i64.const -1))
(assert_return (invoke "grow" (i64.const -1)) (i64.const -1))
(assert_return (invoke "grow" (i64.const 2)) (i64.const 0))
(assert_return (invoke "load8" (i64.const 0x1ffff)) (i32.const 0))
(assert_trap (invoke "load8" (i64.const 0x20000)) "out of bounds memory access")
(assert_return (invoke "grow" (i64.const 1)) (i64.const 2))
(assert_return (invoke "load8" (i64.const 0x2ffff)) (i32.const 0))
(assert_return (invoke "grow" (i64.const 1)) (i64.const -1))
(assert_return (invoke "size") (i64.const 3))

;; Without a maximum, growth past 2^32 pages fails cleanly.
(module
  (memory i64 1)
  (func (export "grow") (param i64) (result i64) (memory.grow (local.get 0))))

(assert_return (invoke "grow" (i64.const 0x1_0000_0000)) (i64.const -1))
(assert_return (invoke "grow" (i64.const 0x8000_0000_0000_0000)) (i64.const -1))
(assert_return (invoke "grow" (i64.const 1)) (i64.const 1))
