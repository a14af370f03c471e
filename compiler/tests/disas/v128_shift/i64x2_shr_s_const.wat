;; `i64x2.shr_s` by a constant.

(module
  (func (export "f") (param $a v128) (result v128)
    (i64x2.shr_s (local.get $a) (i32.const 9))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000045
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: pshufd  xmm15,xmm0,0xF5
;;     2b: psrad   xmm15,0x1F
;;     31: pxor    xmm0,xmm15
;;     36: psrlq   xmm0,9
;;     3c: pxor    xmm0,xmm15
;;     41: leave
;;     42: ret     0x10
;;     45: cmp     dword ptr [r11+0x14],0
;;     4e: jne     0x0000000000000064
;;     54: cmp     rax,[r11+0x38]
;;     59: jb      0x000000000000007E
;;     5f: jmp     0x000000000000001E
;;     64: mov     r11,[r14]
;;     69: mov     qword ptr [r11+0x18],0x1F
;;     72: mov     eax,0xA
;;     78: mov     rsp,[r11+8]
;;     7d: ret
;;     7e: mov     r11,[r14]
;;     83: mov     qword ptr [r11+0x18],0x1F
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
;;     25: pshufd  xmm15,xmm0,0xF5
;;     2b: psrad   xmm15,0x1F
;;     31: pxor    xmm0,xmm15
;;     36: psrlq   xmm0,9
;;     3c: pxor    xmm0,xmm15
;;     41: leave
;;     42: ret     0x10
;;     45: cmp     dword ptr [r11+0x14],0
;;     4e: jne     0x0000000000000064
;;     54: cmp     rax,[r11+0x38]
;;     59: jb      0x000000000000007E
;;     5f: jmp     0x000000000000001E
;;     64: mov     r11,[r14]
;;     69: mov     qword ptr [r11+0x18],0x1F
;;     72: mov     eax,0xA
;;     78: mov     rsp,[r11+8]
;;     7d: ret
;;     7e: mov     r11,[r14]
;;     83: mov     qword ptr [r11+0x18],0x1F
;;     8c: mov     eax,9
;;     92: mov     rsp,[r11+8]
;;     97: ret
