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
;;     18: jb      0x000000000000006C
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
;;     69: ret     0x20
;;     6c: cmp     dword ptr [r11+0x14],0
;;     75: jne     0x000000000000008B
;;     7b: cmp     rax,[r11+0x38]
;;     80: jb      0x00000000000000A5
;;     86: jmp     0x000000000000001E
;;     8b: mov     r11,[r14]
;;     90: mov     qword ptr [r11+0x18],0x20
;;     99: mov     eax,0xA
;;     9f: mov     rsp,[r11+8]
;;     a4: ret
;;     a5: mov     r11,[r14]
;;     aa: mov     qword ptr [r11+0x18],0x20
;;     b3: mov     eax,9
;;     b9: mov     rsp,[r11+8]
;;     be: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000043
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: vpcmpgtq xmm15,xmm1,xmm0
;;     31: pcmpeqd xmm1,xmm1
;;     36: pxor    xmm1,xmm15
;;     3b: movaps  xmm0,xmm1
;;     3f: leave
;;     40: ret     0x20
;;     43: cmp     dword ptr [r11+0x14],0
;;     4c: jne     0x0000000000000062
;;     52: cmp     rax,[r11+0x38]
;;     57: jb      0x000000000000007C
;;     5d: jmp     0x000000000000001E
;;     62: mov     r11,[r14]
;;     67: mov     qword ptr [r11+0x18],0x20
;;     70: mov     eax,0xA
;;     76: mov     rsp,[r11+8]
;;     7b: ret
;;     7c: mov     r11,[r14]
;;     81: mov     qword ptr [r11+0x18],0x20
;;     8a: mov     eax,9
;;     90: mov     rsp,[r11+8]
;;     95: ret
