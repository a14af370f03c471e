;; `i32x4.gt_u` of two locals.

(module
  (func (export "f") (param $a v128) (param $b v128) (result v128)
    (i32x4.gt_u (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004E
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: movdqa  xmm15,xmm1
;;     31: pminud  xmm15,xmm0
;;     37: pcmpeqd xmm1,xmm15
;;     3c: pcmpeqd xmm15,xmm15
;;     41: pxor    xmm1,xmm15
;;     46: movaps  xmm0,xmm1
;;     4a: leave
;;     4b: ret     0x20
;;     4e: cmp     dword ptr [r11+0x14],0
;;     57: jne     0x000000000000006D
;;     5d: cmp     rax,[r11+0x38]
;;     62: jb      0x0000000000000087
;;     68: jmp     0x000000000000001E
;;     6d: mov     r11,[r14]
;;     72: mov     qword ptr [r11+0x18],0x20
;;     7b: mov     eax,0xA
;;     81: mov     rsp,[r11+8]
;;     86: ret
;;     87: mov     r11,[r14]
;;     8c: mov     qword ptr [r11+0x18],0x20
;;     95: mov     eax,9
;;     9b: mov     rsp,[r11+8]
;;     a0: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004D
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: movdqa  xmm15,xmm1
;;     31: vpminud xmm15,xmm15,xmm0
;;     36: vpcmpeqd xmm1,xmm1,xmm15
;;     3b: pcmpeqd xmm15,xmm15
;;     40: pxor    xmm1,xmm15
;;     45: movaps  xmm0,xmm1
;;     49: leave
;;     4a: ret     0x20
;;     4d: cmp     dword ptr [r11+0x14],0
;;     56: jne     0x000000000000006C
;;     5c: cmp     rax,[r11+0x38]
;;     61: jb      0x0000000000000086
;;     67: jmp     0x000000000000001E
;;     6c: mov     r11,[r14]
;;     71: mov     qword ptr [r11+0x18],0x20
;;     7a: mov     eax,0xA
;;     80: mov     rsp,[r11+8]
;;     85: ret
;;     86: mov     r11,[r14]
;;     8b: mov     qword ptr [r11+0x18],0x20
;;     94: mov     eax,9
;;     9a: mov     rsp,[r11+8]
;;     9f: ret
