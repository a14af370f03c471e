;; `i64x2.abs` of a local.

(module
  (func (export "f") (param $a v128) (result v128)
    (i64x2.abs (local.get $a))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003F
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: pshufd  xmm15,xmm0,0xF5
;;     2b: psrad   xmm15,0x1F
;;     31: pxor    xmm0,xmm15
;;     36: psubq   xmm0,xmm15
;;     3b: leave
;;     3c: ret     0x10
;;     3f: cmp     dword ptr [r11+0x14],0
;;     48: jne     0x000000000000005E
;;     4e: cmp     rax,[r11+0x38]
;;     53: jb      0x0000000000000078
;;     59: jmp     0x000000000000001E
;;     5e: mov     r11,[r14]
;;     63: mov     qword ptr [r11+0x18],0x1F
;;     6c: mov     eax,0xA
;;     72: mov     rsp,[r11+8]
;;     77: ret
;;     78: mov     r11,[r14]
;;     7d: mov     qword ptr [r11+0x18],0x1F
;;     86: mov     eax,9
;;     8c: mov     rsp,[r11+8]
;;     91: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003F
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: pshufd  xmm15,xmm0,0xF5
;;     2b: psrad   xmm15,0x1F
;;     31: pxor    xmm0,xmm15
;;     36: psubq   xmm0,xmm15
;;     3b: leave
;;     3c: ret     0x10
;;     3f: cmp     dword ptr [r11+0x14],0
;;     48: jne     0x000000000000005E
;;     4e: cmp     rax,[r11+0x38]
;;     53: jb      0x0000000000000078
;;     59: jmp     0x000000000000001E
;;     5e: mov     r11,[r14]
;;     63: mov     qword ptr [r11+0x18],0x1F
;;     6c: mov     eax,0xA
;;     72: mov     rsp,[r11+8]
;;     77: ret
;;     78: mov     r11,[r14]
;;     7d: mov     qword ptr [r11+0x18],0x1F
;;     86: mov     eax,9
;;     8c: mov     rsp,[r11+8]
;;     91: ret
