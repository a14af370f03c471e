;; Unsigned division by 10: a multiplication by a 64-bit reciprocal.
;; Finding: `mov eax,eax` re-zero-extends a value that a 32-bit load already zero-
;; extended.

(module
  (func (export "f") (param $a i32) (result i32)
    (i32.div_u (local.get $a) (i32.const 10))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003A
;;     1e: mov     eax,[rbp+0x10]
;;     23: mov     eax,eax
;;     26: mov     r11,0x199999999999999A
;;     30: mul     r11
;;     33: mov     rax,rdx
;;     36: leave
;;     37: ret     8
;;     3a: cmp     dword ptr [r11+0x14],0
;;     43: jne     0x0000000000000059
;;     49: cmp     rax,[r11+0x38]
;;     4e: jb      0x0000000000000073
;;     54: jmp     0x000000000000001E
;;     59: mov     r11,[r14]
;;     5e: mov     qword ptr [r11+0x18],0x1F
;;     67: mov     eax,0xA
;;     6d: mov     rsp,[r11+8]
;;     72: ret
;;     73: mov     r11,[r14]
;;     78: mov     qword ptr [r11+0x18],0x1F
;;     81: mov     eax,9
;;     87: mov     rsp,[r11+8]
;;     8c: ret
