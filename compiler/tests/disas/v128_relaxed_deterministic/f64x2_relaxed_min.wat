;; `f64x2.relaxed_min` of locals, deterministic mode: the same result with both encodings.
;; relaxed-simd: deterministic

(module
  (func (export "f") (param $a v128) (param $b v128) (result v128)
    (f64x2.relaxed_min (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000005A
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: movaps  xmm15,xmm0
;;     30: minpd   xmm15,xmm1
;;     35: minpd   xmm1,xmm0
;;     3a: orps    xmm15,xmm1
;;     3e: cmpunordpd xmm1,xmm15
;;     44: orps    xmm15,xmm1
;;     48: psrlq   xmm1,0xD
;;     4e: andnps  xmm1,xmm15
;;     52: movaps  xmm0,xmm1
;;     56: leave
;;     57: ret     0x20
;;     5a: cmp     dword ptr [r11+0x14],0
;;     63: jne     0x0000000000000079
;;     69: cmp     rax,[r11+0x38]
;;     6e: jb      0x0000000000000093
;;     74: jmp     0x000000000000001E
;;     79: mov     r11,[r14]
;;     7e: mov     qword ptr [r11+0x18],0x20
;;     87: mov     eax,0xA
;;     8d: mov     rsp,[r11+8]
;;     92: ret
;;     93: mov     r11,[r14]
;;     98: mov     qword ptr [r11+0x18],0x20
;;     a1: mov     eax,9
;;     a7: mov     rsp,[r11+8]
;;     ac: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000059
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: vminpd  xmm15,xmm0,xmm1
;;     31: vminpd  xmm1,xmm1,xmm0
;;     36: vorps   xmm15,xmm15,xmm1
;;     3b: vcmpunordpd xmm1,xmm1,xmm15
;;     41: vorps   xmm15,xmm15,xmm1
;;     46: vpsrlq  xmm1,xmm1,0xD
;;     4c: vandnps xmm1,xmm1,xmm15
;;     51: movaps  xmm0,xmm1
;;     55: leave
;;     56: ret     0x20
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
