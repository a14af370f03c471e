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
;;     18: jb      0x0000000000000067
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
;;     64: ret     0x30
;;     67: cmp     dword ptr [r11+0x14],0
;;     70: jne     0x0000000000000086
;;     76: cmp     rax,[r11+0x38]
;;     7b: jb      0x00000000000000A0
;;     81: jmp     0x000000000000001E
;;     86: mov     r11,[r14]
;;     8b: mov     qword ptr [r11+0x18],0x21
;;     94: mov     eax,0xA
;;     9a: mov     rsp,[r11+8]
;;     9f: ret
;;     a0: mov     r11,[r14]
;;     a5: mov     qword ptr [r11+0x18],0x21
;;     ae: mov     eax,9
;;     b4: mov     rsp,[r11+8]
;;     b9: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000005B
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
;;     58: ret     0x30
;;     5b: cmp     dword ptr [r11+0x14],0
;;     64: jne     0x000000000000007A
;;     6a: cmp     rax,[r11+0x38]
;;     6f: jb      0x0000000000000094
;;     75: jmp     0x000000000000001E
;;     7a: mov     r11,[r14]
;;     7f: mov     qword ptr [r11+0x18],0x21
;;     88: mov     eax,0xA
;;     8e: mov     rsp,[r11+8]
;;     93: ret
;;     94: mov     r11,[r14]
;;     99: mov     qword ptr [r11+0x18],0x21
;;     a2: mov     eax,9
;;     a8: mov     rsp,[r11+8]
;;     ad: ret
