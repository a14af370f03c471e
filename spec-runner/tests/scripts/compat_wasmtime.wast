;; options: compat-wasmtime
;; The conventions of wasmtime's `.wast` runner: a module with an id is importable
;; under that name without `register`, and `spectest` is wasmtime's.
(module $env
  (func (export "forty_two") (result i32) (i32.const 42))
  (memory (export "mem") 1))
(module
  (import "env" "forty_two" (func $f (result i32)))
  (import "env" "mem" (memory 1))
  (func (export "call") (result i32) (call $f)))
(assert_return (invoke "call") (i32.const 42))

;; A named instance of a module definition too.
(module definition $def (global (export "g") i32 (i32.const 7)))
(module instance $inst $def)
(module (import "inst" "g" (global i32)) (func (export "g") (result i32) (global.get 0)))
(assert_return (invoke "g") (i32.const 7))

;; An anonymous module is importable under no name.
(module (func (export "f")))
(assert_unlinkable (module (import "" "f" (func))) "unknown import")

;; wasmtime's spectest: the reference interpreter's functions, globals, table and
;; memory, no table64, and a shared memory of at most one page.
(module
  (import "spectest" "print" (func))
  (import "spectest" "print_i32" (func (param i32)))
  (import "spectest" "print_f64_f64" (func (param f64 f64)))
  (import "spectest" "global_i32" (global i32))
  (import "spectest" "global_f32" (global f32))
  (import "spectest" "table" (table 10 20 funcref))
  (import "spectest" "memory" (memory 1 2))
  (global (export "g") i32 (global.get 0)))
(assert_return (get "g") (i32.const 666))
(assert_unlinkable (module (import "spectest" "table64" (table i64 10 20 funcref))) "unknown import")
(module (import "spectest" "shared_memory" (memory 1 1 shared))) ;; FAIL[wasmi] module failed to compile
