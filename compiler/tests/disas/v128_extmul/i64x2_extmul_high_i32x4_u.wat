;; `i64x2.extmul_high_i32x4_u` of two locals.

(module
  (func (export "f") (param $a v128) (param $b v128) (result v128)
    (i64x2.extmul_high_i32x4_u (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000045
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: pshufd  xmm1,xmm1,0xFA
;;     32: pshufd  xmm15,xmm0,0xFA
;;     38: pmuludq xmm1,xmm15
;;     3d: movaps  xmm0,xmm1
;;     41: leave
;;     42: ret     0x20
;;     45: cmp     dword ptr [r11+0x14],0
;;     4e: jne     0x0000000000000064
;;     54: cmp     rax,[r11+0x38]
;;     59: jb      0x000000000000007E
;;     5f: jmp     0x000000000000001E
;;     64: mov     r11,[r14]
;;     69: mov     qword ptr [r11+0x18],0x20
;;     72: mov     eax,0xA
;;     78: mov     rsp,[r11+8]
;;     7d: ret
;;     7e: mov     r11,[r14]
;;     83: mov     qword ptr [r11+0x18],0x20
;;     8c: mov     eax,9
;;     92: mov     rsp,[r11+8]
;;     97: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000045
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: pshufd  xmm1,xmm1,0xFA
;;     32: pshufd  xmm15,xmm0,0xFA
;;     38: pmuludq xmm1,xmm15
;;     3d: movaps  xmm0,xmm1
;;     41: leave
;;     42: ret     0x20
;;     45: cmp     dword ptr [r11+0x14],0
;;     4e: jne     0x0000000000000064
;;     54: cmp     rax,[r11+0x38]
;;     59: jb      0x000000000000007E
;;     5f: jmp     0x000000000000001E
;;     64: mov     r11,[r14]
;;     69: mov     qword ptr [r11+0x18],0x20
;;     72: mov     eax,0xA
;;     78: mov     rsp,[r11+8]
;;     7d: ret
;;     7e: mov     r11,[r14]
;;     83: mov     qword ptr [r11+0x18],0x20
;;     8c: mov     eax,9
;;     92: mov     rsp,[r11+8]
;;     97: ret
