;; A splat of a constant.

(module
  (func (export "f") (result v128)
    (i32x4.splat (i32.const 7))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000031
;;     1e: mov     eax,7
;;     24: movd    xmm0,eax
;;     29: pshufd  xmm0,xmm0,0
;;     2f: leave
;;     30: ret
;;     31: cmp     dword ptr [r11+0x14],0
;;     3a: jne     0x0000000000000050
;;     40: cmp     rax,[r11+0x38]
;;     45: jb      0x000000000000006A
;;     4b: jmp     0x000000000000001E
;;     50: mov     r11,[r14]
;;     55: mov     qword ptr [r11+0x18],0x1E
;;     5e: mov     eax,0xA
;;     64: mov     rsp,[r11+8]
;;     69: ret
;;     6a: mov     r11,[r14]
;;     6f: mov     qword ptr [r11+0x18],0x1E
;;     78: mov     eax,9
;;     7e: mov     rsp,[r11+8]
;;     83: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000030
;;     1e: mov     eax,7
;;     24: vmovd   xmm0,eax
;;     29: vpbroadcastd xmm0,xmm0
;;     2e: leave
;;     2f: ret
;;     30: cmp     dword ptr [r11+0x14],0
;;     39: jne     0x000000000000004F
;;     3f: cmp     rax,[r11+0x38]
;;     44: jb      0x0000000000000069
;;     4a: jmp     0x000000000000001E
;;     4f: mov     r11,[r14]
;;     54: mov     qword ptr [r11+0x18],0x1E
;;     5d: mov     eax,0xA
;;     63: mov     rsp,[r11+8]
;;     68: ret
;;     69: mov     r11,[r14]
;;     6e: mov     qword ptr [r11+0x18],0x1E
;;     77: mov     eax,9
;;     7d: mov     rsp,[r11+8]
;;     82: ret
