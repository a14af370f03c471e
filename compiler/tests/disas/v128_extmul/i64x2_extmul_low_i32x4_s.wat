;; `i64x2.extmul_low_i32x4_s` of two locals.

(module
  (func (export "f") (param $a v128) (param $b v128) (result v128)
    (i64x2.extmul_low_i32x4_s (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000046
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: pshufd  xmm1,xmm1,0x50
;;     32: pshufd  xmm15,xmm0,0x50
;;     38: pmuldq  xmm1,xmm15
;;     3e: movaps  xmm0,xmm1
;;     42: leave
;;     43: ret     0x20
;;     46: cmp     dword ptr [r11+0x14],0
;;     4f: jne     0x0000000000000065
;;     55: cmp     rax,[r11+0x38]
;;     5a: jb      0x000000000000007F
;;     60: jmp     0x000000000000001E
;;     65: mov     r11,[r14]
;;     6a: mov     qword ptr [r11+0x18],0x20
;;     73: mov     eax,0xA
;;     79: mov     rsp,[r11+8]
;;     7e: ret
;;     7f: mov     r11,[r14]
;;     84: mov     qword ptr [r11+0x18],0x20
;;     8d: mov     eax,9
;;     93: mov     rsp,[r11+8]
;;     98: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000046
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: pshufd  xmm1,xmm1,0x50
;;     32: pshufd  xmm15,xmm0,0x50
;;     38: pmuldq  xmm1,xmm15
;;     3e: movaps  xmm0,xmm1
;;     42: leave
;;     43: ret     0x20
;;     46: cmp     dword ptr [r11+0x14],0
;;     4f: jne     0x0000000000000065
;;     55: cmp     rax,[r11+0x38]
;;     5a: jb      0x000000000000007F
;;     60: jmp     0x000000000000001E
;;     65: mov     r11,[r14]
;;     6a: mov     qword ptr [r11+0x18],0x20
;;     73: mov     eax,0xA
;;     79: mov     rsp,[r11+8]
;;     7e: ret
;;     7f: mov     r11,[r14]
;;     84: mov     qword ptr [r11+0x18],0x20
;;     8d: mov     eax,9
;;     93: mov     rsp,[r11+8]
;;     98: ret
