;; A lanewise add of a constant.

(module
  (func (export "f") (param $a v128) (result v128)
    (i32x4.add (local.get $a) (v128.const i32x4 1 2 3 4))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000050
;;     1e: mov     r11,0x200000001
;;     28: movq    xmm0,r11
;;     2d: mov     r11,0x400000003
;;     37: pinsrq  xmm0,r11,1
;;     3e: movdqu  xmm1,[rbp+0x10]
;;     45: paddd   xmm1,xmm0
;;     4a: movaps  xmm0,xmm1
;;     4e: leave
;;     4f: ret
;;     50: cmp     dword ptr [r11+0x14],0
;;     59: jne     0x000000000000006F
;;     5f: cmp     rax,[r11+0x38]
;;     64: jb      0x0000000000000089
;;     6a: jmp     0x000000000000001E
;;     6f: mov     r11,[r14]
;;     74: mov     qword ptr [r11+0x18],0x1F
;;     7d: mov     eax,0xA
;;     83: mov     rsp,[r11+8]
;;     88: ret
;;     89: mov     r11,[r14]
;;     8e: mov     qword ptr [r11+0x18],0x1F
;;     97: mov     eax,9
;;     9d: mov     rsp,[r11+8]
;;     a2: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004F
;;     1e: mov     r11,0x200000001
;;     28: vmovq   xmm0,r11
;;     2d: mov     r11,0x400000003
;;     37: vpinsrq xmm0,xmm0,r11,1
;;     3d: vmovdqu xmm1,[rbp+0x10]
;;     44: vpaddd  xmm1,xmm1,xmm0
;;     49: movaps  xmm0,xmm1
;;     4d: leave
;;     4e: ret
;;     4f: cmp     dword ptr [r11+0x14],0
;;     58: jne     0x000000000000006E
;;     5e: cmp     rax,[r11+0x38]
;;     63: jb      0x0000000000000088
;;     69: jmp     0x000000000000001E
;;     6e: mov     r11,[r14]
;;     73: mov     qword ptr [r11+0x18],0x1F
;;     7c: mov     eax,0xA
;;     82: mov     rsp,[r11+8]
;;     87: ret
;;     88: mov     r11,[r14]
;;     8d: mov     qword ptr [r11+0x18],0x1F
;;     96: mov     eax,9
;;     9c: mov     rsp,[r11+8]
;;     a1: ret
