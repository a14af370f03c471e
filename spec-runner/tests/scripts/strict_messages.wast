;; options: strict-messages
;; `--strict-messages` also requires the engine's message to contain the expected
;; text; without it, the marked directives pass (the engine rejects, fails to link or
;; traps as expected, only its wording differs).
(assert_invalid (module (func (result i32) (i64.const 0))) "type mismatch")
(assert_invalid (module (func (result i32) (i64.const 0))) "unknown function") ;; FAIL the engine agrees but says
(assert_malformed (module binary "\00asm\02\00\00\00") "unknown binary version")
(assert_malformed (module binary "\00asm\02\00\00\00") "magic header not detected") ;; FAIL the engine agrees but says
(assert_unlinkable (module (import "spectest" "nope" (func))) "unknown import") ;; FAIL[wasmi] the engine agrees but says "cannot find definition for import
(assert_unlinkable (module (import "spectest" "nope" (func))) "incompatible import type") ;; FAIL the engine agrees but says
(module
  (func (export "div") (param i32) (result i32) (i32.div_s (i32.const 1) (local.get 0)))
  (func $loop (export "loop") (call $loop)))
(assert_trap (invoke "div" (i32.const 0)) "integer divide by zero")
(assert_trap (invoke "div" (i32.const 0)) "integer divide")
(assert_exhaustion (invoke "loop") "call stack exhausted")
