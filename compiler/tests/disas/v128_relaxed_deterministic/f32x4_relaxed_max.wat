;; `f32x4.relaxed_max` of locals, deterministic mode: the same result with both encodings.
;; relaxed-simd: deterministic

(module
  (func (export "f") (param $a v128) (param $b v128) (result v128)
    (f32x4.relaxed_max (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000005B
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: movaps  xmm15,xmm0
;;     30: maxps   xmm15,xmm1
;;     34: maxps   xmm1,xmm0
;;     38: xorps   xmm1,xmm15
;;     3c: orps    xmm15,xmm1
;;     40: subps   xmm15,xmm1
;;     44: cmpunordps xmm1,xmm15
;;     49: psrld   xmm1,0xA
;;     4f: andnps  xmm1,xmm15
;;     53: movaps  xmm0,xmm1
;;     57: leave
;;     58: ret     0x20
;;     5b: cmp     dword ptr [r11+0x14],0
;;     64: jne     0x000000000000007A
;;     6a: cmp     rax,[r11+0x38]
;;     6f: jb      0x0000000000000094
;;     75: jmp     0x000000000000001E
;;     7a: mov     r11,[r14]
;;     7f: mov     qword ptr [r11+0x18],0x20
;;     88: mov     eax,0xA
;;     8e: mov     rsp,[r11+8]
;;     93: ret
;;     94: mov     r11,[r14]
;;     99: mov     qword ptr [r11+0x18],0x20
;;     a2: mov     eax,9
;;     a8: mov     rsp,[r11+8]
;;     ad: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000005E
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: vmaxps  xmm15,xmm0,xmm1
;;     31: vmaxps  xmm1,xmm1,xmm0
;;     36: vxorps  xmm1,xmm1,xmm15
;;     3b: vorps   xmm15,xmm15,xmm1
;;     40: vsubps  xmm15,xmm15,xmm1
;;     45: vcmpunordps xmm1,xmm1,xmm15
;;     4b: vpsrld  xmm1,xmm1,0xA
;;     51: vandnps xmm1,xmm1,xmm15
;;     56: movaps  xmm0,xmm1
;;     5a: leave
;;     5b: ret     0x20
;;     5e: cmp     dword ptr [r11+0x14],0
;;     67: jne     0x000000000000007D
;;     6d: cmp     rax,[r11+0x38]
;;     72: jb      0x0000000000000097
;;     78: jmp     0x000000000000001E
;;     7d: mov     r11,[r14]
;;     82: mov     qword ptr [r11+0x18],0x20
;;     8b: mov     eax,0xA
;;     91: mov     rsp,[r11+8]
;;     96: ret
;;     97: mov     r11,[r14]
;;     9c: mov     qword ptr [r11+0x18],0x20
;;     a5: mov     eax,9
;;     ab: mov     rsp,[r11+8]
;;     b0: ret
