;; Typed function references: a `(ref $t)` is the same `VMFuncRef` pointer as a
;; `funcref`, `call_ref` a null test and a call through it (no signature check), and
;; `br_on_null`/`br_on_non_null` a null test around a conditional branch. These pin
;; what the official scripts do not: `call_ref` of imported, host and other instances'
;; functions (each switches the callee's `VMContext`), non-nullable locals across
;; blocks and branches, the branches with values under the reference and in
;; registers, and link-time subtyping of typed function imports, tables and globals.

;; A module whose functions others call through references.
(module $provider
  (type $ii (func (param i32) (result i32)))
  (global $base (mut i32) (i32.const 100))
  (func $add_base (export "add_base") (type $ii)
    (i32.add (local.get 0) (global.get $base)))
  (func (export "set_base") (param i32) (global.set $base (local.get 0)))
  (global (export "g_add_base") (ref $ii) (ref.func $add_base))
  ;; Both elements start as $add_base; an expression segment then nulls the second.
  (table (export "t") 2 (ref null $ii) (ref.func $add_base))
  (elem (table 0) (i32.const 1) (ref null $ii) (ref.null $ii)))
(register "provider" $provider)

(module
  (type $ii (func (param i32) (result i32)))
  (type $pi (func (param i32)))
  (import "provider" "add_base" (func $imported (type $ii)))
  (import "provider" "g_add_base" (global $foreign (ref $ii)))
  (import "provider" "t" (table $t 2 (ref null $ii)))
  (import "spectest" "print_i32" (func $print (type $pi)))
  (elem declare func $imported $print $double)
  (global $own (mut (ref null $ii)) (ref.null $ii))
  (func $double (type $ii) (i32.mul (local.get 0) (i32.const 2)))

  ;; call_ref of an imported function, of a function of another instance read from
  ;; a global and a table, and of a host function.
  (func (export "call_imported") (param i32) (result i32)
    (call_ref $ii (local.get 0) (ref.func $imported)))
  (func (export "call_foreign_global") (param i32) (result i32)
    (call_ref $ii (local.get 0) (global.get $foreign)))
  (func (export "call_foreign_table") (param i32 i32) (result i32)
    (call_ref $ii (local.get 0) (table.get $t (local.get 1))))
  (func (export "call_host") (param i32)
    (call_ref $pi (local.get 0) (ref.func $print)))
  ;; The callee's VMContext is restored: our own global is read after the call.
  (func (export "call_then_global") (param i32) (result i32)
    (global.set $own (ref.func $double))
    (i32.add
      (call_ref $ii (local.get 0) (global.get $foreign))
      (call_ref $ii (local.get 0) (ref.as_non_null (global.get $own)))))
  (func (export "call_null") (result i32)
    (call_ref $ii (i32.const 1) (global.get $own)))
  (func (export "reset") (global.set $own (ref.null $ii)))

  ;; Non-nullable locals set in one block and read in nested ones and after a loop.
  (func (export "local_across_blocks") (param i32) (result i32)
    (local $f (ref $ii))
    (local $n i32)
    (block
      (local.set $f (ref.func $double))
      (block (br_if 1 (i32.eqz (local.get 0)))))
    (local.set $f (ref.func $double))
    (loop $l
      (local.set $n (i32.add (local.get $n) (call_ref $ii (i32.const 1) (local.get $f))))
      (br_if $l (i32.lt_u (local.get $n) (local.get 0))))
    (local.get $n))

  ;; br_on_null and br_on_non_null with values under the reference.
  (func $pick (param $which i32) (result (ref null $ii))
    (select (result (ref null $ii)) (ref.func $double) (ref.null $ii) (local.get $which)))
  (func (export "on_null_keeps_values") (param $which i32) (result i32 i64)
    (local $f (ref $ii))
    (local $k i64)
    (block $null (result i32 i64)
      (i32.const 7) (i64.const -8)
      (br_on_null $null (call $pick (local.get $which)))
      (local.set $f)
      (local.set $k (i64.add (i64.const 100)))
      (call_ref $ii (i32.const 3) (local.get $f))
      (i32.add)
      (local.get $k)
      (return)))
  (func (export "on_non_null_keeps_values") (param $which i32) (result i32 i32)
    (local $f (ref $ii))
    (block $call (result i32 (ref $ii))
      (i32.const 5)
      (br_on_non_null $call (call $pick (local.get $which)))
      (return (i32.const -1) (i32.const -1)))
    (local.set $f)
    (call_ref $ii (i32.const 10) (local.get $f)))
  ;; Many live values in registers when the reference is tested.
  (func (export "on_null_under_pressure") (param $which i32) (param $x i32) (result i32)
    (local $r (ref null $ii))
    (local.set $r (call $pick (local.get $which)))
    (local.get $x) (i32.add (local.get $x) (i32.const 1)) (i32.add (local.get $x) (i32.const 2))
    (i32.add (local.get $x) (i32.const 3)) (i32.add (local.get $x) (i32.const 4))
    (i32.add (local.get $x) (i32.const 5)) (i32.add (local.get $x) (i32.const 6))
    (i32.add (local.get $x) (i32.const 7)) (i32.add (local.get $x) (i32.const 8))
    (block $null (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32 i32 i32 i32 i32 i32 i32 i32 i32)
      (br_on_null $null (local.get $r))
      (drop))
    (i32.add) (i32.add) (i32.add) (i32.add) (i32.add) (i32.add) (i32.add) (i32.add))
  ;; A constant null reference.
  (func (export "on_null_const") (result i32)
    (block $null
      (br_on_null $null (ref.null $ii))
      (return (i32.const 1)))
    (i32.const 0))
)

(assert_return (invoke "call_imported" (i32.const 1)) (i32.const 101))
(assert_return (invoke "call_foreign_global" (i32.const 2)) (i32.const 102))
(assert_return (invoke "call_foreign_table" (i32.const 3) (i32.const 0)) (i32.const 103))
(assert_trap (invoke "call_foreign_table" (i32.const 3) (i32.const 1)) "null function reference")
(assert_return (invoke "call_host" (i32.const 42)))
(invoke $provider "set_base" (i32.const 1000))
(assert_return (invoke "call_then_global" (i32.const 4)) (i32.const 1012))
(invoke "reset")
(assert_trap (invoke "call_null") "null function reference")
(assert_return (invoke "local_across_blocks" (i32.const 0)) (i32.const 2))
(assert_return (invoke "local_across_blocks" (i32.const 9)) (i32.const 10))
(assert_return (invoke "on_null_keeps_values" (i32.const 0)) (i32.const 7) (i64.const -8))
(assert_return (invoke "on_null_keeps_values" (i32.const 1)) (i32.const 13) (i64.const 92))
(assert_return (invoke "on_non_null_keeps_values" (i32.const 0)) (i32.const -1) (i32.const -1))
(assert_return (invoke "on_non_null_keeps_values" (i32.const 1)) (i32.const 5) (i32.const 20))
(assert_return (invoke "on_null_under_pressure" (i32.const 0) (i32.const 10)) (i32.const 126))
(assert_return (invoke "on_null_under_pressure" (i32.const 1) (i32.const 10)) (i32.const 126))
(assert_return (invoke "on_null_const") (i32.const 0))

;; Branches on null to the function's label (several results in the caller's slots)
;; and out of a loop.
(module
  (type $ii (func (param i32) (result i32)))
  (func $double (type $ii) (i32.mul (local.get 0) (i32.const 2)))
  (elem declare func $double)
  (func $pick (param i32) (result (ref null $ii))
    (select (result (ref null $ii)) (ref.func $double) (ref.null $ii) (local.get 0)))
  ;; br_on_null to the function's own label, carrying two results.
  (func (export "return_on_null") (param i32) (result i32 i64)
    (i32.const 3) (i64.const 4)
    (br_on_null 0 (call $pick (local.get 0)))
    (drop) (drop) (drop)
    (i32.const 30) (i64.const 40))
  ;; br_on_non_null to the function's label, and a loop that runs until a reference
  ;; turns up.
  (func (export "loop_until") (param $n i32) (result i32)
    (local $r (ref null $ii))
    (block $found (result (ref $ii))
      (loop $again
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br_on_non_null $found (call $pick (i32.eqz (local.get $n))))
        (br $again))
      (unreachable))
    (local.set $r)
    (call_ref $ii (i32.add (local.get $n) (i32.const 21)) (local.get $r)))
  (func (export "return_non_null") (param i32) (result (ref null $ii))
    (br_on_non_null 0 (call $pick (local.get 0)))
    (ref.null $ii)))
