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
;;     18: jb      0x000000000000004C
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqa  xmm15,xmm0
;;     2a: punpcklbw xmm15,xmm15
;;     2f: punpckhbw xmm0,xmm0
;;     34: psraw   xmm15,0xA
;;     3a: psraw   xmm0,0xA
;;     40: packsswb xmm15,xmm0
;;     45: movdqa  xmm0,xmm15
;;     4a: leave
;;     4b: ret
;;     4c: cmp     dword ptr [r11+0x14],0
;;     55: jne     0x000000000000006B
;;     5b: cmp     rax,[r11+0x38]
;;     60: jb      0x0000000000000085
;;     66: jmp     0x000000000000001E
;;     6b: mov     r11,[r14]
;;     70: mov     qword ptr [r11+0x18],0x1F
;;     79: mov     eax,0xA
;;     7f: mov     rsp,[r11+8]
;;     84: ret
;;     85: mov     r11,[r14]
;;     8a: mov     qword ptr [r11+0x18],0x1F
;;     93: mov     eax,9
;;     99: mov     rsp,[r11+8]
;;     9e: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004C
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: movdqa  xmm15,xmm0
;;     2a: punpcklbw xmm15,xmm15
;;     2f: punpckhbw xmm0,xmm0
;;     34: psraw   xmm15,0xA
;;     3a: psraw   xmm0,0xA
;;     40: packsswb xmm15,xmm0
;;     45: movdqa  xmm0,xmm15
;;     4a: leave
;;     4b: ret
;;     4c: cmp     dword ptr [r11+0x14],0
;;     55: jne     0x000000000000006B
;;     5b: cmp     rax,[r11+0x38]
;;     60: jb      0x0000000000000085
;;     66: jmp     0x000000000000001E
;;     6b: mov     r11,[r14]
;;     70: mov     qword ptr [r11+0x18],0x1F
;;     79: mov     eax,0xA
;;     7f: mov     rsp,[r11+8]
;;     84: ret
;;     85: mov     r11,[r14]
;;     8a: mov     qword ptr [r11+0x18],0x1F
;;     93: mov     eax,9
;;     99: mov     rsp,[r11+8]
;;     9e: ret
