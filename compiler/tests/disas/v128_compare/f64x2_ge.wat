;; `f64x2.ge` of two locals.
;; Finding (SSE4.1): the operation computes into the other operand's register, then two
;; `movaps` move the result back (`movaps xmm1,xmm0; movaps xmm0,xmm1`).

(module
  (func (export "f") (param $a v128) (param $b v128) (result v128)
    (f64x2.ge (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003E
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: cmplepd xmm0,xmm1
;;     32: movaps  xmm1,xmm0
;;     36: movaps  xmm0,xmm1
;;     3a: leave
;;     3b: ret     0x20
;;     3e: cmp     dword ptr [r11+0x14],0
;;     47: jne     0x000000000000005D
;;     4d: cmp     rax,[r11+0x38]
;;     52: jb      0x0000000000000077
;;     58: jmp     0x000000000000001E
;;     5d: mov     r11,[r14]
;;     62: mov     qword ptr [r11+0x18],0x20
;;     6b: mov     eax,0xA
;;     71: mov     rsp,[r11+8]
;;     76: ret
;;     77: mov     r11,[r14]
;;     7c: mov     qword ptr [r11+0x18],0x20
;;     85: mov     eax,9
;;     8b: mov     rsp,[r11+8]
;;     90: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003A
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: vcmplepd xmm1,xmm0,xmm1
;;     32: movaps  xmm0,xmm1
;;     36: leave
;;     37: ret     0x20
;;     3a: cmp     dword ptr [r11+0x14],0
;;     43: jne     0x0000000000000059
;;     49: cmp     rax,[r11+0x38]
;;     4e: jb      0x0000000000000073
;;     54: jmp     0x000000000000001E
;;     59: mov     r11,[r14]
;;     5e: mov     qword ptr [r11+0x18],0x20
;;     67: mov     eax,0xA
;;     6d: mov     rsp,[r11+8]
;;     72: ret
;;     73: mov     r11,[r14]
;;     78: mov     qword ptr [r11+0x18],0x20
;;     81: mov     eax,9
;;     87: mov     rsp,[r11+8]
;;     8c: ret