(assert_return (invoke "return_on_null" (i32.const 0)) (i32.const 3) (i64.const 4))
(assert_return (invoke "return_on_null" (i32.const 1)) (i32.const 30) (i64.const 40))
(assert_return (invoke "return_non_null" (i32.const 1)) (ref.func))
(assert_return (invoke "return_non_null" (i32.const 0)) (ref.null func))
(assert_return (invoke "loop_until" (i32.const 5)) (i32.const 42))

;; A non-null result crosses to the host as a function reference.
(module
  (type $ii (func (param i32) (result i32)))
  (func $f (type $ii) (local.get 0))
  (elem declare func $f)
  (func (export "get") (result (ref $ii)) (ref.func $f))
  (func (export "get_null") (result (ref null $ii)) (ref.null $ii))
  (func (export "pass") (param (ref null func)) (result (ref null func)) (local.get 0)))
(assert_return (invoke "get") (ref.func))
(assert_return (invoke "get_null") (ref.null func))
(assert_return (invoke "pass" (ref.null func)) (ref.null func))

;; Link-time subtyping. A function import must have the declared type; an immutable
;; global may be of a subtype; a mutable global and a table must have the same type.
(module $exporter
  (type $ii (func (param i32) (result i32)))
  (func $f (export "f") (type $ii) (local.get 0))
  (global (export "g_ref") (ref $ii) (ref.func $f))
  (global (export "g_null") (ref null $ii) (ref.null $ii))
  (global (export "g_mut") (mut (ref null $ii)) (ref.null $ii))
  (table (export "t_ref") 1 (ref $ii) (ref.func $f))
  (table (export "t_funcref") 1 funcref))
