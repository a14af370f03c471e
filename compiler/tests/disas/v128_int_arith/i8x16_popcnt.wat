;; `i8x16.popcnt` of a local.

(module
  (func (export "f") (param $a v128) (result v128)
    (i8x16.popcnt (local.get $a))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000008D
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: mov     r11,0xF0F0F0F0F0F0F0F
;;     2f: movq    xmm1,r11
;;     34: punpcklqdq xmm1,xmm1
;;     39: movdqa  xmm15,xmm0
;;     3e: psrlw   xmm15,4
;;     44: pand    xmm15,xmm1
;;     49: pand    xmm0,xmm1
;;     4e: mov     r11,0x302020102010100
;;     58: movq    xmm1,r11
;;     5d: mov     r11,0x403030203020201
;;     67: pinsrq  xmm1,r11,1
;;     6e: movdqa  xmm2,xmm1
;;     73: pshufb  xmm1,xmm0
;;     79: pshufb  xmm2,xmm15
;;     7f: movdqa  xmm0,xmm1
;;     84: paddb   xmm0,xmm2
;;     89: leave
;;     8a: ret     0x10
;;     8d: cmp     dword ptr [r11+0x14],0
;;     96: jne     0x00000000000000AC
;;     9c: cmp     rax,[r11+0x38]
;;     a1: jb      0x00000000000000C6
;;     a7: jmp     0x000000000000001E
;;     ac: mov     r11,[r14]
;;     b1: mov     qword ptr [r11+0x18],0x1F
;;     ba: mov     eax,0xA
;;     c0: mov     rsp,[r11+8]
;;     c5: ret
;;     c6: mov     r11,[r14]
;;     cb: mov     qword ptr [r11+0x18],0x1F
;;     d4: mov     eax,9
;;     da: mov     rsp,[r11+8]
;;     df: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000008C
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: mov     r11,0xF0F0F0F0F0F0F0F
;;     2f: vmovq   xmm1,r11
;;     34: vpunpcklqdq xmm1,xmm1,xmm1
;;     39: movdqa  xmm15,xmm0
;;     3e: psrlw   xmm15,4
;;     44: pand    xmm15,xmm1
;;     49: pand    xmm0,xmm1
;;     4e: mov     r11,0x302020102010100
;;     58: vmovq   xmm1,r11
;;     5d: mov     r11,0x403030203020201
;;     67: vpinsrq xmm1,xmm1,r11,1
;;     6d: movdqa  xmm2,xmm1
;;     72: pshufb  xmm1,xmm0
;;     78: pshufb  xmm2,xmm15
;;     7e: movdqa  xmm0,xmm1
;;     83: paddb   xmm0,xmm2
;;     88: leave
;;     89: ret     0x10
;;     8c: cmp     dword ptr [r11+0x14],0
;;     95: jne     0x00000000000000AB
;;     9b: cmp     rax,[r11+0x38]
;;     a0: jb      0x00000000000000C5
;;     a6: jmp     0x000000000000001E
;;     ab: mov     r11,[r14]
;;     b0: mov     qword ptr [r11+0x18],0x1F
;;     b9: mov     eax,0xA
;;     bf: mov     rsp,[r11+8]
;;     c4: ret
;;     c5: mov     r11,[r14]
;;     ca: mov     qword ptr [r11+0x18],0x1F
;;     d3: mov     eax,9
;;     d9: mov     rsp,[r11+8]
;;     de: ret
