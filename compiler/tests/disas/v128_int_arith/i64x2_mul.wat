;; `i64x2.mul` of two locals.

(module
  (func (export "f") (param $a v128) (param $b v128) (result v128)
    (i64x2.mul (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000069
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: movdqa  xmm2,xmm1
;;     31: psrlq   xmm2,0x20
;;     37: pmuludq xmm2,xmm0
;;     3c: movdqa  xmm15,xmm0
;;     41: psrlq   xmm15,0x20
;;     47: pmuludq xmm15,xmm1
;;     4c: paddq   xmm2,xmm15
;;     51: psllq   xmm2,0x20
;;     57: pmuludq xmm1,xmm0
;;     5c: paddq   xmm1,xmm2
;;     61: movaps  xmm0,xmm1
;;     65: leave
;;     66: ret     0x20
;;     69: cmp     dword ptr [r11+0x14],0
;;     72: jne     0x0000000000000088
;;     78: cmp     rax,[r11+0x38]
;;     7d: jb      0x00000000000000A2
;;     83: jmp     0x000000000000001E
;;     88: mov     r11,[r14]
;;     8d: mov     qword ptr [r11+0x18],0x20
;;     96: mov     eax,0xA
;;     9c: mov     rsp,[r11+8]
;;     a1: ret
;;     a2: mov     r11,[r14]
;;     a7: mov     qword ptr [r11+0x18],0x20
;;     b0: mov     eax,9
;;     b6: mov     rsp,[r11+8]
;;     bb: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000069
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: movdqa  xmm2,xmm1
;;     31: psrlq   xmm2,0x20
;;     37: pmuludq xmm2,xmm0
;;     3c: movdqa  xmm15,xmm0
;;     41: psrlq   xmm15,0x20
;;     47: pmuludq xmm15,xmm1
;;     4c: paddq   xmm2,xmm15
;;     51: psllq   xmm2,0x20
;;     57: pmuludq xmm1,xmm0
;;     5c: paddq   xmm1,xmm2
;;     61: movaps  xmm0,xmm1
;;     65: leave
;;     66: ret     0x20
;;     69: cmp     dword ptr [r11+0x14],0
;;     72: jne     0x0000000000000088
;;     78: cmp     rax,[r11+0x38]
;;     7d: jb      0x00000000000000A2
;;     83: jmp     0x000000000000001E
;;     88: mov     r11,[r14]
;;     8d: mov     qword ptr [r11+0x18],0x20
;;     96: mov     eax,0xA
;;     9c: mov     rsp,[r11+8]
;;     a1: ret
;;     a2: mov     r11,[r14]
;;     a7: mov     qword ptr [r11+0x18],0x20
;;     b0: mov     eax,9
;;     b6: mov     rsp,[r11+8]
;;     bb: ret
