;; `i8x16.shr_s` by a constant.

(module
  (func (export "f") (param $a v128) (result v128)
    (i8x16.shr_s (local.get $a) (i32.const 2))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004E
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqa  xmm15,xmm0
;;     2a: punpcklbw xmm15,xmm15
;;     2f: punpckhbw xmm0,xmm0
;;     34: psraw   xmm15,0xA
;;     3a: psraw   xmm0,0xA
;;     40: packsswb xmm15,xmm0
;;     45: movdqa  xmm0,xmm15
;;     4a: leave
;;     4b: ret     0x10
;;     4e: cmp     dword ptr [r11+0x14],0
;;     57: jne     0x000000000000006D
;;     5d: cmp     rax,[r11+0x38]
;;     62: jb      0x0000000000000087
;;     68: jmp     0x000000000000001E
;;     6d: mov     r11,[r14]
;;     72: mov     qword ptr [r11+0x18],0x1F
;;     7b: mov     eax,0xA
;;     81: mov     rsp,[r11+8]
;;     86: ret
;;     87: mov     r11,[r14]
;;     8c: mov     qword ptr [r11+0x18],0x1F
;;     95: mov     eax,9
;;     9b: mov     rsp,[r11+8]
;;     a0: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004E
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: movdqa  xmm15,xmm0
;;     2a: punpcklbw xmm15,xmm15
;;     2f: punpckhbw xmm0,xmm0
;;     34: psraw   xmm15,0xA
;;     3a: psraw   xmm0,0xA
;;     40: packsswb xmm15,xmm0
;;     45: movdqa  xmm0,xmm15
;;     4a: leave
;;     4b: ret     0x10
;;     4e: cmp     dword ptr [r11+0x14],0
;;     57: jne     0x000000000000006D
;;     5d: cmp     rax,[r11+0x38]
;;     62: jb      0x0000000000000087
;;     68: jmp     0x000000000000001E
;;     6d: mov     r11,[r14]
;;     72: mov     qword ptr [r11+0x18],0x1F
;;     7b: mov     eax,0xA
;;     81: mov     rsp,[r11+8]
;;     86: ret
;;     87: mov     r11,[r14]
;;     8c: mov     qword ptr [r11+0x18],0x1F
;;     95: mov     eax,9
;;     9b: mov     rsp,[r11+8]
;;     a0: ret
