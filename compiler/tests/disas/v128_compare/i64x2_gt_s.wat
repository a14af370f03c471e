;; `i64x2.gt_s` of two locals.

(module
  (func (export "f") (param $a v128) (param $b v128) (result v128)
    (i64x2.gt_s (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000065
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
;;     5a: movdqa  xmm1,xmm15
;;     5f: movaps  xmm0,xmm1
;;     63: leave
;;     64: ret
;;     65: cmp     dword ptr [r11+0x14],0
;;     6e: jne     0x0000000000000084
;;     74: cmp     rax,[r11+0x38]
;;     79: jb      0x000000000000009E
;;     7f: jmp     0x000000000000001E
;;     84: mov     r11,[r14]
;;     89: mov     qword ptr [r11+0x18],0x20
;;     92: mov     eax,0xA
;;     98: mov     rsp,[r11+8]
;;     9d: ret
;;     9e: mov     r11,[r14]
;;     a3: mov     qword ptr [r11+0x18],0x20
;;     ac: mov     eax,9
;;     b2: mov     rsp,[r11+8]
;;     b7: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003C
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: vpcmpgtq xmm15,xmm1,xmm0
;;     31: movdqa  xmm1,xmm15
;;     36: movaps  xmm0,xmm1
;;     3a: leave
;;     3b: ret
;;     3c: cmp     dword ptr [r11+0x14],0
;;     45: jne     0x000000000000005B
;;     4b: cmp     rax,[r11+0x38]
;;     50: jb      0x0000000000000075
;;     56: jmp     0x000000000000001E
;;     5b: mov     r11,[r14]
;;     60: mov     qword ptr [r11+0x18],0x20
;;     69: mov     eax,0xA
;;     6f: mov     rsp,[r11+8]
;;     74: ret
;;     75: mov     r11,[r14]
;;     7a: mov     qword ptr [r11+0x18],0x20
;;     83: mov     eax,9
;;     89: mov     rsp,[r11+8]
;;     8e: ret
