;; The directive kinds the other scripts and fixtures do not exercise.
(module (func (export "nop")))
(assert_exception (invoke "nop")) ;; FAIL expected an uncaught exception
;; wasmi implements no exception handling.
(module (tag $e) (func (export "throw") (throw $e))) ;; FAIL[wasmi] module failed to compile
(assert_exception (invoke "throw")) ;; FAIL[wasmi] no current module instance

;; Custom annotations the text front end rejects, and a branch hint on an instruction
;; that is no branch: the engine accepts the module, the hint breaks its section's rules.
(assert_malformed_custom (module quote "(@custom)") "@custom annotation: missing section name")
(assert_malformed_custom (module quote "(module)") "not malformed") ;; FAIL expected a malformed custom annotation
(assert_invalid_custom
  (module
    (func (param i32)
      (local.get 0)
      (@metadata.code.branch_hint "\01")
      (drop)))
  "@metadata.code.branch_hint annotation: invalid target")
(assert_invalid_custom (module (func (param i32) (local.get 0) (@metadata.code.branch_hint "\01") (if (then)))) "valid hint") ;; FAIL its custom sections follow their rules

;; No engine here implements stack switching: a suspension is never seen.
(module (func (export "f")))
(assert_suspension (invoke "f") "suspend") ;; FAIL expected a suspension ("suspend"), got [] (the engine implements no stack switching)
