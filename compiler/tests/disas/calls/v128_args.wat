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
;;     18: jb      0x0000000000000039
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: paddd   xmm1,xmm0
;;     31: movaps  xmm0,xmm1
;;     35: leave
;;     36: ret     0x20
;;     39: cmp     dword ptr [r11+0x14],0
;;     42: jne     0x0000000000000058
;;     48: cmp     rax,[r11+0x38]
;;     4d: jb      0x0000000000000072
;;     53: jmp     0x000000000000001E
;;     58: mov     r11,[r14]
;;     5d: mov     qword ptr [r11+0x18],0x21
;;     66: mov     eax,0xA
;;     6c: mov     rsp,[r11+8]
;;     71: ret
;;     72: mov     r11,[r14]
;;     77: mov     qword ptr [r11+0x18],0x21
;;     80: mov     eax,9
;;     86: mov     rsp,[r11+8]
;;     8b: ret

;; function 0, avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000039
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: vpaddd  xmm1,xmm1,xmm0
;;     31: movaps  xmm0,xmm1
;;     35: leave
;;     36: ret     0x20
;;     39: cmp     dword ptr [r11+0x14],0
;;     42: jne     0x0000000000000058
;;     48: cmp     rax,[r11+0x38]
;;     4d: jb      0x0000000000000072
;;     53: jmp     0x000000000000001E
;;     58: mov     r11,[r14]
;;     5d: mov     qword ptr [r11+0x18],0x21
;;     66: mov     eax,0xA
;;     6c: mov     rsp,[r11+8]
;;     71: ret
;;     72: mov     r11,[r14]
;;     77: mov     qword ptr [r11+0x18],0x21
;;     80: mov     eax,9
;;     86: mov     rsp,[r11+8]
;;     8b: ret

;; function 1 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x68]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000052
;;     1e: movdqu  xmm15,[rbp+0x20]
;;     25: lea     rsp,[rsp-0x10]
;;     2a: movdqu  [rsp],xmm15
;;     31: movdqu  xmm15,[rbp+0x10]
;;     38: lea     rsp,[rsp-0x10]
;;     3d: movdqu  [rsp],xmm15
;;     44: call    0xFFFFFFFFFFFFFF70
;;     49: mov     r14,[rbp-8]
;;     4e: leave
;;     4f: ret     0x20
;;     52: cmp     dword ptr [r11+0x14],0
;;     5b: jne     0x0000000000000071
;;     61: cmp     rax,[r11+0x38]
;;     66: jb      0x000000000000008B
;;     6c: jmp     0x000000000000001E
;;     71: mov     r11,[r14]
;;     76: mov     qword ptr [r11+0x18],0x2B
;;     7f: mov     eax,0xA
;;     85: mov     rsp,[r11+8]
;;     8a: ret
;;     8b: mov     r11,[r14]
;;     90: mov     qword ptr [r11+0x18],0x2B
;;     99: mov     eax,9
;;     9f: mov     rsp,[r11+8]
;;     a4: ret

;; function 1 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x68]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000052
;;     1e: vmovdqu xmm15,[rbp+0x20]
;;     25: lea     rsp,[rsp-0x10]
;;     2a: vmovdqu [rsp],xmm15
;;     31: vmovdqu xmm15,[rbp+0x10]
;;     38: lea     rsp,[rsp-0x10]
;;     3d: vmovdqu [rsp],xmm15
;;     44: call    0xFFFFFFFFFFFFFF70
;;     49: mov     r14,[rbp-8]
;;     4e: leave
;;     4f: ret     0x20
;;     52: cmp     dword ptr [r11+0x14],0
;;     5b: jne     0x0000000000000071
;;     61: cmp     rax,[r11+0x38]
;;     66: jb      0x000000000000008B
;;     6c: jmp     0x000000000000001E
;;     71: mov     r11,[r14]
;;     76: mov     qword ptr [r11+0x18],0x2B
;;     7f: mov     eax,0xA
;;     85: mov     rsp,[r11+8]
;;     8a: ret
;;     8b: mov     r11,[r14]
;;     90: mov     qword ptr [r11+0x18],0x2B
;;     99: mov     eax,9
;;     9f: mov     rsp,[r11+8]
;;     a4: ret
