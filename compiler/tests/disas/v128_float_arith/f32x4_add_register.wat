;; A lanewise float add of values in registers.

(module
  (func (export "f") (param $a v128) (param $b v128) (param $c v128) (result v128)
    (f32x4.add (f32x4.mul (local.get $a) (local.get $b)) (f32x4.sub (local.get $b) (local.get $c)))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004C
;;     1e: movdqu  xmm0,[rbp+0x20]
;;     25: movdqu  xmm1,[rbp+0x30]
;;     2c: mulps   xmm1,xmm0
;;     30: movdqu  xmm0,[rbp+0x10]
;;     37: movdqu  xmm2,[rbp+0x20]
;;     3e: subps   xmm2,xmm0
;;     42: addps   xmm1,xmm2
;;     46: movaps  xmm0,xmm1
;;     4a: leave
;;     4b: ret
;;     4c: cmp     dword ptr [r11+0x14],0
;;     55: jne     0x000000000000006B
;;     5b: cmp     rax,[r11+0x38]
;;     60: jb      0x0000000000000085
;;     66: jmp     0x000000000000001E
;;     6b: mov     r11,[r14]
;;     70: mov     qword ptr [r11+0x18],0x21
;;     79: mov     eax,0xA
;;     7f: mov     rsp,[r11+8]
;;     84: ret
;;     85: mov     r11,[r14]
;;     8a: mov     qword ptr [r11+0x18],0x21
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
;;     18: jb      0x000000000000004F
;;     1e: vmovdqu xmm0,[rbp+0x20]
;;     25: vmovdqu xmm1,[rbp+0x30]
;;     2c: vmulps  xmm1,xmm1,xmm0
;;     31: vmovdqu xmm0,[rbp+0x10]
;;     38: vmovdqu xmm2,[rbp+0x20]
;;     3f: vsubps  xmm2,xmm2,xmm0
;;     44: vaddps  xmm1,xmm1,xmm2
;;     49: movaps  xmm0,xmm1
;;     4d: leave
;;     4e: ret
;;     4f: cmp     dword ptr [r11+0x14],0
;;     58: jne     0x000000000000006E
;;     5e: cmp     rax,[r11+0x38]
;;     63: jb      0x0000000000000088
;;     69: jmp     0x000000000000001E
;;     6e: mov     r11,[r14]
;;     73: mov     qword ptr [r11+0x18],0x21
;;     7c: mov     eax,0xA
;;     82: mov     rsp,[r11+8]
;;     87: ret
;;     88: mov     r11,[r14]
;;     8d: mov     qword ptr [r11+0x18],0x21
;;     96: mov     eax,9
;;     9c: mov     rsp,[r11+8]
;;     a1: ret
