;; In a body that calls nothing, locals take the caller-saved registers first (nothing has
;; to save r10, r9 and r8), even those used only a few times, which leaves the value stack
;; three registers fewer. Seven locals and the memory base are pinned here; a deep
;; expression tree then needs more registers than are left, and the pinned values must
;; survive its spills.

(module
  (memory 1)
  (func (export "mix") (param $a i32) (param $b i32) (param $c i32)
                       (param $d i32) (param $e i32) (param $f i32) (result i32)
    (local $i i32)
    (loop $l
      (i32.store (i32.const 0)
        (i32.add
          (i32.mul (i32.add (local.get $a) (local.get $b))
                   (i32.sub (local.get $c) (i32.xor (local.get $d) (i32.load (i32.const 0)))))
          (i32.add
            (i32.mul (i32.add (local.get $e) (local.get $f))
                     (i32.add (i32.load (i32.const 4)) (i32.load (i32.const 8))))
            (i32.xor
              (i32.rotl (local.get $a) (local.get $b))
              (i32.and (i32.load (i32.const 12))
                       (i32.or (local.get $c) (i32.shl (local.get $e) (local.get $d))))))))
      (local.set $a (i32.add (local.get $a) (i32.const 1)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 3))))
    (i32.add
      (i32.load (i32.const 0))
      (i32.add (local.get $a) (i32.add (local.get $f) (local.get $e)))))
  (func (export "init")
    (i32.store (i32.const 4) (i32.const 5))
    (i32.store (i32.const 8) (i32.const 6))
    (i32.store (i32.const 12) (i32.const 0xff))))

(invoke "init")
(assert_return (invoke "mix" (i32.const 1) (i32.const 2) (i32.const 30) (i32.const 4)
                             (i32.const 5) (i32.const 6))
               (i32.const 4573))
