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
;;     18: jb      0x0000000000000047
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: mov     r11d,0x43300000
;;     2b: movd    xmm15,r11d
;;     30: pshufd  xmm15,xmm15,0
;;     36: unpcklps xmm0,xmm15
;;     3a: psllq   xmm15,0x20
;;     40: subpd   xmm0,xmm15
;;     45: leave
;;     46: ret
;;     47: cmp     dword ptr [r11+0x14],0
;;     50: jne     0x0000000000000066
;;     56: cmp     rax,[r11+0x38]
;;     5b: jb      0x0000000000000080
;;     61: jmp     0x000000000000001E
;;     66: mov     r11,[r14]
;;     6b: mov     qword ptr [r11+0x18],0x1F
;;     74: mov     eax,0xA
;;     7a: mov     rsp,[r11+8]
;;     7f: ret
;;     80: mov     r11,[r14]
;;     85: mov     qword ptr [r11+0x18],0x1F
;;     8e: mov     eax,9
;;     94: mov     rsp,[r11+8]
;;     99: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000048
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: mov     r11d,0x43300000
;;     2b: vmovd   xmm15,r11d
;;     30: vpshufd xmm15,xmm15,0
;;     36: vunpcklps xmm0,xmm0,xmm15
;;     3b: vpsllq  xmm15,xmm15,0x20
;;     41: vsubpd  xmm0,xmm0,xmm15
;;     46: leave
;;     47: ret
;;     48: cmp     dword ptr [r11+0x14],0
;;     51: jne     0x0000000000000067
;;     57: cmp     rax,[r11+0x38]
;;     5c: jb      0x0000000000000081
;;     62: jmp     0x000000000000001E
;;     67: mov     r11,[r14]
;;     6c: mov     qword ptr [r11+0x18],0x1F
;;     75: mov     eax,0xA
;;     7b: mov     rsp,[r11+8]
;;     80: ret
;;     81: mov     r11,[r14]
;;     86: mov     qword ptr [r11+0x18],0x1F
;;     8f: mov     eax,9
;;     95: mov     rsp,[r11+8]
;;     9a: ret
