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
;;     18: jb      0x0000000000000047
;;     1e: mov     rax,[rbp+0x10]
;;     23: mov     ecx,[rbp+0x18]
;;     28: mov     ecx,ecx
;;     2b: mov     r11,[r14+0x10]
;;     30: cmp     rcx,[r11+8]
;;     35: jae     0x000000000000009A
;;     3b: mov     r11,[r11]
;;     40: mov     [r11+rcx*8],rax
;;     45: leave
;;     46: ret
;;     47: cmp     dword ptr [r11+0x14],0
;;     50: jne     0x0000000000000066
;;     56: cmp     rax,[r11+0x38]
;;     5b: jb      0x0000000000000080
;;     61: jmp     0x000000000000001E
;;     66: mov     r11,[r14]
;;     6b: mov     qword ptr [r11+0x18],0x25
;;     74: mov     eax,0xA
;;     7a: mov     rsp,[r11+8]
;;     7f: ret
;;     80: mov     r11,[r14]
;;     85: mov     qword ptr [r11+0x18],0x25
;;     8e: mov     eax,9
;;     94: mov     rsp,[r11+8]
;;     99: ret
;;     9a: mov     r11,[r14]
;;     9f: mov     qword ptr [r11+0x18],0x2A
;;     a8: mov     eax,0xC
;;     ae: mov     rsp,[r11+8]
;;     b3: ret
