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
;;     18: jb      0x000000000000008D
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
;;     6b: paddsw  xmm2,xmm3
;;     70: pcmpeqw xmm15,xmm15
;;     75: psrlw   xmm15,0xF
;;     7b: pmaddwd xmm2,xmm15
;;     80: paddd   xmm2,xmm0
;;     85: movaps  xmm0,xmm2
;;     89: leave
;;     8a: ret     0x30
;;     8d: cmp     dword ptr [r11+0x14],0
;;     96: jne     0x00000000000000AC
;;     9c: cmp     rax,[r11+0x38]
;;     a1: jb      0x00000000000000C6
;;     a7: jmp     0x000000000000001E
;;     ac: mov     r11,[r14]
;;     b1: mov     qword ptr [r11+0x18],0x21
;;     ba: mov     eax,0xA
;;     c0: mov     rsp,[r11+8]
;;     c5: ret
;;     c6: mov     r11,[r14]
;;     cb: mov     qword ptr [r11+0x18],0x21
;;     d4: mov     eax,9
;;     da: mov     rsp,[r11+8]
;;     df: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000083
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
;;     61: vpaddsw xmm2,xmm2,xmm3
;;     66: vpcmpeqw xmm15,xmm15,xmm15
;;     6b: vpsrlw  xmm15,xmm15,0xF
;;     71: vpmaddwd xmm2,xmm2,xmm15
;;     76: vpaddd  xmm2,xmm2,xmm0
;;     7b: movaps  xmm0,xmm2
;;     7f: leave
;;     80: ret     0x30
;;     83: cmp     dword ptr [r11+0x14],0
;;     8c: jne     0x00000000000000A2
;;     92: cmp     rax,[r11+0x38]
;;     97: jb      0x00000000000000BC
;;     9d: jmp     0x000000000000001E
;;     a2: mov     r11,[r14]
;;     a7: mov     qword ptr [r11+0x18],0x21
;;     b0: mov     eax,0xA
;;     b6: mov     rsp,[r11+8]
;;     bb: ret
;;     bc: mov     r11,[r14]
;;     c1: mov     qword ptr [r11+0x18],0x21
;;     ca: mov     eax,9
;;     d0: mov     rsp,[r11+8]
;;     d5: ret
