;; `ref.null`.

(module
  (func (export "f") (result externref)
    (ref.null extern)))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000023
;;     1e: xor     eax,eax
;;     21: leave
;;     22: ret
;;     23: cmp     dword ptr [r11+0x14],0
;;     2c: jne     0x0000000000000042
;;     32: cmp     rax,[r11+0x38]
;;     37: jb      0x000000000000005C
;;     3d: jmp     0x000000000000001E
;;     42: mov     r11,[r14]
;;     47: mov     qword ptr [r11+0x18],0x1E
;;     50: mov     eax,0xA
;;     56: mov     rsp,[r11+8]
;;     5b: ret
;;     5c: mov     r11,[r14]
;;     61: mov     qword ptr [r11+0x18],0x1E
;;     6a: mov     eax,9
;;     70: mov     rsp,[r11+8]
;;     75: ret
