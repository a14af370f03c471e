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
;;     18: jb      0x0000000000000071
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
;;     64: paddsw  xmm1,xmm2
;;     69: movaps  xmm0,xmm1
;;     6d: leave
;;     6e: ret     0x20
;;     71: cmp     dword ptr [r11+0x14],0
;;     7a: jne     0x0000000000000090
;;     80: cmp     rax,[r11+0x38]
;;     85: jb      0x00000000000000AA
;;     8b: jmp     0x000000000000001E
;;     90: mov     r11,[r14]
;;     95: mov     qword ptr [r11+0x18],0x20
;;     9e: mov     eax,0xA
;;     a4: mov     rsp,[r11+8]
;;     a9: ret
;;     aa: mov     r11,[r14]
;;     af: mov     qword ptr [r11+0x18],0x20
;;     b8: mov     eax,9
;;     be: mov     rsp,[r11+8]
;;     c3: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000067
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
;;     5a: vpaddsw xmm1,xmm1,xmm2
;;     5f: movaps  xmm0,xmm1
;;     63: leave
;;     64: ret     0x20
;;     67: cmp     dword ptr [r11+0x14],0
;;     70: jne     0x0000000000000086
;;     76: cmp     rax,[r11+0x38]
;;     7b: jb      0x00000000000000A0
;;     81: jmp     0x000000000000001E
;;     86: mov     r11,[r14]
;;     8b: mov     qword ptr [r11+0x18],0x20
;;     94: mov     eax,0xA
;;     9a: mov     rsp,[r11+8]
;;     9f: ret
;;     a0: mov     r11,[r14]
;;     a5: mov     qword ptr [r11+0x18],0x20
;;     ae: mov     eax,9
;;     b4: mov     rsp,[r11+8]
;;     b9: ret
