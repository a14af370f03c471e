;; `i8x16.shuffle` mixing both operands.

(module
  (func (export "f") (param $a v128) (param $b v128) (result v128)
    (i8x16.shuffle 0 17 2 19 4 21 6 23 8 25 10 27 12 29 14 31 (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000083
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: mov     r11,0x8006800480028000
;;     36: movq    xmm15,r11
;;     3b: mov     r11,0x800E800C800A8008
;;     45: pinsrq  xmm15,r11,1
;;     4c: pshufb  xmm1,xmm15
;;     52: mov     r11,0x780058003800180
;;     5c: movq    xmm15,r11
;;     61: mov     r11,0xF800D800B800980
;;     6b: pinsrq  xmm15,r11,1
;;     72: pshufb  xmm0,xmm15
;;     78: por     xmm1,xmm0
;;     7d: movaps  xmm0,xmm1
;;     81: leave
;;     82: ret
;;     83: cmp     dword ptr [r11+0x14],0
;;     8c: jne     0x00000000000000A2
;;     92: cmp     rax,[r11+0x38]
;;     97: jb      0x00000000000000BC
;;     9d: jmp     0x000000000000001E
;;     a2: mov     r11,[r14]
;;     a7: mov     qword ptr [r11+0x18],0x20
;;     b0: mov     eax,0xA
;;     b6: mov     rsp,[r11+8]
;;     bb: ret
;;     bc: mov     r11,[r14]
;;     c1: mov     qword ptr [r11+0x18],0x20
;;     ca: mov     eax,9
;;     d0: mov     rsp,[r11+8]
;;     d5: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000007F
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: mov     r11,0x8006800480028000
;;     36: vmovq   xmm15,r11
;;     3b: mov     r11,0x800E800C800A8008
;;     45: vpinsrq xmm15,xmm15,r11,1
;;     4b: vpshufb xmm1,xmm1,xmm15
;;     50: mov     r11,0x780058003800180
;;     5a: vmovq   xmm15,r11
;;     5f: mov     r11,0xF800D800B800980
;;     69: vpinsrq xmm15,xmm15,r11,1
;;     6f: vpshufb xmm0,xmm0,xmm15
;;     74: vpor    xmm1,xmm1,xmm0
;;     79: movaps  xmm0,xmm1
;;     7d: leave
;;     7e: ret
;;     7f: cmp     dword ptr [r11+0x14],0
;;     88: jne     0x000000000000009E
;;     8e: cmp     rax,[r11+0x38]
;;     93: jb      0x00000000000000B8
;;     99: jmp     0x000000000000001E
;;     9e: mov     r11,[r14]
;;     a3: mov     qword ptr [r11+0x18],0x20
;;     ac: mov     eax,0xA
;;     b2: mov     rsp,[r11+8]
;;     b7: ret
;;     b8: mov     r11,[r14]
;;     bd: mov     qword ptr [r11+0x18],0x20
;;     c6: mov     eax,9
;;     cc: mov     rsp,[r11+8]
;;     d1: ret
