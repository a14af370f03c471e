;; `i64x2.le_s` of two locals.

(module
  (func (export "f") (param $a v128) (param $b v128) (result v128)
    (i64x2.le_s (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000006A
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: movdqa  xmm2,xmm0
;;     31: psubq   xmm2,xmm1
;;     36: movdqa  xmm15,xmm1
;;     3b: pcmpeqd xmm15,xmm0
;;     40: pand    xmm2,xmm15
;;     45: movdqa  xmm15,xmm1
;;     4a: pcmpgtd xmm15,xmm0
;;     4f: por     xmm15,xmm2
;;     54: pshufd  xmm15,xmm15,0xF5
;;     5a: pcmpeqd xmm1,xmm1
;;     5f: pxor    xmm1,xmm15
;;     64: movaps  xmm0,xmm1
;;     68: leave
;;     69: ret
;;     6a: cmp     dword ptr [r11+0x14],0
;;     73: jne     0x0000000000000089
;;     79: cmp     rax,[r11+0x38]
;;     7e: jb      0x00000000000000A3
;;     84: jmp     0x000000000000001E
;;     89: mov     r11,[r14]
;;     8e: mov     qword ptr [r11+0x18],0x20
;;     97: mov     eax,0xA
;;     9d: mov     rsp,[r11+8]
;;     a2: ret
;;     a3: mov     r11,[r14]
;;     a8: mov     qword ptr [r11+0x18],0x20
;;     b1: mov     eax,9
;;     b7: mov     rsp,[r11+8]
;;     bc: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000041
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: vpcmpgtq xmm15,xmm1,xmm0
;;     31: pcmpeqd xmm1,xmm1
;;     36: pxor    xmm1,xmm15
;;     3b: movaps  xmm0,xmm1
;;     3f: leave
;;     40: ret
;;     41: cmp     dword ptr [r11+0x14],0
;;     4a: jne     0x0000000000000060
;;     50: cmp     rax,[r11+0x38]
;;     55: jb      0x000000000000007A
;;     5b: jmp     0x000000000000001E
;;     60: mov     r11,[r14]
;;     65: mov     qword ptr [r11+0x18],0x20
;;     6e: mov     eax,0xA
;;     74: mov     rsp,[r11+8]
;;     79: ret
;;     7a: mov     r11,[r14]
;;     7f: mov     qword ptr [r11+0x18],0x20
;;     88: mov     eax,9
;;     8e: mov     rsp,[r11+8]
;;     93: ret
