;; `i32x4.shl` by a local count (masked to the lane width).

(module
  (func (export "f") (param $a v128) (param $n i32) (result v128)
    (i32x4.shl (local.get $a) (local.get $n))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003F
;;     1e: mov     eax,[rbp+0x10]
;;     23: movdqu  xmm0,[rbp+0x18]
;;     2a: and     eax,0x1F
;;     31: movd    xmm15,eax
;;     36: pslld   xmm0,xmm15
;;     3b: leave
;;     3c: ret     0x18
;;     3f: cmp     dword ptr [r11+0x14],0
;;     48: jne     0x000000000000005E
;;     4e: cmp     rax,[r11+0x38]
;;     53: jb      0x0000000000000078
;;     59: jmp     0x000000000000001E
;;     5e: mov     r11,[r14]
;;     63: mov     qword ptr [r11+0x18],0x20
;;     6c: mov     eax,0xA
;;     72: mov     rsp,[r11+8]
;;     77: ret
;;     78: mov     r11,[r14]
;;     7d: mov     qword ptr [r11+0x18],0x20
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
;;     18: jb      0x000000000000003F
;;     1e: mov     eax,[rbp+0x10]
;;     23: vmovdqu xmm0,[rbp+0x18]
;;     2a: and     eax,0x1F
;;     31: movd    xmm15,eax
;;     36: pslld   xmm0,xmm15
;;     3b: leave
;;     3c: ret     0x18
;;     3f: cmp     dword ptr [r11+0x14],0
;;     48: jne     0x000000000000005E
;;     4e: cmp     rax,[r11+0x38]
;;     53: jb      0x0000000000000078
;;     59: jmp     0x000000000000001E
;;     5e: mov     r11,[r14]
;;     63: mov     qword ptr [r11+0x18],0x20
;;     6c: mov     eax,0xA
;;     72: mov     rsp,[r11+8]
;;     77: ret
;;     78: mov     r11,[r14]
;;     7d: mov     qword ptr [r11+0x18],0x20
;;     86: mov     eax,9
;;     8c: mov     rsp,[r11+8]
;;     91: ret
