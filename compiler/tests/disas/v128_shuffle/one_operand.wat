;; `i8x16.shuffle` reading only its first operand (a byte reversal).

(module
  (func (export "f") (param $a v128) (param $b v128) (result v128)
    (i8x16.shuffle 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0 (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000005A
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: mov     r11,0x8090A0B0C0D0E0F
;;     36: movq    xmm15,r11
;;     3b: mov     r11,0x1020304050607
;;     45: pinsrq  xmm15,r11,1
;;     4c: pshufb  xmm1,xmm15
;;     52: movaps  xmm0,xmm1
;;     56: leave
;;     57: ret     0x20
;;     5a: cmp     dword ptr [r11+0x14],0
;;     63: jne     0x0000000000000079
;;     69: cmp     rax,[r11+0x38]
;;     6e: jb      0x0000000000000093
;;     74: jmp     0x000000000000001E
;;     79: mov     r11,[r14]
;;     7e: mov     qword ptr [r11+0x18],0x20
;;     87: mov     eax,0xA
;;     8d: mov     rsp,[r11+8]
;;     92: ret
;;     93: mov     r11,[r14]
;;     98: mov     qword ptr [r11+0x18],0x20
;;     a1: mov     eax,9
;;     a7: mov     rsp,[r11+8]
;;     ac: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000058
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: mov     r11,0x8090A0B0C0D0E0F
;;     36: vmovq   xmm15,r11
;;     3b: mov     r11,0x1020304050607
;;     45: vpinsrq xmm15,xmm15,r11,1
;;     4b: vpshufb xmm1,xmm1,xmm15
;;     50: movaps  xmm0,xmm1
;;     54: leave
;;     55: ret     0x20
;;     58: cmp     dword ptr [r11+0x14],0
;;     61: jne     0x0000000000000077
;;     67: cmp     rax,[r11+0x38]
;;     6c: jb      0x0000000000000091
;;     72: jmp     0x000000000000001E
;;     77: mov     r11,[r14]
;;     7c: mov     qword ptr [r11+0x18],0x20
;;     85: mov     eax,0xA
;;     8b: mov     rsp,[r11+8]
;;     90: ret
;;     91: mov     r11,[r14]
;;     96: mov     qword ptr [r11+0x18],0x20
;;     9f: mov     eax,9
;;     a5: mov     rsp,[r11+8]
;;     aa: ret
