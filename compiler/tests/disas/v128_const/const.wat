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
;;     18: jb      0x0000000000000042
;;     1e: mov     r11,0x200000001
;;     28: movq    xmm0,r11
;;     2d: mov     r11,0x400000003
;;     37: pinsrq  xmm0,r11,1
;;     3e: leave
;;     3f: ret     0x10
;;     42: cmp     dword ptr [r11+0x14],0
;;     4b: jne     0x0000000000000061
;;     51: cmp     rax,[r11+0x38]
;;     56: jb      0x000000000000007B
;;     5c: jmp     0x000000000000001E
;;     61: mov     r11,[r14]
;;     66: mov     qword ptr [r11+0x18],0x1E
;;     6f: mov     eax,0xA
;;     75: mov     rsp,[r11+8]
;;     7a: ret
;;     7b: mov     r11,[r14]
;;     80: mov     qword ptr [r11+0x18],0x1E
;;     89: mov     eax,9
;;     8f: mov     rsp,[r11+8]
;;     94: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000041
;;     1e: mov     r11,0x200000001
;;     28: vmovq   xmm0,r11
;;     2d: mov     r11,0x400000003
;;     37: vpinsrq xmm0,xmm0,r11,1
;;     3d: leave
;;     3e: ret     0x10
;;     41: cmp     dword ptr [r11+0x14],0
;;     4a: jne     0x0000000000000060
;;     50: cmp     rax,[r11+0x38]
;;     55: jb      0x000000000000007A
;;     5b: jmp     0x000000000000001E
;;     60: mov     r11,[r14]
;;     65: mov     qword ptr [r11+0x18],0x1E
;;     6e: mov     eax,0xA
;;     74: mov     rsp,[r11+8]
;;     79: ret
;;     7a: mov     r11,[r14]
;;     7f: mov     qword ptr [r11+0x18],0x1E
;;     88: mov     eax,9
;;     8e: mov     rsp,[r11+8]
;;     93: ret
