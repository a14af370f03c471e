;; Without `--compat wasmtime`, a module id names the instance for the script's own
;; directives only: importing from it needs `register`, and `spectest` is the
;; reference interpreter's (with table64, and a shared memory of up to two pages).
(module $env (func (export "forty_two") (result i32) (i32.const 42)))
(assert_unlinkable (module (import "env" "forty_two" (func (result i32)))) "unknown import")
(register "env" $env)
(module (import "env" "forty_two" (func (result i32))))
(module (import "spectest" "table64" (table i64 10 20 funcref)))
(module (import "spectest" "shared_memory" (memory 1 2 shared))) ;; FAIL[wasmi] module failed to compile
(assert_unlinkable (module (import "spectest" "shared_memory" (memory 1 1 shared))) "incompatible import type") ;; FAIL[wasmi] module failed to compile
