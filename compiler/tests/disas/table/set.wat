;; `table.set` with its bounds check.
;; Finding: `mov eax,eax` re-zero-extends a value that a 32-bit load already zero-
;; extended.

(module
  (table $t 4 externref)
  (func (export "f") (param $i i32) (param $r externref)
    (table.set $t (local.get $i) (local.get $r))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000049
;;     1e: mov     rax,[rbp+0x10]
;;     23: mov     ecx,[rbp+0x18]
;;     28: mov     ecx,ecx
;;     2b: mov     r11,[r14+0x10]
;;     30: cmp     rcx,[r11+8]
;;     35: jae     0x000000000000009C
;;     3b: mov     r11,[r11]
;;     40: mov     [r11+rcx*8],rax
;;     45: leave
;;     46: ret     0x10
;;     49: cmp     dword ptr [r11+0x14],0
;;     52: jne     0x0000000000000068
;;     58: cmp     rax,[r11+0x38]
;;     5d: jb      0x0000000000000082
;;     63: jmp     0x000000000000001E
;;     68: mov     r11,[r14]
;;     6d: mov     qword ptr [r11+0x18],0x25
;;     76: mov     eax,0xA
;;     7c: mov     rsp,[r11+8]
;;     81: ret
;;     82: mov     r11,[r14]
;;     87: mov     qword ptr [r11+0x18],0x25
;;     90: mov     eax,9
;;     96: mov     rsp,[r11+8]
;;     9b: ret
;;     9c: mov     r11,[r14]
;;     a1: mov     qword ptr [r11+0x18],0x2A
;;     aa: mov     eax,0xC
;;     b0: mov     rsp,[r11+8]
;;     b5: ret
