;; `i8x16.all_true` of a local.

(module
  (func (export "f") (param $a v128) (result i32)
    (i8x16.all_true (local.get $a))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000041
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: pxor    xmm15,xmm15
;;     2a: pcmpeqb xmm0,xmm15
;;     2f: ptest   xmm0,xmm0
;;     35: sete    al
;;     39: movzx   eax,al
;;     3d: leave
;;     3e: ret     0x10
;;     41: cmp     dword ptr [r11+0x14],0
;;     4a: jne     0x0000000000000060
;;     50: cmp     rax,[r11+0x38]
;;     55: jb      0x000000000000007A
;;     5b: jmp     0x000000000000001E
;;     60: mov     r11,[r14]
;;     65: mov     qword ptr [r11+0x18],0x1F
;;     6e: mov     eax,0xA
;;     74: mov     rsp,[r11+8]
;;     79: ret
;;     7a: mov     r11,[r14]
;;     7f: mov     qword ptr [r11+0x18],0x1F
;;     88: mov     eax,9
;;     8e: mov     rsp,[r11+8]
;;     93: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000040
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vpxor   xmm15,xmm15,xmm15
;;     2a: vpcmpeqb xmm0,xmm0,xmm15
;;     2f: vptest  xmm0,xmm0
;;     34: sete    al
;;     38: movzx   eax,al
;;     3c: leave
;;     3d: ret     0x10
;;     40: cmp     dword ptr [r11+0x14],0
;;     49: jne     0x000000000000005F
;;     4f: cmp     rax,[r11+0x38]
;;     54: jb      0x0000000000000079
;;     5a: jmp     0x000000000000001E
;;     5f: mov     r11,[r14]
;;     64: mov     qword ptr [r11+0x18],0x1F
;;     6d: mov     eax,0xA
;;     73: mov     rsp,[r11+8]
;;     78: ret
;;     79: mov     r11,[r14]
;;     7e: mov     qword ptr [r11+0x18],0x1F
;;     87: mov     eax,9
;;     8d: mov     rsp,[r11+8]
;;     92: ret
