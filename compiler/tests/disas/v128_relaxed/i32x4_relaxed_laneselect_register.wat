;; `i32x4.relaxed_laneselect` of values computed into registers: with SSE4.1 the blend's
;; mask must be in xmm0, where the first operand was computed, so that one moves out.

(module
  (func (export "f") (param $a v128) (param $b v128) (param $c v128) (result v128)
    (i32x4.relaxed_laneselect
      (v128.not (local.get $a))
      (v128.not (local.get $b))
      (v128.not (local.get $c)))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000065
;;     1e: movdqu  xmm0,[rbp+0x30]
;;     25: pcmpeqd xmm15,xmm15
;;     2a: pxor    xmm0,xmm15
;;     2f: movdqu  xmm1,[rbp+0x20]
;;     36: pcmpeqd xmm15,xmm15
;;     3b: pxor    xmm1,xmm15
;;     40: movdqu  xmm2,[rbp+0x10]
;;     47: pcmpeqd xmm15,xmm15
;;     4c: pxor    xmm2,xmm15
;;     51: movaps  xmm3,xmm0
;;     55: movaps  xmm0,xmm2
;;     59: blendvps xmm1,xmm3
;;     5f: movaps  xmm0,xmm1
;;     63: leave
;;     64: ret
;;     65: cmp     dword ptr [r11+0x14],0
;;     6e: jne     0x0000000000000084
;;     74: cmp     rax,[r11+0x38]
;;     79: jb      0x000000000000009E
;;     7f: jmp     0x000000000000001E
;;     84: mov     r11,[r14]
;;     89: mov     qword ptr [r11+0x18],0x21
;;     92: mov     eax,0xA
;;     98: mov     rsp,[r11+8]
;;     9d: ret
;;     9e: mov     r11,[r14]
;;     a3: mov     qword ptr [r11+0x18],0x21
;;     ac: mov     eax,9
;;     b2: mov     rsp,[r11+8]
;;     b7: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000059
;;     1e: vmovdqu xmm0,[rbp+0x30]
;;     25: vpcmpeqd xmm15,xmm15,xmm15
;;     2a: vpxor   xmm0,xmm0,xmm15
;;     2f: vmovdqu xmm1,[rbp+0x20]
;;     36: vpcmpeqd xmm15,xmm15,xmm15
;;     3b: vpxor   xmm1,xmm1,xmm15
;;     40: vmovdqu xmm2,[rbp+0x10]
;;     47: vpcmpeqd xmm15,xmm15,xmm15
;;     4c: vpxor   xmm2,xmm2,xmm15
;;     51: vblendvps xmm0,xmm1,xmm0,xmm2
;;     57: leave
;;     58: ret
;;     59: cmp     dword ptr [r11+0x14],0
;;     62: jne     0x0000000000000078
;;     68: cmp     rax,[r11+0x38]
;;     6d: jb      0x0000000000000092
;;     73: jmp     0x000000000000001E
;;     78: mov     r11,[r14]
;;     7d: mov     qword ptr [r11+0x18],0x21
;;     86: mov     eax,0xA
;;     8c: mov     rsp,[r11+8]
;;     91: ret
;;     92: mov     r11,[r14]
;;     97: mov     qword ptr [r11+0x18],0x21
;;     a0: mov     eax,9
;;     a6: mov     rsp,[r11+8]
;;     ab: ret
