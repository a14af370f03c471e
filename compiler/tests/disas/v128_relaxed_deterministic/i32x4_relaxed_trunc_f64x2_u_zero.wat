;; `i32x4.relaxed_trunc_f64x2_u_zero` of locals, deterministic mode: the same result with both encodings.
;; relaxed-simd: deterministic

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
;;     18: jb      0x0000000000000073
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
;;     72: ret
;;     73: cmp     dword ptr [r11+0x14],0
;;     7c: jne     0x0000000000000092
;;     82: cmp     rax,[r11+0x38]
;;     87: jb      0x00000000000000AC
;;     8d: jmp     0x000000000000001E
;;     92: mov     r11,[r14]
;;     97: mov     qword ptr [r11+0x18],0x1F
;;     a0: mov     eax,0xA
;;     a6: mov     rsp,[r11+8]
;;     ab: ret
;;     ac: mov     r11,[r14]
;;     b1: mov     qword ptr [r11+0x18],0x1F
;;     ba: mov     eax,9
;;     c0: mov     rsp,[r11+8]
;;     c5: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000074
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
;;     73: ret
;;     74: cmp     dword ptr [r11+0x14],0
;;     7d: jne     0x0000000000000093
;;     83: cmp     rax,[r11+0x38]
;;     88: jb      0x00000000000000AD
;;     8e: jmp     0x000000000000001E
;;     93: mov     r11,[r14]
;;     98: mov     qword ptr [r11+0x18],0x1F
;;     a1: mov     eax,0xA
;;     a7: mov     rsp,[r11+8]
;;     ac: ret
;;     ad: mov     r11,[r14]
;;     b2: mov     qword ptr [r11+0x18],0x1F
;;     bb: mov     eax,9
;;     c1: mov     rsp,[r11+8]
;;     c6: ret
