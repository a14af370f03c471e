;; A v128 value live across a call is spilled to a 16-byte slot.

(module
  (func $g (result v128) (v128.const i32x4 1 1 1 1))
  (func (export "f") (param $a v128) (param $b v128) (result v128)
    (i32x4.add (i32x4.mul (local.get $a) (local.get $b)) (call $g))))

;; function 0, sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000034
;;     1e: mov     r11,0x100000001
;;     28: movq    xmm0,r11
;;     2d: punpcklqdq xmm0,xmm0
;;     32: leave
;;     33: ret
;;     34: cmp     dword ptr [r11+0x14],0
;;     3d: jne     0x0000000000000053
;;     43: cmp     rax,[r11+0x38]
;;     48: jb      0x000000000000006D
;;     4e: jmp     0x000000000000001E
;;     53: mov     r11,[r14]
;;     58: mov     qword ptr [r11+0x18],0x25
;;     61: mov     eax,0xA
;;     67: mov     rsp,[r11+8]
;;     6c: ret
;;     6d: mov     r11,[r14]
;;     72: mov     qword ptr [r11+0x18],0x25
;;     7b: mov     eax,9
;;     81: mov     rsp,[r11+8]
;;     86: ret

;; function 0, avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000034
;;     1e: mov     r11,0x100000001
;;     28: vmovq   xmm0,r11
;;     2d: vpunpcklqdq xmm0,xmm0,xmm0
;;     32: leave
;;     33: ret
;;     34: cmp     dword ptr [r11+0x14],0
;;     3d: jne     0x0000000000000053
;;     43: cmp     rax,[r11+0x38]
;;     48: jb      0x000000000000006D
;;     4e: jmp     0x000000000000001E
;;     53: mov     r11,[r14]
;;     58: mov     qword ptr [r11+0x18],0x25
;;     61: mov     eax,0xA
;;     67: mov     rsp,[r11+8]
;;     6c: ret
;;     6d: mov     r11,[r14]
;;     72: mov     qword ptr [r11+0x18],0x25
;;     7b: mov     eax,9
;;     81: mov     rsp,[r11+8]
;;     86: ret

;; function 1 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x68]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000064
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: pmulld  xmm1,xmm0
;;     32: lea     rsp,[rsp-0x10]
;;     37: movdqu  [rsp],xmm1
;;     3e: lea     rsp,[rsp-0x10]
;;     43: call    0xFFFFFFFFFFFFFF70
;;     48: lea     rsp,[rsp+0x10]
;;     4d: movdqu  xmm1,[rbp-0x18]
;;     54: lea     rsp,[rsp+0x10]
;;     59: paddd   xmm1,xmm0
;;     5e: movaps  xmm0,xmm1
;;     62: leave
;;     63: ret
;;     64: cmp     dword ptr [r11+0x14],0
;;     6d: jne     0x0000000000000083
;;     73: cmp     rax,[r11+0x38]
;;     78: jb      0x000000000000009D
;;     7e: jmp     0x000000000000001E
;;     83: mov     r11,[r14]
;;     88: mov     qword ptr [r11+0x18],0x3A
;;     91: mov     eax,0xA
;;     97: mov     rsp,[r11+8]
;;     9c: ret
;;     9d: mov     r11,[r14]
;;     a2: mov     qword ptr [r11+0x18],0x3A
;;     ab: mov     eax,9
;;     b1: mov     rsp,[r11+8]
;;     b6: ret

;; function 1 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x68]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000063
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: vpmulld xmm1,xmm1,xmm0
;;     31: lea     rsp,[rsp-0x10]
;;     36: vmovdqu [rsp],xmm1
;;     3d: lea     rsp,[rsp-0x10]
;;     42: call    0xFFFFFFFFFFFFFF70
;;     47: lea     rsp,[rsp+0x10]
;;     4c: vmovdqu xmm1,[rbp-0x18]
;;     53: lea     rsp,[rsp+0x10]
;;     58: vpaddd  xmm1,xmm1,xmm0
;;     5d: movaps  xmm0,xmm1
;;     61: leave
;;     62: ret
;;     63: cmp     dword ptr [r11+0x14],0
;;     6c: jne     0x0000000000000082
;;     72: cmp     rax,[r11+0x38]
;;     77: jb      0x000000000000009C
;;     7d: jmp     0x000000000000001E
;;     82: mov     r11,[r14]
;;     87: mov     qword ptr [r11+0x18],0x3A
;;     90: mov     eax,0xA
;;     96: mov     rsp,[r11+8]
;;     9b: ret
;;     9c: mov     r11,[r14]
;;     a1: mov     qword ptr [r11+0x18],0x3A
;;     aa: mov     eax,9
;;     b0: mov     rsp,[r11+8]
;;     b5: ret
