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
;;     18: jb      0x000000000000004C
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: movdqa  xmm15,xmm1
;;     31: pminud  xmm15,xmm0
;;     37: pcmpeqd xmm1,xmm15
;;     3c: pcmpeqd xmm15,xmm15
;;     41: pxor    xmm1,xmm15
;;     46: movaps  xmm0,xmm1
;;     4a: leave
;;     4b: ret
;;     4c: cmp     dword ptr [r11+0x14],0
;;     55: jne     0x000000000000006B
;;     5b: cmp     rax,[r11+0x38]
;;     60: jb      0x0000000000000085
;;     66: jmp     0x000000000000001E
;;     6b: mov     r11,[r14]
;;     70: mov     qword ptr [r11+0x18],0x20
;;     79: mov     eax,0xA
;;     7f: mov     rsp,[r11+8]
;;     84: ret
;;     85: mov     r11,[r14]
;;     8a: mov     qword ptr [r11+0x18],0x20
;;     93: mov     eax,9
;;     99: mov     rsp,[r11+8]
;;     9e: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004B
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: movdqa  xmm15,xmm1
;;     31: vpminud xmm15,xmm15,xmm0
;;     36: vpcmpeqd xmm1,xmm1,xmm15
;;     3b: pcmpeqd xmm15,xmm15
;;     40: pxor    xmm1,xmm15
;;     45: movaps  xmm0,xmm1
;;     49: leave
;;     4a: ret
;;     4b: cmp     dword ptr [r11+0x14],0
;;     54: jne     0x000000000000006A
;;     5a: cmp     rax,[r11+0x38]
;;     5f: jb      0x0000000000000084
;;     65: jmp     0x000000000000001E
;;     6a: mov     r11,[r14]
;;     6f: mov     qword ptr [r11+0x18],0x20
;;     78: mov     eax,0xA
;;     7e: mov     rsp,[r11+8]
;;     83: ret
;;     84: mov     r11,[r14]
;;     89: mov     qword ptr [r11+0x18],0x20
;;     92: mov     eax,9
;;     98: mov     rsp,[r11+8]
;;     9d: ret
