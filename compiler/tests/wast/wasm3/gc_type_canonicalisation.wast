;; Recursion groups are canonicalised engine-wide (iso-recursively): equal groups of
;; different modules give their types the same ids, so a function of one module has
;; the type another names, and `call_indirect` and function imports across modules
;; compare those ids. A type's place in its group, its finality and its declared
;; supertype are part of it; a function import matches a function of a subtype.

(module $a
  (rec
    (type $list (struct (field i32) (field (ref null $list))))
    (type $f (func (param (ref null $list)) (result i32))))
  (func $f (export "f") (type $f) (i32.const 1))
  (type $sup (sub (func (result i32))))
  (type $sub (sub $sup (func (result i32))))
  (func (export "sub") (type $sub) (i32.const 2))
  (func (export "sup") (type $sup) (i32.const 3))
  (table (export "table") 3 funcref)
  (elem (i32.const 0) func $f)
)
(register "a")

;; The same group, written again: the import matches by canonical identity.
(module $b
  (rec
    (type $list (struct (field i32) (field (ref null $list))))
    (type $f (func (param (ref null $list)) (result i32))))
  (import "a" "f" (func $f (type $f)))
  (import "a" "table" (table 3 funcref))
  (func (export "call") (result i32)
    (call_indirect (type $f) (ref.null $list) (i32.const 0)))
  (func (export "direct") (result i32) (call $f (ref.null $list)))
)
(assert_return (invoke "call") (i32.const 1))
(assert_return (invoke "direct") (i32.const 1))

;; Function imports are covariant: a function of a subtype matches its supertype.
(module $c
  (type $sup (sub (func (result i32))))
  (type $sub (sub $sup (func (result i32))))
  (import "a" "sub" (func (type $sup)))
  (import "a" "sub" (func (type $sub)))
  (import "a" "sup" (func (type $sup)))
)

;; But not contravariant: a function of the supertype is not one of the subtype.
(assert_unlinkable
  (module
    (type $sup (sub (func (result i32))))
    (type $sub (sub $sup (func (result i32))))
    (import "a" "sup" (func (type $sub))))
  "incompatible import type")

;; A group of a different shape is a different type, even where one of its types is
;; written the same: the struct alone, outside a group with the function type.
(assert_unlinkable
  (module
    (type $list (struct (field i32) (field (ref null $list))))
    (type $f (func (param (ref null $list)) (result i32)))
    (import "a" "f" (func (type $f))))
  "incompatible import type")

;; A final type differs from a non-final one of the same shape.
(assert_unlinkable
  (module
    (type $sup (func (result i32)))
    (import "a" "sup" (func (type $sup))))
  "incompatible import type")

;; Within one module too, equal groups are one type: `call_indirect` passes.
(module
  (rec (type $t1 (func (result i32))) (type (struct)))
  (rec (type $t2 (func (result i32))) (type (struct)))
  (table 1 funcref)
  (elem (i32.const 0) func $g)
  (func $g (type $t1) (i32.const 7))
  (func (export "call") (result i32) (call_indirect (type $t2) (i32.const 0)))
)
(assert_return (invoke "call") (i32.const 7))
