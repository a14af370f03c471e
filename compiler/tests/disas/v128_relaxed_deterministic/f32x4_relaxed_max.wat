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
;;     18: jb      0x0000000000000059
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
;;     58: ret
;;     59: cmp     dword ptr [r11+0x14],0
;;     62: jne     0x0000000000000078
;;     68: cmp     rax,[r11+0x38]
;;     6d: jb      0x0000000000000092
;;     73: jmp     0x000000000000001E
;;     78: mov     r11,[r14]
;;     7d: mov     qword ptr [r11+0x18],0x20
;;     86: mov     eax,0xA
;;     8c: mov     rsp,[r11+8]
;;     91: ret
;;     92: mov     r11,[r14]
;;     97: mov     qword ptr [r11+0x18],0x20
;;     a0: mov     eax,9
;;     a6: mov     rsp,[r11+8]
;;     ab: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000005C
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
;;     5b: ret
;;     5c: cmp     dword ptr [r11+0x14],0
;;     65: jne     0x000000000000007B
;;     6b: cmp     rax,[r11+0x38]
;;     70: jb      0x0000000000000095
;;     76: jmp     0x000000000000001E
;;     7b: mov     r11,[r14]
;;     80: mov     qword ptr [r11+0x18],0x20
;;     89: mov     eax,0xA
;;     8f: mov     rsp,[r11+8]
;;     94: ret
;;     95: mov     r11,[r14]
;;     9a: mov     qword ptr [r11+0x18],0x20
;;     a3: mov     eax,9
;;     a9: mov     rsp,[r11+8]
;;     ae: ret
