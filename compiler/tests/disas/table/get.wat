;; `table.get` with its bounds check.
;; Finding: `mov eax,eax` re-zero-extends a value that a 32-bit load already zero-
;; extended.

(module
  (table $t 4 funcref)
  (func (export "f") (param $i i32) (result funcref)
    (table.get $t (local.get $i))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000044
;;     1e: mov     eax,[rbp+0x10]
;;     23: mov     eax,eax
;;     26: mov     r11,[r14+0x10]
;;     2b: cmp     rax,[r11+8]
;;     30: jae     0x0000000000000097
;;     36: mov     r11,[r11]
;;     3b: mov     rax,[r11+rax*8]
;;     40: leave
;;     41: ret     8
;;     44: cmp     dword ptr [r11+0x14],0
;;     4d: jne     0x0000000000000063
;;     53: cmp     rax,[r11+0x38]
;;     58: jb      0x000000000000007D
;;     5e: jmp     0x000000000000001E
;;     63: mov     r11,[r14]
;;     68: mov     qword ptr [r11+0x18],0x25
;;     71: mov     eax,0xA
;;     77: mov     rsp,[r11+8]
;;     7c: ret
;;     7d: mov     r11,[r14]
;;     82: mov     qword ptr [r11+0x18],0x25
;;     8b: mov     eax,9
;;     91: mov     rsp,[r11+8]
;;     96: ret
;;     97: mov     r11,[r14]
;;     9c: mov     qword ptr [r11+0x18],0x28
;;     a5: mov     eax,0xC
;;     ab: mov     rsp,[r11+8]
;;     b0: ret
