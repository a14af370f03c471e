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
;;     18: jb      0x0000000000000085
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
;;     82: ret     0x20
;;     85: cmp     dword ptr [r11+0x14],0
;;     8e: jne     0x00000000000000A4
;;     94: cmp     rax,[r11+0x38]
;;     99: jb      0x00000000000000BE
;;     9f: jmp     0x000000000000001E
;;     a4: mov     r11,[r14]
;;     a9: mov     qword ptr [r11+0x18],0x20
;;     b2: mov     eax,0xA
;;     b8: mov     rsp,[r11+8]
;;     bd: ret
;;     be: mov     r11,[r14]
;;     c3: mov     qword ptr [r11+0x18],0x20
;;     cc: mov     eax,9
;;     d2: mov     rsp,[r11+8]
;;     d7: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000081
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
;;     7e: ret     0x20
;;     81: cmp     dword ptr [r11+0x14],0
;;     8a: jne     0x00000000000000A0
;;     90: cmp     rax,[r11+0x38]
;;     95: jb      0x00000000000000BA
;;     9b: jmp     0x000000000000001E
;;     a0: mov     r11,[r14]
;;     a5: mov     qword ptr [r11+0x18],0x20
;;     ae: mov     eax,0xA
;;     b4: mov     rsp,[r11+8]
;;     b9: ret
;;     ba: mov     r11,[r14]
;;     bf: mov     qword ptr [r11+0x18],0x20
;;     c8: mov     eax,9
;;     ce: mov     rsp,[r11+8]
;;     d3: ret
