;; `i8x16.shl` by a constant.

(module
  (func (export "f") (param $a v128) (result v128)
    (i8x16.shl (local.get $a) (i32.const 3))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000046
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: psllw   xmm0,3
;;     2b: mov     r11,0xF8F8F8F8F8F8F8F8
;;     35: movq    xmm15,r11
;;     3a: punpcklqdq xmm15,xmm15
;;     3f: pand    xmm0,xmm15
;;     44: leave
;;     45: ret
;;     46: cmp     dword ptr [r11+0x14],0
;;     4f: jne     0x0000000000000065
;;     55: cmp     rax,[r11+0x38]
;;     5a: jb      0x000000000000007F
;;     60: jmp     0x000000000000001E
;;     65: mov     r11,[r14]
;;     6a: mov     qword ptr [r11+0x18],0x1F
;;     73: mov     eax,0xA
;;     79: mov     rsp,[r11+8]
;;     7e: ret
;;     7f: mov     r11,[r14]
;;     84: mov     qword ptr [r11+0x18],0x1F
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
;;     25: psllw   xmm0,3
;;     2b: mov     r11,0xF8F8F8F8F8F8F8F8
;;     35: vmovq   xmm15,r11
;;     3a: vpunpcklqdq xmm15,xmm15,xmm15
;;     3f: pand    xmm0,xmm15
;;     44: leave
;;     45: ret
;;     46: cmp     dword ptr [r11+0x14],0
;;     4f: jne     0x0000000000000065
;;     55: cmp     rax,[r11+0x38]
;;     5a: jb      0x000000000000007F
;;     60: jmp     0x000000000000001E
;;     65: mov     r11,[r14]
;;     6a: mov     qword ptr [r11+0x18],0x1F
;;     73: mov     eax,0xA
;;     79: mov     rsp,[r11+8]
;;     7e: ret
;;     7f: mov     r11,[r14]
;;     84: mov     qword ptr [r11+0x18],0x1F
;;     8d: mov     eax,9
;;     93: mov     rsp,[r11+8]
;;     98: ret
