;; `i32x4.relaxed_dot_i8x16_i7x16_add_s` of locals, deterministic mode: the same result with both encodings.
;; relaxed-simd: deterministic

(module
  (func (export "f") (param $a v128) (param $b v128) (param $c v128) (result v128)
    (i32x4.relaxed_dot_i8x16_i7x16_add_s (local.get $a) (local.get $b) (local.get $c))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000008B
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: movdqu  xmm2,[rbp+0x30]
;;     33: movdqa  xmm3,xmm2
;;     38: psllw   xmm3,8
;;     3e: psraw   xmm3,8
;;     44: movdqa  xmm15,xmm1
;;     49: psllw   xmm15,8
;;     4f: psraw   xmm15,8
;;     55: pmullw  xmm3,xmm15
;;     5a: psraw   xmm2,8
;;     60: psraw   xmm1,8
;;     66: pmullw  xmm2,xmm1
;;     6b: paddw   xmm2,xmm3
;;     70: pcmpeqw xmm15,xmm15
;;     75: psrlw   xmm15,0xF
;;     7b: pmaddwd xmm2,xmm15
;;     80: paddd   xmm2,xmm0
;;     85: movaps  xmm0,xmm2
;;     89: leave
;;     8a: ret
;;     8b: cmp     dword ptr [r11+0x14],0
;;     94: jne     0x00000000000000AA
;;     9a: cmp     rax,[r11+0x38]
;;     9f: jb      0x00000000000000C4
;;     a5: jmp     0x000000000000001E
;;     aa: mov     r11,[r14]
;;     af: mov     qword ptr [r11+0x18],0x21
;;     b8: mov     eax,0xA
;;     be: mov     rsp,[r11+8]
;;     c3: ret
;;     c4: mov     r11,[r14]
;;     c9: mov     qword ptr [r11+0x18],0x21
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
;;     18: jb      0x0000000000000081
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: vmovdqu xmm2,[rbp+0x30]
;;     33: vpsllw  xmm3,xmm2,8
;;     39: vpsraw  xmm3,xmm3,8
;;     3f: vpsllw  xmm15,xmm1,8
;;     45: vpsraw  xmm15,xmm15,8
;;     4b: vpmullw xmm3,xmm3,xmm15
;;     50: vpsraw  xmm2,xmm2,8
;;     56: vpsraw  xmm1,xmm1,8
;;     5c: vpmullw xmm2,xmm2,xmm1
;;     61: vpaddw  xmm2,xmm2,xmm3
;;     66: vpcmpeqw xmm15,xmm15,xmm15
;;     6b: vpsrlw  xmm15,xmm15,0xF
;;     71: vpmaddwd xmm2,xmm2,xmm15
;;     76: vpaddd  xmm2,xmm2,xmm0
;;     7b: movaps  xmm0,xmm2
;;     7f: leave
;;     80: ret
;;     81: cmp     dword ptr [r11+0x14],0
;;     8a: jne     0x00000000000000A0
;;     90: cmp     rax,[r11+0x38]
;;     95: jb      0x00000000000000BA
;;     9b: jmp     0x000000000000001E
;;     a0: mov     r11,[r14]
;;     a5: mov     qword ptr [r11+0x18],0x21
;;     ae: mov     eax,0xA
;;     b4: mov     rsp,[r11+8]
;;     b9: ret
;;     ba: mov     r11,[r14]
;;     bf: mov     qword ptr [r11+0x18],0x21
;;     c8: mov     eax,9
;;     ce: mov     rsp,[r11+8]
;;     d3: ret