(register "exporter" $exporter)

(module
  (type $ii (func (param i32) (result i32)))
  (import "exporter" "f" (func (type $ii)))
  (import "exporter" "g_ref" (global (ref $ii)))
  (import "exporter" "g_ref" (global (ref null $ii)))
  (import "exporter" "g_ref" (global (ref func)))
  (import "exporter" "g_ref" (global funcref))
  (import "exporter" "g_null" (global funcref))
  (import "exporter" "g_mut" (global (mut (ref null $ii))))
  (import "exporter" "t_ref" (table 1 (ref $ii)))
  (import "exporter" "t_funcref" (table 1 funcref)))

(assert_unlinkable
  (module (type $v (func)) (import "exporter" "f" (func (type $v))))
  "incompatible import type")
(assert_unlinkable
  (module (import "exporter" "f" (func (param i32) (result i64))))
  "incompatible import type")
(assert_unlinkable
  (module (type $ii (func (param i32) (result i32)))
    (import "exporter" "g_null" (global (ref $ii))))
  "incompatible import type")
(assert_unlinkable
  (module (type $v (func)) (import "exporter" "g_ref" (global (ref $v))))
  "incompatible import type")
(assert_unlinkable
  (module (import "exporter" "g_mut" (global (mut funcref))))
  "incompatible import type")
(assert_unlinkable
  (module (import "exporter" "t_ref" (table 1 funcref)))
  "incompatible import type")
(assert_unlinkable
  (module (type $ii (func (param i32) (result i32)))
    (import "exporter" "t_funcref" (table 1 (ref null $ii))))
  "incompatible import type")
