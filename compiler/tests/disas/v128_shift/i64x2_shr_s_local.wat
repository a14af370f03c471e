;; `i64x2.shr_s` by a local count (masked to the lane width).

(module
  (func (export "f") (param $a v128) (param $n i32) (result v128)
    (i64x2.shr_s (local.get $a) (local.get $n))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000055
;;     1e: mov     eax,[rbp+0x10]
;;     23: movdqu  xmm0,[rbp+0x18]
;;     2a: and     eax,0x3F
;;     31: movd    xmm15,eax
;;     36: pshufd  xmm1,xmm0,0xF5
;;     3c: psrad   xmm1,0x1F
;;     42: pxor    xmm0,xmm1
;;     47: psrlq   xmm0,xmm15
;;     4c: pxor    xmm0,xmm1
;;     51: leave
;;     52: ret     0x18
;;     55: cmp     dword ptr [r11+0x14],0
;;     5e: jne     0x0000000000000074
;;     64: cmp     rax,[r11+0x38]
;;     69: jb      0x000000000000008E
;;     6f: jmp     0x000000000000001E
;;     74: mov     r11,[r14]
;;     79: mov     qword ptr [r11+0x18],0x20
;;     82: mov     eax,0xA
;;     88: mov     rsp,[r11+8]
;;     8d: ret
;;     8e: mov     r11,[r14]
;;     93: mov     qword ptr [r11+0x18],0x20
;;     9c: mov     eax,9
;;     a2: mov     rsp,[r11+8]
;;     a7: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000055
;;     1e: mov     eax,[rbp+0x10]
;;     23: vmovdqu xmm0,[rbp+0x18]
;;     2a: and     eax,0x3F
;;     31: movd    xmm15,eax
;;     36: pshufd  xmm1,xmm0,0xF5
;;     3c: psrad   xmm1,0x1F
;;     42: pxor    xmm0,xmm1
;;     47: psrlq   xmm0,xmm15
;;     4c: pxor    xmm0,xmm1
;;     51: leave
;;     52: ret     0x18
;;     55: cmp     dword ptr [r11+0x14],0
;;     5e: jne     0x0000000000000074
;;     64: cmp     rax,[r11+0x38]
;;     69: jb      0x000000000000008E
;;     6f: jmp     0x000000000000001E
;;     74: mov     r11,[r14]
;;     79: mov     qword ptr [r11+0x18],0x20
;;     82: mov     eax,0xA
;;     88: mov     rsp,[r11+8]
;;     8d: ret
;;     8e: mov     r11,[r14]
;;     93: mov     qword ptr [r11+0x18],0x20
;;     9c: mov     eax,9
;;     a2: mov     rsp,[r11+8]
;;     a7: ret
