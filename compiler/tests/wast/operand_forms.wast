;; Operands read in place: constant addresses folded into the displacement, constant
;; values stored as immediates, narrow signed loads into i32, frame slots as ALU and
;; compare operands, and `local.tee` keeping its value in a register.

(module
  (memory 1)
  (data (i32.const 0) "\80\ff\7f\01\fe\ff\ff\ff")

  ;; Constant addresses, with and without an offset, and the edge of the memory.
  (func (export "const-load") (result i32)
    (i32.load offset=4 (i32.const 0)))
  (func (export "const-load-offset") (result i32)
    (i32.load8_u offset=1 (i32.const 1)))
  (func (export "const-load-last") (result i32)
    (i32.load8_u (i32.const 65535)))
  (func (export "const-load-past-end") (result i32)
    (i32.load (i32.const 65533)))
  ;; A negative i32 is a large unsigned address, not a negative displacement.
  (func (export "const-load-negative") (result i32)
    (i32.load8_u (i32.const -1)))
  (func (export "const-load-huge-offset") (result i32)
    (i32.load8_u offset=0xffffffff (i32.const 1)))

  ;; Stores of constants of every width; a wide i64 immediate goes through a register.
  (func (export "store-consts") (result i64)
    (i32.store8 (i32.const 16) (i32.const 0x1ff))
    (i32.store16 offset=1 (i32.const 16) (i32.const -2))
    (i64.store32 (i32.const 20) (i64.const 0x1_2345_6789))
    (i64.store (i32.const 24) (i64.const -3))
    (i64.store (i32.const 32) (i64.const 0x7fff_ffff_ffff_ffff))
    (i64.add
      (i64.add (i64.load (i32.const 16)) (i64.load (i32.const 24)))
      (i64.load (i32.const 32))))
  (func (export "store-const-past-end")
    (i64.store (i32.const 65530) (i64.const 1)))
  (func (export "store-const-dynamic") (param i32) (result i32)
    (i32.store16 (local.get 0) (i32.const 0xabcd))
    (i32.load16_u (local.get 0)))

  ;; Narrow signed loads into an i32 keep the upper half of the register zero: the
  ;; result is used as an address and compared as an i64.
  (func (export "load8-s") (result i64)
    (i64.extend_i32_u (i32.load8_s (i32.const 0))))
  (func (export "load16-s") (result i64)
    (i64.extend_i32_u (i32.load16_s (i32.const 4))))
  (func (export "load8-s-as-address") (result i32)
    (i32.load8_u (i32.load8_s (i32.const 0))))

  ;; Frame slots (locals that are not pinned, under pressure) as the right operand.
  (func (export "slot-operands") (param i32 i32 i32 i32 i32 i32) (result i32)
    (local i64 i64)
    (local.set 6 (i64.extend_i32_s (local.get 4)))
    (local.set 7 (i64.extend_i32_s (local.get 5)))
    (i32.add
      (i32.add
        (i32.add (i32.sub (local.get 0) (local.get 1))
                 (i32.mul (local.get 2) (local.get 3)))
        (i32.xor (i32.or (local.get 0) (local.get 4)) (i32.and (local.get 5) (local.get 1))))
      (i32.add
        (i32.wrap_i64 (i64.sub (local.get 6) (local.get 7)))
        (i32.add (i32.lt_s (local.get 4) (local.get 5))
                 (i64.gt_u (local.get 6) (local.get 7))))))

  ;; `local.tee` of a register value and of a constant; later reads see the new value
  ;; while reads taken before the tee keep the old one.
  (func (export "tee") (param i32 i32 i32 i32 i32) (result i32)
    (local i32)
    (local.set 5 (i32.const 7))
    (local.get 5)
    (local.tee 5 (i32.add (local.get 0) (local.get 1)))
    (i32.mul (local.get 5))
    (i32.add)
    (local.tee 5 (i32.const 100))
    (i32.add)
    (i32.add (local.get 5)))
)

(assert_return (invoke "const-load") (i32.const -2))
(assert_return (invoke "const-load-offset") (i32.const 0x7f))
(assert_return (invoke "const-load-last") (i32.const 0))
(assert_trap (invoke "const-load-past-end") "out of bounds memory access")
(assert_trap (invoke "const-load-negative") "out of bounds memory access")
(assert_trap (invoke "const-load-huge-offset") "out of bounds memory access")
(assert_return (invoke "store-consts") (i64.const 0xa345678900fffefb))
(assert_trap (invoke "store-const-past-end") "out of bounds memory access")
(assert_return (invoke "store-const-dynamic" (i32.const 100)) (i32.const 0xabcd))
(assert_trap (invoke "store-const-dynamic" (i32.const 65535)) "out of bounds memory access")
(assert_return (invoke "load8-s") (i64.const 0xffff_ff80))
(assert_return (invoke "load16-s") (i64.const 0xffff_fffe))
(assert_trap (invoke "load8-s-as-address") "out of bounds memory access")
(assert_return (invoke "slot-operands" (i32.const 10) (i32.const 3) (i32.const 4) (i32.const 5) (i32.const -6) (i32.const 9))
  (i32.const 9))
(assert_return (invoke "tee" (i32.const 1) (i32.const 2) (i32.const 3) (i32.const 4) (i32.const 5))
  (i32.const 216))
