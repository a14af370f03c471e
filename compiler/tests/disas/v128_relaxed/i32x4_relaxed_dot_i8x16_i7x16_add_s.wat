;; `i32x4.relaxed_dot_i8x16_i7x16_add_s` of locals, native mode: the encoding's fastest sequence.

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
;;     18: jb      0x0000000000000059
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: movdqu  xmm2,[rbp+0x30]
;;     33: pmaddubsw xmm1,xmm2
;;     39: movdqa  xmm2,xmm1
;;     3e: pcmpeqw xmm15,xmm15
;;     43: psrlw   xmm15,0xF
;;     49: pmaddwd xmm2,xmm15
;;     4e: paddd   xmm2,xmm0
;;     53: movaps  xmm0,xmm2
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

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000053
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: vmovdqu xmm2,[rbp+0x30]
;;     33: vpmaddubsw xmm2,xmm1,xmm2
;;     38: vpcmpeqw xmm15,xmm15,xmm15
;;     3d: vpsrlw  xmm15,xmm15,0xF
;;     43: vpmaddwd xmm2,xmm2,xmm15
;;     48: vpaddd  xmm2,xmm2,xmm0
;;     4d: movaps  xmm0,xmm2
;;     51: leave
;;     52: ret
;;     53: cmp     dword ptr [r11+0x14],0
;;     5c: jne     0x0000000000000072
;;     62: cmp     rax,[r11+0x38]
;;     67: jb      0x000000000000008C
;;     6d: jmp     0x000000000000001E
;;     72: mov     r11,[r14]
;;     77: mov     qword ptr [r11+0x18],0x21
;;     80: mov     eax,0xA
;;     86: mov     rsp,[r11+8]
;;     8b: ret
;;     8c: mov     r11,[r14]
;;     91: mov     qword ptr [r11+0x18],0x21
;;     9a: mov     eax,9
;;     a0: mov     rsp,[r11+8]
;;     a5: ret
