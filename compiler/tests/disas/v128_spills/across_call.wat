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
;;     18: jb      0x0000000000000036
;;     1e: mov     r11,0x100000001
;;     28: movq    xmm0,r11
;;     2d: punpcklqdq xmm0,xmm0
;;     32: leave
;;     33: ret     0x10
;;     36: cmp     dword ptr [r11+0x14],0
;;     3f: jne     0x0000000000000055
;;     45: cmp     rax,[r11+0x38]
;;     4a: jb      0x000000000000006F
;;     50: jmp     0x000000000000001E
;;     55: mov     r11,[r14]
;;     5a: mov     qword ptr [r11+0x18],0x25
;;     63: mov     eax,0xA
;;     69: mov     rsp,[r11+8]
;;     6e: ret
;;     6f: mov     r11,[r14]
;;     74: mov     qword ptr [r11+0x18],0x25
;;     7d: mov     eax,9
;;     83: mov     rsp,[r11+8]
;;     88: ret

;; function 0, avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000036
;;     1e: mov     r11,0x100000001
;;     28: vmovq   xmm0,r11
;;     2d: vpunpcklqdq xmm0,xmm0,xmm0
;;     32: leave
;;     33: ret     0x10
;;     36: cmp     dword ptr [r11+0x14],0
;;     3f: jne     0x0000000000000055
;;     45: cmp     rax,[r11+0x38]
;;     4a: jb      0x000000000000006F
;;     50: jmp     0x000000000000001E
;;     55: mov     r11,[r14]
;;     5a: mov     qword ptr [r11+0x18],0x25
;;     63: mov     eax,0xA
;;     69: mov     rsp,[r11+8]
;;     6e: ret
;;     6f: mov     r11,[r14]
;;     74: mov     qword ptr [r11+0x18],0x25
;;     7d: mov     eax,9
;;     83: mov     rsp,[r11+8]
;;     88: ret

;; function 1 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x68]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000066
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: pmulld  xmm1,xmm0
;;     32: lea     rsp,[rsp-0x10]
;;     37: movdqu  [rsp],xmm1
;;     3e: lea     rsp,[rsp-0x10]
;;     43: call    0xFFFFFFFFFFFFFF70
;;     48: mov     r14,[rbp-8]
;;     4d: movdqu  xmm1,[rbp-0x18]
;;     54: lea     rsp,[rsp+0x10]
;;     59: paddd   xmm1,xmm0
;;     5e: movaps  xmm0,xmm1
;;     62: leave
;;     63: ret     0x20
;;     66: cmp     dword ptr [r11+0x14],0
;;     6f: jne     0x0000000000000085
;;     75: cmp     rax,[r11+0x38]
;;     7a: jb      0x000000000000009F
;;     80: jmp     0x000000000000001E
;;     85: mov     r11,[r14]
;;     8a: mov     qword ptr [r11+0x18],0x3A
;;     93: mov     eax,0xA
;;     99: mov     rsp,[r11+8]
;;     9e: ret
;;     9f: mov     r11,[r14]
;;     a4: mov     qword ptr [r11+0x18],0x3A
;;     ad: mov     eax,9
;;     b3: mov     rsp,[r11+8]
;;     b8: ret

;; function 1 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x68]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000065
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: vpmulld xmm1,xmm1,xmm0
;;     31: lea     rsp,[rsp-0x10]
;;     36: vmovdqu [rsp],xmm1
;;     3d: lea     rsp,[rsp-0x10]
;;     42: call    0xFFFFFFFFFFFFFF70
;;     47: mov     r14,[rbp-8]
;;     4c: vmovdqu xmm1,[rbp-0x18]
;;     53: lea     rsp,[rsp+0x10]
;;     58: vpaddd  xmm1,xmm1,xmm0
;;     5d: movaps  xmm0,xmm1
;;     61: leave
;;     62: ret     0x20
;;     65: cmp     dword ptr [r11+0x14],0
;;     6e: jne     0x0000000000000084
;;     74: cmp     rax,[r11+0x38]
;;     79: jb      0x000000000000009E
;;     7f: jmp     0x000000000000001E
;;     84: mov     r11,[r14]
;;     89: mov     qword ptr [r11+0x18],0x3A
;;     92: mov     eax,0xA
;;     98: mov     rsp,[r11+8]
;;     9d: ret
;;     9e: mov     r11,[r14]
;;     a3: mov     qword ptr [r11+0x18],0x3A
;;     ac: mov     eax,9
;;     b2: mov     rsp,[r11+8]
;;     b7: ret
