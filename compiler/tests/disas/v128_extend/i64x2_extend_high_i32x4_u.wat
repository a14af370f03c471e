;; `i64x2.extend_high_i32x4_u` of a local.

(module
  (func (export "f") (param $a v128) (result v128)
    (i64x2.extend_high_i32x4_u (local.get $a))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000035
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: pshufd  xmm0,xmm0,0xEE
;;     2b: pmovzxdq xmm0,xmm0
;;     31: leave
;;     32: ret     0x10
;;     35: cmp     dword ptr [r11+0x14],0
;;     3e: jne     0x0000000000000054
;;     44: cmp     rax,[r11+0x38]
;;     49: jb      0x000000000000006E
;;     4f: jmp     0x000000000000001E
;;     54: mov     r11,[r14]
;;     59: mov     qword ptr [r11+0x18],0x1F
;;     62: mov     eax,0xA
;;     68: mov     rsp,[r11+8]
;;     6d: ret
;;     6e: mov     r11,[r14]
;;     73: mov     qword ptr [r11+0x18],0x1F
;;     7c: mov     eax,9
;;     82: mov     rsp,[r11+8]
;;     87: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000035
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: pshufd  xmm0,xmm0,0xEE
;;     2b: pmovzxdq xmm0,xmm0
;;     31: leave
;;     32: ret     0x10
;;     35: cmp     dword ptr [r11+0x14],0
;;     3e: jne     0x0000000000000054
;;     44: cmp     rax,[r11+0x38]
;;     49: jb      0x000000000000006E
;;     4f: jmp     0x000000000000001E
;;     54: mov     r11,[r14]
;;     59: mov     qword ptr [r11+0x18],0x1F
;;     62: mov     eax,0xA
;;     68: mov     rsp,[r11+8]
;;     6d: ret
;;     6e: mov     r11,[r14]
;;     73: mov     qword ptr [r11+0x18],0x1F
;;     7c: mov     eax,9
;;     82: mov     rsp,[r11+8]
;;     87: ret
