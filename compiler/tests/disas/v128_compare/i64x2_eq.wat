;; `i64x2.eq` of two locals.

(module
  (func (export "f") (param $a v128) (param $b v128) (result v128)
    (i64x2.eq (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003A
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: pcmpeqq xmm1,xmm0
;;     32: movaps  xmm0,xmm1
;;     36: leave
;;     37: ret     0x20
;;     3a: cmp     dword ptr [r11+0x14],0
;;     43: jne     0x0000000000000059
;;     49: cmp     rax,[r11+0x38]
;;     4e: jb      0x0000000000000073
;;     54: jmp     0x000000000000001E
;;     59: mov     r11,[r14]
;;     5e: mov     qword ptr [r11+0x18],0x20
;;     67: mov     eax,0xA
;;     6d: mov     rsp,[r11+8]
;;     72: ret
;;     73: mov     r11,[r14]
;;     78: mov     qword ptr [r11+0x18],0x20
;;     81: mov     eax,9
;;     87: mov     rsp,[r11+8]
;;     8c: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000039
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: vpcmpeqq xmm1,xmm1,xmm0
;;     31: movaps  xmm0,xmm1
;;     35: leave
;;     36: ret     0x20
;;     39: cmp     dword ptr [r11+0x14],0
;;     42: jne     0x0000000000000058
;;     48: cmp     rax,[r11+0x38]
;;     4d: jb      0x0000000000000072
;;     53: jmp     0x000000000000001E
;;     58: mov     r11,[r14]
;;     5d: mov     qword ptr [r11+0x18],0x20
;;     66: mov     eax,0xA
;;     6c: mov     rsp,[r11+8]
;;     71: ret
;;     72: mov     r11,[r14]
;;     77: mov     qword ptr [r11+0x18],0x20
;;     80: mov     eax,9
;;     86: mov     rsp,[r11+8]
;;     8b: ret
