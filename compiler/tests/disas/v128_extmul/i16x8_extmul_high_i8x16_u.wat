;; `i16x8.extmul_high_i8x16_u` of two locals.

(module
  (func (export "f") (param $a v128) (param $b v128) (result v128)
    (i16x8.extmul_high_i8x16_u (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000056
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: movdqa  xmm15,xmm0
;;     31: pshufd  xmm1,xmm1,0xEE
;;     37: pmovzxbw xmm1,xmm1
;;     3d: pshufd  xmm15,xmm15,0xEE
;;     43: pmovzxbw xmm15,xmm15
;;     49: pmullw  xmm1,xmm15
;;     4e: movaps  xmm0,xmm1
;;     52: leave
;;     53: ret     0x20
;;     56: cmp     dword ptr [r11+0x14],0
;;     5f: jne     0x0000000000000075
;;     65: cmp     rax,[r11+0x38]
;;     6a: jb      0x000000000000008F
;;     70: jmp     0x000000000000001E
;;     75: mov     r11,[r14]
;;     7a: mov     qword ptr [r11+0x18],0x20
;;     83: mov     eax,0xA
;;     89: mov     rsp,[r11+8]
;;     8e: ret
;;     8f: mov     r11,[r14]
;;     94: mov     qword ptr [r11+0x18],0x20
;;     9d: mov     eax,9
;;     a3: mov     rsp,[r11+8]
;;     a8: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000056
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: movdqa  xmm15,xmm0
;;     31: pshufd  xmm1,xmm1,0xEE
;;     37: pmovzxbw xmm1,xmm1
;;     3d: pshufd  xmm15,xmm15,0xEE
;;     43: pmovzxbw xmm15,xmm15
;;     49: pmullw  xmm1,xmm15
;;     4e: movaps  xmm0,xmm1
;;     52: leave
;;     53: ret     0x20
;;     56: cmp     dword ptr [r11+0x14],0
;;     5f: jne     0x0000000000000075
;;     65: cmp     rax,[r11+0x38]
;;     6a: jb      0x000000000000008F
;;     70: jmp     0x000000000000001E
;;     75: mov     r11,[r14]
;;     7a: mov     qword ptr [r11+0x18],0x20
;;     83: mov     eax,0xA
;;     89: mov     rsp,[r11+8]
;;     8e: ret
;;     8f: mov     r11,[r14]
;;     94: mov     qword ptr [r11+0x18],0x20
;;     9d: mov     eax,9
;;     a3: mov     rsp,[r11+8]
;;     a8: ret
