;; `i32x4.relaxed_trunc_f64x2_u_zero` of locals, native mode: the encoding's fastest sequence.

(module
  (func (export "f") (param $a v128) (result v128)
    (i32x4.relaxed_trunc_f64x2_u_zero (local.get $a))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000075
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: xorpd   xmm15,xmm15
;;     2a: maxpd   xmm0,xmm15
;;     2f: mov     r11,0x41EFFFFFFFE00000
;;     39: movq    xmm15,r11
;;     3e: punpcklqdq xmm15,xmm15
;;     43: minpd   xmm0,xmm15
;;     48: roundpd xmm0,xmm0,3
;;     4f: mov     r11,0x4330000000000000
;;     59: movq    xmm15,r11
;;     5e: punpcklqdq xmm15,xmm15
;;     63: addpd   xmm0,xmm15
;;     68: xorps   xmm15,xmm15
;;     6c: shufps  xmm0,xmm15,0x88
;;     71: leave
;;     72: ret     0x10
;;     75: cmp     dword ptr [r11+0x14],0
;;     7e: jne     0x0000000000000094
;;     84: cmp     rax,[r11+0x38]
;;     89: jb      0x00000000000000AE
;;     8f: jmp     0x000000000000001E
;;     94: mov     r11,[r14]
;;     99: mov     qword ptr [r11+0x18],0x1F
;;     a2: mov     eax,0xA
;;     a8: mov     rsp,[r11+8]
;;     ad: ret
;;     ae: mov     r11,[r14]
;;     b3: mov     qword ptr [r11+0x18],0x1F
;;     bc: mov     eax,9
;;     c2: mov     rsp,[r11+8]
;;     c7: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000076
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vxorpd  xmm15,xmm15,xmm15
;;     2a: vmaxpd  xmm0,xmm0,xmm15
;;     2f: mov     r11,0x41EFFFFFFFE00000
;;     39: vmovq   xmm15,r11
;;     3e: vpunpcklqdq xmm15,xmm15,xmm15
;;     43: vminpd  xmm0,xmm0,xmm15
;;     48: vroundpd xmm0,xmm0,3
;;     4e: mov     r11,0x4330000000000000
;;     58: vmovq   xmm15,r11
;;     5d: vpunpcklqdq xmm15,xmm15,xmm15
;;     62: vaddpd  xmm0,xmm0,xmm15
;;     67: vxorps  xmm15,xmm15,xmm15
;;     6c: vshufps xmm0,xmm0,xmm15,0x88
;;     72: leave
;;     73: ret     0x10
;;     76: cmp     dword ptr [r11+0x14],0
;;     7f: jne     0x0000000000000095
;;     85: cmp     rax,[r11+0x38]
;;     8a: jb      0x00000000000000AF
;;     90: jmp     0x000000000000001E
;;     95: mov     r11,[r14]
;;     9a: mov     qword ptr [r11+0x18],0x1F
;;     a3: mov     eax,0xA
;;     a9: mov     rsp,[r11+8]
;;     ae: ret
;;     af: mov     r11,[r14]
;;     b4: mov     qword ptr [r11+0x18],0x1F
;;     bd: mov     eax,9
;;     c3: mov     rsp,[r11+8]
;;     c8: ret
