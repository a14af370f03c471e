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
;;     18: jb      0x000000000000003F
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: pxor    xmm15,xmm15
;;     2a: pcmpeqb xmm0,xmm15
;;     2f: ptest   xmm0,xmm0
;;     35: sete    al
;;     39: movzx   eax,al
;;     3d: leave
;;     3e: ret
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
;;     18: jb      0x000000000000003E
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vpxor   xmm15,xmm15,xmm15
;;     2a: vpcmpeqb xmm0,xmm0,xmm15
;;     2f: vptest  xmm0,xmm0
;;     34: sete    al
;;     38: movzx   eax,al
;;     3c: leave
;;     3d: ret
;;     3e: cmp     dword ptr [r11+0x14],0
;;     47: jne     0x000000000000005D
;;     4d: cmp     rax,[r11+0x38]
;;     52: jb      0x0000000000000077
;;     58: jmp     0x000000000000001E
;;     5d: mov     r11,[r14]
;;     62: mov     qword ptr [r11+0x18],0x1F
;;     6b: mov     eax,0xA
;;     71: mov     rsp,[r11+8]
;;     76: ret
;;     77: mov     r11,[r14]
;;     7c: mov     qword ptr [r11+0x18],0x1F
;;     85: mov     eax,9
;;     8b: mov     rsp,[r11+8]
;;     90: ret
