;; `return_call_ref` is `call_ref`'s null check and then the same frame replacement as
;; `return_call`: ten million mutual tail calls through typed function references of
;; different arity run in constant stack, and a null reference traps before anything
;; is torn down.

(module
  (type $one (func (param i64) (result i64)))
  (type $three (func (param i64 i64 (ref $one)) (result i64)))
  (elem declare func $even $odd)
  (func $even (export "even") (type $one)
    (if (result i64) (i64.eqz (local.get 0))
      (then (i64.const 1))
      (else
        (return_call_ref $three
          (i64.sub (local.get 0) (i64.const 1)) (i64.const 7) (ref.func $even)
          (ref.func $odd)))))
  (func $odd (type $three)
    (if (i64.ne (local.get 1) (i64.const 7)) (then (unreachable)))
    (if (result i64) (i64.eqz (local.get 0))
      (then (i64.const 0))
      (else (return_call_ref $one (i64.sub (local.get 0) (i64.const 1)) (local.get 2)))))
  (func (export "null") (param i64) (result i64)
    (return_call_ref $one (local.get 0) (ref.null $one)))
)

(assert_return (invoke "even" (i64.const 10_000_000)) (i64.const 1))
(assert_return (invoke "even" (i64.const 10_000_001)) (i64.const 0))
(assert_trap (invoke "null" (i64.const 1)) "null function reference")
(assert_return (invoke "even" (i64.const 3)) (i64.const 0))
