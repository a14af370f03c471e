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
;;     18: jb      0x000000000000008B
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
;;     8a: ret
;;     8b: cmp     dword ptr [r11+0x14],0
;;     94: jne     0x00000000000000AA
;;     9a: cmp     rax,[r11+0x38]
;;     9f: jb      0x00000000000000C4
;;     a5: jmp     0x000000000000001E
;;     aa: mov     r11,[r14]
;;     af: mov     qword ptr [r11+0x18],0x1F
;;     b8: mov     eax,0xA
;;     be: mov     rsp,[r11+8]
;;     c3: ret
;;     c4: mov     r11,[r14]
;;     c9: mov     qword ptr [r11+0x18],0x1F
;;     d2: mov     eax,9
;;     d8: mov     rsp,[r11+8]
;;     dd: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000008A
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
;;     89: ret
;;     8a: cmp     dword ptr [r11+0x14],0
;;     93: jne     0x00000000000000A9
;;     99: cmp     rax,[r11+0x38]
;;     9e: jb      0x00000000000000C3
;;     a4: jmp     0x000000000000001E
;;     a9: mov     r11,[r14]
;;     ae: mov     qword ptr [r11+0x18],0x1F
;;     b7: mov     eax,0xA
;;     bd: mov     rsp,[r11+8]
;;     c2: ret
;;     c3: mov     r11,[r14]
;;     c8: mov     qword ptr [r11+0x18],0x1F
;;     d1: mov     eax,9
;;     d7: mov     rsp,[r11+8]
;;     dc: ret
