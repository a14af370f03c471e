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
;;     18: jb      0x0000000000000067
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
;;     64: ret     0x20
;;     67: cmp     dword ptr [r11+0x14],0
;;     70: jne     0x0000000000000086
;;     76: cmp     rax,[r11+0x38]
;;     7b: jb      0x00000000000000A0
;;     81: jmp     0x000000000000001E
;;     86: mov     r11,[r14]
;;     8b: mov     qword ptr [r11+0x18],0x20
;;     94: mov     eax,0xA
;;     9a: mov     rsp,[r11+8]
;;     9f: ret
;;     a0: mov     r11,[r14]
;;     a5: mov     qword ptr [r11+0x18],0x20
;;     ae: mov     eax,9
;;     b4: mov     rsp,[r11+8]
;;     b9: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003E
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: vpcmpgtq xmm15,xmm1,xmm0
;;     31: movdqa  xmm1,xmm15
;;     36: movaps  xmm0,xmm1
;;     3a: leave
;;     3b: ret     0x20
;;     3e: cmp     dword ptr [r11+0x14],0
;;     47: jne     0x000000000000005D
;;     4d: cmp     rax,[r11+0x38]
;;     52: jb      0x0000000000000077
;;     58: jmp     0x000000000000001E
;;     5d: mov     r11,[r14]
;;     62: mov     qword ptr [r11+0x18],0x20
;;     6b: mov     eax,0xA
;;     71: mov     rsp,[r11+8]
;;     76: ret
;;     77: mov     r11,[r14]
;;     7c: mov     qword ptr [r11+0x18],0x20
;;     85: mov     eax,9
;;     8b: mov     rsp,[r11+8]
;;     90: ret
