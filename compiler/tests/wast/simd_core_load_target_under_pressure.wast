;; A load whose destination register has to be freed by spilling while a lazy read
;; of an integer local is on the stack: the spill must not clobber the address base.

(module
  (memory 1)
  (data (i32.const 8) "\00\00\00\00\00\00\f0\3f")
  (data (i32.const 16) "\01\00\00\00\02\00\00\00\03\00\00\00\04\00\00\00")
  (func (export "f64-load") (param i32) (result f64)
    (f64.convert_i32_s (i32.add (local.get 0) (i32.const 0)))
    (f64.convert_i32_s (i32.add (local.get 0) (i32.const 1)))
    (f64.convert_i32_s (i32.add (local.get 0) (i32.const 2)))
    (f64.convert_i32_s (i32.add (local.get 0) (i32.const 3)))
    (f64.convert_i32_s (i32.add (local.get 0) (i32.const 4)))
    (f64.convert_i32_s (i32.add (local.get 0) (i32.const 5)))
    (f64.convert_i32_s (i32.add (local.get 0) (i32.const 6)))
    (f64.convert_i32_s (i32.add (local.get 0) (i32.const 7)))
    (f64.convert_i32_s (i32.add (local.get 0) (i32.const 8)))
    (f64.convert_i32_s (i32.add (local.get 0) (i32.const 9)))
    (f64.convert_i32_s (i32.add (local.get 0) (i32.const 10)))
    (f64.convert_i32_s (i32.add (local.get 0) (i32.const 11)))
    (f64.convert_i32_s (i32.add (local.get 0) (i32.const 12)))
    (f64.convert_i32_s (i32.add (local.get 0) (i32.const 13)))
    (f64.convert_i32_s (i32.add (local.get 0) (i32.const 14)))
    (local.get 0)
    (f64.load (i32.const 8))
    (drop)
    (f64.convert_i32_s)
    f64.add
    f64.add
    f64.add
    f64.add
    f64.add
    f64.add
    f64.add
    f64.add
    f64.add
    f64.add
    f64.add
    f64.add
    f64.add
    f64.add
    f64.add)
  (func (export "v128-load") (param i32) (result v128)
    (i32x4.splat (i32.add (local.get 0) (i32.const 0)))
    (i32x4.splat (i32.add (local.get 0) (i32.const 1)))
    (i32x4.splat (i32.add (local.get 0) (i32.const 2)))
    (i32x4.splat (i32.add (local.get 0) (i32.const 3)))
    (i32x4.splat (i32.add (local.get 0) (i32.const 4)))
    (i32x4.splat (i32.add (local.get 0) (i32.const 5)))
    (i32x4.splat (i32.add (local.get 0) (i32.const 6)))
    (i32x4.splat (i32.add (local.get 0) (i32.const 7)))
    (i32x4.splat (i32.add (local.get 0) (i32.const 8)))
    (i32x4.splat (i32.add (local.get 0) (i32.const 9)))
    (i32x4.splat (i32.add (local.get 0) (i32.const 10)))
    (i32x4.splat (i32.add (local.get 0) (i32.const 11)))
    (i32x4.splat (i32.add (local.get 0) (i32.const 12)))
    (i32x4.splat (i32.add (local.get 0) (i32.const 13)))
    (i32x4.splat (i32.add (local.get 0) (i32.const 14)))
    (local.get 0)
    (v128.load (i32.const 16))
    (drop)
    (i32x4.splat)
    i32x4.add
    i32x4.add
    i32x4.add
    i32x4.add
    i32x4.add
    i32x4.add
    i32x4.add
    i32x4.add
    i32x4.add
    i32x4.add
    i32x4.add
    i32x4.add
    i32x4.add
    i32x4.add
    i32x4.add)
)

(assert_return (invoke "f64-load" (i32.const 1)) (f64.const 121))
(assert_return (invoke "v128-load" (i32.const 1)) (v128.const i32x4 121 121 121 121))
