;; `i16x8.relaxed_dot_i8x16_i7x16_s` of locals, deterministic mode: the same result with both encodings.
;; relaxed-simd: deterministic

(module
  (func (export "f") (param $a v128) (param $b v128) (result v128)
    (i16x8.relaxed_dot_i8x16_i7x16_s (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000006F
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: movdqa  xmm2,xmm1
;;     31: psllw   xmm2,8
;;     37: psraw   xmm2,8
;;     3d: movdqa  xmm15,xmm0
;;     42: psllw   xmm15,8
;;     48: psraw   xmm15,8
;;     4e: pmullw  xmm2,xmm15
;;     53: psraw   xmm1,8
;;     59: psraw   xmm0,8
;;     5f: pmullw  xmm1,xmm0
;;     64: paddw   xmm1,xmm2
;;     69: movaps  xmm0,xmm1
;;     6d: leave
;;     6e: ret
;;     6f: cmp     dword ptr [r11+0x14],0
;;     78: jne     0x000000000000008E
;;     7e: cmp     rax,[r11+0x38]
;;     83: jb      0x00000000000000A8
;;     89: jmp     0x000000000000001E
;;     8e: mov     r11,[r14]
;;     93: mov     qword ptr [r11+0x18],0x20
;;     9c: mov     eax,0xA
;;     a2: mov     rsp,[r11+8]
;;     a7: ret
;;     a8: mov     r11,[r14]
;;     ad: mov     qword ptr [r11+0x18],0x20
;;     b6: mov     eax,9
;;     bc: mov     rsp,[r11+8]
;;     c1: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000065
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: vpsllw  xmm2,xmm1,8
;;     32: vpsraw  xmm2,xmm2,8
;;     38: vpsllw  xmm15,xmm0,8
;;     3e: vpsraw  xmm15,xmm15,8
;;     44: vpmullw xmm2,xmm2,xmm15
;;     49: vpsraw  xmm1,xmm1,8
;;     4f: vpsraw  xmm0,xmm0,8
;;     55: vpmullw xmm1,xmm1,xmm0
;;     5a: vpaddw  xmm1,xmm1,xmm2
;;     5f: movaps  xmm0,xmm1
;;     63: leave
;;     64: ret
;;     65: cmp     dword ptr [r11+0x14],0
;;     6e: jne     0x0000000000000084
;;     74: cmp     rax,[r11+0x38]
;;     79: jb      0x000000000000009E
;;     7f: jmp     0x000000000000001E
;;     84: mov     r11,[r14]
;;     89: mov     qword ptr [r11+0x18],0x20
;;     92: mov     eax,0xA
;;     98: mov     rsp,[r11+8]
;;     9d: ret
;;     9e: mov     r11,[r14]
;;     a3: mov     qword ptr [r11+0x18],0x20
;;     ac: mov     eax,9
;;     b2: mov     rsp,[r11+8]
;;     b7: ret
