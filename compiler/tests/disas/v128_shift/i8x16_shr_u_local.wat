;; `i8x16.shr_u` by a local count (masked to the lane width).

(module
  (func (export "f") (param $a v128) (param $n i32) (result v128)
    (i8x16.shr_u (local.get $a) (local.get $n))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000059
;;     1e: mov     eax,[rbp+0x10]
;;     23: movdqu  xmm0,[rbp+0x18]
;;     2a: and     eax,7
;;     31: movd    xmm15,eax
;;     36: psrlw   xmm0,xmm15
;;     3b: pcmpeqd xmm1,xmm1
;;     40: psrlw   xmm1,8
;;     46: psrlw   xmm1,xmm15
;;     4b: packuswb xmm1,xmm1
;;     50: pand    xmm0,xmm1
;;     55: leave
;;     56: ret     0x18
;;     59: cmp     dword ptr [r11+0x14],0
;;     62: jne     0x0000000000000078
;;     68: cmp     rax,[r11+0x38]
;;     6d: jb      0x0000000000000092
;;     73: jmp     0x000000000000001E
;;     78: mov     r11,[r14]
;;     7d: mov     qword ptr [r11+0x18],0x20
;;     86: mov     eax,0xA
;;     8c: mov     rsp,[r11+8]
;;     91: ret
;;     92: mov     r11,[r14]
;;     97: mov     qword ptr [r11+0x18],0x20
;;     a0: mov     eax,9
;;     a6: mov     rsp,[r11+8]
;;     ab: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000059
;;     1e: mov     eax,[rbp+0x10]
;;     23: vmovdqu xmm0,[rbp+0x18]
;;     2a: and     eax,7
;;     31: movd    xmm15,eax
;;     36: psrlw   xmm0,xmm15
;;     3b: pcmpeqd xmm1,xmm1
;;     40: psrlw   xmm1,8
;;     46: psrlw   xmm1,xmm15
;;     4b: packuswb xmm1,xmm1
;;     50: pand    xmm0,xmm1
;;     55: leave
;;     56: ret     0x18
;;     59: cmp     dword ptr [r11+0x14],0
;;     62: jne     0x0000000000000078
;;     68: cmp     rax,[r11+0x38]
;;     6d: jb      0x0000000000000092
;;     73: jmp     0x000000000000001E
;;     78: mov     r11,[r14]
;;     7d: mov     qword ptr [r11+0x18],0x20
;;     86: mov     eax,0xA
;;     8c: mov     rsp,[r11+8]
;;     91: ret
;;     92: mov     r11,[r14]
;;     97: mov     qword ptr [r11+0x18],0x20
;;     a0: mov     eax,9
;;     a6: mov     rsp,[r11+8]
;;     ab: ret
