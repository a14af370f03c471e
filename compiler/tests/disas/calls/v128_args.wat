;; v128 arguments and result pass through 16-byte stack slots.

(module
  (func $g (param v128 v128) (result v128) (i32x4.add (local.get 0) (local.get 1)))
  (func (export "f") (param $a v128) (param $b v128) (result v128)
    (call $g (local.get $a) (local.get $b))))

;; function 0, sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000037
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: paddd   xmm1,xmm0
;;     31: movaps  xmm0,xmm1
;;     35: leave
;;     36: ret
;;     37: cmp     dword ptr [r11+0x14],0
;;     40: jne     0x0000000000000056
;;     46: cmp     rax,[r11+0x38]
;;     4b: jb      0x0000000000000070
;;     51: jmp     0x000000000000001E
;;     56: mov     r11,[r14]
;;     5b: mov     qword ptr [r11+0x18],0x21
;;     64: mov     eax,0xA
;;     6a: mov     rsp,[r11+8]
;;     6f: ret
;;     70: mov     r11,[r14]
;;     75: mov     qword ptr [r11+0x18],0x21
;;     7e: mov     eax,9
;;     84: mov     rsp,[r11+8]
;;     89: ret

;; function 0, avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000037
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: vpaddd  xmm1,xmm1,xmm0
;;     31: movaps  xmm0,xmm1
;;     35: leave
;;     36: ret
;;     37: cmp     dword ptr [r11+0x14],0
;;     40: jne     0x0000000000000056
;;     46: cmp     rax,[r11+0x38]
;;     4b: jb      0x0000000000000070
;;     51: jmp     0x000000000000001E
;;     56: mov     r11,[r14]
;;     5b: mov     qword ptr [r11+0x18],0x21
;;     64: mov     eax,0xA
;;     6a: mov     rsp,[r11+8]
;;     6f: ret
;;     70: mov     r11,[r14]
;;     75: mov     qword ptr [r11+0x18],0x21
;;     7e: mov     eax,9
;;     84: mov     rsp,[r11+8]
;;     89: ret

;; function 1 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x68]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000050
;;     1e: movdqu  xmm15,[rbp+0x20]
;;     25: lea     rsp,[rsp-0x10]
;;     2a: movdqu  [rsp],xmm15
;;     31: movdqu  xmm15,[rbp+0x10]
;;     38: lea     rsp,[rsp-0x10]
;;     3d: movdqu  [rsp],xmm15
;;     44: call    0xFFFFFFFFFFFFFF70
;;     49: lea     rsp,[rsp+0x20]
;;     4e: leave
;;     4f: ret
;;     50: cmp     dword ptr [r11+0x14],0
;;     59: jne     0x000000000000006F
;;     5f: cmp     rax,[r11+0x38]
;;     64: jb      0x0000000000000089
;;     6a: jmp     0x000000000000001E
;;     6f: mov     r11,[r14]
;;     74: mov     qword ptr [r11+0x18],0x2B
;;     7d: mov     eax,0xA
;;     83: mov     rsp,[r11+8]
;;     88: ret
;;     89: mov     r11,[r14]
;;     8e: mov     qword ptr [r11+0x18],0x2B
;;     97: mov     eax,9
;;     9d: mov     rsp,[r11+8]
;;     a2: ret

;; function 1 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x68]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000050
;;     1e: vmovdqu xmm15,[rbp+0x20]
;;     25: lea     rsp,[rsp-0x10]
;;     2a: vmovdqu [rsp],xmm15
;;     31: vmovdqu xmm15,[rbp+0x10]
;;     38: lea     rsp,[rsp-0x10]
;;     3d: vmovdqu [rsp],xmm15
;;     44: call    0xFFFFFFFFFFFFFF70
;;     49: lea     rsp,[rsp+0x20]
;;     4e: leave
;;     4f: ret
;;     50: cmp     dword ptr [r11+0x14],0
;;     59: jne     0x000000000000006F
;;     5f: cmp     rax,[r11+0x38]
;;     64: jb      0x0000000000000089
;;     6a: jmp     0x000000000000001E
;;     6f: mov     r11,[r14]
;;     74: mov     qword ptr [r11+0x18],0x2B
;;     7d: mov     eax,0xA
;;     83: mov     rsp,[r11+8]
;;     88: ret
;;     89: mov     r11,[r14]
;;     8e: mov     qword ptr [r11+0x18],0x2B
;;     97: mov     eax,9
;;     9d: mov     rsp,[r11+8]
;;     a2: ret
