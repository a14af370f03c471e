;; `f64x2.convert_low_i32x4_u` of a local.

(module
  (func (export "f") (param $a v128) (result v128)
    (f64x2.convert_low_i32x4_u (local.get $a))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000049
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: mov     r11d,0x43300000
;;     2b: movd    xmm15,r11d
;;     30: pshufd  xmm15,xmm15,0
;;     36: unpcklps xmm0,xmm15
;;     3a: psllq   xmm15,0x20
;;     40: subpd   xmm0,xmm15
;;     45: leave
;;     46: ret     0x10
;;     49: cmp     dword ptr [r11+0x14],0
;;     52: jne     0x0000000000000068
;;     58: cmp     rax,[r11+0x38]
;;     5d: jb      0x0000000000000082
;;     63: jmp     0x000000000000001E
;;     68: mov     r11,[r14]
;;     6d: mov     qword ptr [r11+0x18],0x1F
;;     76: mov     eax,0xA
;;     7c: mov     rsp,[r11+8]
;;     81: ret
;;     82: mov     r11,[r14]
;;     87: mov     qword ptr [r11+0x18],0x1F
;;     90: mov     eax,9
;;     96: mov     rsp,[r11+8]
;;     9b: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004A
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: mov     r11d,0x43300000
;;     2b: vmovd   xmm15,r11d
;;     30: vpshufd xmm15,xmm15,0
;;     36: vunpcklps xmm0,xmm0,xmm15
;;     3b: vpsllq  xmm15,xmm15,0x20
;;     41: vsubpd  xmm0,xmm0,xmm15
;;     46: leave
;;     47: ret     0x10
;;     4a: cmp     dword ptr [r11+0x14],0
;;     53: jne     0x0000000000000069
;;     59: cmp     rax,[r11+0x38]
;;     5e: jb      0x0000000000000083
;;     64: jmp     0x000000000000001E
;;     69: mov     r11,[r14]
;;     6e: mov     qword ptr [r11+0x18],0x1F
;;     77: mov     eax,0xA
;;     7d: mov     rsp,[r11+8]
;;     82: ret
;;     83: mov     r11,[r14]
;;     88: mov     qword ptr [r11+0x18],0x1F
;;     91: mov     eax,9
;;     97: mov     rsp,[r11+8]
;;     9c: ret
