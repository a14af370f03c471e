;; An all-zero constant.

(module
  (func (export "f") (result v128)
    (v128.const i64x2 0 0)))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000027
;;     1e: pxor    xmm0,xmm0
;;     23: leave
;;     24: ret     0x10
;;     27: cmp     dword ptr [r11+0x14],0
;;     30: jne     0x0000000000000046
;;     36: cmp     rax,[r11+0x38]
;;     3b: jb      0x0000000000000060
;;     41: jmp     0x000000000000001E
;;     46: mov     r11,[r14]
;;     4b: mov     qword ptr [r11+0x18],0x1E
;;     54: mov     eax,0xA
;;     5a: mov     rsp,[r11+8]
;;     5f: ret
;;     60: mov     r11,[r14]
;;     65: mov     qword ptr [r11+0x18],0x1E
;;     6e: mov     eax,9
;;     74: mov     rsp,[r11+8]
;;     79: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000027
;;     1e: vpxor   xmm0,xmm0,xmm0
;;     23: leave
;;     24: ret     0x10
;;     27: cmp     dword ptr [r11+0x14],0
;;     30: jne     0x0000000000000046
;;     36: cmp     rax,[r11+0x38]
;;     3b: jb      0x0000000000000060
;;     41: jmp     0x000000000000001E
;;     46: mov     r11,[r14]
;;     4b: mov     qword ptr [r11+0x18],0x1E
;;     54: mov     eax,0xA
;;     5a: mov     rsp,[r11+8]
;;     5f: ret
;;     60: mov     r11,[r14]
;;     65: mov     qword ptr [r11+0x18],0x1E
;;     6e: mov     eax,9
;;     74: mov     rsp,[r11+8]
;;     79: ret
