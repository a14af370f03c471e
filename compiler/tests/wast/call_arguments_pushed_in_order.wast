;; A call's arguments are pushed in order straight into their slots: constants with
;; `push imm` (or through the scratch register when they do not sign-extend from 32
;; bits), locals that live in the frame with `push qword [slot]`, registers with
;; `push reg`. Constants of every type sit between register and frame values here,
;; some arguments are already spilled before the call, and a loop's parameters take
;; the same path.

(module
  (func $args (param i32 i64 f32 f64 i64 i32 i64 f64 i32) (result i64)
    (i64.add
      (i64.add
        (i64.add (i64.extend_i32_u (local.get 0)) (local.get 1))
        (i64.add (i64.trunc_f32_s (local.get 2)) (i64.trunc_f64_s (local.get 3))))
      (i64.add
        (i64.add (local.get 4) (i64.extend_i32_s (local.get 5)))
        (i64.add (local.get 6)
          (i64.add (i64.trunc_f64_s (local.get 7)) (i64.extend_i32_u (local.get 8)))))))

  ;; Every argument a constant: small, 32-bit, negative and 64-bit values, and float
  ;; bit patterns with the top bit set.
  (func (export "constants") (result i64)
    (call $args (i32.const 7) (i64.const -2) (f32.const -1.5) (f64.const 100.75)
                (i64.const 0x1_0000_0000) (i32.const -1) (i64.const 0x7fff_ffff)
                (f64.const -0.0) (i32.const 0x8000_0000)))

  ;; Constants between register values, frame locals and a float register.
  (func (export "mixed") (param $p i32) (param $q i64) (result i64)
    (local $frame i64) (local $f f64)
    (local.set $frame (i64.const 1000))
    (local.set $f (f64.const 0.5))
    (call $args (i32.add (local.get $p) (i32.const 1)) (i64.const 20)
                (f32.const 3.0) (f64.add (local.get $f) (f64.const 4.0))
                (local.get $frame) (i32.const -5) (i64.mul (local.get $q) (i64.const 3))
                (f64.const 8.0) (local.get $p)))

  ;; An inner call's result and an outer call's arguments: the first arguments are
  ;; spilled (made settled) by the inner call before the constants after it.
  (func (export "nested") (param $p i64) (result i64)
    (call $args (i32.const 1) (local.get $p) (f32.const 2.0) (f64.const 3.0)
                (call $args (i32.const 10) (i64.const 20) (f32.const 30.0)
                            (f64.const 40.0) (i64.const 50) (i32.const 60)
                            (i64.const 70) (f64.const 80.0) (i32.const 90))
                (i32.const 6) (i64.const 0x1234_5678_9abc) (f64.const 9.0) (i32.const 4)))

  ;; A loop whose parameters are constants and a register value.
  (func (export "loop_params") (param $n i32) (result i64)
    (i64.const 5) (i32.const -3) (local.get $n)
    (loop $l (param i64 i32 i32) (result i64)
      (local.set $n)
      (i32.add (i32.const 1))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (i64.extend_i32_s)
      (i64.add)
      (i32.const 0)
      (local.get $n)
      (br_if $l (local.get $n))
      (drop) (drop)))
)

(assert_return (invoke "constants")
  (i64.const 8589934694))
(assert_return (invoke "mixed" (i32.const 40) (i64.const 9))
  (i64.const 1138))
(assert_return (invoke "nested" (i64.const 100))
  (i64.const 20015998344443))
(assert_return (invoke "loop_params" (i32.const 4)) (i64.const 6))
