;; Tail calls into imported functions: wasm of another instance (the jump switches
;; `VMContext`, and the first caller must find its own again after the return, also
;; after a direct call whose callee tail-called away) and host functions (through the
;; host-call stub, which must learn the calling instance without a frame of the tail
;; caller). Mutual tail recursion across two instances, through an import one way and
;; a shared table the other, runs in constant stack.

(module $A
  (type $step (func (param i64 i64) (result i64)))
  (global $g (mut i32) (i32.const 100))
  (table $t (export "table") 2 funcref)
  ;; Reads A's global: runs with A's `VMContext` whoever tail-called it.
  (func (export "add_g") (param i32) (result i32)
    (i32.add (local.get 0) (global.get $g)))
  (func (export "many")
    (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64 i64)
    (i64.add (local.get 0) (local.get 9))
    (i64.add (i64.extend_i32_u (global.get $g)) (local.get 5)))
  (func $a_step (export "a_step") (param $n i64) (result i64)
    (if (result i64) (i64.eqz (local.get $n))
      (then (i64.extend_i32_u (global.get $g)))
      (else
        (return_call_indirect $t (type $step)
          (i64.sub (local.get $n) (i64.const 1)) (i64.const 3) (i32.const 1)))))
)
(register "A" $A)

(module $B
  (type $step (func (param i64 i64) (result i64)))
  (import "A" "add_g" (func $add_g (param i32) (result i32)))
  (import "A" "many"
    (func $many (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64 i64)))
  (import "A" "a_step" (func $a_step (param i64) (result i64)))
  (import "A" "table" (table $t 2 funcref))
  (import "spectest" "print_i32" (func $print (param i32)))
  (global $mine (mut i32) (i32.const 7))
  (memory 1)
  (data (i32.const 0) "\2a")
  (elem (table $t) (i32.const 1) func $b_step)

  ;; B's side of the ping-pong: checks it runs with B's `VMContext`.
  (func $b_step (type $step)
    (if (i64.ne (local.get 1) (i64.const 3)) (then (unreachable)))
    (if (i32.ne (global.get $mine) (i32.const 7)) (then (unreachable)))
    (return_call $a_step (local.get 0)))
  (func (export "ping") (param i64) (result i64)
    (return_call $a_step (local.get 0)))

  ;; Called by the host, the import returns straight to the entry trampoline.
  (func $tail_add (export "tail_add") (param i32) (result i32)
    (return_call $add_g (local.get 0)))
  ;; Called directly, `$tail_add` returns with A's `VMContext`: B's global and memory
  ;; must still be B's afterwards.
  (func (export "call_tail_add") (param i32) (result i32)
    (i32.add (call $tail_add (local.get 0))
      (i32.add (global.get $mine) (i32.load8_u (i32.const 0)))))

  ;; One parameter to ten, with two results, across instances.
  (func $tail_many (param $x i64) (result i64 i64)
    (return_call $many
      (local.get $x) (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4)
      (i64.const 5) (i64.const 6) (i64.const 7) (i64.const 8) (i64.const 9)))
  (func (export "tail_many") (param i64) (result i64 i64)
    (return_call $tail_many (local.get 0)))
  (func (export "call_tail_many") (param i64) (result i64)
    (i64.add
      (i64.add (call $tail_many (local.get 0)))
      (i64.extend_i32_u (global.get $mine))))

  ;; A host function: called by the host, then directly.
  (func $tail_print (export "tail_print") (param i32)
    (return_call $print (local.get 0)))
  (func (export "call_tail_print") (param i32) (result i32)
    (call $tail_print (local.get 0))
    (i32.add (global.get $mine) (i32.load8_u (i32.const 0))))
)

(assert_return (invoke "tail_add" (i32.const 1)) (i32.const 101))
(assert_return (invoke "call_tail_add" (i32.const 1)) (i32.const 150))
(assert_return (invoke "tail_many" (i64.const 10)) (i64.const 19) (i64.const 105))
(assert_return (invoke "call_tail_many" (i64.const 10)) (i64.const 131))
(assert_return (invoke "tail_print" (i32.const 5)))
(assert_return (invoke "call_tail_print" (i32.const 5)) (i32.const 49))
(assert_return (invoke "ping" (i64.const 0)) (i64.const 100))
(assert_return (invoke "ping" (i64.const 3)) (i64.const 100))
(assert_return (invoke "ping" (i64.const 2_000_000)) (i64.const 100))
(assert_return (invoke $A "a_step" (i64.const 2_000_001)) (i64.const 100))
