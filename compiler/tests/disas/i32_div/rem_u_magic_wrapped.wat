;; The low half of a 64-bit value divided by 7: its upper half must not leak into the
;; multiplication.
;; Finding: `mov eax,eax` re-zero-extends a value that a 32-bit load already zero-
;; extended.

(module
  (func (export "f") (param $a i64) (result i32)
    (i32.rem_u (i32.wrap_i64 (i64.add (local.get $a) (i64.const 1))) (i32.const 7))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004B
;;     1e: mov     rax,[rbp+0x10]
;;     23: add     rax,1
;;     27: mov     eax,eax
;;     2a: mov     eax,eax
;;     2d: mov     r11,0x2492492492492493
;;     37: imul    rax,r11
;;     3b: mov     r11d,7
;;     41: mul     r11
;;     44: mov     rax,rdx
;;     47: leave
;;     48: ret     8
;;     4b: cmp     dword ptr [r11+0x14],0
;;     54: jne     0x000000000000006A
;;     5a: cmp     rax,[r11+0x38]
;;     5f: jb      0x0000000000000084
;;     65: jmp     0x000000000000001E
;;     6a: mov     r11,[r14]
;;     6f: mov     qword ptr [r11+0x18],0x1F
;;     78: mov     eax,0xA
;;     7e: mov     rsp,[r11+8]
;;     83: ret
;;     84: mov     r11,[r14]
;;     89: mov     qword ptr [r11+0x18],0x1F
;;     92: mov     eax,9
;;     98: mov     rsp,[r11+8]
;;     9d: ret
