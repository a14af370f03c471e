;; A v128 constant, loaded from the function's constant pool or built in a register.

(module
  (func (export "f") (result v128)
    (v128.const i32x4 1 2 3 4)))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000040
;;     1e: mov     r11,0x200000001
;;     28: movq    xmm0,r11
;;     2d: mov     r11,0x400000003
;;     37: pinsrq  xmm0,r11,1
;;     3e: leave
;;     3f: ret
;;     40: cmp     dword ptr [r11+0x14],0
;;     49: jne     0x000000000000005F
;;     4f: cmp     rax,[r11+0x38]
;;     54: jb      0x0000000000000079
;;     5a: jmp     0x000000000000001E
;;     5f: mov     r11,[r14]
;;     64: mov     qword ptr [r11+0x18],0x1E
;;     6d: mov     eax,0xA
;;     73: mov     rsp,[r11+8]
;;     78: ret
;;     79: mov     r11,[r14]
;;     7e: mov     qword ptr [r11+0x18],0x1E
;;     87: mov     eax,9
;;     8d: mov     rsp,[r11+8]
;;     92: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003F
;;     1e: mov     r11,0x200000001
;;     28: vmovq   xmm0,r11
;;     2d: mov     r11,0x400000003
;;     37: vpinsrq xmm0,xmm0,r11,1
;;     3d: leave
;;     3e: ret
;;     3f: cmp     dword ptr [r11+0x14],0
;;     48: jne     0x000000000000005E
;;     4e: cmp     rax,[r11+0x38]
;;     53: jb      0x0000000000000078
;;     59: jmp     0x000000000000001E
;;     5e: mov     r11,[r14]
;;     63: mov     qword ptr [r11+0x18],0x1E
;;     6c: mov     eax,0xA
;;     72: mov     rsp,[r11+8]
;;     77: ret
;;     78: mov     r11,[r14]
;;     7d: mov     qword ptr [r11+0x18],0x1E
;;     86: mov     eax,9
;;     8c: mov     rsp,[r11+8]
;;     91: ret
